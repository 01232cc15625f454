"""A lead-in and the quotation the page put on the next line are one sentence (issue 12).

The lines are FNC-1 train bodies' own (1929, 924, 53); ``test_the_lines_are_fnc1_s_own``
checks them against the corpus when the shared data is there.
"""

from __future__ import annotations

import csv

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._lead_ins import leads_into_quote
from annotate.corpus._segment import split_sentences
from tests.shared import shared_data

# FNC-1 body 1929: the lead-in ends in "that", the quotation opens the next line.
MILLAN = (
    "The hoax that was circulated as a death notice issued by the grieving family stated that\n"
    "\"the sad news of Millan's death was given by his wife Jahira Dar in a news conference, a"
    " couple of hours ago, where she said to the media, 'I hope you can understand my loss, and"
    " I would appreciate if you can give us our space for our mourning.'\""
)
# FNC-1 body 924: the lead-in ends in a comma; not joined (GUM's gold splits there).
SNOWMAN = (
    "To this, the cleric replied in the negative, saying,\n\n"
    "“It is not permitted to make a statue out of snow, even by way of play and fun.”"
)
# FNC-1 body 53: a colon introduces a block quotation (a letter); the colon line stands.
LETTER = (
    "Here is the letter in full:\n\n“To Parents\n\n"
    "“The urge to create is equally strong in all children. Boys and girls."
)


def test_a_lead_in_and_its_quotation_on_the_next_line_are_one_sentence() -> None:
    intro = "Intro sentence here.\n\n"  # cleaning reads the first line as more than prose
    cleaned = clean(intro + MILLAN)
    lead_in, quotation = MILLAN.split("\n")
    assert split_sentences(cleaned.text) == ["Intro sentence here.", f"{lead_in} {quotation}"]
    assert [d.kind for d in cleaned.dropped] == ["joined"]


@pytest.mark.parametrize(
    ("raw", "lead_in"),
    [
        (LETTER, "Here is the letter in full:"),
        (SNOWMAN, "To this, the cleric replied in the negative, saying,"),
    ],
    ids=["colon", "comma"],
)
def test_a_colon_or_a_comma_before_a_quotation_is_not_joined(raw: str, lead_in: str) -> None:
    cleaned = clean("Intro sentence here.\n\n" + raw)
    assert lead_in in split_sentences(cleaned.text)
    assert not [d for d in cleaned.dropped if d.kind == "joined"]


@pytest.mark.parametrize(
    ("previous", "line", "expected"),
    [
        ("told us the following,", "“As far as we know, Jack Phillis had not", False),
        ("the family stated that", "'I hope you can understand", True),
        ("the family stated that", "the sad news", False),  # no quotation: _stubs decides
        ("He said it was over.", '"We lost."', False),
        ("Other headlines on the fake site include:", "\"Hunan 'color ride'", False),
    ],
)
def test_leads_into_quote(previous: str, line: str, expected: bool) -> None:
    assert leads_into_quote(previous, line) is expected


def test_the_lines_are_fnc1_s_own() -> None:
    csv.field_size_limit(2**31 - 1)
    path = shared_data() / "fnc1" / "train_bodies.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
    assert MILLAN in bodies["1929"]
    assert SNOWMAN in bodies["924"]
    assert LETTER in bodies["53"]
