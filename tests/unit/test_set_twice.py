"""A line set twice, one right under the other, is a picture's caption and its alt text or a
link and its title (issue 12, round 19: seed 1357). Every line is quoted from the article
named; the first two tests fail without ``_clean._SET_TWICE_WORDS``'s rule."""

from __future__ import annotations

from annotate.corpus._clean import clean

# FNC-1 body 2098: a photo's caption, set as its alt text and under it, between paragraphs.
_RAMOS = [
    "Mr. Ramos was pronounced dead a little over an hour after arriving at the hospital.",
    "",
    "The young man seemed happy and healthy when this photo was taken by his roommate, less "
    "than 24 hours before his death.",
    "The young man seemed happy and healthy when this photo was taken by his roommate, less "
    "than 24 hours before his death.",
    "",
    "Forensic scientists and experts from the hospital Carlos III had to perform a wide "
    "battery of tests and analysis before we can accurately determine what caused his death.",
]


def test_a_caption_set_twice_is_dropped_both_times() -> None:
    cleaned = clean("\n".join(_RAMOS))
    assert [d.kind for d in cleaned.dropped] == ["caption", "duplicate"]
    assert cleaned.text.split("\n\n") == [_RAMOS[0], _RAMOS[-1]]


def test_a_related_link_set_twice_is_dropped() -> None:
    # FNC-1 body 1419 (BBC): the box's link and its title, then the profile's caption.
    lines = [
        "It frequently attacks schools and colleges, which it sees as a symbol of Western culture.",
        "",
        "Who are Boko Haram?",
        "",
        "Who are Boko Haram?",
        "",
        "Profile: Boko Haram leader Abubakar Shekau",
    ]
    cleaned = clean("\n".join(lines))
    assert cleaned.text == lines[0]


def test_a_paragraph_said_again_later_stays_once() -> None:
    # The story's paragraph and a later copy apart from it: the first is the story's.
    lines = [_RAMOS[0], "", _RAMOS[-1], "", _RAMOS[0]]
    cleaned = clean("\n".join(lines))
    assert cleaned.text.split("\n\n") == [_RAMOS[0], _RAMOS[-1]]
    assert [d.kind for d in cleaned.dropped] == ["duplicate"]
