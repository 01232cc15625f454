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


Item = tuple[str, RawArticle]  # a label for the reader, and the article as read


def _bodies(data: Path, name: str, label: str) -> list[Item]:
    """FNC-1's bodies in one of its files, in file order, labelled with each body's id."""
    bodies = data / "fnc1" / name
    cols = Columns(text="articleBody", id="Body ID")
    return [
        (f"{label} {raw.identity.split('#', 1)[1]}", raw)
        for raw in read_file(bodies, bodies.name, cols)
        if isinstance(raw, RawArticle)
    ]


def population(data: Path) -> list[Item]:
    """Every article of the draw's population, in draw order. A text file is named, not read
    (:func:`_loaded` reads it); each CSV is read once."""
    items: list[Item] = []
    for path in sorted(data.glob("polnear/data/*/text/*.txt")):
        label = f"PolNeAR {path.relative_to(data / 'polnear' / 'data')}"
        items.extend(
            (label, r) for r in read_file(path, path.name, Columns()) if isinstance(r, RawArticle)
        )
    return items + _bodies(data, "train_bodies.csv", "FNC-1 body")


def everything(data: Path) -> list[Item]:
    """The draw's population plus FNC-1's competition test bodies: what ``--dump`` reads."""
    return population(data) + _bodies(data, "competition_test_bodies.csv", "FNC-1 test body")


def _loaded(raw: RawArticle) -> RawArticle:
    """The article with its text: a text file is read here, as ingest's worker reads it."""
    if raw.file is None:
        return raw
    _, loaded = load_text(raw)
    assert loaded is not None, raw.file
    return loaded


def _outputs(item: Item) -> tuple[str, list[str]]:
    label, raw = item
    return label, list(article_lines(_loaded(raw)))


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
        for n, (label, raw) in enumerate(drawn, 1):
            print(f"=== [{n}] {label}", file=out)
            for shown in article_lines(_loaded(raw)):
                print(shown, file=out)


if __name__ == "__main__":
    main()
