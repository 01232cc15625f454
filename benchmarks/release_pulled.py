"""``release()`` of a pulled table of N tasks x 3 annotations, offline (issue 14).

Run by hand, never in CI::

    .venv/bin/python benchmarks/release_pulled.py gen 200000 /tmp/rel200k
    .venv/bin/python benchmarks/release_pulled.py run /tmp/rel200k [--runs 3]

``gen`` writes ``sentences.parquet`` exactly as ``benchmarks/studio.py`` pushes them (the
FNC-1 bodies ingested, about 30,000 sentences, repeated under new ids) and
``annotations.parquet`` in the shape a full pull of that project writes: pull's row schema,
one row per annotation and field (7 for news-stance), the choices ``studio.py`` gives each
annotator, empty span lists on span fields, an empty record list on the records' anchor
field, ordered by task, 65,536 rows a row group, plus one fourth annotation per 200 tasks
(the 1,000 changes of the 200k run). ``run`` releases it in a fresh interpreter per run and
prints one JSON line each: wall and CPU seconds, peak memory (VmHWM, imports included),
load average.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.schema._schema import load_schema  # noqa: E402
from annotate.studio._pull_table import ROWS_SCHEMA  # noqa: E402

SCHEMA_PATH = ROOT / "schemas" / "news-stance.yaml"
# What benchmarks/studio.py gives annotator a of task i: CHOICES' values[(i + a) % len].
CHOICES = {
    "claim_type": ["factual", "opinion", "prediction"],
    "hedging": ["not_hedged", "hedged"],
    "attribution": ["unattributed", "named_source"],
}
PSEUDONYMS = ["annotator-69d19b0d66", "annotator-9bd359cd9d", "annotator-2f4e6a8c0b"]


def sentences(n: int, out: Path) -> None:
    """The sentence table ``benchmarks/studio.py`` pushes for ``n`` tasks, written to ``out``."""
    from studio import sentences as pushed  # this script's folder is on sys.path

    with tempfile.TemporaryDirectory() as tmp:
        shutil.move(pushed(Path(tmp), n), out)


def annotations(sentences_path: Path, out: Path) -> int:
    schema = load_schema(SCHEMA_PATH)
    ids = pq.read_table(sentences_path, columns=["sentence_id"]).column("sentence_id")
    n = len(ids)
    # Annotators per task: 3, and a fourth (the first annotator again) on one task in 200.
    per_task = np.full(n, 3)
    per_task[::200] = 4
    task = np.repeat(np.arange(n), per_task)
    slot = np.arange(len(task)) - np.repeat(np.cumsum(per_task) - per_task, per_task)
    who = slot % 3
    fields = list(schema.fields)
    anchors = {rt.anchor_field for rt in schema.records}
    k = len(fields)
    rows = len(task) * k
    ann_task = np.repeat(task, k)
    cols: dict[str, pa.Array] = {
        "sentence_id": ids.take(pa.array(ann_task)).combine_chunks(),
        "task_id": pa.array(ann_task + 1_200_001),
        "annotation_id": pa.array(np.repeat(np.arange(len(task)) + 1, k)),
        "annotator": pa.array(np.array(PSEUDONYMS, dtype=object)[np.repeat(who, k)]),
        "field": pa.array(np.tile(np.array([f.name for f in fields], dtype=object), len(task))),
    }
    value = np.full((len(task), k), None, dtype=object)
    spans = np.full((len(task), k), None, dtype=object)
    records = np.full((len(task), k), None, dtype=object)
    for j, f in enumerate(fields):
        if f.kind == "choice":
            choices = np.array(CHOICES[f.name], dtype=object)
            value[:, j] = choices[(task + slot) % len(choices)]
        else:
            spans[:, j] = [[]] * len(task)
            if f.name in anchors:
                records[:, j] = [[]] * len(task)
    cols["value"] = pa.array(value.ravel(), pa.string())
    cols["values"] = pa.nulls(rows, ROWS_SCHEMA.field("values").type)
    cols["spans"] = pa.array(spans.ravel(), ROWS_SCHEMA.field("spans").type)
    cols["records"] = pa.array(records.ravel(), ROWS_SCHEMA.field("records").type)
    stamp = np.datetime64("2026-12-01T08:41:32", "us") + np.repeat(np.arange(len(task)), k) * 20
    cols["created_at"] = pa.array(stamp, ROWS_SCHEMA.field("created_at").type)
    cols["updated_at"] = pa.array(stamp + 2, ROWS_SCHEMA.field("updated_at").type)
    cols["lead_time"] = pa.array(np.repeat(3.0 + slot, k))
    cols["was_cancelled"] = pa.array(np.zeros(rows, dtype=bool))
    cols["schema_version"] = pa.array([schema.version] * rows, pa.string())
    table = pa.table([cols[name] for name in ROWS_SCHEMA.names], schema=ROWS_SCHEMA)
    pq.write_table(table, out, row_group_size=65_536)
    return len(task)


CHILD = """
import json, os, re, sys, time
from pathlib import Path
from annotate.dataset._release import release
from annotate.schema._schema import load_schema
work, out = Path(sys.argv[1]), sys.argv[2]
wall, cpu = time.perf_counter(), time.process_time()
rel = release("0.1.0", out, annotations=work / "annotations.parquet",
              sentences=work / "sentences.parquet", schema=load_schema(sys.argv[3]))
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
hwm = re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text())
print(json.dumps({"wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
    "peak_mb": round(int(hwm.group(1)) / 1024), "load1": round(os.getloadavg()[0], 1),
    "splits": rel.manifest.splits, "annotations": rel.manifest.counts.annotations,
    "annotation_rows": rel.manifest.counts.annotation_rows}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    gen = sub.add_parser("gen")
    gen.add_argument("tasks", type=int)
    gen.add_argument("work", type=Path)
    run = sub.add_parser("run")
    run.add_argument("work", type=Path)
    run.add_argument("--runs", type=int, default=1)
    run.add_argument("--keep", type=Path, help="release into this folder (to compare files)")
    args = parser.parse_args()
    if args.mode == "gen":
        args.work.mkdir(parents=True, exist_ok=True)
        sentences(args.tasks, args.work / "sentences.parquet")
        n = annotations(args.work / "sentences.parquet", args.work / "annotations.parquet")
        print(f"{args.work}: {args.tasks} tasks, {n} annotations")
        return
    for _ in range(args.runs):
        # A fresh interpreter per run: its peak memory and CPU are that release's alone.
        with tempfile.TemporaryDirectory() as tmp:
            out = args.keep or Path(tmp)
            subprocess.run(
                [sys.executable, "-c", CHILD, str(args.work), str(out), str(SCHEMA_PATH)],
                check=True,
                cwd=ROOT,
            )


if __name__ == "__main__":
    main()
