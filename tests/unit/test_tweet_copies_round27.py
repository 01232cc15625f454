"""Round 27: a tweet's text whose short link is not the line's last word, kept as a task on
real news (the rule-free judges' errors on ``aafec48``).

A tweet copied in quotes with its sign-off stripped, its link before the closing quotation
mark (FNC-1 1926), and a tweet whose campaign hashtag follows its link (FNC-1 1761). Prose
that names a link or a hashtag inside a sentence it ends with a mark stays.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._furniture import is_tweet_text
from tests.shared import dropped_kinds as kinds

_COPY = (
    'A BIG thanks to Brian Williams for having my back! M/T "He cleared up internet rumor about'
    ' what I was REALLY doing http://t.co/MoogDLa3z1"'
)
_TAGGED = (
    "We are monitoring the news with huge expectations http://t.co/L01FrUFKwz #BringBackOurGirls"
)
_REPORT = (
    "Seidel tweeted the video of Williams' statement Monday night with a thank you to his anchor."
)


def test_a_quoted_tweet_copy_ending_in_its_link_is_a_tweet() -> None:
    assert is_tweet_text(_COPY)
    cleaned = clean(f"He was cleared.\n\n{_COPY}\n\n{_REPORT}\n")
    assert kinds(cleaned.dropped)["tweet"] == [_COPY]
    assert _REPORT in cleaned.text


def test_a_tweet_with_its_hashtag_after_its_link_is_a_tweet() -> None:
    assert is_tweet_text(_TAGGED)


def test_prose_that_names_a_link_or_a_hashtag_stays() -> None:
    for line in (
        "The video was shared at http://t.co/L01FrUFKwz by the group.",
        "He linked to http://t.co/MoogDLa3z1.",
        "The campaign, #BringBackOurGirls, spread fast.",
        '"It was posted at http://example.com/a" he said.',
    ):
        assert not is_tweet_text(line)
