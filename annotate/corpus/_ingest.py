"""Stage 1, ingest: news articles in, a sentence table and an article table out.

``ingest()`` reads ``.txt``/``.md`` (with an optional ``<name>.meta.json`` sidecar), ``.html``,
``.jsonl``, ``.json``, ``.csv``, ``.tsv``, ``.parquet``, web archives (``.warc``, ``.arc``: a
page per article) and news XML (``.xml``, ``.rss``, ``.atom``: NITF, NewsML-G2, the Reuters
corpus's newsitem, RSS and Atom feeds, a story per article) files, all but ``.parquet`` also
gzip-compressed, and any of them inside zip and tar archives (``.zip``, ``.tgz`` ...), cleans
page furniture, splits sentences with offsets into the cleaned text, and writes two Parquet
files incrementally so that memory stays flat. Bad files and records are reported in
:attr:`IngestResult.skipped`, files read in a guessed encoding or with a damaged byte replaced
in :attr:`IngestResult.warnings`; the rest is still ingested.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from annotate._files import atomic_files, check_output
from annotate._progress import Progress, report
from annotate.corpus import _handoff
from annotate.corpus._arrow_rows import rows_table
from annotate.corpus._article import (
    ARTICLE_SCHEMA,
    ARTICLE_WRITE_OPTIONS,
    SENTENCE_SCHEMA,
    Result,
    process_chunk,
    sentence_rows,
)
from annotate.corpus._handoff import SpillTo, offsets_of, take_back
from annotate.corpus._readers import (
    Columns,
    Passed,
    RawArticle,
    Skipped,
    Warned,
    find_files,
    read_file,
)
from annotate.errors import IngestError

__all__ = ["IngestResult", "Skipped", "Warned", "ingest"]

# Below this many input bytes a worker pool costs more (process start-up, imports) than it saves.
_PARALLEL_MIN_BYTES = 1_000_000
# Work is sent to workers in chunks of about this many characters, so that per-task overhead is
# small but the number of articles held in memory at once stays bounded.
_CHUNK_CHARS = 200_000
_ROWS_PER_GROUP = 20_000
# Sentence rows are built this many at a time, so a very long article never has all its rows
# (each with its text, context and hash) in memory at once.
_SENTENCE_BATCH = 5_000
# The article table is flushed once it holds this much text, rather than every _ROWS_PER_GROUP
# articles: a few long articles would otherwise sit in memory, as dicts and then as Arrow, until
# the end.
_ARTICLE_TEXT_PER_GROUP = 16_000_000


@dataclass(frozen=True)
class IngestResult:
    """What :func:`ingest` wrote and what it left out.

    Attributes
    ----------
    sentences_path, articles_path : Path
        The sentence table and the article table (``<stem>.articles.parquet`` beside it).
    n_articles, n_sentences : int
        Rows written to each table.
    skipped : list of Skipped
        Files and records not ingested, with the reason.
    warnings : list of Warned
        Files and records ingested, but perhaps not as meant: a file that was not UTF-8 and
        the encoding it was decoded with, a byte replaced, with the physical line.
    dropped_lines : dict of str to int
        Raw lines dropped while cleaning, counted by kind (``title``, ``caption``,
        ``boilerplate``, ``heading``, ``duplicate``; ``footnote`` counts footnote markers).
    passed_over : dict of str to int
        Web archive records that are not pages, counted by what they are (``request record``,
        ``redirect (3xx)``, ``file that is not HTML (image/jpeg)`` ...): a crawl's normal
        content, so neither skipped nor warned of; and the members of a zip or tar archive
        that are not article files (``not an article file (.jpg)``, ``hidden file``), as a
        folder's are ignored.
    """

    sentences_path: Path
    articles_path: Path
    n_articles: int
    n_sentences: int
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Warned] = field(default_factory=list)
    dropped_lines: dict[str, int] = field(default_factory=dict)
    passed_over: dict[str, int] = field(default_factory=dict)


def articles_path_for(output: Path) -> Path:
    """Return where the article table goes for sentence table ``output``."""
    return output.with_name(f"{output.stem}.articles.parquet")


# What readers and workers report instead of an article; passed through in order.
_Report = Skipped | Warned | Passed
_REPORTS = (Skipped, Warned, Passed)


def _chunks(items: Iterator[RawArticle | _Report]) -> Iterator[list[RawArticle] | _Report]:
    chunk: list[RawArticle] = []
    size = 0
    for item in items:
        if isinstance(item, _REPORTS):
            yield item
            continue
        chunk.append(item)
        size += item.size or len(item.text)  # a file not read yet: its size in bytes
        if size >= _CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _results(
    work: Iterator[list[RawArticle] | _Report],
    workers: int,
    spill_to: SpillTo | None = None,
    language: str | None = None,
) -> Iterator[Result | _Report]:
    """Process chunks in order, in a pool when ``workers > 1``, with few chunks in flight.

    Workers leave a long article's text in a file (:mod:`annotate.corpus._handoff`).
    """
    if workers <= 1:
        for item in work:
            yield from [item] if isinstance(item, _REPORTS) else process_chunk(item, None, language)
        return
    import multiprocessing

    # spawn: a fork while rich's refresh thread runs can deadlock, and Python 3.12 warns.
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pending: deque[Any] = deque()
        for item in work:
            pending.append(
                item
                if isinstance(item, _REPORTS)
                else pool.apply_async(process_chunk, (item, spill_to, language))
            )
            del item  # the chunk's raw text is the worker's now; do not hold it while waiting
            while len(pending) > 2 * workers:
                yield from _drain(pending.popleft())
        while pending:
            yield from _drain(pending.popleft())


def _drain(item: Any) -> list[Result | _Report]:
    return [item] if isinstance(item, _REPORTS) else item.get()


class _Writer:
    """Append rows to a Parquet file object in row groups; closed by ``stack``.

    The file object is a temporary file (:func:`annotate._files.atomic_files`) renamed over
    the table only once everything is written: until then the previous table stays whole.
    With ``release``, each flush hands what Arrow freed back to the system (see
    :meth:`flush`).
    """

    rows: list[dict[str, Any]]

    def __init__(
        self, stack: ExitStack, fh: Any, schema: pa.Schema, *, release: bool = False, **options: Any
    ) -> None:
        self.schema, self.rows, self.n, self.release = schema, [], 0, release
        self.writer = pq.ParquetWriter(fh, schema, compression="zstd", **options)
        # Registered after the file was opened on ``stack``: the footer is written first.
        stack.callback(self.close)

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        self.n += len(rows)
        if len(self.rows) >= _ROWS_PER_GROUP:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(rows_table(self.rows, self.schema))
            self.rows = []
            if self.release:
                # Parquet copies a long text twice on its way out (the encoded values, the
                # page): ~90-120 MB for a 50 MB article, freed into Arrow's allocator, which kept
                # it while the article's 300,000 sentence rows were then built on top.
                pa.default_memory_pool().release_unused()

    def close(self) -> None:
        self.flush()
        self.writer.close()


def _spill_folder(stack: ExitStack, output: Path) -> SpillTo | None:
    """A hidden folder beside ``output`` for workers' long texts, removed when ``stack`` closes.

    Beside the output, not in the system's temporary folder: that is often in memory (tmpfs),
    which would hold the texts the handoff keeps out of memory. None (texts are pickled as
    before) if it cannot be made.
    """
    try:
        folder = tempfile.mkdtemp(prefix=f".{output.name}.", suffix=".parts", dir=output.parent)
    except OSError:
        return None
    stack.callback(shutil.rmtree, folder, ignore_errors=True)
    return SpillTo(folder, _handoff.SPILL_BYTES)


def _check_paths(paths: Sequence[str | Path]) -> list[Path]:
    if not paths:
        raise IngestError("no input paths given", hint="pass files or folders of articles")
    resolved = [Path(p) for p in paths]
    for path in resolved:
        if not path.exists():
            raise IngestError(
                f"input path does not exist: {path}",
                hint="check the spelling, or pass a folder such as corpus/",
            )
    return resolved


def ingest(
    paths: Sequence[str | Path],
    output: str | Path,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    title_column: str | None = None,
    url_column: str | None = None,
    html_column: str | None = None,
    language: str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Read articles, clean them, split them into sentences and write two Parquet tables.

    Parameters
    ----------
    paths : sequence of str or Path
        Files and folders. Folders are walked recursively in sorted order; hidden files,
        ``*.meta.json`` sidecars, README/LICENSE-like files and unsupported extensions in them
        are ignored. A file named explicitly is always read.
    output : str or Path
        The sentence table (Parquet). The article table is written beside it as
        ``<stem>.articles.parquet``.
    text_column, id_column, title_column, url_column : str, optional
        Column names for CSV/JSONL input. Without ``id_column``/``title_column``/``url_column``
        the columns ``id``/``title``/``url`` are used when present; ``source``, ``published``
        and ``language`` are always read when present.
    html_column : str, optional
        CSV/JSONL column holding a page's HTML, extracted as an HTML file is, for records
        with no text (default: ``html`` when present).
    language : str, optional
        A language code (``en``; ISO 639-1): keep only the articles whose text is identified
        as written in it; the others are skipped with the language found
        (:mod:`annotate.corpus._languages`). Articles that declare no language get the one
        identified. Default: every language in the Latin script.
    workers : int, optional
        Processes to use; default ``os.cpu_count()``, but 1 for inputs under about 1 MB.
    progress : callable, optional
        Called as ``progress("ingest", articles_done, None)`` as articles are read
        (see :mod:`annotate._progress`).

    Returns
    -------
    IngestResult

    Raises
    ------
    IngestError
        When a path does not exist, ``language`` is no code the identifier knows, or
        nothing at all could be read.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "sentences.parquet"
    >>> result = ingest(["corpus/"], out)  # the bundled corpus, from the repository's root
    >>> result.n_articles, result.n_sentences, result.articles_path.name
    (1, 24, 'sentences.articles.parquet')
    """
    roots = _check_paths(paths)
    if language is not None:
        _check_language(language)
    output = Path(output)
    cols = Columns(text_column, id_column, title_column, url_column, html_column)
    files = list(find_files(roots))
    inputs = [*roots, *(f for f, _ in files)]
    check_output(output, inputs=inputs, what="sentence table")
    check_output(articles_path_for(output), inputs=inputs, what="article table")
    if workers is None:
        big = sum(f.stat().st_size for f, _ in files) >= _PARALLEL_MIN_BYTES
        workers = (os.cpu_count() or 1) if big else 1

    skipped: list[Skipped] = []
    warnings: list[Warned] = []
    dropped: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    seen: dict[str, str] = {}
    held = 0  # characters of article text waiting in the article writer
    raws = (item for path, rel in files for item in read_file(path, rel, cols))
    with ExitStack() as stack:
        # Both tables are renamed into place only once both are written: an error anywhere
        # below (a bad input, a full disk) leaves both old tables as they were.
        tables = stack.enter_context(atomic_files(output, articles_path_for(output)))
        spill_to = _spill_folder(stack, output) if workers > 1 else None
        sentences = _Writer(stack, tables[0], SENTENCE_SCHEMA)
        articles = _Writer(stack, tables[1], ARTICLE_SCHEMA, release=True, **ARTICLE_WRITE_OPTIONS)
        tick = report(progress)
        for result in _results(_chunks(raws), max(1, workers), spill_to, language):
            if isinstance(result, Skipped):
                skipped.append(result)
                continue
            if isinstance(result, Warned):
                warnings.append(result)
                continue
            if isinstance(result, Passed):
                passed.update(result.counts)
                continue
            article, offsets = result
            first = seen.setdefault(article["article_id"], _where(article))
            if first != _where(article):
                reason = f"duplicate article id {article['article_id']} (same url or id as {first})"
                skipped.append(Skipped(article["path"], article["line"], reason))
                continue  # a spilled text is not read; its file goes with the folder
            spilled = take_back(article)
            dropped.update(d["kind"] for d in article["dropped"])
            # The article row first, then its sentence rows: a long article is written to
            # Parquet (which copies its text twice on the way) while memory holds only that
            # text, not also what building and writing its sentence rows left behind
            # (50 MB article: peak 369 -> 323 MB). Each table's bytes are the same either way.
            if held and held + len(article["text"]) >= _ARTICLE_TEXT_PER_GROUP:
                # A long article starts a row group of its own: its text is then given to
                # Arrow as it is, not copied in with the texts held before it.
                articles.flush()
                held = 0
            articles.add([article])
            held += len(article["text"])
            if held >= _ARTICLE_TEXT_PER_GROUP:
                articles.flush()
                held = 0
            if spilled is not None:
                offsets = offsets_of(article["path"], spilled)  # only now: see _handoff
            for rows in sentence_rows(article, offsets, _SENTENCE_BATCH):
                sentences.add(rows)
            tick("ingest", 1, None)
        if articles.n == 0:
            raise IngestError(
                f"nothing could be read from {', '.join(map(str, roots))}"
                + "".join(f"\n  {_at(s.path, s.line)}: {s.reason}" for s in skipped[:10]),
                hint=(
                    f"every article is in another language than {language!r}: drop --language"
                    if skipped and all(s.reason.startswith("written in ") for s in skipped)
                    else "pass .txt, .md, .html, .jsonl, .json, .csv, .tsv, .parquet, .warc, .arc, "
                    ".xml (NITF, NewsML, TEI, RSS, Atom), .rss or .atom articles, or a .zip or "
                    f".tar(.gz) of them; for records name the text column (now {text_column!r})"
                ),
            )
    return IngestResult(
        sentences_path=output,
        articles_path=articles_path_for(output),
        n_articles=articles.n,
        n_sentences=sentences.n,
        skipped=skipped,
        warnings=warnings,
        dropped_lines=dict(sorted(dropped.items())),
        passed_over=dict(passed.most_common()),
    )


def _check_language(language: str) -> None:
    from annotate.corpus._languages import known

    codes = known()
    if language not in codes:
        raise IngestError(
            f"no language {language!r} to keep: give a language code (ISO 639-1 where the "
            "language has one), one of " + ", ".join(codes),
            hint="e.g. --language en for English",
        )


def _at(path: str, line: int | None) -> str:
    return path if line is None else f"{path}:{line}"


def _where(article: dict[str, Any]) -> str:
    return _at(article["path"], article["line"])
