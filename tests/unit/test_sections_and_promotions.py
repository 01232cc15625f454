"""Round-up pages: section headings set close over their sections, the site's promotions,
a parenthesis of two sentences, a contributors line, a headline's second deck (issue 12,
round 5, ``fix/seg33``). Every line is quoted from the article named."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from annotate.corpus._reader_calls import split_calls
from annotate.corpus._segment import split_sentences

# FNC-1 1362 (Macworld's MacBook Air rumour round-up): paragraphs stand apart, each heading
# sits on its section's first line.
_ROUNDUP = [
    "We report on (and analyse for credibility) all the rumours about every aspect of the new "
    "MacBook Air with Retina display: its release date, so you'll know exactly when the new "
    "Retina MacBook Air will launch.",
    "",
    "We'll update this article whenever we hear of new information, clues and rumours about "
    "the next MacBook Air, so bookmark this page and check back here regularly for the latest "
    "information about the new MacBook Air.",
    "",
    "New Retina MacBook Air rumours: 12-inch screen",
    "Many of the new MacBook Air rumours suggest this model will feature a 12in screen.",
    "",
    "The smaller 12in model could still accommodate a reasonably sized screen and keyboard if "
    "it had a smaller bezel, and Apple has done so on its other laptops in the past two years.",
    "",
    "Will the old non-Retina MacBook Air remain?",
    "If Apple launches a 12in MacBook Air, will it discontinue the existing models? It's "
    "possible that if Apple launches a 12in Retina MacBook Air model it will discontinue both.",
    "",
    "The new MacBook Air will be solar-powered",
    "Ok, so this is a bit of an out-there rumour, but it really is possible that Apple will "
    "one day release a new MacBook Air with a solar powered display.",
]


def _headings(lines: list[str]) -> list[str]:
    return [d.text for d in clean("\n".join(lines)).dropped if d.kind == "heading"]


def test_a_round_up_s_section_headings_are_dropped() -> None:
    assert _headings(_ROUNDUP) == [
        "New Retina MacBook Air rumours: 12-inch screen",
        "Will the old non-Retina MacBook Air remain?",
        "The new MacBook Air will be solar-powered",
    ]


def test_an_explainer_s_section_heading_is_dropped() -> None:
    # FNC-1 test 2575 (Vox, on Seth Rich).
    lines = [
        "Rich’s family has been begging right-wing news outlets to stop spreading unfounded "
        "rumors about him, but by now the situation seems to have gotten out of control.",
        "",
        "We might not know who killed Seth Rich, but we do know who turned his legacy into a "
        "textbook study of where fake news comes from, how it spreads, and the victims it creates.",
        "",
        "Seth Rich was murdered in a senseless act of violence",
        "Seth Rich worked in Democratic politics for most of his career. He grew up and went to "
        "college in Omaha, Nebraska, where as a student he volunteered on two campaigns.",
    ]
    assert _headings(lines) == ["Seth Rich was murdered in a senseless act of violence"]


@pytest.mark.parametrize(
    "line",
    [
        # The story's sentences in the same place: a full stop (PolNeAR huff-post 2016-07-27),
        # an address (FNC-1 230), a question before any heading.
        "Some delegates at the convention in Philadelphia said they welcomed attention to the "
        "issue.",
        "I found the twitter feed that uses that picture as its profile pic: "
        "https://twitter.com/ISOiOS_2",
        "Will the old non-Retina MacBook Air remain?",
    ],
)
def test_a_sentence_set_close_over_a_paragraph_stays(line: str) -> None:
    lines = [*_ROUNDUP[:4], line, _ROUNDUP[5]]
    cleaned = clean("\n".join(lines))
    assert line in cleaned.text


def test_on_a_page_without_blank_lines_between_paragraphs_no_heading_is_taken() -> None:
    packed = [line for line in _ROUNDUP if line]
    assert _headings(packed) == []


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        # FNC-1 1362.
        (
            "Apple unveiled the latest update. Read our reviews of the current MacBook Air range "
            "here: 11in 2014 MacBook Air review and MacBook Air 2014, 13in, review.",
            "Apple unveiled the latest update.",
            [
                "Read our reviews of the current MacBook Air range here: 11in 2014 MacBook Air "
                "review and MacBook Air 2014, 13in, review."
            ],
        ),
        (
            "Wondering whether to buy a MacBook or a Mac desktop? Find out if you should buy a Mac "
            "laptop or Mac desktop here. Also: read our Best Mac to Buy Mac Buyers Guide where we "
            "compare every Mac.",
            "",
            [
                "Wondering whether to buy a MacBook or a Mac desktop?",
                "Find out if you should buy a Mac laptop or Mac desktop here.",
                "Also: read our Best Mac to Buy Mac Buyers Guide where we compare every Mac.",
            ],
        ),
        (
            "Apple website 9to5Mac has commissioned an artist to produce detailed images of the "
            "next MacBook Air. More info in the MacBook Air redesign section.",
            "Apple website 9to5Mac has commissioned an artist to produce detailed images of the "
            "next MacBook Air.",
            ["More info in the MacBook Air redesign section."],
        ),
        (
            "Wondering what the Retina display fuss is all about? Read: What's a Retina display, "
            "and what's a Retina HD display?",
            "Wondering what the Retina display fuss is all about?",
            ["Read: What's a Retina display, and what's a Retina HD display?"],
        ),
    ],
)
def test_the_site_s_promotions_are_cut(line: str, kept: str, cut: list[str]) -> None:
    assert split_calls(line) == (kept, cut)


@pytest.mark.parametrize(
    "line",
    [
        # The story's own sentences with the same words (FNC-1 1362, PolNeAR).
        "Find out more about the chip, Intel said, when it ships next year.",
        "We read our rivals' reviews with interest.",
        "More details are in the report's first section, which Intel published on Monday.",
    ],
)
def test_sentences_like_promotions_stay(line: str) -> None:
    assert split_calls(line) == (line, [])


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1362 and FNC-1 524: a promotion alone on its line.
        "Read our MacBook Air reviews \\ Which Mac laptop? MacBook Air vs MacBook Pro comparative "
        "review \\ Best Mac 2014",
        "Plus, find out what's in store for next year: Apple rumours and predictions for 2015",
        "Now read: Which is better: Microsoft Surface Pro 3 or Apple MacBook Air?",
        "Read our review of the new £899 iMac and see how it compares to the MacBook Air.",
    ],
)
def test_a_promotion_line_is_boilerplate(line: str) -> None:
    text = "The Core M is designed for small laptops and large tablets.\n\n" + line
    assert [d.kind for d in clean(text).dropped] == ["boilerplate"]


def test_two_sentences_in_a_parenthesis_of_their_own_are_two() -> None:
    # FNC-1 1362.
    aside = (
        "(On the other hand, some analysts have argued that Lenovo's implementation of the Core "
        "M, rather than the innate qualities of the Core M itself, was to blame for the "
        "sub-standard performance, and that Apple's engineers would be able to coax solid "
        "performance from a Core M-equipped MacBook Air. We shall see.)"
    )
    assert split_sentences("It was slow. " + aside) == [
        "It was slow.",
        aside[: -len(" We shall see.)")],
        "We shall see.)",
    ]


def test_a_parenthesis_inside_a_sentence_stays_whole() -> None:
    line = "Apple said so (it did. We shall see what comes) and the shares rose."
    assert split_sentences(line) == [line]


def test_a_contributors_line_is_a_credit() -> None:
    # PolNeAR dev nyt 2016-09-20.
    line = "Bryant Rousseau and Caryn Wilson contributed reporting."
    assert split_credits(line) == ("", [line])
    assert split_credits("The team contributed reporting.")[1] == []


def test_a_headline_s_second_deck_is_dropped() -> None:
    # PolNeAR train usa-today 2016-04-27: the title's first deck ends with a semicolon.
    text = (
        "Clinton takes Pa., Md. and Del.; most delegates locked up; \n"
        "Sanders wins R.I., vows to press on to next primary.\n\n"
        "Hillary Clinton was declared the winner in the Pennsylvania, Maryland and Delaware "
        "primaries by news organizations early Tuesday night."
    )
    cleaned = clean(text, first_line_is_title=True)
    assert [(d.kind, d.text) for d in cleaned.dropped] == [
        ("title", "Clinton takes Pa., Md. and Del.; most delegates locked up;"),
        ("headline", "Sanders wins R.I., vows to press on to next primary."),
    ]
    assert cleaned.text.startswith("Hillary Clinton was declared")


def test_a_title_s_dek_stays_when_the_title_is_whole() -> None:
    text = (
        "Clinton takes Pa., Md. and Del.\n"
        "Sanders wins R.I., vows to press on to next primary.\n\n"
        "Hillary Clinton was declared the winner early Tuesday night."
    )
    assert clean(text, first_line_is_title=True).text.startswith("Sanders wins R.I.")


def test_a_standfirst_paragraph_under_a_semicolon_title_stays() -> None:
    # PolNeAR train usa-today 2016-03-18 (an interview): the paragraph under the title is the
    # story's own introduction, longer than any headline deck (links cut out of the source).
    standfirst = (
        "Former first lady Laura Bush wrote the introduction for a new book, . She sat down "
        "this week with to discuss the United States' longest war. She touched briefly on the "
        "2016 presidential race and Donald Trump. Questions and answers have been edited for "
        "length and clarity."
    )
    text = f"Laura Bush sees 'Hope,' help for Afghan women; \n{standfirst}\n\nQ: Why this book?"
    cleaned = clean(text, first_line_is_title=True)
    assert "She touched briefly on the 2016 presidential race" in cleaned.text
