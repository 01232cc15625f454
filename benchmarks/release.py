"""Benchmark ``annotate.release``: 100,000 sentences x 3 annotators, default schema.

Sentence text is real (FNC-1 ``train_bodies.csv``, split naively on line breaks and ". ");
labels are synthetic (seeded), with realistic disagreement and spans. Inputs are written to
Parquet first; the release then runs in a fresh process that reads them, as
``annotate release`` would, so its peak RSS is the release's own.

Usage: ``.venv/bin/python benchmarks/release.py [n_sentences]``. The data directory is
``$ANNOTATE_SHARED_DATA`` (default ``/work/shared/data``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.schema._schema import load_schema  # noqa: E402
from annotate.studio._pull_table import ROWS_SCHEMA  # noqa: E402

ANNOTATORS = ("annotator-0a1b2c3d4e", "annotator-5f6a7b8c9d", "annotator-e0f1a2b3c4")

# VmHWM, not ru_maxrss: Linux carries a parent's ru_maxrss into a forked child even across
# exec, so ru_maxrss here would report the input generation's peak, not the release's.
CHILD = """
import json, re, sys, tempfile, time
from pathlib import Path
from annotate.dataset import release
from annotate.schema._schema import load_schema
ann, sents, out = sys.argv[1:4]
t0 = time.perf_counter()
rel = release("1.0.0", out, annotations=ann, sentences=sents,
              schema=load_schema("schemas/news-stance.yaml"))
seconds = time.perf_counter() - t0
hwm = re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text())
print(json.dumps({"seconds": seconds, "peak_rss_mb": int(hwm.group(1)) / 1024,
    "splits": rel.manifest.splits,
    "split_unit": rel.manifest.split_unit, "review_queue":
    rel.manifest.aggregation.review_queue,
    "near_duplicates": rel.manifest.near_duplicates.to_dict()}))
"""


def sentence_table(n: int) -> pd.DataFrame:
    data = Path(os.environ.get("ANNOTATE_SHARED_DATA", "/work/shared/data"))
    bodies = pd.read_csv(data / "fnc1" / "train_bodies.csv")
    rows = []
    for body_id, body in zip(bodies["Body ID"], bodies["articleBody"], strict=True):
        parts = [p.strip() for p in re.split(r"\n+|(?<=\.) ", str(body)) if len(p.strip()) > 1]
        article = f"fnc1-{body_id}"
        for i, text in enumerate(parts):
            rows.append((article, f"{article}-{i}", i, text))
    # FNC-1 gives fewer sentences than n: cycle through the bodies again as new articles
    # (new ids, text tagged with the copy number so they are not all near-duplicates).
    out, copy = [], 0
    while len(out) < n:
        tag = f"[{copy}] " if copy else ""
        out += [(f"{a}-c{copy}", f"{a}-c{copy}-{i}", i, tag + t) for a, _, i, t in rows]
        copy += 1
    df = pd.DataFrame(out[:n], columns=["article_id", "sentence_id", "index", "text"])
    df["start"], df["end"] = 0, df["text"].str.len()
    df["context_before"] = df["text"].shift(1).fillna("")
    df["context_after"] = df["text"].shift(-1).fillna("")
    df["title"], df["source"], df["published"], df["language"] = "", "fnc1", None, "en"
    df["url"] = "https://example.org/" + df["article_id"]
    df["text_sha256"] = [hashlib.sha256(t.encode()).hexdigest() for t in df["text"]]
    return df


def annotation_table(sents: pd.DataFrame, seed: int = 0) -> pa.Table:
    schema = load_schema(ROOT / "schemas" / "news-stance.yaml")
    rng = np.random.default_rng(seed)
    n = len(sents)
    cols: dict[str, list] = {name: [] for name in ROWS_SCHEMA.names}
    ann_id = 0
    lengths = sents["text"].str.len().to_numpy()
    truth = {f.name: rng.integers(0, len(f.values), n) for f in schema.fields if f.kind == "choice"}
    for k, who in enumerate(ANNOTATORS):
        ids = np.arange(n) + k * n + 1
        for f in schema.fields:
            cols["sentence_id"] += sents["sentence_id"].tolist()
            cols["task_id"] += (np.arange(n) + 1).tolist()
            cols["annotation_id"] += ids.tolist()
            cols["annotator"] += [who] * n
            cols["field"] += [f.name] * n
            if f.kind == "choice":
                # 85 % agree with the hidden truth, the rest pick at random.
                noisy = rng.integers(0, len(f.values), n)
                pick = np.where(rng.random(n) < 0.85, truth[f.name], noisy)
                cols["value"] += [f.values[i] for i in pick]
                cols["spans"] += [None] * n
            else:
                has = rng.random(n) < 0.3
                starts = (rng.random(n) * np.maximum(lengths - 10, 1)).astype(int)
                cols["value"] += [None] * n
                cols["spans"] += [
                    [{"start": int(s), "end": int(s) + 8, "label": f.name, "text": None}]
                    if h
                    else []
                    for h, s in zip(has, starts, strict=True)
                ]
            cols["values"] += [None] * n
            cols["records"] += [None] * n
        ann_id += n
    rows = len(cols["sentence_id"])
    ts = pd.Timestamp("2026-01-01", tz="UTC")
    cols["created_at"] = cols["updated_at"] = [ts] * rows
    cols["lead_time"] = rng.gamma(2.0, 8.0, rows).tolist()
    cols["was_cancelled"] = [False] * rows
    cols["schema_version"] = [schema.version] * rows
    return pa.table(cols, schema=ROWS_SCHEMA)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        sents = sentence_table(n)
        sents_path, ann_path = Path(tmp) / "sentences.parquet", Path(tmp) / "ann.parquet"
        sents.to_parquet(sents_path, index=False)
        pq.write_table(annotation_table(sents), ann_path)
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(ann_path), str(sents_path), str(Path(tmp) / "r")],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
    result["sentences"], result["annotation_rows"] = n, n * len(ANNOTATORS) * 6
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
