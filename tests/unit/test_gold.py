"""The bundled gold sample covers every task sentence of the seed article and fits the schema."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from annotate.corpus._ingest import ingest
from annotate.errors import SchemaError
from annotate.schema._schema import load_schema
from annotate.studio._gold import load_gold

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpus" / "iran-missiles-russia.gold.yaml"


@pytest.fixture(scope="module")
def schema():
    return load_schema(ROOT / "schemas" / "news-stance.yaml")


def test_gold_covers_exactly_the_seed_article_sentences(schema, tmp_path: Path) -> None:
    result = ingest([ROOT / "corpus" / "iran-missiles-russia.txt"], tmp_path / "s.parquet")
    sentences = pd.read_parquet(result.sentences_path)["text"].tolist()
    gold = load_gold(GOLD, schema)
    assert sorted(gold) == sorted(sentences)


def test_gold_spans_point_at_their_text_and_follow_the_rules(schema) -> None:
    gold = load_gold(GOLD, schema)
    reportedly = next(v for t, v in gold.items() if t.startswith("The agreement was reportedly"))
    assert reportedly["hedging"] == "hedged"
    assert reportedly["attribution"] == "anonymous_source"
    for field in ("hedge_cue", "source", "attribution_cue"):
        (span,) = reportedly[field]
        assert (span.start, span.end, span.text) == (18, 28, "reportedly")
    for text, values in gold.items():
        assert not [v for v in schema.check(values, text) if v.severity == "error"], text


def test_a_span_not_in_its_sentence_names_the_entry(schema, tmp_path: Path) -> None:
    broken = tmp_path / "gold.yaml"
    broken.write_text(
        GOLD.read_text(encoding="utf-8").replace("hedge_cue: [about]", "hedge_cue: [roughly]"),
        encoding="utf-8",
    )
    with pytest.raises(SchemaError, match=r"sentence 1 .*hedge_cue span 'roughly'"):
        load_gold(broken, schema)


def test_gold_for_another_schema_version_is_refused(schema, tmp_path: Path) -> None:
    old = tmp_path / "gold.yaml"
    old.write_text(
        GOLD.read_text(encoding="utf-8").replace("schema_version: 1.1.0", "schema_version: 0.9.0"),
        encoding="utf-8",
    )
    with pytest.raises(SchemaError, match=r"labelled under news-stance 0\.9\.0"):
        load_gold(old, schema)
    # A MINOR only adds: gold of an earlier MINOR fits; a later version or MAJOR does not.
    for version, fits in (("1.0.0", True), ("1.1.0", True), ("1.2.0", False), ("2.0.0", False)):
        old.write_text(
            GOLD.read_text(encoding="utf-8").replace(
                "schema_version: 1.1.0", f"schema_version: {version}"
            ),
            encoding="utf-8",
        )
        if fits:
            # Records are refused by a schema without them only if written: 1.0.0 gold has none.
            assert load_gold(old, schema)
        else:
            with pytest.raises(SchemaError, match=rf"labelled under news-stance {version}"):
                load_gold(old, schema)


def test_a_source_with_a_comma_stays_one_span(schema) -> None:
    # YAML flow lists split on commas: the appositive source must be quoted in the file.
    gold = load_gold(GOLD, schema)
    lewis = next(v for t, v in gold.items() if t.startswith("Jeffrey Lewis"))
    (source,) = lewis["source"]
    assert source.text == (
        "Jeffrey Lewis, a missile expert at the Middlebury Institute of International Studies "
        "at Monterey"
    )


def test_gold_links_every_cue_to_its_source_and_breaks_no_rule(schema) -> None:
    gold = load_gold(GOLD, schema)
    said = next(v for t, v in gold.items() if t.startswith("An Iranian military official"))
    (record,) = said["attributions"]
    assert record.anchor.text == "said"
    assert [s.text for s in record.spans("source")] == [
        "An Iranian military official who asked not to be named"
    ]
    # Every cue is linked, so the gold carries no warning either (feedback and the demo's
    # status would otherwise flag the maintainers' own labels).
    for text, values in gold.items():
        assert len(values["attributions"]) == len(values["attribution_cue"]), text
        assert schema.check(values, text) == [], text


def test_a_record_marks_its_spans_and_a_bad_record_names_the_entry(schema, tmp_path: Path) -> None:
    doc = tmp_path / "gold.yaml"
    base = GOLD.read_text(encoding="utf-8")
    # A content span written only in the record is marked in the content field too.
    doc.write_text(
        base.replace(
            "attributions: [{cue: argued, source: one diplomat}]",
            "attributions: [{cue: argued, source: one diplomat,"
            " content: [Western governments must respond firmly]}]",
        ),
        encoding="utf-8",
    )
    values = next(v for t, v in load_gold(doc, schema).items() if t.startswith("Western"))
    assert [s.text for s in values["content"]] == ["Western governments must respond firmly"]
    assert [s.text for s in values["attributions"][0].spans("content")] == [
        "Western governments must respond firmly"
    ]
    doc.write_text(
        base.replace("{cue: argued, source: one diplomat}", "{cue: argued, speaker: one diplomat}"),
        encoding="utf-8",
    )
    with pytest.raises(SchemaError, match=r"attributions entry has unknown keys \['speaker'\]"):
        load_gold(doc, schema)
