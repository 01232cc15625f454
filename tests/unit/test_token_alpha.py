"""Token-level Krippendorff's alpha of span fields (issue 16), against the package."""

from __future__ import annotations

import math
import re

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.errors import LabelError
from annotate.labels._token_alpha import SentenceTokens, token_alpha, word_tokens
from annotate.schema._types import Span

_TOKEN = re.compile(r"\w+|[^\w\s]")
TEXT = "Officials said the deal is done, he said."


def _spans(*bounds: tuple[int, int], label: str = "source") -> list[dict]:
    return [{"start": s, "end": e, "label": label} for s, e in bounds]


def _by_hand(texts: list[str], annotations: list[list[list[dict]]], labels: list[str]) -> float:
    """Token x annotator labels, one token at a time, and the package's alpha on them."""
    raters = max(len(a) for a in annotations)
    columns = []
    for text, lists in zip(texts, annotations, strict=True):
        if len(lists) < 2:
            continue
        for m in _TOKEN.finditer(text):
            column = [np.nan] * raters
            for who, spans in enumerate(lists):
                hit = [
                    s
                    for s in sorted(spans, key=lambda s: (s["start"], s["end"]))
                    if s["start"] < m.end() and m.start() < s["end"] and s["end"] > s["start"]
                ]
                column[who] = labels.index(hit[0]["label"]) + 1 if hit else 0
            columns.append(column)
    data = np.array(columns, dtype=float).T
    if len(np.unique(data[~np.isnan(data)])) < 2:
        return math.nan  # the package refuses a single value; alpha is undefined there
    return float(
        krippendorff.alpha(
            reliability_data=data,
            level_of_measurement="nominal",
            value_domain=list(range(len(labels) + 1)),
        )
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=5))
def test_word_tokens_are_the_regular_expressions_tokens(texts: list[str]) -> None:
    text, start, end = word_tokens(texts)
    expected = [(k, m.start(), m.end()) for k, t in enumerate(texts) for m in _TOKEN.finditer(t)]
    assert list(zip(text.tolist(), start.tolist(), end.tolist(), strict=True)) == expected


def test_token_alpha_equals_the_package_on_tokens_labelled_by_hand() -> None:
    texts = [TEXT, "Nobody marked anything in this one.", "Only one annotator saw this."]
    annotations: list[list[list[dict]]] = [
        [
            _spans((0, 9)) + _spans((10, 14), label="cue"),
            _spans((4, 9), (33, 35)),  # inside a word: still the token "Officials"
            _spans((0, 14)),  # over the cue: one span, first by start, per token
        ],
        [[], [], []],
        [_spans((0, 4))],
    ]
    labels = ["source", "cue"]
    got = token_alpha(texts, annotations, labels)
    assert got == pytest.approx(_by_hand(texts, annotations, labels))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_token_alpha_equals_the_package_on_random_spans(data: st.DataObject) -> None:
    texts = data.draw(st.lists(st.sampled_from([TEXT, "A b, c.", "Él dijo: «sí»."]), min_size=1))
    annotations = []
    for text in texts:
        n = data.draw(st.integers(1, 3))
        bound = st.integers(0, len(text))
        annotations.append(
            [
                [
                    {"start": a, "end": b, "label": data.draw(st.sampled_from(["x", "y"]))}
                    for a, b in data.draw(st.lists(st.tuples(bound, bound), max_size=3))
                ]
                for _ in range(n)
            ]
        )
    paired = any(len(a) > 1 for a in annotations)
    expected = _by_hand(texts, annotations, ["x", "y"]) if paired else math.nan
    assert token_alpha(texts, annotations, ["x", "y"]) == pytest.approx(expected, nan_ok=True)


def test_a_boundary_inside_a_word_costs_nothing_at_token_level() -> None:
    a, b = _spans((0, 9)), _spans((4, 9))
    assert token_alpha([TEXT], [[a, b]]) == 1.0


def test_spans_may_be_span_values_and_labels_are_inferred() -> None:
    a = [Span(0, 9, "source", "Officials")]
    b = [Span(0, 9, "source", "Officials")]
    c = [Span(19, 23, "source", "deal")]
    as_dicts = [[_spans((0, 9)), _spans((0, 9))], [_spans((0, 9)), _spans((19, 23))]]
    assert token_alpha([TEXT, TEXT], [[a, b], [a, c]]) == pytest.approx(
        _by_hand([TEXT, TEXT], as_dicts, ["source"])
    )


def test_no_second_annotator_or_no_span_is_nan_not_an_error() -> None:
    assert math.isnan(token_alpha([TEXT], [[_spans((0, 9))]]))
    assert math.isnan(token_alpha([TEXT], [[[], []]], ["source"]))
    assert math.isnan(token_alpha([], []))


def test_a_label_outside_the_field_is_named() -> None:
    with pytest.raises(LabelError, match="'cue', not one of the field's labels"):
        token_alpha([TEXT], [[_spans((0, 9), label="cue"), []]], ["source"])


def test_texts_and_annotations_of_different_lengths_are_refused() -> None:
    with pytest.raises(LabelError, match="2 texts but 1 sentences of annotations"):
        token_alpha([TEXT, TEXT], [[[], []]])


def test_empty_and_reversed_spans_label_no_token() -> None:
    # An annotator's slip in a hand-made table: such a span covers no character.
    a, b = _spans((5, 5), (9, 0)), []
    assert math.isnan(token_alpha([TEXT], [[a, b]], ["source"]))


def test_sentence_tokens_take_the_sentences_asked_for_in_order() -> None:
    tokens = SentenceTokens({"s1": "a b", "s2": "", "s3": "c, d"})
    text, start, end = tokens.take(["s3", "s1", "s2"])
    assert text.tolist() == [0, 0, 0, 1, 1]
    assert list(zip(start.tolist(), end.tolist(), strict=True)) == [
        (0, 1),
        (1, 2),
        (3, 4),
        (0, 1),
        (2, 3),
    ]
