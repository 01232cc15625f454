"""Round 30 (issue 12): a subheading in a title's capitals, and the series it opens (PolNeAR
huff-post 2016-03-21, seed 1534's judge on ``6a2ddcf``: ``Das Volk vs. The State.`` and
``Outlook for 2016.`` kept, firm)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._subheadings import is_subheading
from tests.shared import dropped_kinds as kinds

SWISS = (
    "In 2003, the SVP swept national elections, becoming the largest party in the country.\n\n"
    "Blocher remains, for now, the vice president of the SVP and an active voice in Swiss"
    " politics.\n\n"
    "Das Volk vs. The State.\n\n"
    "Both Blocher and the SVP have long complained that the political class does not heed the"
    " will of the people.\n\n"
    "However, three of the four cantons with the highest voter turnout voted in favor.\n\n"
    "Outlook for 2016.\n\n"
    "After this defeat, Blocher stated that the SVP must be careful."
)


def test_a_title_in_capitals_and_the_series_after_it_are_headings() -> None:
    cleaned = clean(SWISS)
    assert kinds(cleaned.dropped)["heading"] == ["Das Volk vs. The State.", "Outlook for 2016."]
    assert "Blocher remains" in cleaned.text and "After this defeat" in cleaned.text


def test_prose_of_names_and_small_words_in_lower_case_stays() -> None:
    # NYT 2016-06-17 opens on pairs of names, a sentence each ("YouTube and Google."): the
    # small word is in lower case, as prose sets it.
    assert not is_subheading("YouTube and Google.", "In the push toward consolidation ...")
    # A name may open with a capitalised article: "Enter The Washington Post." is the story's
    # (test_signatures_stamps_round17).
    assert not is_subheading("Enter The Washington Post.", "The paper ran a story on it.")
    # A verb makes it a sentence, capitals or not.
    assert not is_subheading("Enter The Dragon Is Back.", "The film returns to cinemas.")
    # A work's title inside a sentence keeps its capitals; the sentence's verb is lower case.
    assert not is_subheading("She loved Gone With The Wind.", "The film returns to cinemas.")
