"""Round 38 (issue 12), from the judges of seeds 1625, 1627 and 1629: sentence boundaries cut
by a stray mark. A closing quote mark set off by spaces before its attribution (PolNeAR politico
2016-01-14; FNC-1 test 426 with a nested quotation); a speaker's run of titles split by a stop
typed for a comma (FNC-1 1679); a year cut off its preposition by a stray stop and a paragraph
break (PolNeAR breitbart 2016-01-19). Each with near misses whose cut stands."""

from __future__ import annotations

import pytest

from annotate.corpus._attributions import attribution_after_quote
from annotate.corpus._clean import clean
from annotate.corpus._segment import split_sentences
from annotate.corpus._split_appositives import titles_go_on
from annotate.corpus._split_dates import year_after_preposition
from tests.shared import dropped_kinds as kinds


def test_a_spaced_closing_quote_before_its_attribution_ends_the_quotation() -> None:
    # PolNeAR politico 2016-01-14 (seed 1627's judge): the cut fell before the mark.
    line = (
        '"And it’s really a very general debate when it comes to Sen. Sanders about no, we need'
        ' to have a single payer system. Well, what does that mean? " Clinton asked, according'
        " to a transcript of the interview."
    )
    assert split_sentences(line) == [
        '"And it’s really a very general debate when it comes to Sen. Sanders about no, we'
        " need to have a single payer system.",
        'Well, what does that mean? " Clinton asked, according to a transcript of the interview.',
    ]


def test_a_spaced_mark_after_a_nested_quotation_closes_the_outer_one() -> None:
    # FNC-1 test 426: the sentence ends inside the single marks, the double one closes it.
    line = "\"Don't say, 'Merry Christmas!' \" the man shouted before brushing past her."
    assert split_sentences(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # A spaced mark that opens a quotation on its words stays with the next sentence.
        'He left. " Which, sure, is a fine thing," she said.',
        # A name and a verb with a clause of their own open a quotation.
        'He left. " Clinton says there needs to be a law," she said.',
    ],
)
def test_a_spaced_mark_before_a_quotation_s_words_opens_it(line: str) -> None:
    assert split_sentences(line)[0] == "He left."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton asked, according to a transcript.", True),
        ("he said.", True),
        ("said the senator.", True),
        ("Clinton says there needs to be a law", False),
        ("Which, sure, is a fine thing.", False),
    ],
)
def test_attribution_after_quote(text: str, expected: bool) -> None:
    assert attribution_after_quote(text) is expected


def test_a_speaker_s_titles_split_by_a_stop_are_one_sentence() -> None:
    # FNC-1 1679 (seed 1625's judge): a stop typed for the comma between two titles.
    line = (
        "Zeynep Tufekci, assistant prof at UNC iSchool. Princeton CITP fellow, Harvard Berkman"
        " faculty associate in Sociology, explains to her 36.4K followers on Twitter:"
    )
    assert split_sentences(line) == [line]


@pytest.mark.parametrize(
    ("before", "following"),
    [
        # A name after the titles is the sentence's own subject.
        ("Zeynep Tufekci, assistant prof at UNC iSchool.", "Harvard professor Jane Doe, explains"),
        # A determiner opens a subject.
        ("Zeynep Tufekci, assistant prof at UNC iSchool.", "A Princeton fellow, explains it"),
        # The piece before has a verb: a sentence of its own.
        ("Zeynep Tufekci, who teaches at UNC.", "Princeton CITP fellow, explains to her"),
        # No speech verb after the titles.
        ("Zeynep Tufekci, assistant prof at UNC.", "Princeton CITP fellow, Harvard associate."),
    ],
)
def test_titles_with_a_subject_or_after_a_sentence_stay_apart(before: str, following: str) -> None:
    assert not titles_go_on(before, following)


def test_a_year_cut_off_its_preposition_by_a_stray_stop_and_break_is_joined() -> None:
    # PolNeAR breitbart 2016-01-19 (seed 1629's judge): "in." / "1988. The one element ...".
    cleaned = clean(
        "They’ve not been united since George H.W. Bush’s election in.\n\n"
        "1988. The one element Republicans have not had since then is someone who really"
        " takes the hide off of the Democrats."
    )
    assert "joined" in kinds(cleaned.dropped)
    assert split_sentences(cleaned.text)[:2] == [
        "They’ve not been united since George H.W. Bush’s election in. 1988.",
        "The one element Republicans have not had since then is someone who really takes the"
        " hide off of the Democrats.",
    ]


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        # An adverb may end a sentence: "since", "before", "after".
        ("He has not been back since.", "1988. The one element"),
        # A year that goes on with a verb of its own opens a sentence.
        ("since his election in.", "1988 was a hard year."),
        # A year after a sentence that ends on a noun.
        ("He won the election.", "1988. The one element"),
    ],
)
def test_no_year_joined_after_an_adverb_or_a_noun(previous: str, line: str) -> None:
    assert not year_after_preposition(previous, line)
