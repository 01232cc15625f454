"""Round 35: captions that stayed tasks.

A gallery's counter alone on its line and the slide's caption set close over it (FNC-1 789,
seed 1590's judge; FNC-1 test 1609); a caption's short wording, a subject and its participle,
over the caption told by its photo words (FNC-1 194, seed 1585's judge); a closing picture's
caption without its stop (FNC-1 1127, seed 1593's judge); HuffPost's caption set apart under
its credit on a page that sets its paragraphs close (PolNeAR huff-post 2016-07-26 and
2016-05-11, seeds 1592 and 1593's judges).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# FNC-1 789 (CBC): the gallery's first slide among the story's paragraphs.
_GALLERY = (
    "Zehaf-Bibeau, a Canadian born in 1982, was charged with drug possession in 2004.\n"
    "\n"
    "A police officer secures the scene of a shooting on Parliament Hill in Ottawa on Oct. 22, "
    "2014. Nearby, police vehicles surround the National War Memorial.\n"
    "1 of 21\n"
    "He pleaded guilty and was sentenced to 60 days in jail.\n"
    "\n"
    "Zehaf-Bibeau was in trouble with the law again in 2011, this time in British Columbia.\n"
)


def test_a_gallery_counter_and_the_caption_close_over_it_are_dropped() -> None:
    cleaned = clean(_GALLERY)
    assert kinds(cleaned.dropped)["caption"] == [
        "A police officer secures the scene of a shooting on Parliament Hill in Ottawa on Oct. "
        "22, 2014. Nearby, police vehicles surround the National War Memorial.",
        "1 of 21",
    ]
    assert "He pleaded guilty and was sentenced to 60 days in jail." in cleaned.text


def test_a_paragraph_set_apart_over_a_count_in_prose_stays() -> None:
    # No counter alone on its line: the story's count says what it counts.
    text = (
        "The vote was close.\n\nOnly one senator voted no.\n1 of 21 senators voted no.\n\n"
        "The bill passed.\n"
    )
    assert "caption" not in kinds(clean(text).dropped)


# FNC-1 194: the article's last two paragraphs, one picture's two captions.
_TWINS = (
    "He said the girl and two other children are being held in a child care center.\n"
    "\n"
    "ISIS jihadists marching through the Syrian town of Raqqa.\n"
    "\n"
    "\n"
    "ISIS jihadists seen here waving the Islamic State's trademark black flags and moving "
    "around on bikes and cars in Syria's Raqqa.\n"
)


def test_a_participle_caption_over_its_photo_caption_is_dropped() -> None:
    assert kinds(clean(_TWINS).dropped)["caption"][0] == (
        "ISIS jihadists marching through the Syrian town of Raqqa."
    )


def test_a_sentence_over_a_photo_caption_stays() -> None:
    text = _TWINS.replace("jihadists marching", "jihadists were marching", 1)
    assert "ISIS jihadists were marching through the Syrian town of Raqqa." in clean(text).text


# FNC-1 1127 (Daily Mail): the picture closing the page, its caption without a stop.
_CLOSING = (
    "Kurdish YPG fighters supported by U.S. airstrikes have since pushed ISIS back out of "
    "central Kobane.\n"
    "\n"
    "A temple in the ruins of the Parthian city of Hatra, where scorpion bombs were first used "
    "in 189/199AD\n"
)


def test_a_closing_caption_without_its_stop_is_dropped() -> None:
    assert kinds(clean(_CLOSING).dropped)["caption"] == [
        "A temple in the ruins of the Parthian city of Hatra, where scorpion bombs were first "
        "used in 189/199AD"
    ]


def test_a_last_sentence_that_lost_its_stop_stays() -> None:
    # FNC-1 test 123: the relative clause closes with a comma, the main verb after it.
    text = (
        "Afghan lawmakers have also approved agreements with the US.\n"
        "\n"
        "The international combat mission in Afghanistan, which began after the 2001 US-led "
        "invasion, was due to conclude at the end of this year\n"
    )
    assert "caption" not in kinds(clean(text).dropped)


# PolNeAR huff-post 2016-07-26: paragraphs set close, the picture's credit and caption apart.
_HUFFPOST = (
    "About 270 people have now been resettled into the U.S. under the Central American Minors "
    "program, officials said.\n"
    "But as people continue to cross into the U.S. in search of asylum, the administration is "
    "planning to expand the program to allow siblings, biological parents and caregivers to "
    "enter the U.S. as well.\n"
    "There are still restrictive eligibility requirements: Most undocumented parents are "
    "ineligible to apply to have their children join them in the U.S.\n"
    "\n"
    "John Moore/Getty Images.\n"
    "\n"
    "Border agents apprehended tens of thousands of families at the U.S.-Mexico border in 2014, "
    "most of them seeking asylum from Central America.\n"
    "\n"
    "The Central American Minors program is gaining and has gained considerable traction "
    "recently, Homeland Security Deputy Secretary Alejandro Mayorkas told reporters.\n"
    "He said the government has received about 9,500 applications so far.\n"
)


def test_a_caption_set_apart_under_its_credit_on_a_close_set_page_is_dropped() -> None:
    dropped = kinds(clean(_HUFFPOST).dropped)
    assert dropped["credit"] == ["John Moore/Getty Images."]
    assert dropped["caption"] == [
        "Border agents apprehended tens of thousands of families at the U.S.-Mexico border in "
        "2014, most of them seeking asylum from Central America."
    ]


def test_the_story_under_a_credit_on_a_page_set_apart_stays() -> None:
    # PolNeAR huff-post 2016-06-08: every paragraph set apart, nothing tells a caption.
    spaced = _HUFFPOST.replace("said.\nBut", "said.\n\nBut").replace("well.\n", "well.\n\n")
    assert "caption" not in kinds(clean(spaced).dropped)


def test_the_story_going_on_close_under_a_credit_stays() -> None:
    # The paragraph under the credit is set close over the next: the story's, going on.
    close = _HUFFPOST.replace("Central America.\n\nThe", "Central America.\nThe")
    assert "caption" not in kinds(clean(close).dropped)
