"""The uncertainty order shared by ``annotate predict`` / ``push`` and the simulation."""

from __future__ import annotations

import numpy as np

from annotate.model._uncertainty import uncertainty


def test_uncertainty_is_one_minus_the_smallest_margin_over_fields() -> None:
    sure = np.array([[0.9, 0.1], [0.5, 0.5], [0.2, 0.8]])
    three = np.array([[0.1, 0.2, 0.7], [0.0, 0.0, 1.0], [0.4, 0.35, 0.25]])
    got = uncertainty([sure, three])
    # Row 0: margins 0.8 and 0.5 -> 0.5; row 1: coin toss in the first field; row 2: 0.6, 0.05.
    assert np.allclose(got, [0.5, 1.0, 0.95])


def test_a_single_label_field_is_sure_and_nothing_gives_empty() -> None:
    assert np.allclose(uncertainty([np.ones((2, 1))]), [0.0, 0.0])
    assert uncertainty([]).shape == (0,)
    assert uncertainty([np.zeros((0, 2))]).shape == (0,)
