"""Round 26: a photo gallery's box set in the story, its blurb kept as a sentence, on the real
lines.

The Los Angeles Times' gallery box in FNC-1 1648 (round 26's fresh judges): "Photos" over "Kim
Jong Un" over the blurb, each set close under the other; the label and title were dropped as
headlines, the blurb kept.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

_BLURB = (
    "North Korean state propaganda photos show their leader Kim Jong Un inspecting troops,"
    " conferring with generals, meeting an adoring public and even catching a basketball game"
    " with former NBA star Dennis Rodman."
)
_NEXT = (
    "The names of the North Korean leader's father and grandfather, Kim Jong Il and Kim Il"
    " Sung, the communist state's founder, were also reserved for their sole use, the media"
    " reported."
)
_BEFORE = (
    "Seoul government statistics show Jong Un is the ninth most popular given name in South"
    " Korea.\n\n"
)


def test_a_gallery_boxs_blurb_is_dropped() -> None:
    raw = f"{_BEFORE}Photos\n Kim Jong Un\n{_BLURB}\n{_NEXT}\n"
    cleaned = clean(raw)
    assert kinds(cleaned.dropped)["caption"] == [_BLURB]
    assert _NEXT in cleaned.text


def test_the_storys_paragraph_under_the_box_is_kept() -> None:
    # Without a blurb, the story's paragraph set close under the title does not name pictures.
    raw = f"{_BEFORE}Photos\n Kim Jong Un\n{_NEXT}\n"
    assert _NEXT in clean(raw).text


def test_a_sentence_after_a_blank_line_is_kept() -> None:
    # Set apart from the title (FNC-1 1541's "Photo gallery" over a blank line), the line is
    # the story's, whatever it names.
    raw = f"{_BEFORE}Photos\n Kim Jong Un\n\n{_BLURB}\n\n{_NEXT}\n"
    assert _BLURB in clean(raw).text
