"""What push accepts as predictions: predict's and preannotate's own output, or items."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from annotate.errors import PushError
from annotate.model._rules import preannotate
from annotate.schema._schema import load_schema
from annotate.studio._predictions import read_predictions, to_predictions

SCHEMA = load_schema("news-stance")
SENTENCES = pd.DataFrame(
    {
        "sentence_id": ["a-0", "a-1"],
        "text": ["Officials said the plant may close.", "The plant closed in 1999."],
    }
)


def test_the_table_preannotate_writes_is_read_as_label_studio_items(tmp_path: Path) -> None:
    path = preannotate(SENTENCES, SCHEMA, output=tmp_path / "pre.parquet")
    items = read_predictions(path, SCHEMA)
    assert items == to_predictions(pd.read_parquet(path), SCHEMA)
    assert [i["sentence_id"] for i in items] == ["a-0", "a-1"]
    assert all(i["result"] and i["model_version"].startswith("lexicon-") for i in items)


def test_a_dataframe_and_items_are_taken_as_they_are() -> None:
    frame = preannotate(SENTENCES, SCHEMA)
    assert isinstance(frame, pd.DataFrame)
    items = read_predictions(frame, SCHEMA)
    assert read_predictions(items, SCHEMA) == items
    long = pd.DataFrame(items)
    assert read_predictions(long, SCHEMA) == items


def test_a_table_with_no_field_of_the_schema_is_refused_naming_what_is_missing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.parquet"
    pd.DataFrame({"sentence_id": ["a-0"], "model_version": ["m"], "colour": ["red"]}).to_parquet(
        path
    )
    with pytest.raises(PushError, match="no column named after a field of news-stance"):
        read_predictions(path, SCHEMA)
    pd.DataFrame({"sentence_id": ["a-0"], "hedging": ["hedged"]}).to_parquet(path)
    with pytest.raises(PushError, match="no column model_version"):
        read_predictions(path, SCHEMA)
