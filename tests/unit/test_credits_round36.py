"""Round 36 (credits): a contributor's credit in its short form, names and "contributed."
(PolNeAR politico 2016-01-05, seed 1596's judge); a teaser repeating the lead without the
lead's "New Delhi:" dateline (FNC-1 35, seed 1596's judge); the site asking its readers to
share their picks below (FNC-1 852, seed 1598's judge) and a closing question about what the
reader did (FNC-1 1535, seed 1594's judge)."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._closing_prompts import is_reader_prompt
from annotate.corpus._credits import split_credits
from annotate.corpus._dateline import undated
from annotate.corpus._reader_calls import split_calls
from tests.shared import dropped_kinds as kinds

# PolNeAR train politico_2016-01-05 ("Republicans blast Obama after no ..."), its last lines.
POLITICO_END = (
    "The president is expected to detail his executive actions in a town hall on Thursday.\n\n"
    "Nolan McCaskill contributed.\n"
)


def test_short_contributor_credit_is_dropped() -> None:
    cleaned = clean(POLITICO_END)
    assert kinds(cleaned.dropped).get("credit") == ["Nolan McCaskill contributed."]
    assert cleaned.text.endswith("in a town hall on Thursday.")


@pytest.mark.parametrize(
    "line",
    [
        "Nolan McCaskill contributed.",
        "Nolan McCaskill and Jane Doe contributed.",
        "The Associated Press contributed.",
    ],
)
def test_short_credit_forms(line: str) -> None:
    assert split_credits(line) == ("", [line])


@pytest.mark.parametrize(
    "line",
    [
        "He contributed $500 to the campaign.",
        "Everyone contributed.",
        "He and I contributed.",
        "Smith contributed.",
        "Both parties contributed to the deficit.",
    ],
)
def test_prose_about_contributing_stays(line: str) -> None:
    assert split_credits(line) == (line, [])


# FNC-1 35 (NDTV): the lead, with its dateline, and the related box's teaser repeating it.
LEAD = (
    "New Delhi: AK Verma, an executive engineer at the Central Public Works Department, was "
    "fired after last appearing for work in December 1990."
)
TEASER = LEAD.removeprefix("New Delhi: ")


def test_teaser_repeating_the_lead_without_its_dateline_is_a_duplicate() -> None:
    text = LEAD + "\nIt took another 22 years to remove him, the government said.\n\n" + TEASER
    cleaned = clean(text + "\n")
    assert kinds(cleaned.dropped).get("duplicate") == [TEASER]
    assert cleaned.text.count("AK Verma") == 1


def test_short_answer_after_a_label_leaves_no_duplicate() -> None:
    # An interview's answers: a short one after its label is no key for a later reply.
    assert undated("A: No.") == ""
    text = "A: No.\nHe paused for a long time before he went on.\n\nNo.\n"
    assert "duplicate" not in kinds(clean(text).dropped)


def test_a_different_sentence_after_a_dateline_is_kept() -> None:
    text = LEAD + "\n\nAK Verma, the engineer, said he had been ill for most of those years.\n"
    assert "duplicate" not in kinds(clean(text).dropped)


# FNC-1 852 (Gizmodo), its last paragraph after the writer's questions.
GIZMODO = (
    "Is it Woody Harrelson you see telling you to stay both hungry and foolish? Anyone's "
    "better than Ashton."
)
SHARE = (
    "So share your top picks down below, and help us find the perfect Steve to Seth Rogan's "
    "(presumably) stoned, ever-guffawing Woz."
)


def test_request_to_share_below_is_a_call() -> None:
    assert split_calls(SHARE) == ("", [SHARE])
    cleaned = clean(GIZMODO + "\n\n" + SHARE + "\n")
    assert kinds(cleaned.dropped).get("call") == [SHARE]


@pytest.mark.parametrize(
    "line",
    [
        "Leave your bags below deck.",
        "He asked fans to share their picks below the video.",
        "Post your letter to the council by Friday.",
    ],
)
def test_share_below_near_misses_stay(line: str) -> None:
    assert split_calls(line) == (line, [])


# FNC-1 1535: the question to the reader closing the story of a son's holiday gift.
GIFT = (
    "“Your house is paid off. Merry Xmas. – Joe,” the note reads along with a check list.\n\n"
    "WHAT DID YOU GET your parents for the holidays?\n"
)


def test_closing_question_about_what_the_reader_did_is_a_call() -> None:
    cleaned = clean(GIFT)
    assert kinds(cleaned.dropped).get("call") == ["WHAT DID YOU GET your parents for the holidays?"]


@pytest.mark.parametrize(
    "question", ["What did you expect?", "What did he get his parents?", "Can you blame them?"]
)
def test_rhetorical_or_third_person_questions_are_not_prompts(question: str) -> None:
    assert not is_reader_prompt(question)
