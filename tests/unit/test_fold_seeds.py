"""Cross-validated selection judges every setting on several fold seeds pooled (issue 15)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from annotate.model import _folds, _selection
from tests.unit.test_word_classes import _words


def _needles(n: int = 300, seed: int = 0) -> pd.DataFrame:
    """Sentences of 15 filler words (2,000 made-up words, each rare), 80% of them with one of 40
    words of their class: weak, rare signals among noise, whose scores move with the folds."""
    rng = np.random.default_rng(seed)
    words = _words(2080, seed)
    signal = {"yes": words[:40], "no": words[40:80]}
    rows = []
    for _ in range(n):
        label = "yes" if rng.random() < 0.4 else "no"
        chosen = list(rng.choice(words[80:], 15))
        if rng.random() < 0.8:
            chosen.insert(int(rng.integers(len(chosen))), str(rng.choice(signal[label])))
        rows.append({"text": " ".join(chosen) + ".", "field": label, "article_id": "a"})
    return pd.DataFrame(rows)


def test_repeated_folds_hold_out_every_row_once_per_fold_seed() -> None:
    y = np.array(["a"] * 30 + ["b"] * 20)
    folds, by_article = _folds.repeated_folds(y, 5, seed=0, repeats=3)
    assert not by_article
    assert len(folds) == 15
    slots = np.concatenate([s for _, _, s in folds])
    assert sorted(slots) == list(range(150))
    for r in range(3):
        held = np.concatenate([te for _, te, _ in folds[5 * r : 5 * r + 5]])
        assert sorted(held) == list(range(50))
    # Each repetition is its own fold seed, so the held-out sets differ.
    assert not np.array_equal(folds[0][1], folds[5][1])


def test_cross_validation_is_judged_on_three_fold_seeds_pooled(monkeypatch) -> None:
    # 2,500 rows: above the 2,000 where pooling used to stop (FactAppeal, Wikipedia are larger).
    pooled = _needles(2500)
    choice, _ = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert choice.selected_on.endswith("(3 fold seeds pooled)")
    # Every setting is scored on the three seeds' out-of-fold rows, so on every row three times.
    assert choice.held_out is not None and len(choice.held_out) == 3 * len(pooled)
    # With one fold seed, the same rows give other scores: the pooled ones are what was used.
    monkeypatch.setattr(_selection, "FOLD_SEEDS", 1)
    one, _ = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert "pooled" not in one.selected_on
    assert [r["score"] for r in one.tried] != [r["score"] for r in choice.tried]


def test_each_fold_seed_without_articles_gives_plain_stratified_folds() -> None:
    # Corpora without articles (CoNLL-2010, FactAppeal, CheckThat): each fold seed's folds are
    # the ones selection had with that seed before folds by article and pooling.
    from sklearn.model_selection import StratifiedKFold

    y = np.array(["a", "b", "b"] * 20)
    texts = np.array([f"sentence {i}" for i in range(len(y))], dtype=object)
    now, by_article = _folds.repeated_folds(y, 5, seed=7, repeats=3)
    assert not by_article
    for r in range(3):
        before = StratifiedKFold(5, shuffle=True, random_state=7 + r).split(texts, y)
        for (tr, te), (tr2, te2, slots) in zip(before, now[5 * r : 5 * r + 5], strict=True):
            assert np.array_equal(tr, tr2) and np.array_equal(te, te2)
            assert np.array_equal(te + r * len(y), slots)
