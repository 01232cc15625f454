"""Adapters for the public corpora in the shared data folder (see ``shared/data/README.md``).

Each adapter returns a :class:`Corpus`: one sentence table in the shape of a release
(``sentence_id``, ``article_id``, ``text``, ``context_before``, ``context_after``, a
``split`` column holding ``train``/``validation``/``test``, and one column per schema field:
a label string for a choice field, a list of ``{start, end, label, text}`` dicts for a spans
field, and per record type of the schema a list of records as release rows, such as PolNeAR's
``attributions``) plus the small schema under ``schemas/corpora/``. Turning one into a release is a
thin step: group by ``split`` and cast with ``schema.features()``.

Official splits are kept. Where a corpus has no validation split (CoNLL-2010), a fixed tenth
of the training sentences is set aside as ``validation`` (a hash of the sentence id), so that
choices are never made on the official test data.

Examples
--------
>>> corpus = load_corpus("checkthat-subjectivity")  # doctest: +SKIP
>>> corpus.sentences.groupby("split").size().to_dict()  # doctest: +SKIP
{'test': 484, 'train': 830, 'validation': 462}
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from annotate.corpus._brat import read_brat
from annotate.corpus._checkthat import PARTS
from annotate.corpus._checkthat import find_files as checkthat_files
from annotate.corpus._checkthat import read_rows as checkthat_rows
from annotate.corpus._conll2010 import (
    SZEGED_FILES,
    cues_by_text,
    find_files,
    readable,
    szeged_sentences,
)
from annotate.errors import CorpusError
from annotate.schema._schema import Schema, bundled_schemas, load_schema

__all__ = [
    "KINDS",
    "SCHEMA_OF",
    "Corpus",
    "CorpusError",
    "load_corpus",
    "read_brat",
    "shared_data_dir",
]

_REPO = Path(__file__).resolve().parents[2]
#: Corpus kinds; each uses the bundled schema of its own name unless ``SCHEMA_OF`` says otherwise.
KINDS = ("conll2010", "factappeal", "checkthat-subjectivity", "polnear", "szeged-bio")
#: Kinds that use another kind's schema: the Szeged biological texts are labelled as CoNLL-2010.
SCHEMA_OF = {"szeged-bio": "conll2010"}
SPLITS = ("train", "validation", "test")


@dataclass(frozen=True)
class Corpus:
    """Gold sentences of one public corpus with their official splits.

    Parameters
    ----------
    name : str
        ``conll2010-wikipedia``, ``factappeal``, ... (used in ids and reports).
    sentences : pandas.DataFrame
        One row per sentence (see the module docstring for the columns).
    schema : Schema
        The fields the label columns follow.
    metric : str
        The task's official metric, for example ``f1:uncertain`` or ``macro-f1``.
    counts : dict of str to int
        What the adapter did, where it had choices to make (PolNeAR: ``records``,
        ``cut_records``, ``multi_record_sentences``, ``merged_spans``, ...).
    """

    name: str
    sentences: pd.DataFrame
    schema: Schema
    metric: str
    #: What the import did, counted (PolNeAR: records, cut records, merged spans).
    counts: dict[str, int] = field(default_factory=dict)

    def split(self, name: str) -> pd.DataFrame:
        """The rows of one split (``train``, ``validation`` or ``test``)."""
        return self.sentences[self.sentences["split"] == name].reset_index(drop=True)


def shared_data_dir() -> Path:
    """The shared data folder: ``$ANNOTATE_SHARED_DATA``, else ``../shared/data`` of the repo."""
    env = os.environ.get("ANNOTATE_SHARED_DATA")
    return Path(env) if env else (_REPO.parent / "shared" / "data").resolve()


def load_corpus(
    kind: str,
    path: str | Path | None = None,
    *,
    subset: str | None = None,
    limit: int | None = None,
    cues: str | Path | None = None,
) -> Corpus:
    """Read one public corpus.

    Parameters
    ----------
    kind : {"conll2010", "factappeal", "checkthat-subjectivity", "polnear", "szeged-bio"}
    path : str or pathlib.Path, optional
        The corpus folder; defaults to its folder under :func:`shared_data_dir`. CoNLL-2010
        and CheckThat!: the folder holding the files, or its parent.
    subset : str, optional
        CoNLL-2010: ``wikipedia`` (the default under a parent folder), ``biological``, or the
        ``<name>`` of other CoNLL-2010-style files. Szeged: ``fullpapers`` (default),
        ``abstracts`` or ``all``. CheckThat!: the language's code in the file names (``en``,
        ``it``, ...) or its folder's name, needed when ``path`` holds several languages (see
        :func:`annotate.corpus._checkthat.find_files`).
    limit : int, optional
        PolNeAR only: read at most this many articles per split (segmenting is slow).
    cues : str or pathlib.Path, optional
        CoNLL-2010 only: a Szeged Uncertainty Corpus file, or its folder (then its
        ``train_abstracts.xml``), whose cue words become the ``hedge_cue`` spans of the training
        sentences of the same text (see :func:`annotate.corpus._conll2010.cues_by_text`); a
        sentence it does not hold keeps ``None`` there (not annotated), and ``counts`` says how
        many matched.

    Raises
    ------
    CorpusError
        If the kind is unknown or its files are missing.
    """
    if kind not in KINDS:
        raise CorpusError(f"unknown corpus kind {kind!r}", hint=f"use one of: {', '.join(KINDS)}")
    folder = {
        "checkthat-subjectivity": "checkthat2025-subjectivity",
        "szeged-bio": "szeged-uncertainty-bio",
    }.get(kind, kind)
    root = Path(path) if path is not None else shared_data_dir() / folder
    if not root.is_dir():
        raise CorpusError(
            f"corpus folder {str(root)!r} does not exist",
            hint="set ANNOTATE_SHARED_DATA to the shared data folder or pass the corpus path",
        )
    # By file, not by name: a file called e.g. "polnear" in the working folder must not win.
    schema = load_schema(bundled_schemas()[SCHEMA_OF.get(kind, kind)])
    if cues is not None and kind != "conll2010":
        raise CorpusError(
            f"cues are for conll2010, not {kind}", hint="drop --cues, or import conll2010"
        )
    # An option the kind does not read would be dropped without a word: say so instead.
    if subset is not None and kind not in ("conll2010", "szeged-bio", "checkthat-subjectivity"):
        raise CorpusError(
            f"--subset is for conll2010, szeged-bio and checkthat-subjectivity, not {kind}",
            hint="drop --subset",
        )
    if limit is not None and kind != "polnear":
        raise CorpusError(f"--limit is for polnear, not {kind}", hint="drop --limit")
    if kind == "conll2010":
        return _conll2010(root, subset, schema, None if cues is None else Path(cues))
    if kind == "szeged-bio":
        return _szeged(root, subset or "fullpapers", schema)
    if kind == "factappeal":
        return _factappeal(root, schema)
    if kind == "checkthat-subjectivity":
        return _checkthat(root, subset, schema)
    return _polnear(root, schema, limit)


def _table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    for col in ("context_before", "context_after"):
        if col not in df:
            df[col] = ""
    first = ["sentence_id", "article_id", "text", "context_before", "context_after", "split"]
    return df[first + [c for c in df.columns if c not in first]]


def _carve_validation(sentence_id: str) -> bool:
    # A hash, not a random draw: the same sentences are set aside on every run and machine.
    return int(hashlib.sha256(sentence_id.encode()).hexdigest()[:8], 16) % 10 == 0


def _need(path: Path) -> Path:
    if not path.is_file():
        raise CorpusError(f"missing corpus file {str(path)!r}", hint="check the corpus folder")
    return path


# --- CoNLL-2010 -----------------------------------------------------------------------------


#: The Szeged cue matching's counts (:func:`cues_by_text`) as ``import-corpus`` reports them.
_CUE_COUNT = {
    "exact": "cue_match_exact",
    "normalised": "cue_match_normalised",
    "unmatched": "cue_match_none",
    "ambiguous": "cue_match_ambiguous",
    "cues": "cues_attached",
}


def _conll2010(root: Path, subset: str | None, schema: Schema, cues: Path | None) -> Corpus:
    subset, files = find_files(root, subset)
    rows = []
    rewritten = carved = 0
    for official in ("train", "eval"):
        for label in ("certain", "uncertain"):
            lines = files[(official, label)].read_text(encoding="utf-8").splitlines()
            for i, line in enumerate(lines):
                written = line.strip()
                if not written:
                    continue
                sid = f"conll2010-{subset}-{official}-{label}-{i}"
                split = "test" if official == "eval" else "train"
                if split == "train" and _carve_validation(sid):
                    split = "validation"
                    carved += 1
                # Sentences come without their documents, so each is its own "article". The
                # text as a reader sees it: "(11)", not the files' "-LRB- 11 -RRB-".
                text = readable(written)
                rewritten += text != written
                rows.append(
                    {"sentence_id": sid, "article_id": sid, "text": text, "split": split}
                    | {"hedging": label}
                )
    table = _table(rows)
    counts = {"treebank_rewritten": rewritten, "validation_carved_from_train": carved}
    if cues is not None:
        counts |= {_CUE_COUNT.get(k, k): v for k, v in _attach_cues(table, cues).items()}
    return Corpus(f"conll2010-{subset}", table, schema, "f1:uncertain", counts)


def _attach_cues(table: pd.DataFrame, cues: Path) -> dict[str, int]:
    """Give the training sentences (not the test ones) the Szeged cues of the same text, as the
    ``hedge_cue`` column, in place; ``None`` where the Szeged file has no such sentence.

    The sentence label stays CoNLL-2010's gold: the Szeged scheme is broader (its
    investigation and condition cues are certain in CoNLL-2010), so it teaches the cue tagger
    words and their kinds, and the sentence classifier learns which kinds count.
    """
    path = cues / SZEGED_FILES["abstracts"][0] if cues.is_dir() else cues
    szeged = szeged_sentences(_need(path))
    training = (table["split"] != "test").to_numpy()
    found, counts = cues_by_text(table.loc[training, "text"].tolist(), szeged)
    column: list[Any] = [None] * len(table)
    for i, spans in zip(training.nonzero()[0], found, strict=True):
        if spans is not None:
            column[i] = _spans(table["text"].iat[i], spans)
    table["hedge_cue"] = column
    return counts


def _szeged(root: Path, subset: str, schema: Schema) -> Corpus:
    """The Szeged biological training texts as CoNLL-2010 sentences: train and validation only.

    There is no test split: the evaluation papers were removed from these files, and the
    CoNLL-2010 biological release's test split is where a model trained on both is scored.
    """
    if subset not in SZEGED_FILES:
        raise CorpusError(
            f"unknown Szeged subset {subset!r}", hint=f"use one of: {', '.join(SZEGED_FILES)}"
        )
    rows = []
    # A cue of the broader scheme alone (whether, if) leaves a sentence certain, as CoNLL-2010
    # has it: how many, for the import's report.
    cued_certain = 0
    for name in SZEGED_FILES[subset]:
        for r in szeged_sentences(_need(root / name)):
            sid = f"szeged-bio-{r['document']}-{r['id']}"
            cued_certain += bool(r["cue_spans"]) and r["hedging"] == "certain"
            rows.append(
                {
                    "sentence_id": sid,
                    "article_id": f"szeged-bio-{r['document']}",
                    "text": r["text"],
                    "split": "validation" if _carve_validation(sid) else "train",
                    "hedging": r["hedging"],
                    "hedge_cue": _spans(r["text"], r["cue_spans"]),
                }
            )
    counts = {
        "certain_with_only_investigation_or_condition_cues": cued_certain,
        "validation_carved_from_train": sum(r["split"] == "validation" for r in rows),
    }
    return Corpus(f"szeged-bio-{subset}", _table(rows), schema, "f1:uncertain", counts)


# --- CheckThat! subjectivity --------------------------------------------------------------


def _checkthat(root: Path, subset: str | None, schema: Schema) -> Corpus:
    """One language of the CheckThat! subjectivity task (files: :mod:`annotate.corpus._checkthat`).

    The task fits on train + dev and evaluates on dev_test, so dev is the validation split and
    dev_test the test split; where a labelled ``test_<lang>*.tsv`` is there too (the task's
    final test, once its labels are out), that is the test split and dev_test joins dev as
    validation. An unlabelled test file is not imported (its sentences are counted).
    """
    lang, parts = checkthat_files(root, subset)
    allowed = schema.field("subjectivity").values
    counts: Counter[str] = Counter()
    read = {
        part: [(path, *checkthat_rows(path)) for path in paths] for part, paths in parts.items()
    }
    tests = []
    for entry in read.get("test", []):
        if any(r["label"] for r in entry[1]):
            tests.append(entry)
        elif entry[1]:
            counts["test_without_labels_not_imported"] += len(entry[1])
    split_of = {"train": "train", "dev": "validation", "dev_test": "test", "test": "test"}
    if tests:
        split_of["dev_test"] = "validation"
    chosen = {part: entries for part, entries in read.items() if part != "test"} | {"test": tests}
    for part, entries in chosen.items():
        if len(entries) > 1:
            raise CorpusError(
                f"several CheckThat! {part} files of language {lang!r}: "
                f"{', '.join(str(e[0]) for e in entries)}",
                hint="keep one of them in the folder, or pass a folder holding one",
            )
    prefix = "checkthat-" if lang == "en" else f"checkthat-{lang}-"
    # The card's language: the file names' code is ISO 639-1 (en, it, ar ...); the task's
    # "multilingual" set mixes them ("mul", ISO 639-2's code for several languages).
    language = "mul" if lang == "multilingual" else lang
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for part in PARTS:
        for path, found, quoted in chosen.get(part, []):
            if part == "dev_test" and tests:
                counts["dev_test_as_validation"] = len(found)
            for rec in found:
                if not rec["sentence"]:
                    # No text to annotate or learn from; counted, as the card says.
                    counts["empty_sentence_not_imported"] += 1
                    continue
                if rec["label"] not in allowed:
                    raise CorpusError(
                        f"{str(path)!r} line {rec['line']}: label {rec['label']!r} is not one of "
                        f"{', '.join(allowed)}",
                        hint="fix the label in the file, or remove the line",
                    )
                sid = prefix + rec["sentence_id"]
                if sid in seen:
                    counts["sentence_id_repeated_first_kept"] += 1
                    continue
                seen.add(sid)
                if quoted and '"' in rec["sentence"]:
                    counts["csv_quoting_removed"] += 1
                rows.append(
                    {"sentence_id": sid, "article_id": sid, "text": rec["sentence"]}
                    | {"language": language, "split": split_of[part]}
                    | {"subjectivity": rec["label"]}
                )
    name = "checkthat-subjectivity" if lang == "en" else f"checkthat-subjectivity-{lang}"
    return Corpus(name, _table(rows), schema, "macro-f1", dict(counts))


# --- FactAppeal -----------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z_][A-Za-z_:]*)>")


def parse_factappeal(annotation: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip FactAppeal's inline tags; return the plain text and ``(start, end, tag)`` spans.

    Tags nest (a ``<Source:...>`` sits inside a ``<Fact_Appeal:...>``) and a closing tag
    repeats its opening one, so a stack pairs them.

    Examples
    --------
    >>> parse_factappeal("<Fact_Appeal:Indirect_Quote><Source:Named:Official>Mr Smith</Source:"
    ...                  "Named:Official> said so.</Fact_Appeal:Indirect_Quote>")
    ('Mr Smith said so.', [(0, 8, 'Source:Named:Official'), (0, 17, 'Fact_Appeal:Indirect_Quote')])
    """
    plain: list[str] = []
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int, str]] = []
    cursor = length = 0
    for match in _TAG.finditer(annotation):
        chunk = annotation[cursor : match.start()]
        plain.append(chunk)
        length += len(chunk)
        cursor = match.end()
        closing, tag = match.group(1), match.group(2)
        if not closing:
            stack.append((tag, length))
            continue
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][0] == tag:
                spans.append((stack[i][1], length, tag))
                del stack[i]
                break
    plain.append(annotation[cursor:])
    return "".join(plain), spans


