"""Attribution records on PolNeAR: annotators' agreement and the pre-annotator's records.

Run by hand (needs the shared data: ``ANNOTATE_SHARED_DATA`` or ``../shared/data``)::

    .venv/bin/python benchmarks/records.py [--folders annotator-training train dev]
                                           [--score-folder dev] [--limit 40]

Prints Markdown for ``benchmarks/RESULTS.md``:

1. **Agreement** on every PolNeAR article annotated by two or more annotators in the given
   folders (``annotate.corpus._polnear.annotator_records``), measured with the functions the
   dataset card uses: token-level Krippendorff's alpha (``labels.token_alpha``; cue, source
   and content together, as PolNeAR's "token-wise alpha", and per field) and record-level F1
   between every pair of annotators of an article (``labels.record_matches``, exact and
   overlap, micro-averaged over records), beside PolNeAR's published 0.754 and 92.3%.
2. **The pre-annotator's records** (``preannotate``, the polnear schema) scored against
   PolNeAR's records with ``model._record_scores.score_records`` (exact and overlap,
   precision and recall), on the first annotator's file of ``--limit`` articles of
   ``--score-folder`` (dev by default: the rules' lexicon learned from train).

What differs from PolNeAR's own figures is said in the output: the toolkit works sentence by
sentence (a record lives in the sentence of its cue, its parts cut at the sentence), so tokens
of a quotation running into the next sentence carry no label here.
"""

from __future__ import annotations

import argparse
import itertools
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.corpus._polnear import SentenceRecords, annotator_records  # noqa: E402
from annotate.corpus._public import bundled_schemas  # noqa: E402
from annotate.labels import token_alpha  # noqa: E402
from annotate.labels._record_agreement import record_matches  # noqa: E402
from annotate.model._record_scores import score_records  # noqa: E402
from annotate.model._rules import preannotate  # noqa: E402
from annotate.schema._records import decoded  # noqa: E402
from annotate.schema._schema import load_schema  # noqa: E402
from annotate.schema._types import Span  # noqa: E402

FIELDS = {"attribution_cue": "cue", "source": "source", "content": "content"}


def tokens_of(sentence: SentenceRecords, fields: Sequence[str]) -> list[Span]:
    """The sentence's spans of ``fields``, labelled as PolNeAR's tag set (cue for both cue
    labels: "no source" is a property of the attribution, not of the cue's tokens)."""
    return [
        Span(s.start, s.end, FIELDS[name], s.text) for name in fields for s in sentence.spans(name)
    ]


def agreement(articles: dict[str, dict[str, list[SentenceRecords]]]) -> list[str]:
    multi = {a: by for a, by in articles.items() if len(by) >= 2}
    texts: list[str] = []
    per_field: dict[str, list[list[list[Span]]]] = {k: [] for k in ("all", *FIELDS)}
    kinds = {"exact": (False, None), "overlap": (True, None), "cue overlap only": (True, ())}
    matched = dict.fromkeys(kinds, 0)
    total = 0
    pair_f1: dict[str, list[float]] = {k: [] for k in kinds}
    sentences = records = 0
    for by in multi.values():
        annotators = sorted(by)
        n = len(by[annotators[0]])
        assert all(len(by[x]) == n for x in annotators), "one text, one segmenter"
        for i in range(n):
            texts.append(by[annotators[0]][i].text)
            for key in per_field:
                fields = list(FIELDS) if key == "all" else [key]
                per_field[key].append([tokens_of(by[x][i], fields) for x in annotators])
        sentences += n
        records += sum(len(s.records) for x in annotators for s in by[x])
        for x, y in itertools.combinations(annotators, 2):
            m = dict.fromkeys(kinds, 0)
            size = 0
            for sx, sy in zip(by[x], by[y], strict=True):
                size += len(sx.records) + len(sy.records)
                for kind, (overlap, roles) in kinds.items():
                    m[kind] += record_matches(sx.records, sy.records, overlap=overlap, roles=roles)
            total += size
            for kind in m:
                matched[kind] += m[kind]
                if size:
                    pair_f1[kind].append(2 * m[kind] / size)
    alphas = {key: token_alpha(texts, spans) for key, spans in per_field.items()}
    pairs = len(pair_f1["exact"])
    lines = [
        f"Articles with two or more annotators: {len(multi)} "
        f"({sum(len(b) for b in multi.values())} annotations of an article; {sentences:,} "
        f"sentences; {records:,} records over all annotators; {pairs} annotator pairs).",
        "",
        "| measure | toolkit on PolNeAR's own annotations | PolNeAR's published figure |",
        "|---|---:|---:|",
        f"| token alpha, cue + source + content (one tag per token) | {alphas['all']:.3f} "
        "| 0.754 |",
    ]
    lines += [f"| token alpha, {name} alone | {alphas[name]:.3f} | |" for name in FIELDS]
    for kind in kinds:
        micro = 2 * matched[kind] / total if total else float("nan")
        spread = pair_f1[kind]
        lines.append(
            f"| record F1, {kind} (micro over records; pairs: median "
            f"{statistics.median(spread):.3f}, range {min(spread):.3f}-{max(spread):.3f}) "
            f"| {micro:.3f} | {'0.923 (agr)' if kind == 'cue overlap only' else ''} |"
        )
    return lines


def scores(folder: str, limit: int) -> list[str]:
    schema = load_schema(bundled_schemas()["polnear"])
    articles = annotator_records(folder=folder)
    chosen = sorted(articles)[:limit]
    sentences = [s for a in chosen for s in articles[a][sorted(articles[a])[0]]]
    frame = pd.DataFrame(
        {
            "sentence_id": [str(i) for i in range(len(sentences))],
            "text": [s.text for s in sentences],
        }
    )
    start = time.perf_counter()
    predicted = preannotate(frame, schema)
    seconds = time.perf_counter() - start
    assert isinstance(predicted, pd.DataFrame)
    proposed = [decoded(cell) for cell in predicted["attributions"]]
    gold = [list(s.records) for s in sentences]
    lines = [
        f"Pre-annotator (`preannotate`, polnear schema, lexicon default) on PolNeAR `{folder}`, "
        f"{len(chosen)} articles, {len(sentences):,} sentences, {sum(map(len, gold)):,} gold "
        f"records, {sum(map(len, proposed)):,} proposed ({seconds:.1f} s).",
        "",
        "| roles scored | exact P / R / F1 | overlap P / R / F1 |",
        "|---|---|---|",
    ]
    for roles, name in ((None, "cue + source + content"), (["source"], "cue + source")):
        got = score_records(proposed, gold, roles)
        cells = [
            " / ".join("-" if v is None else f"{v:.3f}" for v in (s.precision, s.recall, s.f1))
            for s in (got["exact"], got["overlap"])
        ]
        lines.append(f"| {name} | {cells[0]} | {cells[1]} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folders", nargs="+", default=["annotator-training", "train", "dev"])
    parser.add_argument("--score-folder", default="dev")
    parser.add_argument("--limit", type=int, default=40, help="articles scored")
    args = parser.parse_args()
    merged: dict[str, dict[str, list[SentenceRecords]]] = {}
    for folder in args.folders:
        for article, by in annotator_records(folder=folder).items():
            merged[f"{folder}/{article}"] = by
    print(
        f"Machine: {platform.machine()}, Python {platform.python_version()}; "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; folders {args.folders}.\n"
    )
    print("\n".join(agreement(merged)))
    print()
    print("\n".join(scores(args.score_folder, args.limit)))


if __name__ == "__main__":
    main()
