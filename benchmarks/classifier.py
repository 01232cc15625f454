"""Benchmark the baseline classifier (and the cold-start pre-annotator) on public corpora.

Each task is turned into a release in a temporary folder and trained with
``annotate.train.train`` exactly as a user would, with model selection on the validation split
by the task's official metric; the score is the official metric on the official test split,
computed once. Each task runs in a fresh process so its peak memory is its own.

    .venv/bin/python benchmarks/classifier.py   # all tasks; rewrites our RESULTS.md section
    .venv/bin/python benchmarks/classifier.py --task checkthat   # one task, JSON out
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
BEGIN, END = "<!-- classifier:begin -->", "<!-- classifier:end -->"

# name: (corpus kind, subset, field, official metric, published figure, reference, target)
TASKS = {
    "conll-wiki": (
        "conll2010",
        "wikipedia",
        "hedging",
        "f1:uncertain",
        "best 2010 system about 0.60",
        0.61,
        0.63,
    ),
    "conll-bio": (
        "conll2010",
        "biological",
        "hedging",
        "f1:uncertain",
        "best 2010 about 0.86",
        0.77,
        0.86,
    ),
    "checkthat": (
        "checkthat-subjectivity",
        None,
        "subjectivity",
        "macro-f1",
        "official baseline 0.63",
        0.63,
        0.68,
    ),
    "factappeal-appeal": ("factappeal", None, "appeal", "macro-f1", "best 0.73 (LLM)", 0.69, 0.75),
    "factappeal-source": ("factappeal", None, "source", "macro-f1", "-", 0.67, 0.72),
}
NOTES = """Notes. No target was met; these are the honest numbers, selection never saw a test split.
The cue block (chi-squared-selected binary 1-3 grams learned from train) is what lifts
biological from the reference 0.77 to 0.81; on Wikipedia, CheckThat and FactAppeal appeal it
does not beat plain TF-IDF. CheckThat's dev split is 52 % SUBJ while dev_test is 25 %, so the
settings chosen on dev (C=10, threshold 0.4) over-predict SUBJ on dev_test; the shift, not
the model size, is the problem there. Train seconds include model selection (10 settings),
the learning curve (4 extra fits) and the final refit, on a machine shared with other work
(load average about 5 on 2 cores): above the 60 s per field target at 12k sentences."""
TITLES = {
    "conll-wiki": "CoNLL-2010 Wikipedia (F1 of `uncertain`, eval)",
    "conll-bio": "CoNLL-2010 biological (F1 of `uncertain`, eval)",
    "checkthat": "CheckThat! 2025 subjectivity (macro-F1, dev_test; train+dev to fit)",
    "factappeal-appeal": "FactAppeal appeal type none/direct/indirect (macro-F1, test)",
    "factappeal-source": "FactAppeal source none/named/unnamed (macro-F1, test)",
}


def run_task(name: str) -> dict:
    """Train and score one task in this process; return the numbers as a dict."""
    from annotate._release_io import write_release
    from annotate.corpora import load_corpus
    from annotate.train import train

    kind, subset, field, metric, *_ = TASKS[name]
    corpus = load_corpus(kind, subset=subset)
    with tempfile.TemporaryDirectory() as tmp:
        frames = {s: corpus.split(s) for s in ("train", "validation", "test")}
        release = write_release(frames, corpus.schema, Path(tmp) / "release", "bench")
        started = time.perf_counter()
        result = train(release, Path(tmp) / "model", fields=[field], metric=metric)
        seconds = time.perf_counter() - started
    m = result.metrics["fields"][field]
    score = (
        m["test"]["macro_f1"] if metric == "macro-f1" else m["test"]["per_class"][metric[3:]]["f1"]
    )
    return {
        "task": name,
        "score": score,
        "macro_f1": m["test"]["macro_f1"],
        "seconds": round(seconds, 1),
        "field_seconds": m["seconds"],
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "n_fit": sum(m["train_counts"].values()),
        "n_test": m["test"]["n"],
        "choice": {k: m["choice"][k] for k in ("C", "cues", "threshold", "validation_score")},
    }


def preannotator_rows() -> list[dict]:
    """Precision and coverage of the lexicon rules on official test splits."""
    from annotate.corpora import load_corpus
    from annotate.preannotate import preannotate, score_against_gold

    rows = []
    for kind, subset, field in (
        ("conll2010", "wikipedia", "hedging"),
        ("conll2010", "biological", "hedging"),
        ("polnear", None, "has_attribution"),
    ):
        corpus = load_corpus(kind, subset=subset)
        test = corpus.split("test")
        pred = preannotate(test, corpus.schema)
        scored = score_against_gold(pred, test, [field]).iloc[0].to_dict()
        rows.append({"corpus": corpus.name, **scored})
    return rows


def _table(results: list[dict], pre: list[dict]) -> str:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    lines = [
        BEGIN,
        "## Classifier: TF-IDF + cue block + balanced LR on public corpora "
        "(`benchmarks/classifier.py`)",
        "",
        f"Machine: {platform.machine()}, {subprocess.getoutput('nproc')} vCPUs, Python "
        f"{platform.python_version()}; {now} (UTC). Each task: corpus -> release -> "
        "`annotate.train.train(fields=[field], metric=<official>)`; C, cue block and threshold "
        "chosen on validation (CoNLL: a fixed tenth of train; CheckThat: dev; FactAppeal: val), "
        "refit on train + validation, scored once on the official test split.",
        "",
        "| task | ours | reference (plain TF-IDF + LR) | published | target | met | fit sentences "
        "| train s | peak MB |",
        "|---|---:|---:|---|---:|:-:|---:|---:|---:|",
    ]
    for r in results:
        *_, published, ref, target = TASKS[r["task"]]
        met = "yes" if r["score"] >= target else "no"
        lines.append(
            f"| {TITLES[r['task']]} | **{r['score']:.3f}** | {ref:.2f} | {published} "
            f"| {target:.2f} | {met} | {r['n_fit']:,} | {r['field_seconds']} | {r['peak_mb']} |"
        )
    lines += [
        "",
        "Chosen settings: " + "; ".join(f"{r['task']} {r['choice']}" for r in results),
        "",
        *NOTES.splitlines(),
        "",
        "Cold-start pre-annotator (`annotate.preannotate`, lexicon 1.0.0 learned from the train "
        "splits) on official test splits: precision of flagged sentences, coverage of "
        "gold-positive sentences.",
        "",
        "| corpus | field | precision | coverage | macro-F1 | n |",
        "|---|---|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {p['corpus']} | {p['field']} | {p['precision']:.3f} | {p['coverage']:.3f} | "
        f"{p['macro_f1']:.3f} | {p['n']:,} |"
        for p in pre
    ]
    return "\n".join([*lines, END]) + "\n"


def _write(section: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", choices=[*TASKS, "preannotate"])
    args = parser.parse_args()
    if args.task == "preannotate":
        print(json.dumps(preannotator_rows()))
        return
    if args.task:
        print(json.dumps(run_task(args.task)))
        return
    results = []
    for name in TASKS:
        out = subprocess.run(
            [sys.executable, __file__, "--task", name], capture_output=True, text=True, check=True
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(results[-1], file=sys.stderr)
    out = subprocess.run(
        [sys.executable, __file__, "--task", "preannotate"],
        capture_output=True,
        text=True,
        check=True,
    )
    pre = json.loads(out.stdout.strip().splitlines()[-1])
    _write(_table(results, pre))
    print(pd.DataFrame(results).to_string(), file=sys.stderr)


if __name__ == "__main__":
    main()
