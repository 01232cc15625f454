"""Round 28: a lead-in to an embed that says something of it is the story's sentence."""

from __future__ import annotations

import pytest

from annotate.corpus._page_talk import is_page_lead


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 body 1438: the clip got Reddit's attention, a claim of the story.
        "Here's the clip that got Reddit's attention:",
        "Here is the video which shows the arrest:",
        # Since round 35, a declarative "here is" presenting its object is the story's
        # lead-in sentence too (FNC-1 2200, counted lost by seed 1589's judge; FNC-1 test 1723).
        "Here is the full video:",
        "Here's a promotional photo of the gold model:",
    ],
)
def test_lead_in_telling_of_its_object_is_kept(line: str) -> None:
    assert not is_page_lead(line)


@pytest.mark.parametrize(
    "line",
    [
        # The page's imperatives, each dropped on the 3,599 and still dropped.
        "Watch the clip below, via CNN:",
        "Watch that video below:",
        "Do you support Donald Trump? Like the page:",
    ],
)
def test_bare_pointer_is_still_a_page_lead(line: str) -> None:
    assert is_page_lead(line)
