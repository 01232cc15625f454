"""A slideshow's slide under its counter (issue 12, round 20).

Real lines, from PolNeAR texts (named beside each), in the layout they come in.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds


def test_a_slideshows_slide_under_its_counter_is_not_a_task() -> None:
    # PolNeAR huff-post 2016-02-24's end (the judges' seed 1389; the page was drawn in the
    # pool of seeds 1372-1377 too): HuffPost's candidates slideshow, its counter dropped
    # since fix/seg14, its first slide's title and caption left as two tasks.
    raw = (
        "Collins’ endorsement may signal an opening of the floodgates for Trump.\n\n"
        "Declared 2016 Presidential Candidates.\n\n"
        "Declared 2016 Presidential Candidates.\n\n"
        "1.\n\nof.\n\n23.\n\n"
        "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015\n"
        "Cruz dropped out of the race May 3, 2016.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped)["caption"] == [
        "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015",
        "Cruz dropped out of the race May 3, 2016.",
    ]
    assert cleaned.text.strip() == (
        "Collins’ endorsement may signal an opening of the floodgates for Trump."
    )
    # A long slide is the widget's too: a protester's profile and testimony (huff-post
    # 2015-11-15, the judges' seeds 1393 and 1397), the article's last line.
    words = "As a tip worker, I make a sub-minimum wage and we struggle to make ends meet. " * 3
    raw = "The workers marched on Tuesday.\n\n1.\n\nof.\n\n8.\n\nName: Gabrielle Hatcher " + words
    cleaned = clean(raw + "\n")
    assert "sub-minimum wage" not in cleaned.text
    assert cleaned.text.strip() == "The workers marched on Tuesday."
