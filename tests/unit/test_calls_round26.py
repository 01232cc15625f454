"""Round 26: the page's words about what it embeds, kept as sentences, on the real lines (the
1474-1482 judges' errors on ``f16da09``).

A podcast embedded below and where in it to listen (PolNeAR huff-post 2016-03-23, seed 1478's
judge, firm); a warning about the video's pictures (PolNeAR west-journal 2016-09-21, seed
1479's judge, firm); a pointer to everything embedded below (FNC-1 45, seed 1480's judge).
"""

from __future__ import annotations

from annotate.corpus._reader_calls import split_calls

_PODCAST = (
    "Listen to HuffPost’s interview with Frank in the latest episode of the So, That Happened"
    " podcast embedded below."
)
_MARK = "The discussion starts at the 15:20 mark."
_SHOT = "He was tased and then shot after he approached the driver’s side door of his vehicle."
_WARNING = "(WARNING: Video contains graphic images.)"


def test_an_embedded_podcast_and_where_to_listen_are_calls() -> None:
    assert split_calls(f"{_PODCAST} {_MARK}") == ("", [_PODCAST, _MARK])


def test_a_time_in_the_embed_after_a_pointer_is_cut_with_it() -> None:
    assert split_calls(
        "Wait, it gets even more ridiculous. Watch above. (The Trump comments start around"
        " the 2:05 mark.)"
    ) == (
        "Wait, it gets even more ridiculous.",
        ["Watch above.", "(The Trump comments start around the 2:05 mark.)"],
    )


def test_a_warning_about_the_pages_pictures_is_cut() -> None:
    assert split_calls(f"{_SHOT} {_WARNING}") == (_SHOT, [_WARNING])
    assert split_calls("WARNING: GRAPHIC IMAGES.") == ("", ["WARNING: GRAPHIC IMAGES."])


def test_a_pointer_to_everything_below_is_a_call() -> None:
    assert split_calls("Check everything out below.") == ("", ["Check everything out below."])


def test_the_storys_own_times_and_warnings_stay() -> None:
    for line in (
        "His speech begins at 12:30.",
        "The game starts at 7:30 tonight.",
        "Officials issued a warning about graphic images circulating online, he said.",
        "WARNING CONTAINS GRAPHIC IMAGES Kobani, Syria (IraqiNews.com) ISIS militants"
        " reportedly beheaded the Kurdish fighter known as Rehana.",
    ):
        assert split_calls(line) == (line, [])
    # Round 38: an imperative to look at a picture below is the page's pointer (FNC-1 648, seed
    # 1625's judge), as "Watch the video below:" is the page's call since round 35; this line
    # was kept here as the story's until then (see test_labels_round38.py).
