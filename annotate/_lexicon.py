"""Learning the pre-annotator's cue lexicon from the public corpora (training splits only).

- Hedge cues: word 1-2 grams of CoNLL-2010 training sentences (Wikipedia and biological)
  that occur mostly in ``uncertain`` sentences (smoothed precision and a minimum count).
- Attribution cues: the text of PolNeAR ``Cue`` spans (train split), kept when the phrase is
  a cue in at least a third of its occurrences in the articles, so "said" stays and "is" goes.
- Anonymous-source words: words of FactAppeal ``Source:Unnamed`` spans (train split) that are
  rare in named sources ("officials", "sources", "analysts").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path
from typing import Any

from annotate import corpora

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Function words that co-occur with hedges in CoNLL but do not hedge on their own.
_STOP = frozenset(
    re.findall(
        r"\w+",
        "the a an of and to in is was be it that this for on as with by at from are were "
        "has have had "
        "which its their his her or not but been also than these those there other such into can "
        "one two he she they we you i",
    )
)


def _grams(text: str) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def hedge_cues(min_count: int = 8, min_precision: float = 0.6) -> list[dict[str, Any]]:
    """Hedge cues from CoNLL-2010 training sentences, with counts and precision."""
    pos: Counter[str] = Counter()
    total: Counter[str] = Counter()
    per_subset = []
    for subset in ("wikipedia", "biological"):
        sub_pos: Counter[str] = Counter()
        sub_total: Counter[str] = Counter()
        train = corpora.load_corpus("conll2010", subset=subset).split("train")
        for text, label in zip(train["text"], train["hedging"], strict=True):
            grams = _grams(text)
            sub_total.update(grams)
            if label == "uncertain":
                sub_pos.update(grams)
        pos.update(sub_pos)
        total.update(sub_total)
        per_subset.append((sub_pos, sub_total))
    out = []
    for gram, n in pos.items():
        precision = (n + 1) / (total[gram] + 2)
        words = gram.split()
        if n < min_count or precision < min_precision or all(w in _STOP for w in words):
            continue
        # Topic words of one domain ("data" in biology) are neutral in the other: a cue must
        # lean uncertain in every subset where it is frequent.
        if any(t[gram] >= 5 and (p[gram] + 1) / (t[gram] + 2) < 0.35 for p, t in per_subset):
            continue
        # A bigram is kept only when it sharpens a word that leans uncertain on its own
        # ("is likely", "appear to"), never for two neutral words ("these results").
        word_precision = [(pos[w] + 1) / (total[w] + 2) for w in words]
        if len(words) == 2 and (max(word_precision) >= precision or max(word_precision) < 0.4):
            continue
        out.append({"cue": gram, "count": n, "precision": round(precision, 3)})
    return sorted(out, key=lambda c: (-c["count"], c["cue"]))


def attribution_cues(min_count: int = 5, min_precision: float = 0.34) -> list[dict[str, Any]]:
    """Attribution cue phrases from PolNeAR's training articles, with counts and precision."""
    root = corpora.shared_data_dir() / "polnear" / "data" / "train"
    as_cue: Counter[str] = Counter()
    seen: Counter[str] = Counter()  # every 1-3 gram of the articles, cue or not
    for ann in sorted((root / "attributions").glob("*.ann")):
        txt = root / "text" / f"{ann.stem.rsplit('_', 1)[0]}.txt"
        if not txt.is_file():
            continue
        with txt.open(encoding="utf-8", newline="") as fh:
            article = fh.read()
        words = WORD.findall(article.lower())
        for k in (1, 2, 3):
            seen.update(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))
        for start, end, kind in corpora.read_brat(ann):
            phrase = " ".join(WORD.findall(article[start:end].lower()))
            if kind == "Cue" and 0 < len(phrase.split()) <= 3:
                as_cue[phrase] += 1
    out = []
    for phrase, n in as_cue.items():
        if n < min_count or all(w in _STOP for w in phrase.split()):
            continue
        precision = n / max(seen[phrase], n)
        if precision >= min_precision:
            out.append({"cue": phrase, "count": n, "precision": round(precision, 3)})
    return sorted(out, key=lambda c: (-c["count"], c["cue"]))


def anonymous_source_words(min_count: int = 3) -> list[dict[str, Any]]:
    """Words of unnamed FactAppeal sources that are at least 4x likelier there than in named."""
    train = corpora.load_corpus("factappeal").split("train")
    unnamed: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for spans in train["source_span"]:
        for s in spans:
            words = {w.lower() for w in WORD.findall(s["text"])} - _STOP
            (unnamed if s["label"] == "unnamed" else named).update(words)
    out = [
        {"word": w, "count": n}
        for w, n in unnamed.items()
        if n >= min_count and n >= 4 * named[w] and w not in _STOP
    ]
    return sorted(out, key=lambda c: (-c["count"], c["word"]))


def build(version: str) -> dict[str, Any]:
    """The whole lexicon, ready to dump as YAML."""
    return {
        "version": version,
        "generated_by": "python -m annotate.preannotate build",
        "sources": {
            "hedge_cues": "CoNLL-2010 task 1 train (wikipedia + biological), sentence labels",
            "attribution_cues": "PolNeAR train, Cue span text",
            "anonymous_source_words": "FactAppeal train, Source:Unnamed span text",
        },
        "hedge_cues": hedge_cues(),
        "attribution_cues": attribution_cues(),
        "anonymous_source_words": anonymous_source_words(),
    }


def lexicon_path(version: str) -> Path:
    return Path(__file__).resolve().parent / "data" / f"lexicon-{version}.yaml"
