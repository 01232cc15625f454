"""Headings, links and lists, round 12 (issue 12, `fix/seg56`).

Real lines from FNC-1 train bodies and PolNeAR texts (named beside each). Each rule has a test
on the lines it was made for and one on nearby lines that must stay as they were.
"""

from __future__ import annotations

from annotate.corpus._boundaries import correct
from annotate.corpus._clean import clean
from annotate.corpus._related import is_sibling_teaser
from annotate.corpus._sections import heads_next_item
from annotate.corpus._segment import split_sentences


def _dropped(lines: list[str], kind: str) -> list[str]:
    return [d.text for d in clean("\n".join(lines)).dropped if d.kind == kind]


# PolNeAR breitbart 2016-01-19 (long-time leaders of conservatives): "1. ... 2. ..." inside a
# quotation, the numbers in order.
def test_an_inline_list_numbered_with_stops_stays_in_its_sentence() -> None:
    assert split_sentences(
        "“I can point to only two accomplishments—1. Welfare reform 2. Two Supreme Court "
        "justices. Besides that, not a single accomplishment,” Bozell answers."
    ) == [
        "“I can point to only two accomplishments—1. Welfare reform 2. Two Supreme Court justices.",
        "Besides that, not a single accomplishment,” Bozell answers.",
    ]


def test_a_number_ending_a_sentence_is_no_list_marker() -> None:
    # Pieces as pysbd might cut them: "1." after a word, not a dash or a colon, opens no list.
    line = "Apple ranked 1. Google ranked 2. Amazon came third."
    spans = [(0, 15), (16, 32), (33, len(line))]
    assert correct(line, spans) == spans
    listed = "Apple ranked—1. Google ranked 2. Amazon came third."
    assert correct(listed, [(0, 15), (16, 32), (33, len(listed))]) == [(0, len(listed))]


# USA Today's "Litany of mistakes." (PolNeAR usa-today 2016-07-07): the first of a series of
# subheadings, sharing no word with its section; its siblings are dropped.
_FBI = [
    '"I\'d rather have a sister in a whorehouse than a brother in the FBI." That quote from '
    "Alabama Securities Commissioner Thomas Krebs appeared on the front page of The Wall Street "
    "Journal in 1980.",
    "",
    "Litany of mistakes.",
    "",
    "The FBI had interviewed Boston Marathon bomber Tamerlan Tsarnaev, after being warned by the "
    "Russian government that he was a threat, but still did nothing.",
    "",
    "It was also painful to the families of the nine people who were killed.",
    "",
    "This has to be very painful to the many hardworking non-political people at the FBI.",
    "",
    "Sliding reputation.",
    "",
    "A fish rots from the head, and it's hard to see how the sort of high-level assault on the "
    "rule of law that Comey's decision in Clinton's case can fail to trickle down, with the "
    "bureau's reputation among Americans in general inevitably, and justifiably, suffering.",
]


def test_the_first_of_a_series_of_subheadings_is_dropped_with_its_siblings() -> None:
    assert _dropped(_FBI, "heading") == ["Litany of mistakes.", "Sliding reputation."]


def test_a_short_line_without_a_sibling_stays() -> None:
    lines = _FBI[:-4]
    assert _dropped(lines, "heading") == []
    assert "Litany of mistakes." in clean("\n".join(lines)).text


# FNC-1 body 1006: links under "STORY:", one of them ending in its headline's own marks.
_STORIES = [
    "The acquisition extends a real estate deal spree as Google expands hiring and makes "
    "acquisitions.",
    "",
    "STORY: Beijing Aims to Reduce Hazardous Smog Ahead of APEC",
    "“We expect to continue to hire aggressively for the remainder of 2014,” Google said.",
    "",
    "The campus is next to restored wetlands that are part of the San Francisco Bay Wildlife "
    "Refuge.",
    "",
    "STORY: Alibaba Should Buy eBay. Who Wants PayPal?",
    "Starwood Capital bought Pacific Shores Center in December 2006.",
]


def test_a_link_under_its_siblings_label_is_dropped() -> None:
    assert _dropped(_STORIES, "link") == [
        "STORY: Beijing Aims to Reduce Hazardous Smog Ahead of APEC",
        "STORY: Alibaba Should Buy eBay. Who Wants PayPal?",
    ]


def test_a_speakers_turn_under_a_label_stays() -> None:
    assert not is_sibling_teaser("TAPPER: Do you think the Senate will act on it?", {"TAPPER"})
    assert not is_sibling_teaser("STORY: Alibaba Should Buy eBay. Who Wants PayPal?", set())


# The round-up's next item may open on a quotation: its opening mark, not a closing one.
def test_a_round_up_item_heading_may_open_on_a_quote() -> None:
    before = 'Rajoy said he will "try to form a stable government."--Kim Hjelmgaard.'
    body = "The homeless woman accused of driving onto a packed sidewalk told police she did it."
    assert heads_next_item("“Stoic” driver identified in horror on Las Vegas Strip.", before, body)
    assert not heads_next_item("” driver identified in horror on Las Vegas Strip.", before, body)


# NYT's week ahead (PolNeAR nyt 2016-11-07): each section a label in capitals, then its
# headline, then its paragraphs; two headlines of seven words were kept.
_WEEK = [
    "Here's a look at what's coming this week:",
    "",
    "BANKING.",
    "",
    "Earnings reports for HSBC and UniCredit.",
    "",
    "Earnings season is set to draw to a close as the last of Europe's biggest banks report "
    "their third-quarter results. Chad Bray.",
    "",
    "BANKING.",
    "",
    "Goldman Sachs to add to partner class.",
    "",
    "On Wednesday, Goldman Sachs is expected to disclose the list of its vaunted new partner "
    "class, something the firm does every two years.",
    "",
    "ENTERTAINMENT INDUSTRY.",
    "",
    "Disney to address low ratings at ESPN.",
    "",
    "It could be a tricky earnings call for senior Walt Disney executives on Thursday.",
]


def test_a_sections_headline_under_its_label_is_dropped() -> None:
    headings = _dropped(_WEEK, "heading")
    assert "Goldman Sachs to add to partner class." in headings
    assert "Disney to address low ratings at ESPN." in headings


def test_a_short_paragraph_under_a_first_label_stays() -> None:
    # No headline under a label has been dropped yet: the page's sections are not known.
    lines = [
        "The company reported its results on Monday, and analysts were pleased with them.",
        "",
        "UPDATE.",
        "",
        "Goldman Sachs said it would add more partners.",
        "",
        "On Wednesday, Goldman Sachs is expected to disclose the list of its vaunted new partner "
        "class, something the firm does every two years.",
    ]
    assert "Goldman Sachs said it would add more partners." in clean("\n".join(lines)).text
