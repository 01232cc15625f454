"""Captions and credits without a full stop, round 17 (issue 12, `fix/seg68`).

Real lines from FNC-1 bodies and PolNeAR texts (named beside each), in the layout they come
in. Each rule has a test on the lines it was made for and one on nearby lines that must stay.
"""

from __future__ import annotations

import pytest

from annotate.corpus._captions import closes_on_credit, is_verbless_caption
from annotate.corpus._clean import Dropped, clean
from annotate.corpus._credits import is_handle_line, is_picture_credit, split_credits


def kinds(dropped: list[Dropped]) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in dropped]


# Captions closed by their picture's credit in brackets, no stop before it.
UNSTOPPED = [
    # FNC-1 body 2196 (the Independent), twice in the same story.
    "Dino Ferrari caught the 127 kg catfish in the Po delta of Italy (Sportex Italia)",
    "The fish was released after the trophy photos (Sportex Italia)",
    # FNC-1 body 769: an agency's web address.
    "The 19-year-old broke the news on Facebook (SWNS.com)",
    # FNC-1 body 552: the credit glued to the caption's last word.
    "Unlike human security guards, the egg-like Knightscopes are not armed(Knightscope)",
    # FNC-1 test body 191: a tabloid's note on its picture.
    "The teacher, who preferred to stay anonymous, said that he welled up after reading the "
    "letter (picture posed by models)",
]
# Sentences that lost their stop on a bracket, and a headline's tag: they stay.
KEPT_BRACKETS = [
    # FNC-1 test body 2040: an acronym after its name.
    "She is now part of the Kurdish Peshmerga militia, which has an Independent Women’s "
    "Battalion (Yekineyen Parastina Jin), or Women Protection Units (YPJ)",
    # PolNeAR wash-post 2016-09-08: a party and state.
    "Currently, there are two: Cory Booker (D-N.J.) and Tim Scott (R-S.C.)",
    # FNC-1 body 1513: a headline's tag.
    "iPhone 6 and Even Apple Watch To Feature Samsung Components (Rumor)",
    # An aside, and a sentence with its stop.
    "Sell her presidency (what she would do and how she would do it)",
    "Dino Ferrari caught the catfish in the Po delta (Sportex Italia).",
]

STORY = "Believed to be one of the largest of its kind ever caught, the creature was released."


@pytest.mark.parametrize("line", UNSTOPPED)
def test_a_caption_closed_by_an_unstopped_bracketed_credit(line: str) -> None:
    assert closes_on_credit(line)
    cleaned = clean(f"{STORY}\n\n{line}\n\n{STORY}\n")
    assert ("caption", line) in kinds(cleaned.dropped)
    assert line not in cleaned.text


@pytest.mark.parametrize("line", KEPT_BRACKETS)
def test_a_sentence_ending_on_a_bracket_stays(line: str) -> None:
    assert not closes_on_credit(line)


def test_a_credit_glued_to_the_captions_stop() -> None:
    # FNC-1 body 1582 (Quartz): the pamphlet's caption and its credit, the line break lost.
    line = "True then, true now.(Reddit / fryd_)"
    assert split_credits(line) == ("True then, true now.", ["(Reddit / fryd_)"])
    assert is_picture_credit("(Reddit / fryd_)")
    lead = (
        "A Lego pamphlet from 1974, unearthed and posted on Reddit this weekend, has some "
        "advice for parents that rings true 40 years later:"
    )
    cleaned = clean(f"{lead}\n\n{line}\n{STORY}\n")
    assert ("caption", line) in kinds(cleaned.dropped)
    # A sign-off of sources is no picture's maker; an aside with its stop stays.
    assert not is_picture_credit("(ABC/wires)")
    assert split_credits("He said so.(Fingers crossed.)") == ("He said so.(Fingers crossed.)", [])


def test_a_verbless_caption_over_its_pictures_credit() -> None:
    # FNC-1 body 456 (Mashable).
    caption = "James Foley in Aleppo, Syria, in November 2012."
    text = (
        "The authenticity of the video could not be immediately verified.\n\n"
        f"{caption}\n\nImage: Nicole Tung\n\n"
        "The video opens with a clip of President Barack Obama's remarks.\n"
    )
    cleaned = clean(text)
    assert ("caption", caption) in kinds(cleaned.dropped)
    # PolNeAR huff-post 2016-05-19: the names of the people in the picture.
    names = "Salah Abu-Laban, Sahar Quaider, Ghassan Abu-Laban and Reem As-Saba’ee."
    cleaned = clean(f"{STORY}\n\n{names}\n\nFacebook/Osman Abou Laban.\n\n{STORY}\n")
    assert ("caption", names) in kinds(cleaned.dropped)


def test_a_sentence_or_a_headline_over_a_credit_stays() -> None:
    # A sentence has a verb; HuffPost's video headlines (PolNeAR huff-post 2015-12-22)
    # capitalise their small words; a quotation's sign-off opens with its dash.
    assert not is_verbless_caption("James Foley was in Aleppo, Syria, in November 2012.")
    assert not is_verbless_caption("Eva Longoria Disccused Factions Within The Latino Community.")
    assert not is_verbless_caption("― Julie A. Diaz Martinez.")
    sentence = "Foley reported from Aleppo in November 2012."
    cleaned = clean(f"{STORY}\n\n{sentence}\n\nImage: Nicole Tung\n\n{STORY}\n")
    assert sentence in cleaned.text
    # Without a picture's credit under it, a verbless line is left to the other rules.
    cleaned = clean(f"{STORY}\n\nJames Foley in Aleppo, Syria, in November 2012.\n\n{STORY}\n")
    assert "James Foley in Aleppo" in cleaned.text


def test_a_handle_alone_is_a_credit() -> None:
    # FNC-1 body 1796: the photographer's handle over the story; the writer's at its end
    # stays a sign-off.
    text = (
        "It is not the first time in social networks, some news spreads false information of "
        "celebrities.\n\n\n\ncesar_MN\nMexico City Social networks do his thing again, the "
        "ProcesoMX website announced the news.\nIt is not the first time in social networks.\n"
        "encantador_MN\n"
    )
    cleaned = clean(text)
    assert ("credit", "cesar_MN") in kinds(cleaned.dropped)
    assert "cesar_MN" not in cleaned.text
    assert is_handle_line("cesar_MN")
    assert not is_handle_line("@cesar_MN")
    assert not is_handle_line("Cesar Millan")
    assert not is_handle_line("Thanks")
