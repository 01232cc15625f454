"""Subheadings of issue 12, round 15 (``fix/seg63``): an analysis's section heads in title case
glued by one space to their first sentence. Every line is quoted from the article named."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._glued_headings import cut_glued_headings

# PolNeAR train nyt 2016-02-04 (polls miss Trump's fall in Iowa): two section heads, each run
# into the first sentence of its section, four paragraphs apart.
_ANALYSIS = [
    "Cruz's Path to Nomination For Mr. Cruz, the victory gives him a chance to forge a narrow "
    "but real path to the nomination.",
    "",
    "But his path to the nomination is still not an easy one.",
    "",
    "He won just 19 percent among ''somewhat conservative'' voters and a mere 9 percent of the "
    "''moderate'' vote.",
    "",
    "Rubio's Big Night Making it even harder for Mr. Cruz to broaden his appeal is Mr. Rubio.",
]


def _headings(lines: list[str]) -> list[str]:
    return [d.text for d in clean("\n".join(lines)).dropped if d.kind == "heading"]


def test_an_analysis_s_title_case_heads_are_cut_off_their_sentences() -> None:
    cleaned = clean("\n".join(_ANALYSIS))
    assert _headings(_ANALYSIS) == ["Cruz's Path to Nomination", "Rubio's Big Night"]
    assert cleaned.text.startswith("For Mr. Cruz, the victory gives him")
    assert "\n\nMaking it even harder for Mr. Cruz" in cleaned.text


def test_one_title_case_run_alone_is_not_a_heading() -> None:
    # Only a series is cut: the first head without the second stays in its sentence.
    assert _headings(_ANALYSIS[:5]) == []


def test_sentences_opening_with_names_keep_them() -> None:
    # Runs of capitalised names before a word in lower case open sentences (PolNeAR train
    # west-journal 2016-05-26, FNC-1 body 1079): no heading is cut from them.
    lines = [
        "The Republican National Committee this week announced another step it will be taking "
        "to ensure Trump is in the best position possible.",
        "",
        "The Sunday Times and Sunday People identified Bary as a member of a group of at least "
        "three British-born ISIS fighters.",
        "",
        "Senator Barbara Boxer of California said she had been threatened by the crowd in the "
        "hall that night.",
    ]
    assert _headings(lines) == []


def test_a_line_in_title_case_throughout_is_not_cut_in_two() -> None:
    # PolNeAR test politico 2016-10-12 (a roundup of paid speeches): each excerpt's heading is
    # a line in title case, which holds a small word in capitals but no sentence after it.
    lines = [
        "Tom Nides Thanked Clinton For Making Morgan Stanley Her First Business Audience After "
        "Leaving State.",
        "",
        "Goldman Sachs Representative Thanked Clinton For Her Courage In Continuing To Associate "
        "Herself With Wall Street After Crisis.",
    ]
    numbered = [("", line, n) for n, line in enumerate(lines) if line]
    assert [heading for *_, heading in cut_glued_headings(numbered)] == ["", ""]
