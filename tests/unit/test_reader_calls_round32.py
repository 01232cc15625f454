"""Round 32 (issue 12): calls to the reader the judges of seeds 1562, 1563 and 1565 found kept
(on ``7153c6f``, borderline): a pointer over to another site for the rest, inside a paragraph
(FNC-1 1321); a request for tips in brackets closing a paragraph (Gawker, FNC-1 1149); and a
digest's item that is only "Enjoy them both here." after its heading in capitals (PolNeAR
huff-post 2016-07-25)."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._reader_calls import split_calls, split_inner_calls
from tests.shared import dropped_kinds as kinds

# FNC-1 1321, line 12.
IO9 = (
    "Head to io9 to read the rest of Lauren Davis's research into this odd story. Other than "
    "that, all we can do now is wait for the specimen - which is reportedly sitting in a jar "
    "somewhere - to surface..."
)
# FNC-1 1149, line 3 (shortened).
GAWKER = (
    "Multiple sources tell Gawker that the offices of Vogue are dealing with a rat infestation. "
    "(If you have any other details, do get in touch.)"
)


def test_a_pointer_to_the_rest_elsewhere_inside_a_paragraph() -> None:
    rest, calls = split_inner_calls(IO9)
    assert calls == ["Head to io9 to read the rest of Lauren Davis's research into this odd story."]
    assert rest.startswith("Other than that, all we can do now")


def test_a_request_for_tips_in_brackets() -> None:
    body, calls = split_calls(GAWKER)
    assert calls == ["(If you have any other details, do get in touch.)"]
    assert body.endswith("a rat infestation.")


@pytest.mark.parametrize(
    "line",
    [
        "Enjoy them both here.",
        "Watch them all below.",
        "Head over to CNET for the full review.",
        "If you know anything more, please let us know.",
    ],
)
def test_calls(line: str) -> None:
    assert split_calls(line) == ("", [line])


@pytest.mark.parametrize(
    "line",
    [
        # Someone else to reach, not the site: a police appeal is the story's.
        "If you have any information, please get in touch with Crimestoppers.",
        "If you see the man, do not approach him.",
        # Going somewhere in the story, nothing to read there.
        "Head to the hospital to see the rest of the family.",
        "He said he would go to Paris for more talks.",
        # Enjoying something is no pointer without "here".
        "Enjoy them both.",
        "Enjoy it while it lasts.",
    ],
)
def test_story_sentences_stay(line: str) -> None:
    assert split_calls(line) == (line, [])
    assert split_inner_calls(f"He left. {line} Then he came back.")[1] == []


def test_a_call_after_a_digests_heading_in_capitals() -> None:
    # PolNeAR huff-post 2016-07-25, lines 16-20 (shortened): the item is only the call.
    raw = (
        "TURNS OUT EDGAR ALLEN POE WAS ONTO SOMETHING Crows and ravens are considered the "
        "“homicide detectives of the avian world.” [Quartz]\n"
        "HOLD ON TO YOUR DEERSTALKER HAT We finally have a trailer for season four of "
        "“Sherlock.” [Buzzfeed]\n"
        "WE’RE GEEKING OUT OVER THE ‘WONDER WOMAN’ AND ‘JUSTICE LEAGUE’ TRAILERS Enjoy them "
        "both here. [HuffPost]\n"
        "BEER NUTRITION LABELS ARE HAPPENING Liquid calories don’t count, right? [Vice]\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped)["call"] == ["Enjoy them both here."]
    assert "Liquid calories don’t count, right?" in cleaned.text
    assert "We finally have a trailer" in cleaned.text
