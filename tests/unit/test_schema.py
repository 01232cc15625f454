"""Loading, validating, round-tripping and hashing schemas; the default schema's content."""

from __future__ import annotations

import copy
import dataclasses
import doctest
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import annotate.schema._schema
from annotate.errors import AnnotateError, SchemaError
from annotate.schema._schema import Schema, load_schema

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "schemas" / "news-stance.yaml"
SECOND = ROOT / "tests" / "data" / "target-stance.yaml"
CORPUS = ROOT / "corpus" / "iran-missiles-russia.txt"


@pytest.fixture(scope="module", params=[DEFAULT, SECOND], ids=lambda p: p.stem)
def schema(request: pytest.FixtureRequest) -> Schema:
    return load_schema(request.param)


def write_schema(directory: Path, doc: dict[str, Any] | str, guidelines_version: str) -> Path:
    """Write a schema and matching guidelines into ``directory``; return the YAML path."""
    path = directory / "s.yaml"
    path.write_text(doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False))
    (directory / "s.md").write_text(f"---\nguidelines_version: {guidelines_version}\n---\n# G\n")
    return path


# -- the default schema ---------------------------------------------------------------------


def test_default_schema_has_the_issue_fields_and_labels() -> None:
    s = load_schema(DEFAULT)
    assert (s.name, s.version, s.guidelines_version) == ("news-stance", "1.1.0", "1.1.0")
    assert {f.name: (f.kind, f.required, f.values) for f in s.fields} == {
        "claim_type": (
            "choice",
            True,
            ("factual", "prediction", "opinion", "rule_or_policy", "not_a_claim"),
        ),
        "hedging": ("choice", True, ("hedged", "not_hedged")),
        "hedge_cue": ("spans", False, ("hedge_cue",)),
        "attribution": ("choice", True, ("unattributed", "named_source", "anonymous_source")),
        "source": ("spans", False, ("source",)),
        "attribution_cue": ("spans", False, ("attribution_cue", "attribution_cue_no_source")),
        "content": ("spans", False, ("content",)),
    }
    by_id = {r.id: r for r in s.rules}
    assert by_id["hedged-needs-cue"].require_span == "hedge_cue"
    assert by_id["hedged-needs-cue"].severity == "error"
    # 1.1.0 relaxed it: an anonymous claim may give no source (its cue says so).
    assert set(by_id["attributed-needs-source"].when_is) == {"named_source"}
    assert by_id["attributed-needs-source"].require_span == "source"


def test_every_label_has_a_description_and_a_unique_hotkey(schema: Schema) -> None:
    labels = [label for f in schema.fields for label in f.labels]
    assert all(label.description.strip() for label in labels)
    hotkeys = [label.hotkey.lower() for label in labels]
    assert all(hotkeys) and len(set(hotkeys)) == len(hotkeys)


def test_guidelines_give_a_definition_and_corpus_examples_for_every_label() -> None:
    s = load_schema(DEFAULT)
    corpus = " ".join(CORPUS.read_text(encoding="utf-8").split())
    guide = s.guidelines_text
    for f in s.fields:
        if f.kind == "spans":
            assert f"`{f.name}` spans" in guide or f"`{f.name}`" in guide, f.name
            continue
        for value in f.values:
            section = re.search(rf"^### `{value}`: (.+?)$(.*?)(?=^#)", guide, re.M | re.S)
            assert section, f"no section for {value}"
            examples = [line for line in section.group(2).splitlines() if line.startswith("- ")]
            assert len(examples) >= 2, value
            for line in examples:
                for quote in re.findall(r'"([^"]+)"', line.replace("*", "")):
                    for piece in quote.split("..."):
                        assert " ".join(piece.split()) in corpus, (value, piece)


def test_guidelines_cover_the_hard_cases_and_what_to_do_when_unsure() -> None:
    guide = load_schema(DEFAULT).guidelines_text
    for needle in (
        "Reported speech inside a hedge",
        '"reportedly" is both a hedge and an anonymous attribution',
        "Headings and headlines",
        "Captions and page furniture",
        "## 5. When you are unsure",
    ):
        assert needle in guide


# -- round trip, hash, provenance -------------------------------------------------------------


def test_to_yaml_round_trips_with_equality(schema: Schema, tmp_path: Path) -> None:
    assert schema.path is not None
    shutil.copy(schema.path.parent / schema.guidelines, tmp_path / schema.guidelines)
    copy_path = tmp_path / "copy.yaml"
    copy_path.write_text(schema.to_yaml(), encoding="utf-8")
    again = load_schema(copy_path)
    assert again == schema
    assert again.sha256 == schema.sha256
    assert again.to_yaml() == schema.to_yaml()


