"""The latent topic block: words seen in the same kinds of sentences count alike (issue 15)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from annotate.model import _selection
from annotate.model import features as _features
from annotate.model._latent_topics import MIN_LATENT_DOCS, LatentTopics
from tests.unit.test_word_classes import _modal, _words


def _topics(n: int = 300, vocabulary: int = 600, length: int = 3) -> pd.DataFrame:
    """Sentences of ``length`` words drawn from one of two topics' made-up vocabularies; the
    class is the topic. A word is in fewer than one sentence of its class on average, so a
    held-out sentence's words were mostly never seen with a label: the words around them, in
    the sentences they do share, are what tells the topic."""
    rng = np.random.default_rng(0)
    vocabularies = _words(vocabulary, 1), _words(vocabulary, 2)
    rows = []
    for i in range(n):
        topic = i % 2
        text = " ".join(rng.choice(vocabularies[topic], length)) + "."
        rows.append({"text": text, "field": "ab"[topic], "article_id": "x"})
    return pd.DataFrame(rows)


def test_rows_are_unit_length_and_the_fit_is_seeded() -> None:
    texts = _topics()["text"].tolist()
    first = LatentTopics(n_components=20, seed=3).fit_transform(texts).toarray()
    again = LatentTopics(n_components=20, seed=3).fit_transform(texts).toarray()
    assert first.shape == (300, 20)
    # Unit length, or zero for a sentence none of whose words is in two sentences (min_df).
    norms = np.linalg.norm(first, axis=1)
    assert np.all((np.abs(norms - 1.0) < 1e-5) | (norms == 0)) and (norms > 0).mean() > 0.5
    assert np.array_equal(first, again)


def test_tiny_texts_and_the_words_kept_are_bounded() -> None:
    # One sentence, or one word, leaves nothing to vary along: a column, no error.
    assert LatentTopics().fit_transform(["Only one sentence here."]).shape == (1, 1)
    assert LatentTopics().fit_transform(["word", "word"]).shape[0] == 2
    block = LatentTopics(n_components=5, max_words=50, min_df=1)
    block.fit(_topics()["text"])
    # The model file holds a components x words array: max_words bounds it.
    assert block.components_.shape == (5, 50) and block.components_.dtype == np.float32
    # A sentence of words it never saw is a row of zeros, not an error.
    assert block.transform(["zzz qqq"]).nnz == 0


def test_selection_keeps_the_block_when_the_topic_is_what_tells(monkeypatch) -> None:
    monkeypatch.setattr(_selection, "MIN_LATENT_DOCS", 100)
    pooled = _topics()
    choice, prefit = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    (row,) = [r for r in choice.tried if r["latent"]]
    assert choice.latent
    assert row["score"] > max(r["score"] for r in choice.tried if not r["latent"]) + 0.01
    assert prefit is not None and "latent" in prefit
    model = _features.fit(choice, pooled, "field", 0, prefit=prefit)
    assert "latent" in model.named_steps["features"].named_transformers


def test_selection_leaves_the_block_out_when_it_adds_nothing(monkeypatch) -> None:
    # The modal verb separates the classes perfectly: the block ties and is not kept.
    monkeypatch.setattr(_selection, "MIN_LATENT_DOCS", 100)
    choice, _ = _selection.select_cv(_modal(150), "field", "macro-f1", [], seed=0)
    assert any(r["latent"] for r in choice.tried)
    assert not choice.latent


def test_selection_does_not_try_it_on_fewer_sentences_than_it_needs() -> None:
    assert MIN_LATENT_DOCS == 1_000
    choice, _ = _selection.select_cv(_topics(), "field", "macro-f1", [], seed=0)
    assert not any(r["latent"] for r in choice.tried) and not choice.latent


def test_a_model_with_the_block_saves_loads_as_trusted_and_predicts_the_same(
    reloaded, monkeypatch
) -> None:
    monkeypatch.setattr(_selection, "MIN_LATENT_DOCS", 100)
    pooled = _topics()
    choice, prefit = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert choice.latent
    model = _features.fit(choice, pooled, "field", 0, prefit=prefit)
    new = list(pooled["text"][:20])
    assert np.array_equal(_features.proba(reloaded(model), new)[1], _features.proba(model, new)[1])
