"""Round 26: a boundary the glued-sentence rule cut inside a sentence, and a site's note on the
wire story it runs, on the real lines (the 1465-1473 judges' firm errors on ``f16da09``).

``punch protesters In the face and goes on ...`` (PolNeAR politico 2016-03-12, seed 1471's
judge): a capitalised preposition after a word looks like a lost line break, but its phrase
goes on with ``and`` and a second verb, so it sits inside the sentence. ``The Huffington Post
has supplemented this Reuters article ...`` (PolNeAR huff-post 2016-06-16, seed 1472's judge):
the page's word on its own story.
"""

from __future__ import annotations

from annotate.corpus._notes import is_note
from annotate.corpus._segment import split_sentences

_AD = (
    "The 60-second spot, which is airing on national cable and could hit Florida airwaves"
    " Monday, starts with a montage of Trump's comments about wanting to punch protesters In"
    " the face and goes on to highlight the alleged assault of Breitbart reporter Michelle"
    " Fields by Corey Lewandowski, Trump's campaign manager."
)


def test_a_prepositions_phrase_that_goes_on_with_a_verb_is_not_cut() -> None:
    assert split_sentences(_AD) == [_AD]


def test_run_together_sentences_are_still_cut() -> None:
    # The glued rule's own cases (PolNeAR nyt 2016-07-11, FNC-1 50).
    assert split_sentences(
        "Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls"
        " for an end to it."
    ) == [
        "Bernie Sanders: Credit scores",
        "On his campaign website, Senator Bernie Sanders calls for an end to it.",
    ]
    assert split_sentences(
        "Cosby spoke in an interview on NPR on Saturday In the interview, reporter Scott Simon"
        " asked Cosby about them."
    ) == [
        "Cosby spoke in an interview on NPR on Saturday",
        "In the interview, reporter Scott Simon asked Cosby about them.",
    ]


def test_a_sites_note_on_the_wire_story_it_runs_is_a_note() -> None:
    assert is_note(
        "The Huffington Post has supplemented this Reuters article with additional quotes from"
        " a pool report."
    )


def test_sentences_about_other_reports_are_not_notes() -> None:
    for line in (
        "The Pentagon has updated its report on the strikes.",
        "Trump has supplemented his income with speaking fees.",
        "The committee has edited this year's report twice.",
    ):
        assert not is_note(line)


def test_a_contributors_credit_glued_to_the_last_stop_is_cut() -> None:
    # PolNeAR usa-today 2016-08-24, seed 1477's judge (firm).
    from annotate.corpus._credits import split_credits

    assert split_credits(
        "That same day in 2014, two leaders made large donations to Ready PAC.Contributing:"
        " Herb Jackson, The (Bergen County, N.J.) Record."
    ) == (
        "That same day in 2014, two leaders made large donations to Ready PAC.",
        ["Contributing: Herb Jackson, The (Bergen County, N.J.) Record."],
    )
    # After an abbreviation's stop it is no sentence's end.
    assert split_credits("He met the U.S.Contributing: none of them.")[1] == []
