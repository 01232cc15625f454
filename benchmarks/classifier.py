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
NOTES = """Notes. Choices were made on validation only; the test splits were scored by this script.
What moved the numbers: attribution shape features (quote characters and their position,
reporting verbs such as "said"/"told"/"according to" and where they sit, a capitalised name or an
anonymous noun such as "officials" before the verb) lift FactAppeal appeal type from 0.68 to 0.79;
raw (not sublinear) word TF-IDF, one-vs-rest liblinear LR and the decision threshold chosen by
5-fold cross-validation on train + validation pooled (never on one validation split, never on
test) lift Wikipedia to 0.626 (0.004 short of 0.63) and CheckThat to 0.671: dev is 52 % SUBJ,
dev_test 25 %, and the pooled threshold over-predicts SUBJ less than one tuned on dev. The
learned cue lexicon (word 1-2 grams with high smoothed P(class | cue) / P(class), minimum
count 3) is chosen only for biological, which stays at 0.81: its validation F1 is 0.92, so the
gap to 0.86 is the shift from training (mostly abstracts) to eval (full articles), which a
validation split carved from train cannot see.
FactAppeal source stays at 0.69 (validation 0.73). Targets not met are reported as they are.
Speed: one fit of every block per search, shared sparse matrices across 9 settings (C x cue
block x character block), liblinear in the dual, learning-curve fits capped at 4,000 sentences
(the last point is the shipped model). Train seconds include search, threshold cross-validation,
learning curve and final refit, on a 2-core machine shared with other work (load average 3-5).
At 26,502 fit sentences (CoNLL biological + Wikipedia train, Wikipedia eval), one field
took 176 s and peaked at 2.2 GB: the < 60 s target is not met at that scale."""
TITLES = {
    "conll-wiki": "CoNLL-2010 Wikipedia (F1 of `uncertain`, eval)",
    "conll-bio": "CoNLL-2010 biological (F1 of `uncertain`, eval)",
    "checkthat": "CheckThat! 2025 subjectivity (macro-F1, dev_test; train+dev to fit)",
    "factappeal-appeal": "FactAppeal appeal type none/direct/indirect (macro-F1, test)",
    "factappeal-source": "FactAppeal source none/named/unnamed (macro-F1, test)",
}


def run_task(name: str) -> dict:
    """Train and score one task in this process; return the numbers as a dict."""
    from annotate.corpora import load_corpus
    from annotate.import_corpus import release_from_gold
    from annotate.train import train

    kind, subset, field, metric, *_ = TASKS[name]
    corpus = load_corpus(kind, subset=subset)
    with tempfile.TemporaryDirectory() as tmp:
        release = release_from_gold(
            corpus.sentences, corpus.schema, Path(tmp) / "release", "1.0.0", source=corpus.name
        ).path
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
        "choice": {
            k: m["choice"][k] for k in ("C", "cues", "chars", "threshold", "validation_score")
        },
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
        "## Classifier: TF-IDF + shape + cue lexicon + balanced LR on public corpora "
        "(`benchmarks/classifier.py`)",
        "",
        f"Machine: {platform.machine()}, {subprocess.getoutput('nproc')} vCPUs, Python "
        f"{platform.python_version()}; {now} (UTC). Each task: corpus -> release -> "
        "`annotate.train.train(fields=[field], metric=<official>)`; C, cue and character blocks "
        "chosen on validation (CoNLL: a fixed tenth of train; CheckThat: dev; FactAppeal: val), "
        "two-class thresholds by 5-fold cross-validation on train + validation, "
        "refit on train + validation, scored on the official test split.",
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
