"""Krippendorff's alpha (nominal) and percent agreement from per-unit value counts.

Shared by the field statistics (:mod:`annotate.labels._agreement`) and the token-level
statistics of span fields (:mod:`annotate.labels._token_alpha`).
"""

from __future__ import annotations

import numpy as np

__all__ = ["nominal_alpha", "percent_agreement"]

_NAN = float("nan")


def nominal_alpha(counts: np.ndarray, weights: np.ndarray | None = None) -> float:
    """Krippendorff's alpha for nominal data from per-item value counts.

    Parameters
    ----------
    counts : numpy.ndarray
        Items x values; ``counts[i, c]`` annotators gave item ``i`` value ``c``.
    weights : numpy.ndarray, optional
        Per item, how many identical units it stands for (a span segment's length).
        Without weights the ``krippendorff`` package computes it.

    Returns
    -------
    float
        ``NaN`` when fewer than two values occur in pairable items.
    """
    counts = np.asarray(counts, dtype=float)
    m = counts.sum(axis=1)
    keep = m >= 2
    counts, m = counts[keep], m[keep]
    w = np.ones(len(counts)) if weights is None else np.asarray(weights, float)[keep]
    if len(counts) == 0 or ((counts * w[:, None]).sum(axis=0) > 0).sum() < 2:
        return _NAN
    if weights is None:
        import krippendorff

        return float(krippendorff.alpha(value_counts=counts, level_of_measurement="nominal"))
    # The coincidence matrix, each unit weighted: o_ck = sum_u w_u n_uc n_uk / (m_u - 1)
    # off the diagonal. Disagreement needs only its off-diagonal sum and the marginals.
    scale = w / (m - 1)
    total = (counts.sum(axis=1) ** 2 - (counts**2).sum(axis=1)) @ scale
    n_c = (counts * w[:, None]).sum(axis=0)
    n = n_c.sum()
    expected = n**2 - (n_c**2).sum()
    return float(1 - (n - 1) * total / expected)


def percent_agreement(counts: np.ndarray, weights: np.ndarray | None = None) -> float:
    """Mean share of agreeing annotator pairs per item (items with two or more values).

    With two annotators this is the share of items they label alike.
    """
    counts = np.asarray(counts, dtype=float)
    m = counts.sum(axis=1)
    keep = m >= 2
    if not keep.any():
        return _NAN
    counts, m = counts[keep], m[keep]
    w = np.ones(len(counts)) if weights is None else np.asarray(weights, float)[keep]
    share = (counts * (counts - 1)).sum(axis=1) / (m * (m - 1))
    return float((share * w).sum() / w.sum())
