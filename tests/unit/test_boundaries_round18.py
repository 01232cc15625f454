"""Boundaries in bracketed paragraphs, after a quoted exclamation and at a glued ellipsis,
round 18 (issue 12, `fix/seg71`).

Real lines from FNC-1 bodies and PolNeAR texts (named beside each). Each rule has a test on
the line it was made for and one on a nearby line that must stay as it was.
"""

from __future__ import annotations

import pytest

from annotate.corpus._segment import split_sentences


# FNC-1 body 2250: a paragraph in brackets of eight sentences, some opening with a quotation.
def test_a_bracketed_paragraphs_quoted_sentences_are_cut() -> None:
    sentences = [
        "(The foreground of the audio is a bit distracting.",
        "“You are pretty.",
        "You’re so fine.",
        "Just going on some of your videos.",
        "Okay, yeah,” says a man’s voice.",
        "As CNN’s Don Lemon put it, “Your client, uh, was having a video chat.",
        "With a friend.",
        "Doing normal … whatever you do.”)",
    ]
    assert split_sentences(" ".join(sentences)) == sentences


# FNC-1 test body 2553: the last sentence in the brackets opens with a straight quote mark.
def test_a_bracketed_sentence_opening_with_a_straight_quote_is_cut() -> None:
    sentences = [
        "(In past weeks, the EPA Administrator has gone on TV to say the U.S. needs to quit "
        "Paris, but Pruitt told aides he'll be keeping a lower profile.",
        "He doesn't want a Paris withdrawal to be seen as his victory.",
        '"It needs to be the President\'s victory," one source said, paraphrasing what Pruitt '
        "has told aides.)",
    ]
    assert split_sentences(" ".join(sentences)) == sentences


# PolNeAR nyt 2015-11-18 paris-attacks and 2016-09-07 phyllis-schlafly: NYT's two
# apostrophes, and a quotation closed after its stop, in a bracketed paragraph.
def test_a_bracketed_paragraph_is_read_as_a_line() -> None:
    sentences = [
        "(In an interview with ABC News on Sunday, Mr. Rhodes sought to clarify Mr. Obama's "
        "comment that the Islamic State had been contained.",
        "Mr. Rhodes said, ''The fact is, we have been able to stop that geographic advance and "
        "take back significant amounts of territory in both northern Iraq and northern "
        "Syria.'.')",
    ]
    assert split_sentences(" ".join(sentences)) == sentences
    sentences = [
        "(John Schlafly defended his mother and refused to repudiate Republican politicians, "
        "like Pat Robertson, who had condemned homosexuality.",
        "''Family values people'' are ''not out to bash gays,'' he said.)",
    ]
    assert split_sentences(" ".join(sentences)) == sentences


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 bodies 1538 and 2062: a one-word label, then one sentence.
        "(Update! As of 4 p.m., police were saying they hadn’t heard about this, but were "
        "looking into it).",
        # FNC-1 body 162: a link's call, no final stop.
        "(Who are Islamic State? Get caught up with The Globe’s primer)",
        # Short asides, a party tag and a citation stay whole.
        "(Reuters.)",
        "(See p. 4.)",
        "[Yes. No. Maybe.]",
        "(Texas Sen. Ted Cruz also has 17.)",
    ],
)
def test_short_or_single_bracketed_asides_stay_whole(line: str) -> None:
    assert split_sentences(line) == [line]


# PolNeAR train huff-post 2016-06-17 trump-s-supporters-may-be-the-re: a gloss in brackets on a
# quoted cry; the sentence goes on.
def test_a_bracketed_gloss_after_a_quoted_exclamation_goes_on() -> None:
    line = (
        "It wasn’t just the cries of “Bitch!” (for Hillary Clinton) or, “The gays had it "
        "coming” (for the Orlando shooting victims) that rattled Sexton."
    )
    assert split_sentences(line) == [line]
    # A bracket opening on a capital after the cry is a sentence of its own.
    assert split_sentences("She shouted “Stop!” (See the video.) He left.") == [
        "She shouted “Stop!”",
        "(See the video.)",
        "He left.",
    ]


# FNC-1 body 374: an ellipsis glued to the pronoun "I".
def test_an_ellipsis_glued_to_the_word_i_ends_a_sentence() -> None:
    assert split_sentences(
        'She continued: "A few days later, I went in for the procedure, but it went off '
        'without a hitch...I felt strong. I had done the right thing."'
    ) == [
        'She continued: "A few days later, I went in for the procedure, but it went off '
        "without a hitch...",
        "I felt strong.",
        'I had done the right thing."',
    ]
    # Before a word in lower case it goes on, as it did.
    line = "It went off without a hitch...i think so."
    assert split_sentences(line) == [line]
