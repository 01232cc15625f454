"""PolNeAR's attribution events as per-sentence records, by article and by annotator.

A record lives in the sentence that holds the start of its cue: annotators label one sentence
at a time, and the cue is what a record is anchored on. Its source and content pieces are
cut at that sentence's boundaries; a role that lost text (a quote running on into the next
sentence, a source named in the sentence before) is flagged in the record's ``cut``
(``content_cut``, ``source_cut`` in a release). The parts outside are not marked in the other
sentence either, since no record there links them: a sentence's spans are exactly those of
its own records, so every marked span is linked.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotate.corpus._brat import Event, read_events
from annotate.errors import CorpusError
from annotate.schema._records import row
from annotate.schema._types import Record, Span

if TYPE_CHECKING:
    from annotate.schema._schema import Schema

__all__ = [
    "SentenceRecords",
    "Tally",
    "annotator_records",
    "article_records",
    "article_rows",
    "sentence_records",
]

CUE, CUE_NO_SOURCE, SOURCE, CONTENT = (
    "attribution_cue",
    "attribution_cue_no_source",
    "source",
    "content",
)


@dataclass(frozen=True)
class SentenceRecords:
    """One sentence of an article with the attribution records anchored in it.

    Parameters
    ----------
    start, end : int
        The sentence's character offsets in the article.
    text : str
    records : tuple of Record
        Sorted; spans in sentence offsets, trimmed of surrounding spaces.
    merged : int
        Spans among them joined from a discontinuous source or cue.
    retyped : int
        Events typed ``Attribution-no-source`` that link a source all the same: the linked
        source is kept and the cue takes the ordinary label (the type alone would make the
        record contradict itself, which the release's record rules reject).
    """

    start: int
    end: int
    text: str
    records: tuple[Record, ...]
    merged: int = 0
    retyped: int = 0

    def spans(self, field_name: str) -> list[Span]:
        """The sorted spans of one spans field (``source``, ``attribution_cue``,
        ``content``) that the records link."""
        found: set[Span] = set()
        for r in self.records:
            if field_name in (CUE, CUE_NO_SOURCE):
                found.add(r.anchor)
            else:
                found.update(r.spans(field_name))
        return sorted(found)


@dataclass
class Tally:
    """What an import did with the events (for the card and RESULTS.md)."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, sentences: list[SentenceRecords]) -> None:
        for s in sentences:
            self.counts["sentences"] += 1
            self.counts["records"] += len(s.records)
            self.counts["multi_record_sentences"] += len(s.records) >= 2
            self.counts["merged_spans"] += s.merged
            self.counts["no_source_type_with_source"] += s.retyped
            for r in s.records:
                for role in r.cut:
                    self.counts[f"{role}_cut"] += 1
                self.counts["cut_records"] += bool(r.cut)


def _clip(text: str, offset: int, start: int, end: int, label: str) -> tuple[Span | None, bool]:
    """The part of article span ``[start, end)`` inside the sentence (``text`` at ``offset``),
    trimmed of spaces; and whether text was lost at the sentence boundary."""
    a, b = max(start, offset) - offset, min(end, offset + len(text)) - offset
    lost = start < offset or end > offset + len(text)
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (Span(a, b, label, text[a:b]) if b > a else None), lost


def sentence_records(
    article: str, bounds: list[tuple[int, int]], events: list[Event]
) -> list[SentenceRecords]:
    """Each sentence of ``article`` (``bounds``: its ``(start, end)`` offsets) with the
    records of the events whose cue starts in it.

    Examples
    --------
    >>> article = "He said: no. They agreed."
    >>> ev = Event("E1", cue=(3, 7), source=(0, 2), content=((9, 18),))
    >>> s = sentence_records(article, [(0, 12), (13, 25)], [ev])
    >>> [(r.anchor.text, r.spans("content")[0].text, r.cut) for r in s[0].records]
    [('said', 'no.', ('content',))]
    >>> s[1].records
    ()
    """
    out = []
    for start, end in bounds:
        text = article[start:end]
        records, merged, retyped = [], 0, 0
        for ev in events:
            if not start <= ev.cue[0] < end:
                continue
            # The link is the annotator's explicit act; an event typed "no source" that links
            # one (1 in PolNeAR) keeps it, as an ordinary cue.
            linked_anyway = ev.no_source and ev.source is not None
            label = CUE_NO_SOURCE if ev.no_source and not linked_anyway else CUE
            cue, _ = _clip(text, start, *ev.cue, label)
            if cue is None:
                continue  # a cue of spaces only: nothing an annotator could mark
            roles: dict[str, list[Span]] = {SOURCE: [], CONTENT: []}
            cut = set()
            parts = [(SOURCE, ev.source)] if ev.source else []
            for role, (a, b) in [*parts, *((CONTENT, piece) for piece in ev.content)]:
                span, lost = _clip(text, start, a, b, role)
                if span is not None:
                    roles[role].append(span)
                if lost:
                    cut.add(role)
            records.append(Record(cue, roles, cut))
            merged += len(ev.merged)
            retyped += linked_anyway
        kept = tuple(sorted(set(records)))
        out.append(SentenceRecords(start, end, text, kept, merged, retyped))
    return out


def article_records(text_path: Path, ann_path: Path) -> list[SentenceRecords]:
    """One article's sentences (cut by the toolkit's segmenter) with their records."""
    from annotate.corpus._segment import segment  # pysbd: only PolNeAR needs sentences cut here

    with text_path.open(encoding="utf-8", newline="") as fh:  # offsets count raw characters
        article = fh.read()
    return sentence_records(article, segment(article), read_events(ann_path))


def article_rows(
    text_path: Path, ann_path: Path, split: str, schema: Schema, tally: Tally | None = None
) -> list[dict[str, Any]]:
    """One article's sentence rows for a corpus table of ``schema`` (PolNeAR's): ids,
    text, context, split, ``has_attribution``, the spans fields and the records as release
    rows. ``tally`` counts what was done."""
    (rt,) = schema.records
    stem = text_path.stem
    sentences = article_records(text_path, ann_path)
    if tally is not None:
        tally.add(sentences)
    spans_fields = [f.name for f in schema.fields if f.kind == "spans"]
    return [
        {
            "sentence_id": f"polnear-{stem}-{i}",
            "article_id": f"polnear-{stem}",
            "text": s.text,
            "context_before": sentences[i - 1].text if i else "",
            "context_after": sentences[i + 1].text if i + 1 < len(sentences) else "",
            "split": split,
            "has_attribution": "yes" if s.records else "no",
        }
        | {name: [dataclasses.asdict(x) for x in s.spans(name)] for name in spans_fields}
        | {rt.name: [row(rt, r) for r in s.records]}
        for i, s in enumerate(sentences)
    ]


def annotator_records(
    root: str | Path | None = None, folder: str = "annotator-training"
) -> dict[str, dict[str, list[SentenceRecords]]]:
    """The records of each sentence, per article and per annotator, of one PolNeAR folder.

    The ``annotator-training`` folder has each of its 4 articles annotated by all 6
    annotators (files ``<article>_<annotator>.ann``), which is what agreement on records is
    computed from; every annotator's list has the same sentences (one text, one segmenter).

    Parameters
    ----------
    root : path, optional
        PolNeAR's folder (the one holding ``data/``); defaults to the shared data folder's.
    folder : str
        ``annotator-training``, ``train``, ``dev`` or ``test``.

    Returns
    -------
    dict
        Article name to annotator id (``4b22``) to its sentences with their records.

    Raises
    ------
    CorpusError
        If the folder holds no text or no annotations.
    """
    from annotate.corpus._public import shared_data_dir

    base = Path(root) if root is not None else shared_data_dir() / "polnear"
    texts = base / "data" / folder / "text"
    anns = sorted((base / "data" / folder / "attributions").glob("*.ann"))
    if not texts.is_dir() or not anns:
        raise CorpusError(
            f"no PolNeAR texts or annotations under {str(base / 'data' / folder)!r}",
            hint="pass PolNeAR's folder (the one holding data/) and a folder name such as "
            "annotator-training",
        )
    out: dict[str, dict[str, list[SentenceRecords]]] = {}
    for ann in anns:
        article, _, annotator = ann.stem.rpartition("_")
        txt = texts / f"{article}.txt"
        if not txt.is_file():
            continue
        out.setdefault(article, {})[annotator] = article_records(txt, ann)
    return out
