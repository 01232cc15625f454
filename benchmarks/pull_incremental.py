"""An incremental pull's own work, offline: 1,000 changed tasks listed from memory, no server.

Run by hand, never in CI::

    .venv/bin/python benchmarks/pull_offline.py gen 200000 /tmp/e200k.json
    .venv/bin/python benchmarks/pull_incremental.py prepare 200000 /tmp/e200k.json /tmp/i200k
    .venv/bin/python benchmarks/pull_incremental.py pull 200000 /tmp/e200k.json /tmp/i200k \
        [--runs 3] [--profile] [--table COPY] [--page-delay S --task-delay S] [--page-size N]

``prepare`` makes the state a full pull of the synthetic export (``pull_offline.py``)
leaves: the toolkit home with its snapshot and the two table files, kept as they are in
``DIR/pristine``. ``pull`` puts that state back in ``DIR/work`` (not timed) and runs
``pull()``, incremental, against a fake SDK whose task listing answers with 1,000 changed
tasks spread evenly over the project, each with a fourth annotation: what is timed is the
toolkit's own work after the server has listed them (the slimming, the snapshot and state,
the merge of the last table, the checksums). Each run is a fresh interpreter; it prints one
JSON line: wall and CPU seconds of ``pull()`` (and of the wall, how much came after the
listing's last page), peak memory (VmHWM, imports included) and the
pull's counts. ``--profile`` prints cProfile's functions of most cumulative and own time of
one run instead; ``--table`` copies the table written, to compare two versions of the code.

The fake listing answers at once unless ``--page-delay``/``--task-delay`` make it take a
server's time (at 200,000 tasks on PostgreSQL about 0.2 s a page plus 3 ms a task: 1.7 s a
page of 500, benchmarks/RESULTS.md): then the wall time shows how much of the toolkit's
work overlaps the server's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from bisect import bisect_right
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from pull_offline import task  # noqa: E402

CHANGES = 1000
# When each page of the listing was answered (perf_counter): the wall time after the last
# one is the toolkit's work that did not overlap the server's.
ANSWERED: list[float] = []
FIRST = datetime(2027, 1, 1, tzinfo=timezone.utc)  # the server's clock at the full pull
LATER = datetime(2027, 1, 3, tzinfo=timezone.utc)  # ... and at the incremental pull


def changed(n: int) -> list[dict[str, Any]]:
    """``CHANGES`` tasks spread over the project, each with a new, fourth annotation."""
    step = max(n // CHANGES, 1)
    tasks = []
    for i in range(0, n, step)[:CHANGES]:
        t = task(i)
        new = dict(t["annotations"][0], id=20_000_000 + i, completed_by=6, lead_time=9.0)
        new["created_at"] = new["updated_at"] = "2027-01-02T10:00:00.000000Z"
        t["annotations"].append(new)
        t["updated_at"] = "2027-01-02T10:00:00.000001Z"
        tasks.append(t)
    return tasks


class _Listed:
    """A task as the SDK's listing gives it: ``model_dump`` is all pull calls."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.id, self._data = data["id"], data

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return self._data


def client(
    n: int,
    export: Path,
    listed: list[dict[str, Any]],
    page_delay: float = 0.0,
    task_delay: float = 0.0,
) -> Any:
    """A client whose SDK serves ``export`` as the export and ``listed`` as the listing.

    Each page of the listing is answered after ``page_delay`` plus ``task_delay`` a task
    (a sleep, which leaves the GIL as waiting on a socket does): a server's time.
    """
    from annotate.studio._client import Client, Connection

    ids = [t["id"] for t in listed]

    def download(id: int, export_pk: int, **kw: Any) -> Any:
        with export.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                yield chunk

    def list_tasks(*, query: str, page_size: int, **kw: Any) -> Any:
        # Only the id keyset matters here: every listed task is newer than the watermark.
        after = next(
            i["value"] for i in json.loads(query)["filters"]["items"] if i["filter"].endswith("id")
        )
        at = bisect_right(ids, after)
        page = listed[at : at + page_size]
        if page_delay or task_delay:
            time.sleep(page_delay + task_delay * len(page))
        ANSWERED.append(time.perf_counter())
        return SimpleNamespace(
            items=[_Listed(t) for t in page], response=SimpleNamespace(total=len(listed) - at)
        )

    users = [SimpleNamespace(id=3 + k, email=f"u{k}@x.test") for k in range(4)]
    sdk = SimpleNamespace(
        projects=SimpleNamespace(
            # The project pager (``Client.project_page``): one project on page 1.
            list=lambda page=1, page_size=100, **kw: SimpleNamespace(
                items=[SimpleNamespace(id=7, title="news-stance")] if page == 1 else []
            ),
            # ``read_project``: the raw answer, its headers (no Date: the clock is patched).
            with_raw_response=SimpleNamespace(
                get=lambda id, **kw: SimpleNamespace(
                    headers={}, data=SimpleNamespace(id=7, task_number=n)
                )
            ),
            exports=SimpleNamespace(
                create=lambda **kw: SimpleNamespace(id=1, status="completed"),
                download=download,
                delete=lambda *a: None,
            ),
        ),
        tasks=SimpleNamespace(list=list_tasks),
        users=SimpleNamespace(
            list=lambda: iter(users), whoami=lambda: SimpleNamespace(email="admin@x.test")
        ),
    )
    c = Client(Connection(url="http://studio.test", api_key="t"))
    c.sdk = sdk  # type: ignore[assignment]
    return c


