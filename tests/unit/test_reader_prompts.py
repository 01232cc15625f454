"""Round 22 (issue 12): the questions a call asks the reader to answer go with the call.

Real lines from FNC-1 train and test bodies and PolNeAR (named beside each), as one paragraph
each, as they come in the corpora.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._reader_calls import split_calls
from tests.shared import dropped_kinds as kinds

STORY = "Phelps is going to rehab, he confirms on Twitter, following his latest arrest."


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        # FNC-1 1161 (HollywoodLife): the run of questions, the second not to "you".
        (
            "How do YOU feel about death hoaxes, HollywoodLifers? Are they entertaining or "
            "just plain scary? Tell us how you feel!",
            [
                "How do YOU feel about death hoaxes, HollywoodLifers?",
                "Are they entertaining or just plain scary?",
            ],
        ),
        # FNC-1 1806: a question without its subject, before "Drop us a line".
        (
            "Have any tips that could confirm whether something is really going on with these "
            "two, or his status with McMurry? Drop us a line and let us know!",
            [
                "Have any tips that could confirm whether something is really going on with "
                "these two, or his status with McMurry?"
            ],
        ),
        # FNC-1 1094 (Jezebel): an address to write to is the call.
        (
            "Were you in the Dallas airport the other day? Did you see Paul Rudd tackle a "
            "gay-basher? Email me: anna.merlan@jezebel.com.",
            [
                "Were you in the Dallas airport the other day?",
                "Did you see Paul Rudd tackle a gay-basher?",
            ],
        ),
        # FNC-1 test 681: a title in quotes inside the question is still the page's question.
        (
            'Is it okay to say "Merry Christmas" to strangers? Tell us in the comments.',
            ['Is it okay to say "Merry Christmas" to strangers?'],
        ),
    ],
)
def test_the_questions_before_a_call_to_answer_go_with_it(line: str, prompt: list[str]) -> None:
    kept, calls = split_calls(line)
    assert kept == ""
    assert calls[: len(prompt)] == prompt
    # In an article, the paragraph is dropped whole as the call, the story before it kept.
    cleaned = clean(f"{STORY}\n\n{line}\n")
    assert cleaned.text == STORY
    assert kinds(cleaned.dropped)["call"] == [line]


def test_a_question_before_a_pointer_or_alone_stays() -> None:
    # FNC-1 168: the pointer sends the reader away; it does not ask for an answer.
    kept, calls = split_calls(
        "Do you disagree? Check out my counterpoint, “The Case Against the $10 Bill“"
    )
    assert kept == "Do you disagree?"
    assert len(calls) == 1
    # A reader's question that closes a paragraph with no call after it is the writer's.
    assert split_calls("He quit. What do you think?") == ("He quit. What do you think?", [])


def test_a_speakers_question_before_a_call_stays() -> None:
    # A quoted question is the story's, whatever the call after it asks.
    assert split_calls("“Why would he lie?” Tell us what you think.") == (
        "“Why would he lie?”",
        ["Tell us what you think."],
    )
