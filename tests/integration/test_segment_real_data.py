"""Sentence segmentation on real news (FNC-1 bodies from the shared data folder).

In the integration tier: segmenting 300 bodies twice takes about 4 s, too long for the fast
tier, and it needs the shared data."""

from __future__ import annotations

import csv

from annotate.corpus._segment import segment
from tests.shared import shared_data
from tests.unit.test_segment import _LOW_WINDOW


def _fnc1_bodies(limit: int) -> list[str]:
    from annotate.corpus._clean import clean

    source = shared_data() / "fnc1" / "train_bodies.csv"
    csv.field_size_limit(2**31 - 1)
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        bodies = [row["articleBody"] for _, row in zip(range(limit), reader, strict=False)]
    return [clean(body).text for body in bodies]


def test_windows_give_the_whole_line_spans_on_fnc1_bodies() -> None:
    bodies = _fnc1_bodies(300)
    long_lines = sum(len(line) > _LOW_WINDOW for body in bodies for line in body.splitlines())
    assert long_lines > 100  # the windows are really used
    for i, body in enumerate(bodies):
        assert segment(body, window=_LOW_WINDOW) == segment(body), f"FNC-1 body {i}"
