"""Round 26 (issue 12): decks that are noun phrases, under the title.

Real lines from PolNeAR wash-post 2016-07-15 (fresh judges on round 25's HEAD): two decks under
the headline, the first in headline case, the second in sentence case a blank line under it,
neither with a verb. A story that opens on a phrase without a verb (USA Today 2016-10-10) and
a deck that is a sentence whose verb the lists miss (wash-post 2016-10-25) stay.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

LEDE = (
    "A truck rammed into a crowd celebrating Bastille Day in the French Riviera city of Nice on"
    " Thursday night, killing at least 80 people in an apparent terrorist attack."
)


def _cleaned(*lines: str) -> tuple[str, dict[str, list[str]]]:
    cleaned = clean("\n\n".join(lines), first_line_is_title=True)
    return cleaned.text, kinds(cleaned.dropped)


def test_two_decks_without_a_verb_are_the_headline_s() -> None:
    text, dropped = _cleaned(
        "Truck attack in France kills at least 80.",
        "Suspected Terror on Bastille Day.",
        "'Carnage on the road' in southern city of Nice.",
        LEDE,
    )
    assert dropped["headline"] == [
        "Suspected Terror on Bastille Day.",
        "'Carnage on the road' in southern city of Nice.",
    ]
    assert text == LEDE


def test_a_phrase_opening_the_story_and_a_deck_that_is_a_sentence_stay() -> None:
    opening = "So much for the contrite Donald Trump."
    text, _ = _cleaned(
        "Video surfaces first thing in debate.",
        opening,
        "Running mate Mike Pence and other senior Republicans had warned the GOP presidential"
        " nominee he had to show regret and humility.",
    )
    assert text.startswith(opening)
    deck = "At Tennessee college, Republicans struggle over public endorsement."
    text, _ = _cleaned(
        "On campus, Trump backers have learned to keep opinions to themselves.",
        deck,
        "Behind the closed door of a private study room in their campus library, three members"
        " of the College Republicans talked about the election.",
    )
    assert text.startswith(deck)
