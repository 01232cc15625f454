"""Round 32 (issue 12), from the judges of seeds 1558, 1559 and 1561: picture captions written
as sentences and kept as the story's. A caption set close over its credit line (FNC-1 1586); a
caption of five sentences that opens on its photo and closes on its credit (FNC-1 1491); a
caption under its credit in ESPN's picture viewer (FNC-1 757); a caption with its stop between
two of the Daily Mail's captions (FNC-1 1613). Each with the story's lines in the same places
that stay."""

from __future__ import annotations

import pytest

from annotate.corpus._caption_runs import caption_runs, tells_as_seen
from annotate.corpus._captions import opens_agency_caption
from annotate.corpus._clean import clean, is_viewer_button
from annotate.corpus._credited_captions import (
    is_caption_over_credit,
    is_viewer_credit,
)
from annotate.corpus._held_lines import Item
from tests.shared import dropped_kinds as kinds

# FNC-1 1586: the caption, a blank line over it, its credit set close under it, the story's
# next paragraph set close under the credit.
BURGER = (
    "Two friends have a 20-year-old McDonald’s Quarter Pounder that they’ve keep safe for"
    " another friend for the past two decades.\n\n"
    "A 20-year-old burger, a McDonald's Quarter Pounder with Cheese, looks pretty much the same"
    " as a new Quarter Pounder looks today!\n"
    "YouTube screen shot\n"
    "It became a joke over the next few weeks when the friend still hadn’t claimed the burger,"
    " the buddies told him they'd keep it safe for him."
)


def test_a_sentence_set_close_over_its_credit_line_is_a_caption() -> None:
    cleaned = clean(BURGER)
    caption = (
        "A 20-year-old burger, a McDonald's Quarter Pounder with Cheese, looks pretty much the"
        " same as a new Quarter Pounder looks today!"
    )
    assert caption in kinds(cleaned.dropped)["caption"]
    assert "It became a joke over the next few weeks" in cleaned.text
    assert "Two friends have a 20-year-old" in cleaned.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The story's last paragraph over the page's lead picture's credit in brackets
        # (FNC-1 23): two sentences, and a bracketed credit.
        (
            "Chandler says she only told Phelps about her past once the threat of the media"
            " exposing her forced her to.\n\n"
            "I am telling my story to take the power away from the media and tabloids that want"
            " to hurt Michael and I. I will probably lose him, which hurts like hell.\n"
            "[Image via Facebook//h/t Daily Mail]",
            "I will probably lose him, which hurts like hell.",
        ),
        # One sentence set close under the paragraph above, over a bracketed credit (FNC-1
        # test 301).
        (
            "During this alleged biopsy is when Joan reportedly experienced cardiac arrest,"
            " according to the source.\n"
            "If these allegations are true, we'd be shocked and disgusted at the level"
            " unprofessional incompetence on the part of her personal doctor.\n"
            "[Image via Nikki Nelson/WENN.]",
            "on the part of her personal doctor.",
        ),
        # A sentence that points back at the one before, over an unbracketed credit.
        (
            "Two friends kept a burger for twenty years.\n\n"
            "It looks pretty much the same as a new Quarter Pounder looks today.\n"
            "YouTube screen shot\n"
            "The two Aussie buddies were about to take a bite of the very old burger.",
            "It looks pretty much the same as a new Quarter Pounder looks today.",
        ),
    ],
)
def test_the_storys_sentence_over_a_credit_stays(text: str, kept: str) -> None:
    cleaned = clean(text)
    assert "caption" not in kinds(cleaned.dropped)
    assert kept in cleaned.text


def test_caption_over_credit_reads_the_credit_line() -> None:
    line = "The burger looks pretty much the same as a new Quarter Pounder looks today."
    assert is_caption_over_credit(line, "YouTube screen shot")
    assert is_caption_over_credit(line, "Sam Greenwood/Getty Images")
    assert not is_caption_over_credit(line, "[Image via Straits Times]")
    assert not is_caption_over_credit(line, "The burger was bought in 1995.")
    assert not is_caption_over_credit("Did it really happen?", "Image: schankz/Shutterstock")


