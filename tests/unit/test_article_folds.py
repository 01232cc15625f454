"""Selection's folds keep each article's sentences together, as the release's splits do."""

from __future__ import annotations

import numpy as np
import pandas as pd

from annotate.model import _folds, _selection
from tests.unit.test_word_classes import _words


def _articles(n_articles: int = 60, per: int = 6, seed: int = 0) -> pd.DataFrame:
    """Articles whose sentences share the article's label and two topic words of its own, and
    nothing else that tells the classes apart: all a model can learn is which article a
    sentence came from, which says nothing about an article it has not seen."""
    rng = np.random.default_rng(seed)
    words = _words(2 * n_articles + 400, seed)
    filler = words[2 * n_articles :]
    rows = []
    for a in range(n_articles):
        label = "yes" if a % 2 else "no"
        topic = words[2 * a : 2 * a + 2]
        for _ in range(per):
            text = " ".join([*topic, *rng.choice(filler, 10)]) + "."
            rows.append({"text": text, "field": label, "article_id": f"art-{a}"})
    return pd.DataFrame(rows)


def test_no_article_is_on_both_sides_of_a_fold() -> None:
    pooled = _articles()
    groups = _folds.article_groups(pooled)
    assert groups is not None
    y = pooled["field"].to_numpy()
    folds, by_article = _folds.repeated_folds(y, 5, seed=0, repeats=3, groups=groups)
    assert by_article and len(folds) == 15
    for tr, te, _ in folds:
        assert not set(groups[tr]) & set(groups[te])
    # Still every row held out once per fold seed.
    assert sorted(np.concatenate([s for _, _, s in folds])) == list(range(3 * len(y)))


def test_sentences_without_their_articles_get_the_folds_they_had() -> None:
    # CoNLL-2010, FactAppeal, CheckThat: each sentence its own article, so nothing changes.
    pooled = _articles()
    pooled["article_id"] = [f"s-{i}" for i in range(len(pooled))]
    assert _folds.article_groups(pooled) is None
    assert _folds.article_groups(pooled.drop(columns="article_id")) is None


def test_too_few_articles_of_a_class_fall_back_to_folds_by_sentence() -> None:
    pooled = _articles(n_articles=6, per=10)  # three articles of each class, five folds
    y = pooled["field"].to_numpy()
    groups = _folds.article_groups(pooled)
    folds, by_article = _folds.repeated_folds(y, 5, seed=0, repeats=1, groups=groups)
    assert not by_article and len(folds) == 5
    choice, _ = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert "by article" not in choice.selected_on


def test_folds_by_article_do_not_credit_memorised_articles(monkeypatch) -> None:
    pooled = _articles()
    grouped, _ = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert grouped.selected_on.endswith("folds by article (3 fold seeds pooled)")
    # Folds by sentence see every article in training: its topic words give the label away.
    monkeypatch.setattr(_selection, "article_groups", lambda _: None)
    by_sentence, _ = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert "by article" not in by_sentence.selected_on
    assert by_sentence.selection_score > 0.95
    # On articles it never saw, the model can only guess: what the grouped folds report.
    assert grouped.selection_score < 0.7


def test_a_sentence_repeated_in_two_articles_is_not_joined_as_in_the_release_splits() -> None:
    # The release's splits are by article: a wire's boilerplate in two articles may be in train
    # and test, and recurs in the articles a model is used on. Folds do as the splits do.
    pooled = _articles()
    pooled.loc[7, "text"] = pooled.loc[40, "text"]
    groups = _folds.article_groups(pooled)
    assert groups[7] == groups[6] and groups[40] == groups[36] and groups[7] != groups[40]
    pooled["article_id"] = [f"s-{i}" for i in range(len(pooled))]
    assert _folds.article_groups(pooled) is None
