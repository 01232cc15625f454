"""A sentence ends at ``…`` before a capitalised word, as pysbd ends one at ``...``, and after
a one-letter word that follows a word in lower case (issue 12, ``fix/seg14``).

Real lines from FNC-1 train and test bodies and PolNeAR texts (named beside each); each was one
sentence where two are before ``_ellipsis``, or must stay one.
"""

from __future__ import annotations

import pytest

from annotate.corpus._segment import segment, segment_utf8, split_sentences

SPLIT = [
    (  # FNC-1 2052 (seed 1254): the mark ends a quotation, then the writer's sentence.
        "We want to create a brotherhood. Like, all of us who are connected, who are in something"
        " together, who have influence, like the Koch brothers …” Yep, nothing says success—or"
        " search engine optimization—quite like “Koch brothers.”",
        [
            "We want to create a brotherhood.",
            "Like, all of us who are connected, who are in something together, who have influence,"
            " like the Koch brothers …”",
            "Yep, nothing says success—or search engine optimization—quite like “Koch brothers.”",
        ],
    ),
    (  # FNC-1 593 (seed 1208's hand check): a pause in transcribed speech, then a space.
        "“And it’s kind of a strong witness, a credible person that’s telling me this… It’s not"
        " testosterone, but it’s something else.",
        [
            "“And it’s kind of a strong witness, a credible person that’s telling me this…",
            "It’s not testosterone, but it’s something else.",
        ],
    ),
    (  # FNC-1 593: no space after the mark.
        "“One of the big problems, Nike’s been giving Tiger a ball that I would almost bet"
        " hasn’t been tested…Rory played it too.",
        [
            "“One of the big problems, Nike’s been giving Tiger a ball that I would almost bet"
            " hasn’t been tested…",
            "Rory played it too.",
        ],
    ),
    (  # FNC-1 800 (seed 1209): an omission mark, spaced, between two quoted sentences.
        "Urban legends of spiders living under human skin or laying eggs have circulated for"
        " more than a century, but no evidence has emerged to indicate it is likely or possible"
        " for a spider to live under human skin … It is also worth pointing out that not only"
        " has a spider never been known to harm a human in the manner described.",
        [
            "Urban legends of spiders living under human skin or laying eggs have circulated for"
            " more than a century, but no evidence has emerged to indicate it is likely or"
            " possible for a spider to live under human skin …",
            "It is also worth pointing out that not only has a spider never been known to harm a"
            " human in the manner described.",
        ],
    ),
    (  # FNC-1 test body 1636: three full stops glued to the capital.
        "\"But I don't get it...If the Garth guy shows up or not, these guys are still going to"
        ' have the same great time," he said.',
        [
            "\"But I don't get it...",
            "If the Garth guy shows up or not, these guys are still going to have the same great"
            ' time," he said.',
        ],
    ),
    (  # FNC-1 1922: a spaced mark glued to the capital after it.
        "\"And they didn't go homeless because they're lazy ...It could be a divorce, and one"
        " thing leads to another.",
        [
            "\"And they didn't go homeless because they're lazy ...",
            "It could be a divorce, and one thing leads to another.",
        ],
    ),
]

KEPT = [
    # FNC-1 test 202: a word in capitals after the mark is the same sentence said louder.
    "A JILTED wife faces jail after chopping off her cheating husband's manhood… TWICE.",
    # PolNeAR politico 2016-02-04: words left out after an article.
    "“The … Clinton team has done what they need to do, and they will execute with aplomb.",
    # FNC-1 2514: after "So" the sentence goes on.
    "So… Rebecca Schoenkopf over at Wonkette is pretty certain that actor Paul Rudd was one"
    " of the many bystanders.",
    # PolNeAR west-journal 2016-09-29: what follows is no sentence.
    "And if you do, why do you still refuse to use the term … Islamic terrorist?”",
    # An omission before a lone name still goes on with its sentence (``_boundaries``).
    "“I have never met … Doley.",
    # FNC-1 1900: the quotation the mark closes goes on with its attribution, verb first.
    "True heroes…” Tweeted Minister Peter MacKay.",
    # FNC-1 1646: a participle clause broken off by the mark needs the clause after it.
    '"Having reviewed the iPhone 6 and currently being in possession of an iPhone 6 Plus... I'
    ' can report the gap between the front glass and aluminium does not exist," writes Gordon'
    " Kelley for Forbes.",
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_an_ellipsis_before_a_capitalised_word_ends_a_sentence(
    text: str, expected: list[str]
) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_an_ellipsis_inside_a_sentence_is_no_end(text: str) -> None:
    assert split_sentences(text) == [text]


def test_the_same_in_a_long_line_read_in_windows_and_as_bytes() -> None:
    line = " ".join([text for text, _ in SPLIT] + KEPT)
    spans = segment(line, window=100_000)
    assert len(spans) == sum(len(expected) for _, expected in SPLIT) + len(KEPT)
    assert segment(line, window=150) == spans
    assert [(s, e) for s, e, _, _ in segment_utf8(line.encode(), window=150)] == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # PolNeAR wash-post 2015-12-24 (seed 1207): "a standing O." ends the sentence.
            '"As a presidential candidate, his superpower is to sense exactly where the right is'
            " at any given moment and get there himself, with a flourish that leads to a standing"
            " O. The problem for Cruz is that the conservative soul has been divided on foreign"
            " policy over the past decade.",
            [
                '"As a presidential candidate, his superpower is to sense exactly where the right'
                " is at any given moment and get there himself, with a flourish that leads to a"
                " standing O.",
                "The problem for Cruz is that the conservative soul has been divided on foreign"
                " policy over the past decade.",
            ],
        ),
        (  # PolNeAR politico 2016-10-10.
            "“So the red sweater is plan B. I’m glad it worked out.",
            ["“So the red sweater is plan B.", "I’m glad it worked out."],
        ),
        (  # FNC-1 test body 2570, a reference list: an initial after a surname stays.
            "(14) Schubert D. A different perspective on GM food.",
            ["(14) Schubert D. A different perspective on GM food."],
        ),
    ],
)
def test_a_one_letter_word_after_a_word_in_lower_case_is_no_initial(
    text: str, expected: list[str]
) -> None:
    # pysbd reads any capital letter and stop as an initial (_letter_words).
    assert split_sentences(text) == expected
