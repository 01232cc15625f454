"""An offsets-only release's `scripts/rebuild_text.py` really rebuilds the text it left out.

The script is shipped inside every release whose licence forbids publishing the text; nothing
else runs it, so this test does what a user of such a release does: serve the source pages
(here from a loopback HTTP server), run the script, and compare with the toolkit's own text.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from annotate.corpus import ingest
from annotate.dataset import release
from tests.unit.release_support import ROOT, Table, annotate_all, schema

N_ARTICLES = 24


def _page(n: int) -> str:
    paragraphs = "".join(
        f"<p>WASHINGTON (AP) — Officials in district {n} said on Monday that talks "
        f"could resume after a pause of {i + 2} weeks. The council will vote on "
        f"the budget for district {n} next month, a spokesperson said.</p>"
        if i == 0
        else f"<p>Residents of district {n} asked about item {i} at a meeting that "
        f"ran late. &quot;We want answers,&quot; said one of them, aged {30 + i}.</p>"
        for i in range(3)
    )
    return (
        f"<html><head><title>Story {n} on the district budget</title></head>"
        f"<body><article><h1>Story {n} on the district budget</h1>{paragraphs}"
        "</article></body></html>"
    )


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    pages = tmp_path / "site"
    pages.mkdir()
    for n in range(N_ARTICLES):
        (pages / f"story-{n}.html").write_text(_page(n), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(pages))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_shipped_script_rebuilds_every_sentence_and_dateline(tmp_path: Path, site: str) -> None:
    # The articles go in as a crawl gives them and as the script fetches them: each page's
    # HTML under its URL.
    source = tmp_path / "pages.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for n in range(N_ARTICLES):
            url = f"{site}/story-{n}.html"
            fh.write(json.dumps({"id": url, "url": url, "html": _page(n)}) + "\n")
    table = tmp_path / "sentences.parquet"
    ingest([source], table, url_column="url")
    sents = pd.read_parquet(table)
    assert sents["dateline"].notna().any()  # the datelines must come back too

    made = release(
        "1.0.0",
        tmp_path / "releases",
        annotations=annotate_all(Table(), sents).frame(),
        sentences=sents,
        schema=schema(),
        text_policy="offsets",
    ).path
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, str(made / "scripts" / "rebuild_text.py"), str(made)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr

    expected = sents.set_index("sentence_id")
    rebuilt = pd.concat(
        pd.read_parquet(made / f"rebuilt-{split}.parquet")
        for split in ("train", "validation", "test")
    ).set_index("sentence_id")
    assert len(rebuilt) == len(sents)
    assert rebuilt["text"].equals(expected.loc[rebuilt.index, "text"])
    assert rebuilt["dateline"].fillna("").equals(expected.loc[rebuilt.index, "dateline"].fillna(""))
    assert "sentences rebuilt and verified" in run.stdout
