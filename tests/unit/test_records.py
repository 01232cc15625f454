"""Records (issue 16): spans linked to an anchor span, declared in the schema, drawn as Label
Studio relations, parsed back, checked, and stored as a release column."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from label_studio_sdk.label_interface import LabelInterface

from annotate.errors import LabelError, SchemaError
from annotate.schema._records import decoded as records_of
from annotate.schema._schema import AnnotationValues, Record, Schema, Span, load_schema
from annotate.studio._pull_table import build

ROOT = Path(__file__).resolve().parents[2]
NEWS = load_schema(ROOT / "schemas" / "news-stance.yaml")
OLD_RELEASE = ROOT / "tests" / "data" / "releases" / "1.0.0"

# "X said ..., while Y countered ...", with a quote split around its cue in the second half.
TEXT = 'Smith said taxes would rise, while "Rates," Jones countered, "will fall."'


def span(phrase: str, label: str, text: str = TEXT) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), label, phrase)


SAID, COUNTERED = span("said", "attribution_cue"), span("countered", "attribution_cue")
SMITH, JONES = span("Smith", "source"), span("Jones", "source")
RISE, RATES, FALL = (
    span("taxes would rise", "content"),
    span('"Rates,"', "content"),
    span('"will fall."', "content"),
)


def two_records() -> AnnotationValues:
    return {
        "claim_type": "prediction",
        "hedging": "not_hedged",
        "hedge_cue": [],
        "attribution": "named_source",
        "source": sorted([SMITH, JONES]),
        "attribution_cue": sorted([SAID, COUNTERED]),
        "content": sorted([RISE, RATES, FALL]),
        "attributions": sorted(
            [
                Record(SAID, {"source": [SMITH], "content": [RISE]}),
                Record(COUNTERED, {"source": [JONES], "content": [FALL, RATES]}),
            ]
        ),
    }


def region(rid: str, field: str, s: Span) -> dict[str, Any]:
    value = {"start": s.start, "end": s.end, "text": s.text, "labels": [s.label]}
    return {"id": rid, "from_name": field, "to_name": "text", "type": "labels", "value": value}


def link(a: str, b: str, *labels: str, direction: str = "right") -> dict[str, Any]:
    return {
        "type": "relation",
        "from_id": a,
        "to_id": b,
        "direction": direction,
        "labels": list(labels),
    }


def choice(name: str, value: str) -> dict[str, Any]:
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": [value]}}


def drawn(*links: dict[str, Any]) -> list[dict[str, Any]]:
    """A result as the browser sends it: random-looking ids, then the annotator's links."""
    return [
        choice("claim_type", "prediction"),
        choice("hedging", "not_hedged"),
        choice("attribution", "named_source"),
        region("Xq81", "attribution_cue", SAID),
        region("Pw02", "attribution_cue", COUNTERED),
        region("aa", "source", SMITH),
        region("bb", "source", JONES),
        region("c1", "content", RISE),
        region("c2", "content", RATES),
        region("c3", "content", FALL),
        *links,
    ]


def rules(schema: Schema, values: AnnotationValues) -> list[tuple[str, str]]:
    return [(v.rule, v.severity) for v in schema.check(values, TEXT)]


# -- the schema declares records -------------------------------------------------------------


def test_news_stance_1_1_declares_attributions_anchored_on_the_cue() -> None:
    (rt,) = NEWS.records
    assert (rt.name, rt.anchor, rt.anchor_field) == ("attributions", "cue", "attribution_cue")
    assert [(r.name, r.field, r.many, r.absent_label) for r in rt.roles] == [
        ("source", "source", False, "attribution_cue_no_source"),
        ("content", "content", True, None),
    ]
    assert NEWS.field("content").labels[0].hotkey == "q"


def test_records_round_trip_through_yaml_and_keep_old_hashes(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(NEWS.to_yaml(), encoding="utf-8")
    (tmp_path / "news-stance.md").write_text(NEWS.guidelines_text, encoding="utf-8")
    assert load_schema(tmp_path / "s.yaml") == NEWS
    # A schema without records (1.0.0, as its release keeps it) hashes as it did before
    # records existed, so the release still verifies.
    old = load_schema(OLD_RELEASE / "schema.yaml", guidelines=OLD_RELEASE / "guidelines.md")
    assert old.records == ()
    manifest = yaml.safe_load((OLD_RELEASE / "manifest.json").read_text(encoding="utf-8"))
    assert old.sha256 == manifest["schema"]["sha256"]


def _doc() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "schemas" / "news-stance.yaml").read_text(encoding="utf-8"))


