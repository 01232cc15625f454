"""Round 25: a tabloid's key points in headlinese at the top of the story (FNC-1 1958, seed
1442's judge; FNC-1 2528, seed 1463's judge), dropped as headlines; the points with a verb,
which read as a deck's sentences, stay.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

_LIBYA = (
    "Eleven planes missing from Tripoli Airport after it was taken by Islamic rebels\n\n"
    "Fighters from group Libyan Dawn have posed for pictures with aircraft\n\n"
    "U.S. officials warn planes could be used to carry out terror attacks on 9/11\n\n"
    "September 11 also marks anniversary of attack on US embassy in Libya\n\n"
    "Libyan terrorists have posted pictures of themselves online posing with some of the"
    " aeroplanes taken from Tripoli airport after fighters seized it last month.\n"
)
_FOLEY = (
    "Intelligence agencies hunting for identity of jihadist who murdered reporter\n\n"
    "Reports have suggested Abdel-Majed Abdel Bary, a 23-year-old from London\n\n"
    "Abu Hussain al-Britani, 20, and Abu Abdullah al-Britani, also potential match\n\n"
    "Young men have posed with heads and 'launched cyber attacks on West'\n\n"
    "British intelligence agencies are closing in on the identity of the masked jihadist.\n"
)


def test_the_key_points_in_headlinese_are_headlines() -> None:
    cleaned = clean(_LIBYA)
    assert kinds(cleaned.dropped) == {
        "headline": [
            "Eleven planes missing from Tripoli Airport after it was taken by Islamic rebels"
        ]
    }
    assert cleaned.text.startswith("Fighters from group Libyan Dawn have posed")
    assert kinds(clean(_FOLEY).dropped) == {
        "headline": [
            "Intelligence agencies hunting for identity of jihadist who murdered reporter",
            "Abu Hussain al-Britani, 20, and Abu Abdullah al-Britani, also potential match",
        ]
    }


def test_a_relative_clause_in_the_subject_does_not_hide_the_verb() -> None:
    # FNC-1 2345's point: the main verb after "who made the recording".
    raw = _LIBYA.replace(
        "Eleven planes missing from Tripoli Airport after it was taken by Islamic rebels",
        "The individual who made the recording has remained anonymous but handed tape over",
    )
    assert "headline" not in kinds(clean(raw).dropped)


def test_two_unmarked_lines_or_a_story_without_marks_are_no_box() -> None:
    two = "Eleven planes missing from Tripoli Airport\n\nFighters from group Libyan Dawn posed\n\n"
    assert "headline" not in kinds(clean(two + "The story goes on here.\n").dropped)
    # No marked paragraph after the run: the page lost its marks, nothing is a box.
    unmarked = "\n\n".join(
        ["Eleven planes missing from Tripoli Airport today"] * 1
        + [
            "Fighters from group Libyan Dawn have posed for pictures",
            "Officials warn planes could be used in attacks",
            "Nobody knows where the planes are now",
        ]
    )
    assert "headline" not in kinds(clean(unmarked).dropped)
