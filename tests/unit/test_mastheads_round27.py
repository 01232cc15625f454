"""Round 27: a newsletter's masthead line, naming itself and the day's issue, kept as the last
sentence of its dek (PolNeAR train huff-post 2016-02-03 and 2016-05-02, HuffPollster; the
rule-free judges' error on ``aafec48``).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._notices import is_site_notice, split_masthead

_DEK = (
    "Early analysis shows Iowa polls may have missed the Republican results because they were"
    " simply too early. New Hampshire seems stable, but that could change. And Gallup finds"
    " states shifting toward the GOP, but that doesn’t necessarily give Republicans an election"
    " advantage."
)
_MASTHEAD = "This is HuffPollster for Wednesday, February 3, 2016."


def test_the_masthead_is_cut_off_the_dek() -> None:
    assert split_masthead(f"{_DEK} {_MASTHEAD}") == (_DEK, _MASTHEAD)
    assert split_masthead(f"{_DEK} This is HuffPollster for Monday, May 2, 2016. ") == (
        _DEK,
        "This is HuffPollster for Monday, May 2, 2016.",
    )


def test_the_masthead_alone_is_a_site_notice() -> None:
    assert is_site_notice(_MASTHEAD)


def test_the_dek_keeps_its_sentences_and_drops_the_masthead() -> None:
    cleaned = clean(
        f"HUFFPOLLSTER: A Seismic Shift.\n\n{_DEK} {_MASTHEAD}\n", first_line_is_title=True
    )
    assert _MASTHEAD not in cleaned.text
    assert "election advantage." in cleaned.text
    assert any(d.text == _MASTHEAD and d.kind == "boilerplate" for d in cleaned.dropped)


def test_sentences_that_say_this_is_for_a_day_are_kept() -> None:
    for line in (
        "This is crucial for both of them, but it’s probably more crucial for Trump.",
        "This is Trump’s plan for Monday, May 2, 2016.",
        "This is not for the customer’s bragging rights.",
        "He said: This is HuffPollster for Monday, May 2.",
    ):
        assert split_masthead(line) == (line, "")
        assert not is_site_notice(line)
