"""Round 31 (issue 12): a published e-mail's header run into the message's first sentence
(FNC-1 879, seeds 1529 and 1552's judges: four firm boundary errors)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._field_labels import split_field_label
from tests.shared import dropped_kinds as kinds
from tests.shared import fnc1_body


def test_an_email_header_is_cut_off_its_first_sentence() -> None:
    assert split_field_label(
        "From: Paul Carr To: Matt Taibbi Date: Wed, Jul 30, 2014 I’m tired of it because you"
        " refuse to actually engage in conversation."
    ) == (
        "From: Paul Carr To: Matt Taibbi Date: Wed, Jul 30, 2014",
        "I’m tired of it because you refuse to actually engage in conversation.",
    )
    cleaned = clean(fnc1_body("879"))
    assert len(kinds(cleaned.dropped)["label"]) == 4
    assert "From: Paul Carr" not in cleaned.text


def test_prose_that_names_a_sender_stays() -> None:
    for line in (
        "From: the desk of the editor, a note arrived on Friday.",
        "From Paul Carr to Matt Taibbi, the emails grew angrier by the day.",
        "From: Paul Carr To: Matt Taibbi",
    ):
        assert split_field_label(line) == ("", line)
