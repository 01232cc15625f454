"""A caption that says only who is in the picture and that it is one (issue 12, round 19: seed
1359). Every line is quoted from the article named; the first test fails without
``annotate.corpus._captions._in_photo``."""

from __future__ import annotations

from annotate.corpus._clean import clean

# FNC-1 body 1293 (NBC News): the caption sits between two paragraphs, with no credit.
_MUELLER = [
    'Recently, President Barack Obama has said the U.S. is deploying "all assets" to save Mueller.',
    "",
    "Kayla Mueller in an undated family photo.",
    "",
    "Mueller's family previously had requested that her name not be made public, and little "
    "has been publicized about her ordeal.",
]


def test_names_in_an_undated_photo_are_a_caption() -> None:
    cleaned = clean("\n".join(_MUELLER))
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("caption", _MUELLER[2])]
    assert cleaned.text.split("\n\n") == [_MUELLER[0], _MUELLER[4]]


def test_prose_that_mentions_a_photo_stays() -> None:
    # FNC-1 body 1554 and test body 290: a verb makes it the story's sentence.
    lines = [
        "And now, we have our first look at Zehaf-Bibeau in a photo that shows him holding a "
        "gun and wearing a keffiyeh.",
        "",
        "In a photo of the man, bruises and injuries can be seen on his hands, head and chest.",
    ]
    assert clean("\n".join(lines)).text.split("\n\n") == lines[::2]
