"""Round 26 (issue 12): a lone head in capitals before a spaced dash, past the story's opening.

Real paragraphs from FNC-1 706 (fresh judges on round 25's HEAD): the wire's section head
``VERSION OF THE CONVENT -`` opening its fourth paragraph, with no other head of its shape on
the page. A place in capitals before a dash at the story's opening is its dateline, and a
later story's dateline with its region stays for the dateline rules.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

CONVENT = [
    "Arrived in the convent of Macerata in June last year, the religious is of South American"
    ' origin. But the abbess denied: "No sister gave birth to a child."',
    "A young cloistered nun, of Bolivian origin and 35 years, gave birth to a baby at the"
    " hospital Bartolomeo Eustachio San Severino Marche (Macerata).",
    "In San Severino cloistered convents are two, Santa Rita and Santa Caterina, but in the area"
    " there are many other religious structures.",
    "VERSION OF THE CONVENT - From the convent of the Missionary Sisters of the Love of the Heart"
    " of Christ of San Severino Marche ensure that the young woman who has given birth"
    ' "is not a nun, is a girl that we are helping."',
]


def test_a_lone_dashed_head_past_the_opening_is_cut() -> None:
    cleaned = clean("\n\n".join(CONVENT))
    assert kinds(cleaned.dropped)["heading"] == ["VERSION OF THE CONVENT -"]
    assert "\n\nFrom the convent of the Missionary Sisters" in cleaned.text


def test_datelines_stay() -> None:
    # At the opening: the story's dateline.
    opening = (
        "NEW YORK CITY — The New York Police Department will no longer arrest people for"
        " low-level marijuana possession, the mayor said on Monday."
    )
    assert "heading" not in kinds(clean("\n\n".join([opening, *CONVENT[:3]])).dropped)
    # Later, with its region after a comma: another story's dateline.
    later = (
        "HEADQUARTERS MARINE CORPS, WASHINGTON — The Marine Security Force left the American"
        " embassy in Sanaa on Wednesday, a spokesman said."
    )
    assert "heading" not in kinds(clean("\n\n".join([*CONVENT[:3], later])).dropped)
