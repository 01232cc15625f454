"""Round 24: a gerund's phrase as a subheading, and a headline whose stop is set apart, on the
real lines.

Reuters sets ``Recovering from a mistep.`` between two paragraphs of its story (PolNeAR train,
breitbart 2015-12-20, seed 1435's judge): a section's name, with no word of the section under
it. FNC-1 1848 opens with its own headline, its stop set apart by a space (seed 1437's judge).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._headlines import is_title_line
from annotate.corpus._subheadings import is_subheading

_BEFORE = (
    "Courted by most of the Republican candidates, Adelson said earlier on Friday during a news "
    "conference that he had not yet decided whom to back. He described the field of Republican "
    "candidates as “all very good”."
)
_HEAD = "Recovering from a mistep."
_AFTER = (
    "Some 14 candidates are still in the race for the Republican Party nomination. The latest "
    "Reuters/Ipsos poll showed Trump leading the field with support of 31 percent of Republican "
    "voters."
)


def test_a_gerunds_phrase_alone_is_a_subheading() -> None:
    cleaned = clean(f"{_BEFORE}\n\n{_HEAD}\n\n{_AFTER}\n")
    assert [d.text for d in cleaned.dropped if d.kind == "heading"] == [_HEAD]
    assert "Some 14 candidates" in cleaned.text


def test_a_gerund_with_its_verb_is_a_sentence() -> None:
    assert is_subheading(_HEAD, _AFTER)
    # A gerund as a clause's subject: its verb follows, in the present or a finite form.
    assert not is_subheading("Spending goes up.", _AFTER)
    assert not is_subheading("Voting ended early.", _AFTER)
    assert not is_subheading("Nothing has changed.", _AFTER)
    # A noun in "-ing" heading a compound is no gerund (an answer in GUM's dungeon interview).
    assert not is_subheading("Clothing supply closet.", _AFTER)
    # "According" opens a clause, not a gerund's phrase.
    assert not is_subheading("According to his aides.", _AFTER)


def test_a_headline_with_its_stop_set_apart_is_the_title() -> None:
    title = "McDonald’s Will Stop Serving Overweight Customers Beginning 1/1/15 ."
    assert is_title_line(title)
    body = (
        f"{title}\n\nObesity in America has more than doubled over the last 2 decades and has "
        "become the leading public health issue in the U.S.\n"
    )
    cleaned = clean(body)
    assert cleaned.title == title
    assert cleaned.text.startswith("Obesity in America")
    # A sentence in sentence case with its stop set apart is not a headline.
    assert not is_title_line("McDonald’s will stop serving overweight customers on 1/1/15 .")
