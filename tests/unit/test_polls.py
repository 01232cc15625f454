"""A poll box's question over its answers' buttons (annotate.corpus._polls, fix/seg65)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._polls import asks_poll
from tests.shared import dropped_kinds


def test_a_poll_s_question_over_its_buttons_is_dropped() -> None:
    # FNC-1 179 (a Polldaddy box) and FNC-1 1756 (the Mail's YES / NO box).
    raw = (
        "The nun gave birth to a baby boy in a hospital near Rieti.\n\n"
        "Are you shocked by this nun's story?\nYes\nNo\nVote\n\n"
        "She said she did not know she was pregnant.\n\n"
        "Would you eat at Kim Jong-un's restaurant?\n\nYES\n\nNO\n\n"
        "Mr Madden is a frequent visitor to Pyongyang."
    )
    cleaned = clean(raw)
    assert dropped_kinds(cleaned.dropped)["heading"] == [
        "Are you shocked by this nun's story?",
        "Would you eat at Kim Jong-un's restaurant?",
    ]
    assert "Rieti.\n\nShe said" in cleaned.text


def test_a_question_answered_in_words_stays() -> None:
    # The writer's question to the reader, and an interview's question and its reply.
    assert not asks_poll("Would you eat at Kim Jong-un's restaurant?", "")
    assert not asks_poll("Did you see him that night?", "Yes. I saw him at the bar.")
    assert not asks_poll("Did you see him that night?", "Yes, at the bar.")
    assert not asks_poll('"Did you see him?" she asked.', "Yes")
    raw = "So what do you think?\n\nShould the nun keep her baby?\n\nShe has not said."
    assert clean(raw).text == raw
