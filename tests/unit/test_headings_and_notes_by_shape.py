"""Headings, writers' lines and notes told by their shape, not their strings (issue 12,
``fix/seg18``).

Real lines from FNC-1 train and test bodies and PolNeAR texts (named beside each), set
between two sentences as the page sets them: FNC-1 separates its paragraphs by one line
break, PolNeAR by a blank line.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._headlines import headline_case
from annotate.corpus._reader_calls import split_calls
from annotate.corpus._signoff import is_sign_off
from tests.shared import dropped_kinds as kinds


def between(line: str, gap: str = "\n") -> str:
    return f"A real sentence here.{gap}{line}{gap}Another one."


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 2502: HollywoodLife's headings and its video widget's titles, ending in "?":
        # closed-class words ("For", "But", "Should", "She", "In") capitalised mid-line.
        "Selena Gomez Cries For Justin Bieber - But Should She?",
        "Macaulay Culkin Dead — ‘Home Alone’ Actor Dies In NYC Apartment?",
        # FNC-1 339: the same widget, a quoted title first.
        "'Sleepy Hollow' Stars Tease Steamy Love Triangle",
        # FNC-1 1606: Reuters' subheading in capitals, with a quotation.
        'U.S. MILITARY KEEPING "CLOSE EYE"',
        # PolNeAR breitbart 2016-08-15 and FNC-1 600: AFP's subheadings between dashes.
        "– Country less safe –.",
        "- Discrepancies -",
        # FNC-1 1035, 1885, 618: section headings of one to three words without a mark.
        "Brief Analysis",
        "Violence continues",
        "'Cruel incident'",
        # FNC-1 2502: the site's label under each title of its widget.
        "Hollywood Life",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_by_its_shape_is_not_a_task(line: str, gap: str) -> None:
    cleaned = clean(between(line, gap))
    assert line not in cleaned.text
    assert [d.text for d in cleaned.dropped] == [line]
    assert cleaned.dropped[0].kind in ("headline", "heading")


@pytest.mark.parametrize(
    "line",
    [
        # Prose with names and a title in it: closed-class words in lower case.
        "Barack Obama and Hillary Clinton Visited Ohio.",
        # PolNeAR breitbart 2016-01-19: "For more than" opens a sentence.
        "For more than half a century, Vigurie has dedicated his life to the advancement of "
        "the modern conservative movement.",
    ],
)
def test_prose_with_capitals_stays(line: str) -> None:
    assert clean(between(line)).dropped == []


@pytest.mark.parametrize(
    "raw",
    [
        # FNC-1 53: a letter quoted in full, its salutation a quotation opened and not closed.
        "Here is the letter in full:\n\n“To Parents\n\n“The urge to create is equally strong in "
        "all children. Boys and girls.\n\n“It’s the imagination that counts. Not skill.",
        # A stub whose sentence a lead-in verb leaves open (as "Naij.com reported that").
        "He spoke on Monday.\nThe document reads\nAll party organs must act.",
    ],
)
def test_a_short_line_that_opens_or_leads_into_a_sentence_stays(raw: str) -> None:
    assert clean(raw).dropped == []


def test_headline_case_needs_closed_class_words_in_capitals() -> None:
    assert headline_case("Bella Thorne To Die In 'Scream' Remake?")
    assert not headline_case("Clinton leads, according to RealClearPolitics and HuffPollster.")


def test_related_headlines_glued_after_their_label_are_not_tasks() -> None:
    # FNC-1 1836: IBTimes' box, its first headline a question (the line was cut there).
    line = (
        "Related'Hello? Is it You, Comrade?' North Korea Publishes Mobile Phone Etiquette "
        "GuidelinesNorth Korea Prisoner: US Citizen Matthew Miller Details Isolated Life of "
        "Forced LabourNorth Korea: Where is Kim Jong-un Hiding?"
    )
    cleaned = clean(f"Reports are hard to confirm.\n\n{line}")
    assert kinds(cleaned.dropped) == {"headline": [line]}


def test_a_byline_and_the_writers_lines_of_an_op_ed_are_not_tasks() -> None:
    # PolNeAR huff-post 2016-04-27: the byline under the headline, and the two writers'
    # lines at the end, one with a nickname in brackets, the first ending "(Calif.).".
    writers = (
        "Michael A. (Mike) Moodian is a former chairman of the World Affairs Council of Orange "
        "County (Calif.). Hasmik Piliposyan is the president of the UC Irvine Armenian "
        "Students’ Association."
    )
    raw = (
        "Co-authored by Hasmik Piliposyan.\n\nApril 24 marked 101 years since the start of the "
        "Armenian genocide.\n\nBoth countries should act.\n\n" + writers
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {
        "boilerplate": ["Co-authored by Hasmik Piliposyan."],
        "sign-off": [writers],
    }
    assert is_sign_off(writers)


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 382, 843: a video player's fallback text.
        "Please enable Javascript to watch.",
        # FNC-1 1644: the Daily Caller News Foundation's terms of reuse.
        "Content created by The Daily Caller News Foundation is available without charge to "
        "any eligible news publisher that can provide a large audience.",
    ],
)
def test_page_boilerplate_is_not_a_task(line: str) -> None:
    assert kinds(clean(between(line)).dropped) == {"boilerplate": [line]}


@pytest.mark.parametrize(
    "line",
    [
        # An e-mail address outside a quotation: whom to write to. FNC-1 2490, 1644, test 1838.
        "To report problems or to leave feedback about this article, e-mail: "
        "e.misa@ibtimes.com.au.",
        "For licensing opportunities of our original content, please contact "
        "licensing@dailycallernewsfoundation.org.",
        "Write to Joann S. Lublin at joann.lublin@wsj.com, Dana Mattioli at "
        "dana.mattioli@wsj.com and Dana Cimilluca at dana.cimilluca@wsj.com",
        # Pointers away from the story: FNC-1 208, 1237, 2405, 1362; PolNeAR politico
        # 2016-04-05.
        "See a news report on the death of Sami Hafez Al-Abdullah here: "
        "http://hournews.net/news.php?id=21302.",
        'For more news on the "Man of Steel" and related movies head on over to the Cosmic '
        "Book News Superman movie hub.",
        "You can read the full account of Conal's experience at Consumerist.",
        "You can read more about the iPad Pro rumours here.",
        "View full results: http://politi.co/1oGcEFv.",
        # The page's own future: FNC-1 1539, 1237, 726; test 597.
        "More to come.",
        "Cosmic Book News will update when more becomes available.",
        "We’ll update this post as more information becomes available.",
        "Check back for updates.",
    ],
)
def test_a_line_that_speaks_to_the_reader_or_of_the_page_is_not_a_task(line: str) -> None:
    assert split_calls(line) == ("", [line])
    cleaned = clean(between(line))
    # A line that is nothing but a link may be taken as one before (``link``).
    assert [(d.kind in ("call", "link"), d.text) for d in cleaned.dropped] == [(True, line)]


def test_a_question_to_the_reader_before_an_address_goes_with_it() -> None:
    # FNC-1 test 1748: dropped whole as a heading before the address was a call.
    assert split_calls("Do you know Rehana? Email John.Hall@mailonline.co.uk") == (
        "",
        ["Do you know Rehana?", "Email John.Hall@mailonline.co.uk"],
    )


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1075: the address is the story's, in quotes.
        "One clue is that the racist email and subsequent apology were from “ben@benedelman.org.”",
        # FNC-1 1521: the second person about the world, not a pointer.
        "You can find the same image on stock-photo sites like Dreamstime and Photolia.",
        # PolNeAR nyt 2016-09-19.
        "You can watch it on Dish Network; on cable in select cities like New York, Los "
        "Angeles and Philadelphia; or online anywhere.",
        # FNC-1 648: a link in the story's own sentence.
        "The fake site is at: www.cctvnews.cn.",
        # FNC-1 2407: after the promise, the story's own clause.
        "We’ll update if and when we hear from him; so far, Islam has not yet responded to "
        "our messages sent via Facebook.",
        # PolNeAR nyt 2016-06-29.
        "With one vacant seat and the possibility of more to come, it is almost certainly "
        "entering a new era.",
    ],
)
def test_the_storys_own_sentences_with_such_words_stay(line: str) -> None:
    assert split_calls(line) == (line, [])
