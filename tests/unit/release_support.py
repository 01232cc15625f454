"""Builders of small annotation and sentence tables in the formats of pull and ingest.

Imported by the release, agreement and adjudication tests; holds no tests itself.
"""

from __future__ import annotations

import hashlib
from itertools import count
from pathlib import Path
from typing import Any

import pandas as pd

from annotate.schema._schema import Schema, load_schema

ROOT = Path(__file__).resolve().parents[2]
A, B, C, D = (f"annotator-{c * 10}" for c in "abcd")
CHOICE_DEFAULTS = {"claim_type": "factual", "hedging": "not_hedged", "attribution": "unattributed"}


def schema() -> Schema:
    return load_schema(ROOT / "schemas" / "news-stance.yaml")


SCHEMA = schema()


class Table:
    """Collects annotations as pull writes them: one row per annotation and field."""

    def __init__(self, schema_version: str | None = None) -> None:
        self.rows: list[dict[str, Any]] = []
        # The default schema's version: its fields are the rows written below.
        self.version = schema_version or SCHEMA.version
        self._ids = count(1)

    def add(
        self,
        sentence_id: str,
        annotator: str,
        *,
        lead_time: float = 10.0,
        cancelled: bool = False,
        updated: str = "2026-01-01T00:00:00",
        **values: Any,
    ) -> int:
        """Add one annotation; choice values by field name, spans as [(start, end), ...].

        ``attributions``: ``[(cue, source or None), ...]`` with ``(start, end)`` spans;
        the cue and the source are added to their spans fields, and the records go on the
        ``attribution_cue`` row as pull writes them.
        """
        links = values.pop("attributions", None)
        if links is not None:
            values["attribution_cue"] = [*values.get("attribution_cue", ()), *(c for c, _ in links)]
            values["source"] = [*values.get("source", ()), *(s for _, s in links if s)]
        aid = next(self._ids)
        ts = pd.Timestamp(updated, tz="UTC")
        base = {
            "sentence_id": sentence_id,
            "task_id": int(hashlib.sha256(sentence_id.encode()).hexdigest()[:6], 16),
            "annotation_id": aid,
            "annotator": annotator,
            "created_at": ts,
            "updated_at": ts,
            "lead_time": lead_time,
            "was_cancelled": cancelled,
            "schema_version": self.version,
        }
        if cancelled:
            self.rows.append(base | {"field": None, "value": None, "values": None, "spans": None})
            return aid
        for name in (f.name for f in SCHEMA.fields):
            cell = {"field": name, "value": None, "values": None, "spans": None, "records": None}
            if name in CHOICE_DEFAULTS:
                cell["value"] = values.get(name, CHOICE_DEFAULTS[name])
            else:
                cell["spans"] = [
                    {"start": s, "end": e, "label": name, "text": None}
                    for s, e in values.get(name, ())
                ]
            if name == "attribution_cue" and links is not None:
                cell["records"] = [
                    {
                        "anchor": _span(cue, "attribution_cue"),
                        "links": []
                        if src is None
                        else [{"role": "source", "span": _span(src, "source")}],
                        "cut": [],
                    }
                    for cue, src in links
                ]
            self.rows.append(base | cell)
        return aid

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows)


def _span(bounds: tuple[int, int], label: str) -> dict[str, Any]:
    return {"start": bounds[0], "end": bounds[1], "label": label, "text": None}


def sentences(spec: dict[str, list[str]]) -> pd.DataFrame:
    """A sentence table: article id -> its sentences' texts."""
    rows = []
    for article, texts in spec.items():
        for i, text in enumerate(texts):
            rows.append(
                {
                    "article_id": article,
                    "sentence_id": f"{article}-{i}",
                    "index": i,
                    "text": text,
                    "start": 0,
                    "end": len(text),
                    "context_before": texts[i - 1] if i else "",
                    "context_after": texts[i + 1] if i + 1 < len(texts) else "",
                    "title": f"Title of {article}",
                    "source": "wire",
                    "url": f"https://news.example/{article}",
                    "published": "2026-01-01",
                    "language": "en",
                    "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                }
            )
    return pd.DataFrame(rows)


def corpus(n_articles: int, per_article: int = 3, prefix: str = "art") -> dict[str, list[str]]:
    return {
        f"{prefix}{a:03d}": [
            f"Sentence {i} of article {prefix}{a} says a thing." for i in range(per_article)
        ]
        for a in range(n_articles)
    }


def annotate_all(table: Table, sents: pd.DataFrame, annotators: tuple[str, ...] = (A, B)) -> Table:
    """Every sentence labelled alike by every annotator (claim type by sentence index)."""
    kinds = ("factual", "prediction", "opinion")
    for sid, idx in zip(sents["sentence_id"], sents["index"], strict=True):
        for who in annotators:
            table.add(sid, who, claim_type=kinds[idx % 3])
    return table
