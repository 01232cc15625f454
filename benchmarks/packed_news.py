"""What news XML and archives cost ``ingest()``: FNC-1's news bodies as NITF files, packed.

Run: ``.venv/bin/python benchmarks/packed_news.py [--runs 3]`` (needs the shared data,
``ANNOTATE_SHARED_DATA`` or ``../shared/data``). Each FNC-1 train body becomes an NITF file
(its paragraphs in ``body.content``, a headline, a byline and a dateline in ``body.head``), as
The New York Times Annotated Corpus ships its stories; the files are ingested as a folder and
as the ``.tgz`` the corpus ships a month in; the same bodies as one RSS 2.0 feed with the full
story in ``content:encoded``, and, as the baseline, as a ``.jsonl`` of ``{title, text}``
records. Each ingest runs in a fresh process, so its peak memory (main process and largest
worker) is its own. Prints Markdown for RESULTS.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import tarfile
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from _ingest_cost import COLUMNS, machine, measure, print_cost, row

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("ANNOTATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SOURCE = DATA / "fnc1" / "train_bodies.csv"


def _bodies() -> list[tuple[str, list[str]]]:
    csv.field_size_limit(2**31 - 1)
    with SOURCE.open(encoding="utf-8", newline="") as fh:
        return [
            (row["Body ID"], [p for p in row["articleBody"].split("\n") if p.strip()])
            for row in csv.DictReader(fh)
        ]


# Characters XML 1.0 cannot hold: an NITF file with one is not well-formed, so a writer of NITF
# writes what they stand for. One FNC-1 body (514) has curly quotes that lost their high byte,
# U+001C and U+001D, which ingest's cleaning reads as the quotes; others become a space.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub(" ", text.replace("\x1c", "\u201c").replace("\x1d", "\u201d"))


def _nitf(ident: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{escape(_xml_safe(p))}</p>" for p in paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Story '
        f'{ident}</title><docdata><doc-id id-string="{ident}"/><date.issue norm="20150101"/>'
        "</docdata></head><body><body.head><hedline><hl1>Story "
        f"{ident}</hl1></hedline><byline>By A Reporter</byline><dateline>LONDON</dateline>"
        f'</body.head><body.content><block class="full_text">{body}</block></body.content>'
        "</body></nitf>\n"
    )


def build(folder: Path) -> dict[str, Path]:
    """The bodies as a folder of NITF files, its .tgz, an RSS feed and a .jsonl."""
    bodies = _bodies()
    nitf = folder / "nitf"
    nitf.mkdir()
    items = []
    with (folder / "bodies.jsonl").open("w", encoding="utf-8") as fj:
        for ident, paragraphs in bodies:
            (nitf / f"{ident}.xml").write_text(_nitf(ident, paragraphs), encoding="utf-8")
            fj.write(json.dumps({"title": f"Story {ident}", "text": "\n\n".join(paragraphs)}))
            fj.write("\n")
            html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
            items.append(
                f"<item><title>Story {ident}</title><link>https://news.example/{ident}</link>"
                f"<guid>https://news.example/{ident}</guid>"
                "<pubDate>Thu, 01 Jan 2015 10:00:00 +0000</pubDate>"
                f"<content:encoded>{escape(html)}</content:encoded></item>"
            )
    (folder / "bodies.rss").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Daily '
        "Example</title><link>https://news.example/</link><description>x</description>"
        + "".join(items)
        + "</channel></rss>\n",
        encoding="utf-8",
    )
    with tarfile.open(folder / "nitf.tgz", "w:gz") as tf:
        tf.add(nitf, arcname="2015/01")
    return {
        "`.jsonl` of {title, text} (baseline)": folder / "bodies.jsonl",
        "folder of NITF `.xml`": nitf,
        "the same NITF files in a `.tgz`": folder / "nitf.tgz",
        "one RSS 2.0 feed, full `content:encoded`": folder / "bodies.rss",
    }


def _size(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print_cost(args.one)
        return
    print(machine())
    print()
    print("| input | MB on disk " + COLUMNS)
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in build(Path(tmp)).items():
            runs = [measure(__file__, path) for _ in range(args.runs)]
            print(row([name, f"{_size(path):.1f}"], runs), flush=True)


if __name__ == "__main__":
    main()
