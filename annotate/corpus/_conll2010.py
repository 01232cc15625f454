"""CoNLL-2010 task 1 data: the shared task's sentence files, and the Szeged re-annotation of
its biological training papers.

Sentence files are named ``{train,eval}_<name>_{certain,uncertain}`` (the official ones add
``_sentences.txt``: ``train_bioscope_certain_sentences.txt``). :func:`find_files` accepts the
folder that holds them, or its parent with a subset (``wikipedia``, ``biological``) naming the
subfolder, which is how the shared data folder is laid out.

The Szeged Uncertainty Corpus (``szeged-uncertainty-bio``) marks uncertainty cues inside the
biological training texts, with a broader scheme than CoNLL-2010's sentence labels; see
:func:`szeged_sentences` for how a sentence label is derived from its cues.
"""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

from annotate.errors import CorpusError

__all__ = [
    "CUE_KINDS",
    "OFFICIAL",
    "SZEGED_FILES",
    "UNCERTAIN_CUES",
    "cues_by_text",
    "find_files",
    "szeged_sentences",
]

#: Subset -> the ``<name>`` of its official file names.
OFFICIAL = {"wikipedia": "wikiweasel", "biological": "bioscope"}
_FILE = re.compile(r"(train|eval)_(.+)_(certain|uncertain)(?:_sentences)?(?:\.txt)?")
_NEEDED = tuple((part, label) for part in ("train", "eval") for label in ("certain", "uncertain"))

#: Szeged files by ``--subset``; ``fullpapers`` is the default (the abstracts are the same
#: texts as CoNLL-2010's biological training file).
SZEGED_FILES = {
    "fullpapers": ("train_fullpapers.xml",),
    "abstracts": ("train_abstracts.xml",),
    "all": ("train_fullpapers.xml", "train_abstracts.xml"),
}
#: Szeged cue types that make a sentence ``uncertain`` in CoNLL-2010's sense. On the 7,451
#: abstract sentences whose text equals a CoNLL-2010 training sentence, a sentence whose only
#: cues are ``hypo_investigation`` (whether, examine) is ``certain`` in CoNLL-2010 235 times in
#: 278, one with only ``hypo_condition`` (if) 7 in 9, while ``modal_probable`` is ``uncertain``
#: 1,310 in 1,354 and ``hypo_doxastic`` 61 in 82. Counting only these two types gives 17.9% of
#: the abstracts uncertain (CoNLL-2010: 17.7%; every cue: 22.8%) and agrees with CoNLL-2010 on
#: 98.3% of the matched sentences (every cue: 95.7%).
UNCERTAIN_CUES = frozenset({"speculation_modal_probable_", "speculation_hypo_doxastic_"})
#: Szeged cue type (stray spaces removed) -> its label in the ``hedge_cue`` spans field.
CUE_KINDS = {
    "speculation_modal_probable_": "probable",
    "speculation_hypo_doxastic_": "doxastic",
    "speculation_hypo_investigation_": "investigation",
    "speculation_hypo_condition_": "condition",
}


def find_files(root: Path, subset: str | None) -> tuple[str, dict[tuple[str, str], Path]]:
    """The four sentence files of one CoNLL-2010-style corpus, and its subset name.

    Parameters
    ----------
    root : pathlib.Path
        The folder holding the files, or its parent (then ``subset``, default ``wikipedia``,
        names the subfolder).
    subset : str, optional
        ``wikipedia`` or ``biological`` (their official ``<name>`` is ``wikiweasel`` and
        ``bioscope``), or the ``<name>`` of other files; needed only when a folder holds files
        of several names.

    Returns
    -------
    (str, dict)
        The subset (``wikipedia`` or ``biological`` for the official names, else the
        ``<name>``) and ``{(train|eval, certain|uncertain): path}``.

    Raises
    ------
    CorpusError
        Naming what the folder holds when no file, or not all four, match.
    """
    found = _named(root)
    if not found:
        sub = root / (subset or "wikipedia")
        if sub.is_dir():
            found, root = _named(sub), sub
    if not found:
        raise CorpusError(
            f"no CoNLL-2010 sentence files in {str(root)!r} (it holds: {_listing(root)})",
            hint="pass the folder holding {train,eval}_<name>_{certain,uncertain}_sentences.txt, "
            "or its parent with --subset wikipedia or --subset biological",
        )
    want = OFFICIAL.get(subset or "", subset)
    if want is None and len(found) > 1:
        raise CorpusError(
            f"{str(root)!r} holds CoNLL-2010 files of several corpora: {', '.join(sorted(found))}",
            hint="choose one with --subset " + " or --subset ".join(sorted(found)),
        )
    name = want if want is not None else next(iter(found))
    if name not in found:
        raise CorpusError(
            f"subset {subset!r} wants files named *_{name}_*, but {str(root)!r} holds "
            f"{', '.join(sorted(found))}",
            hint="drop --subset, or pass the folder of that subset",
        )
    files = found[name]
    missing = [f"{p}_{name}_{lb}" for p, lb in _NEEDED if (p, lb) not in files]
    if missing:
        raise CorpusError(
            f"{str(root)!r}: no file {', '.join(missing)} (found: "
            f"{', '.join(sorted(f.name for f in files.values()))})",
            hint="a corpus needs train and eval files, each certain and uncertain",
        )
    inverse = {v: k for k, v in OFFICIAL.items()}
    return inverse.get(name, name), files


