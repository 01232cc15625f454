"""A long article's text crosses from a worker to the main process as a file, not a pickle.

Issue #10 item 11: pickled back from a worker, a 50 MB article's text was held twice in the
worker (the text and its pickle) and twice at once in the main process (the message and the
text unpickled from it). ``SPILL_BYTES`` is made small here so that a short article takes the
file's way; the workers are real (spawned) processes.
"""

from __future__ import annotations

import shutil
from array import array
from pathlib import Path
from typing import Any

import pytest

from annotate.corpus import _handoff
from annotate.corpus import _ingest as ingest_module
from annotate.corpus._handoff import SpilledText, SpillTo, offsets_of, spill, take_back
from annotate.corpus._ingest import ingest
from annotate.errors import IngestError

ROOT = Path(__file__).resolve().parents[2]
SHORT = "Council Vote\n\nThe council met on Monday. It voted to keep the library open.\n"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(ROOT / "corpus" / "iran-missiles-russia.txt", folder / "long.txt")
    (folder / "short.txt").write_text(SHORT, encoding="utf-8")
    return folder


def test_a_long_article_reaches_the_main_process_as_a_file_not_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "in")
    one = ingest([corpus], tmp_path / "one" / "s.parquet", workers=1)
    received: list[Any] = []
    drain = ingest_module._drain

    def spy(item: Any) -> Any:
        results = drain(item)
        received.extend(r[0]["text"] for r in results if isinstance(r, tuple))
        return results

    monkeypatch.setattr(ingest_module, "_drain", spy)
    monkeypatch.setattr(_handoff, "SPILL_BYTES", 1_000)  # the long article is ~3 KB
    two = ingest([corpus], tmp_path / "two" / "s.parquet", workers=2)

    # What the worker sent for the long article is a file's name and size, never its text.
    long, short = received
    assert isinstance(long, SpilledText)
    assert long.size > 1_000
    assert isinstance(short, bytes | bytearray)
    assert len(short) < 1_000
    # Read back, the tables are those of one process, byte for byte; the file and its folder
    # are gone.
    for mine, theirs in [(one.sentences_path, two.sentences_path)]:
        assert mine.read_bytes() == theirs.read_bytes()
    assert one.articles_path.read_bytes() == two.articles_path.read_bytes()
    assert sorted(p.name for p in two.sentences_path.parent.iterdir()) == [
        "s.articles.parquet",
        "s.parquet",
    ]


def test_a_text_that_cannot_be_written_out_stays_in_the_result(tmp_path: Path) -> None:
    article = {"path": "a.txt", "text": bytearray(b"x" * 100)}
    offsets = array("q", [0, 100, 0, 100])
    # The folder is gone.
    got = spill(article, offsets, SpillTo(str(tmp_path / "removed"), 10))
    assert got == (article, offsets)
    assert article["text"] == b"x" * 100


def test_a_short_text_is_not_written_out(tmp_path: Path) -> None:
    article = {"path": "a.txt", "text": b"short"}
    offsets = array("q", [0, 5, 0, 5])
    assert spill(article, offsets, SpillTo(str(tmp_path), 10)) == (article, offsets)
    assert article["text"] == b"short"
    assert list(tmp_path.iterdir()) == []


def test_a_text_written_out_is_read_back_whole_and_its_file_removed(tmp_path: Path) -> None:
    text = "Zoë said “yes” 😀. ".encode() * 50
    offsets = array("q", range(400))
    article, sent = spill(
        {"path": "a.txt", "text": bytearray(text)}, offsets, SpillTo(str(tmp_path), 10)
    )
    spilled = article["text"]
    assert isinstance(spilled, SpilledText)
    assert len(sent) == 0  # the offsets went with the text
    assert take_back(article) == spilled
    assert article["text"] == text
    assert offsets_of("a.txt", spilled) == offsets
    assert list(tmp_path.iterdir()) == []


def test_a_handoff_file_gone_is_one_error_naming_the_article_and_the_file(
    tmp_path: Path,
) -> None:
    gone = tmp_path / "article-1.bin"
    with pytest.raises(IngestError, match=r"a\.txt.*article-1\.bin") as caught:
        take_back({"path": "a.txt", "text": SpilledText(str(gone), 10)})
    assert caught.value.hint and "run ingest again" in caught.value.hint


def test_a_handoff_file_cut_short_is_one_error(tmp_path: Path) -> None:
    cut = tmp_path / "article-1.bin"
    cut.write_bytes(b"12345")
    with pytest.raises(IngestError, match="has 5 bytes, not 10"):
        take_back({"path": "a.txt", "text": SpilledText(str(cut), 10)})
    cut.write_bytes(b"0123456789" + bytes(8))  # the text whole, one offset of two
    with pytest.raises(IngestError, match="has 18 bytes, not 26"):
        offsets_of("a.txt", SpilledText(str(cut), 10, 2))
