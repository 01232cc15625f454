"""Learn the words that open news sentences, the way Punkt (Kiss & Strunk 2006) does, and the
abbreviations news also writes as words; write them to ``annotate/corpus/_learned_words.py``.

Run: ``.venv/bin/python benchmarks/learn_starters.py`` (needs the shared data,
``ANNOTATE_SHARED_DATA`` or ``../shared/data``). The corpus is every FNC-1 train body and every
PolNeAR text (the FNC-1 test bodies are kept back as a check).

A word is a learned starter when it opens at least ``MIN_STARTS`` sentences (Punkt's frequent
sentence starters), is written in lower case in the middle of one at least once, and is
capitalised in the middle of one in at most ``MAX_MID_CAPITALISED`` of all its occurrences
(Punkt's orthographic evidence: a word news capitalises only at a sentence start is no part of
a name; counting the starts too keeps "Meanwhile", which opens 94 sentences and is capitalised
once in the middle of one). "Mid-sentence" leaves out the
first word and every word after a token ending in ``.``, ``:``, ``?``, ``!``, a quote mark or a
dash, where a capital decides nothing. Only counts leave the corpus: the module holds words.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.corpus._public import shared_data_dir as data_dir  # noqa: E402

MIN_STARTS = 5
MAX_MID_CAPITALISED = 0.02
MIN_CLOSED = 3
_WORD = re.compile(r"[A-Za-z][a-z]*(?:'[a-z]+)?")
_STRIP = "\"“”‘’'()[]—–-,;:.!?"
_OPENS = (".", ":", "?", "!", '"', "”", "“", "'", "’", "—", "–", "-")
_SENTENCE_END = re.compile(r"(?<![\w.])[a-z]{2,}[.!?][\"”’')\]]*$")
OUT = ROOT / "annotate" / "corpus" / "_learned_words.py"


def corpus() -> Iterable[str]:
    """Every FNC-1 train body and PolNeAR text."""
    data = data_dir()
    csv.field_size_limit(2**31 - 1)
    with (data / "fnc1" / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        yield from (row["articleBody"] for row in csv.DictReader(fh))
    for path in sorted(data.glob("polnear/data/*/text/*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per lower-cased word: sentences it opens capitalised, mid-sentence capitals, lower case.

    Sentences are found the way Punkt starts, with no segmenter: a line break, or a word in
    lower case ending in ``.``, ``!`` or ``?`` (perhaps inside quotes or brackets), ends one
    (such a word is no abbreviation or initial). Counting with annotate's own segmenter would
    make the words depend on themselves.
    """
    starts: Counter[str] = Counter()
    mid_upper: Counter[str] = Counter()
    mid_lower: Counter[str] = Counter()
    for text in texts:
        for line in text.splitlines():
            previous: str | None = None
            for token in line.split():
                word = token.strip(_STRIP)
                if _WORD.fullmatch(word):
                    if previous is None or _SENTENCE_END.search(previous):
                        if word[0].isupper():
                            starts[word.lower()] += 1
                    elif not previous.endswith(_OPENS):
                        if word[0].isupper():
                            mid_upper[word.lower()] += 1
                        elif word.islower():
                            mid_lower[word.lower()] += 1
                previous = token
    return starts, mid_upper, mid_lower


def learned(starts: Counter[str], mid_upper: Counter[str], mid_lower: Counter[str]) -> list[str]:
    """The starters, capitalised, in alphabetical order."""
    words = []
    for word, opened in starts.items():
        upper, lower = mid_upper[word], mid_lower[word]
        if (
            opened >= MIN_STARTS
            and lower
            and upper <= MAX_MID_CAPITALISED * (opened + upper + lower)
        ):
            words.append(word[0].upper() + word[1:])
    return sorted(words)


def words_too(mid_lower: Counter[str]) -> list[str]:
    """pysbd's abbreviations that news also writes as words: in lower case mid-sentence at least
    ``MIN_STARTS`` times ("no", "may", "miss"; never "corp" or "sgt")."""
    from pysbd.lang.english import English

    return sorted(a for a in English.Abbreviation.ABBREVIATIONS if mid_lower[a] >= MIN_STARTS)


# An initialism after a capitalised word and a comma ("Lodi, N.J."), and what follows it: a
# comma, semicolon or bracket (the writer closed it), a space and a word in lower case (it went
# on), or a space and a capital (undecided: what the rule decides).
_AFTER_PLACE = re.compile(r"[A-Z][\w'’]*, ((?:[A-Z]\.){2,})(?=([,;)]| [a-z]))")
MAX_GONE_ON = 0.2


def place_initialisms(texts: Iterable[str]) -> list[str]:
    """Initialisms news closes with a comma when its sentence goes on after "Place, X.Y.".

    AP style writes a state after its city between commas (``in Lodi, N.J., police said``);
    an initialism that after ``Word,`` is closed at least ``MIN_CLOSED`` times and goes on in
    lower case at most ``MAX_GONE_ON`` of the time is such a place ("U.S." goes on: ``On
    Tuesday, U.S. officials said``). Written with ``.`` as ``N.J.``.
    """
    closed: Counter[str] = Counter()
    gone_on: Counter[str] = Counter()
    for text in texts:
        for match in _AFTER_PLACE.finditer(text):
            (gone_on if match.group(2).startswith(" ") else closed)[match.group(1)] += 1
    return sorted(
        initialism
        for initialism, count in closed.items()
        if count >= MIN_CLOSED
        and gone_on[initialism] <= MAX_GONE_ON * (count + gone_on[initialism])
    )


