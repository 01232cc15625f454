"""Calls, promotions, sources, signatures, reprinted heads and captions over a credit in
capitals (issue 12, round 9, `fix/seg46`).

Real lines, from FNC-1 bodies and PolNeAR texts (named beside each), in the layout they come
in; each with a prose line beside it that stays.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import is_caps_picture_credit, split_credits
from annotate.corpus._notices import is_site_notice
from annotate.corpus._reader_calls import split_calls
from annotate.corpus._related import is_reprint_head

STORY = "Tribal leaders said they saw helicopters flying nearby after the strike."


@pytest.mark.parametrize(
    ("line", "body", "calls"),
    [
        # FNC-1 1457 and 892, test 1886: the live story's flag, as "More to come." is.
        ("More to follow...", "", ["More to follow..."]),
        (f"{STORY} More to follow.", STORY, ["More to follow."]),
        # FNC-1 913: an excerpt's pointer to the rest, at a bare site name.
        (
            "(Excerpt) Read more at washingtontimes.com ...",
            "",
            ["(Excerpt) Read more at washingtontimes.com ..."],
        ),
        # FNC-1 2404: the pointer with no article before its noun.
        (
            "Source: The Daily Beast. Read full article.",
            "Source: The Daily Beast.",
            ["Read full article."],
        ),
        # PolNeAR west-journal 2015-12-01: Fox's video box glued to the paragraph, its link
        # element kept by the scrape.
        (
            "which brings the total to nearly 1000.Watch the latest video at "
            '<a href="http://video.foxnews.com">video.foxnews.com</a>.',
            "which brings the total to nearly 1000.",
            ['Watch the latest video at <a href="http://video.foxnews.com">video.foxnews.com</a>.'],
        ),
    ],
)
def test_calls_are_cut(line: str, body: str, calls: list[str]) -> None:
    assert split_calls(line) == (body, calls)


@pytest.mark.parametrize(
    "line",
    [
        "More to follow is the rule of the serial.",
        "The report said more details would follow.",
        "He told them to read more at home.",
        "Officials said the total rose to 1000.Then it fell.",
    ],
)
def test_prose_keeps_its_sentences(line: str) -> None:
    assert split_calls(line) == (line, [])


def test_a_source_before_a_call_is_a_credit() -> None:
    # FNC-1 2404: the blog's last line, its source, its pointer and a link's left-over name.
    text = (
        "At least one bundle of U.S. weapons airdropped in Syria appears to have fallen into the "
        "hands of ISIS.\n\nSource: The Daily Beast. Read full article. (link)\n"
    )
    cleaned = clean(text)
    # Dropped whole; since round 33 "(link)", all lower case, reads as no name (its brackets
    # hid its case), so the line is no credit's but the page's line under a link: a caption.
    assert [d.kind for d in cleaned.dropped] == ["caption"]
    assert cleaned.text.strip() == text.split("\n\n")[0]


def test_a_signature_after_a_space_is_cut() -> None:
    # FNC-1 1438 and test 661: The Week's writer, a double dash glued to the name.
    line = "At least we'll always have the (admittedly phony) memories. --Jon Terbush"
    assert split_credits(line) == (line[: -len(" --Jon Terbush")], ["--Jon Terbush"])
    # A dash of prose has spaces on both sides, or none; an abbreviation's stop is no end.
    assert split_credits("He spoke. -- Jon Terbush")[1] == []
    assert split_credits("He fought in the U.S. --Mexico War")[1] == []


def test_a_bracketed_attribution_with_its_hat_tip_is_one_credit() -> None:
    # FNC-1 test 20 (MacDailyNews): the source under its label and the reader who sent it in,
    # one bracket after the story; round 10 had made it two tasks.
    line = "[Attribution: Cult of Mac. Thanks to MacDailyNews Reader “Dan K.” for the heads up.]"
    text = "“The next time I called Apple, the hold music was indeed very pleasant.”\n\n" + line
    cleaned = clean(text)
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("credit", line)]
    # A sentence about an attribution is no label.
    assert split_credits("The report made no attribution: it named nobody.")[1] == []


def test_a_radio_show_slot_is_a_notice() -> None:
    # PolNeAR breitbart 2016-09-15, 2016-05-05, 2016-08-24.
    assert is_site_notice(
        "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. "
        "Eastern."
    )
    assert is_site_notice(
        "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00AM to 9:00AM EST."
    )
    assert not is_site_notice("The show airs on NBC on Sundays, its host said.")


def test_a_reprinted_reports_head_is_a_link() -> None:
    # FNC-1 867: the Independent's report, reprinted under its headline.
    intro = (
        "Below is the full report, in which Emwazi is identified as Muhammad ibn Muazzam, from "
        "The Independent on Saturday, 01 May, 2010."
    )
    head = "British Muslims on safari 'stopped by MI5' (from The Independent on 01/05/2010)"
    story = (
        "MI5 agents illegally interrogated British Muslims who were detained while on safari "
        "holidays in Africa, it was claimed yesterday."
    )
    assert is_reprint_head(head)
    assert not is_reprint_head(intro)
    cleaned = clean(f"{intro}\n\n{head}\n\n{story}\n")
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("link", head)]


def test_a_caption_over_its_credit_in_capitals() -> None:
    # FNC-1 88: the Boston Globe's caption, its photographer's credit, and the caption again.
    caption = (
        "After hours of work, Pam Hatchfield, a conservator at the Museum of Fine Arts, "
        "dislodged a time capsule from the cornerstone of the State House."
    )
    before = (
        "The capsule is believed to include a collection of silver and copper coins dating from "
        "between 1652 and 1855."
    )
    text = f"{before}\n\n{caption}\nARAM BOGHOSIAN FOR THE BOSTON GLOBE\n\n{caption}\n\n{STORY}\n"
    cleaned = clean(text)
    assert [d.kind for d in cleaned.dropped] == ["caption", "heading", "duplicate"]
    assert cleaned.text.split() == f"{before}\n\n{STORY}".split()
    assert is_caps_picture_credit("FREDERICK M. BROWN / GETTY IMAGES")  # FNC-1 651
    assert not is_caps_picture_credit("Frederick M. Brown / Getty Images")


def test_prose_over_a_credit_in_its_own_case_stays() -> None:
    # FNC-1 1321: a sentence set close over a picture's credit in title case is the story's.
    text = "Did it really happen?\nImage: schankz/Shutterstock\n\n" + STORY + "\n"
    cleaned = clean(text)
    assert "Did it really happen?" in cleaned.text
