"""Bulleted lists that lost their bullets are dropped as ``list``, item by item."""

from __future__ import annotations

import csv

import pytest

from annotate.corpus._clean import clean
from tests.shared import fnc1_body


def _listed(text: str) -> list[str]:
    return [d.text for d in clean(text).dropped if d.kind == "list"]


def test_a_list_of_clauses_under_its_lead_in_is_prose() -> None:
    # PolNeAR dev, huff-post 2016-09-26: MSNBC's tasks for each candidate, one imperative
    # clause a line under a lead-in ending in a colon. A bulleted list of clauses under a
    # lead-in is the lead-in's sentence run on: prose, kept (issue 12's counting policy).
    text = (
        "MNSBC suggested that Clinton has the following tasks ahead of her tonight:\n\n"
        "Sell her presidency (what she would do and how she would do it)\n"
        "Be the Clinton who shines in a smaller crowd\n"
        "Get those jokes off, adding levity.\n\n"
        "Trump on the other hand, apparently has to accomplish the following:\n\n"
        "Stop lying\n"
        "Show humility\n"
        "Fill in the gaps in his policy proposals.\n\n"
        '"I’ve learned that I can’t be quite so passionate in my presentation."\n'
    )
    cleaned = clean(text)
    assert cleaned.dropped == []
    assert "Stop lying\nShow humility\n" in cleaned.text


def test_a_list_of_things_under_its_lead_in_is_dropped() -> None:
    # FNC-1 test 2545: noun phrases under a lead-in, not clauses: a list of items.
    text = (
        "The different fats included:\n\n"
        "Saturated fats (found in meats, whole-fat dairy products, and baked goods)\n"
        "Polyunsaturated fats, such as omega-3 and omega-6 (found in fish, nuts, seeds, and "
        "vegetable oils)\n"
        "Monounsaturated fats (found in olive and canola oils)\n\n"
        "The study followed the participants for years.\n"
    )
    assert len(_listed(text)) == 3


def test_a_list_of_quoted_headlines() -> None:
    # FNC-1 648: the fake site's other headlines, one a line, under its lead-in.
    csv.field_size_limit(10**9)
    body = fnc1_body("648")
    listed = _listed(body)
    assert listed[:4] == [
        "\"Hunan 'color ride': another fantastic opportunity for gratuitous flesh\"",
        "\"Taiwan cooking oil made from 'kitchen waste' and grease\"",
        '"Does Buddhist music help crops grow"',
        '"How would it feel dining in a prison restaurant"',
    ]
    # The prose line under the list, in its block, stays.
    assert "The satire article on English names has apparently been removed." in clean(body).text


@pytest.mark.parametrize(
    "text",
    [
        # A hard-wrapped paragraph: its lines break after a function word, or go on in lower
        # case.
        "The President met with\nChinese leaders on Monday in Beijing\nto talk about trade.",
        "The President met Chinese leaders\nand business people on Monday\nin Beijing for talks.",
        # One short unended line alone is not a list.
        "He left.\n\nNo comment from Apple\n\nShe stayed.",
        # Sentences one a line, with their full stops, are paragraphs.
        "He left the room.\nShe stayed behind.\nThey met again in May.",
    ],
)
def test_prose_set_line_by_line_is_not_a_list(text: str) -> None:
    assert _listed(text) == []


def test_a_lede_under_a_widgets_lines_is_not_a_last_item() -> None:
    # FNC-1 test 1241: a gallery's lines, then the story's first paragraph in the same block.
    # Its full stop would close a list under a lead-in; there is none, so it stays.
    text = (
        "Five-year-old Alex Nash and dad Derek holding the invoice\n"
        "Previous\nNext\nComments (73)\n"
        "A FIVE-year-old boy has been handed an invoice – for missing his friend’s birthday party."
        "\n\nThe boy's parents were billed."
    )
    assert "A FIVE-year-old boy has been handed an invoice" in clean(text).text


def test_a_line_holding_a_second_sentence_is_not_an_item() -> None:
    # FNC-1 test 629: a child's letter, quoted; its sign-off and postscript one a line. The
    # postscript is the letter's sentence, not a list's item.
    text = (
        "“You don’t have to feel scared because I know that everone in the class feels the same.\n"
        "“From A x x\n"
        "PS. We are all proud of you”\n"
        "The teacher told PinkNews: “As a primary school teacher, I was moved.”"
    )
    assert "We are all proud of you" in clean(text).text


def test_a_pull_quote_over_its_speakers_name_is_no_list() -> None:
    # FNC-1 582: a quotation whole over a plain line is a pull quote and its speaker, dropped
    # by their own rule as such; a list's items share one shape.
    csv.field_size_limit(10**9)
    body = fnc1_body("582")
    kinds = {d.text: d.kind for d in clean(body).dropped}
    quote = "“It would not surprise me at all if they opened a restaurant in Scotland”"
    assert kinds[quote] == "pull-quote"
    assert kinds["Michael Madden"] == "credit"
