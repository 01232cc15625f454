"""The shapes the unseen draws 1210-1212 found, each taken by widening its kind's rule (issue 12,
`fix/seg15`).

Real lines from FNC-1 train bodies (named beside each), in the layout they come in; shortened
where marked "...". Each rule was measured on every FNC-1 body and PolNeAR text before it was
kept (benchmarks/RESULTS.md, issue 12, `fix/seg15`).
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from annotate.corpus._segment import split_sentences
from annotate.corpus._signoff import is_writer_line
from tests.shared import dropped_kinds as kinds

STORY = (
    "Police said the gunman was shot dead inside the building after a gunfight with security "
    "officers.\n\n"
)


def test_an_agencys_own_credit_in_capitals_after_a_caption() -> None:
    # FNC-1 298 (seed 1211): the National Post's gallery, each caption closed by the wire's
    # credit in its own form, "AGENCY IN CAPITALS/Name", no bracket.
    line = "Police on the steps leading to Centre Block. THE CANADIAN PRESS/Justin Tang"
    assert split_credits(line) == (
        "Police on the steps leading to Centre Block.",
        ["THE CANADIAN PRESS/Justin Tang"],
    )
    # A headline's two parts (PolNeAR usa-today 2016-02-09) are not a credit.
    assert split_credits("NEW HAMPSHIRE PRIMARY // GAME ON;")[1] == []


def test_a_writers_line_under_the_headline_by_what_they_write_for() -> None:
    # FNC-1 2154 (seed 1210): the Independent's writer's line, the second line of the page.
    writer = "Kashmira Gander writes for the Independent and Independent on Sunday"
    raw = (
        "Experts do not know whether the meteorite disintegrated on impact or shot into the "
        f"ground\n\n{writer}\n\n"
        "Baffled residents of the Central American city told reporters that they heard a loud "
        "boom at around 11pm, but did not see anything shoot across the sky.\n"
    )
    cleaned = clean(raw)
    assert writer not in cleaned.text
    assert kinds(cleaned.dropped)["sign-off"] == [writer]


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe writes a weekly column for The Washington Post.",
        "Mark Smith regularly writes for the Daily Telegraph",
    ],
)
def test_writers_lines_of_the_family(line: str) -> None:
    assert is_writer_line(line)


def test_a_sentence_about_what_someone_writes_is_not_a_writers_line() -> None:
    assert not is_writer_line("John Smith writes for the Guardian that the vote was rigged.")


def test_a_closing_quote_glued_to_the_next_sentence_closes_the_quotation() -> None:
    # FNC-1 2056 (seed 1211): the quote mark was put at the start of the next sentence.
    text = (
        '"It also has studied platinum watch casings, although the company isn’t expected to '
        'announce that on Monday, they said."Apple CEO Tim Cook, during a visit to the Covent '
        'Garden Apple Store in London last month, told retail employees that Apple has "never '
        'sold anything as a company that people could try on before."'
    )
    assert split_sentences(text) == [
        '"It also has studied platinum watch casings, although the company isn’t expected to '
        'announce that on Monday, they said."',
        "Apple CEO Tim Cook, during a visit to the Covent Garden Apple Store in London last "
        'month, told retail employees that Apple has "never sold anything as a company that '
        'people could try on before."',
    ]


def test_a_glued_quote_that_opens_a_quotations_next_paragraph_stays_with_it() -> None:
    # FNC-1 1800: a live blog that lost its paragraph breaks; the quotation goes on and closes
    # with its own mark, so the glued mark opens its next paragraph.
    text = (
        'Asim Qureshi, research director at the rights group, said: "There was an extremely '
        'strong resemblance."This is making me feel fairly certain that this is the same '
        "person.”"
    )
    assert split_sentences(text)[1] == (
        '"This is making me feel fairly certain that this is the same person.”'
    )


@pytest.mark.parametrize(
    "note",
    [
        # FNC-1 569 (seed 1211): an edit note, the last line.
        "EDIT: Removed a sentence that was wrong. Added link.",
        # FNC-1 826 (seed 1212), 608: what the page is while the news comes in.
        "This is a breaking news story.",
        "This is a developing story. Check back here for updates.",
        "This story is developing...",
    ],
)
def test_notes_about_the_page_by_a_label_or_their_opening(note: str) -> None:
    cleaned = clean(STORY + note + "\n")
    assert kinds(cleaned.dropped) == {"note": [note]}


def test_an_embedded_post_labelled_by_its_network_and_author() -> None:
    # FNC-1 1097 (seed 1212): the Telegraph's embedded tweets, repeating the story's quotes.
    tweet = (
        "Twitter: David Cameron - The murder of David Haines is an act of pure evil. My heart "
        "goes out to his family who have shown extraordinary courage and fortitude."
    )
    cleaned = clean(STORY + tweet + "\n")
    assert kinds(cleaned.dropped) == {"tweet": [tweet]}


def test_the_times_continue_line_twice_on_one_line() -> None:
    # FNC-1 678 (seed 1211), 1732 (three times).
    line = "Continue reading the main storyContinue reading the main story"
    cleaned = clean(STORY + line + "\n\n" + STORY)
    assert kinds(cleaned.dropped)["boilerplate"] == [line]


def test_a_heading_that_trails_off_in_an_ellipsis() -> None:
    # FNC-1 1123 (seed 1210): its three other subheadings were dropped already.
    raw = (
        "Yeah, except this is all baloney. To be polite. OK, so why is this wrong?\n\n"
        "Pluto and Jupiter, Sitting in a Tree …\n\n"
        "First of all, the gravitational forces of the other planets in the solar system have "
        "essentially zero effect on you personally.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {"heading": ["Pluto and Jupiter, Sitting in a Tree …"]}
    # A sentence broken off by an ellipsis is not in headline case and stays.
    kept = clean("Yeah, except this is all baloney.\n\nAnd then, of course, there was the …\n\n")
    assert "there was the" in kept.text
    # Nor is a lead-in to what follows, in whatever case (FNC-1 2051, over a video).
    lead_in = clean(STORY + "Here’s the VITAL NEWS REPORT…\n\n" + STORY)
    assert "VITAL NEWS REPORT" in lead_in.text


def test_a_newsrooms_byline_in_place_of_a_writers() -> None:
    # FNC-1 968 (seed 1212): the first line, over the story with no blank line between.
    raw = (
        "From Staff Reports\n"
        "An Internet posting claiming a family of five in Purdon has come down with Ebola is not "
        "true.\n"
    )
    assert kinds(clean(raw).dropped) == {"boilerplate": ["From Staff Reports"]}


@pytest.mark.parametrize("letter", ["X.", "K."])
def test_one_letter_alone_on_its_line_is_not_a_sentence(letter: str) -> None:
    # PolNeAR huff-post 2016-06-23 (seed 1211) and ten more HuffPost texts: an embed's close
    # button; huff-post 2016-05-11: "K." between two credits.
    raw = (
        "The president’s speech was not an apt point of comparison for wealthy developed "
        f"nations.\n\n{letter}\n\n" + STORY
    )
    assert kinds(clean(raw).dropped) == {"link": [letter]}
