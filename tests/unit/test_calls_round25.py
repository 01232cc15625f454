"""Round 25: notes about the article and calls to the reader kept as sentences, on the real
lines (the 1438-1446 judges' firm errors).

A breaking story's ``More coming...`` (FNC-1 1437, seed 1442's judge); a promise to update the
article, longer than the calls read before (FNC-1 1362, seed 1443's judge); a call to answer
in the comments, whatever opens it (FNC-1 794, seed 1444's judge); a blog's thanks to its
reader and its hat tip (FNC-1 1843, seed 1446's judge); a dated update on the story's own truth
(FNC-1 292, seed 1441's judge).
"""

from __future__ import annotations

from annotate.corpus._reader_calls import split_calls

_UPDATE = (
    "We'll update this article whenever we hear of new information, clues and rumours about the"
    " next MacBook Air, so bookmark this page and check back here regularly for the latest"
    " information about the new MacBook Air with Retina display."
)
_COMMENTS = (
    "Ch-ch-check out the video (below) and let us know in the comments if you think it's legit"
    " or if it's just a ploy to get famous!"
)
_THANKS = (
    "Thanks for reading guys and I hope you gained some information from this and enjoyed"
    " reading through some of my opinions on the topic!"
)
_HAT_TIP = "(Thanks to Votesaxon07 and following the nerd for the awesome news!)"


def test_more_coming_is_a_note() -> None:
    assert split_calls("More coming...") == ("", ["More coming..."])


def test_a_long_promise_to_update_the_article_is_a_note() -> None:
    assert split_calls(f"He declined to comment. {_UPDATE}") == (
        "He declined to comment.",
        [_UPDATE],
    )


def test_a_call_to_answer_in_the_comments_is_cut_whatever_opens_it() -> None:
    assert split_calls(_COMMENTS) == ("", [_COMMENTS])


def test_a_blogs_thanks_and_hat_tip_are_cut() -> None:
    assert split_calls(f"{_THANKS} {_HAT_TIP}") == ("", [_THANKS, _HAT_TIP])


def test_the_storys_own_sentences_stay() -> None:
    for line in (
        "Thanks to his efforts, the bill passed.",
        "More coming storms are expected on Friday.",
        '"Let us know in the comments," the editor wrote, and readers did.',
        "Commenters asked the site to tell them more in the comments, but it did not.",
    ):
        assert split_calls(line) == (line, [])


def test_a_dated_update_on_the_storys_own_truth_is_a_note() -> None:
    # FNC-1 292 (seed 1441's judge, firm), and 553, test 1118 the same: the label was dropped
    # and the note's body kept as a sentence.
    from annotate.corpus._notes import is_note

    assert is_note("UPDATE 03/12/2014 : This story seems to be false. (read more)")
    # FNC-1 1137: the site's note that the story it ran was a hoax.
    assert is_note("This story was a hoax written by a site which appeared to be CCTV's.")
    # News under an update label stays (the module's rule), and so does a story about a hoax.
    assert not is_note("UPDATE 03/12/2014 : Police have arrested a second man.")
    assert not is_note("The story of the hoax spread quickly on Twitter.")


def test_a_pointer_to_the_sites_own_piece_is_a_call() -> None:
    # PolNeAR train huff-post 2016-07-18 (seed 1460's judge, firm).
    line = "Take a look at our first list of 9 outrageous things Donald Trump said about Latinos."
    assert split_calls(line) == ("", [line])
    story = "Take a look at the numbers: turnout fell by a third."
    assert split_calls(story) == (story, [])
