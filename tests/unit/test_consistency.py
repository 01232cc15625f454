"""Parsing Label Studio results into per-field values, back, and checking them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from label_studio_sdk.label_interface import LabelInterface

from annotate.errors import LabelError, PullError
from annotate.schema._schema import (
    AnnotationValues,
    Record,
    Schema,
    Span,
    Violation,
    load_schema,
)

ROOT = Path(__file__).resolve().parents[2]
PATHS = [ROOT / "schemas" / "news-stance.yaml", ROOT / "tests" / "data" / "target-stance.yaml"]
NEWS = load_schema(PATHS[0])

REPORTEDLY = (
    "The agreement was reportedly finalized at meetings in Tehran and Moscow late last year."
)
LEWIS = (
    "Jeffrey Lewis, a missile expert at the Middlebury Institute of International Studies at "
    "Monterey, told Reuters that the missiles could be aimed at high-value targets that need "
    "precise strikes."
)


@pytest.fixture(scope="module", params=PATHS, ids=lambda p: p.stem)
def schema(request: pytest.FixtureRequest) -> Schema:
    return load_schema(request.param)


def span(text: str, phrase: str, label: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), label, phrase)


def choice(name: str, *values: str) -> dict[str, Any]:
    return {
        "from_name": name,
        "to_name": "text",
        "type": "choices",
        "value": {"choices": list(values)},
    }


def region(name: str, s: Span, rid: str | None = None) -> dict[str, Any]:
    value = {"start": s.start, "end": s.end, "text": s.text, "labels": [s.label]}
    out = {"from_name": name, "to_name": "text", "type": "labels", "value": value}
    return out | ({"id": rid} if rid else {})


def link(from_id: str, to_id: str, *labels: str) -> dict[str, Any]:
    return {
        "type": "relation",
        "from_id": from_id,
        "to_id": to_id,
        "direction": "right",
        "labels": list(labels),
    }


def empty(schema: Schema) -> AnnotationValues:
    out = {f.name: None if f.kind == "choice" else [] for f in schema.fields}
    return out | {r.name: [] for r in schema.records}


def news_gold() -> AnnotationValues:
    cue = "reportedly"
    return {
        "claim_type": "factual",
        "hedging": "hedged",
        "hedge_cue": [span(REPORTEDLY, cue, "hedge_cue")],
        "attribution": "anonymous_source",
        "source": [span(REPORTEDLY, cue, "source")],
        "attribution_cue": [span(REPORTEDLY, cue, "attribution_cue")],
        "content": [],
        "attributions": [
            Record(
                span(REPORTEDLY, cue, "attribution_cue"),
                {"source": [span(REPORTEDLY, cue, "source")]},
            )
        ],
    }


# -- parse_result -------------------------------------------------------------------------------


def test_parse_result_gives_per_field_values() -> None:
    gold = news_gold()
    result = [
        choice("claim_type", "factual"),
        region("source", gold["source"][0], "s1"),
        choice("hedging", "hedged"),
        region("hedge_cue", gold["hedge_cue"][0]),
        choice("attribution", "anonymous_source"),
        region("attribution_cue", gold["attribution_cue"][0], "c1"),
        link("s1", "c1"),  # drawn from the source: direction does not matter
    ]
    assert NEWS.parse_result(result, REPORTEDLY) == gold
    assert NEWS.check(gold, REPORTEDLY) == []


def test_parse_result_sorts_spans_and_keeps_multi_choice_in_schema_order() -> None:
    target = load_schema(PATHS[1])
    text = "Voters back the plan, a poll of 900 shows."
    plan, voters = span(text, "the plan", "thing"), span(text, "Voters", "person")
    result = [region("target", plan), region("target", voters), choice("evidence", "quote")]
    result.append(choice("evidence", "statistic", "quote"))
    values = target.parse_result(result, text)
    assert values == {"stance": None, "evidence": ["statistic", "quote"], "target": [voters, plan]}


LABEL_ERRORS = {
    "label edited in the UI": (
        [choice("claim_type", "fact")],
        "result[0] (claim_type): unknown label(s) 'fact'; "
        "valid: factual, prediction, opinion, rule_or_policy, not_a_claim",
    ),
    "unknown span label": (
        [region("hedge_cue", Span(4, 13, "hedge", "agreement"))],
        "result[0] (hedge_cue): unknown label(s) 'hedge'; valid: hedge_cue",
    ),
    "unknown control": (
        [choice("stance", "favor")],
        "result[0]: unknown control 'stance'; valid: claim_type, hedging, hedge_cue, "
        "attribution, source, attribution_cue, content",
    ),
    "two values for a one-choice field": (
        [choice("hedging", "hedged"), choice("hedging", "not_hedged")],
        "hedging: 2 values ['hedged', 'not_hedged'] for a one-choice field; "
        "choose one of: hedged, not_hedged",
    ),
    "choices on a spans control": (
        [choice("source", "source")],
        "result[0] (source): expected type 'labels' on 'text', got type 'choices' on 'text'",
    ),
}


@pytest.mark.parametrize("case", LABEL_ERRORS, ids=list(LABEL_ERRORS))
def test_values_the_schema_does_not_know_raise_label_error(case: str) -> None:
    result, problem = LABEL_ERRORS[case]
    with pytest.raises(LabelError) as info:
        NEWS.parse_result(result, REPORTEDLY)
    assert str(info.value) == (
        f"annotation does not fit schema news-stance 1.1.0:\n  - {problem}\n"
        "  -> push the schema again if the project's labels were edited in Label Studio, "
        "or add the new label to the schema and bump its version"
    )
    assert isinstance(info.value, PullError) and isinstance(info.value, ValueError)


def test_every_problem_is_listed_at_once() -> None:
    with pytest.raises(LabelError) as info:
        NEWS.parse_result([choice("claim_type", "fact"), choice("nope", "x")], REPORTEDLY)
    assert "'fact'" in str(info.value) and "'nope'" in str(info.value)


def test_missing_required_fields_are_violations_not_exceptions(schema: Schema) -> None:
    values = schema.parse_result([], "Some sentence.")
    assert values == empty(schema)
    found = schema.check(values, "Some sentence.", task_id=7, annotator="a1")
    required = [f.name for f in schema.fields if f.required]
    assert [v for v in found if v.rule == "required"] == [
        Violation("required", "error", f"{name!r} is required but has no value", name, 7, "a1")
        for name in required
    ]


def test_utf16_offsets_from_the_browser_become_code_points() -> None:
    text = "🚀 Missiles reportedly arrived."
    utf16_start = len("🚀 Missiles ".encode("utf-16-le")) // 2
    item = region("hedge_cue", Span(utf16_start, utf16_start + 10, "hedge_cue", "reportedly"))
    (got,) = NEWS.parse_result([item], text)["hedge_cue"]
    assert got == span(text, "reportedly", "hedge_cue")


# -- to_result ----------------------------------------------------------------------------------


@st.composite
def values_for(draw: st.DrawFn, schema: Schema) -> tuple[AnnotationValues, str]:
    text = draw(st.text(min_size=1, max_size=40))
    values: AnnotationValues = {}
    for f in schema.fields:
        if f.kind == "choice":
            values[f.name] = draw(st.none() | st.sampled_from(f.values))
        elif f.kind == "multi_choice":
            picked = draw(st.sets(st.sampled_from(f.values)))
            values[f.name] = [v for v in f.values if v in picked]
        else:
            bounds = st.tuples(
                st.integers(0, len(text) - 1), st.integers(1, len(text)), st.sampled_from(f.values)
            ).filter(lambda b: b[0] < b[1])
            drawn = draw(st.lists(bounds, max_size=3))
            values[f.name] = sorted(Span(s, e, lb, text[s:e]) for s, e, lb in drawn)
    for r in schema.records:
        # Every anchor span is one record, linked to any of the spans its roles' fields hold
        # (two sources too: the round trip keeps what check then reports).
        values[r.name] = sorted(
            {
                Record(
                    anchor,
                    {
                        role.name: draw(st.sets(st.sampled_from(values[role.field])))
                        if values[role.field]
                        else ()
                        for role in r.roles
                    },
                )
                for anchor in dict.fromkeys(values[r.anchor_field])  # a span marked twice: one
            }
        )
    return values, text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_to_result_round_trips_through_parse_result(schema: Schema, data: st.DataObject) -> None:
    values, text = data.draw(values_for(schema))
    result = schema.to_result(values)
    assert schema.parse_result(result, text) == values
    prediction = {"result": result, "model_version": "test"}
    assert (
        LabelInterface(schema.label_config()).validate_prediction(prediction, return_errors=True)
        == []
    )
    assert [v for v in schema.check(values, text) if v.rule.startswith("span-")] == []


def test_to_result_refuses_unknown_labels(schema: Schema) -> None:
    name = schema.fields[0].name
    with pytest.raises(LabelError, match=rf"{name}: unknown label 'nope'; valid: "):
        schema.to_result({name: "nope" if schema.fields[0].kind == "choice" else ["nope"]})
    with pytest.raises(LabelError, match="unknown field 'nope'"):
        schema.check({"nope": "x"}, "text")


# -- check ------------------------------------------------------------------------------------


def _fill_required(schema: Schema, values: AnnotationValues) -> None:
    for f in schema.fields:
        if f.required and not values[f.name]:
            values[f.name] = f.values[0] if f.kind == "choice" else [f.values[0]]


def _with_record(schema: Schema, values: AnnotationValues, target: str, text: str) -> None:
    """Give ``values`` one record of ``target`` (``record`` or ``record.role``)."""
    name, _, role_name = target.partition(".")
    rt = schema.record(name)
    anchor = span(text, "said", schema.field(rt.anchor_field).values[0])
    values[rt.anchor_field] = [anchor]
    roles: dict[str, list[Span]] = {}
    for role in rt.roles:
        if role.name == role_name:
            linked = span(text, "Officials", schema.field(role.field).values[0])
            values[role.field] = [linked]
            roles[role.name] = [linked]
    values[name] = [Record(anchor, roles)]


def test_every_declared_rule_is_enforced(schema: Schema) -> None:
    text = "Officials reportedly said the target was hit."
    for rule in schema.rules:
        values = empty(schema)
        trigger = schema.field(rule.when_field)
        values[rule.when_field] = rule.when_is[0] if trigger.kind == "choice" else [rule.when_is[0]]
        _fill_required(schema, values)
        if rule.span_field:
            label = schema.field(rule.span_field).values[0]
            with_span = {**values, rule.span_field: [span(text, "reportedly", label)]}
            without_span = {**values, rule.span_field: []}
        else:
            with_span = dict(values)
            _with_record(schema, with_span, rule.target, text)
            without_span = dict(values)
            if rule.require_role:  # a record, but without that role
                _with_record(schema, without_span, rule.target.partition(".")[0], text)
        requires = rule.require_span or rule.require_record or rule.require_role
        bad, good = (without_span, with_span) if requires else (with_span, without_span)
        found = schema.check(bad, text, task_id="t1", annotator="ann")
        expected = Violation(rule.id, rule.severity, rule.message, rule.target, "t1", "ann")
        assert expected in found, rule.id
        assert rule.id not in {v.rule for v in schema.check(good, text)}, rule.id


def test_news_stance_rules_on_seed_sentences() -> None:
    gold = news_gold()
    no_cue = {**gold, "hedge_cue": []}
    assert [(v.rule, v.severity, v.field) for v in NEWS.check(no_cue, REPORTEDLY)] == [
        ("hedged-needs-cue", "error", "hedge_cue")
    ]
    cue = gold["attribution_cue"][0]
    no_source = {**gold, "source": [], "attributions": [Record(cue)]}
    # Since 1.1.0 an anonymous claim may have no source span; its cue must then say so.
    assert [(v.rule, v.severity) for v in NEWS.check(no_source, REPORTEDLY)] == [
        ("record-empty", "warning"),
    ]
    declared = span(REPORTEDLY, "reportedly", "attribution_cue_no_source")
    no_source_given = {
        **no_source,
        "attribution_cue": [declared],
        "attributions": [Record(declared)],
    }
    assert [v.rule for v in NEWS.check(no_source_given, REPORTEDLY)] == ["record-empty"]
    named = {**no_source, "attribution": "named_source"}
    assert [(v.rule, v.severity) for v in NEWS.check(named, REPORTEDLY)] == [
        ("record-empty", "warning"),
        ("attributed-needs-source", "error"),
        ("named-source-needs-link", "warning"),
    ]
    lewis = {
        "claim_type": "prediction",
        "hedging": "not_hedged",
        "hedge_cue": [span(LEWIS, "could", "hedge_cue")],
        "attribution": "named_source",
        "source": [span(LEWIS, "Jeffrey Lewis", "source")],
        "attribution_cue": [],
        "attributions": [],
    }
    assert [(v.rule, v.severity) for v in NEWS.check(lewis, LEWIS)] == [
        ("cue-without-hedge", "warning"),
        ("attributed-needs-cue", "warning"),
        ("named-source-needs-link", "warning"),
    ]


def test_spans_must_lie_inside_the_sentence_and_match_their_offsets() -> None:
    values = {
        **news_gold(),
        "hedge_cue": [Span(80, 95, "hedge_cue", "late last year.xx")],
        "source": [Span(18, 28, "source", "REPORTEDLY")],
        "attributions": [
            Record(
                news_gold()["attribution_cue"][0],
                {"source": [Span(18, 28, "source", "REPORTEDLY")]},
            )
        ],
    }
    found = NEWS.check(values, REPORTEDLY, task_id=3, annotator="b")
    assert found == [
        Violation(
            "span-in-sentence",
            "error",
            "hedge_cue span 'hedge_cue' [80, 95) lies outside the sentence "
            f"(0 to {len(REPORTEDLY)})",
            "hedge_cue",
            3,
            "b",
        ),
        Violation(
            "span-text",
            "error",
            "source span 'source' [18, 28) says 'REPORTEDLY' "
            "but the sentence has 'reportedly' there",
            "source",
            3,
            "b",
        ),
    ]


# -- features ---------------------------------------------------------------------------------


def test_features_encode_a_row_of_values(schema: Schema) -> None:
    import datasets

    features = schema.features()
    assert list(features) == [f.name for f in schema.fields] + [r.name for r in schema.records]
    for f in schema.fields:
        feature = features[f.name]
        if f.kind == "choice":
            assert isinstance(feature, datasets.ClassLabel) and feature.names == list(f.values)
        elif f.kind == "multi_choice":
            assert feature.feature.names == list(f.values)
        else:
            assert {k: v.dtype for k, v in feature.feature.items()} == {
                "start": "int32",
                "end": "int32",
                "label": "string",
                "text": "string",
            }
    values = empty(schema)
    _fill_required(schema, values)
    text = "Officials reportedly said so."
    for f in schema.fields:
        if f.kind == "spans":
            values[f.name] = [span(text, "reportedly", f.values[-1])]
    encoded = features.encode_example(schema.to_row(values))
    for f in schema.fields:
        if f.kind == "choice" and values[f.name] is not None:
            assert encoded[f.name] == f.values.index(values[f.name])
        if f.kind == "spans":
            assert encoded[f.name] == [
                {"start": 10, "end": 20, "label": f.values[-1], "text": "reportedly"}
            ]
    table = datasets.Dataset.from_list([schema.to_row(values)], features=features)
    assert table.features == features
