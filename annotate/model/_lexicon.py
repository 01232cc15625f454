"""Learning the pre-annotator's cue lexicon from the public corpora (training splits only).

Format 2 (lexicon 1.1.0 and later):

- ``hedge_cues``: a curated seed list from the hedging literature (Hyland 1998, *Hedging in
  Scientific Research Articles*; the CoNLL-2010 annotation guidelines' cue classes), each
  with a ``kind`` saying where it counts (``modal``: lower-case modal auxiliaries;
  ``approximator``: only before a number; ``passive``: after a form of *be*, which is part of
  the span; ``word``: anywhere), plus word 1-2 grams learned from CoNLL-2010 training
  sentences that clear a precision and frequency bar. Learned cues are cut to the shortest
  span and filtered: quantifiers (``some of``, ``many of``), bigrams with a topic word
  (``cells may``) and peacock terms of Wikipedia are not hedges in news.
- ``attribution_cues``: reporting verbs from PolNeAR's ``Cue`` spans (train), grouped by a
  lemma from simple suffix rules, with their inflected forms, frequency and precision (how
  often a form is a cue where it occurs); ``attribution_phrases``: multi-word cues
  (``according to``, ``expressed concern``, ``called for``).
- ``anonymous_source_words``: heads of unnamed sources, learned from FactAppeal
  ``Source:Unnamed`` spans (train) plus a seed list; ``institution_words``: heads that make a
  named source when a name or country modifies them (``Iran's foreign ministry``).

Format 1 (lexicon 1.0.0) is still read by :func:`annotate.model._rules.load_lexicon`.

Every learner takes the corpora it may learn from (:data:`CORPORA` by default, what the
shipped lexicons were built from): a lexicon learned without a corpus is the fair rules
baseline on that corpus's text, which the shipped one has seen (``benchmarks/classifier.py
--cross``). A learner whose corpus is left out learns nothing; the seed lists stay.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotate._files import package_data
from annotate.corpus import _public as public
from annotate.errors import InputError

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# The corpora a lexicon learns from: CoNLL-2010's two subsets (hedge cues), PolNeAR
# (reporting verbs and phrases), FactAppeal (words of unnamed sources); training splits only.
CORPORA = ("conll2010-wikipedia", "conll2010-biological", "polnear", "factappeal")


def _words(text: str) -> list[str]:
    """Word lists below are written as text, one space between words."""
    return text.split()


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

# Hedge cues from the literature: (cue, kind, reference). Kinds are explained above.
_HYLAND = "Hyland 1998"
_CONLL = "CoNLL-2010 guidelines"
SEED_HEDGES: tuple[tuple[str, str, str], ...] = (
    *((w, "modal", _CONLL) for w in ("could", "may", "might", "would")),
    *(
        (w, "word", _HYLAND)
        for w in _words(
            "reportedly allegedly possibly potentially likely unlikely apparently probably "
            "perhaps presumably supposedly purportedly seemingly arguably alleged suspected "
            "suggest suggests suggested suggesting seem seems seemed indicate indicates "
            "indicated possible possibility unclear uncertain"
        )
    ),
    # "appeared in court" is not a hedge; "appeared to" is.
    *((f"{w} to", "word", _HYLAND) for w in ("appear", "appears", "appeared")),
    ("has the potential to", "word", _HYLAND),
    ("have the potential to", "word", _HYLAND),
    ("had the potential to", "word", _HYLAND),
    *(
        (w, "approximator", _HYLAND)
        for w in ("about", "around", "roughly", "nearly", "approximately", "almost", "some")
    ),
    ("an estimated", "approximator", _HYLAND),
    *((w, "passive", _CONLL) for w in ("expected", "estimated", "believed", "thought")),
)
# Learned n-grams that lean uncertain in CoNLL but do not hedge a news claim: quantifiers
# (the guidelines' "Some of the missiles"), peacock and weasel terms of Wikipedia, and
# reporting verbs, which belong to attribution.
_NOT_HEDGES = frozenset(
    _words(
        "some many others most several people critics scholars fans finest argue argued propose "
        "claim claimed"
    )
)
SEED_ANONYMOUS = _words(
    "official officials analyst analysts observer observers source sources diplomat diplomats "
    "expert experts critics critic witnesses witness residents researchers scientists "
    "investigators insiders spokesman spokeswoman spokesperson aide aides people person "
    "someone reports report he she they it we i you"
)
INSTITUTIONS = _words(
    "ministry government department agency office council court police military army "
    "committee commission parliament congress senate house kremlin pentagon administration "
    "embassy bank company firm university institute newspaper network union party campaign "
    "foundation organization organisation association authority authorities service "
    "services cabinet presidency command forces navy"
)
# Irregular past forms of reporting verbs; everything else goes through suffix rules.
_IRREGULAR = {
    "said": "say", "told": "tell", "wrote": "write", "thought": "think", "saw": "see",
    "seen": "see", "knew": "know", "known": "know", "sought": "seek", "spoke": "speak",
    "made": "make", "felt": "feel", "heard": "hear", "meant": "mean", "read": "read",
    "put": "put", "taught": "teach", "gave": "give", "given": "give", "took": "take",
}  # fmt: skip
# First words of PolNeAR cues that are not reporting verbs: modals, negations, adverbs.
_NOT_VERBS = frozenset(
    _words(
        "could may might will would must can should don doesn didn don't doesn't didn't both still "
        "even first never long always about against often"
    )
)
# Words after a reporting verb that PolNeAR includes in some Cue spans but that do not
# attribute anything themselves ("said Tuesday", "talked about", "wrote back").
_NOT_CUE_TAIL = frozenset(
    _words(
        "about against monday tuesday wednesday thursday friday saturday sunday then repeatedly "
        "times several back well along after like to"
    )
)
# Auxiliaries and adverbs stripped from the edges of a PolNeAR cue before lemmatising.
_AUX = frozenset(
    _words(
        "has have had is are was were will would also later now previously then just "
        "repeatedly once again already recently been not did does do 's s"
    )
)


def _grams(text: str) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def _checked(corpora: Sequence[str]) -> frozenset[str]:
    unknown = sorted(set(corpora) - set(CORPORA))
    if unknown:
        raise InputError(
            f"no lexicon corpus {', '.join(map(repr, unknown))}",
            hint=f"learn from some of: {', '.join(CORPORA)}",
        )
    return frozenset(corpora)


def _conll_counts(
    corpora: Sequence[str] = CORPORA,
) -> tuple[Counter[str], Counter[str], list[tuple[Counter[str], Counter[str]]]]:
    pos: Counter[str] = Counter()
    total: Counter[str] = Counter()
    per_subset = []
    chosen = _checked(corpora)
    for subset in ("wikipedia", "biological"):
        if f"conll2010-{subset}" not in chosen:
            continue
        sub_pos: Counter[str] = Counter()
        sub_total: Counter[str] = Counter()
        train = public.load_corpus("conll2010", subset=subset).split("train")
        for text, label in zip(train["text"], train["hedging"], strict=True):
            grams = _grams(text)
            sub_total.update(grams)
            if label == "uncertain":
                sub_pos.update(grams)
        pos.update(sub_pos)
        total.update(sub_total)
        per_subset.append((sub_pos, sub_total))
    return pos, total, per_subset


def hedge_cues(
    min_count: int = 8, min_precision: float = 0.6, corpora: Sequence[str] = CORPORA
) -> list[dict[str, Any]]:
    """Format-1 hedge cues (lexicon 1.0.0): CoNLL-2010 n-grams by smoothed precision."""
    pos, total, per_subset = _conll_counts(corpora)
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


def hedge_cues_v2(
    min_count: int = 15, min_precision: float = 0.8, corpora: Sequence[str] = CORPORA
) -> list[dict[str, Any]]:
    """Seed hedges plus cues learned from the CoNLL-2010 subsets among ``corpora``, cut to the
    shortest span."""
    pos, total, per_subset = _conll_counts(corpora)

    def prec(gram: str) -> float:
        return (pos[gram] + 1) / (total[gram] + 2)

    out = [
        {"cue": cue, "kind": kind, "origin": f"seed: {ref}"}
        | {"count": pos[cue], "precision": round(prec(cue), 3)}
        for cue, kind, ref in SEED_HEDGES
    ]
    seeds = {cue for cue, _, _ in SEED_HEDGES}
    learned: dict[str, dict[str, Any]] = {}
    for gram, n in pos.items():
        words = gram.split()
        if n < min_count or prec(gram) < min_precision or all(w in _STOP for w in words):
            continue
        if set(words) & _NOT_HEDGES or set(words) & seeds:
            continue
        if any(t[gram] >= 5 and (p[gram] + 1) / (t[gram] + 2) < 0.35 for p, t in per_subset):
            continue
        # Shortest span: a bigram stands for its content word ("hypothesis that" ->
        # "hypothesis"), which must clear the bar alone; so a topic word sinks it ("cells
        # may", "play an") and two content words never make a cue.
        core = [w for w in words if w not in _STOP]
        if len(core) != 1 or prec(core[0]) < min_precision or pos[core[0]] < min_count:
            continue
        cue = core[0]
        if cue in seeds or cue in learned or cue in _NOT_HEDGES:
            continue
        learned[cue] = {"cue": cue, "kind": "word", "origin": "learned: CoNLL-2010 train"} | {
            "count": pos[cue],
            "precision": round(prec(cue), 3),
        }
    out += learned.values()
    return sorted(out, key=lambda c: (c["origin"], -c["count"], c["cue"]))


def lemma(word: str, seen: Counter[str] | None = None) -> str:
    """A reporting verb's lemma by suffix rules: "denied" -> "deny", "argues" -> "argue".

    Where the rules give several candidates ("hoped": hop or hope), one that occurs as a word
    in ``seen`` wins, then the one whose other inflections ("hopes") occur most often.
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, repl in (("ied", "y"), ("ies", "y")):
        if w.endswith(suffix):
            return w[: -len(suffix)] + repl
    candidates = [w]
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and not w.endswith("ss"):
            stem = w[: -len(suffix)]
            candidates = [stem, stem + "e"]
            if stem[-1] == stem[-2]:
                candidates.append(stem[:-1])  # "admitted" -> "admit"
            break
    if seen is None or len(candidates) == 1:
        return candidates[0]
    return max(
        candidates, key=lambda c: (seen[c] > 0, sum(seen[f] for f in _forms(c) - {c}), len(c))
    )