def _setup(folder: Path, clock: datetime) -> Path:
    from annotate.studio import _pull_fetch

    os.environ["ANNOTATE_HOME"] = str(folder / "home")
    _pull_fetch.server_time = lambda client, pid: clock  # type: ignore[assignment]
    return folder / "annotations.parquet"


def prepare(n: int, export: Path, folder: Path) -> None:
    from annotate.schema._schema import load_schema
    from annotate.studio._pull import pull

    shutil.rmtree(folder, ignore_errors=True)
    work = folder / "work"
    (work / "home").mkdir(parents=True)
    # A fixed pseudonym key: two versions of the code write the same table, to compare.
    (work / "home" / "pseudonym.key").write_text("0" * 64)
    out = _setup(work, FIRST)
    schema = load_schema(ROOT / "schemas" / "news-stance.yaml")
    result = pull("news-stance", out, schema=schema, client=client(n, export, []), full=True)
    shutil.copytree(work, folder / "pristine")
    print(f"{folder}: full pull of {result.tasks} tasks, {result.rows} rows")


def one_pull(
    n: int,
    export: Path,
    folder: Path,
    profile: bool,
    table: Path | None,
    delays: tuple[float, float] = (0.0, 0.0),
    page_size: int | None = None,
) -> None:
    """One incremental pull in this process; prints its figures as one JSON line."""
    from annotate.schema._schema import load_schema
    from annotate.studio._pull import pull

    work = folder / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(folder / "pristine", work)
    # The copy's dirty pages flushed first: the pull's own fsyncs would wait for them.
    os.sync()
    out = _setup(work, LATER)
    schema = load_schema(ROOT / "schemas" / "news-stance.yaml")
    c = client(n, export, changed(n), *delays)
    sized = {} if page_size is None else {"page_size": page_size}
    if profile:
        import cProfile
        import pstats

        # CPU time, not wall: the machine is shared.
        prof = cProfile.Profile(time.process_time)
        prof.enable()
    wall, cpu = time.perf_counter(), time.process_time()
    result = pull("news-stance", out, schema=schema, client=c, **sized)
    end, cpu = time.perf_counter(), time.process_time() - cpu
    listed, wall = ANSWERED[-1] - wall, end - wall
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    if profile:
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(25)
    if table:
        shutil.copy(out, table)
    status = Path("/proc/self/status").read_text().splitlines()
    hwm = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM"))
    assert not result.full and result.fetched == CHANGES, result
    print(
        json.dumps(
            {
                "tasks": n,
                "wall_s": round(wall, 2),
                "listed_at_s": round(listed, 2),
                "after_last_page_s": round(wall - listed, 2),
                "cpu_s": round(cpu + children.ru_utime + children.ru_stime, 2),
                "peak_mb": round(hwm),
                "rows": result.rows,
                "annotations": result.annotations,
                "fetched": result.fetched,
                "page_size": page_size,
                "delay_s": [delays[0], delays[1]],
                "load1": round(os.getloadavg()[0], 1),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["prepare", "pull", "one"])
    parser.add_argument("tasks", type=int)
    parser.add_argument("export", type=Path)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--table", type=Path, help="where to copy the table (to compare)")
    parser.add_argument(
        "--page-delay", type=float, default=0.0, help="seconds the fake server takes a page"
    )
    parser.add_argument(
        "--task-delay", type=float, default=0.0, help="... plus seconds a task of the page"
    )
    parser.add_argument("--page-size", type=int, help="tasks a page (default: pull's)")
    args = parser.parse_args()
    delays = (args.page_delay, args.task_delay)
    if args.mode == "prepare":
        prepare(args.tasks, args.export, args.folder)
    elif args.mode == "one":
        one_pull(
            args.tasks, args.export, args.folder, args.profile, args.table, delays, args.page_size
        )
    else:
        # A fresh interpreter per run: its peak memory and CPU are that pull's alone.
        for _ in range(1 if args.profile else args.runs):
            cmd = [sys.executable, __file__, "one", str(args.tasks), str(args.export)]
            cmd += [str(args.folder)] + (["--profile"] if args.profile else [])
            cmd += ["--table", str(args.table)] if args.table else []
            cmd += ["--page-delay", str(args.page_delay), "--task-delay", str(args.task_delay)]
            cmd += ["--page-size", str(args.page_size)] if args.page_size else []
            subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
