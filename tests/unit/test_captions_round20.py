"""Captions of round 20 (issue 12): a title's stop inside a caption without a mark.

Real lines, from FNC-1 train bodies (named beside each), in the layout they come in;
shortened where marked "...".
"""

from __future__ import annotations

from annotate.corpus._captions import is_unmarked_caption
from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# FNC-1 2207: the Daily Mail sets the story's sentence again, without its stop, as the caption
# of a photo further down. The title "Army Sgt." in it read as a sentence's end, so the line
# was not in a caption's shape and stayed a second task for the same words.
QATAR = (
    "Qatar gained public praise from President Barack Obama for brokering the controversial "
    "deal that freed Army Sgt. Bowe Bergdahl from Taliban captivity in May 2014 in exchange for "
    "the release of the five Taliban detainees"
)


def test_a_caption_that_restates_a_sentence_with_a_title_in_it_is_a_caption() -> None:
    raw = (
        "Graham said he was concerned one of the detainees had left.\n\n"
        f"{QATAR}.\n\n"
        "'It's just a year deal,' Graham told The Associated Press on Wednesday.\n\n"
        f"{QATAR} from Guantanamo\n\n"
        "However, Graham said all five are still in Qatar.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {"caption": [f"{QATAR} from Guantanamo"]}
    assert cleaned.text.count("Qatar gained public praise") == 1


def test_a_titles_stop_and_an_initials_end_no_sentence_in_a_captions_shape() -> None:
    # FNC-1 218's caption (the Vatican's square), and a caption with an initial.
    assert is_unmarked_caption(
        "Pope Francis confirmed that there is a place in heaven for dogs and 'all of God's "
        "creatures' during his weekly address in the Vatican's St. Peter's Square"
    )
    assert is_unmarked_caption("President George W. Bush speaks to reporters at the White House")
    # A real sentence end inside still keeps the line out of the shape.
    assert not is_unmarked_caption(
        "ISIS fighters burn tyres in Mosul. Mosul is held by the extremists"
    )
