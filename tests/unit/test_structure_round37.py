"""Round 37: a fact box's item without a clause (real FNC-1 43)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds


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
