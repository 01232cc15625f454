"""Tweets, post sign-offs, flash labels and a call's kind, round 17 (issue 12, `fix/seg67`).

Real lines from FNC-1 bodies (named beside each). Each rule has a test on the lines it was made
for and one on prose nearby that must stay as it was.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._field_labels import split_field_label
from annotate.corpus._furniture import is_tweet_sign_off
from annotate.corpus._reader_calls import split_calls

_LEAD = "The assertion that ESPN would host such a panel discussion sparked outrage."
_NEXT = "Chris Berman and Mike Ditka are not good at talking about football."


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in clean(text).dropped]


# FNC-1 610, 620, 1556: a retweet with a comment fits in one tweet; the comment is the
# retweeter's, not the story's.
@pytest.mark.parametrize(
    "line",
    [
        "Utterly speechless. RT @Lahlahlindsey THIS IS HORRIFYING http://t.co/ycDWFvwtfI …",
        "Whoa if true RT @arabthomness: #Iraq BREAKING: according to Iraqi media there have "
        "been 2 confirmed cases of #Ebola in #IS controlled #Mosul",
        "Respect. Prayers up. God Bless. RT @Combat_Jack: RIP Big Bank Hank Aug. 5 1957 – Nov. "
        "11 2014",
    ],
)
def test_a_retweet_with_a_comment_is_one_tweet(line: str) -> None:
    cleaned = clean(f"{_LEAD}\n\n{line}\n\n{_NEXT}")
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("tweet", line)]
    assert cleaned.text == f"{_LEAD}\n\n{_NEXT}"


def test_a_paragraph_longer_than_a_tweet_keeps_its_prose_before_the_mark() -> None:
    # Prose before a retweet glued on: more than a tweet holds, so only the retweet goes.
    prose = (
        "Esquire writer Ben Collins, who posted the original article on Friday, took to Twitter "
        "on Sunday night to attempt to clarify what he had written about the panel."
    )
    retweet = "RT @Lahlahlindsey THIS IS HORRIFYING http://t.co/ycDWFvwtfI …"
    cleaned = clean(f"{prose} {retweet}")
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("tweet", retweet)]
    assert cleaned.text == prose


# FNC-1 399 (the Daily Telegraph): a post signed as the network's user, and the line it closes.
def test_a_post_signed_as_a_twitter_user_is_a_tweet() -> None:
    post = (
        "A people looking for a fatwa for everything in their lives, and a cleric who wants to "
        "interfere in everything in the lives of others through a fatwa"
    )
    text = (
        "One user who appeared to take umbrage at the fatwa said:\n\n"
        f"{post}\n\n– TWITTER USER\n\n"
        'Whilst another praised the cleric for "recognising matters even Satan does not think '
        'about".'
    )
    cleaned = clean(text)
    assert ("tweet", post) in _kinds(text)
    assert post not in cleaned.text
    assert is_tweet_sign_off("– TWITTER USER")


def test_a_quotation_signed_by_its_speaker_stays() -> None:
    # FNC-1 399: the cleric's ruling, signed with his name, is the story's quotation.
    quote = "It is not permitted to make a statue out of snow, even by way of play and fun."
    text = f"His response:\n\n{quote}\n\n– SHEIKH MOHAMMED SALEH AL-MUNAJJID\n\n{_LEAD}"
    assert quote in clean(text).text
    assert not is_tweet_sign_off("– SHEIKH MOHAMMED SALEH AL-MUNAJJID")
    assert not is_tweet_sign_off("– A Twitter user said the ruling was absurd.")


# FNC-1 1382, 2371, 622, test 79, test 665: a flash label run into the first sentence.
@pytest.mark.parametrize(
    ("line", "label"),
    [
        (
            "BREAKING NEWS: Sources are reporting that Judd Nelson, best known for his roles as "
            "John Bender in The Breakfast Club, has been found dead at age 55.",
            "BREAKING NEWS:",
        ),
        (
            "Breaking news: The Teletubbies’ solar infant deity is none other than an English "
            "19-year old.",
            "Breaking news:",
        ),
        (
            "DEVELOPING: An Internet video purports to show the beheading of US reporter Steven "
            "Sotloff by the Islamic State extremist group.",
            "DEVELOPING:",
        ),
        (
            "Breaking!  J.J. Abrams has reportedly approached Disney about moving up the Star "
            "Wars: The Force Awakens release date.",
            "Breaking!",
        ),
    ],
)
def test_a_flash_label_is_cut_off_its_sentence(line: str, label: str) -> None:
    assert split_field_label(line)[0] == label
    cleaned = clean(f"{line}\n\n{_LEAD}")
    assert ("label", label) in [(d.kind, d.text) for d in cleaned.dropped]
    assert cleaned.text.startswith(line[len(label) :].strip())


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 616 and test 1748: prose that opens with the words runs on without the mark.
        "Breaking news on Sunday morning reports that senior western intelligence officials "
        "confirm that the London rapper is the major suspect in the beheading of James Foley.",
        "Breaking off to point out Turkey 'right behind' him, he says he is speaking from the "
        "zone said to be controlled by the Kurdistan Workers' Party, or PKK, which is battling "
        "IS fighters.",
    ],
)
def test_prose_that_opens_with_the_words_keeps_them(line: str) -> None:
    assert split_field_label(line) == ("", line)
    assert clean(line).text == line


# FNC-1 test 953 (the Inquirer and Mirror): the link's words in capitals are a call.
def test_click_here_in_capitals_is_a_call() -> None:
    body = "They were last spotted Saturday night at the Cape Cod Mall, Sahady said."
    line = (
        "For up-to-the-minute information on Nantucket's breaking news, boat and plane "
        "cancellations, weather alerts, sports and entertainment news, deals and promotions at "
        "island businesses and more, Sign up for Inquirer and Mirror text alerts. Click Here."
    )
    assert split_calls(line)[1][-1] == "Click Here."
    # And the offer before it is one too since round 31 (test_site_offers_round31.py): the
    # whole line is the page's calls.
    assert _kinds(f"{body}\n\n{line}") == [("call", line)]
    # FNC-1 test 1082, in capitals too (the whole line is a link's, dropped before this).
    shout = "To read Leelah's sad and eye-opening note in full, CLICK HERE."
    assert split_calls(shout)[1] == [shout]
    # A sentence that quotes the words is the story's.
    kept = 'The banner said "Click Here." and nothing else.'
    assert split_calls(kept) == (kept, [])
