"""Captions and galleries, round 12 (issue 12, `fix/seg55`).

Real lines from FNC-1 train bodies (named beside each), in the layout they come in (a blank
line between paragraphs unless the page set them close); some articles are cut to the
paragraphs that matter. Each rule has a test on the lines it was made for and one on a nearby
line that must stay.
"""

from __future__ import annotations

from annotate.corpus._captions import (
    is_credited_caption,
    is_labelled_picture,
    opens_dated_caption,
)
from annotate.corpus._clean import Dropped, clean


def captions(dropped: list[Dropped]) -> list[str]:
    return [d.text for d in dropped if d.kind == "caption"]


def article(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


# FNC-1 body 1795 (AP), lines 44, 52 and 56: the gallery strung into the text, each caption
# three sentences (the photo's, ending on its date, then the story's context) and its credit.
STORY = (
    "Mondragon killed himself as he was about to be arrested, Rubido said, though he had no "
    "details on how."
)
GALLERY = [
    (
        "An overturned car burns after it was set on fire by protesting college students outside "
        "of the Guerrero state capital building in Chilpancingo, Mexico, Monday Oct. 13, 2014. "
        "Hundreds of protesting teachers and students demanding answers about the 43 students "
        "who went missing on Sept. 26 during a confrontation with police, clashed with police "
        "at the local congress and outside the state government palace Monday. Officials are "
        "attempting to determine if any of the missing students are in newly discovered mass "
        "graves. (AP Photo/Alejandrino Gonzalez)"
    ),
    (
        "Firefighters try to extinguish the flames after the state capital building was set on "
        "fire by protesting college students in Chilpancingo, Mexico, Monday Oct. 13, 2014. "
        "Hundreds of protesting teachers and students demanding answers about the 43 students "
        "who went missing on Sept. 26 during a confrontation with police, clashed with police "
        "at the local congress and outside the state government palace Monday. Officials are "
        "attempting to determine if any of the missing students are in newly discovered mass "
        "graves. (AP Photo/Felix Marquez)"
    ),
]


def test_an_agency_caption_with_the_storys_context_goes_with_its_credit() -> None:
    cleaned = clean(article([STORY, *GALLERY]))
    assert cleaned.text.strip() == STORY
    assert len(captions(cleaned.dropped)) == 2


def test_a_paragraph_that_says_a_date_after_its_first_sentence_stays() -> None:
    # FNC-1 body 1795, line 36: the story's own paragraph names the day in its first
    # sentence, not at its end.
    prose = (
        "On Monday, protesters demanding to know the whereabouts of the missing smashed windows "
        "at the state capital building complex in Chilpancingo, 132 miles (212 kilometers) "
        "south of Mexico City, and set fire to some of the buildings."
    )
    assert not opens_dated_caption(prose)
    cleaned = clean(article([STORY, prose]))
    assert prose in cleaned.text


# FNC-1 body 1682 (FT), lines 23-27: the "From the archive" box, Bloomberg's credit over its
# three-sentence caption.
ARCHIVE_CREDIT = "Photographer: Andrew Harrer/Bloomberg"
ARCHIVE_CAPTION = (
    "The Vice Media Inc. application (app) is demonstrated on an Apple Inc. iPhone 5s for an "
    "arranged photograph in Washington, D.C., U.S., on Monday, Aug. 11, 2014. Vice Media, backed "
    "by billionaire Rupert Murdoch, has said that it's poised to double revenue to $1 billion by "
    "2016. Co-founder Shane Smith had said a March interview with Bloomberg Television that Vice "
    "Media may pursue an initial public offering."
)


def test_a_dated_caption_with_context_under_its_credit_is_a_caption() -> None:
    assert is_credited_caption(ARCHIVE_CAPTION, ARCHIVE_CREDIT)
    # Without a picture's credit above it, the same paragraph is not told from prose.
    assert not is_credited_caption(ARCHIVE_CAPTION, "From the archive")


# FNC-1 bodies 2387 and 2249 (ABC News): the label in capitals over one picture's caption.
def test_abc_news_photo_label_marks_a_caption() -> None:
    for line in (
        "PHOTO: Kayla Mueller, from Arizona, was kidnapped in Syria in August 2013.",
        "PHOTO: Rep. Duncan Hunter (R-Calif.) speaks during a news conference held by House "
        'Republicans on "Protecting America\'s Veterans" at the U.S. Capitol, May 29, 2014, in '
        "Washington.",
    ):
        assert is_labelled_picture(line)
    # A gallery's link (FNC-1 615) and a credit (FNC-1 81) are not captions.
    assert not is_labelled_picture("PHOTOS: Stars that got their start on TV")
    assert not is_labelled_picture("Image: Imgur")


# FNC-1 body 2387, lines 18-24: a caption with its credit glued on (dropped as a heading),
# then the same caption without it, set close over the story's next paragraph.
MUELLER = (
    '"So they behead innocent #US #UK & Japan hostages & BURN a brave #jordan pilot ALIVE & now '
    'a hostage is killed by an airstrike? Sure! Sick!" Judeh said on Twitter, referring to '
    "previous atrocities apparently committed on camera by ISIS fighters.\n\n"
    "The ISIS statement appeared to contain some discrepancies, including Thursday’s date on "
    "accompanying pictures purportedly showing the building that was struck, while the "
    "statement claimed the strikes occurred during Friday prayers. ISIS also claimed Mueller was "
    "the only person killed in that particular airstrike, with none of its fighters injured or "
    "killed.\n\n"
    "Arizona woman Kayla Mueller shows a sign promoting aid for Darfur in 2007.The Daily "
    "Courier\n"
    "Arizona woman Kayla Mueller shows a sign promoting aid for Darfur in 2007.\n"
    "Officials believe ISIS has misled the public before about the fate of hostages. The "
    "Jordanian government said ISIS killed a Jordanian pilot the terror group was holding a "
    "month ago, even though the terror group pretended he was alive during hostages "
    "negotiations last week.\n"
)


def test_a_copy_of_a_dropped_line_less_its_credit_goes_with_it() -> None:
    cleaned = clean(MUELLER)
    assert "Darfur" not in cleaned.text
    assert "Officials believe ISIS has misled" in cleaned.text


# FNC-1 body 1559, lines 23-26: a gallery widget, its slide title set again under its counter.
def test_a_slide_counter_over_the_title_above_is_a_copy() -> None:
    text = (
        "He was seen with his band, The Pizza Underground, last night (see above).\n\n"
        "Celebrity Death Hoaxes: Stars the Internet Fake-Killed\nLil Wayne\n1. Lil Wayne\n"
        "Lil Wayne has been the subject of more than one death hoax over the years ... and more "
        "than one actual near-death experience. So it's believalble.\n"
    )
    cleaned = clean(text)
    assert "1. Lil Wayne" not in cleaned.text
    assert "He was seen with his band" in cleaned.text


def test_a_numbered_item_that_is_not_a_copy_stays() -> None:
    text = (
        "Here are the two reasons.\n\n1. Lil Wayne has been the subject of a hoax before.\n\n"
        "2. The story spread on Facebook.\n"
    )
    cleaned = clean(text)
    assert "Lil Wayne has been the subject of a hoax before." in cleaned.text
