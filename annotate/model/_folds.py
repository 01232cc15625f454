"""Cross-validation folds for model selection: stratified, keeping an article's sentences in
one fold.

Why: a release's splits are by article (:mod:`annotate.dataset._splits`), so the test split and
the text a model is later used on are articles it never saw; selection should judge settings
and thresholds the same way (issue 15).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold


def article_groups(pooled: pd.DataFrame) -> np.ndarray | None:
    """Each row's article as a number, when some article has several of the rows; else None.

    Folds that cut through an article judge a setting on sentences whose neighbours (same
    names, same topic words) it was fitted on: that flatters the settings that memorise an
    article's words, and makes the held-out probabilities the threshold is chosen on higher
    than on new articles. Only articles, as the release's splits: a sentence repeated in two
    articles (a wire's boilerplate) may be in train and test there, and will recur in the
    articles the model is used on. Corpora whose sentences come without their documents (each
    its own article) get plain folds.
    """
    if "article_id" not in pooled or pooled.empty:
        return None
    codes, uniques = pd.factorize(pooled["article_id"].astype(str))
    return codes if len(uniques) < len(codes) else None


def stratified_folds(
    y: np.ndarray, n_folds: int, seed: int, groups: np.ndarray | None
) -> tuple[list[tuple[np.ndarray, np.ndarray]], bool]:
    """Stratified folds, keeping each article's rows in one fold when ``groups`` allow it.

    Returns the folds and whether they are by article. Falls back to folds by sentence when
    some class is in fewer articles than folds, or a fold would train without a class (a few
    long articles): a grouped split there would not be stratified, and a fit on one class
    fails.
    """
    if groups is not None:
        enough = all(len(np.unique(groups[y == c])) >= n_folds for c in np.unique(y))
        if enough:
            split = StratifiedGroupKFold(n_folds, shuffle=True, random_state=seed)
            folds = list(split.split(y, y, groups))
            n_classes = len(np.unique(y))
            if all(len(te) and len(np.unique(y[tr])) == n_classes for tr, te in folds):
                return folds, True
    split = StratifiedKFold(n_folds, shuffle=True, random_state=seed)
    return list(split.split(y, y)), False


def repeated_folds(
    y: np.ndarray, n_folds: int, seed: int, repeats: int, groups: np.ndarray | None = None
) -> tuple[list[tuple], bool]:
    """Stratified folds for fold seeds ``seed .. seed + repeats - 1``: ``(train rows, held-out
    rows, slots)``, where a held-out row's slot is its row in the pooled out-of-fold array of
    all repetitions (row ``i`` of repetition ``r`` at ``r * len(y) + i``); by article when
    ``groups`` (:func:`article_groups`) allow it (the second value says whether they did)."""
    out, by_article = [], groups is not None
    for r in range(repeats):
        folds, grouped = stratified_folds(y, n_folds, seed + r, groups)
        by_article &= grouped
        out += [(tr, te, te + r * len(y)) for tr, te in folds]
    return out, by_article


def folds_said(n_folds: int, by_article: bool, fold_seeds: int = 1) -> str:
    """How the report says selection's folds were made (``selected_on``, ``threshold_on``)."""
    said = f"{n_folds}-fold cross-validation on train + validation"
    if by_article:
        said += ", folds by article"
    if fold_seeds > 1:
        said += f" ({fold_seeds} fold seeds pooled)"
    return said
