"""Round 28: a quotation's attribution by a described speaker, and a conjunction broken off
by an omission mark, stay with their sentence (PolNeAR lines quoted whole)."""

from __future__ import annotations

from annotate.corpus._segment import split_sentences


def test_a_shouted_quotation_keeps_its_described_speaker() -> None:
    line = (
        '"This is a big year for our potential United States senator, Bobby Scott!" Scott\'s '
        'niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd. "The '
        'nation is watching Virginia. ... We have to show that we have his back."'
    )
    assert split_sentences(line)[0] == (
        '"This is a big year for our potential United States senator, Bobby Scott!" Scott\'s '
        'niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.'
    )


def test_a_shout_with_a_clause_is_a_sentence_of_its_own() -> None:
    line = '"We won!" Scott\'s niece, Marcia Price, shouted that the race was over.'
    assert split_sentences(line) == [
        '"We won!"',
        "Scott's niece, Marcia Price, shouted that the race was over.",
    ]


def test_a_conjunction_before_an_omission_goes_on() -> None:
    line = (
        '"It will cause the Democratic primary voters here to take him a little more '
        "seriously, take a closer look at him. But ... Clinton's lead is very solid.\""
    )
    assert split_sentences(line)[-1] == "But ... Clinton's lead is very solid.\""


def test_a_pronoun_or_a_verb_before_an_ellipsis_still_ends_a_sentence() -> None:
    assert split_sentences("Or this... Try this!") == ["Or this...", "Try this!"]
    line = "I'm sure it will have an effect on... Donna Brazile is no longer with CNN."
    assert len(split_sentences(line)) == 2
