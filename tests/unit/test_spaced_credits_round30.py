"""Round 30 (issue 12): a caption closed by its picture's credit set apart by a run of spaces
(FNC-1 459, seed 1532's judge on ``6a2ddcf``, firm; FNC-1 1611 the same shape)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._spaced_credits import credit_gap_after
from tests.shared import dropped_kinds as kinds

EBOLA = (
    "Staff and patrons of the facility are being examined for the deadly virus.\n\n"
    "A campaign to save the dog of a Spanish woman infected with the Ebola virus is heating"
    " up.   Reuters\n\n"
    "Since Duncan was diagnosed with Ebola, there have been 5,000 false alarms in the U.S."
)


def test_a_caption_before_its_spaced_credit_is_dropped_whole() -> None:
    cleaned = clean(EBOLA)
    assert kinds(cleaned.dropped)["caption"] == [
        "A campaign to save the dog of a Spanish woman infected with the Ebola virus is"
        " heating up. Reuters"
    ]
    assert "Staff and patrons" in cleaned.text and "Since Duncan" in cleaned.text


def test_prose_with_a_typists_run_stays() -> None:
    # Two sentences apart by a run: the second is no credit (a stop, a verb).
    assert credit_gap_after("He said so.   Then he left.") is None
    text = "The vote was close.   Officials said the count would resume.\n\nIt did."
    assert "Officials said the count would resume." in clean(text).text
    # Two spaces are a typist's, not a page's: the sentence stays, as before.
    assert (
        "A campaign to save the dog" in clean(EBOLA.replace("up.   Reuters", "up.  Reuters")).text
    )