def test_sha256_changes_with_content_and_provenance_records_it(schema: Schema) -> None:
    first = schema.fields[0]
    label = dataclasses.replace(first.labels[0], description=first.labels[0].description + "!")
    field = dataclasses.replace(first, labels=(label, *first.labels[1:]))
    edited = dataclasses.replace(schema, fields=(field, *schema.fields[1:]))
    assert re.fullmatch(r"[0-9a-f]{64}", schema.sha256)
    assert edited.sha256 != schema.sha256
    assert schema.provenance() == {
        "name": schema.name,
        "version": schema.version,
        "guidelines_version": schema.guidelines_version,
        "sha256": schema.sha256,
    }


label_values = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp")), min_size=1, max_size=12
).filter(lambda s: s == s.strip() and s.strip())


@settings(max_examples=40, deadline=None)
@given(values=st.lists(label_values, min_size=1, max_size=4, unique=True))
def test_any_printable_labels_round_trip_through_yaml(values: list[str]) -> None:
    doc = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    doc["fields"] = [
        {
            "name": "f",
            "kind": "multi_choice",
            "description": 'with "quotes" & <angles>',
            "labels": [
                {"value": v, "hotkey": f"ctrl+{i}", "description": v} for i, v in enumerate(values)
            ],
        }
    ]
    doc["rules"] = []
    doc.pop("records")
    doc["guidelines"] = "s.md"
    with tempfile.TemporaryDirectory() as tmp:
        first = load_schema(write_schema(Path(tmp), doc, doc["guidelines_version"]))
        (Path(tmp) / "s.yaml").write_text(first.to_yaml(), encoding="utf-8")
        assert load_schema(Path(tmp) / "s.yaml") == first
    assert first.fields[0].values == tuple(values)


# -- broken schemas ---------------------------------------------------------------------------


def base_doc() -> dict[str, Any]:
    return {
        "name": "t",
        "version": "1.0.0",
        "guidelines": "s.md",
        "guidelines_version": "1.0.0",
        "fields": [
            {
                "name": "stance",
                "kind": "choice",
                "required": True,
                "labels": [
                    {"value": "favor", "hotkey": "f", "description": "for"},
                    {"value": "against", "hotkey": "a", "description": "against"},
                ],
            },
            {
                "name": "target",
                "kind": "spans",
                "labels": [{"value": "target", "hotkey": "t", "description": "what"}],
            },
        ],
        "rules": [
            {
                "id": "r1",
                "when": {"field": "stance", "is": "favor"},
                "require_span": "target",
                "severity": "error",
                "message": "mark the target",
            }
        ],
    }


