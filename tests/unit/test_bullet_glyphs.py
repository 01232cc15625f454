"""Bullets left at a kept line's start (issue 12, round 20).

Real lines, from PolNeAR texts and FNC-1 train bodies (named beside each), in the layout they
come in; shortened where marked "...".
"""

from __future__ import annotations

from annotate.corpus._bullets import split_bullet
from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds


def test_a_symbol_fonts_bullet_letter_is_cut_off_the_sentence() -> None:
    # PolNeAR wash-post 2015-11-17 (the judges' seed 1388): Wingdings' disc reaches the text
    # as "l"; each item was a task that opened with it.
    raw = (
        "Soerens argued that:\n\n"
        'l The situation here is "entirely different" than in Europe, where Syrian refugees '
        "are flooding across borders. Here, an ocean away from the conflict, they aren't "
        "admitted until they are vetted for at least 18 months.\n\n"
        "l No terrorist incident has ever been traced to somebody admitted through the "
        "American refugee-resettlement program.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {"markup": ["l", "l"]}
    assert "\nl " not in cleaned.text
    assert '\n\nThe situation here is "entirely different"' in cleaned.text
    assert cleaned.text.rstrip().endswith("American refugee-resettlement program.")


def test_a_bullet_glyph_is_cut_off_and_the_item_kept() -> None:
    # FNC-1 1541's fact box: each fact a sentence set after a square.
    raw = (
        "The ailing fish, which has made a full recovery, was two years and 10 months old.\n\n"
        "■ Goldfish have a memory-span of at least three months.\n\n"
        "■ Goldfish have no eyelids, so they have to sleep with their eyes open.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {"markup": ["■", "■"]}
    assert "■" not in cleaned.text
    assert "\n\nGoldfish have no eyelids, so they" in cleaned.text


def test_letters_that_are_words_or_lower_case_stay() -> None:
    for line in (
        "u can't be serious, he wrote.",  # no capital after it
        "I think so.",
        "l'Osservatore Romano reported it.",
    ):
        assert split_bullet(line) == ("", line)
        assert clean(line + "\n").text.strip() == line
