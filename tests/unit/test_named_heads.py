"""A round-up's section headings that name a person and a few words on them, alone in their
paragraph or glued to the section's first sentence (issue 12, round 11, ``fix/seg53``). Every
line is quoted from the article named."""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# PolNeAR train usa-today 2016-02-09 (New Hampshire primary): each candidate's section under
# "Name: goal.".
_GUIDE = [
    "Sanders: Win in a walk.",
    "Vermont Sen. Bernie Sanders has led former secretary of State Hillary Clinton in just "
    "about every statewide poll in New Hampshire this year, usually by double digits.",
    "Rubio: Finish second.",
    "Florida Sen. Marco Rubio is following what strategists dub a 3-2-1 strategy: Finish third "
    "in Iowa, second in New Hampshire and first in South Carolina.",
    "Cruz: Just hang on.",
    "No candidate has less at stake in New Hampshire than Cruz. He won the Iowa caucuses and "
    "has built formidable organizations in South Carolina and Super Tuesday states, especially "
    "across the South.",
]

# PolNeAR train nyt 2016-07-11 (failed hopefuls' ideas): "Name: Topic" glued to the section's
# first sentence.
_COLUMN = [
    "Jeb Bush: Student loans Some big ideas do come to pass. Obamacare did, after all. So let's "
    "assume for the moment that Mrs. Clinton gets elected and her college proposal becomes "
    "reality. There will still be students from families with incomes above $125,000 who may "
    "need to borrow.",
    "Under the Bush plan, there is no more confusing pile of loans with varying interest rates.",
    "Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls for "
    "credit score reform, ''to make the banking and credit industries work for borrowers and not "
    "just lenders.''",
    "Marco Rubio: Retirement accounts Two years ago, Senator Marco Rubio of Florida proposed "
    "that everyone in America ought to be able to invest through the United States government's "
    "retirement program, which is called the Thrift Savings Plan.",
]


def test_a_guide_s_people_headings_are_dropped() -> None:
    cleaned = clean("\n\n".join(_GUIDE))
    assert kinds(cleaned.dropped)["heading"] == [
        "Sanders: Win in a walk.",
        "Rubio: Finish second.",
        "Cruz: Just hang on.",
    ]
    assert "No candidate has less at stake in New Hampshire than Cruz." in cleaned.text


def test_glued_people_headings_are_cut_off_their_sections() -> None:
    cleaned = clean("\n\n".join(_COLUMN))
    assert kinds(cleaned.dropped)["heading"] == [
        "Jeb Bush: Student loans",
        "Bernie Sanders: Credit scores",
        "Marco Rubio: Retirement accounts",
    ]
    assert "Some big ideas do come to pass." in cleaned.text
    assert "Two years ago, Senator Marco Rubio of Florida proposed" in cleaned.text


def test_two_people_headings_are_no_series() -> None:
    # Two "Name: words." lines are as likely a transcript's: a series takes three names.
    cleaned = clean("\n\n".join(_GUIDE[:4]))
    assert "heading" not in kinds(cleaned.dropped)
    assert "Sanders: Win in a walk." in cleaned.text


def test_a_speaker_s_label_over_another_s_answer_stays() -> None:
    # A transcript's short answer: the paragraph under it opens with a label of its own.
    text = "\n\n".join(
        [
            "Sanders: Not at all.",
            "Rubio: No. " + _GUIDE[3],
            "Cruz: Just hang on.",
            "Kasich: " + _GUIDE[5],
        ]
    )
    assert "heading" not in kinds(clean(text).dropped)
