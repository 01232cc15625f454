"""Captions, chart text and boundaries, round 13 (issue 12, `fix/seg58`).

Real lines from FNC-1 train bodies and PolNeAR texts (named beside each). Each rule has a test
on the line it was made for and one on a nearby line that must stay as it was.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._segment import split_sentences

# FNC-1 body 1338 (a translated Italian story): the translation capitalised the speech verb
# after the quotation's own question mark.
FERRARI = (
    'After a few shots have thrown back into the water. "Who am I to take his life?" Says Dino '
    "Ferrari. Maybe in a year will be able to catch them again."
)


def test_a_capitalised_verb_and_a_name_after_a_quotation_are_its_attribution() -> None:
    assert split_sentences(FERRARI) == [
        "After a few shots have thrown back into the water.",
        '"Who am I to take his life?" Says Dino Ferrari.',
        "Maybe in a year will be able to catch them again.",
    ]


def test_a_capitalised_verb_that_goes_on_opens_a_sentence() -> None:
    # Not only a verb and a name: a sentence of its own about the speaker.
    line = '"Who am I to take his life?" Says Dino Ferrari of the catfish he let go.'
    assert len(split_sentences(line)) == 2


# PolNeAR huff-post 2016-05-02 huffpollster-indiana-s-gop-prima, line 10: two quoted Gallup
# sentences joined by "..." glued to a figure's per cent sign.
GALLUP = (
    "For example, the average percentage of those who give each candidate a high rating on "
    "competitive and also say they are highly likely to vote for that candidate is 29%...On the "
    "other hand, 53% of those who rate a candidate as high on the inspiring dimension also say "
    "they are highly likely to vote for that candidate."
)


def test_an_ellipsis_glued_between_a_per_cent_sign_and_a_capital_ends_a_sentence() -> None:
    assert split_sentences(GALLUP) == [
        GALLUP[: GALLUP.index("On the")],
        GALLUP[GALLUP.index("On the") :],
    ]


def test_an_ellipsis_after_a_per_cent_sign_before_lower_case_goes_on() -> None:
    line = "Support rose to 29%... and then it fell back to where it had been in March."
    assert split_sentences(line) == [line]


def article(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


# PolNeAR usa-today 2015-12-08 most-oppose-defunding-planned-parenthood: the poll box at the
# story's end, its question over its answers' rows.
POLL = [
    (
        'Law enforcement sources have said he said "no more baby parts" in comments to '
        "officials after the shooting."
    ),
    "DEFUNDING DEBATE",
    "Should federal funding for Planned Parenthood be eliminated?",
    "No 58%",
    "Yes 33%",
    "Undecided 9%",
]


def test_a_question_over_a_row_of_figures_is_the_boxs_title() -> None:
    cleaned = clean(article(POLL))
    assert POLL[2] not in cleaned.text
    assert [d.kind for d in cleaned.dropped if d.text.startswith("Should")] == ["heading"]
    assert "no more baby parts" in cleaned.text


def test_a_question_over_prose_stays() -> None:
    # FNC-1-style story question followed by its answer in prose.
    lines = [
        "Should federal funding for Planned Parenthood be eliminated?",
        "Most likely voters say it should not, with 58% opposed in the new poll.",
    ]
    assert lines[0] in clean(article(lines)).text
