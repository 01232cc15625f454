"""Round 37: a fact box's item without a clause, a section's head with a stranded relative
clause, and a date split by a stray stop (real FNC-1 and PolNeAR lines)."""

from __future__ import annotations

from annotate.corpus import segment
from annotate.corpus._clean import clean
from annotate.corpus._subheadings import is_subheading
from tests.shared import dropped_kinds as kinds


def _texts(line: str) -> list[str]:
    return [line[s:e] for s, e in segment(line)]


_STORY = (
    "Doctors then learned that Phillips, his wife, and three children had contracted Ebola "
    "haemorrhagic fever.\n\n"
)
_AFTER = (
    "\n\nA staff member at the Texas Health Presbyterian Hospital contacted National Report "
    "with a short statement about the Ebola situation in Texas.\n"
)


def test_a_fact_box_item_without_a_verb_between_headings_is_dropped() -> None:
    # FNC-1 43 (seed 1603's judge): "Facts About Purdon" over items, one of them a count.
    raw = (
        _STORY + "Facts About Purdon, Texas And The Ebola Quarantine\n\n133 residents\n\n"
        "Unincorporated community in Navarro County\n\nOriginally Known As Belle Point" + _AFTER
    )
    cleaned = clean(raw)
    assert "133 residents" in kinds(cleaned.dropped)["heading"]
    assert "133 residents" not in cleaned.text
    assert "A staff member" in cleaned.text


def test_a_paragraph_with_a_verb_between_headings_stays() -> None:
    # Near miss: a message quoted under its sender's name, between two names (the layout of
    # FNC-1 test 1241), has its verb: a section's text, kept though it lost its stop.
    message = (
        "133 residents live in the town, most of them farmers who have known each other for decades"
    )
    raw = (
        "Full Facebook conversation between Alex's mum Tanya and the birthday boy's mum "
        f"Julie.\n\nTanya Walsh\n\n{message}\n\nJulie Lawrence\n\n"
        "Hi Tanya, my phone number was on the invitation that was sent out to Alex.\n"
    )
    cleaned = clean(raw)
    assert message in cleaned.text
    assert kinds(cleaned.dropped)["heading"] == ["Tanya Walsh", "Julie Lawrence"]


def test_a_noun_phrase_with_a_stranded_relative_clause_is_a_subheading() -> None:
    # PolNeAR usa-today 2016-05-02 (seed 1610's judge): a section's head, alone, with its stop.
    after = (
        "Lost job growth isn't due to bad deals with China because the United States does not "
        "have bilateral trade agreements with that country."
    )
    assert is_subheading("The world we live in.", after)
    raw = f"Even so, Trump and Sanders are also wrong.\n\nThe world we live in.\n\n{after}\n"
    cleaned = clean(raw)
    assert "The world we live in." in kinds(cleaned.dropped)["heading"]
    assert "Even so, Trump and Sanders are also wrong." in cleaned.text


def test_a_clause_that_strands_a_preposition_stays_a_sentence() -> None:
    # Near misses: the phrase with a verb of its own, or a clause that strands a preposition.
    after = "Lost job growth isn't due to bad deals with China."
    assert not is_subheading("That is the world we live in.", after)
    assert not is_subheading("The world we live in is changing.", after)
    # A past tense reads as narration, whatever the shape ("The house he lived in.").
    assert not is_subheading("The house he lived in.", after)
    assert not is_subheading("The world was what we lived in.", after)


def test_a_year_cut_off_its_date_by_a_stray_stop_goes_on() -> None:
    # PolNeAR breitbart 2015-12-04 (seed 1608's judge): "September 11th. 2012 on CNN's show".
    line = (
        "In a clip that is never discussed, you can see for yourself that it was reported live "
        "on September 11th. 2012 on CNN’s show Anderson Cooper 360 that the attackers were the "
        "group Ansar al-Sharia."
    )
    assert _texts(line) == [line]


def test_a_year_that_opens_a_clause_after_a_date_stays_cut() -> None:
    # Near misses: a year as the next sentence's subject, and a stop after a figure that is no
    # day of a month.
    line = "He was born on May 4. 2012 was a hard year for the family."
    assert _texts(line) == ["He was born on May 4.", "2012 was a hard year for the family."]
    line = "The score stood at 11. 2012 on the other hand was a better season for them."
    assert len(_texts(line)) == 2