def _named(folder: Path) -> dict[str, dict[tuple[str, str], Path]]:
    """``<name> -> {(part, label): path}`` of the CoNLL-2010-style files directly in ``folder``."""
    out: dict[str, dict[tuple[str, str], Path]] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.iterdir()):
        match = _FILE.fullmatch(path.name)
        if match and path.is_file():
            part, name, label = match.groups()
            out.setdefault(name, {})[(part, label)] = path
    return out


def _listing(folder: Path, most: int = 8) -> str:
    if not folder.is_dir():
        return "nothing: it is not a folder"
    names = sorted(p.name + ("/" if p.is_dir() else "") for p in folder.iterdir())
    if not names:
        return "nothing"
    more = f" and {len(names) - most} more" if len(names) > most else ""
    return ", ".join(names[:most]) + more


def szeged_sentences(path: Path) -> list[dict[str, Any]]:
    """One row per ``<Sentence>`` of a Szeged Uncertainty Corpus XML file.

    Rows: ``document`` (the ``DocID``), ``id`` (the sentence id, unique within its document),
    ``part`` (``Title``, ``Text``, ``FigureLegend`` ...), ``text`` (the sentence with its cue
    elements' text in place, runs of white space as one space), ``cues`` (the cue types, with
    the source's stray spaces removed), ``cue_spans`` (each cue element as ``(start, end,
    kind)`` in ``text``, kind a value of :data:`CUE_KINDS`) and ``hedging``: ``uncertain`` when
    a cue type is in :data:`UNCERTAIN_CUES`.

    Raises
    ------
    CorpusError
        When the file is not well-formed XML, naming the line.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise CorpusError(
            f"{path}: not well-formed XML ({exc})", hint="copy the Szeged corpus file again"
        ) from exc
    rows = []
    for doc in root.iter("Document"):
        doc_id = (doc.findtext("DocID") or "").strip()
        for part in doc.iter("DocumentPart"):
            for sent in part.iter("Sentence"):
                cues = sorted({(c.get("type") or "").replace(" ", "") for c in sent.iter("ccue")})
                text, spans = _text_and_cues(sent)
                if not text:
                    continue
                rows.append(
                    {
                        "document": doc_id,
                        "id": sent.get("id", ""),
                        "part": part.get("type", ""),
                        "text": text,
                        "cues": cues,
                        "cue_spans": spans,
                        "hedging": "uncertain" if UNCERTAIN_CUES & set(cues) else "certain",
                    }
                )
    return rows


def _text_and_cues(sent: ET.Element) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence's text with white space collapsed, and its cue elements' offsets in it.

    Why offsets are mapped rather than searched for: a cue word such as "may" often occurs
    twice in a sentence, and only the marked occurrence is a cue.
    """
    raw: list[str] = []
    marks: list[tuple[int, int, str]] = []

    def walk(node: ET.Element) -> None:
        start = sum(map(len, raw))
        raw.append(node.text or "")
        for child in node:
            walk(child)
            raw.append(child.tail or "")
        if node.tag == "ccue":
            kind = (node.get("type") or "").replace(" ", "")
            marks.append((start, sum(map(len, raw)), CUE_KINDS.get(kind, kind)))

    walk(sent)
    flat = "".join(raw)
    # where[i]: the index in the collapsed text of raw character i (white space runs -> one).
    where: list[int] = []
    out: list[str] = []
    for ch in flat:
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            where.append(len(out) - 1 if out else 0)
        else:
            where.append(len(out))
            out.append(ch)
    where.append(len(out))
    text = "".join(out)
    stripped = text.rstrip()
    spans = []
    for s, e in ((where[s], where[e]) for s, e, _ in marks):
        while s < e and text[s] == " ":
            s += 1
        e = min(e, len(stripped))
        while e > s and text[e - 1] == " ":
            e -= 1
        spans.append((s, e))
    return stripped, [(s, e, k) for (s, e), (_, _, k) in zip(spans, marks, strict=True) if e > s]


