"""Cold start: a rule-based pre-annotator for hedging and attribution, before any gold exists.

Rules read a versioned lexicon, ``annotate/data/lexicon-<version>.yaml``, learned from the
public corpora by ``python -m annotate.model._rules build`` (see ``annotate.model._lexicon``):
hedge cues from CoNLL-2010, attribution cues from PolNeAR's Cue spans, anonymous-source words
from FactAppeal. Output has the shape of :func:`annotate.model._predict.predict` (plus span
columns), so :func:`annotate.studio.to_predictions` turns it into Label Studio predictions, and
:func:`score_against_gold` compares it, or a trained model, with gold labels.

Examples
--------
>>> import pandas as pd
>>> from annotate.schema._schema import load_schema
>>> text = "Officials said the plant may have been hit."
>>> df = pd.DataFrame({"sentence_id": ["a-0"], "text": [text]})
>>> out = preannotate(df, load_schema("schemas/news-stance.yaml"))
>>> out.loc[0, ["hedging", "attribution"]].tolist()
['hedged', 'anonymous_source']
>>> [s["text"] for s in out.loc[0, "source"]], [s["text"] for s in out.loc[0, "attribution_cue"]]
(['Officials'], ['said'])
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from annotate._files import check_output, read_parquet, write_parquet, write_text
from annotate.errors import InputError
from annotate.model import _lexicon, _rule_records
from annotate.model._report import field_metrics
from annotate.schema._schema import DEFAULT_SCHEMA, load_schema

__all__ = [
    "LEXICON_VERSION",
    "NEGATIVE_LABELS",
    "POSITIVE_LABELS",
    "PREDICTED_FIELDS",
    "RULE_FEATURES",
    "load_lexicon",
    "preannotate",
    "rule_features",
    "score_against_gold",
]

LEXICON_VERSION = "1.1.0"
# Fixed scores: rules have no probabilities; a hit is more reliable than a miss.
HIT_SCORE, MISS_SCORE = 0.7, 0.55
# A reporting verb this often a PolNeAR cue counts on its own; a weaker one ("called",
# "denied", "see") counts only with a person, name or institution as its subject.
STRONG_CUE = 0.6
# Labels the rules can give, by field name, for the schemas that have these fields.
POSITIVE_LABELS = {"hedging": ("hedged", "uncertain"), "has_attribution": ("yes",)}
NEGATIVE_LABELS = {"hedging": ("not_hedged", "certain"), "has_attribution": ("no",)}
# FactAppeal's ``source`` choice field, for corpora that ask named/unnamed/none.
_SOURCE_CHOICE = {"unattributed": "none", "named_source": "named", "anonymous_source": "unnamed"}
# The choice fields preannotate predicts when a schema has them.
PREDICTED_FIELDS = frozenset({*POSITIVE_LABELS, "attribution", "source"})
#: The spans field the rules' hedge cues fill (news-stance, and CoNLL-2010's schema from 1.1.0).
HEDGE_CUE_FIELD = "hedge_cue"
_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
_FIRST_PERSON = {"i", "we", "you", "it"}
_NUMBER = (
    r"(?:[$£€]?\d|a (?:third|quarter|half|dozen)|dozens|hundreds|thousands|millions|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b)"
)
_BE = r"(?:is|are|was|were|be|been|being|'s|’s)"
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
# Where a source noun phrase to the left of a cue begins.
_LEFT_BOUNDARY = re.compile(r"[,;:“”\"()—–]|\s(?:that|but|while|because|as|and said)\s")
# Words at the end of a subject that are not part of the source ("The US *previously*").
_TRAILING = {
    "also", "now", "later", "then", "again", "still", "never", "not", "have", "has", "had",
    "did", "does", "do", "already", "once", "both", "all", "just", "on", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
}  # fmt: skip
# Before a verb form, these make it a noun or an infinitive, not a reporting verb.
_NOT_BEFORE_CUE = {
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "to", "of", "for", "over", "in", "on", "with", "by", "from", "against",
    "about", "under", "into", "at", "who", "which", "must", "should", "will", "would", "can",
    "could", "may", "might", "shall", "no", "any", "some", "is", "are", "was", "were", "be",
    "been", "being",
}  # fmt: skip
_ANONYMOUS_PHRASES = (
    "not to be named", "not be named", "anonymity", "familiar with", "not authorized",
    "not authorised", "declined to be named", "speaking on condition",
)  # fmt: skip
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ern|an|i)$")
_OUTLET = re.compile(
    r"\s+(?:(?:the\s+)?[A-Z][\w&-]*(?:\.\w+)*(?:\s+[A-Z][\w&-]*(?:\.\w+)*)*|reporters|journalists)"
)


Lexicon = str | dict[str, Any]


@lru_cache(maxsize=4)
def load_lexicon(version: str = LEXICON_VERSION) -> dict[str, Any]:
    """The lexicon of a version, compiled for the rules (formats 1 and 2 both load).

    Examples
    --------
    >>> load_lexicon("1.1.0")["version"], load_lexicon("1.0.0")["version"]
    ('1.1.0', '1.0.0')
    """
    path = _lexicon.lexicon_path(version)
    if not path.is_file():
        known = sorted(p.stem.removeprefix("lexicon-") for p in path.parent.glob("lexicon-*.yaml"))
        raise FileNotFoundError(
            f"no lexicon version {version!r}; available: {', '.join(known)} "
            f"(build one with `python -m annotate.model._rules build {version}`)"
        )
    return compile_lexicon(yaml.safe_load(path.read_text(encoding="utf-8")))


def lexicon_of(lexicon: Lexicon | None) -> dict[str, Any]:
    """The compiled lexicon of a version (None: :data:`LEXICON_VERSION`), or of a lexicon as
    :func:`annotate.model._lexicon.build` returns it (learned from chosen corpora)."""
    if lexicon is None or isinstance(lexicon, str):
        return load_lexicon(lexicon or LEXICON_VERSION)
    # Compiling is a few regular expressions; a model applies one lexicon to many batches.
    return _compiled(json.dumps(lexicon, sort_keys=True))


@lru_cache(maxsize=8)
def _compiled(raw_json: str) -> dict[str, Any]:
    return compile_lexicon(json.loads(raw_json))


def compile_lexicon(raw: dict[str, Any]) -> dict[str, Any]:
    """A lexicon as its YAML holds it (format 1 or 2), compiled for the rules."""
    if raw.get("format", 1) == 1:
        raw = _upgrade(raw)
    by_kind: dict[str, list[str]] = {}
    for cue in raw["hedge_cues"]:
        by_kind.setdefault(cue["kind"], []).append(cue["cue"])
    hedge = [
        _alternation(by_kind.get("word", []), re.IGNORECASE),
        _alternation(by_kind.get("modal", []), 0, after=r"(?!\s*\d)"),
        _alternation(by_kind.get("approximator", []), re.IGNORECASE, after=rf"(?=\s+{_NUMBER})"),
        _alternation(
            by_kind.get("passive", []),
            re.IGNORECASE,
            before=rf"{_BE}\s+(?:(?:widely|generally|also|now|still|not)\s+)?",
        ),
    ]
    forms = {
        form: (cue["lemma"], cue["precision"])
        for cue in raw["attribution_cues"]
        for form in cue["forms"]
    }
    return {
        "version": raw["version"],
        "hedge": [p for p in hedge if p is not None],
        "verbs": forms,
        "phrases": _alternation([c["cue"] for c in raw["attribution_phrases"]], re.IGNORECASE),
        "anonymous": {w["word"] for w in raw["anonymous_source_words"]},
        "institutions": set(raw["institution_words"]),
    }


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """A format-1 lexicon (1.0.0) in format 2's shape: its cues match anywhere, as before."""
    single = [c for c in raw["attribution_cues"] if " " not in c["cue"]]
    return raw | {
        "hedge_cues": [{"cue": c["cue"], "kind": "word"} for c in raw["hedge_cues"]],
        "attribution_cues": [
            {"lemma": c["cue"], "forms": [c["cue"]], "precision": 1.0} for c in single
        ],
        "attribution_phrases": [c for c in raw["attribution_cues"] if " " in c["cue"]],
        "institution_words": [],
    }


