"""Round 33 (issue 12): lines the judges of seeds 1565-1574 found dropped or kept against their
kind (on ``8cab7aa``, borderline): a writer's bracketed aside taken for a credit (FNC-1 1453); a
statement of where the page's video sits taken for a call (FNC-1 691); and the page's notices
kept: a promise to update "this post" (FNC-1 258), a column's standing blurb (FNC-1 2090) and
AP's "The Latest" label over a rule (PolNeAR breitbart 2016-02-08)."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from annotate.corpus._furniture import non_prose
from annotate.corpus._live_updates import is_standing_header
from annotate.corpus._notices import is_site_notice
from annotate.corpus._reader_calls import split_calls
from tests.shared import dropped_kinds as kinds

ASIDE = "[Insert outrage/uncontrollable glee here]"  # FNC-1 1453, line 7


def test_a_bracketed_aside_is_no_credit() -> None:
    assert split_credits(ASIDE) == (ASIDE, [])
    cleaned = clean(
        "According to this Reddit post, the image was taken in downtown Seattle.\n\n"
        f"{ASIDE}\n\nThe thing is, the graffiti appears to be the work of pranksters.\n"
    )
    # Round 38: a line wholly in square brackets without a sentence's stop is an editor's
    # insertion, dropped as a note, not as a credit (FNC-1 1453, seed 1624's judge).
    assert ASIDE not in cleaned.text
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("note", ASIDE)]


@pytest.mark.parametrize(
    "credit",
    ["[Variety]", "[iGen.fr via MacRumors]", "[Image via YouTube]", "[Lead image via SoundCloud.]"],
)
def test_bracketed_sources_stay_credits(credit: str) -> None:
    assert split_credits(f"He quit on Monday. {credit}") == ("He quit on Monday.", [credit])


def test_a_bracketed_link_to_another_story_is_a_link() -> None:
    # FNC-1 831: The Washington Post's link between two paragraphs, once taken as a credit.
    assert non_prose("[Read: The tactics of Islamic State beheadings]") == "link"
    assert non_prose(ASIDE) is None
    assert non_prose("[Watching the clip again, he laughed.]") is None


@pytest.mark.parametrize(
    "line",
    [
        "The video is embedded below.",  # FNC-1 691 (seeds 1550, 1573)
        "The full post can be read below:",  # FNC-1 test 911
        "Our original post is below:",  # FNC-1 test 211
    ],
)
def test_where_a_piece_sits_on_the_page_is_a_lead_in(line: str) -> None:
    assert split_calls(line) == (line, [])


@pytest.mark.parametrize(
    "line",
    [
        "The full story is here.",  # FNC-1 1849
        "The full poll can be found here.",  # PolNeAR breitbart 2016-02-18
        "Watch the video below.",
    ],
)
def test_a_link_s_pointer_or_an_imperative_stays_a_call(line: str) -> None:
    assert split_calls(line) == ("", [line])


def test_the_page_s_promise_to_update_itself_is_cut() -> None:
    # FNC-1 258, line 7: the sentence before it is the story's.
    story = (
        "HuffPost Entertainment contacted representatives for Plant and Branson to see if "
        "they had any further comment on the story."
    )
    notice = "This post will be updated if and when they provide a response."
    assert split_calls(f"{story} {notice}") == (story, [notice])
    for news in (
        "The report will be updated annually.",
        "This law will be updated next year, the minister said.",
    ):
        assert split_calls(news) == (news, [])


BLURB = "And Finally is our weekly synopsis of the rumours and rumblings of the wearable world."


def test_a_column_s_standing_blurb_is_a_notice() -> None:
    # FNC-1 2090, line 5: the blurb, then the call to come back, on one line.
    call = (
        "Make sure you come back to Wareable for the latest big wearable tech news, reviews "
        "and analysis."
    )
    assert is_site_notice(BLURB)
    cleaned = clean(f"Apple's watch launches on 9 March.\n\n{BLURB} {call}\n\nIt costs $349.\n")
    assert cleaned.text == "Apple's watch launches on 9 March.\n\nIt costs $349."
    assert BLURB in kinds(cleaned.dropped)["call"][0]


@pytest.mark.parametrize(
    "line",
    [
        "The show is a weekly look at the news of the wearable world.",
        "Meet the Press is their weekly review of politics.",
        "And Finally is our weekly synopsis. It has run since 2014 and won prizes.",
    ],
)
def test_a_story_s_words_on_a_column_stay(line: str) -> None:
    assert not is_site_notice(line)


def test_ap_s_latest_over_a_rule_is_a_standing_header() -> None:
    # PolNeAR breitbart 2016-02-08: the header, then AP's rule, then the first stamp.
    header = (
        "The Latest on the race for the White House with one day to go until the New "
        "Hampshire primary (all times local):"
    )
    assert is_standing_header(header, "___.", None)
    # PolNeAR breitbart 2016-06-04: AP's delegate count leads into its table over a rule.
    lead_in = (
        "A look at where the race for those delegates stands, based on an Associated Press "
        "count, heading into the Virgin Islands’ caucuses Saturday in which seven delegates "
        "are at stake:"
    )
    assert not is_standing_header(lead_in, "___.", None)
