"""Throughput and memory of ``ingest()`` on FNC-1 train bodies, against bare pysbd.

Run: ``.venv/bin/python benchmarks/ingest.py`` (needs the shared data, ``ANNOTATE_SHARED_DATA`` or
``../shared/data``). Each measurement runs in a fresh process so that its peak memory (max RSS of
the main process, and of the largest worker) is its own. Prints Markdown for RESULTS.md.

Target: ingest throughput per core used >= 0.8 x bare pysbd single-core throughput on the same
text, and peak memory flat when the input doubles.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("ANNOTATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SOURCE = DATA / "fnc1" / "train_bodies.csv"


def _peaks() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the process and its workers: on a shared machine wall-clock time
    # measures the other jobs too, CPU time only this one's work (imports included).
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return {"main_mb": own.ru_maxrss / 1024, "worker_mb": children.ru_maxrss / 1024, "cpu": cpu}


def run_bare(path: str) -> dict[str, float]:
    import pysbd

    csv.field_size_limit(2**31 - 1)
    with open(path, encoding="utf-8", newline="") as fh:
        bodies = [row["articleBody"] for row in csv.DictReader(fh)]
    segmenter = pysbd.Segmenter(language="en", clean=False)
    start = time.perf_counter()
    n = sum(len(segmenter.segment(body)) for body in bodies)
    seconds = time.perf_counter() - start
    size = sum(len(b.encode("utf-8")) for b in bodies)
    return {"seconds": seconds, "sentences": n, "bytes": size, "cores": 1, **_peaks()}


def run_ingest(path: str, workers: int | None) -> dict[str, float]:
    from annotate.corpus._ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = ingest(
            [path],
            Path(tmp) / "s.parquet",
            text_column="articleBody",
            id_column="Body ID",
            workers=workers,
        )
        seconds = time.perf_counter() - start
    csv.field_size_limit(2**31 - 1)
    with open(path, encoding="utf-8", newline="") as fh:
        size = sum(len(row["articleBody"].encode("utf-8")) for row in csv.DictReader(fh))
    cores = workers or os.cpu_count() or 1
    return {"seconds": seconds, "sentences": result.n_sentences, "bytes": size, "cores": cores,
            "articles": result.n_articles, **_peaks()}  # fmt: skip


def measure(kind: str, path: Path, workers: int | None = None) -> dict[str, float]:
    """Run one measurement in a fresh interpreter and return its figures."""
    args = [sys.executable, __file__, "--one", kind, str(path), str(workers)]
    out = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def doubled(folder: Path) -> Path:
    """Write FNC-1 train bodies twice over (new ids for the copy) to a new CSV."""
    csv.field_size_limit(2**31 - 1)
    target = folder / "train_bodies_x2.csv"
    with SOURCE.open(encoding="utf-8", newline="") as src:
        rows = list(csv.DictReader(src))
    with target.open("w", encoding="utf-8", newline="") as dst:
        writer = csv.DictWriter(dst, fieldnames=["Body ID", "articleBody"])
        writer.writeheader()
        for copy in (0, 1):
            for row in rows:
                new_id = f"{copy}-{row['Body ID']}"
                writer.writerow({"Body ID": new_id, "articleBody": row["articleBody"]})
    return target


def row(name: str, m: dict[str, float], bare_rate: float, bare_cpu_rate: float) -> str:
    rate = m["bytes"] / 1e6 / m["seconds"]
    per_core = rate / m["cores"] / bare_rate
    # Per CPU second (every process's user + system time, imports included) against bare
    # pysbd's per CPU second: what a core does, whatever else the machine runs.
    per_cpu = m["bytes"] / 1e6 / m["cpu"] / bare_cpu_rate
    return (
        f"| {name} | {m['cores']:.0f} | {m['seconds']:.1f} | {m['sentences'] / m['seconds']:.0f} "
        f"| {rate:.3f} | {per_core:.2f}x | {m['cpu']:.1f} | {per_cpu:.2f}x | {m['main_mb']:.0f} "
        f"| {m['worker_mb']:.0f} |"
    )


def main() -> None:
    print(f"input: {SOURCE} ({SOURCE.stat().st_size / 1e6:.2f} MB), load avg {os.getloadavg()}")
    bare = measure("bare", SOURCE)
    rates = (bare["bytes"] / 1e6 / bare["seconds"], bare["bytes"] / 1e6 / bare["cpu"])
    print("| run | cores | s | sentences/s | MB/s (text) | per core vs bare | CPU s "
          "| per CPU s vs bare | main peak MB | worker peak MB |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")  # fmt: skip
    print(row("bare pysbd (segment only)", bare, *rates))
    print(row("ingest() workers=1", measure("ingest", SOURCE, 1), *rates))
    print(row("ingest() workers=None", measure("ingest", SOURCE, None), *rates))
    with tempfile.TemporaryDirectory() as tmp:
        big = doubled(Path(tmp))
        print(row("ingest() workers=1, input x2", measure("ingest", big, 1), *rates))
        print(row("ingest() workers=None, input x2", measure("ingest", big, None), *rates))
    print(f"load avg after: {os.getloadavg()}")


def one(kind: str, path: str, workers: str) -> None:
    """The child side of :func:`measure`: print one measurement as JSON."""
    sys.path.insert(0, str(ROOT))
    n = None if workers == "None" else int(workers)
    print(json.dumps(run_bare(path) if kind == "bare" else run_ingest(path, n)))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(*sys.argv[2:5])
    else:
        main()
