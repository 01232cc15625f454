"""The non-prose kinds the judges found on seeds 1276-1284 (issue 12, round 8, ``fix/seg43``):
the Los Angeles Times' glyph-glued widget labels and comment box, a fact-checker's rating
legend, a poll's promotion, a satire site's disclaimer, a script's call, writers' and source
lines, a ranking's entries run into their paragraphs, and a live blog's odd stamps.

Each raw text is a real article's lines (FNC-1 train and test bodies, PolNeAR texts, named
beside each), shortened to the lines around the kind; each kept its non-prose lines before.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._reader_calls import split_calls

_STORY = "Ambassador Christopher Stevens and three other Americans were killed in that attack."
_AFTER = "A State Department official declined comment, Gertz reported."


def _dropped(raw: str) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in clean(raw).dropped]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # FNC-1 1648, 1375, 82, test 2019 (seeds 1282, 1283): the icon's glyph glued on.
        ("lRelated North Korea's Kim had ankle surgery, South Korean officials say", "link"),
        ("lRelated PGA golfer Jim Furyk asks $6 million for Maui estate", "link"),
        ("cComments", "link"),
        ("Got something to say? Start the conversation and be the first to comment.", "link"),
        # FNC-1 855 (seed 1278): PolitiFact's legend under its ruling.
        (
            "PANTS ON FIRE – The statement is not accurate and makes a ridiculous claim.",
            "boilerplate",
        ),
        # FNC-1 2448 (seed 1280): WND's poll promotion, its questions with it.
        (
            "What do YOU think? Do you fear for America’s safety? Sound off in today’s WND poll.",
            "call",
        ),
        # FNC-1 2114 (seed 1278): the satire site's disclaimer, the page's note on its own
        # story (round 25: a note, before the boilerplate rule reads it).
        (
            "Note: This article is satire, brought to you by the creative minds at The Peoples"
            " News. It’s not real, but we hope it made you think.",
            "note",
        ),
        # FNC-1 871, 14, 2159 (seed 1284): Adobe Target's script call.
        ("mboxCreate('FoxNews-Politics-Autoplay-Videos-In-Articles');", "code"),
        # PolNeAR breitbart 2016-03-15 (seed 1282): AP's desk names a writer by beat.
        ("— White House Correspondent Julie Pace.", "credit"),
        # PolNeAR breitbart 2016-05-24 (seed 1277): the writers' Twitter accounts.
        (
            "On Twitter follow Ken Thomas https://twitter.com/KThomasDC and Lisa Lerer"
            " https://twitter.com/llerer.",
            "call",
        ),
        # PolNeAR breitbart 2016-03-15 and 2016-06-05 (seeds 1282, 1284): The Latest's stamps.
        ("9L15 p.m.", "date"),
        ("Noon.", "date"),
    ],
)
def test_a_page_s_widget_writer_or_stamp_line_is_dropped(line: str, kind: str) -> None:
    raw = f"{_STORY}\n\n{line}\n\n{_AFTER}"
    result = clean(raw)
    assert (kind, line) in _dropped(raw)
    assert result.text == f"{_STORY}\n\n{_AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        # Prose near each rule: a product's name glued lower-case, a question about the news,
        # "Sound off" not at a call's start, a dateline before "The statement", a call with
        # its bracket in prose, a lone hour in a sentence.
        "iPhone owners say the screen bends in their pockets.",
        "What do you think the ambassador knew?",
        "Fans began to sound off in the comments within minutes.",
        "WASHINGTON — The statement is expected on Tuesday, officials said.",
        "He said (twice) that he would not resign.",
        "At noon, the polls closed.",
        "— And that was the end of it, he said.",
    ],
)
def test_prose_near_the_rules_stays(line: str) -> None:
    raw = f"{_STORY}\n\n{line}\n\n{_AFTER}"
    assert clean(raw).text == raw


def test_an_agency_credit_after_the_last_sentence_is_cut() -> None:
    # FNC-1 377 (seed 1277): "AGENCIES" glued after the story's last sentence.
    line = (
        "But on the Internet, bloggers were spreading rumours, with no evidence, that Mr Kim"
        " might have been sidelined by a coup engineered by some of the old disgruntled"
        " generals. AGENCIES"
    )
    assert clean(f"{_STORY}\n\n{line}").text == f"{_STORY}\n\n{line[: -len(' AGENCIES')]}"
    assert ("credit", "AGENCIES") in _dropped(f"{_STORY}\n\n{line}")


def test_a_digest_s_long_and_mis_quoted_source_credits_are_cut() -> None:
    # PolNeAR huff-post 2016-07-25 (seed 1281): a writer and an outlet's full name, and a
    # credit after a closing quote set as an opening mark.
    first = (
        "“The cross-border bribery scandal is one of dozens of cases in Africa.” [Will"
        " Fitzgibbon, The International Consortium of Investigative Journalists]"
    )
    second = "It will save women in New York an estimated $10 million a year.“ [HuffPost]"
    kinds = _dropped(f"{first}\n\n{second}")
    assert (
        "credit",
        "[Will Fitzgibbon, The International Consortium of Investigative Journalists]",
    ) in kinds
    assert ("credit", "[HuffPost]") in kinds


def test_a_heading_glued_to_its_quotation_is_cut_in_a_digest() -> None:
    # PolNeAR huff-post 2016-07-25 (seed 1281): the heading's closing quote glued to the
    # quotation's opening one, in a digest of headings in capitals.
    raw = (
        "TURNS OUT EDGAR ALLEN POE WAS ONTO SOMETHING Crows and ravens are considered the"
        " “homicide detectives of the avian world.” [Quartz]\n"
        "‘THE OTHER SIDE OF THE INFAMOUS HAMPTONS HOUSE PARTY’“Mr. Barna’s July 3 bash at a"
        " large Sag Harbor home featured copious champagne showers.” [NYT]\n"
        "HOLD ON TO YOUR DEERSTALKER HAT We finally have a trailer for season four of"
        " “Sherlock.” [Buzzfeed]"
    )
    result = clean(raw)
    assert ("heading", "‘THE OTHER SIDE OF THE INFAMOUS HAMPTONS HOUSE PARTY’") in _dropped(raw)
    assert "“Mr. Barna’s July 3 bash" in result.text


def test_a_ranking_s_entries_run_into_their_paragraphs_are_headings() -> None:
    # PolNeAR wash-post 2015-11-23 (seed 1283): "7. Chris Christie." ... "1. Marco Rubio."
    raw = (
        "Below are my rankings of the candidates.\n\n"
        "7. Chris Christie.  The New Jersey governor has (finally) moved beyond Bridgegate,"
        " allowing his natural skills as a candidate to shine through.\n\n"
        "6. John Kasich.  The Ohio governor is in a similar place to Christie, putting a huge"
        " emphasis on New Hampshire.\n\n"
        "5. Jeb Bush.  The former Florida governor took just 6 percent of the national vote.\n"
    )
    kinds = _dropped(raw)
    for name in ("7. Chris Christie.", "6. John Kasich.", "5. Jeb Bush."):
        assert ("heading", name) in kinds
    assert "The Ohio governor is in a similar place" in clean(raw).text


def test_one_numbered_paragraph_opening_with_a_name_stays() -> None:
    # Alone, a paragraph so shaped is a list the story gives, not a ranking's series.
    raw = (
        f"{_STORY}\n\n"
        "2. Donald Trump.  In the new Post-ABC poll, the real estate mogul wins about 1 in 3"
        " GOP primary voters.\n"
    )
    assert "2. Donald Trump." in clean(raw).text


def test_a_writer_s_line_by_the_column_they_edit_is_a_sign_off() -> None:
    # PolNeAR huff-post 2016-02-24 (seed 1282): the article's last line.
    line = (
        "Jason Linkins edits “Eat The Press” for The Huffington Post and co-hosts the HuffPost"
        " politics podcast “So, That Happened.” Subscribe here, and listen to the latest"
        " episode below."
    )
    kinds = _dropped(f"{_STORY}\n\n{line}")
    assert ("sign-off", line[: line.index(" Subscribe")]) in kinds
    assert clean(f"{_STORY}\n\n{line}").text == _STORY


@pytest.mark.parametrize("lead", ["Also:", "Plus:", "Now:"])
def test_each_lead_word_of_a_read_our_call_passes_the_pre_check(lead: str) -> None:
    # _OPENER once took "Also:" only, while _CALL takes all three (FNC-1 1362's form).
    line = f"The iMac is fast. {lead} read our Best Mac to Buy guide where we compare every Mac."
    assert split_calls(line) == (
        "The iMac is fast.",
        [f"{lead} read our Best Mac to Buy guide where we compare every Mac."],
    )
