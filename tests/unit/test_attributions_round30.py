"""Round 30: an attribution after a quotation closed on ``!``, its speaker's appositive a
party and state with the abbreviation's stop last (PolNeAR usa-today 2016-07-22, seed 1533's
judge on ``6a2ddcf``, firm: cut after the quotation)."""

from __future__ import annotations

from annotate.corpus._segment import split_sentences


def test_a_party_and_state_appositive_keeps_the_attribution_whole() -> None:
    line = (
        '"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl of convention'
        " activities."
    )
    assert split_sentences(line) == [line]


def test_a_new_sentence_about_the_speaker_still_starts_after_the_quotation() -> None:
    assert split_sentences(
        '"Perpetual motion!" Rep. Glenn Thompson, R-Pa., says there needs to be a law.'
    ) == ['"Perpetual motion!"', "Rep. Glenn Thompson, R-Pa., says there needs to be a law."]