# FNC-1 1491 (the Times of India): the caption paragraph, five sentences, closed by its credit.
POLAR = (
    "This photo taken near Karasjok in Norway at around 10am local time, on January 1, 1996,"
    ' shows a dark morning. This happens because of the "polar night" effect during winters,'
    " with the center of Sun being below the horizon. A polar night occurs when the night lasts"
    " for more than 24 hours. This occurs only inside the polar circles. The opposite"
    " phenomenon, the polar day, or midnight sun, occurs when the sun stays above the horizon"
    " for more than 24 hours."
)
STORY = (
    "However, the hoax story even drafts in some credible-sounding sources including Nasa chief"
    " Charles Bolden, who reportedly warned the public to stay calm.\n\n"
)


def test_a_paragraph_that_opens_on_its_photo_and_closes_on_its_credit_is_a_caption() -> None:
    cleaned = clean(STORY + POLAR + " (Getty Images photo)\n\nIn actuality Bolden recorded it.")
    assert POLAR + " (Getty Images photo)" in kinds(cleaned.dropped)["caption"]
    assert "polar night" not in cleaned.text
    assert "In actuality Bolden recorded it." in cleaned.text


def test_the_same_paragraph_without_a_credit_stays() -> None:
    cleaned = clean(STORY + POLAR + "\n\nIn actuality Bolden recorded it.")
    assert "A polar night occurs when the night lasts" in cleaned.text
    assert "This photo taken near Karasjok" in cleaned.text


def test_agency_opening_with_this() -> None:
    assert opens_agency_caption(POLAR)
    assert opens_agency_caption("This image released by the police shows the car.")
    assert not opens_agency_caption("This photo shows how dark the morning was.")
    assert not opens_agency_caption("The photo taken near Karasjok shows a dark morning.")


# FNC-1 757 (ESPN): the viewer's button glued to the picture's name, its credit, its caption,
# then the story's next paragraph, all set close.
TIGER = (
    "Dan Olsen, 48, who last played a PGA Tour event at the 2011 PGA Championship, told 730AM"
    " The Game in Lansing, Mich., on Friday that he heard of a suspension.\n\n"
    "[+] EnlargeTiger Woods\n"
    "Sam Greenwood/Getty Images\n"
    "Both the PGA Tour and Tiger Woods' agent have emphatically denied claims that he has been"
    " suspended for a month by the Tour.\n"
    "Olsen, who played only one full season on the PGA Tour (2004), said an exempt tour player"
    " told him, but he would not disclose the player."
)


def test_the_line_under_a_viewers_credit_is_its_caption() -> None:
    cleaned = clean(TIGER)
    assert (
        "Both the PGA Tour and Tiger Woods' agent have emphatically denied claims that he has"
        " been suspended for a month by the Tour." in kinds(cleaned.dropped)["caption"]
    )
    assert "Olsen, who played only one full season" in cleaned.text
    assert "Dan Olsen, 48," in cleaned.text


def test_the_story_under_a_bare_viewer_button_and_credit_stays() -> None:
    # Ars Technica (FNC-1 2178): "Enlarge" alone, its credit, then the story goes on.
    text = (
        'Tor itself was unfairly branded "the Web browser for criminals" by one news report:\n\n'
        "Enlarge\n"
        "Business Insider\n"
        "While Tor can be used by criminals, it was created by the US Naval Research Laboratory"
        " to protect government communications.\n\n"
        "If the customers did have discussions with Comcast employees, it's possible they were"
        " being notified of a pending legal action."
    )
    cleaned = clean(text)
    assert "While Tor can be used by criminals" in cleaned.text


def test_viewer_parts() -> None:
    assert is_viewer_button("[+] EnlargeWayne Tinkle")
    assert not is_viewer_button("Enlarge")
    assert not is_viewer_button("Enlarge the picture to see the crater.")
    assert is_viewer_credit("Godofredo Vasquez/USA TODAY Sports")
    assert not is_viewer_credit("Both the PGA Tour and Woods' agent denied it.")


