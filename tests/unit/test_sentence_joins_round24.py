"""Round 24: places the segmenter cut inside one sentence, on the real lines.

A quotation with words left out at an omission mark, whose first part is a phrase fronted
before the clause the omission leaves (PolNeAR train west-journal 2016-05-02, seed 1433's
judge); an interviewer's question reported without quote marks, then who was asked (PolNeAR
train nyt 2015-12-22, seed 1429's judge).
"""

from __future__ import annotations

from annotate.corpus._segment import segment, segment_utf8, split_sentences

_BENGHAZI = (
    "“Two months before the fatal 2012 terrorist attack on the U.S. compound in Benghazi …"
    " Stevens requested 13 security personnel to help him safely travel around Libya … but he"
    " was turned down,” Fox News reported."
)


def test_a_fronted_phrase_broken_off_by_an_omission_goes_on_with_its_clause() -> None:
    assert split_sentences(_BENGHAZI) == [_BENGHAZI]


def test_a_phrase_with_its_own_clause_still_ends_at_the_omission() -> None:
    # FNC-1 test body 1537: "she added" is the clause; the quotation after is a sentence.
    text = 'In the Instagram post she added ... "Keep me out of this."'
    assert split_sentences(text) == [
        "In the Instagram post she added ...",
        '"Keep me out of this."',
    ]


def test_the_same_in_a_long_line_read_in_windows_and_as_bytes() -> None:
    line = " ".join([_BENGHAZI] * 6)
    spans = segment(line, window=100_000)
    assert len(spans) == 6
    assert segment(line, window=150) == spans
    assert [(s, e) for s, e, _, _ in segment_utf8(line.encode(), window=150)] == spans


def test_a_question_goes_on_with_who_was_asked_it() -> None:
    text = "Why does Mr. Trump remain so popular? Mr. Sanders was asked."
    assert split_sentences(text) == [text]


def test_a_sentence_about_the_question_stays_its_own() -> None:
    # FNC-1 945: "Sorkin didn't say." answers the question (real); two variants of the nyt line:
    # "Nobody asked." names no one, and "was asked about it" says more than who was asked.
    assert split_sentences("But who is filling the Woz role? Sorkin didn't say.") == [
        "But who is filling the Woz role?",
        "Sorkin didn't say.",
    ]
    assert split_sentences("Who wanted this? Nobody asked.") == [
        "Who wanted this?",
        "Nobody asked.",
    ]
    assert split_sentences("Why does he remain popular? Mr. Sanders was asked about it.") == [
        "Why does he remain popular?",
        "Mr. Sanders was asked about it.",
    ]