# A capitalised word of two to five letters and its stop, after a word in lower case or a comma
# (in running text), then what follows: a capital, or nothing (the paragraph ends there).
_STOPPED_WORD = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{1,4})\.(?=( +[A-Z]| *$))", re.M)
_AFTER_LOWER = re.compile(r"(?:[a-z]{2,},?|,) $")
_CAPITALISED = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{1,4})(?![\w.'’-])")


def titles(texts: Iterable[str]) -> list[str]:
    """Abbreviations news writes as a title before a name (``state Del. Marcia Price``).

    Punkt's evidence for an abbreviation, asked of a title: a capitalised word of two to five
    letters whose stop is followed by a capital at least ``MIN_CLOSED`` times, after a word in
    lower case at least once (in running text, not a heading), that never ends a paragraph
    with its stop (a sentence's last word sometimes does: "Trump." 203 times), and that is
    written capitalised without the stop no more often than with it (a name is: "Conal",
    "Prime", "Jose"). Written without the stop ("Del").
    """
    before_capital: Counter[str] = Counter()
    paragraph_end: Counter[str] = Counter()
    after_lower: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for text in texts:
        for match in _STOPPED_WORD.finditer(text):
            word = match.group(1)
            if match.group(2).strip():
                before_capital[word] += 1
                start = match.start()
                if _AFTER_LOWER.search(text[max(0, start - 24) : start]):
                    after_lower[word] += 1
            else:
                paragraph_end[word] += 1
        for word in _CAPITALISED.findall(text):
            if word in before_capital:
                bare[word] += 1
    return sorted(
        word
        for word, count in before_capital.items()
        if count >= MIN_CLOSED
        and after_lower[word]
        and not paragraph_end[word]
        and bare[word] <= count
    )


# The words after which a verb is in its base form: "to" and the modals.
_BEFORE_BASE = frozenset(
    ["to", "will", "would", "can", "could", "should", "must", "might", "may", "not", "cannot"]
)
MIN_BASE = 5
MIN_BASE_SHARE = 0.25


def base_verbs(texts: Iterable[str]) -> list[str]:
    """Verbs in their base form: words news writes after "to" or a modal ("to sell", "will
    stop") at least ``MIN_BASE`` times and in at least ``MIN_BASE_SHARE`` of their lower-case
    occurrences. A noun that is a verb too ("show", 29%) passes; one mostly a noun ("review",
    17%) does not. They tell an imperative clause (``Stop lying``) from a noun phrase.
    """
    after: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        previous = ""
        for token in text.split():
            word = token.strip(_STRIP)
            if _WORD.fullmatch(word) and word.islower():
                lower[word] += 1
                if previous in _BEFORE_BASE:
                    after[word] += 1
            previous = token if token.islower() else ""
    return sorted(
        word
        for word, count in after.items()
        if count >= MIN_BASE and count >= MIN_BASE_SHARE * lower[word]
    )


def write(
    words: list[str],
    also_words: list[str],
    places: list[str],
    title_words: list[str],
    verbs: list[str],
) -> None:
    lines = [
        '"""Words that open news sentences, and abbreviations that are words too: learned.',
        "",
        "Written by ``benchmarks/learn_starters.py`` (do not edit by hand). A starter opens at",
        f"least {MIN_STARTS} sentences of the FNC-1 train bodies and PolNeAR texts and, in the",
        f"middle of a sentence, is capitalised in at most {MAX_MID_CAPITALISED:.0%} of its",
        "occurrences (Punkt's frequent starters and orthographic evidence). Only these counts come",
        "from the corpus, whose texts are news articles shared for research; no text of it is",
        "here.",
        '"""',
        "",
        "STARTERS = frozenset(",
        "    {",
        *(f'        "{word}",' for word in words),
        "    }",
        ")",
        "",
        "# pysbd's abbreviations that news also writes as words, in lower case mid-sentence",
        f'# at least {MIN_STARTS} times: alone with a stop, such a word may be a sentence ("No.").',
        "ABBREVIATIONS_AS_WORDS = frozenset(",
        "    {",
        *(f'        "{word}",' for word in also_words),
        "    }",
        ")",
        "",
        "# Initialisms news closes with a comma after a place when the sentence goes on",
        f"# (``Lodi, N.J., police said``): closed at least {MIN_CLOSED} times, gone on in lower",
        f"# case at most {MAX_GONE_ON:.0%} of the time.",
        "PLACE_INITIALISMS = frozenset(",
        "    {",
        *(f'        "{place}",' for place in places),
        "    }",
        ")",
        "",
        "# Abbreviations news writes as a title before a name (``state Del. Marcia Price``): with",
        f"# their stop before a capital at least {MIN_CLOSED} times, after a word in lower case at",
        "# least once, never at a paragraph's end, and capitalised without the stop no more often.",
        "TITLES = frozenset(",
        "    {",
        *(f'        "{word}",' for word in title_words),
        "    }",
        ")",
        "",
        f'# Verbs in their base form: after "to" or a modal at least {MIN_BASE} times and in at',
        f"# least {MIN_BASE_SHARE:.0%} of their lower-case occurrences (an imperative clause's",
        "# first word).",
        "BASE_VERBS = frozenset(",
        "    {",
        *(f'        "{word}",' for word in verbs),
        "    }",
        ")",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    starts, mid_upper, mid_lower = count(corpus())
    words, also_words = learned(starts, mid_upper, mid_lower), words_too(mid_lower)
    places = place_initialisms(corpus())
    title_words = titles(corpus())
    verbs = base_verbs(corpus())
    write(words, also_words, places, title_words, verbs)
    print(
        f"{len(words)} starters, {len(also_words)} abbreviations as words, {places},"
        f" titles {title_words}, {len(verbs)} base verbs -> {OUT.name}"
    )
