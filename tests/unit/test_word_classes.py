"""The word-class n-gram block: the shape of a phrase, whatever words fill it (issue 15)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from annotate.model import _selection
from annotate.model import features as _features
from annotate.model._word_classes import WordClassGrams, word_classes


def _words(n: int, seed: int) -> list[str]:
    """Made-up words ("bakote": three consonant + vowel syllables, so no class ending such as
    "-s" or "-ed"), each used once, so no word or character n-gram of them recurs much."""
    rng = np.random.default_rng(seed)
    out: dict[str, None] = {}
    while len(out) < n:
        syllables = zip(
            rng.choice(list("bcdfgkmnprtvz"), 3), rng.choice(list("aeiou"), 3), strict=True
        )
        out["".join(c + v for c, v in syllables)] = None
    return list(out)


def test_two_weasel_phrases_with_no_word_in_common_share_their_class_grams() -> None:
    texts = ["Some historians argue that it is old.", "Many critics claim that it is new."]
    block = WordClassGrams(n_words=6)
    X = block.fit_transform(texts * 50 + ["The bridge was built in 1850 by Brunel."] * 50)
    # "some"/"many" and "historians"/"critics" differ, yet the two sentences look alike here.
    assert float((X[0] @ X[1].T).toarray()[0, 0]) > 0.5
    assert block.transform(["Several experts believe that it works."]).nnz > 0
    # The kept words are learned from the texts, most frequent first; the rest are classes.
    kept = frozenset(block.words_.split())
    assert {"that", "it", "is"} <= kept and "historians" not in kept
    assert word_classes("Brunel built the largest bridges in 1850.", frozenset({"the"})) == [
        "^", "#cap0", "#w", "the", "#est", "#s", "#w", "#num", "#p", "$"
    ]  # fmt: skip


def _positional(n: int) -> pd.DataFrame:
    """``it`` opening the sentence (one class) or inside it (the other), among words used once.

    Only where ``it`` stands separates the classes: word n-grams see "it" and a new word in
    both, character n-grams see " it " in both, so of the blocks only the word classes
    ("^ it") can tell them apart.
    """
    words = _words(4 * n, 0)
    rows = []
    for i in range(n):
        a, b, c, d = words[4 * i : 4 * i + 4]
        opening = i % 3 == 0
        text = f"it {a} {b} {c} {d}." if opening else f"{a} {b} it {c} {d}."
        rows.append({"text": text, "field": "opening" if opening else "inside", "article_id": "a"})
    return pd.DataFrame(rows)


def test_selection_keeps_the_block_when_only_the_shape_separates_the_classes() -> None:
    pooled = _positional(150)
    choice, prefit = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    (row,) = [r for r in choice.tried if r["classes"]]
    assert choice.classes and row["score"] > 0.95
    assert max(r["score"] for r in choice.tried if not r["classes"]) < 0.8
    assert prefit is not None and "classes" in prefit
    model = _features.fit(choice, pooled, "field", 0, prefit=prefit)
    assert "classes" in model.named_steps["features"].named_transformers
    new = _words(6, 99)
    labels, _ = _features.proba(
        model, [f"it {new[0]} {new[1]} {new[2]}.", f"{new[3]} {new[4]} it {new[5]}."]
    )
    assert list(labels) == ["opening", "inside"]


def _modal(n: int) -> pd.DataFrame:
    """``n`` sentences whose modal verb ("may" in a third, else "will") separates the classes
    perfectly: a block added to the setting can only tie."""
    rows = [
        {"text": f"The {w} may {v} soon." if i % 3 == 0 else f"The {w} will {v} soon.",
         "field": "uncertain" if i % 3 == 0 else "certain", "article_id": "a"}
        for i, (w, v) in enumerate(zip(_words(n, 0), _words(n, 1), strict=True))
    ]  # fmt: skip
    return pd.DataFrame(rows)


def test_selection_leaves_the_block_out_when_it_adds_nothing() -> None:
    # The modal verb separates the classes perfectly: the block ties and is not kept.
    choice, _ = _selection.select_cv(_modal(120), "field", "macro-f1", [], seed=0)
    assert any(r["classes"] for r in choice.tried)
    assert not choice.classes


def test_a_model_with_the_block_saves_loads_as_trusted_and_predicts_the_same(reloaded) -> None:
    pooled = _positional(150)
    choice, prefit = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    model = _features.fit(choice, pooled, "field", 0, prefit=prefit)
    new = list(pooled["text"][:20])
    assert np.array_equal(_features.proba(reloaded(model), new)[1], _features.proba(model, new)[1])


def test_train_tries_the_block_on_hedging_only(hedging_model, tmp_path) -> None:
    # FactAppeal's appeal field kept it by cross-validation and fell on test (issue 15's
    # guard): the block is tried where it was built for, the hedging field.
    from annotate.model._train import train

    release, result = hedging_model
    tried = result.metrics["fields"]["hedging"]["choice"]["tried"]
    assert any(r["classes"] for r in tried)
    other = train(release, tmp_path / "model", fields=["attribution"], seed=0)
    tried = other.metrics["fields"]["attribution"]["choice"]["tried"]
    assert tried and not any(r["classes"] for r in tried)
    assert other.metrics["fields"]["attribution"]["choice"]["classes"] is False
