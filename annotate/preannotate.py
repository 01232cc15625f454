"""Cold start: a rule-based pre-annotator for hedging and attribution, before any gold exists.

Rules read a versioned lexicon, ``annotate/data/lexicon-<version>.yaml``, learned from the
public corpora by ``python -m annotate.preannotate build`` (see ``annotate._lexicon``):
hedge cues from CoNLL-2010, attribution cues from PolNeAR's Cue spans, anonymous-source words
from FactAppeal. Output has the shape of :func:`annotate.train.predict` (plus span columns),
so :func:`annotate.train.to_predictions` turns it into Label Studio predictions, and
:func:`score_against_gold` compares it, or a trained model, with gold labels.

Examples
--------
>>> import pandas as pd
>>> from annotate.schema import load_schema
>>> text = "Officials said the plant may have been hit."
>>> df = pd.DataFrame({"sentence_id": ["a-0"], "text": [text]})
>>> out = preannotate(df, load_schema("schemas/news-stance.yaml"))
>>> out.loc[0, ["hedging", "attribution"]].tolist()
['hedged', 'anonymous_source']
>>> [s["text"] for s in out.loc[0, "source"]], [s["text"] for s in out.loc[0, "attribution_cue"]]
(['Officials'], ['said'])
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Any

import pandas as pd
import yaml

from annotate import _lexicon
from annotate._report import field_metrics

__all__ = ["LEXICON_VERSION", "load_lexicon", "preannotate", "score_against_gold"]

LEXICON_VERSION = "1.0.0"
# Fixed scores: rules have no probabilities; a hit is more reliable than a miss.
HIT_SCORE, MISS_SCORE = 0.7, 0.55
# Labels the rules can give, by field name, for the schemas that have these fields.
_POSITIVE = {"hedging": ("hedged", "uncertain"), "has_attribution": ("yes",)}
_NEGATIVE = {"hedging": ("not_hedged", "certain"), "has_attribution": ("no",)}
_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
_SOURCE = re.compile(r"((?:[A-Z][\w.'-]*|the|a|an|of|\s)+?)\s*$")


@lru_cache(maxsize=4)
def load_lexicon(version: str = LEXICON_VERSION) -> dict[str, Any]:
    """The lexicon of a version, compiled: longest cues first so "according to" beats "to"."""
    raw = yaml.safe_load(_lexicon.lexicon_path(version).read_text(encoding="utf-8"))

    def pattern(cues: list[dict[str, Any]]) -> re.Pattern[str]:
        phrases = sorted((c["cue"] for c in cues), key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)

    return {
        "version": raw["version"],
        "hedge": pattern(raw["hedge_cues"]),
        "attribution": pattern(raw["attribution_cues"]),
        "anonymous": {w["word"] for w in raw["anonymous_source_words"]},
    }


def _span(text: str, start: int, end: int, label: str) -> dict[str, Any]:
    return {"start": start, "end": end, "label": label, "text": text[start:end]}


def _source(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The source next to a cue: "according to X" looks right, "X said" looks left."""
    if cue.group(0).lower().startswith("according"):
        after = re.match(
            r"\s*((?:[\w.'-]+\s?){1,4}?)(?=[,.;]|$|\s(?:said|says))", text[cue.end() :]
        )
        if after and after.group(1).strip():
            start = cue.end() + after.start(1)
            return start, start + len(after.group(1).rstrip())
        return None
    before = text[: cue.start()]
    words = re.search(r"((?:[\w.'-]+\s+){1,4})$", before)
    if not words:
        return None
    chunk = words.group(1)
    # Keep the trailing run of capitalised words, a pronoun, or "the/some <noun>s".
    m = re.search(
        r"((?:[A-Z][\w.'-]*\s+)+|(?:\b(?:the|some|several|two|three)\s+)?[a-z]+\s+)$", chunk
    )
    if not m:
        return None
    start = len(before) - len(chunk) + m.start()
    return start, start + len(m.group(0).rstrip())


def _attribution(text: str, lex: dict[str, Any]) -> tuple[str, list, list]:
    cues, sources = [], []
    for m in lex["attribution"].finditer(text):
        cues.append(_span(text, m.start(), m.end(), "attribution_cue"))
        found = _source(text, m)
        if found:
            sources.append(_span(text, *found, "source"))
    if not cues:
        return "unattributed", [], []
    words = {w.lower() for s in sources for w in re.findall(r"\w+", s["text"])}
    named = any(
        re.search(r"\b[A-Z]", s["text"][1:]) or s["text"].lower() in _PRONOUNS for s in sources
    ) or any(s["text"][:1].isupper() and s["start"] > 0 for s in sources)
    if (words & lex["anonymous"]) or "reportedly" in text.lower() or not sources:
        label = "anonymous_source" if not named or words & lex["anonymous"] else "named_source"
    else:
        label = "named_source"
    return label, sources, cues