#: How CoNLL-2010's biological files write what the Szeged files write as plain characters:
#: Penn Treebank bracket tokens (``-LRB- LMP1 -RRB-`` for ``(LMP1)``) and quote pairs.
_PTB = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
    "\u201c": '"',
    "\u201d": '"',
}
_PTB_TOKEN = re.compile("|".join(map(re.escape, _PTB)))


#: A bracket or quote token with the space the tokeniser put on its inner side:
#: ``-LRB- 11 -RRB-`` -> ``(11)``, ````` is good ''`` -> ``"is good"``.
_PTB_OPEN = re.compile(r"(-LRB-|-LSB-|-LCB-|``)[ ]?")
_PTB_CLOSE = re.compile(r"[ ]?(-RRB-|-RSB-|-RCB-|'')")
#: A lone backtick standing as a word before the next one, after a space or an opening
#: bracket: the tokeniser's opening single quote (``` Haze'`` -> ``'Haze'``, ``(` G')`` ->
#: ``('G')``; the closing one is already a plain ``'``). A backtick against a word (```grep```)
#: is left alone.
_OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s(\[{\"]))` (?=\S)")
#: The space before an English clitic the tokeniser split off: ``NBC 's`` -> ``NBC's``,
#: ``do n't`` -> ``don't``.
_CLITIC = re.compile(r"(?<=[A-Za-z]) (?=(?:'s|n't|'re|'ll|'ve|'d|'m)\b)")
#: The space the tokeniser put between a word and a mark printed against it: ``cells ;
#: iTregs``, ``Keywords : Th17``, ``10 % FCS``, ``$ 64 billion``. Which marks, from how the files
#: write them: CoNLL-2010's never attach ``;``, a colon before a space, ``?`` or ``!`` ending a
#: word, ``%`` after a number, nor ``$``, ``#`` or a currency sign before one; the Szeged files,
#: which print the same biological sentences, attach them (times attached to spaced: ``;`` 511
#: to 4, the colon 421 to 32, ``?`` and ``!`` 57 to 0, ``%`` 271 to 41). Commas, full stops and
#: ellipses are left as the files write them: they attach commas and full stops, so a spaced
#: one is the source's, and ellipses are printed both ways. A colon between numbers stays
#: spaced (``1995 : 270``): the files attach ``1995:270`` when the source did.
_SPACED_MARK = re.compile(r"(?<=\S) (?=[;:?!]+(?:[\s.,)\]}\"']|$))|(?<=\d) (?=%)")
_SPACED_SIGN = re.compile(r"(?<=[$#£€¥₤]) (?=\d)")
_NUMBERS_APART = re.compile(r"(?<=\d) (?=: \d)")


def _attached(text: str) -> str:
    """``text`` with the marks of :data:`_SPACED_MARK` and :data:`_SPACED_SIGN` against their
    word, a colon between numbers left spaced."""
    kept = {m.start() for m in _NUMBERS_APART.finditer(text)}
    text = _SPACED_MARK.sub(lambda m: m.group() if m.start() in kept else "", text)
    return _SPACED_SIGN.sub("", text)


def readable(text: str) -> str:
    """``text`` with Penn Treebank bracket and quote tokens written as the characters they stand
    for, split clitics joined again and marks split off a word put back against it, as a reader
    (and an annotator in Label Studio) sees the sentence.

    Why: CoNLL-2010's files write ``(11)`` as ``-LRB- 11 -RRB-``, ``NBC's`` as ``NBC 's`` and
    ``10%`` as ``10 %``, while the Szeged files, the news a model is used on and everything else
    it reads write them as printed; one sentence written two ways is two sets of n-grams, token
    neighbours and part-of-speech tags to learn.
    """
    text = _PTB_OPEN.sub(lambda m: _PTB[m.group(1)], text)
    text = _PTB_CLOSE.sub(lambda m: _PTB[m.group(1)], text)
    text = _CLITIC.sub("", _OPEN_SINGLE.sub("'", text))
    return _attached(text)


def _keyed(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text as its matching key (brackets and quotes as characters, no white space), and
    for each key character the ``(start, end)`` it stands for in ``text``."""
    chars: list[str] = []
    where: list[tuple[int, int]] = []
    pos = 0
    for match in [*_PTB_TOKEN.finditer(text), None]:
        stop = match.start() if match else len(text)
        for i in range(pos, stop):
            if not text[i].isspace():
                chars.append(text[i])
                where.append((i, i + 1))
        if match:
            chars.append(_PTB[match.group()])
            where.append((match.start(), match.end()))
            pos = match.end()
    return "".join(chars), where


def cues_by_text(
    texts: list[str], szeged: list[dict[str, Any]]
) -> tuple[list[list[tuple[int, int, str]] | None], dict[str, int]]:
    """The Szeged cues of each text, at their offsets in that text; ``None`` where no Szeged
    sentence has the same text.

    Why by text: CoNLL-2010's biological training file and the Szeged abstracts are the same
    sentences without shared ids, written differently (CoNLL-2010's are tokenised, with
    ``-LRB-`` for a bracket). Texts match when they are equal, else when they are equal without
    white space and with bracket tokens and quotes as characters; a cue is moved through the
    characters both texts share, so it lands on the same word.

    Parameters
    ----------
    texts : list of str
        The sentences to annotate (CoNLL-2010's).
    szeged : list of dict
        Rows of :func:`szeged_sentences`.

    Returns
    -------
    (list, dict)
        Per text the ``(start, end, kind)`` cues (an empty list: a matched sentence without a
        cue) or ``None``; and counts: ``exact`` and ``normalised`` matches, ``unmatched`` texts,
        ``szeged_unused`` Szeged sentences no text matched (and ``szeged_unused_with_cue``),
        ``ambiguous`` texts whose key several Szeged sentences with different cues share (the
        first one's cues are used), ``cues`` attached.
    """
    exact = {r["text"]: r for r in reversed(szeged)}  # the first of duplicates wins
    # Each Szeged text keyed once, with where its key characters stand (to move its cues).
    keyed: dict[str, list[tuple[dict[str, Any], list[tuple[int, int]]]]] = {}
    for r in szeged:
        key, theirs = _keyed(r["text"])
        keyed.setdefault(key, []).append((r, theirs))
    counts: Counter[str] = Counter()
    used: set[int] = set()
    out: list[list[tuple[int, int, str]] | None] = []
    for text in texts:
        if text in exact:
            r = exact[text]
            counts["exact"] += 1
            used.add(id(r))
            out.append(list(r["cue_spans"]))
            counts["cues"] += len(r["cue_spans"])
            continue
        key, where = _keyed(text)
        found = keyed.get(key)
        if not found:
            counts["unmatched"] += 1
            out.append(None)
            continue
        r, theirs = found[0]
        if len({tuple(x["cue_spans"]) for x, _ in found}) > 1:
            counts["ambiguous"] += 1
        counts["normalised"] += 1
        used.add(id(r))
        starts = [s for s, _ in theirs]
        ends = [e for _, e in theirs]
        cues = []
        for start, end, kind in r["cue_spans"]:
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_right(ends, end) - 1
            if first <= last:
                cues.append((where[first][0], where[last][1], kind))
        out.append(cues)
        counts["cues"] += len(cues)
    unused = [r for r in szeged if id(r) not in used]
    counts["szeged_unused"] = len(unused)
    counts["szeged_unused_with_cue"] = sum(1 for r in unused if r["cue_spans"])
    return out, {k: counts[k] for k in sorted(counts)}
