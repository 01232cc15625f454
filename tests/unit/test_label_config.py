"""The Label Studio XML generated from a schema, checked by parsing it back."""

from __future__ import annotations

import dataclasses
import html
import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from label_studio_sdk.label_interface import LabelInterface

from annotate.schema._schema import TASK_DATA_KEYS, Field, Label, Schema, load_schema
from annotate.schema._types import FEEDBACK_KEY

ROOT = Path(__file__).resolve().parents[2]
PATHS = [ROOT / "schemas" / "news-stance.yaml", ROOT / "tests" / "data" / "target-stance.yaml"]


@pytest.fixture(scope="module", params=PATHS, ids=lambda p: p.stem)
def schema(request: pytest.FixtureRequest) -> Schema:
    return load_schema(request.param)


def parse(xml: str) -> ET.Element:
    # Keep comments: the provenance is recorded in one.
    return ET.fromstring(xml, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))


def parent_of(root: ET.Element, child: ET.Element) -> ET.Element:
    return next(p for p in root.iter() if child in list(p))


def test_label_studio_accepts_the_config(schema: Schema) -> None:
    LabelInterface(schema.label_config()).validate()


def test_every_field_is_one_control_named_after_it(schema: Schema) -> None:
    root = parse(schema.label_config())
    for f in schema.fields:
        (control,) = [el for el in root.iter() if el.get("name") == f.name]
        assert control.get("toName") == "text"
        children = list(control)
        assert [c.get("value") for c in children] == list(f.values)
        assert [c.get("hotkey") for c in children] == [lb.hotkey for lb in f.labels]
        assert [c.get("hint") for c in children] == [lb.description for lb in f.labels]
        # Shown readable, stored as the schema's code: html is display only (alias would
        # replace the stored value, so it must not be used). The attribute is HTML, so a
        # label's own "<" or "&" arrives escaped.
        assert [c.get("html") for c in children] == [html.escape(lb.title) for lb in f.labels]
        assert all(c.get("alias") is None for c in children)
        if f.kind == "spans":
            assert control.tag == "Labels" and {c.tag for c in children} == {"Label"}
        else:
            assert control.tag == "Choices" and {c.tag for c in children} == {"Choice"}
            # Radio buttons for one answer, boxes for several.
            assert control.get("choice") == ("single-radio" if f.kind == "choice" else "multiple")

            assert control.get("showInline") == "true"
            assert control.get("required") == ("true" if f.required else None)


def test_hotkeys_are_unique_across_the_whole_config(schema: Schema) -> None:
    keys = [el.get("hotkey") for el in parse(schema.label_config()).iter() if el.get("hotkey")]
    assert len(keys) == sum(len(f.labels) for f in schema.fields) == len(set(keys))


def test_task_data_keys_are_the_push_contract(schema: Schema) -> None:
    root = parse(schema.label_config())
    shown = {el.get("name"): el.get("value") for el in root.iter("Text")}
    assert shown == {key: f"${key}" for key in ("title", "context_before", "text", "context_after")}
    assert set(shown) < set(TASK_DATA_KEYS)
    assert (
        "$sentence_id" not in schema.label_config() and "$article_id" not in schema.label_config()
    )
    interface = LabelInterface(schema.label_config())
    assert {obj.name for obj in interface.objects} == set(shown)


def test_sentence_is_prominent_and_context_is_muted(schema: Schema) -> None:
    root = parse(schema.label_config())
    texts = {el.get("name"): el for el in root.iter("Text")}
    sentence_style = parent_of(root, texts["text"]).get("style", "")
    assert "font-size: 1.35em" in sentence_style
    for name in ("title", "context_before", "context_after"):
        style = parent_of(root, texts[name]).get("style", "")
        assert "color: #6b7280" in style and "font-size: 0.9em" in style
    # Spans are drawn on the sentence only, snapped to words.
    assert texts["text"].get("granularity") == "word"
    # Label Studio pins the text object's font size; only a <Style> rule on a class can
    # enlarge the sentence and shrink the context (checked in a browser on 1.23.2).
    assert parent_of(root, texts["text"]).get("className") == "annotate-sentence"
    for name in ("title", "context_before", "context_after"):
        assert parent_of(root, texts[name]).get("className") == "annotate-context"
    (style,) = root.iter("Style")
    assert ".annotate-sentence .lsf-htx-richtext { font-size: 22px" in (style.text or "")
    assert ".annotate-context .lsf-htx-richtext { font-size: 13px" in (style.text or "")


