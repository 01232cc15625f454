"""Round 31 (issue 12): an image's file name glued before a quotation (FNC-1 68, seed 1553's
judge on ``0bc3ffc``, firm: ``fc,550x550,white.u1“In order ...``)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds
from tests.shared import fnc1_body


def test_a_glued_file_name_is_cut_off_its_quotation() -> None:
    cleaned = clean(fnc1_body("68"))
    assert kinds(cleaned.dropped)["markup"] == ["fc,550x550,white.u1"]
    assert "\n“In order to be successful, a deep understanding of the market" in cleaned.text


def test_sizes_in_prose_stay() -> None:
    for line in (
        "The 1920x1080 screen is sharp, reviewers said.",
        "A 4x4 truck and a 2x4 board were found at the scene.",
    ):
        assert clean(line).text == line
