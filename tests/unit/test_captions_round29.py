"""Round 29: photo furniture the judges found kept as tasks (real FNC-1 lines)."""

from __future__ import annotations

from annotate.corpus._credits import is_picture_credit, split_credits


def test_name_paper_agency_credit_closes_a_caption() -> None:
    # FNC-1 76: the LA Times caption over the story, its photographer, paper and agency after it.
    line = (
        "Border Patrol agents detain immigrants who crossed from Mexico into the United States "
        "near McAllen, Texas, June 27, 2014. The state’s Rio Grande Valley has been the "
        "epicenter of a surge illegal immigration in recent months.  "
        "Molly Hennessy-Fiske/Los Angeles Times / MCT"
    )
    body, credits = split_credits(line)
    assert body.endswith("in recent months.")
    assert credits == ["Molly Hennessy-Fiske/Los Angeles Times / MCT"]
    assert is_picture_credit(credits[0])


def test_name_paper_agency_credit_alone() -> None:
    # FNC-1 2130: the same credit on its own line.
    body, credits = split_credits("Jay L. Clendenin/Los Angeles Times / MCT")
    assert not body
    assert credits == ["Jay L. Clendenin/Los Angeles Times / MCT"]


def test_slashes_in_prose_stay() -> None:
    # Near misses: a slash inside a sentence, an agency named by a sentence.
    for line in (
        "The and/or clause was struck by the court / Reuters reported.",
        "He told the Los Angeles Times / MCT newswire that he would run.",
        "Prices rose 3% year/year, the data showed.",
    ):
        assert split_credits(line) == (line, [])


def test_chart_caption_in_headline_style() -> None:
    from annotate.corpus._captions import names_picture

    # FNC-1 2506: a chart's caption, its source's name before the chart with no article.
    assert names_picture(
        "Twitter heatmap shows mention of “Fidel Castro” from 10 a.m. Thursday- 8 a.m today (GMT)."
    )
    # Prose names the chart with an article or a pointer (FNC-1 1166, test 2544).
    assert not names_picture(
        "This graph shows how fatalities caused by Boko Haram went up from around zero to more "
        "than 5,000 annually within only six years."
    )
    assert not names_picture("The map shows that the storm will reach Florida on Sunday.")
    assert not names_picture("Google Maps shows the route he took.")
