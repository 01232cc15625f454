"""ingest(): stable ids, and bad input reported and skipped rather than raised."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from annotate.errors import IngestError
from annotate.ingest import Skipped, ingest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "iran-missiles-russia.txt"


def rows(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def by_article(path: Path) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in rows(path):
        out.setdefault(r["article_id"], []).append((r["sentence_id"], r["text_sha256"]))
    return out


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "world").mkdir(parents=True)
    shutil.copy(SEED, folder / "iran.txt")
    (folder / "world" / "a.txt").write_text("Story A\n\nFirst one. Second one.\n", "utf-8")
    (folder / "world" / "b.txt").write_text("Story B\n\nOnly sentence here.\n", "utf-8")
    return folder


def test_reingesting_gives_identical_tables(corpus: Path, tmp_path: Path) -> None:
    first = ingest([corpus], tmp_path / "1.parquet")
    second = ingest([corpus], tmp_path / "2.parquet")
    assert rows(first.sentences_path) == rows(second.sentences_path)
    assert rows(first.articles_path) == rows(second.articles_path)


def test_other_articles_do_not_change_ids(corpus: Path, tmp_path: Path) -> None:
    before = by_article(ingest([corpus], tmp_path / "1.parquet").sentences_path)
    (corpus / "world" / "b.txt").unlink()
    (corpus / "aaa-new.txt").write_text("New Story\n\nA new one. Another.\n", "utf-8")
    after = by_article(ingest([corpus], tmp_path / "2.parquet").sentences_path)
    assert len(before) == len(after) == 3
    shared = before.keys() & after.keys()
    assert len(shared) == 2
    for aid in shared:
        assert before[aid] == after[aid]


def test_editing_one_sentence_changes_only_its_hash(corpus: Path, tmp_path: Path) -> None:
    before = rows(ingest([corpus], tmp_path / "1.parquet").sentences_path)
    path = corpus / "iran.txt"
    path.write_text(path.read_text("utf-8").replace("late last year", "in December"), "utf-8")
    after = rows(ingest([corpus], tmp_path / "2.parquet").sentences_path)
    assert [r["sentence_id"] for r in before] == [r["sentence_id"] for r in after]
    changed = [
        a["text"]
        for b, a in zip(before, after, strict=False)
        if b["text_sha256"] != a["text_sha256"]
    ]
    assert changed == [
        "The agreement was reportedly finalized at meetings in Tehran and Moscow in December."
    ]


def test_article_id_comes_from_url_then_id_then_path(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": "With a url.", "url": "https://x.org/s", "id": 7})
        + "\n"
        + json.dumps({"text": "With an id.", "id": 7})
        + "\n"
        + json.dumps({"text": "With neither."})
        + "\n",
        "utf-8",
    )
    from annotate._rows import article_id

    ids = [r["article_id"] for r in rows(ingest([tmp_path], tmp_path / "o.parquet").articles_path)]
    assert ids == [
        article_id("https://x.org/s", "a.jsonl#7"),
        article_id(None, "a.jsonl#7"),
        article_id(None, "a.jsonl#row3"),
    ]
    assert all(i.startswith("a-") and len(i) == 14 for i in ids)


def test_bad_files_are_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Line one.\nCaf\xe9 au lait.\n".encode("latin-1"))
    (tmp_path / "nocol.csv").write_text("id,body\n1,Some text.\n", "utf-8")
    (tmp_path / "broken.jsonl").write_text(
        '{"text": "Fine line."}\n{"text": "broken\n{"text": "Also fine."}\n{"title": "no text"}\n',
        "utf-8",
    )
    (tmp_path / "bad.meta.json").write_text("{not json")
    (tmp_path / "bad.txt").write_text("Has a broken sidecar.\n\nBut its text is fine.\n")
    result = ingest([tmp_path], tmp_path / "out" / "o.parquet")
    skipped = {(Path(s.path).name, s.line): s.reason for s in result.skipped}
    assert skipped.keys() == {
        ("empty.txt", None),
        ("binary.txt", None),
        ("latin1.txt", 2),
        ("nocol.csv", None),
        ("broken.jsonl", 2),
        ("broken.jsonl", 4),
        ("bad.meta.json", None),
    }
    assert skipped[("empty.txt", None)] == "empty file"
    assert skipped[("binary.txt", None)].startswith("binary file")
    assert skipped[("latin1.txt", 2)].startswith("not valid UTF-8 (byte 0xe9 at offset 13)")
    assert skipped[("nocol.csv", None)].startswith("missing column 'text' (columns: id, body)")
    assert skipped[("broken.jsonl", 2)].startswith("invalid JSON line")
    assert skipped[("broken.jsonl", 4)] == "no text in column 'text'"
    assert "ingested without it" in skipped[("bad.meta.json", None)]
    assert all(isinstance(s, Skipped) for s in result.skipped)
    paths = [r["path"] for r in rows(result.articles_path)]
    assert paths == ["bad.txt", "broken.jsonl", "broken.jsonl", "good.txt"]


def test_csv_missing_mapped_column_names_the_fix(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("Body ID,articleBody\n1,Some text here.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nText.\n", "utf-8")
    result = ingest([tmp_path], tmp_path / "o.parquet", text_column="articleBody", id_column="id")
    (skip,) = result.skipped
    assert skip.reason.startswith("missing column 'id' (columns: Body ID, articleBody) -> ")


def test_duplicate_article_ids_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,text\n1,First.\n1,Again the same id.\n", "utf-8")
    result = ingest([tmp_path], tmp_path / "o.parquet")
    assert result.n_articles == 1
    assert [(s.line, s.reason.split(" (")[0]) for s in result.skipped] == [
        (3, f"duplicate article id {rows(result.articles_path)[0]['article_id']}")
    ]


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"input path does not exist: .*nowhere") as info:
        ingest([tmp_path / "nowhere"], tmp_path / "o.parquet")
    assert "->" in str(info.value)


def test_nothing_readable_raises_and_leaves_no_output(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(IngestError, match=r"nothing could be read from .*\n  .*empty.txt: empty"):
        ingest([tmp_path], tmp_path / "out" / "o.parquet")
    assert list((tmp_path / "out").iterdir()) == []
    with pytest.raises(IngestError, match="no input paths"):
        ingest([], tmp_path / "o.parquet")
