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
NOTES = """Notes (round 4). Choices were made on validation only; the test splits were scored once
by this script. Speed: character block 3-5 grams (was 2-5), at most 100,000 columns, min_df
growing with the corpus, float32; TF-IDF blocks fitted with fit_transform (one count pass);
the blocks fitted on train + validation for the threshold cross-validation are reused by the
final fit; from 10,000 fit sentences C=3 (won only below 3,000) is dropped and the threshold
cross-validation uses 3 folds. Per field: Wikipedia 62 -> 43 s, biological 38 -> 20 s,
FactAppeal 16-19 -> 9-10 s; at 26,502 fit sentences 176 s / 2.2 GB -> 49 s / 2.1 GB (target
< 60 s met; the loky workers hold copies of the sparse matrices, so memory barely moved).
Accuracy: the shape block gained an unnamed-source feature (indefinite or generic heads such as
"a senior official", "a study", "records", "according to a report", from the heads of
FactAppeal train Source:Unnamed spans), "according to" + a capitalised name, a weasel/hedge
count ("some", "critics", "widely", "is considered", "may"), and subjectivity cues (first/second
person, should/must, evaluative words and intensifiers, "!" and "?"); the cue lexicon now
takes 1-3 grams with a minimum count of 2. FactAppeal source rose 0.692 -> 0.715 (validation
0.727 -> 0.748), 0.005 short of 0.72. The others moved within noise and slightly down:
Wikipedia 0.626 -> 0.621 (the cue block is still not chosen on validation), biological
0.808 -> 0.803, CheckThat 0.671 -> 0.668, FactAppeal appeal 0.788 -> 0.775 (still above
0.75). Targets not met are reported as they are; nothing was re-run against test. Train
seconds include search, threshold cross-validation, learning curve and final refit on a
2-core machine shared with other work."""
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


def run_scale() -> dict:
    """Time one field at about 30k sentences: CoNLL-2010 biological + Wikipedia, all splits.

    Fit on biological train + Wikipedia train and eval (26.5k sentences with validation),
    scored on biological eval; only the time and peak memory are reported.
    """
    from annotate.corpora import load_corpus
    from annotate.import_corpus import release_from_gold
    from annotate.train import train

    bio = load_corpus("conll2010", subset="biological")
    wiki = load_corpus("conll2010", subset="wikipedia")
    ws = wiki.sentences.copy()
    ws.loc[ws["split"] == "test", "split"] = "train"
    sentences = pd.concat([bio.sentences, ws], ignore_index=True)
    with tempfile.TemporaryDirectory() as tmp:
        release = release_from_gold(
            sentences, bio.schema, Path(tmp) / "release", "1.0.0", source="conll2010-both"
        ).path
        result = train(release, Path(tmp) / "model", fields=["hedging"], metric="f1:uncertain")
    m = result.metrics["fields"]["hedging"]
    return {
        "task": "scale",
        "n_fit": sum(m["train_counts"].values()),
        "n_total": len(sentences),
        "field_seconds": m["seconds"],
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
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


def _table(results: list[dict], pre: list[dict], scale: dict) -> str:
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
        f"Scale: one field at {scale['n_fit']:,} fit sentences ({scale['n_total']:,} in the "
        "release; CoNLL-2010 biological + Wikipedia train and Wikipedia eval, scored on "
        f"biological eval): **{scale['field_seconds']} s** (target < 60 s), peak RSS "
        f"{scale['peak_mb']} MB.",
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
    parser.add_argument("--task", choices=[*TASKS, "preannotate", "scale"])
    args = parser.parse_args()
    if args.task == "scale":
        print(json.dumps(run_scale()))
        return
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
        [sys.executable, __file__, "--task", "scale"], capture_output=True, text=True, check=True
    )
    scale = json.loads(out.stdout.strip().splitlines()[-1])
    print(scale, file=sys.stderr)
    out = subprocess.run(
        [sys.executable, __file__, "--task", "preannotate"],
        capture_output=True,
        text=True,
        check=True,
    )
    pre = json.loads(out.stdout.strip().splitlines()[-1])
    _write(_table(results, pre, scale))
    print(pd.DataFrame(results).to_string(), file=sys.stderr)


if __name__ == "__main__":
    main()
