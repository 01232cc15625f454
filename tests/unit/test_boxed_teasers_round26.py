"""Round 26 (issue 12): a teaser that asks, under a box's label of related stories.

Real lines from FNC-1 862 (fresh judges on round 25's HEAD): the first of five teasers under
"MORE STORIES" asks a question, and was kept as the story's sentence while the four others
were dropped as links. Outside a box, a label in capitals and a question stays: a transcript's
turn.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

BEFORE = "“One thing led to the next, and we made love during halftime,” she said."
BOX = [
    "MORE STORIES",
    "FUNDING CUTS: Is this the end for our ABC?",
    "TEARFUL APOLOGY: Accused breaks down over fatal smash",
    "POWER LOST: Fire and big rain as storm smashes city",
]
AFTER = "Phelps was arrested for drunk driving and entered rehab last month."


def test_the_teaser_that_asks_is_a_link_in_the_box() -> None:
    cleaned = clean("\n\n".join([BEFORE, *BOX, AFTER]))
    assert kinds(cleaned.dropped)["link"] == BOX[1:]
    assert cleaned.text == f"{BEFORE}\n\n{AFTER}"


def test_a_turn_that_asks_outside_a_box_stays() -> None:
    turn = "TAPPER: Do you think the Senate will act on this bill before the recess?"
    cleaned = clean("\n\n".join([BEFORE, turn, AFTER]))
    assert turn in cleaned.text
