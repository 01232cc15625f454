"""A subheading that asks, first of its series, and a section's label over the page's first
paragraph (issue 12, round 17).

Real lines, from FNC-1 bodies and PolNeAR texts (named beside each).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds
from tests.shared import fnc1_body, shared_data


def test_a_verbless_question_first_of_a_series_of_subheadings_is_dropped() -> None:
    # PolNeAR train usa-today 2016-01-12: "What Ideology?" heads a section of ten paragraphs,
    # "Addressing violence." the next one.
    path = next(
        (shared_data() / "polnear" / "data").glob("*/text/usa-today_2016-01-12_energy-guns-*")
    )
    cleaned = clean(path.read_text("utf-8"), first_line_is_title=True)
    headings = kinds(cleaned.dropped)["heading"]
    assert "What Ideology?" in headings
    assert "Addressing violence." in headings
    assert "When it comes to public policy, Millennials aren't reliably liberal" in cleaned.text


# Rhetorical questions of the story stay: one word, or a verb in it, even in a series.
SERIES = (
    "The top issue by far for Millennials is the economy, including concerns about the minimum "
    "wage and paying for college.\n\n"
    "{question}\n\n"
    "When it comes to public policy, Millennials aren't reliably liberal or conservative.\n\n"
    "On economic issues, more call themselves conservative (38%) than liberal (33%).\n\n"
    "Even so, voters under 35 have a partisan tilt: 41% identify with the Democratic Party.\n\n"
    "Donald Trump easily leads the field among younger Republicans and independents.\n\n"
    "On the Democratic side, Hillary Clinton leads Vermont Sen. Bernie Sanders nationally.\n\n"
    "There is an age divide within the Millennial generation, and a gender gap as well.\n\n"
    "Addressing violence.\n\n"
    "By 2-1, Millennials see police violence against African Americans as a problem, and "
    "three-fourths say it is serious."
)


def test_a_question_with_a_verb_or_of_one_word_stays_in_a_series() -> None:
    for question in ("Why?", "Who cares?", "What changed?", "Come again?"):
        cleaned = clean(SERIES.format(question=question))
        assert question in cleaned.text, question
    cleaned = clean(SERIES.format(question="What Ideology?"))
    assert kinds(cleaned.dropped)["heading"] == ["What Ideology?", "Addressing violence."]


def test_a_section_label_over_the_first_paragraph_is_dropped() -> None:
    # Hoax-Slayer: FNC-1 906, 1035 and test 2358 open on "Outline" over the story's summary.
    for body in (
        fnc1_body("906"),
        fnc1_body("1035"),
        fnc1_body("2358", "competition_test_bodies.csv"),
    ):
        cleaned = clean(body)
        assert kinds(cleaned.dropped)["heading"][0] == "Outline"
        assert cleaned.text.startswith(("Circulating", "A story circulating"))


def test_what_opens_a_page_without_a_label_s_shape_stays() -> None:
    paragraph = (
        "\nA Catholic priest from Massachussetts was officially dead for more than 48 minutes "
        "before medics were able to re-start his heart."
    )
    # A dateline set over its paragraph (FNC-1 526) stays the sentence's dateline.
    assert "Boston|" not in kinds(clean("Boston|" + paragraph).dropped).get("heading", [])
    # Words in sentence case, or the stub of a sentence the next line goes on with.
    for top in ("Share by email", "nce, War"):
        assert top in clean(top + paragraph).text
