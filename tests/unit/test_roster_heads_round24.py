"""Round 24: the headings over a page's lists of names, in a series, on the real lines.

POLITICO sorts the Republicans who rebuked Trump into three lists of names, each under a
heading that says who is in it (PolNeAR test, politico 2016-10-08, seed 1431's judge). The lists
are dropped; the headings over them are not the story's sentences.
"""

from __future__ import annotations

from annotate.corpus._clean import clean

_LEAD = (
    "Here are the prominent Republicans who have condemned Trump’s remarks, from those who "
    "simply criticized them to those who rescinded their endorsements and others who want to "
    "remove him as the party’s nominee.\n\n"
    "Some of them had endorsed Trump before Friday, while others never had.\n\n"
)
_HEADS = [
    "Republicans who have called for Trump to be replaced as the GOP nominee.",
    "Republicans who have said they will not vote for Trump/withdrawn an endorsement because "
    "of his remarks.",
    "Republicans who have denounced Trump's remarks(some of these Republicans had not "
    "previously endorsed Trump.)",
]
_LISTS = [
    "Sen. Kelly AyotteRep. Bradley ByrneAl CardenasRep. Mike CoffmanRep. Barbara ComstockSen. "
    "Mike CrapoGov. Dennis DaugaardRep. Rodney DavisRep. Bob DoldRob EngstromCarly Fiorina.",
    "Gov. Robert BentleyRep. Jason ChaffetzGov. Gary HerbertRep. Will HurdRep. David JollyGov. "
    "John KasichRep. Steve KnightRep. Frank LoBiondoGov. Susana MartinezSen. John McCain.",
    "Sen. Roy BluntSen. Richard BurrJeb BushSen. Bill CassidySen. Susan CollinsSen. Ted CruzRep. "
    "Carlos CurbeloGov. Doug DuceyRep. Joe HeckSen. Ron JohnsonSen. Mitch McConnell.",
]


def _page(heads: list[str], lists: list[str]) -> str:
    return _LEAD + "".join(f"{h}\n\n{n}\n\n" for h, n in zip(heads, lists, strict=True))


def test_the_headings_over_lists_of_names_in_a_series_are_dropped() -> None:
    cleaned = clean(_page(_HEADS, _LISTS))
    assert [d.text for d in cleaned.dropped if d.kind == "heading"] == _HEADS
    assert [d.kind for d in cleaned.dropped if d.text in _LISTS] == ["list"] * 3
    assert cleaned.text.endswith("while others never had.")


def test_one_line_over_one_list_stays() -> None:
    # Alone, a line over a list may be the story's sentence (PolNeAR usa-today 2016-10-26's
    # "Hamm supports Trump." over its credit): the series tells a heading.
    cleaned = clean(_page(_HEADS[:1], _LISTS[:1]))
    assert _HEADS[0] in cleaned.text
