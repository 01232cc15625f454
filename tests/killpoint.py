"""A process that runs ``annotate`` commands killed at their k-th write, for the kill tests.

Started once per test (``python -m tests.killpoint``), it imports the toolkit, then reads one
JSON request per line on stdin and answers one JSON line on stdout. Each request runs a
command in a forked child whose :data:`annotate._files._fault` hook calls ``os._exit(137)``
at the ``k``-th write or rename: the process vanishes there as under ``kill -9`` (no
``finally``, no clean-up), without paying the imports again for every ``k``.

Request: ``{"argv": [...], "k": int, "cwd": str, "env": {...}, "fake_pull": str | null,
"log": str | null}``; ``argv`` goes to ``annotate.cli.app``, ``fake_pull`` names the
recorded tasks (``tasks_v1``/``tasks_v2`` of ``tests/data/recorded``) a fake server serves
to ``annotate pull``. Answer: ``{"status": <exit code>}``, 137 when killed.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from datetime import timedelta
from pathlib import Path
from typing import Any

KILLED = 137


def _child(request: dict[str, Any]) -> int:
    from annotate import _files
    from annotate.cli import app

    os.chdir(request["cwd"])
    os.environ.update(request.get("env") or {})
    log = request.get("log") or os.devnull
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    if request.get("fake_pull"):
        _fake_pull(request["fake_pull"])
    seen = 0

    def fault(event: str, path: Path) -> None:
        nonlocal seen
        seen += 1
        if seen == request["k"]:
            os._exit(KILLED)

    _files._fault = fault
    try:
        app(request["argv"], prog_name="annotate")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


def _fake_pull(tasks: str) -> None:
    from annotate.studio import _pull as pull
    from annotate.studio import _pull_fetch
    from tests.unit.test_pull_offline import RECORDED, FakeSDK, fake_client

    # As the offline pull tests do: the recorded changes are under a second apart.
    _pull_fetch.COMMIT_LAG = timedelta(0)
    _pull_fetch.server_time = lambda client, pid: client.sdk.now()
    pull.connect = lambda: fake_client(FakeSDK(RECORDED[tasks]))


def main() -> None:
    # Everything the commands import, once, before the first fork.
    import matplotlib

    matplotlib.use("Agg")
    import datasets  # noqa: F401
    import joblib
    import matplotlib.pyplot
    import pandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401
    import sklearn.linear_model  # noqa: F401
    import skops.io  # noqa: F401

    import tests.unit.test_pull_offline  # noqa: F401

    # In-process joblib: worker processes would start anew in every fork (seconds each), and
    # what is tested here is the writing, not the training.
    with joblib.parallel_config(backend="sequential"):
        _serve()
    # Nothing to clean up, and the interpreter's own teardown would take seconds.
    os._exit(0)


def _serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 99  # an unexpected error: not to be mistaken for a kill
            try:
                code = _child(request)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(json.dumps({"status": os.waitstatus_to_exitcode(status)}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
