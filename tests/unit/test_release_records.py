"""Attribution records (issue 16) in a release: per annotator, as gold, and in the demo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from annotate.dataset import release
from annotate.dataset._manifest import read as read_manifest
from annotate.labels._adjudicate import adjudicate
from annotate.schema._types import Record, Span
from annotate.studio._gold import load_gold
from annotate.studio._pull_table import build
from tests.unit.release_support import ROOT, A, B, C, Table, schema
from tests.unit.release_support import sentences as make_sentences

TEXT = "Officials said the deal is done."
SENTS = make_sentences({"art": [TEXT, "Nothing was said by anyone here."]})
CUE, SOURCE = (10, 14), (0, 9)
SAID = {"start": 10, "end": 14, "label": "attribution_cue", "text": "said"}
OFFICIALS = {"start": 0, "end": 9, "label": "source", "text": "Officials"}
RECORD = {
    "cue": SAID,
    "source": OFFICIALS,
    "content": [],
    "source_cut": False,
    "content_cut": False,
}


def _table(*who: str, source: bool = True) -> Table:
    t = Table()
    for a in who:
        t.add("art-0", a, attribution="named_source", attributions=[(CUE, SOURCE)])
    t.add("art-1", A, attributions=[])  # no cue: pull writes no records, not null
    if not source:
        t.add("art-0", C, attribution="named_source", attributions=[(CUE, None)])
    return t


def test_each_annotators_records_are_in_the_per_annotator_table(tmp_path: Path) -> None:
    made = release(
        "1.0.0", tmp_path, annotations=_table(A, B).frame(), sentences=SENTS, schema=schema()
    )
    rows = pd.read_parquet(made.path / "data" / "annotations.parquet")
    cue_rows = rows[(rows["field"] == "attribution_cue") & (rows["sentence_id"] == "art-0")]
    assert len(cue_rows) == 2
    # As pull wrote them (this table, like its spans, leaves span texts out).
    untexted = {k: v | {"text": None} if isinstance(v, dict) else v for k, v in RECORD.items()}
    for cell in cue_rows["attributions"]:
        assert [dict(r) | {"content": list(r["content"])} for r in cell] == [untexted]
    # The other rows of an annotation carry no records (they live on the anchor's row).
    assert rows.loc[rows["field"] != "attribution_cue", "attributions"].isna().all()


def test_a_record_drawn_by_a_majority_is_gold() -> None:
    adj = adjudicate(_table(A, B, source=False).frame(), schema())
    d = adj.decisions.set_index(["sentence_id", "field"])
    # Without texts, as span gold: the release fills them from the sentence.
    cue = Span(10, 14, "attribution_cue", None)
    assert d.loc[("art-0", "attributions"), "gold"] == (
        Record(cue, {"source": [Span(0, 9, "source", None)]}),
    )
    assert d.loc[("art-0", "attributions"), "method"] == "majority"
    assert d.loc[("art-1", "attributions"), "gold"] == ()


def test_records_drawn_by_exactly_half_go_to_review() -> None:
    adj = adjudicate(_table(A, source=False).frame(), schema())
    d = adj.decisions.set_index(["sentence_id", "field"])
    assert d.loc[("art-0", "attributions"), "gold"] is None
    assert d.loc[("art-0", "attributions"), "reason"] == "tie"
    assert "attributions" in set(adj.queue["field"])


def test_the_gold_table_carries_the_gold_records(tmp_path: Path) -> None:
    made = release(
        "1.0.0", tmp_path, annotations=_table(A, B).frame(), sentences=SENTS, schema=schema()
    )
    gold = pd.concat(pd.read_parquet(p) for p in sorted((made.path / "data").glob("[tv]*.parquet")))
    by_id = gold.set_index("sentence_id")["attributions"]
    (record,) = by_id["art-0"]
    assert dict(record["cue"]) == SAID and dict(record["source"]) == OFFICIALS
    assert len(by_id["art-1"]) == 0


def test_the_demo_gold_releases_with_its_attributions(tmp_path: Path) -> None:
    from annotate.corpus._ingest import ingest

    s = schema()
    gold = load_gold(ROOT / "corpus" / "iran-missiles-russia.gold.yaml", s)
    sents = pd.read_parquet(
        ingest(
            [ROOT / "corpus" / "iran-missiles-russia.txt"], tmp_path / "s.parquet"
        ).sentences_path
    )
    ids = dict(zip(sents["text"], sents["sentence_id"], strict=True))
    tasks = [
        {
            "id": i,
            "sentence_id": ids[text],
            "text": text,
            "drafts": 0,
            "predictions": 0,
            "annotations": [
                {
                    "id": i,
                    "annotator": A,
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z",
                    "lead_time": 1.0,
                    "was_cancelled": False,
                    "result": s.to_result(values),
                }
            ],
        }
        for i, (text, values) in enumerate(gold.items(), 1)
    ]
    rows = build(tasks, s, "demo").rows
    made = release("1.0.0", tmp_path / "rel", annotations=rows, sentences=sents, schema=s)
    data = pd.concat(pd.read_parquet(p) for p in sorted((made.path / "data").glob("[tv]*.parquet")))
    n_cues = sum(len(v["attribution_cue"]) for v in gold.values())
    assert n_cues and sum(len(a) for a in data["attributions"]) == n_cues
    said = data[data["text"].str.startswith("An Iranian military official")]["attributions"].iloc[0]
    assert said[0]["source"]["text"] == "An Iranian military official who asked not to be named"


def test_diff_and_the_changelog_count_sentences_whose_records_changed(tmp_path: Path) -> None:
    from annotate.dataset import diff

    first = release(
        "1.0.0", tmp_path, annotations=_table(A, B).frame(), sentences=SENTS, schema=schema()
    )
    # The same cue and spans, but the annotators no longer link the source to it.
    t = Table()
    for a in (A, B):
        t.add("art-0", a, attribution="named_source", source=[SOURCE], attributions=[(CUE, None)])
    t.add("art-1", A, attributions=[])
    second = release(
        "1.0.1",
        tmp_path,
        annotations=t.frame(),
        sentences=SENTS,
        schema=schema(),
        parent=first.path,
    )
    found = diff(first.path, second.path)
    assert found.relabelled["attributions"] == 1
    assert found.relabelled["source"] == 0 and found.relabelled["attribution_cue"] == 0
    assert found.level == "patch"
    assert "`attributions`: 1 sentence(s)" in (second.path / "CHANGES.md").read_text()


def test_the_card_says_how_gold_records_are_chosen(tmp_path: Path) -> None:
    made = release(
        "1.0.0", tmp_path, annotations=_table(A, B).frame(), sentences=SENTS, schema=schema()
    )
    card = (made.path / "README.md").read_text()
    assert "A record is gold when more than half of the sentence's annotators" in card
    assert "soft label is its own column in the split tables (`attributions_soft`)" in card
    assert "records have no `soft_label`" not in card


def test_an_annotation_breaking_a_record_rule_is_left_out_not_raised(tmp_path: Path) -> None:
    t = _table(A, B, C)
    frame = t.frame()
    # C links the cue to two sources (record-role-once): a release row has room for one.
    two = [{"start": 0, "end": 9, "label": "source", "text": None}] * 1 + [
        {"start": 19, "end": 23, "label": "source", "text": None}
    ]
    at = frame.index[(frame["annotator"] == C) & (frame["field"] == "attribution_cue")][0]
    frame.at[at, "records"] = [
        {
            "anchor": SAID | {"text": None},
            "links": [{"role": "source", "span": s} for s in two],
            "cut": [],
        }
    ]
    src = frame.index[(frame["annotator"] == C) & (frame["field"] == "source")][0]
    frame.at[src, "spans"] = two
    made = release("1.0.0", tmp_path, annotations=frame, sentences=SENTS, schema=schema())
    excluded = pd.read_csv(made.path / "reports" / "excluded_annotations.csv")
    assert set(excluded["rule"]) == {"record-role-once"}
    assert set(excluded["annotator"]) == {C}


def test_a_missing_records_cell_is_null_not_an_error() -> None:
    from annotate.labels._records import decoded_records

    cells = pd.Series([float("nan"), None, [], [{"anchor": SAID, "links": [], "cut": []}]])
    decoded = decoded_records(cells)
    assert decoded[:3] == [None, None, []]
    assert decoded[3] == [Record(Span(**SAID))]


def test_the_manifest_says_how_records_link_span_fields(tmp_path: Path) -> None:
    made = release(
        "1.0.0", tmp_path, annotations=_table(A, B).frame(), sentences=SENTS, schema=schema()
    )
    manifest = json.loads((made.path / "manifest.json").read_text())
    # Readable from the release alone, without the schema file that made it.
    assert manifest["records"] == {
        "attributions": {
            "anchor": "cue",
            "anchor_field": "attribution_cue",
            "roles": {
                "source": {
                    "field": "source",
                    "many": False,
                    "absent_label": "attribution_cue_no_source",
                },
                "content": {"field": "content", "many": True, "absent_label": None},
            },
        }
    }
    assert list(manifest).index("records") == list(manifest).index("fields") + 1
    assert read_manifest(made.path).records == manifest["records"]


def test_the_card_and_manifest_report_record_f1_and_token_alpha(tmp_path: Path) -> None:
    t = _table(A, B)
    t.add("art-0", C, attribution="named_source", attributions=[(CUE, (4, 9))])
    made = release("1.0.0", tmp_path, annotations=t.frame(), sentences=SENTS, schema=schema())
    card = (made.path / "README.md").read_text()
    agreement = card.split("## Agreement")[1]
    assert "| field | krippendorff_alpha | token_alpha |" in agreement
    # Three pairs, two records each; only A-B match exactly: 2 * 1 / 6 over records and
    # (1 + 0 + 0) / 3 over pairs. C's source overlaps theirs: every pair matches by overlap.
    row = next(line for line in agreement.splitlines() if line.startswith("| attributions |"))
    assert row == "| attributions | 0.333 | 1.000 | 0.333 | 1.000 | 1 | 3 | 3 |"
    assert "Exact: cue, source and every content span equal by offsets" in agreement
    manifest = json.loads((made.path / "manifest.json").read_text())
    assert manifest["agreement"]["attributions"]["record_f1_overlap"] == 1.0
    assert manifest["agreement"]["source"]["token_alpha"] == 1.0


def _gold_rows(path: Path) -> pd.DataFrame:
    files = sorted((path / "data").glob("[tv]*.parquet"))
    return pd.concat(pd.read_parquet(p) for p in files).set_index("sentence_id")


def _soft(cell: Any) -> list[tuple[Any, Any, float]]:
    """A soft cell as (cue text, source text or None, share) per record."""
    return [
        (r["cue"]["text"], None if r["source"] is None else r["source"]["text"], r["share"])
        for r in cell
    ]


def _linked_and_not(linked: tuple[str, ...], unlinked: tuple[str, ...]) -> Table:
    """Annotators who link the source to the cue, and annotators who mark it unlinked
    (a rule-abiding annotation: the source is marked, so nothing is left out)."""
    t = Table()
    for a in linked:
        t.add("art-0", a, attribution="named_source", attributions=[(CUE, SOURCE)])
    for a in unlinked:
        t.add("art-0", a, attribution="named_source", source=[SOURCE], attributions=[(CUE, None)])
    t.add("art-1", A, attributions=[])
    return t


def test_two_annotators_drawing_different_records_share_half_each(tmp_path: Path) -> None:
    t = _linked_and_not((A,), (B,))
    made = release("1.0.0", tmp_path, annotations=t.frame(), sentences=SENTS, schema=schema())
    soft = _gold_rows(made.path)["attributions_soft"]
    # A tie, so no gold record, but both drawings are kept with their share.
    assert _soft(soft["art-0"]) == [("said", None, 0.5), ("said", "Officials", 0.5)]
    (linked,) = (r for r in soft["art-0"] if r["source"] is not None)
    assert {k: v for k, v in linked.items() if k != "share"} | {"content": []} == RECORD


def _two_linked_one_not(tmp_path: Path) -> Any:
    """A release where A and B link the cue to its source and C leaves it unlinked."""
    return release(
        "1.0.0",
        tmp_path,
        annotations=_linked_and_not((A, B), (C,)).frame(),
        sentences=SENTS,
        schema=schema(),
    )


def test_records_drawn_by_two_of_three_annotators_share_two_thirds(tmp_path: Path) -> None:
    made = _two_linked_one_not(tmp_path)
    rows = _gold_rows(made.path)
    assert _soft(rows.loc["art-0", "attributions_soft"]) == [
        ("said", None, pytest.approx(1 / 3)),
        ("said", "Officials", pytest.approx(2 / 3)),
    ]
    # A sentence whose annotator drew no record has none to share.
    assert len(rows.loc["art-1", "attributions_soft"]) == 0


def test_an_adjudicators_records_are_gold_but_not_a_share() -> None:
    t = _table(A, B, source=False)
    t.add("art-2", C, attribution="named_source", attributions=[(CUE, SOURCE)])
    d = adjudicate(t.frame(), schema(), adjudicators=[C]).decisions
    d = d.set_index(["sentence_id", "field"])
    soft = d.loc[("art-0", "attributions"), "soft"]
    cue, source = Span(10, 14, "attribution_cue", None), Span(0, 9, "source", None)
    # C's record (no source) is the gold; the shares are A's and B's, both with a source.
    assert [share for _, share in soft] == [1.0]
    assert soft[0][0] == Record(cue, {"source": [source]})
    # Decided by the adjudicator alone: gold, and no annotator's share.
    assert d.loc[("art-2", "attributions"), "method"] == "adjudicated"
    assert d.loc[("art-2", "attributions"), "soft"] == ()


def test_the_record_soft_column_loads_typed_through_datasets(tmp_path: Path) -> None:
    import datasets

    from annotate.dataset import load_release

    made = _two_linked_one_not(tmp_path)
    loaded = load_release(made.path)
    feature = loaded["train"].features["attributions_soft"]
    record = schema().features()["attributions"]
    assert feature == datasets.List(record.feature | {"share": datasets.Value("float32")})
    rows = [r for split in loaded.values() for r in split if r["sentence_id"] == "art-0"]
    assert [r["share"] for r in rows[0]["attributions_soft"]] == pytest.approx([1 / 3, 2 / 3])
    raw = datasets.load_dataset(str(made.path), split="train")
    assert raw.features["attributions_soft"] == feature