def _forms(base: str) -> set[str]:
    """Regular inflections of a lemma; irregular ones come from the corpus."""
    if base.endswith("ee"):
        past, ing = base + "d", base + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    plural_es = base.endswith(("s", "sh", "ch", "x"))
    third = base[:-1] + "ies" if past.endswith("ied") else base + ("es" if plural_es else "s")
    irregular = {form for form, lem in _IRREGULAR.items() if lem == base}
    return {base, third, ing} | (irregular or {past})


def _polnear_train(
    corpora: Sequence[str] = CORPORA,
) -> list[tuple[str, list[tuple[int, int, str]]]]:
    if "polnear" not in _checked(corpora):
        return []
    root = public.shared_data_dir() / "polnear" / "data" / "train"
    out = []
    for ann in sorted((root / "attributions").glob("*.ann")):
        txt = root / "text" / f"{ann.stem.rsplit('_', 1)[0]}.txt"
        if txt.is_file():
            with txt.open(encoding="utf-8", newline="") as fh:
                out.append((fh.read(), public.read_brat(ann)))
    return out


def attribution_cues(
    min_count: int = 5, min_precision: float = 0.34, corpora: Sequence[str] = CORPORA
) -> list[dict[str, Any]]:
    """Format-1 attribution cue phrases (lexicon 1.0.0) from PolNeAR's training articles."""
    as_cue: Counter[str] = Counter()
    seen: Counter[str] = Counter()  # every 1-3 gram of the articles, cue or not
    for article, frags in _polnear_train(corpora):
        words = WORD.findall(article.lower())
        for k in (1, 2, 3):
            seen.update(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))
        for start, end, kind in frags:
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


