"""Round 23 (issue 12): the page's questions to its reader that close the article are a call.

Real lines from FNC-1 train and test bodies and PolNeAR (named beside each), as they come in
the corpora.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._closing_prompts import is_reader_prompt, split_prompt_tail
from tests.shared import dropped_kinds as kinds

# FNC-1 2377: the story's last sentence before the prompt.
STORY = (
    "Others point out that this is a tourist area and any Bigfoot sighting is sure to increase "
    "the number of visitors (and possibly raise property values)."
)


@pytest.mark.parametrize(
    "prompt",
    [
        "What do you think?",  # FNC-1 2377
        # FNC-1 2502 (HollywoodLife): the second question is not one of opinion.
        "What do YOU think, HollywoodLifers? Are you tired of death hoaxes?",
        # FNC-1 877 and 2223.
        "Based on what we know so far about the Apple Watch, which model do you plan on getting?",
        # FNC-1 test 1189: three questions, one of them with "If so".
        "What do you make of this news? Do you think Microsoft will purchase Mojang? If so, do "
        "you think it will benefit the company?",
        # PolNeAR west-journal 2015-11-13: a quotation inside the question is still the page's.
        "What do you think of Trump’s attack on Carson last night? What do you think of Carson "
        "privately saying “pray for him” in response?",
    ],
)
def test_a_paragraph_of_questions_to_the_reader_closing_the_article_is_a_call(
    prompt: str,
) -> None:
    # A credit after it is furniture: the prompt still closes the story.
    cleaned = clean(f"{STORY}\n\n{prompt}\n\n[Image via: Shutterstock.com]\n")
    assert cleaned.text == STORY
    assert kinds(cleaned.dropped)["call"] == [prompt]


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        # FNC-1 86: the last paragraph's last sentence.
        (
            "While anybody outraging the modesty of a girl must get the harshest punishment, it "
            "has to be within the confines of the law. This kind of street justice must only be "
            "condemned. What is your take on the issue?",
            "What is your take on the issue?",
        ),
        # FNC-1 842: the run back to the first question, which asks nothing of opinion.
        (
            "Pictures of the 280 pound catfish are making waves on the internet today. Have you "
            "ever seen a catfish so big? Would you want to see a Wels catfish in person?",
            "Have you ever seen a catfish so big? Would you want to see a Wels catfish in person?",
        ),
    ],
)
def test_the_questions_closing_the_last_paragraph_are_cut_off_it(line: str, prompt: str) -> None:
    assert split_prompt_tail(line) == (line[: -len(prompt)].rstrip(), prompt)
    cleaned = clean(f"{STORY}\n\n{line}\n")
    assert cleaned.text == f"{STORY}\n\n{line[: -len(prompt)].rstrip()}"
    assert kinds(cleaned.dropped)["call"] == [prompt]


def test_the_same_questions_with_the_story_after_them_stay() -> None:
    # FNC-1 1700: the writer's rhetoric, with more story under it.
    text = (
        "Do you really want an extra item to charge every night?\n\n"
        "Do you really want to replace your watch every couple of years?\n\n"
        "Battery life is the question Apple has not answered.\n"
    )
    assert clean(text).text == text.strip()
    # And a prompt-shaped paragraph with a story paragraph after it.
    assert clean(f"What do you think?\n\n{STORY}\n").text == f"What do you think?\n\n{STORY}"


@pytest.mark.parametrize(
    "text",
    [
        "Can you blame them?",  # FNC-1 2411: rhetoric, no opinion asked
        "“What do you think?”",  # FNC-1 224: a speaker's
        "Q: Do you think Glass-Steagall should be reinstated?",  # an interviewer's
    ],
)
def test_questions_not_the_pages_to_its_reader_stay(text: str) -> None:
    assert not is_reader_prompt(text)
    assert clean(f"{STORY}\n\n{text}\n").text == f"{STORY}\n\n{text}"


def test_an_article_of_nothing_but_the_prompt_keeps_it() -> None:
    assert clean("What do you think?\n").text == "What do you think?"
