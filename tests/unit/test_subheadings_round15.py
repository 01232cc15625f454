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


# PolNeAR train politico 2016-02-19 (more Hillary Clinton emails released): a selection
# announced by a lead-in, each item under a head with no verb.
_SELECTION = [
    "Here's POLITICO's selection of the most notable Clinton emails in the latest set:",
    "",
    'Celebrating Clinton "turning [Obama] around," apparently on Libya.',
    "",
    "The emails reflect the near-jubilation of Clinton's allies over what appears to be her "
    "success at persuading President Barack Obama to join a military intervention in Libya.",
    "",
    "Asserting Clinton's role as a foreign policy strategist.",
    "",
    "Another Slaughter email reflects early frustration on the Clinton team with perceptions "
    "(and perhaps reality) that the Obama White House was driving the train on foreign policy.",
    "",
    "Clinton's wary words on Biden debate performance.",
    "",
    "Clinton's complicated relationship with Vice President Joe Biden is underscored by one "
    "exchange with one of her top aides during the vice presidential debate in 2012.",
    "",
    '"So far so good," Clinton replied.',
    "",
    "Heaping praise on Pat Kennedy.",
    "",
    "State's Undersecretary for Management Patrick Kennedy has emerged as a pivotal but "
    "low-profile figure in State's response to a series of crises.",
]


def test_a_selection_s_item_heads_under_its_lead_in_are_dropped() -> None:
    assert _headings(_SELECTION) == [
        'Celebrating Clinton "turning [Obama] around," apparently on Libya.',
        "Asserting Clinton's role as a foreign policy strategist.",
        "Clinton's wary words on Biden debate performance.",
        "Heaping praise on Pat Kennedy.",
    ]
    kept = clean("\n".join(_SELECTION)).text
    assert '"So far so good," Clinton replied.' in kept
    assert kept.startswith("Here's POLITICO's selection")


def test_short_lines_without_a_lead_in_are_kept() -> None:
    # The same heads with no lead-in over the first: nothing tells a list.
    assert _headings(_SELECTION[2:]) == []


def test_a_label_s_items_are_not_a_lead_in_s_list() -> None:
    # FNC-1 test body 2583 (Vox on Obamacare): under a section's label, sentences as heads.
    lines = [
        "Failures:",
        "",
        "Health insurance remains very expensive.",
        "",
        "Obamacare's marketplaces and Medicaid expansion make health coverage a good deal for "
        "those near the poverty line.",
        "",
        "The health care system remains complex and confusing.",
        "",
        "President Barack Obama has described the health law's markets as being like a Kayak or "
        "an Amazon for health insurance.",
    ]
    assert _headings(lines) == []