# FNC-1 1613 (the Daily Mail): the caption with its stop between two without.
MEXICO = (
    "Police in Mexico have found mass graves containing at least 15 charred bodies near where"
    " 43 students disappeared after a deadly police shooting last week.\n\n"
    "Scroll down for video\n\n"
    "Mexican authorities are investigating a mass grave discovered on the outskirts of Iguala,"
    " the same city where 43 students have been missing for a week\n\n"
    "Reports from the scene in the community of Pueblo Viejo said at least 15 bodies were"
    " exhumed from the site.\n\n"
    "The graves were found up a steep hill after some of the 30 suspects detained in the case"
    " told authorities about their location\n\n"
    "{middle}\n\n"
    "Four forensic services vans left for the morgue late on Thursday carrying bodies in silver"
    " bags\n\n"
    "A police official said on Saturday that there was video footage of eight to 10 students"
    " being put into police trucks earlier in the week."
)
ARRIVE = (
    "Policemen and forensic personnel holding white bags for the bodies arrive at Pueblo Viejo,"
    " in the outskirts of Iguala, Guerrero state, Mexico."
)


def test_a_sentence_as_seen_between_two_captions_is_a_caption() -> None:
    cleaned = clean(MEXICO.format(middle=ARRIVE))
    assert ARRIVE in kinds(cleaned.dropped)["caption"]
    assert "Reports from the scene in the community of Pueblo Viejo" in cleaned.text
    assert "A police official said on Saturday" in cleaned.text


@pytest.mark.parametrize(
    "middle",
    [
        # The story's past between two captions (FNC-1 640), what a source told (FNC-1 2249),
        # what is (a present with its auxiliary).
        "Al-Kassasbeh was captured in December when his F-16 jet crashed over northern Syria, a"
        " mission that was part of the U.S.-led coalition campaign against the jihadists.",
        "Rep. Duncan Hunter, R-Calif., told Fox News on Tuesday night that ISIS is sneaking into"
        " the U.S. through the southwestern border.",
        "The missing students are from a teacher training college near Chilpancingo known as a"
        " hotbed of protests.",
    ],
)
def test_the_storys_sentence_between_two_captions_stays(middle: str) -> None:
    cleaned = clean(MEXICO.format(middle=middle))
    assert middle in cleaned.text


def test_a_sentence_as_seen_under_one_caption_only_stays() -> None:
    text = MEXICO.format(middle=ARRIVE).replace(
        "Four forensic services vans left for the morgue late on Thursday carrying bodies in"
        " silver bags\n\n",
        "",
    )
    assert ARRIVE in clean(text).text


def test_tells_as_seen() -> None:
    assert tells_as_seen(ARRIVE)
    assert not tells_as_seen("Police searched the homes of the fanatic's family and friends.")
    assert not tells_as_seen("They arrive at Pueblo Viejo, in the outskirts of Iguala, Mexico.")
    assert not tells_as_seen('Police arrive at the site, where "we are very worried" he said.')
    assert not tells_as_seen("Do police arrive at Pueblo Viejo in the outskirts of Iguala?")


def test_caption_runs_reads_the_stage_own_drops() -> None:
    # The line under the held line dropped by a stage before this one, not yet recorded.
    items: list[Item] = [
        ("", ARRIVE, 3, None, ""),
        ("\n\n", "Four vans left for the morgue carrying bodies in silver bags", 5, "caption", ""),
        ("\n\n", "A police official said so.", 7, None, ""),
    ]
    recorded = [(1, "caption")]  # the caption over the held line, decided line by line

    def dropped(first: int, last: int) -> list[tuple[int, str, str]]:
        return [(n, kind, "") for n, kind in recorded if first < n < last]

    out = list(caption_runs(items, longest=10_000, dropped=dropped))
    assert [i[3] for i in out] == ["caption", "caption", None]
