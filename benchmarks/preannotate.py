"""Precision and coverage of the rule-based pre-annotator against human gold.

Run: ``.venv/bin/python benchmarks/preannotate.py [--version 1.1.0] [--polnear-limit 60]``
(needs the shared data: ``ANNOTATE_SHARED_DATA`` or ``../shared/data``). Scores the lexicon on
the seed article's gold (also the rules' development set), CoNLL-2010 eval (hedging),
FactAppeal test (source none/named/unnamed) and PolNeAR test (has_attribution), with
``annotate.model._rules.score_against_gold``. Prints Markdown for ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.corpus._ingest import ingest  # noqa: E402
from annotate.corpus._public import load_corpus  # noqa: E402
from annotate.model._rules import LEXICON_VERSION, preannotate, score_against_gold  # noqa: E402
from annotate.schema._schema import load_schema  # noqa: E402
from annotate.studio._gold import load_gold  # noqa: E402


def seed(version: str) -> list[tuple[str, pd.DataFrame]]:
    schema = load_schema(ROOT / "schemas" / "news-stance.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        done = ingest([ROOT / "corpus"], Path(tmp) / "s.parquet")
        sentences = pd.read_parquet(done.sentences_path)
    gold = load_gold(ROOT / "corpus" / "iran-missiles-russia.gold.yaml", schema)
    gold_df = pd.DataFrame(
        [
            {"sentence_id": sid, **{k: gold[t][k] for k in ("hedging", "attribution")}}
            for sid, t in zip(sentences["sentence_id"], sentences["text"], strict=True)
        ]
    )
    pred = preannotate(sentences, schema, version=version)
    return [
        (
            "seed article (development set)",
            score_against_gold(pred, gold_df, ["hedging", "attribution"]),
        )
    ]


def corpus(kind: str, split: str, fields: list[str], version: str, **kw) -> pd.DataFrame:
    loaded = load_corpus(kind, **kw)
    part = loaded.split(split)
    pred = preannotate(part, loaded.schema, version=version)
    return score_against_gold(pred, part[["sentence_id", *fields]], fields)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--version", default=LEXICON_VERSION)
    parser.add_argument("--polnear-limit", type=int, default=None)
    args = parser.parse_args()
    v = args.version
    results = [
        *seed(v),
        (
            "CoNLL-2010 Wikipedia eval",
            corpus("conll2010", "test", ["hedging"], v, subset="wikipedia"),
        ),
        (
            "CoNLL-2010 biological eval",
            corpus("conll2010", "test", ["hedging"], v, subset="biological"),
        ),
        ("FactAppeal test", corpus("factappeal", "test", ["source"], v)),
        (
            "PolNeAR test",
            corpus("polnear", "test", ["has_attribution"], v, limit=args.polnear_limit),
        ),
    ]
    print(f"Lexicon {v}.\n")
    print("| gold | field | n | precision | coverage | macro-F1 |")
    print("|---|---|---:|---:|---:|---:|")
    for name, table in results:
        for row in table.to_dict("records"):
            print(
                f"| {name} | {row['field']} | {row['n']:,} | {row['precision']:.3f} | "
                f"{row['coverage']:.3f} | {row['macro_f1']:.3f} |"
            )


if __name__ == "__main__":
    main()