def _alternation(
    phrases: list[str], flags: int, *, before: str = "", after: str = ""
) -> re.Pattern[str] | None:
    if not phrases:
        return None
    body = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"\b{before}(?:{body})\b{after}", flags)


def _span(text: str, start: int, end: int, label: str) -> dict[str, Any]:
    return {"start": start, "end": end, "label": label, "text": text[start:end]}


def _hedges(text: str, lex: dict[str, Any]) -> list[dict[str, Any]]:
    """Every hedge cue, shortest span, left to right; overlaps keep the longer match."""
    found: list[tuple[int, int]] = []
    for pattern in lex["hedge"]:
        found += [(m.start(), m.end()) for m in pattern.finditer(text)]
    found.sort(key=lambda se: (se[0], -se[1]))
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return [_span(text, s, e, "hedge_cue") for s, e in out]


def hedge_offsets(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every hedge cue the rules find in ``text`` (see :func:`_hedges`)."""
    return [(h["start"], h["end"]) for h in _hedges(text, lexicon_of(lexicon))]


def _is_named(source: str, at_start: bool, lex: dict[str, Any]) -> bool:
    """Named when the source's head is a name, or an institution with a name or country."""
    low = source.lower()
    if low == "reportedly" or any(p in low for p in _ANONYMOUS_PHRASES):
        return False
    # The core noun phrase, before an appositive or a post-modifier ("X, a Y at Z").
    core = re.split(r",|\s(?:who|which|at|of|from|with|in|for)\s", source)[0]
    words = _WORD.findall(core)
    if not words:
        return False
    head = re.sub(r"[’']s$", "", words[-1])
    common = lex["anonymous"] | lex["institutions"] | _PRONOUNS | {"the", "a", "an", "one"}
    stems = {w.rstrip("s") for w in common}

    def proper(i: int, word: str) -> bool:
        if not word[:1].isupper():
            return False
        # Capitalised only because it opens the sentence ("Analysts say").
        return not (i == 0 and at_start and word.lower().rstrip("s") in stems)

    noun = head.lower()
    if noun in _PRONOUNS or noun in lex["anonymous"] or noun.rstrip("s") in lex["anonymous"]:
        return False
    if proper(len(words) - 1, head):
        return True
    if noun in lex["institutions"] or noun.rstrip("s") in lex["institutions"]:
        return any(w[:1].isupper() for w in words[:-1])
    return any(proper(i, w) and not _DEMONYM.search(w) for i, w in enumerate(words[:-1]))


def _left_source(text: str, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before ``end``: "X said", "X, a Y at Z, told"."""
    head = text[:end].rstrip()
    if head.endswith(",") and not head[:-1].rstrip().endswith(("”", '"')):
        end = len(head) - 1  # the comma closes an appositive: "X, a Y at Z, told"
    cuts = [m.end() for m in _LEFT_BOUNDARY.finditer(text, 0, end)]
    start = cuts[-1] if cuts else 0
    chunk = text[start:end]
    words = [(m.start() + start, m.end() + start, m.group(0)) for m in _WORD.finditer(chunk)]
    while words and (words[-1][2].lower() in _TRAILING or words[-1][2].lower().endswith("ly")):
        words.pop()
    if not words or len(words) > 12:
        return None
    s, e = words[0][0], words[-1][1]
    first = words[0][2].lower()
    before = text[:start].rstrip()
    # "An official, who ..., said" and "Jeffrey Lewis, a missile expert at ..., told": the
    # part before the comma belongs to the source.
    if start and before.endswith(","):
        prev = _WORD.findall(text[: len(before) - 1].rsplit(",", 1)[-1])
        names = prev and len(prev) <= 5 and all(w[:1].isupper() for w in prev)
        if first in {"who", "which"} or (first in {"a", "an", "the"} and names):
            prev_start = len(before) - 1 - len(text[: len(before) - 1].rsplit(",", 1)[-1])
            s = prev_start + len(text[prev_start:]) - len(text[prev_start:].lstrip())
    return s, e


def _right_source(text: str, start: int) -> tuple[int, int] | None:
    """The noun phrase right after ``start``: "according to X", "..., said X"."""
    m = re.match(r"\s*((?:[^,.;:()“”\"]|\.(?=\w))+?)\s*(?=[,;:()“”\"]|\.(?:\s|$)|$)", text[start:])
    if not m or not m.group(1) or len(m.group(1).split()) > 10:
        return None
    return start + m.start(1), start + m.end(1)


def _attribution(text: str, lex: dict[str, Any], quotes: bool) -> tuple[str, list, list, list]:
    """The attribution label, source spans, cue spans and cue-to-source pairs of a sentence.

    ``quotes`` applies the news-stance convention for a quotation without its speaker;
    corpora that only mark cues (PolNeAR, FactAppeal) leave it off. Each pair is
    ``((cue start, end), (source start, end) or None)``: the source the rule that found
    the cue took for it, so that records link what the rule saw together.
    """
    cues: list[tuple[int, int]] = []
    sources: list[tuple[int, int]] = []
    pairs: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    taken: set[int] = set()
    phrases = lex["phrases"]
    for m in phrases.finditer(text) if phrases else ():
        if m.group(0).lower() == "according to":
            cues.append((m.start(), m.end()))
            taken.update(range(m.start(), m.end()))
            found = _right_source(text, m.end())
            if found:
                sources.append(found)
            pairs.append((cues[-1], found))
    tokens = list(_WORD.finditer(text))
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        hit = lex["verbs"].get(word.lower())
        if hit is None or tok.start() in taken or word.lower() == "reportedly":
            continue
        if word[:1].isupper() and i > 0:
            continue  # a name ("Hope Hicks"), not a verb
        prev = tokens[i - 1].group(0).lower() if i else ""
        if prev in _NOT_BEFORE_CUE or re.search(r"[’']s$", prev):
            continue
        start, end = tok.start(), tok.end()
        # "have denied": a perfect auxiliary belongs to the cue.
        if prev in {"has", "have", "had"} and text[tokens[i - 1].end() : start].isspace():
            start = tokens[i - 1].start()
        phrase = phrases.match(text, tok.start()) if phrases else None
        if phrase:
            end = max(end, phrase.end())
        if hit[0] == "tell":  # "told Reuters": the outlet is part of the cue, not the source
            outlet = _OUTLET.match(text, end)
            if outlet:
                end = outlet.end() - (len(outlet.group(0)) - len(outlet.group(0).rstrip()))
        src = _left_source(text, start)
        if src is None and re.search(r"[,“”\"]\s*$", text[:start]):
            src = _right_source(text, end)  # "..., said the official."
        if hit[1] < STRONG_CUE and not (src and _looks_like_source(text[src[0] : src[1]], lex)):
            continue
        cues.append((start, end))
        taken.update(range(start, end))
        if src:
            sources.append(src)
        pairs.append(((start, end), src))
    reportedly = [m.span() for m in re.finditer(r"\breportedly\b", text, re.IGNORECASE)]
    if reportedly and not sources:
        # The guidelines: "reportedly" is the only trace of the source, so it is both spans.
        cues += reportedly
        sources += reportedly
        pairs += [(span, span) for span in reportedly]
    if quotes and not cues and re.fullmatch(r"\s*[“\"].*[”\"][.!?]?\s*", text, re.DOTALL):
        # A whole-sentence quotation whose speaker is in another sentence: the guidelines
        # mark the opening quote with its first word.
        first = re.match(r"\s*[“\"]\w+", text)
        if first:
            span = (first.start() + len(first.group(0)) - len(first.group(0).lstrip()), first.end())
            cues.append(span)
            sources.append(span)
            pairs.append((span, span))
    if not cues:
        return "unattributed", [], [], []
    named = any(_is_named(text[s:e], s == 0, lex) for s, e in sources)
    label = "named_source" if named else "anonymous_source"
    return (
        label,
        [_span(text, s, e, "source") for s, e in sorted(set(sources))],
        [_span(text, s, e, "attribution_cue") for s, e in sorted(set(cues))],
        sorted(set(pairs), key=lambda p: p[0]),
    )


def _looks_like_source(source: str, lex: dict[str, Any]) -> bool:
    """Whether a weak cue's subject is someone who could say something.

    A third person, a vague source noun or an institution anywhere in it ("Observers
    abroad"), or a name as its head ("Moscow and Tehran"); not "I"/"we"/"you"/"it", whose
    "know", "feel", "see" are the writer's or speaker's own thinking, not attribution.
    """
    words = _WORD.findall(source)
    if not words:
        return False
    low = {re.sub(r"[’']s$", "", w.lower()) for w in words}
    nouns = (lex["anonymous"] | lex["institutions"] | {"he", "she", "they"}) - _FIRST_PERSON
    head = words[-1]
    return bool(
        low & nouns
        or {w.rstrip("s") for w in low} & nouns
        or (head[:1].isupper() and head.lower() not in _FIRST_PERSON)
    )


# What rule_features gives, one column each, in this order.
RULE_FEATURES = (
    "hedge_cue",
    "hedge_cues_log",
    "attribution_cue",
    "attribution_cues_log",
    "named_source",
    "anonymous_source",
)


def rule_features(texts: Any, version: Lexicon = LEXICON_VERSION) -> np.ndarray:
    """What the rules find in each text, as numbers (columns :data:`RULE_FEATURES`).

    The same cue matching as :func:`preannotate` (hedge cues; reporting verbs and phrases
    with their source, named or not; no quotation convention), for a trained model to weigh
    against its own features: a cue the lexicon knows from other corpora still counts in a
    sentence whose words the training data never saw. ``version``: a lexicon version, or a
    lexicon as :func:`annotate.model._lexicon.build` returns it.

    Examples
    --------
    >>> rule_features(["Officials said the plant may have been hit."]).tolist()
    [[1.0, 0.6931471805599453, 1.0, 0.6931471805599453, 0.0, 1.0]]
    """
    lex = lexicon_of(version)
    rows = []
    for text in texts:
        hedges = _hedges(text, lex)
        label, _sources, cues, _pairs = _attribution(text, lex, quotes=False)
        rows.append(
            (
                bool(hedges),
                np.log1p(len(hedges)),
                bool(cues),
                np.log1p(len(cues)),
                label == "named_source",
                label == "anonymous_source",
            )
        )
    return np.array(rows, dtype=float).reshape(len(rows), len(RULE_FEATURES))


def preannotate(
    sentences: pd.DataFrame | str | Path,
    schema: Any = DEFAULT_SCHEMA,
    *,
    version: Lexicon | None = None,
    output: str | Path | None = None,
) -> pd.DataFrame | Path:
    """Rule-based predictions for the hedging and attribution fields a schema has.

    Parameters
    ----------
    sentences : pandas.DataFrame or path
        Needs ``sentence_id`` and ``text`` (an ingest output or a release split).
    schema : Schema
        Fields used when present: ``hedging`` + ``hedge_cue``, ``attribution`` (or
        ``has_attribution``) + ``source`` + ``attribution_cue``.
    version : str or dict, optional
        Lexicon version (default :data:`LEXICON_VERSION`, the newest), or a lexicon as
        :func:`annotate.model._lexicon.build` returns it (learned from chosen corpora);
        ``model_version`` is ``lexicon-<its version>``.
    output : path, optional
        Write the predictions there as Parquet and return the path instead.

    Returns
    -------
    pandas.DataFrame or pathlib.Path
        ``sentence_id``, per choice field ``<field>`` and ``<field>_score``, per spans field a
        list of ``{start, end, label, text}``, per record type anchored on
        ``attribution_cue`` its records as a pulled ``records`` cell (each cue linked to
        its source and content, :mod:`annotate.model._rule_records`), ``uncertainty``
        (``1 - score`` of the least sure field) and ``model_version``.
    """
    if output is not None:
        given = () if isinstance(sentences, pd.DataFrame) else (sentences,)
        check_output(output, inputs=given, what="predictions")
    if not isinstance(sentences, pd.DataFrame):
        sentences = read_parquet(sentences, "sentence table").to_pandas()
    missing = {"sentence_id", "text"} - set(sentences.columns)
    if missing:
        raise InputError(
            f"sentence table lacks column(s) {', '.join(sorted(missing))}",
            hint="pass the Parquet written by 'annotate ingest' or a release split",
        )
    if not hasattr(schema, "fields"):
        schema = load_schema(schema)
    lex = lexicon_of(version)
    names = {f.name: f for f in schema.fields}
    rows = []
    for sid, text in zip(sentences["sentence_id"], sentences["text"].fillna(""), strict=True):
        row: dict[str, Any] = {"sentence_id": sid}
        hedges = _hedges(text, lex)
        label, sources, cues, pairs = _attribution(text, lex, quotes="attribution" in names)
        scores = []
        for name, hit in (("hedging", bool(hedges)), ("has_attribution", bool(cues))):
            if name in names:
                values = names[name].values
                pick = POSITIVE_LABELS[name] if hit else NEGATIVE_LABELS[name]
                row[name] = next((v for v in pick if v in values), values[0])
                row[f"{name}_score"] = HIT_SCORE if hit else MISS_SCORE
                scores.append(row[f"{name}_score"])
        if "attribution" in names:
            row["attribution"] = label
            row["attribution_score"] = HIT_SCORE if cues else MISS_SCORE
            scores.append(row["attribution_score"])
        if "source" in names and names["source"].kind == "choice":
            row["source"] = _SOURCE_CHOICE[label]
            row["source_score"] = HIT_SCORE if cues else MISS_SCORE
            scores.append(row["source_score"])
        for name, spans in (
            (HEDGE_CUE_FIELD, hedges),
            ("source", sources),
            ("attribution_cue", cues),
        ):
            if name in names and names[name].kind == "spans":
                allowed = names[name].values
                row[name] = [s | {"label": allowed[0]} for s in spans] if allowed else []
        # Each cue with the source its rule took and the content around them, as records
        # (and the cue and content spans they link), for a schema that links them.
        row |= _rule_records.propose(text, pairs, schema)
        row["uncertainty"] = round(1 - min(scores), 4) if scores else 1.0
        row["model_version"] = f"lexicon-{lex['version']}"
        rows.append(row)
    frame = pd.DataFrame(rows)
    return frame if output is None else write_parquet(output, frame)


def score_against_gold(
    predictions: pd.DataFrame,
    gold: pd.DataFrame,
    fields: list[str],
    labels: dict[str, list[str]] | None = None,
) -> pd.DataFrame:
    """Precision and coverage of predictions against gold, one row per field.

    ``precision`` is the share of sentences predicted as not the field's default (hedged,
    attributed) that gold agrees with; ``coverage`` the share of gold non-default sentences
    found (recall). ``labels`` gives each field's full label list (default: the labels seen
    in gold and predictions). Run it on the pre-annotator and on
    :func:`annotate.model._predict.predict` output for the same gold: once the model's macro-F1
    passes the rules', switch to the model.
    """
    joined = gold.merge(predictions, on="sentence_id", suffixes=("_gold", ""))
    rows = []
    for name in fields:
        g, p = joined[f"{name}_gold"].astype(str), joined[name].astype(str)
        default = next(
            (
                v
                for v in (*NEGATIVE_LABELS.get(name, ()), "unattributed", "none", "OBJ")
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
                # None when nothing is flagged (or nothing is positive): 0/0 is no score.
                "precision": _share(positive & flagged, flagged),
                "coverage": _share(positive & flagged, positive),
                "macro_f1": field_metrics(
                    g, p, (labels or {}).get(name) or sorted(set(g) | set(p))
                )["macro_f1"],
            }
        )
    return pd.DataFrame(rows)


def _share(hits: pd.Series, of: pd.Series) -> float | None:
    total = int(of.sum())
    return round(float(hits.sum() / total), 4) if total else None


def _build(version: str) -> None:
    path = _lexicon.lexicon_path(version)
    header = (
        "# Generated by `python -m annotate.model._rules build`; do not edit by hand.\n"
        "# Regenerate with a new version instead, so predictions stay traceable.\n"
    )
    body = yaml.safe_dump(_lexicon.build(version), sort_keys=False, allow_unicode=True, width=100)
    write_text(path, header + body)
    print(f"wrote {path}")


if __name__ == "__main__":  # python -m annotate.model._rules build [VERSION]
    if sys.argv[1:2] != ["build"]:
        sys.exit("usage: python -m annotate.model._rules build [VERSION]")
    _build(sys.argv[2] if len(sys.argv) > 2 else LEXICON_VERSION)
