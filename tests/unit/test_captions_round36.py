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


# FNC-1 503 (Daily Mail): a caption retelling two sentences, and the page's last caption.
_RETOLD = (
    "A man blamed his small penis for his girlfriend breaking up with him and decided to chop "
    "it off with a razor.\n"
    "\n"
    "But after cutting off his organ and throwing it in a bin, 22-year-old Oliver Ilic, was "
    "unable to stop the bleeding.\n"
    "\n"
    "He called emergency services and was taken to a hospital in Kocani, Macedonia, where he "
    "told medics he had decided to cut it off because it was no use.\n"
    "\n"
    "He explained his girlfriend had ended their relationship after telling him he was not "
    "good in bed.\n"
    "\n"
    "Oliver Ilic, 22, from Macedonia, called for help after he was unable to stop the bleeding "
    "after he cut off his penis\n"
    "\n"
    "Police searched his house and found the severed penis in a bin along with the razor blade "
    "he had used.\n"
    "\n"
    "But unlike Mr Ilic, the man flushed it away in the toilet so it was not able to be "
    "reattached.\n"
    "\n"
    "The 22-year-old, who blamed his small penis for being dumped, was taken to hospital in "
    "bloodstained jeans\n"
)


def test_a_caption_retelling_the_story_in_its_own_order_is_dropped() -> None:
    cleaned = clean(_RETOLD)
    assert kinds(cleaned.dropped)["caption"] == [
        "Oliver Ilic, 22, from Macedonia, called for help after he was unable to stop the "
        "bleeding after he cut off his penis",
        "The 22-year-old, who blamed his small penis for being dumped, was taken to hospital "
        "in bloodstained jeans",
    ]
    assert "Police searched his house" in cleaned.text


def test_a_stopless_sentence_with_facts_of_its_own_stays() -> None:
    # Most of its content words are new: the story's sentence that lost its stop.
    text = _RETOLD.replace(
        "Oliver Ilic, 22, from Macedonia, called for help after he was unable to stop the "
        "bleeding after he cut off his penis",
        "Neighbours in the village of Kocani said the family had moved there from Skopje "
        "three years ago",
    )
    cleaned = clean(text)
    assert "Neighbours in the village of Kocani said the family" in cleaned.text
    assert "caption" not in kinds(cleaned.dropped)


def test_a_lead_in_that_lost_its_colon_stays() -> None:
    # FNC-1 1424: the line ends on a verb of saying and its listener, over the quotation.
    text = (
        "Emwazi was born in Kuwait and moved to London when he was six.\n"
        "\n"
        "He then flew to Amsterdam, where he claimed an officer from MI5 accused Emwazi of "
        "trying to join al-Shabaab.\n"
        "\n"
        "One of Emwazi's close friends who identified him told the Post\n"
        "\n"
        "I have no doubt that Mohammed is Jihadi John.\n"
        "\n"
        "One of his close friends told the Post that he identified Emwazi from the video.\n"
    )
    assert "One of Emwazi's close friends who identified him told the Post" in clean(text).text
