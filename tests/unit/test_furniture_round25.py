"""Round 25: page furniture the fresh draws on round 24 found kept, on the real lines.

A heading in capitals that ends on a glued dash (FNC-1 466, seed 1449's judge); a link under
its label, the address alone after the colon (PolNeAR train politico 2016-04-05, seed 1453's
judge; politico 2016-04-22); a maker's credit for an outlet (FNC-1 1368, seed 1455's judge).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._furniture import non_prose
from tests.shared import dropped_kinds as kinds


def test_a_heading_in_capitals_ending_on_a_dash_is_dropped() -> None:
    raw = (
        "ISIS USES CHEMICAL WEAPONS—\n"
        "URGENT: ISIS kills 300 Iraqi soldiers by chlorine gas attack in Saqlawiyah\n"
        "\n"
        "On Monday, several Iraqi officials confirmed that ISIS murdered over 300 soldiers using"
        " chlorine gas in Saqlawiyah, north of Fallujah.\n"
    )
    cleaned = clean(raw)
    assert cleaned.text.startswith("On Monday, several Iraqi officials")
    assert kinds(cleaned.dropped)["heading"] == ["ISIS USES CHEMICAL WEAPONS—"]


def test_a_dateline_ending_on_a_dash_is_not_a_heading() -> None:
    # FNC-1 2104 and test 1282: the dateline on its own line stays the dateline.
    assert non_prose("KANSAS CITY, MO (KCTV) -") is None
    assert non_prose("TAMPA (FOX 13) -") is None


def test_a_link_under_its_label_is_dropped() -> None:
    assert non_prose("2016 delegate tracker: http://politi.co/2176fPm.") == "link"
    assert non_prose("The full breakdown of poll responses is here: http://bit.ly/1rqqk8R.") == (
        "link"
    )


def test_a_sentence_that_gives_an_address_stays() -> None:
    # The address is part of what the sentence says, not all of it after a label.
    assert non_prose("The campaign posted the video at http://politi.co/2176fPm on Monday.") is None
    assert (
        non_prose(
            "Officials said the full report, which runs to 400 pages and covers every district"
            " in the state, is here: http://bit.ly/1rqqk8R."
        )
        is None
    )


def test_a_makers_credit_for_an_outlet_is_dropped() -> None:
    # FNC-1 1368 (seed 1455's judge, firm): the chart's credit at the top of the page.
    raw = (
        "Jeny Chang for BuzzFeed / Via Drug Policy Alliance data\n"
        "\n"
        "The New York Police Department will no longer arrest people for low-level marijuana"
        " possession, according to people with knowledge of the city’s drug strategy.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {
        "credit": ["Jeny Chang for BuzzFeed / Via Drug Policy Alliance data"]
    }


def test_a_headline_with_for_is_not_a_makers_credit() -> None:
    assert non_prose("Votes for Women") != "credit"
    assert non_prose("Clinton Campaigns for Sanders Voters in Ohio.") != "credit"


def test_a_sources_address_after_the_last_sentence_is_cut_off() -> None:
    # PolNeAR train politico 2015-12-11 (seed 1447's judge): a newsletter's quoted item closed
    # by the address it came from.
    raw = (
        '"The show has been running at the Theater Royal, Drury Lane, in London’s West End'
        ' since 2013." http://nyti.ms/1RcZGKu.\n'
    )
    cleaned = clean(raw)
    assert cleaned.text == (
        '"The show has been running at the Theater Royal, Drury Lane, in London’s West End'
        ' since 2013."'
    )
    assert kinds(cleaned.dropped) == {"link": ["http://nyti.ms/1RcZGKu."]}


def test_an_address_inside_a_sentence_or_a_tweets_link_stays() -> None:
    inside = "The video was posted at http://bit.ly/1N4Ghaw on Monday, officials said."
    assert clean(inside).text == inside
    pointer = "Find out via AP’s Election Buzz interactive. http://elections.ap.org/buzz."
    assert kinds(clean(pointer).dropped) == {"call": [pointer]}
