"""Round 35 (session 45): sentences around an embed the scrape lost.

A sentence the writer suspended on an ellipsis over a picture and resumed on one under it, in
lower case, is one task (FNC-1 1459 and 2051, read as firm boundary errors by seeds 1585 and
1587's judges; FNC-1 test 700, three lines around two pictures). A declarative lead-in that
presents the embed ("Here is the full video:", FNC-1 2200, counted lost by seed 1589's judge)
is the story's sentence; the page's imperative ("Watch the video below:") still goes.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._page_talk import is_page_lead
from annotate.corpus._segment import segment
from annotate.corpus._stubs import resumes_after_ellipsis
from tests.shared import dropped_kinds as kinds


def _tasks(body: str) -> list[str]:
    text = clean(body).text
    return [text[start:end] for start, end in segment(text)]


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        # FNC-1 1459: set close, the picture between lost.
        (
            "Anyway, if you are driving around and get overtaken by this…\n"
            "…do get in touch.\n\n"
            "Warner Bros representatives did not respond to inquiries.",
            "Anyway, if you are driving around and get overtaken by this… …do get in touch.",
        ),
        # FNC-1 2051: in paragraphs of their own, a relative clause resumed.
        (
            "Here’s the VITAL NEWS REPORT…\n\n"
            "…which bears a startling resemblance to a hoax that went around last year.\n\n"
            "And uses a photo of someone being arrested.",
            "Here’s the VITAL NEWS REPORT… …which bears a startling resemblance to a hoax that"
            " went around last year.",
        ),
        # FNC-1 test 700: three lines around two pictures, the last mark run on with a stop.
        (
            "The team played out disguising them…\n\n"
            "…waiting for the men to start catcalling…\n\n"
            "….and then giving them hell.\n\n"
            "Now, it didn’t actually happen.",
            "The team played out disguising them… …waiting for the men to start catcalling…"
            " ….and then giving them hell.",
        ),
    ],
)
def test_a_sentence_suspended_around_an_embed_is_one_task(body: str, sentence: str) -> None:
    assert sentence in _tasks(body)


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        # A capital after the mark may open a new sentence (FNC-1 1957).
        ("... show his suit to be perfectly clean during those moments...", "...And afterward:"),
        # The line before ended its sentence: a quotation cut at its start follows.
        ("He said it was over.", "…which it was not, he added."),
        # No mark opens the line: a lower-case start is the stub rule's, not this one's.
        ("He was telling me this…", "and then he left."),
        # A mark inside brackets is an omission in a quotation, not a suspension.
        ("He was telling me this…", "[…] and then he left."),
    ],
)
def test_lines_not_suspended_around_an_embed_stay_apart(previous: str, line: str) -> None:
    assert not resumes_after_ellipsis(previous, line)


def test_a_new_sentence_after_the_marks_stays_its_own_task() -> None:
    tasks = _tasks(
        "He showed his suit to be perfectly clean during those moments...\n\n"
        "...And afterward, he walked off the stage."
    )
    assert tasks == [
        "He showed his suit to be perfectly clean during those moments...",
        "...And afterward, he walked off the stage.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Here is the full video:",  # FNC-1 2200
        "Here's a promotional photo of the gold model:",  # FNC-1 test 1723
        "Below is a transcript of Sotloff's statement in the video:",  # FNC-1 test 799
        "Here's the video once again, via Raw Story:",  # FNC-1 1094
    ],
)
def test_a_declarative_lead_in_to_an_embed_is_no_page_lead(line: str) -> None:
    assert not is_page_lead(line)


@pytest.mark.parametrize(
    "line",
    [
        "Watch the video below:",  # FNC-1 test 2030
        "Watch the clip below, via CNN:",  # FNC-1 1776
        "See photos from the debate below:",  # PolNeAR 2016-03-15
        "Do you support Donald Trump? Like the page:",  # Western Journal
        "Story continues below the slideshow:",  # FNC-1 2043
        "Original Story:",  # FNC-1 691
    ],
)
def test_the_page_s_calls_and_labels_stay_page_leads(line: str) -> None:
    assert is_page_lead(line)


def test_the_lead_in_stays_with_the_story() -> None:
    # FNC-1 2200: the last lines, the embed lost under the lead-in.
    cleaned = clean(
        "“Thank God, the Mujahideen have them now,” the masked militant said.\n\n"
        "Here is the full video:\n\n"
        "This article originally appeared at The Washington Free Beacon."
    )
    assert "Here is the full video:" in cleaned.text
    assert "Here is the full video:" not in kinds(cleaned.dropped).get("link", [])
