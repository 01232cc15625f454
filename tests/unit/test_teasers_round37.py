"""Round 37: a round-up's first item's heading and a staff photographer's credit.

USA Today's "IN BRIEF" (PolNeAR usa-today 2015-12-22, seeds 1615 and 1616's judges): the
first item's headline, at the body's top, kept while the later items' were dropped. A
photographer's credit for an outlet that is no agency, ``Samantha-Jo Roth/HuffPost.``, and
the caption under it (PolNeAR huff-post 2016-02-12, seed 1618's judge).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._credits import is_maker_credit
from tests.shared import dropped_kinds as kinds

# PolNeAR usa-today 2015-12-22, shortened: each item under its headline, signed by its writer.
_BRIEF = (
    "IN BRIEF.\n"
    "\n"
    "Spain struggles to form post-election government.\n"
    "\n"
    "Spain braced for weeks of political uncertainty Monday after voters ended decades of "
    "two-party dominance by electing a fragmented Parliament made up of multiple parties.\n"
    "\n"
    "Prime Minister Mariano Rajoy's ruling conservative Popular Party took the most seats -- "
    "123 -- in Sunday's election, but it still fell far short of the 176 majority needed.\n"
    "\n"
    'Rajoy said Monday that he will "try to form a stable government" and insisted that his '
    'party was "still the No. 1 force in Spain."--Kim Hjelmgaard.\n'
    "\n"
    "'Stoic' driver identified in horror on Las Vegas Strip.\n"
    "\n"
    "The homeless woman accused of deliberately driving onto a packed sidewalk along the Las "
    "Vegas Strip told police she was stressed out by security guards.--John Bacon.\n"
    "\n"
    "Lakeisha Holloway, 24, will be charged with murder with a deadly weapon and other charges "
    "related to the incident Sunday evening that left one person dead.\n"
)


def test_a_round_ups_first_items_heading_is_dropped_as_the_later_ones_are() -> None:
    cleaned = clean(_BRIEF, first_line_is_title=True)
    headings = kinds(cleaned.dropped)["heading"]
    assert headings == [
        "Spain struggles to form post-election government.",
        "'Stoic' driver identified in horror on Las Vegas Strip.",
    ]
    assert cleaned.text.startswith("Spain braced for weeks")


def test_a_short_lede_stays_when_no_later_item_is_signed() -> None:
    # The same top line over a story that signs nowhere but at its end: a sentence (a lede).
    story = _BRIEF.replace('."--Kim Hjelmgaard.', '."').replace(
        "'Stoic' driver identified in horror on Las Vegas Strip.\n\n", ""
    )
    cleaned = clean(story, first_line_is_title=True)
    assert "heading" not in kinds(cleaned.dropped)
    assert cleaned.text.startswith("Spain struggles to form post-election government.")


# PolNeAR huff-post 2016-02-12: the photographer's credit, then the caption, between quotes.
_CREDITED = (
    "“Look at all these Bernie supporters here,” Paradis said with a smirk, looking over at "
    "Bennett.\n"
    "\n"
    "“They’re all here because he’s promising to give them all this free stuff,” Bennett shot "
    "back with a laugh.\n"
    "\n"
    "Samantha-Jo Roth/HuffPost.\n"
    "\n"
    "Jim Bennett and Sandy Paradis stand in front of a polling location in Manchester, New "
    "Hampshire, on Tuesday.\n"
    "\n"
    "Paradis, who has been active in politics since the age of 25, says she identifies as an "
    "independent, although she is currently registered as a Democrat.\n"
)


def test_a_photographers_credit_for_an_outlet_and_its_caption_are_dropped() -> None:
    dropped = kinds(clean(_CREDITED).dropped)
    assert dropped["credit"] == ["Samantha-Jo Roth/HuffPost."]
    assert dropped["caption"] == [
        "Jim Bennett and Sandy Paradis stand in front of a polling location in Manchester, New "
        "Hampshire, on Tuesday."
    ]


def test_slashed_pairs_that_are_no_credit_stay() -> None:
    assert is_maker_credit("Jean Baptiste Lacroix/WireImage")
    # One word before the slash: a pair of things, not a maker's name.
    assert not is_maker_credit("Either/Or.")
    # A sentence with a slash in it.
    assert not is_maker_credit("Still leaning toward fake/propaganda.")
    assert not is_maker_credit("We lost 3,000 people on 9/11.")


# PolNeAR usa-today 2016-02-17: the chart's title closes the body, the chart not scraped.
_CHARTED = (
    "Clinton fares only a bit better: 54% have a negative response to her nomination, "
    "including 21% who would be dissatisfied.\n"
    "\n"
    "The response to Sanders' nomination was an even split: 46% with a positive reaction -- "
    "including 16% who would be enthusiastic -- and 46% a negative one.\n"
    "\n"
    "Percentage of likely voters who say they would be scared if the candidate won their "
    "party's nomination:\n"
)


def test_a_charts_title_closing_the_body_is_dropped() -> None:
    cleaned = clean(_CHARTED)
    assert kinds(cleaned.dropped)["heading"] == [
        "Percentage of likely voters who say they would be scared if the candidate won their "
        "party's nomination:"
    ]
    assert cleaned.text.endswith("and 46% a negative one.")


def test_lead_ins_with_a_verb_or_an_article_stay() -> None:
    for lead_in in (
        "The percentage of likely voters who say they would be scared rose to 40 percent:",
        "Number of deaths rose to 50 on Monday, officials said:",
        "Here is how the voters in the survey answered the question about each candidate:",
    ):
        cleaned = clean(_CHARTED.replace(_CHARTED.split("\n\n")[-1], lead_in + "\n"))
        assert "heading" not in kinds(cleaned.dropped), lead_in
        assert cleaned.text.endswith(lead_in)


def test_a_long_line_under_a_first_item_shape_is_never_held() -> None:
    # A long line comes as bytes and is never held (memory stays flat whatever the line's
    # length): the line of an item's heading's shape above it is released as it is.
    from collections.abc import Iterator

    from annotate.corpus._first_items import first_items

    head = "Spain struggles to form post-election government."
    body = "Spain braced for weeks of political uncertainty after the vote on Sunday."
    long_line = bytearray(b"Word " * 100)
    lines: list[tuple[str, str | bytearray, int]] = [
        ("", head, 1),
        ("\n\n", body, 3),
        ("\n\n", long_line, 5),
        ("\n\n", body, 7),
    ]
    seen: list[int] = []

    def items() -> Iterator[tuple[str, str | bytearray, int]]:
        for item in lines:
            seen.append(item[2])
            yield item

    out: list[tuple[int, bool]] = []
    for _, _, number, cut in first_items(items(), lambda: None):
        out.append((number, cut))
        if number == 5:
            # The long line is given out as soon as it is read, with the two held above it.
            assert seen == [1, 3, 5]
    assert out == [(1, False), (3, False), (5, False), (7, False)]
