"""Round 37 (issue 12): links the judges of round 36 found kept as tasks (on ``81debf3``): an
address in brackets set alone between two sentences (FNC-1 230, seed 1610's judge), and a
pointer to a link in brackets closing a live blog's entry, before the mark that closes the
entry's quotation (PolNeAR huff-post 2016-02-01, seed 1606's judge); the same pointers on
CNBC's and Prevention's pages (FNC-1 test 627, test 2539) and those not in brackets that end
on the link's "here", closing a paragraph (FNC-1 test 644) or inside one (test 1189, 1687)."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._link_tails import split_inner_links
from annotate.corpus._reader_calls import split_calls, split_inner_calls
from tests.shared import dropped_kinds as kinds

# FNC-1 230, line 7.
EMERGENT = (
    "Emergent is saying that this is currently unverified. "
    "(http://www.emergent.info/cub-of-baghdadi). They say that it has been circulating social "
    "media since at least September 26."
)
# PolNeAR train huff-post 2016-02-01 read-live-updates-on-the-iowa-ca, lines 13-15.
IOWA = (
    '"Sen. Bernie Sanders (I-Vt.) took the stage in Iowa late Monday night trailing former '
    "Secretary of State Hillary Clinton by just 0.3 percentage points.\n"
    "Sanders said he just barely trailed Clinton with 94 percent of precincts reporting. "
    'Clinton had 49.9 percent to Sanders’ 49.6 percent. (See the latest results here.)"\n'
)


def test_an_address_in_brackets_between_two_sentences() -> None:
    rest, links = split_inner_links(EMERGENT)
    assert links == ["(http://www.emergent.info/cub-of-baghdadi)."]
    assert rest == (
        "Emergent is saying that this is currently unverified. They say that it has been "
        "circulating social media since at least September 26."
    )
    cleaned = clean(EMERGENT + "\n")
    assert kinds(cleaned.dropped)["link"] == ["(http://www.emergent.info/cub-of-baghdadi)."]
    assert "unverified. They say" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # An address inside its sentence is the sentence's.
        "The video was posted at http://bit.ly/1N4Ghaw on Monday. Then it spread.",
        "It was first shared here: https://twitter.com/x/status/1 and then it spread.",
        # After a colon it is what the sentence leads into.
        "I found the feed: https://twitter.com/ISOiOS_2 He started using it on Oct 3.",
        # Before a dash the writer's run-on goes on (FNC-1 230, line 77).
        "It was the tweet I put in. https://twitter.com/1Hmdh/status/5159 - however, it is odd.",
        # A tweet's own link is taken with the tweet.
        "Watch it. http://t.co/SsW7KXqRxI The Tweet says so.",
    ],
)
def test_addresses_that_stay(line: str) -> None:
    assert split_inner_links(line) == (line, [])


def test_a_bracketed_pointer_before_the_entry_closes_its_quotation() -> None:
    cleaned = clean(IOWA)
    assert kinds(cleaned.dropped)["call"] == ['(See the latest results here.)"']
    assert cleaned.text.rstrip().endswith("Clinton had 49.9 percent to Sanders’ 49.6 percent.")


@pytest.mark.parametrize(
    ("line", "call"),
    [
        # FNC-1 test 627, line 9 (shortened).
        (
            "Shares of Microsoft traded slightly lower in premarket trading. (Get the latest "
            "quote here.)",
            "(Get the latest quote here.)",
        ),
        # FNC-1 test 2539, line 17 (shortened).
        (
            "When your next snack attack rolls around, reach for a handful of nuts. (Check out 5 "
            "more high-protein snacks.)",
            "(Check out 5 more high-protein snacks.)",
        ),
        # FNC-1 test 644, line 13.
        (
            "Re/Code reports that the brand name might not survive. Read the re/code.net "
            "coverage here.",
            "Read the re/code.net coverage here.",
        ),
    ],
)
def test_pointers_to_a_link(line: str, call: str) -> None:
    body, calls = split_calls(line)
    assert calls == [call]
    assert body == line[: -len(call)].rstrip()


@pytest.mark.parametrize(
    "line",
    [
        # A story's aside in brackets explains (FNC-1 test 2539, line 9).
        "The research shows an association. (In other words, there’s no way to tell which came "
        "first, the plaque or the egg.)",
        # An imperative set off by a comma, a label, a question: no pointer.
        "He said it. (See, I told you so.)",
        "He said it. (Read: a veto.)",
        "He said it. (Get it?)",
        # An aside on how to take the story; a place named in capitals is no link's title.
        "The senator spoke last. (Read into that what you will.)",
        "He left. (See what happened in Des Moines.)",
        # A quotation the line holds whole is a speaker's.
        '"Clinton had 49.9 percent. (See the latest results here.)"',
        # "here" as a place, not a link (PolNeAR nyt 2016-02-17).
        "He spoke at a civic center here.",
        "We came back. See you here.",
    ],
)
def test_story_sentences_stay(line: str) -> None:
    assert split_calls(line) == (line, [])


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 test 1189, line 5 (shortened).
        "A PlayStation 3 iteration launched late in 2013. You can read our review here. The "
        "only other known, upcoming version of the game is due out in the coming months.",
        # FNC-1 test 1687 (shortened).
        "Mr Sotloff's mother pleaded with her son's captors. You can see her video plea here. "
        "The American journalist Steven Sotloff has reportedly been beheaded.",
    ],
)
def test_a_pointer_to_here_between_sentences(line: str) -> None:
    rest, calls = split_inner_calls(line)
    assert len(calls) == 1
    assert calls[0].endswith(" here.")
    assert rest == line.replace(f" {calls[0]}", "")


@pytest.mark.parametrize(
    "line",
    [
        "He came back. See you here. Then he left.",
        # "here" as a place (PolNeAR nyt 2016-02-17, FNC-1 2058).
        "It's hard to know who's telling the truth here. Then it ended.",
        "Watch what happens here in Iowa. Then go.",
    ],
)
def test_here_sentences_that_stay(line: str) -> None:
    assert split_inner_calls(line) == (line, [])
