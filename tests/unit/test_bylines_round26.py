"""Round 26 (issue 12): a wire's byline glued before its dateline.

Real openings from FNC-1 2230 and 1821 (fresh judges on round 25's HEAD), whose bodies a
scrape set on one line: the byline stayed in the first sentence (2230, its "and" stopped the
dateline's place) or in the dateline (1821). It is dropped as a credit, and the dateline goes
to its column. A byline whose place is in title case gives no boundary and is left.
"""

from __future__ import annotations

from annotate.corpus._article import process, sentence_rows
from annotate.corpus._clean import clean
from annotate.corpus._dateline import split_byline
from annotate.corpus._readers import RawArticle
from tests.shared import dropped_kinds as kinds

KIM = (
    "By Benjamin Kang Lim and Tony Munroe BEIJING/SEOUL, Oct 9 (Reuters) - North Korean leader"
    " Kim Jong Un is in firm control of his government but has hurt his leg, a source with"
    " access to the secretive North's leadership said on Thursday, playing down speculation"
    " over the 31-year-old's health and grip on power. North Korea's state media, which usually"
    " chronicles Kim's whereabouts in great detail, has not made any mention of his activities"
    " since he attended a concert with his wife on Sept. 3."
)
SHEKAU = (
    "By Isaac Abrak ABUJA, Nov 1 (Reuters) - A man claiming to be Boko Haram leader Abubakar"
    ' Shekau said more than 200 girls kidnapped by the group six months ago had been "married'
    ' off" to its fighters, contradicting Nigerian government claims they would soon be freed.'
)


def _first_row(text: str) -> dict[str, object]:
    result = process(RawArticle(origin="t", identity="t", kind="record", text=text))
    assert isinstance(result, tuple)
    return next(iter(sentence_rows(*result, 100)))[0]


def test_the_byline_is_a_credit_and_the_dateline_goes_to_its_column() -> None:
    assert kinds(clean(KIM).dropped)["credit"] == ["By Benjamin Kang Lim and Tony Munroe"]
    row = _first_row(KIM)
    assert row["dateline"] == "BEIJING/SEOUL, Oct 9 (Reuters) -"
    assert str(row["text"]).startswith("North Korean leader Kim Jong Un is in firm control")
    row = _first_row(SHEKAU)
    assert row["dateline"] == "ABUJA, Nov 1 (Reuters) -"
    assert kinds(clean(SHEKAU).dropped)["credit"] == ["By Isaac Abrak"]


def test_no_boundary_no_byline() -> None:
    # A place in title case after the names: which words are the place is unknown.
    line = "By Tony Munroe Hong Kong (Reuters) - A man said more."
    assert split_byline(line) == ("", line)
    # A sentence that opens with "By" and a name, then capitals that are no dateline.
    line = "By Friday NATO will have left Kabul, officials said."
    assert split_byline(line) == ("", line)
    line = "By John Smith AND JANE DOE - A letter to the editor."
    assert split_byline(line) == ("", line)
    # One name is no byline ("By Monday").
    assert split_byline("By Monday WASHINGTON (AP) - It rained.")[0] == ""
