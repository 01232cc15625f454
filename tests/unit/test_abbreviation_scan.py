"""The abbreviation scan of ``_pysbd_rules`` gives pysbd's own result, faster.

pysbd 0.3.4 looks for each of its abbreviations in every line; ``_pysbd_rules`` looks only for
those a word of the line starts with. These tests hold the two to the same output on real news
lines (FNC-1 train bodies, PolNeAR texts) and on lines with the characters that case folding
reads as an ASCII letter, and check that set of characters against Python's ``re`` itself.
"""

from __future__ import annotations

import csv
import re
import sys

import pytest
from pysbd.abbreviation_replacer import AbbreviationReplacer

from annotate.corpus import _pysbd_rules
from annotate.corpus._pysbd_rules import _FOLDS, _AbbreviationReplacer, _NewsEnglish
from tests.shared import shared_data


def _pysbd_scan(line: str) -> str:
    # pysbd's loop itself, called on our replacer (its other methods are the news ones).
    replacer = _AbbreviationReplacer(line, _NewsEnglish)
    return str(AbbreviationReplacer.search_for_abbreviations_in_string(replacer, line))


def _our_scan(line: str) -> str:
    return str(_AbbreviationReplacer(line, _NewsEnglish).search_for_abbreviations_in_string(line))


def _news_lines(limit: int) -> list[str]:
    csv.field_size_limit(2**31 - 1)
    lines: list[str] = []
    with (shared_data() / "fnc1" / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lines.extend(line for line in row["articleBody"].splitlines() if line.strip())
            if len(lines) >= limit:
                break
    for path in sorted((shared_data() / "polnear" / "data").glob("*/text/*.txt"))[:40]:
        lines.extend(line for line in path.read_text("utf-8").splitlines() if line.strip())
    return lines


def test_the_scan_is_pysbds_on_real_news_lines() -> None:
    lines = _news_lines(3000)
    assert len(lines) > 3000
    differ = [line for line in lines if _our_scan(line) != _pysbd_scan(line)]
    assert differ == []
    # The lines do hold abbreviations the scan changes (it is not a test of nothing).
    assert sum(_our_scan(line) != line for line in lines) > 50


@pytest.mark.parametrize(
    "line",
    [
        "The Co. said on Tuesday that Mr. Smith, Jr. of the Dept. of State is no. 3 in line.",
        "\u0130s. Kaya said the vote was close.",  # dotted capital I, read as "i"
        "He met Gen. \u212aelly and Dr. Jones at approx. 3 p.m. in Ft. Worth.",
        "The \u017ft. paper sold out.",  # long s
        "\u201cCo. officials,\u201d she said, \u201cwere told.\u201d",
        "See e.g. the U.S. report, i.e. the one Ph.D. students read.",
        "p. 12 and v. 3 of the Vol. 2 ed. were cited",
        "Shares of Acme CO. rose, the co. fell and NO. 3 was sold",
        "no full stop here at all, Mr Smith said in Ft Worth",
        "",
    ],
)
def test_the_scan_is_pysbds_on_edge_lines(line: str) -> None:
    assert _our_scan(line) == _pysbd_scan(line)


def test_the_folded_characters_are_every_one_that_matches_an_ascii_letter() -> None:
    # A word start the scan did not fold could hide an abbreviation pysbd's case-folded regex
    # finds there: the set must hold every non-ASCII character that matches an ASCII letter
    # under re.IGNORECASE, or whose lower case has one.
    letter = re.compile("[a-z]", re.IGNORECASE)
    folding = {
        chr(code)
        for code in range(128, sys.maxunicode + 1)
        if letter.fullmatch(chr(code)) or any(c.isascii() for c in chr(code).lower())
    }
    assert folding == {chr(code) for code in _FOLDS}
    assert _pysbd_rules._PLAIN.fullmatch("co")
