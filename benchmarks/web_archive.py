"""What reading a web archive costs ``ingest()``: FNC-1's news bodies as archived pages.

Run: ``.venv/bin/python benchmarks/web_archive.py [--copies 1 4] [--runs 3]`` (needs the shared
data, ``ANNOTATE_SHARED_DATA`` or ``../shared/data``). Each FNC-1 train body becomes an HTML page
served with a request record beside it, as a crawler archives it, in a ``.warc.gz`` compressed a
gzip member per record; the same pages go to a ``.jsonl`` file of ``{url, html}`` records, which
ingest extracts the same way. ``--copies N`` repeats the bodies under new urls, to see whether
memory grows with the archive. Each ingest runs in a fresh process, so its peak memory (main
process and largest worker) is its own. Prints Markdown for RESULTS.md.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import os
import tempfile
from pathlib import Path

import _ingest_cost
from _ingest_cost import COLUMNS, machine, measure, print_cost

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("ANNOTATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SOURCE = DATA / "fnc1" / "train_bodies.csv"


def _pages() -> list[tuple[str, bytes]]:
    csv.field_size_limit(2**31 - 1)
    with SOURCE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        paragraphs = "".join(
            f"<p>{html.escape(p)}</p>" for p in row["articleBody"].split("\n") if p.strip()
        )
        page = (
            f"<!doctype html><html><head><meta charset='utf-8'><title>Story {row['Body ID']}"
            "</title></head><body><nav><a href='/'>Home</a> <a href='/world/'>World</a></nav>"
            f"<article>{paragraphs}</article><footer>Copyright The Daily Example</footer>"
            "</body></html>"
        )
        out.append((row["Body ID"], page.encode("utf-8")))
    return out


def build(folder: Path, copies: int) -> tuple[Path, Path, int]:
    """The pages ``copies`` times over as a ``.warc.gz`` and as a ``.jsonl`` of ``{url, html}``,
    and how many pages each holds."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = _pages()
    warc, jsonl = folder / "crawl.warc.gz", folder / "pages.jsonl"
    with warc.open("wb") as fw, jsonl.open("w", encoding="utf-8") as fj:
        writer = WARCWriter(fw, gzip=True)
        for copy in range(copies):
            for ident, page in pages:
                url = f"https://news.example/{copy}/story/{ident}"
                request = writer.create_warc_record(
                    url,
                    "request",
                    payload=io.BytesIO(f"GET /{copy}/story/{ident} HTTP/1.1\r\n\r\n".encode()),
                )
                http = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                response = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(page), http_headers=http
                )
                for record in (request, response):
                    writer.write_record(record)
                    record.raw_stream.close()
                fj.write(json.dumps({"url": url, "html": page.decode("utf-8")}) + "\n")
    return warc, jsonl, copies * len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print_cost(args.one)
        return
    print(machine())
    print()
    print("| input | pages | MB on disk " + COLUMNS)
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for copies in args.copies:
        with tempfile.TemporaryDirectory() as tmp:
            warc, jsonl, pages = build(Path(tmp), copies)
            for name, path in (("`.warc.gz`", warc), ("`.jsonl` of {url, html}", jsonl)):
                runs = [measure(__file__, path) for _ in range(args.runs)]
                cells = [f"{name}, x{copies}", f"{pages:,}", f"{path.stat().st_size / 1e6:.1f}"]
                print(_ingest_cost.row(cells, runs), flush=True)


if __name__ == "__main__":
    main()