def _set(path: str, value: Any) -> Any:
    def edit(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        if value is _DELETE:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value

    return edit


_DELETE = object()

BROKEN = {
    "unknown kind": (
        _set("fields.0.kind", "chioce"),
        "field 'stance': unknown kind 'chioce'\n  -> use one of: choice, multi_choice, spans",
    ),
    "duplicate label": (
        _set("fields.0.labels.1.value", "favor"),
        "field 'stance': label 'favor' appears twice\n  -> remove or rename the duplicate",
    ),
    "empty label": (
        _set("fields.0.labels.1.value", " "),
        "field 'stance': labels[1]: label value must be a non-empty string, got ' '\n"
        "  -> quote values YAML reads as other types, e.g. value: 'no' or value: '1'",
    ),
    "YAML boolean label": (
        _set("fields.0.labels.1.value", False),
        "field 'stance': labels[1]: label value must be a non-empty string, got False",
    ),
    "no labels": (
        _set("fields.0.labels", []),
        "field 'stance': 'labels' must be a non-empty list, got []",
    ),
    "field name not an identifier": (
        _set("fields.0.name", "claim-type"),
        "field 'claim-type': the name is not a Python identifier\n"
        "  -> use letters, digits and underscores, not starting with a digit, e.g. 'claim_type'",
    ),
    "field name reserved for task data": (
        _set("fields.0.name", "text"),
        "field 'text': the name is reserved for task data",
    ),
    "missing version": (
        _set("version", _DELETE),
        "'version' is missing\n  -> add 'version: 1.0.0' (semantic versioning: MAJOR.MINOR.PATCH)",
    ),
    "version not semver": (
        _set("version", "1.0"),
        "version '1.0' is not a semantic version\n"
        "  -> write MAJOR.MINOR.PATCH as a string, e.g. version: 1.0.0",
    ),
    "duplicate hotkey": (
        _set("fields.1.labels.0.hotkey", "F"),
        "field 'target': label 'target' reuses hotkey 'F' already taken by stance.favor\n"
        "  -> pick a hotkey not in use: a, f are taken",
    ),
    "missing hotkey": (
        _set("fields.0.labels.0.hotkey", _DELETE),
        "field 'stance': labels[0]: label 'favor' needs a hotkey, got None",
    ),
    "rule names an unknown field": (
        _set("rules.0.when.field", "stanse"),
        "rule 'r1': when.field 'stanse' is not a choice or multi_choice field\n"
        "  -> use one of: stance",
    ),
    "rule names an unknown label": (
        _set("rules.0.when.is", "favour"),
        "rule 'r1': when.is 'favour' names no label or an unknown label of 'stance'\n"
        "  -> use one or a list of: favor, against",
    ),
    "rule requires a span of a non-spans field": (
        _set("rules.0.require_span", "stance"),
        "rule 'r1': require_span 'stance' is not a spans field\n  -> use one of: target",
    ),
    "rule with unknown severity": (
        _set("rules.0.severity", "fatal"),
        "rule 'r1': unknown severity 'fatal'\n  -> use one of: error, warning",
    ),
    "unknown key": (
        _set("fields.0.requried", True),
        "fields[0]: unknown key(s) 'requried'\n"
        "  -> valid keys are: name, kind, required, description, labels",
    ),
    "duplicate field": (
        _set("fields.1.name", "stance"),
        "field name 'stance' appears twice\n  -> rename one of the fields",
    ),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_schema_is_a_schema_error_naming_file_field_value_and_fix(
    case: str, tmp_path: Path
) -> None:
    edit, expected = BROKEN[case]
    doc = copy.deepcopy(base_doc())
    edit(doc)
    path = write_schema(tmp_path, doc, "1.0.0")
    with pytest.raises(SchemaError) as info:
        load_schema(path)
    assert str(info.value).startswith(f"{path}: {expected}")
    assert isinstance(info.value, ValueError) and isinstance(info.value, AnnotateError)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = yaml.safe_dump(base_doc(), sort_keys=False).replace("kind: spans", "kind: spans: x")
    line = 1 + text.splitlines().index("  kind: spans: x")
    path = write_schema(tmp_path, text, "1.0.0")
    with pytest.raises(SchemaError) as info:
        load_schema(path)
    # libyaml ends the problem with "in this context", PyYAML's own parser with "here".
    assert re.fullmatch(
        re.escape(f"{path}:{line}: YAML syntax error: mapping values are not allowed ")
        + r"(here|in this context)\n"
        + re.escape("  -> fix the YAML at that line (indentation, a missing colon, or quotes)"),
        str(info.value),
    )


def test_duplicate_yaml_key_is_not_silently_overwritten(tmp_path: Path) -> None:
    text = yaml.safe_dump(base_doc(), sort_keys=False).replace(
        "version: 1.0.0\n", "version: 1.0.0\nversion: 2.0.0\n", 1
    )
    path = write_schema(tmp_path, text, "1.0.0")
    with pytest.raises(SchemaError, match=r":3: YAML syntax error: duplicate key 'version'"):
        load_schema(path)


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_schemas_and_cards_are_parsed_by_libyaml_with_the_duplicate_key_check() -> None:
    # Schemas are read on every release, verify and pull: the pure-Python parser was a few
    # seconds of the unit tier's CPU (issue 11) for the same documents.
    from annotate.schema import _io

    assert issubclass(_io.SAFE_LOADER, yaml.CSafeLoader)
    assert issubclass(_io._StrictLoader, yaml.CSafeLoader)


def test_guidelines_version_must_match_the_markdown(tmp_path: Path) -> None:
    path = write_schema(tmp_path, base_doc(), "0.9.0")
    with pytest.raises(SchemaError) as info:
        load_schema(path)
    assert str(info.value) == (
        f"{path}: guidelines_version is '1.0.0' but s.md declares '0.9.0'\n"
        "  -> set 'guidelines_version: 1.0.0' in the front matter of s.md, "
        "or bump guidelines_version to match it"
    )


def test_missing_schema_file_is_a_schema_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="cannot read the schema file"):
        load_schema(tmp_path / "nope.yaml")


def test_field_lookup_lists_the_fields(schema: Schema) -> None:
    assert schema.field(schema.fields[-1].name) is schema.fields[-1]
    with pytest.raises(SchemaError, match="no field 'nope'") as info:
        schema.field("nope")
    assert schema.fields[0].name in str(info.value)


# -- instructions ------------------------------------------------------------------------------


def test_instructions_html_renders_markdown_and_escapes_raw_html(schema: Schema) -> None:
    page = schema.instructions_html()
    assert f"{schema.name} {schema.version}" in page
    assert "guidelines_version" not in page  # the front matter is not shown
    assert "<h1>" in page and '<table border="1"' in page
    assert "<script>" not in page


def test_module_docstring_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testmod(annotate.schema._schema)
    assert result.attempted > 0 and result.failed == 0