def preannotate(
    sentences: pd.DataFrame, schema: Any, *, version: str = LEXICON_VERSION
) -> pd.DataFrame:
    """Rule-based predictions for the hedging and attribution fields a schema has.

    Parameters
    ----------
    sentences : pandas.DataFrame
        Needs ``sentence_id`` and ``text``.
    schema : Schema
        Fields used when present: ``hedging`` + ``hedge_cue``, ``attribution`` (or
        ``has_attribution``) + ``source`` + ``attribution_cue``.
    version : str
        Lexicon version; ``model_version`` is ``lexicon-<version>``.

    Returns
    -------
    pandas.DataFrame
        ``sentence_id``, per choice field ``<field>`` and ``<field>_score``, per spans field a
        list of ``{start, end, label, text}``, ``uncertainty`` (``1 - score`` of the least sure
        field) and ``model_version``.
    """
    lex = load_lexicon(version)
    names = {f.name: f for f in schema.fields}
    rows = []
    for sid, text in zip(sentences["sentence_id"], sentences["text"].fillna(""), strict=True):
        row: dict[str, Any] = {"sentence_id": sid}
        hedges = [_span(text, m.start(), m.end(), "hedge_cue") for m in lex["hedge"].finditer(text)]
        label, sources, cues = _attribution(text, lex)
        scores = []
        for name, hit in (("hedging", bool(hedges)), ("has_attribution", bool(cues))):
            if name in names:
                values = names[name].values
                pick = _POSITIVE[name] if hit else _NEGATIVE[name]
                row[name] = next((v for v in pick if v in values), values[0])
                row[f"{name}_score"] = HIT_SCORE if hit else MISS_SCORE
                scores.append(row[f"{name}_score"])
        if "attribution" in names:
            row["attribution"] = label
            row["attribution_score"] = HIT_SCORE if cues else MISS_SCORE
            scores.append(row["attribution_score"])
        for name, spans in (("hedge_cue", hedges), ("source", sources), ("attribution_cue", cues)):
            if name in names and names[name].kind == "spans":
                allowed = names[name].values
                row[name] = [s | {"label": allowed[0]} for s in spans] if allowed else []
        row["uncertainty"] = round(1 - min(scores), 4) if scores else 1.0
        row["model_version"] = f"lexicon-{lex['version']}"
        rows.append(row)
    return pd.DataFrame(rows)


def score_against_gold(
    predictions: pd.DataFrame, gold: pd.DataFrame, fields: list[str]
) -> pd.DataFrame:
    """Precision and coverage of predictions against gold, one row per field.

    ``precision`` is the share of sentences predicted as not the field's default (hedged,
    attributed) that gold agrees with; ``coverage`` the share of gold non-default sentences
    found (recall). Run it on the pre-annotator and on :func:`annotate.train.predict` output
    for the same gold: once the model's macro-F1 passes the rules', switch to the model.
    """
    joined = gold.merge(predictions, on="sentence_id", suffixes=("_gold", ""))
    rows = []
    for name in fields:
        g, p = joined[f"{name}_gold"].astype(str), joined[name].astype(str)
        default = next(
            (
                v
                for v in (*_NEGATIVE.get(name, ()), "unattributed", "none", "OBJ")
                if (g == v).any()
            ),
            g.mode().iat[0],
        )
        flagged, positive = p != default, g != default
        rows.append(
            {
                "field": name,
                "model_version": joined["model_version"].iat[0] if len(joined) else "",
                "n": len(joined),
                "precision": round(float((positive & flagged).sum() / max(flagged.sum(), 1)), 4),
                "coverage": round(float((positive & flagged).sum() / max(positive.sum(), 1)), 4),
                "macro_f1": field_metrics(g, p, sorted(set(g)))["macro_f1"],
            }
        )
    return pd.DataFrame(rows)


def _build(version: str) -> None:
    path = _lexicon.lexicon_path(version)
    header = (
        "# Generated by `python -m annotate.preannotate build`; do not edit by hand.\n"
        "# Regenerate with a new version instead, so predictions stay traceable.\n"
    )
    body = yaml.safe_dump(_lexicon.build(version), sort_keys=False, allow_unicode=True, width=100)
    path.write_text(header + body, encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":  # python -m annotate.preannotate build [VERSION]
    if sys.argv[1:2] != ["build"]:
        sys.exit("usage: python -m annotate.preannotate build [VERSION]")
    _build(sys.argv[2] if len(sys.argv) > 2 else LEXICON_VERSION)