def test_title_and_context_carry_captions(schema: Schema) -> None:
    root = parse(schema.label_config())
    captions = {}
    for view in root.iter("View"):
        kids = list(view)
        for before, after in itertools.pairwise(kids):
            if before.tag == "Header" and after.tag == "Text":
                captions[after.get("name")] = before.get("value")
    assert captions == {"title": "Article", "context_before": "Before", "context_after": "After"}


def test_answers_read_as_words_and_overlapping_spans_show_their_labels() -> None:
    schema = load_schema(PATHS[0])
    xml = schema.label_config()
    assert 'value="rule_or_policy" html="Rule or policy"' in xml
    assert 'value="anonymous_source" html="Anonymous source"' in xml
    root = parse(xml)
    (sentence,) = [t for t in root.iter("Text") if t.get("name") == "text"]
    assert sentence.get("showLabels") == "true"
    colours = [lb.get("background") for lb in root.iter("Label")]
    assert len(colours) == len(set(colours)) == 5


def test_a_rule_needing_a_span_shows_a_reminder_while_its_answer_is_chosen() -> None:
    schema = load_schema(PATHS[0])
    root = parse(schema.label_config())
    reminders = {
        v.get("className"): v
        for v in root.iter("View")
        if v.get("visibleWhen") == "choice-selected"
    }
    # Every rule that requires a span, and only those (a "forbid" rule would nag on every
    # not_hedged answer, and Label Studio cannot tell whether a span is marked).
    wanted = {f"annotate-rule-{r.id}": r for r in schema.rules if r.require_span}
    assert (
        set(reminders)
        == set(wanted)
        == {
            "annotate-rule-hedged-needs-cue",
            "annotate-rule-attributed-needs-source",
            "annotate-rule-attributed-needs-cue",
        }
    )
    hedged = reminders["annotate-rule-hedged-needs-cue"]
    assert hedged.attrib == {
        "visibleWhen": "choice-selected",
        "whenTagName": "hedging",
        "whenChoiceValue": "hedged",
        "className": "annotate-rule-hedged-needs-cue",
    }
    (note,) = hedged.iter("Header")
    assert note.get("value") == (
        "Hedged \u2192 mark every word or phrase that does the hedging: select the words, "
        "then press c (required)."
    )
    # Shown beside the question it depends on.
    (hedging,) = [c for c in root.iter("Choices") if c.get("name") == "hedging"]
    assert parent_of(root, hedged) is parent_of(root, hedging)
    source = reminders["annotate-rule-attributed-needs-source"]
    # 1.1.0: an anonymous claim may give no source (its cue is marked "no source" instead).
    assert source.get("whenChoiceValue") == "named_source"


def test_a_selected_cue_says_how_to_link_it_and_what_to_do_with_no_source() -> None:
    root = parse(load_schema(PATHS[0]).label_config())
    notes = {
        v.get("whenLabelValue"): v
        for v in root.iter("View")
        if v.get("visibleWhen") == "region-selected"
    }
    assert set(notes) == {"attribution_cue", "attribution_cue_no_source"}
    cue = notes["attribution_cue"]
    # Label Studio matches whenTagName against the Labels control of the selected region.
    assert (cue.get("whenTagName"), cue.get("className")) == (
        "attribution_cue",
        "annotate-link-attributions",
    )
    (text,) = [h.get("value") for h in cue.iter("Header")]
    assert text == (
        "Link this cue to its Source span and every Content span: press Alt+R, then click "
        "the span; one link per span. No source in the text? Press n "
        "('Attribution cue no source')."
    )
    (text,) = [h.get("value") for h in notes["attribution_cue_no_source"].iter("Header")]
    assert text.startswith("No source in the text: link this cue to every Content span")
    # Right under the sentence, where the spans are drawn.
    views = list(root)
    sentence = next(i for i, v in enumerate(views) if v.get("className") == "annotate-sentence")
    assert views[sentence + 2] is cue


def test_span_buttons_share_one_row_above_the_sentence(schema: Schema) -> None:
    root = parse(schema.label_config())
    rows = [v for v in root.iter("View") if "display: flex" in v.get("style", "")]
    assert len(rows) == 1
    in_row = {el.get("name") for el in rows[0].iter("Labels")}
    assert in_row == {f.name for f in schema.fields if f.kind == "spans"}


