"""Print a seeded sample of real news articles as ingest segments and cleans them.

The hand check of issue 12 (errors per 100 true sentences on unseen news) reads a draw of
25 articles: ``random.Random(seed).sample`` of 25 from the population of every PolNeAR text
(sorted by path) followed by every FNC-1 train body (in file order). Each article goes through
the same reader and ``process()`` as ``annotate ingest``, and this prints every output
sentence (``S<n>``, its dateline first if it has one) and every dropped line (``D <kind>``),
in the article's line order, so a reader can judge each one. Earlier sessions kept this tool
outside the repository and lost it; the draws it prints are the ones RESULTS.md counts.

    python benchmarks/segment_sample.py SEED [--articles 25] [--out FILE]

A rule is measured on every article, not a draw: ``--dump OUT.json`` writes every FNC-1 body
(train and competition test) and every PolNeAR text as ingest outputs it, and ``--diff A B``
prints each article whose outputs differ between two dumps (outputs only in A as ``-``, only in
B as ``+``), so every changed line can be read.

    python benchmarks/segment_sample.py --dump before.json
    python benchmarks/segment_sample.py --diff before.json after.json

The data folder is ``../shared/data`` or ``$ANNOTATE_SHARED_DATA``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotate.corpus._article import process, sentence_rows
from annotate.corpus._readers import Columns, RawArticle, load_text, read_file


def data_dir() -> Path:
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    return Path(os.environ.get("ANNOTATE_SHARED_DATA", default))


def _bodies(data: Path, name: str, label: str) -> list[tuple[str, Path, Columns | None]]:
    """FNC-1's bodies in one of its files, in file order, as ``label`` and each body's id."""
    bodies = data / "fnc1" / name
    cols = Columns(text="articleBody", id="Body ID")
    return [
        (f"{label} {raw.identity.split('#', 1)[1]}", bodies, cols)
        for raw in read_file(bodies, bodies.name, cols)
        if isinstance(raw, RawArticle)
    ]


def population(data: Path) -> list[tuple[str, Path, Columns | None]]:
    """Every article of the draw's population, as (label, file, columns) in draw order."""
    texts = sorted(data.glob("polnear/data/*/text/*.txt"))
    items: list[tuple[str, Path, Columns | None]] = [
        (f"PolNeAR {p.relative_to(data / 'polnear' / 'data')}", p, None) for p in texts
    ]
    return items + _bodies(data, "train_bodies.csv", "FNC-1 body")


def everything(data: Path) -> list[tuple[str, Path, Columns | None]]:
    """The draw's population plus FNC-1's competition test bodies: what ``--dump`` reads."""
    return population(data) + _bodies(data, "competition_test_bodies.csv", "FNC-1 test body")


def _outputs(item: tuple[str, Path, Columns | None]) -> tuple[str, list[str]]:
    label, path, cols = item
    return label, list(article_lines(_raw(label, path, cols)))


def dump(out: Path) -> None:
    """Write every article's outputs (as :func:`article_lines` shows them) to ``out``."""
    items = everything(data_dir())
    with ProcessPoolExecutor() as pool:
        outputs = dict(pool.map(_outputs, items, chunksize=32))
    out.write_text(json.dumps(outputs, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(outputs)} articles -> {out}")


def diff(before: Path, after: Path) -> None:
    """Print the outputs that differ, article by article (sentence numbers ignored)."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))

    def plain(lines: list[str]) -> list[str]:
        # S12 and S13 are the same output when a sentence before them changed.
        return [re.sub(r"^  S\d+ ", "  S ", line) for line in lines]

    changed = 0
    for label in sorted(set(a) | set(b)):
        old, new = plain(a.get(label, [])), plain(b.get(label, []))
        if old == new:
            continue
        changed += 1
        print(f"=== {label}")
        for line in difflib.unified_diff(old, new, lineterm="", n=1):
            if not line.startswith(("---", "+++")):
                print(line)
    print(f"{changed} of {len(set(a) | set(b))} articles changed")


def _raw(label: str, path: Path, cols: Columns | None) -> RawArticle:
    if cols is None:
        raw = next(r for r in read_file(path, path.name, Columns()) if isinstance(r, RawArticle))
        _, loaded = load_text(raw)
        assert loaded is not None, path
        return loaded
    wanted = label.rsplit(" ", 1)[1]
    for raw in read_file(path, path.name, cols):
        if isinstance(raw, RawArticle) and raw.identity.endswith(f"#{wanted}"):
            return raw
    raise LookupError(label)


def article_lines(raw: RawArticle) -> Iterator[str]:
    """The lines a judge reads for one article: sentences and dropped lines, in line order."""
    result = process(raw)
    if not isinstance(result, tuple):
        yield f"  SKIPPED: {result.reason}"
        return
    article, offsets = result
    # Dropped lines carry their line number in the raw text (from 1); a sentence is placed at
    # the first raw line from the previous sentence's on that holds its opening words.
    raw_lines = raw.text.splitlines() if raw.text else []
    events: list[tuple[int, int, str]] = []
    at = 0
    for rows in sentence_rows(article, offsets, 1000):
        for row in rows:
            probe = " ".join(row["text"].split())[:30]
            found = next(
                (i for i in range(at, len(raw_lines)) if probe in " ".join(raw_lines[i].split())),
                None,
            )
            at = at if found is None else found
            dateline = f"[dateline: {row['dateline']}] " if row["dateline"] else ""
            events.append((at + 1, 1, f"S{row['index']} {dateline}{row['text']}"))
    for dropped in article["dropped"]:
        events.append((dropped["line"], 0, f"D {dropped['kind']}: {dropped['text']}"))
    if article["title"] and not any(d["kind"] == "title" for d in article["dropped"]):
        yield f"  title: {article['title']}"
    for _, _, shown in sorted(events, key=lambda e: (e[0], e[1])):
        yield "  " + shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seed", type=int, nargs="?")
    parser.add_argument("--articles", type=int, default=25)
    parser.add_argument("--out", type=Path, help="write here instead of standard output")
    parser.add_argument("--dump", type=Path, help="write every article's outputs to this JSON")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
        return
    if args.diff:
        diff(*args.diff)
        return
    if args.seed is None:
        parser.error("give a SEED, --dump OUT.json or --diff BEFORE AFTER")
    items = population(data_dir())
    drawn = random.Random(args.seed).sample(items, args.articles)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    with out:
        for n, (label, path, cols) in enumerate(drawn, 1):
            print(f"=== [{n}] {label}", file=out)
            for shown in article_lines(_raw(label, path, cols)):
                print(shown, file=out)


if __name__ == "__main__":
    main()
