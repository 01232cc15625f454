"""Captions and galleries, round 14 (issue 12, `fix/seg59`).

Real lines from FNC-1 train bodies (named beside each), in the layout they come in. Each rule
has a test on the lines it was made for and one on a nearby line that must stay.
"""

from __future__ import annotations

from annotate.corpus._captions import completes_teaser, is_photo_caption
from annotate.corpus._clean import Dropped, clean
from annotate.corpus._credits import split_credits


def captions(dropped: list[Dropped]) -> list[str]:
    return [d.text for d in dropped if d.kind == "caption"]


# A sentence of the story (its last, the newsroom's request for comment and promise to
# update, is a call since round 35).
STORY = "Michael Brown was shot at least six times according to an autopsy."
# FNC-1 body 1817 (Mashable): a gallery of paired photos after the story, each pair's
# captions opened by their picture's place on the page.
PAIRS = [
    (
        "(L) Police in Ferguson wearing riot gear walk toward a man with his hands raised on "
        "Monday. (R) U.S. soldiers in Mosul, Iraq, search house-by-house for illegal weapons on "
        "January 20, 2005."
    ),
    (
        "(L) Police prepare to encounter demonstrators in Ferguson on Tuesday. (R) U.S. soldiers "
        "point out to a sniper's position after coming under fire during an offensive operation "
        "in Najaf, Iraq, on August 15, 2004."
    ),
]


def test_a_gallerys_captions_opened_by_their_pictures_place() -> None:
    cleaned = clean("\n\n".join([STORY, *PAIRS]) + "\n")
    assert cleaned.text.strip() == STORY
    assert captions(cleaned.dropped) == PAIRS


def test_a_place_in_the_frame_after_a_name_or_a_party_is_prose() -> None:
    # The tag is a caption's only where it opens the line.
    assert not is_photo_caption("Sen. Rand Paul (R) said he would vote against the bill.")
    assert not is_photo_caption("(Reuters) U.S. soldiers patrolled a village on Monday.")


# FNC-1 body 537 (Yahoo's copy of an AFP story): each gallery link glued to its cut-off
# caption, then the caption again, cut off later.
TEASED = (
    "The site was was cordoned off and guarded by scores of troops and police.\n\n"
    "View galleryForensic personnel unload bodies at the Iguala morgue&nbsp;&hellip;\n"
    "Forensic personnel unload bodies at the Iguala morgue from a mass grave in Pueblo Viejo, "
    "in the outs …\n"
    "More bodies were being recovered on Sunday, another officer said.\n"
)


def test_the_caption_a_cut_off_gallery_link_teased() -> None:
    cleaned = clean(TEASED)
    assert captions(cleaned.dropped) == [
        "Forensic personnel unload bodies at the Iguala morgue from a mass grave in Pueblo "
        "Viejo, in the outs …"
    ]
    assert "More bodies were being recovered on Sunday" in cleaned.text


def test_a_sentence_that_does_not_repeat_the_link_stays() -> None:
    teaser = "View galleryForensic personnel unload bodies at the Iguala morgue …"
    assert not completes_teaser("More bodies were being recovered on Sunday.", teaser)
    # A link that is not cut off teases nothing.
    assert not completes_teaser(
        "Forensic personnel unload bodies at the Iguala morgue on Sunday.",
        "View galleryForensic personnel unload bodies at the Iguala morgue",
    )


def test_a_photo_caption_credited_from_its_source() -> None:
    # FNC-1 body 1698.
    text = (
        "The couple is unable to fund their daughter’s treatment, and decided to sell the "
        "latter’s twin brother to pay for the expenses.\n"
        "A Chinese mother offers her son to the highest bidder for her daughter’s cancer "
        "treatment (Photo from dailymail.co.uk)\n"
        "According to the mother, they had been a perfect family up until they discovered "
        "their daughter’s illness.\n"
    )
    cleaned = clean(text)
    assert len(captions(cleaned.dropped)) == 1
    assert "According to the mother" in cleaned.text


def test_a_bracket_from_a_place_is_no_credit() -> None:
    line = "He sold the house (a gift from his father)."
    assert split_credits(line)[0] == line


# PolNeAR huff-post 2015-11-15 (bernie-sanders-it-is-not-a-radic), lines 26-36: HuffPost's
# slideshow counter "1 of 8" set over three paragraphs.
SLIDESHOW = (
    "The Faces of the Fight for 15 Movement.\n\n1.\n\nof.\n\n8.\n\n"
    "We work for eight hours plus, and sometimes we only make 20 bucks.\n"
)


def test_a_slideshows_counter_broken_over_three_lines() -> None:
    cleaned = clean(SLIDESHOW)
    assert "of." not in cleaned.text.split("\n")
    assert [d.text for d in cleaned.dropped if d.kind == "scores"] == ["1.", "of.", "8."]


def test_of_in_prose_stays() -> None:
    cleaned = clean("He counted 1.\n\nof.\n\nThe rest were gone.\n")
    assert "of." in cleaned.text
