"""Round 38 (issue 12), from seed 1625's judge on FNC-1 648 (iMediaEthics): a list of the
stories that ran a hoax, two of whose items end on their quoted headline's own mark and were
kept while their siblings were dropped; and the page's heading over its section on
corrections, longer than a heading's limit, in title case up to its comma. Each with near
misses that stay sentences."""

from __future__ import annotations

import pytest

from annotate.corpus._bullets import ends_on_title, item_shape
from annotate.corpus._clean import clean
from annotate.corpus._long_heads import is_long_heading
from tests.shared import dropped_kinds as kinds

# FNC-1 648: the outlets iMediaEthics asked, one story a line, under a sentence that names
# them; the BBC's and BuzzFeed's headlines end on their own stop and comma.
BBC = "The BBC's Oct. 20 story, \"China: Don't call yourself Dumbledore.\""
BUZZFEED = (
    'Buzzfeed Oct. 21 story,  "Chinese State Media Warns People To Stop Calling Themselves'
    ' Dumbledore,"'
)
OUTLETS = (
    "iMediaEthics has written to the Post reporter to ask how he learned of the error.\n\n"
    "iMediaEthics asked four other outlets if they would follow suit and correct their"
    " articles.\n\n"
    f"{BBC}\n"
    "The Telegraph's Oct. 21 story, \"Chinese advised to choose British-sounding names to get"
    ' ahead"\n'
    'The Atlantic\'s Oct. 20 story "The Chinese Guide to Avoiding a Bad English Name"\n'
    f"{BUZZFEED}\n"
    "BuzzFeed told IMediaEthics by e-mail it would correct. The following update is atop the"
    " article now:\n\n"
    '"This story was a hoax written by a site which appeared to be the English-language'
    " website of the Chinese state-run broadcaster, CCTV. And we fell for it."
)


def test_items_ending_on_their_quoted_headlines_mark_are_dropped_with_their_list() -> None:
    cleaned = clean(OUTLETS)
    listed = kinds(cleaned.dropped)["list"]
    assert BBC in listed
    assert BUZZFEED.replace("  ", " ") in listed
    assert len(listed) == 4
    assert "BuzzFeed told IMediaEthics by e-mail it would correct." in cleaned.text
    assert "asked four other outlets" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        'Smith called it "a disgrace."',  # a verb before the quotation: a sentence
        'The mayor says it was "a disgrace."',
        'TRUMP: "We will win."',  # a transcript's speaker
        '"We will win."',  # a quotation whole
        "The story ran on Oct. 20.",  # no quotation
    ],
)
def test_a_sentence_ending_on_a_quotation_is_no_item(line: str) -> None:
    assert not ends_on_title(line)


def test_sentences_quoting_someone_set_close_stay_sentences() -> None:
    lines = ['Smith called it "a disgrace."', 'Jones said it was "a fair deal."']
    assert [item_shape(line) for line in lines] == [None, None]
    text = "The council met on Monday.\n\n" + "\n".join(lines) + "\n\nThe vote is next week."
    cleaned = clean(text)
    for line in lines:
        assert line in cleaned.text


# FNC-1 648: the heading over the section on the outlets' corrections, alone among blank lines.
HEADING = "Only One Duped Outlet Corrected, 2 more Correct after iMediaEthics inquiry"
SECTION = (
    "The actual website's homepage says \"Our website is under construction, coming up"
    ' soon."\n\n \n\n'
    f"{HEADING}\n\n"
    "The Washington Post was duped by the naming story, but posted a correction to acknowledge"
    " it was tricked.\n\n"
)


def test_a_long_heading_in_title_case_up_to_its_comma_is_dropped() -> None:
    cleaned = clean(SECTION)
    assert HEADING in kinds(cleaned.dropped)["heading"]
    assert "The Washington Post was duped" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # A name opens a sentence whose stop was lost: its verb comes after the comma.
        "Secretary of State John Kerry, speaking in Paris on Monday, said the deal was good",
        "President Barack Obama, at the White House, has signed the bill into law",
        # Sentence case before the comma.
        "The outlet corrected its story, and two more did after our inquiry",
        # No comma: no first clause to read.
        "Only One Duped Outlet Corrected and two more after the inquiry of the site",
    ],
)
def test_long_unended_lines_that_are_no_headings(line: str) -> None:
    assert not is_long_heading(line)
    cleaned = clean(f"The council met on Monday.\n\n{line}\n\nThe vote is next week.")
    assert line in cleaned.text
