"""Round 31: a caption or deck kept as a body's first task, a transcript's label and a
picture viewer's button (round 30's judges, real FNC-1 and PolNeAR lines), with the near
misses that must stay."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._opening_captions import is_opening_caption

# FNC-1 2478's story, under its first line.
_STORY = (
    "{first}\n\n"
    "A hallucinogenic toadstool mushroom is growing in the gardens of Buckingham Palace.\n\n"
    "The red and white spotted Amanita muscaria species has been discovered by Alan "
    "Titchmarsh while on tour of the grounds with ecology expert Professor Mick Crawley.\n"
)


def _kinds(raw: str) -> dict[str, str]:
    return {d.text: d.kind for d in clean(raw).dropped}


def test_caption_over_the_story_goes() -> None:
    for first in (
        "The fungi was found by TV gardener Alan Titchmarsh",  # FNC-1 2478
        "The woman also detained is believed to be al-Baghdadi's ex-wife",  # FNC-1 2268
        "Dylan Thomas, who has been given the nickname 'Spider-Man' by friends, admits that "
        "it was a 'bizarre experience' and he felt 'violated'",  # FNC-1 544
    ):
        raw = _STORY.format(first=first)
        cleaned = clean(raw)
        assert first not in cleaned.text
        assert _kinds(raw)[first] == "caption"
        assert cleaned.text.startswith("A hallucinogenic toadstool")


def test_caption_over_the_page_furniture_goes() -> None:
    # FNC-1 1319: the caption, the video player's "Video loading", then the story.
    first = (
        "There was a light sprinkling of showers on the ground as weatherman Mike Seidel was "
        "supposed to be giving an outdoor forecast but decided to relieve himself instead"
    )
    raw = (
        f"{first}\n\nVideo loading\n\n"
        "A TV weatherman was caught with his trousers down - literally - when a news report "
        'cut to him "using the bathroom."\n\n'
        "NBC Nightly anchorman Lester Holt in the New York studio cut to an outdoor weather "
        "forecast but his man in the field was busy having a crafty wee in the bushes.\n"
    )
    cleaned = clean(raw)
    assert first not in cleaned.text
    assert cleaned.text.startswith("A TV weatherman")


def test_stopless_source_keeps_its_first_line() -> None:
    # FNC-1 77: the Daily Mail's key points, every line without its stop.
    raw = (
        "Ahmed Abdi Godane is the spiritual leader of al-Shabab\n\n"
        "He is believed among six people killed in a U.S. airstrike on two cars near the "
        "al-Shabab stronghold of Barawe\n\n"
        "Godane is believed to have ordered the Westgate Mall massacre in Kenya\n"
    )
    assert clean(raw).text.startswith("Ahmed Abdi Godane is the spiritual leader")


def test_lead_before_a_quotation_stays() -> None:
    # FNC-1 test 1924: the story's lead, its stop lost, over the quotation it introduces.
    first = (
        "A Florida massage therapist said she paid $20,000 for a third breast in hopes of "
        "becoming less attractive to men"
    )
    raw = (
        f"{first}\n\n"
        "\"I don't want to date anymore,\" Jasmine Tridevil told Orlando's Real Radio 104.1.\n\n"
        "She said she contacted more than 50 doctors before she found a surgeon.\n"
    )
    assert clean(raw).text.startswith(first)


def test_dateline_lead_stays() -> None:
    # FNC-1 1608: a dateline opens the story's lead, which lost its stop.
    first = (
        "BEIRUT — Islamic State group jihadists are being trained by Saddam Hussein's former "
        "pilots to fly three fighter jets captured from the Syrian military, a monitoring "
        "group said Friday"
    )
    assert not is_opening_caption(first)
    assert first in clean(_STORY.format(first=first)).text


def test_first_line_that_goes_on_stays() -> None:
    raw = (
        "The minister told reporters on Tuesday that the government\n\n"
        "would not raise taxes before the election, whatever the polls said.\n"
    )
    assert clean(raw).text.startswith("The minister told reporters")


def test_opening_caption_shapes() -> None:
    assert is_opening_caption("The fungi was found by TV gardener Alan Titchmarsh")
    # A lead-in, a sentence and more, a widget's few words: not a caption's shape.
    assert not is_opening_caption("Here is what the senator said on Tuesday:")
    assert not is_opening_caption("Worth it? The men were swapped in exchange for a prisoner")
    assert not is_opening_caption("Share by email")
    assert not is_opening_caption("The fungi was found by TV gardener Alan Titchmarsh.")


def test_quoted_label_caption_goes() -> None:
    # FNC-1 2207: a Daily Mail caption, a quotation with its apostrophes as its label.
    caption = (
        "'I was afraid one had left, but they told me they're all still there': Senator "
        "Graham was assured that all five men remain in Qatar"
    )
    raw = (
        "Graham, a South Carolina Republican who recently visited Qatar, said he was "
        "concerned one of the detainees had left.\n\n"
        f"{caption}\n\n"
        "'I was afraid one had left, but they told me they're all still there,' he said.\n"
    )
    assert caption not in clean(raw).text
    assert "'I was afraid one had left, but they told me they're all still there,' he said." in (
        clean(raw).text
    )


def test_quoted_label_sentence_stays() -> None:
    line = "'It's just a year deal': Graham said the men would go back to the fight."
    raw = f"Graham spoke on Wednesday.\n\n{line}\n\nHe visited Qatar last month.\n"
    assert line in clean(raw).text


def test_transcript_label_goes() -> None:
    # PolNeAR west-journal 2016-03-29.
    for label in ("Video Transcript:", "Transcript:", "Full transcript:"):
        raw = (
            "Hillary Camp Declining To Debate Bernie\n\n"
            f"{label}\n\n"
            "A few weeks ahead of the New York Primary, Hillary Clinton's campaign says they "
            "are unwilling to debate.\n"
        )
        assert label not in clean(raw, first_line_is_title=True).text


def test_transcript_lead_ins_stay() -> None:
    # Clauses that say more than the label (the rule's near misses).
    for line in (
        "Partial transcript as follows:",
        "Transcripts of the 9-1-1 call were released to the public:",
    ):
        raw = f"The statement was released on Tuesday.\n\n{line}\n\nI am Steven Sotloff.\n"
        assert line in clean(raw).text


def test_picture_viewer_button_goes() -> None:
    raw = (
        "Dan Olsen said he heard Woods was suspended.\n\n"
        "{line}\n"
        "Sam Greenwood/Getty Images\n"
        "Both the PGA Tour and Tiger Woods' agent have emphatically denied claims.\n"
    )
    for line in (
        "[+] EnlargeTiger Woods",  # FNC-1 757 (ESPN)
        "[+] EnlargeWayne Tinkle",  # FNC-1 test 1110
        # FNC-1 2170 (Bild): the button glued to the caption.
        "EnlargeThe class trip with seven laden students went through the international "
        "media and made headlines worldwide consternation ©",
    ):
        assert _kinds(raw.format(line=line))[line] == "boilerplate"


def test_enlarge_in_prose_stays() -> None:
    for line in (
        "Enlarge the picture to see the crab's claws.",
        "Enlarged Uteri in Pigs were found in the study of GMO animal feed, it said.",
    ):
        raw = f"The study was published on Tuesday.\n\n{line}\n\nIt was peer reviewed.\n"
        assert line in clean(raw).text


def test_question_that_lost_its_mark_stays() -> None:
    # GUM interview_daly: an interview opens on its question, without the question mark.
    first = "How did you come to be involved with this discovery"
    assert not is_opening_caption(first)
    assert not is_opening_caption("Did you expect the anemone to live in the ice")
    assert first in clean(_STORY.format(first=first)).text
