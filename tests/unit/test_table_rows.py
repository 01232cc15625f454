"""Tables set as lines and price lists are dropped as ``scores``, not kept as sentences."""

from __future__ import annotations

import csv

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._table_rows import is_price_list, is_table_row
from tests.shared import fnc1_body, shared_data

# AFP's key figures under a markets story (PolNeAR test, breitbart 2016-11-02), as its text
# has them: a heading, then one row a paragraph.
_AFP = """Attention now turns to the release Friday of October US jobs data.

– Key figures around 0200 GMT –.

Hong Kong – Hang Seng: DOWN 0.1 percent at 22,777.84.

Shanghai – Composite: UP 0.2 percent at 3,107.48.

Tokyo – Nikkei 225: Closed for a public holiday.

Euro/dollar: UP at $1.1104 from $1.1095 Wednesday.

Oil – Brent North Sea: UP 58 cents at $47.44 per barrel.

London – FTSE 100: DOWN 1.0 percent at 6,845.42 (close.)"""


def test_a_table_of_key_figures_is_dropped_row_by_row() -> None:
    cleaned = clean(_AFP)
    rows = [d.text for d in cleaned.dropped if d.kind == "scores"]
    assert len(rows) == 6
    assert rows[0] == "Hong Kong – Hang Seng: DOWN 0.1 percent at 22,777.84."
    assert rows[-1] == "London – FTSE 100: DOWN 1.0 percent at 6,845.42 (close.)"
    assert (
        cleaned.text.strip() == "Attention now turns to the release Friday of October US jobs data."
    )


def test_the_real_afp_table_leaves_no_row() -> None:
    path = next(
        (shared_data() / "polnear" / "data").glob("*/text/breitbart_2016-11-02_asian-markets-*")
    )
    cleaned = clean(path.read_text("utf-8"))
    assert len([d for d in cleaned.dropped if d.kind == "scores"]) == 11
    assert "Hang Seng" not in cleaned.text and "per barrel" not in cleaned.text


@pytest.mark.parametrize(
    "text",
    [
        # One row alone is a labelled answer or a short fact, not a table.
        "Intro.\n\nRep. Hunter: 3 times.\n\nBody goes on.",
        # Labelled sentences in a row tell something: a finite verb, a clause.
        "Update: Police said 3 men were arrested.\n\nUpdate 2: The 2 others were released.",
        "The reason is simple: 3 votes.\n\nThe result was close: 51 to 49.",
        # Speech in a transcript opens its value in lower case or asks.
        "TRUMP: 25 million, believe me?\n\nCLINTON: 12 million!",
    ],
)
def test_labelled_prose_is_not_a_table(text: str) -> None:
    assert not [d for d in clean(text).dropped if d.kind == "scores"]


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Dollar/yen: DOWN at 103.20 yen from 103.42 yen.", True),
        ("Tokyo – Nikkei 225: Closed for a public holiday.", True),
        ("Population: 8.4 million", True),
        ("Update: Police said 3 men were arrested.", False),
        ("He told reporters: 3 of them were hurt.", False),
        ("Rankings did not change from last week:", False),
    ],
)
def test_table_row_shape(line: str, row: bool) -> None:
    assert is_table_row(line) is row


def test_a_mock_receipt_is_a_price_list() -> None:
    # BuzzFeed's mock receipt for a $300,000 dinner (FNC-1 2130): one paragraph of items,
    # each with its price in brackets.
    csv.field_size_limit(10**9)
    body = fnc1_body("2130")
    cleaned = clean(body)
    assert "Shrimp Cocktails ($24 each)" not in cleaned.text
    [receipt] = [d for d in cleaned.dropped if d.text.startswith("3 Shrimp Cocktails")]
    assert receipt.kind == "scores"
    # Prose with a price or two in brackets stays.
    assert not is_price_list("The dinner ($300,000) and the wine ($20,000 each) were his.")
