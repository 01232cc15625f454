"""Round 29: a slideshow listicle's heads under their counts, and the Post's decks in lower case
or split mid-phrase, on the real lines.

HuffPost's "17 Of The Most Powerful Things Latinos Said In 2015" (PolNeAR train huff-post
2015-12-22) sets each count alone on a line and the head close under it; the first head (an
abbreviation's stop inside) and the last (a misspelt verb) were kept as sentences. The Post's
texts (wash-post 2016-03-03, 2016-06-28, 2016-08-01, 2016-08-28) hold decks in lower case or
split in two paragraphs mid-phrase, kept as the story's first sentences.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._counted_heads import is_count, is_head_under_count
from annotate.corpus._decks import is_deck_tail, is_lower_deck
from annotate.corpus._segment import split_sentences
from tests.shared import dropped_kinds as kinds

_FIRST = "John Leguizamo On How U.S. History Makes Latinos Feel “Invisible.”"
_LAST = "Eva Longoria Disccused Factions Within The Latino Community."
_SECTION = (
    "In a conversation with HuffPost Live’s Alyona Minkovski about his upcoming comedy project,"
    " the actor discussed the absence of Latinos in U.S history education."
)


def _listicle(head: str, count: str = "1") -> str:
    return (
        "17 Of The Most Powerful Things Latinos Said In 2015 That Got Us Thinking.\n\n"
        "Latinos gave us plenty to think about in 2015, and it’s time to revisit some of the"
        " best mic drop moments of the year.\n\n"
        f"{count}\n{head}\n\nGetty.\n\n{_SECTION}\n\n"
        "Since then, the actress has sounded off against the idea.\n"
    )


@pytest.mark.parametrize("head", [_FIRST, _LAST])
def test_a_head_under_its_count_is_dropped(head: str) -> None:
    cleaned = clean(_listicle(head), first_line_is_title=True)
    assert head not in cleaned.text
    assert kinds(cleaned.dropped)["headline"] == [head]
    assert _SECTION in cleaned.text


def test_a_sentence_under_a_figure_stays() -> None:
    # A sentence in sentence case under a number alone is the story's, count or no count.
    line = "Democrats won the seat for the first time since 1990."
    cleaned = clean(_listicle(line), first_line_is_title=True)
    assert line in cleaned.text


def test_the_count_and_head_shapes() -> None:
    assert is_count("17") and is_count("3.")
    assert not is_count("2016") and not is_count("17 people")
    assert is_head_under_count(_FIRST) and is_head_under_count(_LAST)
    assert not is_head_under_count("people were hurt in the crash on Monday, police said.")
    assert not is_head_under_count("Trump Wins")  # too few long words for headline case


def _post(title: str, *decks: str) -> str:
    lead = (
        "The Republican Party was in a state of pandemonium Wednesday as a clutch of"
        " independent groups scrambled to throw together a last-ditch effort."
    )
    return "\n\n".join([title, *decks, lead, "It was too late, some said."]) + "\n"


@pytest.mark.parametrize(
    ("title", "decks"),
    [
        ("Push inside GOP to upend Trump.", ["ad blitz planned; romney to speak out."]),
        (
            "Ruling solidifies candidates' abortion stances as a key factor in November.",
            ["Activists on both sides.", "of the issue gear up for national, local elections."],
        ),
        (
            "Snowden, WikiLeaks clash over DNC emails.",
            ["NSA leaker critical.", "of group's methods in disclosing information."],
        ),
        (
            "In 'crazy election,' Gary Johnson strives for a spot in presidential debates.",
            ["Libertarian candidate pushes to hit needed.", "15 percent mark in polls."],
        ),
    ],
)
def test_lower_case_and_split_decks_are_dropped(title: str, decks: list[str]) -> None:
    cleaned = clean(_post(title, *decks), first_line_is_title=True)
    assert kinds(cleaned.dropped)["headline"] == decks
    assert cleaned.text.startswith("The Republican Party was")


def test_a_deck_that_is_a_sentence_and_a_short_lead_stay() -> None:
    # The Post's second deck, a sentence, and a short first sentence with a long one under it.
    second = "Other voices counter it's time to embrace the mogul."
    cleaned = clean(
        _post("Push inside GOP to upend Trump.", "ad blitz planned; romney to speak out.", second),
        first_line_is_title=True,
    )
    assert cleaned.text.startswith(second)
    short = "Trump won Nevada."
    cleaned = clean(
        _post(
            "Trump wins again.",
            short,
            "15 people were arrested on Monday night outside the"
            " arena where the candidate spoke, police said.",
        ),
        first_line_is_title=True,
    )
    assert cleaned.text.startswith(short)


def test_the_deck_shapes() -> None:
    assert is_lower_deck("ad blitz planned; romney to speak out.")
    assert not is_lower_deck("iPhone sales fell in the quarter, Apple said.")
    assert not is_lower_deck("Other voices counter it's time to embrace the mogul.")
    assert is_deck_tail("of the issue gear up for national, local elections.")
    assert is_deck_tail("15 percent mark in polls.")
    assert not is_deck_tail(
        "15 people were arrested on Monday night outside the arena, police said."
    )
    assert not is_deck_tail("Both sides of the debate agreed on one thing.")


def test_a_question_run_into_the_sentence_before_is_cut() -> None:
    # A transcript's lost mark (FNC-1 2261): "Do" and a pronoun open the question.
    line = (
        "You say that they are coming in the southern border, which changes all the dynamics"
        " Do you have any information that they are coming in through the southern border now?"
    )
    assert split_sentences(line) == [
        "You say that they are coming in the southern border, which changes all the dynamics",
        "Do you have any information that they are coming in through the southern border now?",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Band Aid recorded the song Do They Know It's Christmas in a single day in 1984.",
        "The campaign manager released a memo titled The Facts on Where the Race Stands.",
        "The patients had signed the hospital's Do Not Resuscitate orders before surgery.",
    ],
)
def test_a_title_it_opens_stays_whole(line: str) -> None:
    assert split_sentences(line) == [line]
