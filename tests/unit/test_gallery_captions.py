"""A gallery's row of captions, issue 12 round 18 (``fix/seg73``). Every line is quoted from
the article named."""

from __future__ import annotations

from annotate.corpus._clean import clean

# FNC-1 body 1198 (BuzzFeed on "Jihadi John"): a row of the hostages' portraits, each captioned
# with a name, who they were and when they were killed, between the story's paragraphs.
_ROW = [
    "“Jihadi John” appeared in multiple ISIS videos, threatening hostages who would later be "
    "killed.",
    "",
    "Peter Kassig, a US aid worker, killed in December 2014.",
    "",
    "David Cawthorne Haines, a Scottish aid worker, killed in September 2014.",
    "",
    "Alan Henning, a British aid worker, killed in October 2014.",
    "",
    "The naming of Emwazi appears to discredit earlier reports naming “Jihadi John” as "
    "Abdel-Majed Abdel Bary, a London rapper.",
]


def _captions(lines: list[str]) -> list[str]:
    return [d.text for d in clean("\n".join(lines)).dropped if d.kind == "caption"]


def test_a_gallery_s_row_of_captions_is_dropped() -> None:
    assert _captions(_ROW) == _ROW[2:7:2]
    kept = clean("\n".join(_ROW)).text
    assert kept.startswith("“Jihadi John” appeared") and kept.endswith("a London rapper.")


def test_one_line_of_the_shape_alone_is_kept() -> None:
    # Without its row, the shape is prose's as well: the line stays.
    lines = [*_ROW[:4], *_ROW[-2:]]
    assert _captions(lines) == []


def test_prose_with_an_appositive_and_a_verb_is_kept() -> None:
    # PolNeAR train breitbart 2016-03-20 and FNC-1 1637: a verb with its object, an obituary's
    # relative clause; the same row of them stays prose.
    lines = [
        "Rubio, a Florida senator, ended his bid after an embarrassing loss to Donald Trump "
        "last week in his home state.",
        "",
        "Robinson, who was known as the “mother of hip-hop”, died in 2011.",
        "",
        "Clinton, the Democratic nominee, marked her 69th birthday Wednesday with campaign "
        "stops in Florida.",
    ]
    assert _captions(lines) == []
