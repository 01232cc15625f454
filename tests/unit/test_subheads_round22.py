"""Round 22 (issue 12): a subheading that shares its topic's word with the section under it in
another inflection, and a request that is no subheading.

Real lines from PolNeAR and FNC-1 train bodies (named beside each); paragraphs shortened.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._subheadings import is_subheading
from tests.shared import dropped_kinds as kinds


def test_a_crosshead_whose_word_the_section_inflects_is_a_subheading() -> None:
    # PolNeAR train wash-post 2016-03-18 (rabbis vow to boycott Trump speech): WaPo's first
    # crosshead; "cringe" and "cringed" are one word. A judge counted it a non-prose task.
    raw = (
        "Trump's rise has caused particular consternation among Republican Jewish leaders.\n\n"
        "Cringe-worthy statements.\n\n"
        "Some said they have cringed as Trump has repeatedly likened the Israel-Palestinian "
        "negotiations to the real estate deals that he has brokered over his career.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {"heading": ["Cringe-worthy statements."]}


def test_a_request_is_no_subheading() -> None:
    # FNC-1 1416: the last line of a hostage's wife's plea, alone in its paragraph; the story
    # goes on with "released", but the plea is hers.
    assert not is_subheading(
        "Please release Alan.",
        "Earlier on Tuesday, militants with ISIS released a new propaganda video.",
    )
