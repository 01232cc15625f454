"""What one ``ingest()`` costs, measured in a fresh process: for the benchmarks that compare
input formats (``web_archive.py``, ``packed_news.py``).

A script calls :func:`measure` per run; it runs the script again with ``--one PATH``, whose
``main`` calls :func:`print_cost`, so each run's peak memory (main process and largest worker)
is its own.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def print_cost(path: str) -> None:
    """Ingest ``path`` in this process and print what it cost, as one JSON line."""
    from annotate.corpus._ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = ingest([path], Path(tmp) / "s.parquet")
        seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
                "main_mb": own.ru_maxrss / 1024,
                "worker_mb": kids.ru_maxrss / 1024,
                "articles": result.n_articles,
                "sentences": result.n_sentences,
                "passed": sum(result.passed_over.values()),
            }
        )
    )


def measure(script: str, path: Path) -> dict[str, float]:
    """Run ``script --one path`` in a fresh process and read its cost."""
    out = subprocess.run(
        [sys.executable, script, "--one", str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> str:
    """The machine line RESULTS.md records above a table."""
    return (
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )


#: The columns :func:`row` fills after an input's own.
COLUMNS = (
    "| articles | sentences | wall s (median, spread) | CPU s (median) | main peak MB "
    "| worker peak MB |"
)


def row(cells: list[str], runs: list[dict[str, float]]) -> str:
    """A Markdown table row: ``cells`` (the input's own columns), then what the runs cost."""
    walls = [r["seconds"] for r in runs]
    last = runs[-1]
    return (
        "| " + " | ".join(cells) + f" | {last['articles']:,} | {last['sentences']:,} | "
        f"{statistics.median(walls):.1f} ({min(walls):.1f}-{max(walls):.1f}) | "
        f"{statistics.median(r['cpu'] for r in runs):.1f} | "
        f"{max(r['main_mb'] for r in runs):.0f} | {max(r['worker_mb'] for r in runs):.0f} |"
    )
