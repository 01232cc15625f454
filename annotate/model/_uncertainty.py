"""How unsure a model is about each sentence: the order ``annotate predict`` and ``push`` use.

One function so that the order served to annotators (``predict`` writes ``uncertainty``,
``push --order-by-uncertainty`` serves the highest first) and the active-learning simulation
(``benchmarks/active.py``) cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["uncertainty"]


def uncertainty(probabilities: Sequence[np.ndarray]) -> np.ndarray:
    """``1 - margin`` of the least certain field, per sentence.

    Parameters
    ----------
    probabilities : sequence of numpy.ndarray
        One ``(n_sentences, n_labels)`` array of class probabilities per field.

    Returns
    -------
    numpy.ndarray
        ``n_sentences`` values in [0, 1]: 0 when every field is sure, 1 when some field is a
        coin toss between its two most probable labels. A field with one label (a model that
        saw one class) has margin 1. Empty when no field is given or no sentence.
    """
    margins = []
    for P in probabilities:
        P = np.asarray(P, dtype=float)
        if P.shape[0] == 0:
            return np.zeros(0)
        # With a single column, the runner-up has probability 0: the model is sure.
        top2 = np.sort(P, axis=1)[:, -2:] if P.shape[1] > 1 else np.hstack([np.zeros_like(P), P])
        margins.append(top2[:, 1] - top2[:, 0])
    return 1 - np.min(margins, axis=0) if margins else np.zeros(0)