def _load(tmp_path: Path, doc: dict[str, Any]) -> Schema:
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    (tmp_path / "news-stance.md").write_text(NEWS.guidelines_text, encoding="utf-8")
    return load_schema(tmp_path / "s.yaml")


def _edit(path: str, value: Any) -> dict[str, Any]:
    doc = _doc()
    where: Any = doc
    keys = path.split("/")
    for key in keys[:-1]:
        where = where[int(key) if key.isdigit() else key]
    last = keys[-1]
    where[int(last) if last.isdigit() else last] = value
    return doc


BROKEN = {
    "role field is not a spans field": (
        _edit("records/0/roles/0/field", "hedging"),
        "record 'attributions': role 'source': field 'hedging' is not a spans field of the schema",
        "use one of: hedge_cue, source, attribution_cue, content",
    ),
    "anchor is a role": (
        _edit("records/0/roles/0/field", "attribution_cue"),
        "record 'attributions': role 'source' uses the anchor field 'attribution_cue'",
        "a link joins an anchor span to a span of another field",
    ),
    "two roles on one field": (
        _edit("records/0/roles/1/field", "source"),
        "record 'attributions': content uses field 'source', already used by attributions.source",
        "give each anchor and role a spans field of its own",
    ),
    "role names not unique": (
        _edit("records/0/roles/1/name", "source"),
        "record 'attributions': key 'source' appears twice",
        "rename the anchor or the role",
    ),
    "record named like a field": (
        _edit("records/0/name", "hedging"),
        "record 'hedging': the name is already a field's",
        "give the record a name of its own",
    ),
    "field named like a record's soft column": (
        _edit("fields/0/name", "attributions_soft"),
        "field 'attributions_soft' has the name of record 'attributions'",
        "rename the field or the record",
    ),
    "absent label not on the anchor field": (
        _edit("records/0/roles/0/absent_label", "source"),
        "role 'source': absent_label 'source' is not a label of the anchor field 'attribution_cue'",
        "use one of: attribution_cue, attribution_cue_no_source",
    ),
    "rule on an unknown role": (
        _edit("rules/5/require_role", "attributions.speaker"),
        "rule 'named-source-needs-link': require_role 'attributions.speaker' is not a "
        "record's role (record.role)",
        "use one of: attributions.source, attributions.content",
    ),
    "unknown key": (
        _edit("records/0/roles/0/max", 1),
        "record 'attributions': roles[0]: unknown key(s) 'max'",
        "valid keys are: name, field, many, absent_label, description",
    ),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_a_broken_records_section_is_refused_naming_what_and_how(case: str, tmp_path: Path) -> None:
    doc, message, hint = BROKEN[case]
    with pytest.raises(SchemaError) as info:
        _load(tmp_path, copy.deepcopy(doc))
    assert message in info.value.message and hint in (info.value.hint or ""), str(info.value)


def test_two_records_of_one_name_are_refused(tmp_path: Path) -> None:
    doc = _doc()
    doc["records"].append(copy.deepcopy(doc["records"][0]))
    with pytest.raises(SchemaError, match="record name 'attributions' appears twice"):
        _load(tmp_path, doc)


# -- the Label Studio config ------------------------------------------------------------------


def test_label_config_has_one_relation_label_per_role() -> None:
    root = ET.fromstring(NEWS.label_config())
    (relations,) = root.iter("Relations")
    assert [r.get("value") for r in relations.iter("Relation")] == ["source", "content"]
    # Label Studio's own parser accepts the config and a prediction carrying links.
    prediction = {"result": NEWS.to_result(two_records()), "model_version": "t"}
    assert LabelInterface(NEWS.label_config()).validate_prediction(prediction, True) == []


def test_a_schema_without_records_has_no_relations() -> None:
    old = load_schema(OLD_RELEASE / "schema.yaml", guidelines=OLD_RELEASE / "guidelines.md")
    assert "<Relations" not in old.label_config()


# -- parse_result and to_result ---------------------------------------------------------------


def test_links_drawn_either_way_and_unlabelled_give_the_records() -> None:
    result = drawn(
        link("Xq81", "aa", "source"),
        link("c1", "Xq81", direction="left"),  # drawn from the content, no label
        link("Pw02", "bb"),
        link("Pw02", "c2", "content"),
        link("c3", "Pw02", "content", direction="bi"),
    )
    values = NEWS.parse_result(result, TEXT)
    assert values == two_records()
    assert rules(NEWS, values) == []


def test_values_with_records_round_trip_through_a_result() -> None:
    values = two_records()
    result = NEWS.to_result(values)
    links = [r for r in result if r["type"] == "relation"]
    assert len(links) == 5 and all(r["direction"] == "right" for r in links)
    ids = {r["id"] for r in result if "id" in r}
    assert all(r["from_id"] in ids and r["to_id"] in ids for r in links)
    assert NEWS.parse_result(result, TEXT) == values
    assert NEWS.to_result(values) == result  # stable ids: the same values, the same result


def test_a_cue_without_links_is_still_one_record() -> None:
    values = NEWS.parse_result(drawn(link("Xq81", "c1")), TEXT)
    assert values["attributions"] == [Record(SAID, {"content": [RISE]}), Record(COUNTERED)]
    # One reminder per cue: no source for "said", nothing at all for "countered".
    assert [(v.rule, v.message) for v in NEWS.check(values, TEXT)] == [
        (
            "record-missing-role",
            "cue 'said' has no source: link it to the source span, or, if the text names "
            "none, relabel the cue 'attribution_cue_no_source'",
        ),
        (
            "record-empty",
            "cue 'countered' is linked to nothing; draw a link from it to each span that "
            "plays a role (source, content)",
        ),
        (
            "named-source-needs-link",
            "attribution is 'named_source' but no cue is linked to a source; draw a link "
            "from the cue to the source",
        ),
    ]


STRAY = {
    "cue to cue": (link("Xq81", "Pw02"), "link-endpoints", "a link goes from a cue"),
    "source to content": (link("aa", "c1"), "link-endpoints", "a link goes from a cue"),
    "an id of no region": (link("Xq81", "gone"), "link-endpoints", "'gone', which is no span"),
    "label against the field": (
        link("Xq81", "aa", "content"),
        "link-role",
        "relabel the link 'source'",
    ),
}


@pytest.mark.parametrize("case", STRAY, ids=list(STRAY))
def test_a_link_that_joins_no_record_is_an_error_not_an_exception(case: str) -> None:
    bad, rule, words = STRAY[case]
    values = NEWS.parse_result(drawn(bad), TEXT)
    found = [v for v in NEWS.check(values, TEXT, task_id=4, annotator="p1") if v.rule == rule]
    assert len(found) == 1 and found[0].severity == "error", found
    assert words in found[0].message and (found[0].task_id, found[0].field) == (4, "attributions")
    # Values hold no trace of a bad link once stored.
    assert "_stray_links" not in NEWS.to_row(values)


def test_a_link_to_a_field_that_plays_no_role_is_named() -> None:
    hedge = span("would", "hedge_cue")
    result = [*drawn(), region("h", "hedge_cue", hedge), link("Xq81", "h")]
    (v,) = [
        v for v in NEWS.check(NEWS.parse_result(result, TEXT), TEXT) if v.rule == "link-endpoints"
    ]
    assert "a hedge_cue span ('would'), which plays no role in attributions" in v.message


def test_a_relation_that_is_not_well_formed_raises() -> None:
    with pytest.raises(LabelError, match=r"result\[3\] \(relation\): a relation needs string"):
        NEWS.parse_result([*drawn()[:3], {"type": "relation", "from_id": 3}], TEXT)


def test_records_must_link_marked_spans() -> None:
    values = {**two_records(), "source": [SMITH]}  # Jones is linked but not marked
    with pytest.raises(LabelError, match=r"source 'Jones' \[\d+, \d+\) is not a span of source"):
        NEWS.to_result(values)


# -- the rules on records ---------------------------------------------------------------------


def test_two_sources_for_one_cue_are_an_error() -> None:
    values = NEWS.parse_result(
        drawn(link("Xq81", "aa"), link("Xq81", "bb"), link("Pw02", "c2")), TEXT
    )
    assert ("record-role-once", "error") in rules(NEWS, values)
    with pytest.raises(LabelError, match="has 2 source spans, and a release row holds one"):
        NEWS.to_row(values)


def test_a_cue_marked_no_source_needs_no_source_and_may_not_have_one() -> None:
    alleged = "It is alleged that taxes would rise."
    cue = span("is alleged", "attribution_cue_no_source", alleged)
    rise = span("taxes would rise", "content", alleged)
    values = {
        **NEWS.parse_result([], alleged),
        "claim_type": "factual",
        "hedging": "hedged",
        "hedge_cue": [span("alleged", "hedge_cue", alleged)],
        "attribution": "anonymous_source",
        "attribution_cue": [cue],
        "content": [rise],
        "attributions": [Record(cue, {"content": [rise]})],
    }
    assert NEWS.check(values, alleged) == []
    who = span("It", "source", alleged)
    linked = {
        **values,
        "source": [who],
        "attributions": [Record(cue, {"source": [who], "content": [rise]})],
    }
    assert [v.rule for v in NEWS.check(linked, alleged)] == ["record-absent-role"]


def test_the_sentence_answer_agrees_with_the_records() -> None:
    values = two_records()
    assert rules(NEWS, {**values, "attribution": "unattributed"}) == [
        ("unattributed-has-source", "warning"),
        ("unattributed-has-attribution", "warning"),
    ]
    unlinked = {**values, "attributions": [Record(SAID), Record(COUNTERED)]}
    assert ("named-source-needs-link", "warning") in rules(NEWS, unlinked)


def test_a_cue_in_no_record_or_in_two_is_an_error() -> None:
    values = two_records()
    lost = {**values, "attributions": values["attributions"][:1]}
    assert ("record-anchor-once", "error") in rules(NEWS, lost)
    twice = {**values, "attributions": [*values["attributions"], Record(SAID, {"content": [FALL]})]}
    assert ("record-anchor-once", "error") in rules(NEWS, twice)


# -- datasets.Features ------------------------------------------------------------------------


def test_features_hold_a_list_of_records_with_cut_flags() -> None:
    import datasets

    values = two_records()
    values["attributions"] = [
        Record(r.anchor, dict(r.roles), cut=("content",) if r.anchor == COUNTERED else ())
        for r in values["attributions"]
    ]
    row = NEWS.to_row(values)
    said, countered = row["attributions"]
    assert said == {
        "cue": {"start": 6, "end": 10, "label": "attribution_cue", "text": "said"},
        "source": {"start": 0, "end": 5, "label": "source", "text": "Smith"},
        "content": [{"start": 11, "end": 27, "label": "content", "text": "taxes would rise"}],
        "source_cut": False,
        "content_cut": False,
    }
    assert [c["text"] for c in countered["content"]] == ['"Rates,"', '"will fall."']
    assert countered["content_cut"] is True
    no_source = NEWS.to_row({**values, "attributions": [Record(SAID), Record(COUNTERED)]})
    assert no_source["attributions"][0]["source"] is None
    table = datasets.Dataset.from_list([row, no_source], features=NEWS.features())
    assert table[0]["attributions"] == row["attributions"]
    assert table[1]["attributions"][1]["source"] is None


# -- pull -------------------------------------------------------------------------------------


def test_pull_keeps_the_records_on_the_cue_row() -> None:
    result = drawn(
        link("Xq81", "aa"),
        link("Xq81", "c1"),
        link("Pw02", "bb"),
        link("Pw02", "c2"),
        link("Pw02", "c3"),
    )
    task = {
        "id": 1,
        "sentence_id": "s-0",
        "text": TEXT,
        "drafts": 0,
        "predictions": 0,
        "annotations": [
            {
                "id": 9,
                "annotator": "p1",
                "created_at": "2026-12-01T00:00:00Z",
                "updated_at": "2026-12-01T00:00:00Z",
                "lead_time": 3.0,
                "was_cancelled": False,
                "result": result,
            }
        ],
    }
    built = build([task], NEWS, "t")
    rows = {r["field"]: r for r in built.rows.to_pylist()}
    assert [f for f, r in rows.items() if r["records"] is not None] == ["attribution_cue"]
    assert records_of(rows["attribution_cue"]["records"]) == two_records()["attributions"]
    assert built.violations.num_rows == 0
