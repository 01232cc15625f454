"""Why each line of an article was kept, dropped or joined: ``annotate ingest --explain``.

Every cleaning decision is recorded in the article table's ``dropped`` column; this module
lines those records up with the raw lines of one article, so that a reader sees the rule
behind each one without reading the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotate.corpus._article import from_html
from annotate.corpus._clean import kept_lines
from annotate.corpus._dateline import dateline_end
from annotate.corpus._normalise import normalised_lines
from annotate.corpus._readers import Columns, RawArticle, Skipped, load_text, read_file
from annotate.corpus._segment import segment
from annotate.errors import IngestError

__all__ = ["Decision", "explain"]

# Kinds that record part of a kept line, not the line itself.
_PARTIAL = ("footnote", "joined")
# Kinds that record a whole line, or a piece cut out of a kept one (its text is then not the
# line's): a tweet glued inside a paragraph, or a retweet at its end (_tweets); a flattened
# live blog's stamps, headings and the page's pieces between its entries
# (annotate.corpus._live_updates.split_live_blog).
_CUT = ("credit", "code", "call", "date", "heading", "boilerplate", "caption", "tweet")


def _is_cut(kind: str, text: str, line: str) -> bool:
    """Whether a record of ``line`` is a piece cut off it, not the whole line dropped: a
    credit, script, call or tweet, a live blog's stamp, heading or page furniture, or a wire's
    end mark (a ``sign-off`` that is only the line's end,
    :func:`annotate.corpus._signoff.split_end_mark`)."""
    if kind == "footnote":
        return True
    if kind == "sign-off":
        return text != line and line.endswith(text)
    return kind in _CUT and text != line


@dataclass(frozen=True)
class Decision:
    """What cleaning did with one raw line (or with a piece of it).

    Attributes
    ----------
    line : int
        1-based line number in the raw (decoded) text.
    action : str
        ``kept``, ``dropped``, ``cut`` (a piece dropped from a kept line: a credit, a
        script glued to its end or footnote digits) or ``joined`` (appended to the line before it).
    rule : str
        The rule: the dropped kind (``caption``, ``credit``, ``list``, ...), or for a kept
        line how many sentences it gave and its dateline, if any.
    text : str
        The line, or the piece dropped from it.
    """

    line: int
    action: str
    rule: str
    text: str


def _article(path: Path, record: int, columns: Columns) -> RawArticle:
    found = 0
    for item in read_file(path, path.name, columns):
        if isinstance(item, Skipped):
            raise IngestError(f"{path}: {item.reason}", hint="give a file ingest can read")
        if not isinstance(item, RawArticle):
            continue
        if found == record:
            if item.file is None:
                return item
            reports, loaded = load_text(item)
            if loaded is None:
                reason = reports[0].reason if reports else "cannot read it"
                raise IngestError(f"{path}: {reason}", hint="give a file ingest can read")
            return loaded
        found += 1
    raise IngestError(
        f"{path} has {found} article(s); there is no article number {record}",
        hint=f"give --record between 0 and {max(found - 1, 0)}",
    )


def explain(path: str | Path, *, record: int = 0, columns: Columns | None = None) -> list[Decision]:
    """Explain how ingest cleans one article: a :class:`Decision` per non-blank raw line.

    Parameters
    ----------
    path : str or Path
        A file ingest reads (``.txt``, ``.md``, ``.html``, ``.csv``, ``.tsv``, ``.jsonl``,
        ``.json``, ``.parquet``, ``.warc``, ``.arc``, ``.xml``, ``.rss``, ``.atom``; all but
        ``.parquet`` also gzip-compressed; any of them in a ``.zip`` or ``.tar`` archive).
    record : int
        Which article of a file of records, pages of a web archive, stories of a news XML
        file or feed, or articles of a zip or tar archive (0 for the first).
    columns : Columns, optional
        The records' columns, as ``ingest`` takes them.
    """
    raw = _article(Path(path), record, columns or Columns())
    if raw.kind == "html":
        extracted = from_html(raw)
        if isinstance(extracted, Skipped):
            raise IngestError(f"{path}: {extracted.reason}", hint="give a page with article text")
        raw = extracted
    lines = normalised_lines(raw.text)
    kept = kept_lines(lines, title=raw.title, first_line_is_title=raw.kind == "text")
    # kept_lines decoded the entities (and mojibake) of ``lines`` in place: records name
    # decoded lines.
    by_line: dict[int, list[tuple[str, str]]] = {}
    reasons: dict[int, str] = {}  # a line decided by its neighbours: which they were
    for d in kept.dropped:
        by_line.setdefault(d.line, []).append((d.kind, d.text))
        if d.reason:
            reasons[d.line] = f"{d.kind} ({d.reason})"
    out: list[Decision] = []
    pending: int | None = None  # where the decision of the current kept line is in ``out``
    kept_index = 0
    sentences = 0  # how many sentences the kept lines so far gave (see dateline_end)

    def close() -> None:
        nonlocal kept_index, pending, sentences
        if pending is None:
            return
        line = kept.lines[kept_index]
        text = line if isinstance(line, str) else line.decode("utf-8", "surrogatepass")
        cut = dateline_end(text, before=sentences)
        n = len(segment(text[cut:]))
        sentences += n
        rule = f"{n} sentence{'s' * (n != 1)}"
        if cut:
            rule += f", dateline {text[:cut].strip()!r}"
        first = out[pending]
        out[pending] = Decision(first.line, first.action, rule, first.text)
        pending = None
        kept_index += 1

    for number, line in enumerate(lines, 1):
        if not line:
            continue
        records = by_line.get(number, [])
        whole = [k for k, t in records if k not in _PARTIAL and not _is_cut(k, t, line)]
        if whole or number in reasons:
            # A line decided by its neighbours is dropped whole, whatever was cut off it first.
            rule = reasons.get(number) or whole[0]
            out.append(Decision(number, "dropped", rule, line))
            continue
        if any(k == "joined" for k, _ in records):
            out.append(Decision(number, "joined", "goes on with the line before", line))
        else:
            close()
            pending = len(out)
            out.append(Decision(number, "kept", "", line))
        for kind, text in records:
            if _is_cut(kind, text, line):
                out.append(Decision(number, "cut", kind, text))
    close()
    return out
