"""Push and pull against a real Label Studio, each against the server's own baseline.

Run by hand, never in CI::

    .venv/bin/python benchmarks/studio.py --tasks 20000 --annotations 3 [--runs 3]
    .venv/bin/python benchmarks/studio.py --tasks 200000 --url http://host:8080  # + token

Needs the shared data (``ANNOTATE_SHARED_DATA`` or ``../shared/data``). Without ``--url`` it
starts its own server (SQLite) in a temporary folder; with it, the token comes from
``LABEL_STUDIO_API_KEY`` and the projects it makes (``bench-*``) are deleted at the end.
Prints Markdown for ``benchmarks/RESULTS.md``: every run's figures, then median (range).

Push: per run, one raw bulk import of the N tasks through the SDK into a fresh project and
``push()`` of the same sentences into another fresh project, in alternating order (the
second import of a pair runs on a larger database and a warmer server), then a re-push of
the unchanged set. Target: push >= 0.8x the raw import's tasks/s.

Pull: one project of N tasks with K annotations each (K annotators), imported once. Per run:
the server's export snapshot (create + download), the first ``pull(full=True)`` (target
<= 1.1x the export), 1,000 new annotations through the API, then the incremental ``pull()``
(target <= 1/50 of the export) whose table must equal the full pull's. The direct export
(``GET /api/projects/{id}/export``) is timed once for comparison. Every pull runs in a fresh
interpreter so that its peak memory (VmHWM) is the toolkit's own.

Sentences: FNC-1 ``train_bodies.csv`` (about 30,000); past that they repeat with new ids.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import contextlib
import json
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.corpus._ingest import ingest  # noqa: E402
from annotate.schema._schema import load_schema  # noqa: E402
from annotate.studio import _server  # noqa: E402
from annotate.studio._client import Client, Connection  # noqa: E402
from annotate.studio._pull import pull  # noqa: E402
from annotate.studio._pull_export import download_export  # noqa: E402
from annotate.studio._push import _task_data, push  # noqa: E402

DATA = Path(os.environ.get("ANNOTATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SCHEMA_PATH = ROOT / "schemas" / "news-stance.yaml"
SCHEMA = load_schema(SCHEMA_PATH)
CHANGES = 1_000
IMPORT_CHUNK = 5_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def timed(fn: Callable[..., Any], *args: Any, **kw: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn(*args, **kw)
    return value, time.perf_counter() - start


def med(values: list[float], fmt: str = "{:.1f}") -> str:
    """Median (range) of a run's figures."""
    if len(values) == 1:
        return fmt.format(values[0])
    lo, hi = min(values), max(values)
    return f"{fmt.format(statistics.median(values))} ({fmt.format(lo)}-{fmt.format(hi)})"


def sentences(work: Path, n: int) -> Path:
    result = ingest(
        [DATA / "fnc1" / "train_bodies.csv"],
        work / "all.parquet",
        text_column="articleBody",
        id_column="Body ID",
    )
    base = pq.read_table(result.sentences_path)
    parts, left, k = [], n, 0
    while left > 0:
        part = base.slice(0, left)
        if k:  # a repeat: the same text under new ids
            ids = pa.array([f"{s}~{k}" for s in part.column("sentence_id").to_pylist()])
            part = part.set_column(part.schema.get_field_index("sentence_id"), "sentence_id", ids)
        parts.append(part)
        left -= part.num_rows
        k += 1
    path = work / "sentences.parquet"
    pq.write_table(pa.concat_tables(parts), path)
    return path


def load(client: Client) -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f}/{five:.1f}"


