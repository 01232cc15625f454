"""A full pull's own work, offline: a synthetic export served from disk, no server.

Run by hand, never in CI::

    .venv/bin/python benchmarks/pull_offline.py gen 20000 /tmp/e20k.json
    .venv/bin/python benchmarks/pull_offline.py pull 20000 /tmp/e20k.json [--runs 3] [--profile]

``gen`` writes an export of N tasks x 3 annotations in Label Studio 1.23.2's snapshot form
(the export's JSON, every task with its data, three annotations of three choice fields).
``pull`` runs ``pull(full=True)`` against a fake SDK whose ``download`` streams that file
in 1 MiB chunks, so what is timed is the toolkit's own work: decode, slim, the snapshot
file, the tables. Each run is a fresh interpreter; it prints one JSON line per run: wall
seconds, CPU seconds of the whole process tree (``process_time`` of the pull's process plus
that of any child it waited for), own work per task, and peak memory (VmHWM, imports
included). ``--profile`` prints the 25 functions of most own time of one run instead.

Without a server in the process, this is what the real benchmark (``studio.py``) cannot
separate: on a loaded machine the server's export and the toolkit share two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def task(i: int) -> dict[str, Any]:
    """One exported task: three annotators, three choice fields each (the same answers)."""
    text = (
        "The minister said on Tuesday that the talks would continue next week, "
        f"according to two officials familiar with the matter (sentence {i})."
    ) * 2
    results = [
        {"from_name": n, "to_name": "text", "type": "choices", "value": {"choices": [v]}}
        for n, v in (
            ("claim_type", "factual"),
            ("hedging", "not_hedged"),
            ("attribution", "unattributed"),
        )
    ]
    return {
        "id": 100000 + i,
        "data": {
            "text": text,
            "sentence_id": f"s-{i}",
            "article_id": f"a-{i // 20}",
            "title": "A title of an article",
            "context_before": text,
            "context_after": text,
        },
        "annotations": [
            {
                "id": 10_000_000 + 3 * i + k,
                "completed_by": 3 + k,
                "result": results,
                "was_cancelled": False,
                "ground_truth": False,
                "created_at": "2026-11-25T21:25:53.515556Z",
                "updated_at": "2026-11-25T21:25:53.515589Z",
                "lead_time": 3.0 + k,
                "task": 100000 + i,
                "project": 7,
                "updated_by": 1,
                "draft_created_at": None,
                "import_id": None,
                "last_action": None,
                "bulk_created": True,
                "parent_prediction": None,
                "parent_annotation": None,
                "last_created_by": None,
            }
            for k in range(3)
        ],
        "drafts": [],
        "predictions": [],
        "created_at": "2026-11-25T21:25:52.534210Z",
        "updated_at": "2026-11-25T21:25:53.545379Z",
        "inner_id": i + 1,
        "total_annotations": 3,
        "cancelled_annotations": 0,
        "total_predictions": 0,
        "comment_count": 0,
        "unresolved_comment_count": 0,
        "last_comment_updated_at": None,
        "project": 7,
        "updated_by": None,
        "file_upload": 1,
        "comment_authors": [],
        "meta": {},
        "is_labeled": True,
        "overlap": 1,
    }


def generate(n: int, path: Path) -> None:
    with path.open("w") as fh:
        fh.write("[")
        for i in range(n):
            fh.write(("," if i else "") + json.dumps(task(i)))
        fh.write("]")
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")


def one_pull(n: int, path: Path, profile: bool, table: Path | None = None) -> None:
    """One full pull in this process; prints its figures as one JSON line."""
    from annotate.schema._schema import load_schema
    from annotate.studio import _pull_fetch
    from annotate.studio._client import Client, Connection
    from annotate.studio._pull import pull

    home = Path(tempfile.mkdtemp())
    os.environ["ANNOTATE_HOME"] = str(home / "home")
    # A fixed pseudonym key: two versions of the code write the same table, to compare.
    (home / "home").mkdir()
    (home / "home" / "pseudonym.key").write_text("0" * 64)
    _pull_fetch.server_time = lambda client, pid: datetime(2027, 1, 1, tzinfo=timezone.utc)  # type: ignore[assignment]
    users = [SimpleNamespace(id=3 + k, email=f"u{k}@x.test") for k in range(3)]

    def download(id: int, export_pk: int, **kw: Any) -> Any:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                yield chunk

    sdk = SimpleNamespace(
        projects=SimpleNamespace(
            list=lambda title=None, include="": [SimpleNamespace(id=7, title="news-stance")],
            get=lambda id: SimpleNamespace(id=7, task_number=n),
            exports=SimpleNamespace(
                create=lambda **kw: SimpleNamespace(id=1, status="completed"),
                download=download,
                delete=lambda *a: None,
            ),
        ),
        users=SimpleNamespace(
            list=lambda: iter(users), whoami=lambda: SimpleNamespace(email="admin@x.test")
        ),
    )
    client = Client(Connection(url="http://studio.test", api_key="t"))
    client.sdk = sdk  # type: ignore[assignment]
    schema = load_schema(ROOT / "schemas" / "news-stance.yaml")
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
    wall, cpu = time.perf_counter(), time.process_time()
    out = table or home / "out.parquet"
    result = pull("news-stance", out, schema=schema, client=client, full=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu += children.ru_utime + children.ru_stime
    if profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    status = Path("/proc/self/status").read_text().splitlines()
    hwm = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM"))
    print(
        json.dumps(
            {
                "tasks": n,
                "wall_s": round(wall, 2),
                "cpu_s": round(cpu, 2),
                "cpu_ms_per_task": round(cpu / n * 1000, 3),
                "peak_mb": round(hwm),
                "rows": result.rows,
                "annotations": result.annotations,
                "load1": round(os.getloadavg()[0], 1),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["gen", "pull", "one"])
    parser.add_argument("tasks", type=int)
    parser.add_argument("export", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--table", type=Path, help="where to write the table (to compare)")
    args = parser.parse_args()
    if args.mode == "gen":
        generate(args.tasks, args.export)
    elif args.mode == "one":
        one_pull(args.tasks, args.export, args.profile, args.table)
    else:
        # A fresh interpreter per run: its peak memory and CPU are that pull's alone.
        for _ in range(1 if args.profile else args.runs):
            cmd = [sys.executable, __file__, "one", str(args.tasks), str(args.export)]
            cmd += ["--profile"] if args.profile else []
            cmd += ["--table", str(args.table)] if args.table else []
            subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
