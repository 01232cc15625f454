"""Round 37: a paragraph hard-wrapped before a capital, after a word no sentence ends on.

FNC-1 756 (seed 1615's judge) breaks its line between ``over the`` and ``Internet``: the
article leaves the sentence open, so the capital is a name's and the two lines are one
sentence. Near misses keep their lines apart: a line cut where the page lost its words, a
list's item ending in ``and``, words a line may end on otherwise.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._stubs import continues
from tests.shared import dropped_kinds as kinds

# FNC-1 756 (Haaretz): the hard wrap inside the paragraph's second sentence.
_WRAPPED = (
    "Rosenberg, 31, a resident of Tel Aviv, joined the Kurdish troops against Islamic State in "
    "northern Syria earlier this month. According to reports, Rosenberg said she had contacted "
    "Kurdish fighters over the\n"
    "Internet before traveling through Iraq to train at one of their camps on the Syrian "
    "border.\n"
    "\n"
    "According to Walla, Rosenberg immigrated to Israel from Canada in 2006.\n"
)


def test_a_line_ending_on_an_article_goes_on_past_a_capital() -> None:
    cleaned = clean(_WRAPPED)
    assert "fighters over the Internet before traveling" in cleaned.text
    assert "joined" in kinds(cleaned.dropped)


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        ("Police said the money went to one of", "Britain's largest charities last year"),
        ("The company sold its", "Galaxy phones at a loss"),
        ("The fund is larger than", "Norway's own pension fund"),
    ],
)
def test_other_words_no_sentence_ends_on_go_on(previous: str, line: str) -> None:
    assert continues(previous, line)


def test_a_line_cut_where_the_page_lost_its_words_stays_apart() -> None:
    # PolNeAR wash-post 2016-03-10: "a" ends the line, but the next opens a sentence
    # ("Instead,"): the words between were lost, and joining would run two sentences together.
    text = (
        "Then, Bill Clinton set his wife's expectations almost impossibly high. "
        "The Obama team poured more than $15 million into those contests, determined to bring "
        "the race to a \n"
        "Instead, Clinton began to find her voice - with a more populist economic message.\n"
    )
    assert "the race to a\nInstead, Clinton" in clean(text).text
    assert not continues("determined to bring the race to a", "Instead, Clinton began")


def test_a_list_item_ending_in_and_stays_apart_from_the_next_item() -> None:
    # FNC-1 test 2543: "and" closes a list's item but one; the next item has its own capital.
    text = (
        "I firmly believe the two primary keys for successful weight management are:\n"
        "\n"
        "Severely restricting carbohydrates (sugars, fructose, and grains) in your diet, and\n"
        "Increasing healthy fat consumption\n"
        "According to last year's report, the top 10 sources of calories in the diet are:\n"
    )
    assert "in your diet, and\nIncreasing healthy" in clean(text).text
    assert not continues("in your diet, and", "Increasing healthy fat consumption")


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        # A stranded preposition: a heading (FNC-1 test 2543) and a sentence's end.
        ("Healthy Fat Tips to Live By", "So please remember, you do need healthy fat"),
        ("He was back after talks with the studio fell through", "Christian Bale may play Jobs"),
        # A modal before an ellipsis (FNC-1 test 233), a pronoun that is also a possessive.
        ("she planned to marry him as soon as she could", "Doctors and police combed the area"),
        ("but for 19 years only her family ever knew it was her", "Does Jess Smith look familiar"),
    ],
)
def test_words_a_line_may_end_on_do_not_join_a_capital(previous: str, line: str) -> None:
    assert not continues(previous, line)