def bench_push(client: Client, path: Path, runs: int) -> list[str]:
    tasks = [_task_data(row) for row in pq.read_table(path).to_pylist()]
    n = len(tasks)
    lines = [
        "| run | order | raw SDK import s | `push()` s | push vs raw | re-push s | load 1/5 min |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    ratios, raws, pushes, repushes = [], [], [], []
    for run in range(runs):
        tag = uuid.uuid4().hex[:6]
        before = load(client)

        def raw(tag: str = tag) -> float:
            proj = client.sdk.projects.create(
                title=f"bench-raw-{tag}", label_config=SCHEMA.label_config()
            )
            return timed(
                client.sdk.projects.import_tasks, id=proj.id, request=tasks, return_task_ids=True
            )[1]

        def ours(tag: str = tag) -> float:
            first, s = timed(push, path, schema=SCHEMA, project=f"bench-push-{tag}", client=client)
            assert first.new_tasks == n, first
            return s

        if run % 2 == 0:
            raw_s, push_s = raw(), ours()
        else:
            push_s, raw_s = ours(), raw()
        again, repush_s = timed(
            push, path, schema=SCHEMA, project=f"bench-push-{tag}", client=client
        )
        assert again.new_tasks == 0, again
        ratio = raw_s / push_s
        ratios.append(ratio)
        raws.append(raw_s)
        pushes.append(push_s)
        repushes.append(repush_s)
        order = "raw, push" if run % 2 == 0 else "push, raw"
        lines.append(
            f"| {run + 1} | {order} | {raw_s:.1f} | {push_s:.1f} | {ratio:.2f}x | "
            f"{repush_s:.2f} | {before} |"
        )
    lines.append(
        f"| **median (range)** | | {med(raws)} | {med(pushes)} | {med(ratios, '{:.2f}')}x | "
        f"{med(repushes, '{:.2f}')} | |"
    )
    lines.append("")
    lines.append(
        f"{n:,} tasks; target push >= 0.8x raw: "
        f"{'met' if statistics.median(ratios) >= 0.8 else '**missed**'} (median), "
        f"lowest run {min(ratios):.2f}x."
    )
    return lines


CHOICES = [
    ("claim_type", ["factual", "opinion", "prediction"]),
    ("hedging", ["not_hedged", "hedged"]),
    ("attribution", ["unattributed", "named_source"]),
]


def result_of(k: int) -> list[dict[str, Any]]:
    return [
        {
            "from_name": name,
            "to_name": "text",
            "type": "choices",
            "value": {"choices": [values[k % len(values)]]},
        }
        for name, values in CHOICES
    ]


def build_pull_project(client: Client, path: Path, k: int) -> tuple[int, list[int], float]:
    tag = uuid.uuid4().hex[:6]
    users = [
        client.sdk.users.create(email=f"bench{i}.{tag}@bench.test", username=f"b{i}{tag}").id
        for i in range(k)
    ]
    rows = pq.read_table(path).to_pylist()
    project = client.sdk.projects.create(
        title=f"bench-pull-{tag}", label_config=SCHEMA.label_config()
    )
    start = time.perf_counter()
    for i in range(0, len(rows), IMPORT_CHUNK):
        tasks = [
            {
                "data": _task_data(row),
                "annotations": [
                    {"result": result_of(i + j + a), "completed_by": u, "lead_time": 3.0 + a}
                    for a, u in enumerate(users)
                ],
            }
            for j, row in enumerate(rows[i : i + IMPORT_CHUNK])
        ]
        client.sdk.projects.import_tasks(id=project.id, request=tasks)
    return int(project.id), users, time.perf_counter() - start


def child_pull(args: argparse.Namespace) -> None:
    """In a fresh interpreter: one pull, then its time and this process's peak memory."""
    client = Client(Connection(url=args.url, api_key=os.environ["BENCH_TOKEN"]), timeout=600)
    # Where the time goes: each request to the server, by what it does (a few dozen calls,
    # so timing them costs nothing); the rest is the toolkit's own work.
    waits: dict[str, float] = {}
    real_call = Client.call

    def call(self: Client, what: str, *a: Any, **kw: Any) -> Any:
        begin = time.perf_counter()
        try:
            return real_call(self, what, *a, **kw)
        finally:
            waits[what] = waits.get(what, 0.0) + time.perf_counter() - begin

    Client.call = call  # type: ignore[method-assign,assignment]
    start = time.perf_counter()
    result = pull(args.child_pull, args.out, schema=SCHEMA, client=client, full=args.full)
    seconds = time.perf_counter() - start
    hwm = vm_hwm()
    print(
        json.dumps(
            {
                "s": seconds,
                "mb": hwm,
                "fetched": result.fetched,
                "rows": result.rows,
                "annotations": result.annotations,
                "waits": {k: round(v, 2) for k, v in sorted(waits.items())},
            }
        )
    )


def child_release(args: argparse.Namespace) -> None:
    """In a fresh interpreter: one release of a pulled table, its time and peak memory."""
    from annotate.dataset._release import release

    table, sentences_path = args.child_release.split(",")
    start = time.perf_counter()
    release("0.1.0", args.out, annotations=table, sentences=sentences_path, schema=SCHEMA)
    seconds = time.perf_counter() - start
    print(json.dumps({"s": seconds, "mb": vm_hwm()}))


@contextlib.contextmanager
def work_folder(keep: Path | None) -> Iterator[Path]:
    """The run's work folder: a temporary one, or ``keep``, made if missing and left after.

    The run's last pulled table (``check.parquet``) and the snapshots stay in a kept folder,
    so that another branch's ``release()`` can be measured on the same table in a fresh
    interpreter (``--child-release``) without pulling 200,000 tasks again.
    """
    if keep is None:
        with tempfile.TemporaryDirectory() as tmp:
            yield Path(tmp)
    else:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep


def vm_hwm() -> float:
    return next(
        int(line.split()[1]) / 1024
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmHWM")
    )


def run_release(table: Path, sentences_path: Path, out: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child-release", f"{table},{sentences_path}"]
    done = subprocess.run([*cmd, "--out", str(out)], check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run_pull(url: str, token: str, project: str, out: Path, full: bool) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child-pull", project, "--url", url, "--out", str(out)]
    if full:
        cmd.append("--full")
    done = subprocess.run(
        cmd, check=True, capture_output=True, text=True, env={**os.environ, "BENCH_TOKEN": token}
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def add_annotations(client: Client, task_ids: list[int], user: int, k: int) -> None:
    def one(task_id: int) -> None:
        client.sdk.annotations.create(id=task_id, result=result_of(k), completed_by=user)

    # Four at a time, as a handful of annotators would; loopback only.
    with cf.ThreadPoolExecutor(4) as pool:
        list(pool.map(one, task_ids))


def kept_project(
    client: Client, path: Path, k: int, state: Path | None
) -> tuple[int, list[int], float, Path]:
    """The pull project: built here, or the one a ``--state`` file describes.

    Building 200,000 tasks x 3 takes over 20 minutes; a kept project lets a later run of new
    code measure against the same server data. The state file names the project, its
    annotators and a copy of its sentences, and is written only once the import is complete.
    """
    if state is not None and state.exists():
        kept = json.loads(state.read_text())
        return int(kept["project"]), list(kept["users"]), 0.0, Path(kept["sentences"])
    pid, users, build_s = build_pull_project(client, path, k)
    if state is not None:
        copy = state.with_suffix(".sentences.parquet")
        copy.write_bytes(path.read_bytes())
        state.write_text(json.dumps({"project": pid, "users": users, "sentences": str(copy)}))
        path = copy
    return pid, users, build_s, path


def waited(run: int, name: str, fig: dict[str, Any]) -> str:
    """One line of where a pull's time went, printed to stderr as soon as it is known."""
    server = sum(fig["waits"].values())
    line = (
        f"- run {run + 1}, {name} pull {fig['s']:.2f} s: waiting on the server "
        f"{server:.2f} s ({', '.join(f'{k} {v:.2f}' for k, v in fig['waits'].items())}), "
        f"the toolkit's own work {fig['s'] - server:.2f} s"
    )
    print(line, file=sys.stderr, flush=True)
    return line


def bench_pull(
    client: Client,
    token: str,
    path: Path,
    work: Path,
    k: int,
    runs: int,
    skip_direct: bool,
    state: Path | None = None,
) -> list[str]:
    pid, users, build_s, path = kept_project(client, path, k, state)
    print(f"built in {build_s:.0f} s, load {load(client)}", file=sys.stderr, flush=True)
    title = client.sdk.projects.get(id=pid).title
    n = pq.read_metadata(path).num_rows
    ids: list[int] = []
    direct, direct_s = (0, 0.0) if skip_direct else timed(
        lambda: sum(
            len(c)
            for c in client.sdk.projects.exports.download_sync(
                pid, export_type="JSON", download_all_tasks=True,
                request_options={"timeout_in_seconds": 3600},
            )
        )
    )  # fmt: skip
    lines = [
        f"Project: {n:,} tasks x {k} annotations ({n * k:,}), imported in {build_s:.0f} s. "
        f"Direct export (`GET .../export`, one run): {direct_s:.1f} s, {direct / 1e6:.1f} MB.",
        "",
        "| run | export snapshot s | full pull s | vs export | full pull peak MB "
        f"| incremental pull s ({CHANGES:,} changes) | vs export | incr. peak MB | tables equal "
        "| load 1/5 min |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    print(lines[0], file=sys.stderr, flush=True)
    waits: list[str] = []
    cols: dict[str, list[float]] = {
        k_: [] for k_ in ("export", "full", "fr", "fmb", "incr", "ir", "imb")
    }
    equal_all = True
    added = 0
    for run in range(runs):
        before = load(client)
        _, export_s = timed(download_export, client, pid, work / "export.json", tasks=n)
        (work / "export.json").unlink()
        full = run_pull(client.connection.url, token, title, work / "full.parquet", True)
        # Printed at once: a long run stopped before its check pull keeps the breakdown.
        waits.append(waited(run, "full", full))
        if not ids:
            # The task ids from the pull's own table: listing 200,000 tasks through the SDK
            # took 15 minutes.
            ids = sorted(set(pq.read_table(work / "full.parquet", columns=["task_id"])
                             .column("task_id").to_pylist()))  # fmt: skip
        print(
            f"run {run + 1}: export {export_s:.1f} s, full pull {full['s']:.1f} s "
            f"({full['s'] / export_s:.2f}x), peak {full['mb']:.0f} MB, load {load(client)}",
            file=sys.stderr,
            flush=True,
        )
        # New annotations by one annotator on tasks spread over the project.
        step = max(1, len(ids) // CHANGES)
        changed = ids[run::step][:CHANGES]
        time.sleep(2.1)  # past the pull's commit lag and the server clock's whole second
        add_annotations(client, changed, users[0], run + 1)
        added += len(changed)
        time.sleep(2.1)
        incr = run_pull(client.connection.url, token, title, work / "incr.parquet", False)
        waits.append(waited(run, "incremental", incr))
        run_pull(client.connection.url, token, title, work / "check.parquet", True)
        equal = (work / "incr.parquet").read_bytes() == (work / "check.parquet").read_bytes()
        equal_all &= equal and incr["fetched"] == len(changed)
        fr, ir = full["s"] / export_s, incr["s"] / export_s
        for key, value in (("export", export_s), ("full", full["s"]), ("fr", fr),
                           ("fmb", full["mb"]), ("incr", incr["s"]), ("ir", ir),
                           ("imb", incr["mb"])):  # fmt: skip
            cols[key].append(value)
        lines.append(
            f"| {run + 1} | {export_s:.1f} | {full['s']:.1f} | {fr:.2f}x | {full['mb']:.0f} | "
            f"{incr['s']:.2f} (read {incr['fetched']:,}) | 1/{1 / ir:.0f} | {incr['mb']:.0f} | "
            f"{equal} | {before} |"
        )
        # As it goes: a long run (200,000 tasks) that is stopped still leaves its figures.
        print(lines[-1], file=sys.stderr, flush=True)
    # Release of the last full pull's table (the step a maintainer runs next), once.
    rel = run_release(work / "check.parquet", path, work / "releases")
    release_line = (
        f"Release of the pulled table ({n * k + added:,} annotations; `release()` in a "
        f"fresh interpreter, once): {rel['s']:.1f} s, peak {rel['mb']:.0f} MB."
    )
    print(release_line, file=sys.stderr, flush=True)
    lines.append(
        f"| **median (range)** | {med(cols['export'])} | {med(cols['full'])} | "
        f"{med(cols['fr'], '{:.2f}')}x | {med(cols['fmb'], '{:.0f}')} | "
        f"{med(cols['incr'], '{:.2f}')} | 1/{1 / statistics.median(cols['ir']):.0f} | "
        f"{med(cols['imb'], '{:.0f}')} | {equal_all} | |"
    )
    fr, ir = statistics.median(cols["fr"]), statistics.median(cols["ir"])
    lines += [
        "",
        f"Targets (medians): full pull <= 1.1x export {'met' if fr <= 1.1 else '**missed**'}; "
        f"incremental <= 1/50 of export {'met' if ir <= 1 / 50 else '**missed**'}; incremental "
        f"table byte-identical to a full pull's after every run: **{equal_all}**.",
        "",
        release_line,
        "",
        "Where each pull's time went:",
        "",
        *waits,
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=20_000)
    parser.add_argument("--annotations", type=int, default=3, help="per task, one per annotator")
    parser.add_argument("--url", help="a running server (token in LABEL_STUDIO_API_KEY)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-push", action="store_true")
    parser.add_argument("--skip-pull", action="store_true")
    parser.add_argument("--skip-direct", action="store_true", help="no direct export baseline")
    parser.add_argument(
        "--state",
        type=Path,
        help="keep the pull project (with --url) and describe it in this file; "
        "a later run given the same file reuses it instead of building",
    )
    parser.add_argument("--build-only", action="store_true", help="with --state: build, stop")
    parser.add_argument(
        "--work",
        type=Path,
        help="work in this folder and keep it (the pulled tables, the release) instead of "
        "a temporary one",
    )
    parser.add_argument("--child-pull", help=argparse.SUPPRESS)
    parser.add_argument("--child-release", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_pull:
        child_pull(args)
        return
    if args.child_release:
        child_release(args)
        return
    with work_folder(args.work) as work:
        os.environ["ANNOTATE_HOME"] = str(work / "home")
        proc = None
        if args.url:
            url, token = args.url.rstrip("/"), os.environ["LABEL_STUDIO_API_KEY"]
        else:
            token = secrets.token_hex(20)
            proc = _server.start_server(
                work / "ls",
                port=free_port(),
                username="admin@bench.local",
                password=secrets.token_urlsafe(12),
                token=token,
            )
            url = proc.url
        try:
            client = Client(Connection(url=url, api_key=token), timeout=600)
            if args.state is not None and args.state.exists():
                path = Path(json.loads(args.state.read_text())["sentences"])
            else:
                path = sentences(work, args.tasks)
            if args.build_only:
                kept_project(client, path, args.annotations, args.state)
                return
            out: list[str] = []
            if not args.skip_push:
                out += ["Push:", "", *bench_push(client, path, args.runs), ""]
            if not args.skip_pull:
                out += [
                    "Pull:",
                    "",
                    *bench_pull(
                        client,
                        token,
                        path,
                        work,
                        args.annotations,
                        args.runs,
                        args.skip_direct,
                        args.state,
                    ),
                ]
        finally:
            if proc is not None:
                _server.stop_pid(proc.pid)
            elif args.url:
                keep = json.loads(args.state.read_text())["project"] if (
                    args.state is not None and args.state.exists()
                ) else None  # fmt: skip
                for p in client.sdk.projects.list(include="id,title"):
                    if (p.title or "").startswith("bench-") and p.id != keep:
                        client.sdk.projects.delete(id=p.id)
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
        f"label-studio 1.23.2 ({'SQLite, own server' if proc else url}); "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. {args.tasks:,} tasks.\n"
    )
    print("\n".join(out))


if __name__ == "__main__":
    main()
