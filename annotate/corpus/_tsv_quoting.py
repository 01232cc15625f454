"""Which of two conventions a tab-separated file was written in.

A TSV file either holds its fields as they stand (a field cannot hold a tab or a line break,
and a quotation mark is just a character: ``"We won," he said.``) or is written with CSV
quoting (a field holding a quote, a tab or a line break is wrapped in quotes and its own quotes
are doubled: ``"a ""model minority"" title"``), as ``pandas.DataFrame.to_csv(sep="\\t")`` and
the csv module write it. Read with the wrong convention, the first loses the quotes a sentence
opens with and the second keeps the wrapping and doubled quotes in the text. The CheckThat!
files (:mod:`annotate.corpus._checkthat`) come in both; ``annotate ingest`` reads ``.tsv``
articles by the same decision.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

__all__ = ["csv_quoted"]


def csv_quoted(lines: Iterable[str]) -> bool:
    """Whether the lines of a TSV file (header first, read with ``newline=""``) are written
    with CSV quoting.

    True when they hold a doubled quote and read as CSV without a fault: every field that opens
    with a quote closes it right before a tab or the end of its row, and every row has at least
    two fields and no more than the header. A file written without quoting has fields such as
    ``"We won," he said.`` that do not read so; a file written with it cannot hold a quote any
    other way than doubled inside a quoted field. A file whose only quoted-looking fields have
    no quote inside (``"We won."``) is read as it stands: both conventions could have written
    it, and only the unquoted reading keeps the marks the reader sees. The lines are read once,
    as they come (a large file is not held in memory).
    """
    doubled = False

    def watched() -> Iterator[str]:
        nonlocal doubled
        for line in lines:
            doubled = doubled or '""' in line
            yield line

    width = 0
    try:
        for row in csv.reader(watched(), delimiter="\t", strict=True):
            if not row:
                continue
            if not width:
                width = len(row)
            # Rows may leave the last columns out (CheckThat's English dev leaves
            # solved_conflict empty in 243).
            elif not 2 <= len(row) <= width:
                return False
    except csv.Error:
        return False
    return doubled
