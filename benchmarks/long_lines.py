"""Ingest time and peak memory for one huge article: as one single line, and in paragraphs.

Run: ``.venv/bin/python benchmarks/long_lines.py [MB ...] [--runs N]`` (default: 50 MB, 3 runs;
needs the shared data, ``ANNOTATE_SHARED_DATA`` or ``../shared/data``). The article is built in
a temporary folder from FNC-1 train bodies, repeated until it has the size asked for; it is never
written into the repository. "paragraphs" keeps each body's paragraphs as lines (blank lines
between bodies; in the n-th repeat each paragraph has " (n)" before its final punctuation, or
cleaning would drop it as a duplicate); "single line" is the same words joined by single spaces.

Each run is a fresh interpreter, so that its peak memory is its own: VmHWM of the process that
calls ``ingest()`` (``workers=None``: a single file this large still goes to one worker) and
the largest ``ru_maxrss`` among its worker processes. Prints Markdown for RESULTS.md.

Targets (issue #10): single line within 2x of paragraphs in time; peak memory under 5x the
input size.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("ANNOTATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SOURCE = DATA / "fnc1" / "train_bodies.csv"


def _marked(paragraph: str, copy: int) -> str:
    """``paragraph`` with `` (copy)`` before its final punctuation (if any)."""
    text = paragraph.rstrip()
    if not text:
        return paragraph
    end = len(text.rstrip('.!?"”’)'))
    return f"{text[:end]} ({copy}){text[end:]}"


def build(folder: Path, megabytes: float) -> dict[str, Path]:
    """Write ``paragraphs.txt`` and ``single-line.txt`` of about ``megabytes`` MB each."""
    csv.field_size_limit(2**31 - 1)
    with SOURCE.open(encoding="utf-8", newline="") as fh:
        bodies = [row["articleBody"].strip() for row in csv.DictReader(fh)]
    target = int(megabytes * 1e6)
    parts: list[str] = []
    size = 0
    copy = 0
    while size < target:
        for body in bodies:
            if copy:
                # Mark every paragraph of a repeat, or cleaning drops it as a duplicate line;
                # inside its last sentence, or the mark is cut as a credit ("... said. (2)",
                # issue 12) and the paragraph is a duplicate after all.
                body = "\n".join(_marked(p, copy) for p in body.split("\n"))
            parts.append(body)
            size += len(body.encode("utf-8")) + 2
            if size >= target:
                break
        copy += 1
    paragraphs = folder / "paragraphs.txt"
    paragraphs.write_text("Long Article\n\n" + "\n\n".join(parts) + "\n", "utf-8")
    single = folder / "single-line.txt"
    single.write_text("Long Article\n\n" + " ".join(" ".join(parts).split()) + "\n", "utf-8")
    return {"paragraphs": paragraphs, "single line": single}


def _hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(path: str) -> dict[str, float]:
    """The child side: ingest ``path`` once and return time, size and peaks."""
    sys.path.insert(0, str(ROOT))
    from annotate.corpus._ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = ingest([path], Path(tmp) / "s.parquet")
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "mb": Path(path).stat().st_size / 1e6,
        "sentences": result.n_sentences,
        "main_mb": _hwm_mb(),
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def measure(path: Path) -> dict[str, float]:
    args = [sys.executable, __file__, "--one", str(path)]
    out = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def _spread(values: list[float], fmt: str) -> str:
    med = statistics.median(values)
    if len(values) == 1:
        return format(med, fmt)
    return f"{format(med, fmt)} ({format(min(values), fmt)}-{format(max(values), fmt)})"


def main(sizes: list[float], runs: int) -> None:
    print(f"load avg before: {os.getloadavg()}")
    print(
        "| input | MB | runs | s, median (range) | sentences | main peak MB | worker peak MB "
        "| peak / input |\n|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    for megabytes in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            for name, path in build(Path(tmp), megabytes).items():
                got = [measure(path) for _ in range(runs)]
                peak = [max(g["main_mb"], g["worker_mb"]) for g in got]
                print(
                    f"| {name} | {got[0]['mb']:.1f} | {runs} "
                    f"| {_spread([g['seconds'] for g in got], '.1f')} "
                    f"| {got[0]['sentences']:,.0f} "
                    f"| {_spread([g['main_mb'] for g in got], '.0f')} "
                    f"| {_spread([g['worker_mb'] for g in got], '.0f')} "
                    f"| {statistics.median(peak) / got[0]['mb']:.1f}x |",
                    flush=True,
                )
    print(f"load avg after: {os.getloadavg()}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(run_one(sys.argv[2])))
    else:
        args = sys.argv[1:]
        n = 3
        if "--runs" in args:
            at = args.index("--runs")
            n = int(args[at + 1])
            del args[at : at + 2]
        main([float(a) for a in args] or [50.0], n)