def attribution_lexicon(
    min_count: int = 8,
    min_precision: float = 0.2,
    min_phrase: int = 4,
    corpora: Sequence[str] = CORPORA,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Reporting verbs (by lemma) and multi-word cues from PolNeAR train Cue spans.

    A verb's precision is how often its forms are a cue among all their occurrences in the
    articles; the rules use it to decide whether a verb needs a source next to it to count.
    """
    verbs: Counter[str] = Counter()
    surface: dict[str, Counter[str]] = {}
    phrases: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    cue_at: Counter[str] = Counter()  # occurrences of a form that sit inside a cue span
    for article, frags in _polnear_train(corpora):
        lower = article.lower()
        cue_spans = sorted((s, e) for s, e, k in frags if k == "Cue")
        inside: set[int] = set()
        for s, e in cue_spans:
            inside.update(range(s, e))
        for m in WORD.finditer(lower):
            seen[m.group(0)] += 1
            if m.start() in inside:
                cue_at[m.group(0)] += 1
        for s, e in cue_spans:
            words = [w for w in WORD.findall(lower[s:e])]
            while words and words[0] in _AUX:
                words.pop(0)
            if not words or len(words) > 3:
                continue
            if words[:2] == ["according", "to"]:
                phrases["according to"] += 1
                continue
            head = lemma(words[0], seen)
            verbs[head] += 1
            surface.setdefault(head, Counter())[words[0]] += 1
            if len(words) > 1 and words[-1] not in _STOP:
                phrases[" ".join(words)] += 1
    out = []
    for head, n in verbs.items():
        if n < min_count or head in _STOP or head in _NOT_VERBS or head.endswith("ly"):
            continue
        forms = sorted(_forms(head) | set(surface[head]))
        precision = sum(cue_at[f] for f in forms) / max(sum(seen[f] for f in forms), 1)
        if precision >= min_precision:
            out.append(
                {"lemma": head, "forms": forms, "count": n, "precision": round(precision, 3)}
            )
    kept = {c["lemma"] for c in out}
    multi = [
        {"cue": p, "count": n}
        for p, n in phrases.items()
        if n >= min_phrase
        and (p == "according to" or lemma(p.split()[0], seen) in kept)
        and (p == "according to" or not set(p.split()[1:]) & _NOT_CUE_TAIL)
    ]
    return (
        sorted(out, key=lambda c: (-c["count"], c["lemma"])),
        sorted(multi, key=lambda c: (-c["count"], c["cue"])),
    )


def anonymous_source_words(
    min_count: int = 3, corpora: Sequence[str] = CORPORA
) -> list[dict[str, Any]]:
    """Words of unnamed FactAppeal sources that are at least 4x likelier there than in named."""
    if "factappeal" not in _checked(corpora):
        return []
    train = public.load_corpus("factappeal").split("train")
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


def build(version: str, corpora: Sequence[str] = CORPORA) -> dict[str, Any]:
    """The whole lexicon, ready to dump as YAML (format 1 for 1.0.0, format 2 after).

    Parameters
    ----------
    version : str
    corpora : sequence of str
        Which of :data:`CORPORA` to learn from (their training splits); all by default, as
        the shipped lexicons were. Left out, a corpus teaches none of its cues: the lexicon
        to judge the rules on that corpus's text as on any other text.

    Raises
    ------
    InputError
        If ``corpora`` names a corpus not in :data:`CORPORA`.
    """
    chosen = tuple(c for c in CORPORA if c in _checked(corpora))
    if version == "1.0.0":
        return {
            "version": version,
            "generated_by": "python -m annotate.model._rules build",
            "sources": {
                "hedge_cues": "CoNLL-2010 task 1 train (wikipedia + biological), sentence labels",
                "attribution_cues": "PolNeAR train, Cue span text",
                "anonymous_source_words": "FactAppeal train, Source:Unnamed span text",
            },
            "hedge_cues": hedge_cues(corpora=chosen),
            "attribution_cues": attribution_cues(corpora=chosen),
            "anonymous_source_words": anonymous_source_words(corpora=chosen),
        } | _learned_from(chosen)
    verbs, phrases = attribution_lexicon(corpora=chosen)
    learned = {w["word"]: w["count"] for w in anonymous_source_words(corpora=chosen)}
    anonymous = [{"word": w, "count": learned.get(w, 0), "origin": "seed"} for w in SEED_ANONYMOUS]
    anonymous += [
        {"word": w, "count": n, "origin": "learned: FactAppeal train"}
        for w, n in learned.items()
        if w not in SEED_ANONYMOUS
    ]
    return {
        "version": version,
        "format": 2,
        "generated_by": "python -m annotate.model._rules build",
        "sources": {
            "hedge_cues": "seed list (Hyland 1998; CoNLL-2010 guidelines) + CoNLL-2010 task 1 "
            "train (wikipedia + biological) n-grams, sentence labels",
            "attribution_cues": "PolNeAR train, Cue span text, lemmatised by suffix rules",
            "attribution_phrases": "PolNeAR train, multi-word Cue span text",
            "anonymous_source_words": "seed list + FactAppeal train, Source:Unnamed span text",
            "institution_words": "seed list",
        },
        "hedge_cues": hedge_cues_v2(corpora=chosen),
        "attribution_cues": verbs,
        "attribution_phrases": phrases,
        "anonymous_source_words": anonymous,
        "institution_words": INSTITUTIONS,
    } | _learned_from(chosen)


def lexicon_without(without: Sequence[str], version: str) -> dict[str, Any]:
    """The lexicon ``version`` learned from :data:`CORPORA` less ``without``, named for it
    (``1.1.0-without-polnear``): the fair rules on the text of the corpora left out.

    ``annotate build-lexicon --without`` writes it; ``benchmarks/classifier.py --cross`` learns
    each test set's this way.
    """
    unseen = sorted(_checked(without), key=CORPORA.index)
    # Built as ``version`` (its format follows the version), then named for what it left out.
    lexicon = build(version, corpora=[c for c in CORPORA if c not in unseen])
    if unseen:
        lexicon["version"] = f"{version}-without-{'+'.join(unseen)}"
    return lexicon


def _learned_from(chosen: tuple[str, ...]) -> dict[str, Any]:
    """``learned_from`` for a lexicon built from fewer corpora than the shipped ones (which
    keep their YAML unchanged)."""
    return {} if chosen == CORPORA else {"learned_from": list(chosen)}


def lexicon_path(version: str) -> Path:
    return package_data("data", f"lexicon-{version}.yaml")
