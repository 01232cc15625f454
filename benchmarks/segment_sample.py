"""Print a seeded sample of real news articles as ingest segments and cleans them.

The hand check of issue 12 (errors per 100 true sentences on unseen news) reads a draw of
25 articles: ``random.Random(seed).sample`` of 25 from the population of every PolNeAR text
(sorted by path) followed by every FNC-1 train body (in file order). Each article goes through
the same reader and ``process()`` as ``annotate ingest``, and this prints every output
sentence (``S<n>``, its dateline first if it has one) and every dropped line (``D <kind>``),
in the article's line order, so a reader can judge each one. Earlier sessions kept this tool
outside the repository and lost it; the draws it prints are the ones RESULTS.md counts.

    python benchmarks/segment_sample.py SEED [--articles 25] [--out FILE]

The data folder is ``../shared/data`` or ``$ANNOTATE_SHARED_DATA``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotate.corpus._article import process, sentence_rows
from annotate.corpus._readers import Columns, RawArticle, load_text, read_file


def data_dir() -> Path:
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    return Path(os.environ.get("ANNOTATE_SHARED_DATA", default))


def population(data: Path) -> list[tuple[str, Path, Columns | None]]:
    """Every article of the draw's population, as (label, file, columns) in draw order."""
    texts = sorted(data.glob("polnear/data/*/text/*.txt"))
    items: list[tuple[str, Path, Columns | None]] = [
        (f"PolNeAR {p.relative_to(data / 'polnear' / 'data')}", p, None) for p in texts
    ]
    bodies = data / "fnc1" / "train_bodies.csv"
    cols = Columns(text="articleBody", id="Body ID")
    for raw in read_file(bodies, bodies.name, cols):
        if isinstance(raw, RawArticle):
            items.append((f"FNC-1 body {raw.identity.split('#', 1)[1]}", bodies, cols))
    return items


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
    parser.add_argument("seed", type=int)
    parser.add_argument("--articles", type=int, default=25)
    parser.add_argument("--out", type=Path, help="write here instead of standard output")
    args = parser.parse_args()
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
