"""Round 26 (issue 12): a related story's headline and teaser set between a story's paragraphs.

Real lines from FNC-1 754 (fresh judges on round 25's HEAD), as they stand there: AP's story
on Kayla Mueller, a box between its first and second paragraphs with another story's headline
(no end mark) and its two teaser paragraphs, the last set close over the story's next
paragraph. The same paragraphs with every break a blank line, or with a headline that ends as
a sentence, stay.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._inserted_stories import inserted_stories
from tests.shared import dropped_kinds as kinds

LEDE = (
    "A statement attributed to the Islamic State group claimed that an American female hostage"
    " was killed in a Jordanian airstrike on Friday on the outskirts of the northern Syrian city"
    " of Raqqa, the extremist group’s main stronghold."
)
HEADLINE = "Jordan launches new airstrikes after vowing harsh war on ISIS"
TEASER = [
    "Dozens of Jordanian fighter jets bombed ISIS training centers and weapons storage sites"
    " Thursday, intensifying attacks after the militants burned to death a captured Jordanian"
    " pilot.",
    "As part of the new campaign, Jordan is also attacking targets in Iraq, said Foreign"
    " Minister Nasser Judeh. Up to now, Jordan had struck ISIS targets in Syria, but not Iraq,"
    " as part of a U.S.-led military coalition.",
]
NEXT = (
    "The statement identified the woman as Kayla Jean Mueller and said she was killed during"
    " Muslim prayers."
)
AFTER = "No Islamic State militants were killed in the airstrikes, the statement further claimed."


def test_the_box_is_its_headline_and_its_teaser() -> None:
    raw = f"{LEDE}\n\n{HEADLINE}\n\n{TEASER[0]}\n\n{TEASER[1]}\n{NEXT}\n\n{AFTER}"
    cleaned = clean(raw)
    assert kinds(cleaned.dropped)["headline"] == [HEADLINE]
    assert kinds(cleaned.dropped)["link"] == TEASER
    assert cleaned.text == f"{LEDE}\n\n{NEXT}\n\n{AFTER}"


def test_no_close_break_or_a_marked_line_no_box() -> None:
    spaced = f"{LEDE}\n\n{HEADLINE}\n\n{TEASER[0]}\n\n{TEASER[1]}\n\n{NEXT}\n\n{AFTER}"
    assert "link" not in kinds(clean(spaced).dropped)
    items = [("", LEDE, 1), ("\n\n", f"{HEADLINE}.", 3), ("\n\n", TEASER[0], 5)]
    items += [("\n", NEXT, 6)]
    assert all(not kind for *_, kind in inserted_stories(items))