def test_provenance_is_recorded_in_a_comment_and_a_header(schema: Schema) -> None:
    root = parse(schema.label_config())
    comments = [el.text or "" for el in root.iter() if el.tag is ET.Comment]
    assert any(
        f"schema {schema.name} {schema.version} (guidelines {schema.guidelines_version}, "
        f"sha256 {schema.sha256})" in c
        for c in comments
    )
    headers = [el.get("value", "") for el in root.iter("Header")]
    assert f"Schema {schema.name} {schema.version} \u00b7 guidelines " in headers[0]


def test_config_is_deterministic(schema: Schema) -> None:
    assert schema.label_config() == load_schema(schema.path).label_config()  # type: ignore[arg-type]


def test_double_hyphen_cannot_break_the_comment(schema: Schema) -> None:
    odd = dataclasses.replace(schema, version="1.0.0-rc--1")
    parse(odd.label_config())


label_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp")), min_size=1, max_size=15
).filter(lambda s: s == s.strip())


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(label_text, min_size=1, max_size=4, unique=True),
    description=st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cn")), max_size=20),
)
def test_any_label_text_survives_escaping(values: list[str], description: str) -> None:
    values = [*values, "Q&A <\"x\"> 'y'"]  # always include the classic offenders
    values = list(dict.fromkeys(values))
    labels = tuple(Label(v, f"ctrl+{i}", description) for i, v in enumerate(values))
    schema = Schema(
        name="t",
        version="1.0.0",
        description=description,
        guidelines="t.md",
        guidelines_version="1.0.0",
        fields=(
            Field("pick", "multi_choice", labels, description=description),
            Field("mark", "spans", (Label(values[0], "alt+m", "m"),)),
        ),
    )
    xml = schema.label_config()
    root = parse(xml)
    (control,) = root.iter("Choices")
    assert [c.get("value") for c in control] == values
    assert [c.get("hint") for c in control] == [description] * len(values)
    assert list(LabelInterface(xml).get_control("pick").labels) == values


def test_guidelines_keep_their_bullets_and_table_rules_in_label_studio() -> None:
    """Label Studio's modal resets list and table styles, and its server strips style
    attributes: the look travels as a <style> element and table attributes, which the
    server's own cleaner (bleach with Label Studio's lists) keeps."""
    bleach = pytest.importorskip("bleach")
    constants = pytest.importorskip("label_studio.constants")
    page = load_schema(PATHS[0]).instructions_html()
    stored = bleach.clean(
        page, tags=constants.SAFE_HTML_TAGS, attributes=constants.SAFE_HTML_ATTRIBUTES
    )
    assert stored == page
    root = ET.fromstring(f"<root>{page}</root>")
    (style,) = root.iter("style")
    assert ".annotate-guidelines ul { list-style: disc outside;" in (style.text or "")
    assert ".annotate-guidelines th, .annotate-guidelines td { border: 1px solid" in (
        style.text or ""
    )
    (wrapper,) = [d for d in root.iter("div") if d.get("class") == "annotate-guidelines"]
    assert list(wrapper.iter("li")) and list(wrapper.iter("table"))
    assert all(t.get("border") == "1" for t in wrapper.iter("table"))


def test_feedback_is_shown_first_and_never_required_of_a_task(schema: Schema) -> None:
    # ``annotate feedback`` writes task data under FEEDBACK_KEY; most tasks never have it.
    from label_studio.core.label_config import extract_data_types

    config = schema.label_config()
    root = parse(config)
    (header,) = [el for el in root.iter("Header") if el.get("value") == f"${FEEDBACK_KEY}"]
    # No name: the server then does not count it among the data keys every task must carry.
    assert header.get("name") is None
    assert FEEDBACK_KEY not in extract_data_types(config)
    assert "annotate-feedback" in parent_of(root, header).get("className", "")
    # Above the article and the sentence: the first thing the annotator reads.
    order = [el.get("value") for el in root.iter() if el.get("value", "").startswith("$")]
    assert order[0] == f"${FEEDBACK_KEY}"
    # Hidden, box and all, where a task has none (Label Studio renders the Header empty).
    assert ".annotate-feedback :empty { display: none" in config
