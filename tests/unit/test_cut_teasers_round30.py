"""Round 30 (issue 12): a cut headline alone, cut inside a phrase, right under furniture
(FNC-1 2322, seed 1533's judge on ``6a2ddcf``, firm; FNC-1 23 and test 2507 the same shape)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._cut_teasers import cuts_phrase
from tests.shared import dropped_kinds as kinds

PHELPS = (
    "Phelps, the most decorated Olympian of all time, is serving a six month suspension.\n"
    "Boots for days: Chandler's Facebook page is a shrine to Phelps, with the swimmer's photos"
    " everywhere\n"
    "Michael Phelps goes public with girlfriend Win McMurry at the...\n\n"
    "In her post, Chandler also takes some time to discuss the difficulties she has faced."
)
MADDEN = (
    "FACT: That blogger never actually said a restaurant is opening in Scotland.\n\n"
    "In fact, that blogger, Michael Madden, told The Huffington Post that the whole story"
    " is...\n\n"
    "Madden says that the use of his quote is misleading."
)


def test_a_headline_cut_inside_a_phrase_under_a_caption_is_dropped() -> None:
    cleaned = clean(PHELPS)
    assert (
        "Michael Phelps goes public with girlfriend Win McMurry at the..."
        in kinds(cleaned.dropped)["headline"]
    )
    assert "In her post" in cleaned.text


def test_a_writer_trailing_off_stays() -> None:
    assert "the whole story is..." in clean(MADDEN).text
    # Trailing off after a word that completes the phrase, even under furniture.
    assert not cuts_phrase("And Sandwich Thief starts to get cocky...")
    assert cuts_phrase(
        "Olympic swimming star Michael Phelps was pulled over early this morning and…"
    )
