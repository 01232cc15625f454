"""Round 25: a sentence that ends on a product's one-letter name (FNC-1 1362, seed 1438-1446
judges: "the Core M. Some of these models ..." was one sentence, "M." read as an initial).

A name's initial comes before a surname, and no surname is a closed-class sentence starter
("Some", "The", "It"), so a capitalised word and a letter before one end the sentence.
"""

from __future__ import annotations

from annotate.corpus._segment import split_sentences

_CORE_M = (
    "(In the press release regarding the new chip, Intel mentions Acer, Asus, Dell, HP, Lenovo"
    " and Toshiba as potentially using the Core M. Some of these models will be available in"
    " October, according to Intel.)"
)


def test_a_letter_before_a_sentence_starter_ends_the_sentence() -> None:
    assert split_sentences(_CORE_M) == [
        "(In the press release regarding the new chip, Intel mentions Acer, Asus, Dell, HP,"
        " Lenovo and Toshiba as potentially using the Core M.",
        "Some of these models will be available in October, according to Intel.)",
    ]


def test_a_name_s_initial_before_its_surname_stays_inside() -> None:
    for text in (
        "Former President George W. Bush said nothing about the Core M chip on Tuesday.",
        "The report was written by John M. Barry, who covered the story.",
        "Ulysses S. Grant and Robert E. Lee met at Appomattox.",
        # FNC-1 test body 2570, a reference list: the surname comes first, then the title.
        "(14) Schubert D. A different perspective on GM food.",
    ):
        assert split_sentences(text) == [text]
