"""Round 22 (issue 12): HuffPost's captions under their credits, told by the frame and the pose.

Real lines from PolNeAR's HuffPost texts (named beside each), in the layout they come in.
"""

from __future__ import annotations

from annotate.corpus._captions import is_credited_caption
from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# PolNeAR train huff-post 2016-05-12 (George Zimmerman auctioning off gun): two pictures, each
# its credit then its caption, between the story's paragraphs.
ZIMMERMAN = (
    "Angela Corey is the Republican state attorney who charged Zimmerman with second-degree "
    "murder in the Martin shooting.\n\n"
    "Handout/Reuters.\n\n"
    "George Zimmerman\u00a0(left)\u00a0shot and killed Trayvon Martin (right) in February 2012, "
    "but claimed self-defense and was acquitted of second-degree murder charges the following "
    "year. He is now selling the handgun used in the shooting.\n\n"
    "Zimmerman said he had received offers for the gun. He did not elaborate.\n\n"
    "POOL New/Reuters.\n\n"
    "Sanford police officer Timothy Smith holds up the gun used by George Zimmerman to kill "
    "Trayvon Martin during the 2013 trial that led to Zimmerman’s acquittal.\n\n"
    "He ended the auction description with “Si Vis Pacem Para Bellum,” Latin for “if you wish "
    "peace, prepare for war.”\n"
)


def test_captions_under_their_credits_are_dropped_and_the_story_kept() -> None:
    cleaned = clean(ZIMMERMAN)
    assert cleaned.text.split("\n\n") == [
        "Angela Corey is the Republican state attorney who charged Zimmerman with second-degree "
        "murder in the Martin shooting.",
        "Zimmerman said he had received offers for the gun. He did not elaborate.",
        "He ended the auction description with “Si Vis Pacem Para Bellum,” Latin for “if you "
        "wish peace, prepare for war.”",
    ]
    captions = kinds(cleaned.dropped)["caption"]
    assert [caption[:30] for caption in captions] == [
        "George Zimmerman (left) shot a",
        "Sanford police officer Timothy",
    ]


def test_the_pose_is_a_captions_only_under_a_photos_credit() -> None:
    # PolNeAR train huff-post 2016-06-16: the caption under Reuters' credit.
    caption = (
        "President Barack Obama and Vice President Joe Biden place flowers at a makeshift "
        "memorial for shooting victims of the massacre at a gay nightclub in Orlando, Florida."
    )
    assert is_credited_caption(caption, "Carlos Barria / Reuters.")
    # Under a speaker's credit line, or with no credit, the same words are not told so.
    assert not is_credited_caption(caption, "— Caleb Weiss (@Weissenberg7) December 15, 2014")
    # The story under a photo's credit, in the present tense of what a source says (FNC-1 test
    # 1870), and in the past tense of what happened (PolNeAR huff-post 2016-08-03).
    assert not is_credited_caption(
        "Business Insider predicts that the Beats Music streaming service will be absorbed into "
        "the larger iTunes.",
        "(Getty)",
    )
    assert not is_credited_caption(
        "Khizr Khan, the father of a slain American soldier, decried Trump’s repeated calls to "
        "ban all Muslims from entering the United States.",
        "Gary Cameron/Reuters.",
    )


def test_a_pictures_alt_text_with_its_number_is_a_label() -> None:
    # FNC-1 1472 (HuffPost Canada): each picture's alt text, numbered, over its caption.
    cleaned = clean(
        'And that was vital in a small region like Northern New Brunswick," she said.\n\n'
        "kevin vickers 2\n"
        "Then-RCMP Insp. Kevin Vickers fields questions concerning the force's role in "
        "operations on Miramichi Bay at a news conference in Neguac, N.B., on Monday, Sept. 25, "
        "2000.\n"
    )
    assert kinds(cleaned.dropped)["label"] == ["kevin vickers 2"]
    assert "kevin vickers" not in cleaned.text


def test_a_dated_caption_with_a_titles_stop_is_a_caption() -> None:
    # PolNeAR train huff-post 2016-06-16: AP's caption under its credit set as a heading; the
    # "Sen." inside it is no sentence's end.
    caption = (
        "President Barack Obama shakes hands with Sen. Marco Rubio (R-Fla.) on the tarmac at "
        "Orlando International Airport on Thursday, June 16, 2016."
    )
    story = (
        "Obama, who has denounced the attack as both an act of terrorism and a hate crime, "
        "reiterated his frustration over the easy availability of guns in America."
    )
    cleaned = clean(f"ASSOCIATED PRESS.\n\n{caption}\n\n{story}\n")
    assert cleaned.text == story
    assert kinds(cleaned.dropped)["caption"] == [caption]
