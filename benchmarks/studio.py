"""Push and pull against a real Label Studio, each against the raw SDK baseline in one run.

Run: ``.venv/bin/python benchmarks/studio.py [--sentences 20000]`` (needs the shared data:
``ANNOTATE_SHARED_DATA`` or ``../shared/data``). Starts its own server in a temporary folder,
prints Markdown for ``benchmarks/RESULTS.md``.

Push: ``push()`` of N FNC-1 sentences against one raw bulk import of the same tasks through
the SDK (target >= 0.8x the raw tasks/s), then a re-push of the unchanged set (target <= 5 % of
the first push's time, 0 new tasks).

Pull: a project of N tasks imported together with one annotation each; after a first full
pull, 100 new annotations are created through the API; the incremental pull is timed against
a full JSON export of the project (target <= 1/20 of it) and its table compared with a full
pull's (must be identical).
"""

from __future__ import annotations

import argparse
import os
import platform
import secrets
import socket
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.corpus._ingest import ingest  # noqa: E402
from annotate.schema._schema import load_schema  # noqa: E402
from annotate.studio import _server  # noqa: E402
from annotate.studio._client import Client, Connection  # noqa: E402
from annotate.studio._pull import pull  # noqa: E402
from annotate.studio._push import _task_data, push  # noqa: E402

DATA = Path(os.environ.get("ANNOTATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def timed(fn, *args, **kw):
    start = time.perf_counter()
    value = fn(*args, **kw)
    return value, time.perf_counter() - start


def sentences(work: Path, n: int) -> Path:
    result = ingest(
        [DATA / "fnc1" / "train_bodies.csv"],
        work / "all.parquet",
        text_column="articleBody",
        id_column="Body ID",
    )
    table = pq.read_table(result.sentences_path).slice(0, n)
    path = work / "sentences.parquet"
    pq.write_table(table, path)
    return path


def bench_push(client: Client, path: Path) -> list[str]:
    tasks = [_task_data(row) for row in pq.read_table(path).to_pylist()]
    raw_project = client.sdk.projects.create(title="bench_raw", label_config=SCHEMA.label_config())
    _, raw_s = timed(
        client.sdk.projects.import_tasks, id=raw_project.id, request=tasks, return_task_ids=True
    )
    first, push_s = timed(push, path, schema=SCHEMA, project="bench_push", client=client)
    again, repush_s = timed(push, path, schema=SCHEMA, project="bench_push", client=client)
    n = len(tasks)
    assert first.new_tasks == n and again.new_tasks == 0, (first, again)
    ratio = (n / push_s) / (n / raw_s)
    return [
        "| step | tasks | s | tasks/s | vs raw SDK import | target |",
        "|---|---:|---:|---:|---:|---|",
        f"| raw SDK bulk import (one request) | {n:,} | {raw_s:.1f} | {n / raw_s:,.0f} | 1.00x | |",
        f"| `push()` (default batches of 10,000, progress off) | {n:,} | {push_s:.1f} "
        f"| {n / push_s:,.0f} "
        f"| {ratio:.2f}x | >= 0.8x {'met' if ratio >= 0.8 else '**missed**'} |",
        f"| re-push, unchanged | 0 new | {repush_s:.2f} | - | {repush_s / push_s:.1%} of first "
        f"push | <= 5 % {'met' if repush_s <= 0.05 * push_s else '**missed**'} |",
    ]


def bench_pull(client: Client, path: Path, work: Path) -> list[str]:
    rows = pq.read_table(path).to_pylist()
    me = client.sdk.users.whoami()
    choice = [
        {
            "from_name": "claim_type",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["factual"]},
        },
        {
            "from_name": "hedging",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["not_hedged"]},
        },
        {
            "from_name": "attribution",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["unattributed"]},
        },
    ]
    tasks = [
        {"data": _task_data(row), "annotations": [{"result": choice, "completed_by": me.id}]}
        for row in rows
    ]
    project = client.sdk.projects.create(title="bench_pull", label_config=SCHEMA.label_config())
    _, build_s = timed(client.sdk.projects.import_tasks, id=project.id, request=tasks)
    first, first_s = timed(
        pull, "bench_pull", work / "first.parquet", schema=SCHEMA, client=client, full=True
    )
    ids = [
        t.id for t in client.sdk.tasks.list(project=project.id, fields="task_only", page_size=1000)
    ][:100]
    other = [
        dict(item, value={"choices": ["opinion"]}) if item["from_name"] == "claim_type" else item
        for item in choice
    ]
    time.sleep(2.1)  # the server's clock has whole seconds; keep the watermark clean
    for task_id in ids:
        client.sdk.annotations.create(id=task_id, result=other)
    incr, incr_s = timed(pull, "bench_pull", work / "incr.parquet", schema=SCHEMA, client=client)
    export, export_s = timed(
        lambda: b"".join(
            client.sdk.projects.exports.download_sync(
                project.id, export_type="JSON", download_all_tasks=True
            )
        )
    )
    full, full_s = timed(
        pull, "bench_pull", work / "full.parquet", schema=SCHEMA, client=client, full=True
    )
    keys = ["task_id", "annotation_id", "field"]
    a = pd.read_parquet(incr.output).sort_values(keys).reset_index(drop=True)
    b = pd.read_parquet(full.output).sort_values(keys).reset_index(drop=True)
    identical = a.equals(b)
    n = len(rows)
    ratio = incr_s / export_s
    return [
        "| step | tasks read | s | vs full export | target |",
        "|---|---:|---:|---:|---|",
        f"| build: import {n:,} tasks with one annotation each | {n:,} | {build_s:.1f} | | |",
        f"| first `pull(full=True)` | {first.fetched:,} | {first_s:.1f} | | |",
        f"| full JSON export (SDK `download_sync`, {len(export) / 1e6:.1f} MB) | {n:,} | "
        f"{export_s:.1f} | 1 | |",
        f"| incremental `pull()` after 100 new annotations | {incr.fetched:,} | {incr_s:.2f} | "
        f"1/{1 / ratio:.0f} | <= 1/20 {'met' if ratio <= 0.05 else '**missed**'} |",
        f"| `pull(full=True)` for comparison | {full.fetched:,} | {full_s:.1f} | | |",
        "",
        f"Incremental table identical to the full pull's: **{identical}** "
        f"({len(a):,} rows; {incr.annotations:,} annotations).",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["ANNOTATE_HOME"] = str(work / "home")
        token = secrets.token_hex(20)
        proc = _server.start_server(
            work / "ls",
            port=free_port(),
            username="admin@bench.local",
            password=secrets.token_urlsafe(12),
            token=token,
        )
        try:
            client = Client(Connection(url=proc.url, api_key=token), timeout=600)
            path = sentences(work, args.sentences)
            push_lines = bench_push(client, path)
            pull_lines = bench_pull(client, path, work)
        finally:
            _server.stop_pid(proc.pid)
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        "?",
    )
    print(
        f"Machine: {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, "
        f"label-studio 1.23.2 (SQLite); {time.strftime('%Y-%m-%d')}.\n"
    )
    print("\n".join(push_lines))
    print()
    print("\n".join(pull_lines))


if __name__ == "__main__":
    main()