def _factappeal(root: Path, schema: Schema) -> Corpus:
    rows = []
    # The sentence-level choices where a sentence holds both kinds, for the import's report.
    both = {"appeal_both_quote_kinds_direct_kept": 0, "source_both_kinds_named_kept": 0}
    for name, split in (("train", "train"), ("val", "validation"), ("test", "test")):
        with _need(root / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            for i, rec in enumerate(csv.DictReader(fh)):
                text, spans = parse_factappeal(rec["annotation"])
                tags = {tag for _, _, tag in spans}
                # One sentence out of 3,223 holds both quote kinds; a direct quote wins.
                appeal = (
                    "direct"
                    if "Fact_Appeal:Direct_Quote" in tags
                    else "indirect"
                    if "Fact_Appeal:Indirect_Quote" in tags
                    else "none"
                )
                sources = [
                    (s, e, t.split(":")[1].lower()) for s, e, t in spans if t.startswith("Source:")
                ]
                kinds = {k for _, _, k in sources}
                source = "named" if "named" in kinds else "unnamed" if kinds else "none"
                both["appeal_both_quote_kinds_direct_kept"] += {
                    "Fact_Appeal:Direct_Quote",
                    "Fact_Appeal:Indirect_Quote",
                } <= tags
                both["source_both_kinds_named_kept"] += kinds >= {"named", "unnamed"}
                sid = f"factappeal-{name}-{i}"
                rows.append(
                    {"sentence_id": sid, "article_id": sid, "text": text, "split": split}
                    | {"appeal": appeal, "source": source, "source_span": _spans(text, sources)}
                )
    return Corpus("factappeal", _table(rows), schema, "macro-f1", both)


def _spans(text: str, raw: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Spans as release dicts, trimmed of surrounding spaces, sorted, empty ones dropped."""
    out = []
    for start, end, label in raw:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append({"start": start, "end": end, "label": label, "text": text[start:end]})
    return sorted(out, key=lambda s: (s["start"], s["end"], s["label"]))


# --- PolNeAR --------------------------------------------------------------------------------


def _polnear(root: Path, schema: Schema, limit: int | None) -> Corpus:
    """PolNeAR's sentences with their attribution records (see ``corpus._polnear``).

    Doubly annotated articles keep the first annotator's file (sorted), every run.
    """
    from annotate.corpus._polnear import Tally, article_rows

    rows = []
    tally = Tally()
    for folder, split in (("train", "train"), ("dev", "validation"), ("test", "test")):
        texts = sorted((_need_dir(root / "data" / folder / "text")).glob("*.txt"))
        anns: dict[str, list[Path]] = {}
        for ann in sorted((root / "data" / folder / "attributions").glob("*.ann")):
            anns.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
        for txt in texts[:limit]:
            if txt.stem in anns:
                rows += article_rows(txt, anns[txt.stem][0], split, schema, tally)
                # A choice the corpus leaves open, for the import's report.
                tally.counts["articles_annotated_twice_first_kept"] += len(anns[txt.stem]) > 1
    return Corpus("polnear", _table(rows), schema, "macro-f1", dict(tally.counts))


def _need_dir(path: Path) -> Path:
    if not path.is_dir():
        raise CorpusError(f"missing corpus folder {str(path)!r}", hint="check the corpus folder")
    return path
