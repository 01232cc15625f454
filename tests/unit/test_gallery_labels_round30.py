"""Round 30 (issue 12): a gallery's label, a name set close between two of the gallery's
counters (FNC-1 2322, seed 1533's judge on ``6a2ddcf``, firm: ``Michael Phelps`` kept)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds
from tests.shared import fnc1_body


def test_a_name_between_two_counters_is_the_gallerys() -> None:
    cleaned = clean(fnc1_body("2322"))
    assert "Michael Phelps" in kinds(cleaned.dropped)["caption"]
    assert "\nMichael Phelps\n" not in f"\n{cleaned.text}\n"
    assert "She had previously detailed their first date" in cleaned.text


def test_a_sentence_between_a_caption_and_its_copy_stays() -> None:
    text = (
        "Striking dockworkers picket the port on Monday. (AP Photo/Jane Doe)\n"
        "He has served in the role for the past eight years.\n"
        "Striking dockworkers picket the port on Monday. (AP Photo/Jane Doe)\n\n"
        "The union said talks would resume."
    )
    assert "He has served in the role" in clean(text).text
