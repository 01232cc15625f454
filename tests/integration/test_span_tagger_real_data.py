"""Span-guided features: a token tagger learned from FactAppeal's source spans (real data).

In the integration tier: fitting the tagger on the whole FactAppeal training split takes about
a minute on a 2-core machine, too long for the fast tier."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from annotate.corpus._public import load_corpus
from annotate.model import _selection
from annotate.model import features as _features
from annotate.model._span_tagger import SpanFeatures
from tests.shared import shared_data


@pytest.fixture(scope="module")
def factappeal() -> tuple[pd.DataFrame, pd.DataFrame]:
    corpus = load_corpus("factappeal", shared_data() / "factappeal")
    return corpus.split("train"), corpus.split("validation")


@pytest.fixture(scope="module")
def tagged(factappeal):
    train, valid = factappeal
    block = SpanFeatures("source_span").set_training_spans(train["source_span"].tolist())
    X_train = block.fit_transform(train["text"])
    return block, X_train, block.transform(valid["text"])


def test_fit_needs_the_training_spans_first() -> None:
    with pytest.raises(ValueError, match="call set_training_spans"):
        SpanFeatures("source_span").fit(["Officials said so."])
    with pytest.raises(ValueError, match="1 for 2"):
        SpanFeatures("source_span").set_training_spans([[]]).fit(["One.", "Two."])


def _share(X, block, feature: str, gold: np.ndarray) -> dict[str, float]:
    column = X[:, block.sentence_vocabulary_.vocabulary_[feature]].toarray().ravel() > 0
    return {g: float(column[gold == g].mean()) for g in ("none", "named", "unnamed")}


def test_tagger_finds_named_and_unnamed_sources_in_unseen_sentences(factappeal, tagged) -> None:
    _, valid = factappeal
    block, _, X = tagged
    gold = valid["source"].to_numpy()
    # The tagger is cautious (it tags about half the sources) but rarely wrong about the kind:
    # measured 0.49 of named sources tagged named, 0.03-0.04 of the others.
    named = _share(X, block, "any=named", gold)
    assert named["named"] > 0.4 and named["none"] < 0.06 and named["unnamed"] < 0.1
    unnamed = _share(X, block, "any=unnamed", gold)
    assert unnamed["unnamed"] > 0.3 and unnamed["none"] < 0.05 and unnamed["named"] < 0.08
    capitalised = _share(X, block, "tagged_capitalised", gold)
    assert capitalised["named"] > 0.4 and capitalised["unnamed"] < 0.1


def test_training_rows_get_out_of_fold_features_and_no_text_is_kept(factappeal, tagged) -> None:
    train, valid = factappeal
    block, X_train, X_valid = tagged
    # Out of fold, the training sentences look like unseen ones; a tagger scoring its own
    # training data would tag nearly every source, and the classifier would learn to trust it.
    seen = _share(X_train, block, "any=named", train["source"].to_numpy())["named"]
    unseen = _share(X_valid, block, "any=named", valid["source"].to_numpy())["named"]
    assert abs(seen - unseen) < 0.1
    assert not hasattr(block, "_training_spans")


def test_too_few_marked_sentences_give_an_empty_block() -> None:
    texts = [f"Sentence number {i} says little." for i in range(30)]
    spans = [[{"start": 0, "end": 8, "label": "named"}]] * 3 + [[]] * 27
    block = SpanFeatures("source").set_training_spans(spans)
    assert block.fit_transform(texts).shape == (30, 0)
    assert block.transform(["Another one."]).shape == (1, 0)


def test_selection_tries_span_blocks_and_keeps_the_fields_they_learn(factappeal) -> None:
    train, valid = factappeal
    spans = _features.span_fields(train, ["source_span", "missing"])
    assert spans == ("source_span",)
    small = train.iloc[:800].reset_index(drop=True)
    choice = _selection.select(small, valid, "source", "macro-f1", [], 0, spans=spans)
    assert {r["spans"] for r in choice.tried} == {False, True}
    model = _features.fit(choice, small, "source", 0)
    labels, proba = _features.proba(model, valid["text"].iloc[:5])
    assert len(labels) == 5 and np.allclose(proba.sum(axis=1), 1)
