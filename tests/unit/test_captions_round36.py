"""Round 36: captions that stayed tasks.

A caption folded by a viewer's button, its label ``Show caption`` set close under it and the
caption again after the label (FNC-1 1832, seed 1598's judge).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# FNC-1 1832 (RNS): the caption, the viewer's button, the caption again, then the story.
_TOGGLED = (
    "Social media and other media outlets then picked up the story, further conflating the "
    "statements and the chronology.\n"
    "\n"
    "The New York Times was the biggest of several outlets relating an apparently apocryphal "
    "tale about pets, paradise, and Pope Francis. \n"
    " Show caption\n"
    "\n"
    "The New York Times was the biggest of several outlets relating an apparently apocryphal "
    "tale about pets, paradise, and Pope Francis.\n"
    "When The New York Times went with the story, along with input from ethicists and "
    "theologians, it became gospel truth.\n"
)
_CAPTION = (
    "The New York Times was the biggest of several outlets relating an apparently apocryphal "
    "tale about pets, paradise, and Pope Francis."
)


def test_a_caption_over_its_viewers_button_and_its_copy_are_dropped() -> None:
    cleaned = clean(_TOGGLED)
    dropped = kinds(cleaned.dropped)
    assert dropped["caption"] == [_CAPTION]
    assert dropped["duplicate"] == [_CAPTION]
    assert "Pope Francis" not in cleaned.text
    assert "it became gospel truth." in cleaned.text


def test_a_sentence_over_a_line_that_only_mentions_captions_stays() -> None:
    # Not the button's label alone: the story's sentence under it talks about captions.
    text = (
        "The story ran on Monday.\n"
        "\n"
        "The New York Times was the biggest of several outlets relating the tale.\n"
        "Show captions to readers, the editors said.\n"
    )
    assert "caption" not in kinds(clean(text).dropped)
    assert "The New York Times was the biggest" in clean(text).text
