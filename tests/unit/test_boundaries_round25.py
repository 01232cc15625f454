"""Round 25: boundaries the fresh draws on round 24 found wrong, on the real lines.

A full stop with no space before the one-letter ``A`` and a number (PolNeAR train huff-post
2016-05-19, seed 1447's judge); a sentence cut by a blank line before its attribution (FNC-1 1877,
seed 1449's judge) or after the lead-in `As The Mirror reports,` (FNC-1 386).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._segment import split_sentences

_TOOK_OFF = (
    "The French freelance music photographer had misplaced his passport, but found it right"
    " before the plane took off.A 2010 YouTube video (above) shows Hess talking about the"
    " excitement of photographing rock concerts."
)


def test_a_stop_glued_before_a_and_a_number_ends_a_sentence() -> None:
    assert split_sentences(_TOOK_OFF) == [
        "The French freelance music photographer had misplaced his passport, but found it right"
        " before the plane took off.",
        "A 2010 YouTube video (above) shows Hess talking about the excitement of photographing"
        " rock concerts.",
    ]


def test_a_one_letter_part_of_a_name_before_a_number_stays() -> None:
    # An initial and a stop inside a name, then a space and a number, is not a glued end:
    # the word before the stop is a single capital, not a word of two letters or more.
    assert split_sentences("He played for the U.S.A 2010 team.") == [
        "He played for the U.S.A 2010 team."
    ]


# FNC-1 1877 (seed 1449's judge, firm): a blank line inside a sentence, before its attribution.
_IRAQ = (
    "A woman detained by Lebanese authorities was not the wife of the Islamic State leader, Abu"
    " Bakr al-Baghdadi, but the sister of a man convicted of bombings in southern Iraq,\n"
    "\n"
    "Iraq’s interior ministry has said.\n"
    "\n"
    "“The wives of the terrorist Al-Baghdadi are Asmaa Fawzi Mohammed al-Dulaimi and Esraa"
    " Rajab Mahel al-Qaisi, and there is no wife in the name of Saja al-Dulaimi,” he said.\n"
)
# FNC-1 386: the source's lead-in over the statement it reports, a blank line between.
_MIRROR = (
    "As The Mirror reports,\n"
    "\n"
    "Islamic State militants are launching bombs containing live scorpions as the latest terror"
    " weapon in Iraq.\n"
)


def _sentences(raw: str) -> list[str]:
    return [s for line in clean(raw).text.splitlines() if line for s in split_sentences(line)]


def test_an_attribution_cut_off_by_a_blank_line_ends_its_sentence() -> None:
    sentences = _sentences(_IRAQ)
    assert sentences[0].endswith("in southern Iraq, Iraq’s interior ministry has said.")
    assert len(sentences) == 2


def test_the_lead_in_as_a_source_reports_goes_on_with_the_statement() -> None:
    assert _sentences(_MIRROR) == [
        "As The Mirror reports, Islamic State militants are launching bombs containing live"
        " scorpions as the latest terror weapon in Iraq."
    ]


def test_a_sentence_after_a_comma_typed_for_a_stop_stays_apart() -> None:
    # FNC-1 205: "his mother, Diane, said Tuesday night," then a new sentence with a verb and
    # its object; and a short line whose speech verb takes an object.
    raw = (
        '"He gave his life to the suffering of the Syrian people," his mother, Diane, said'
        " Tuesday night,\n\nShe called him an extraordinary son.\n"
    )
    assert len(_sentences(raw)) == 2
