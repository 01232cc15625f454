"""ingest() of zip and tar archives: an archive is read as the folder it packs.

The archives are made with the standard library's zipfile and tarfile, as packing tools write
them (members in the order given, a Mac's ``__MACOSX`` folder, a README beside the articles).
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from annotate.corpus import _archives
from annotate.corpus._explain import explain
from annotate.corpus._ingest import ingest
from annotate.errors import IngestError

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "corpus" / "iran-missiles-russia.txt").read_bytes()
NITF = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Council Votes</title><docdata><doc-id id-string="1815742"/></docdata></head>
<body><body.content><block class="full_text">
<p>The city council voted on Tuesday to close the bridge, officials said.</p>
<p>Repairs may take a year, engineers said.</p></block></body.content></body></nitf>
"""
CSV = b"id,title,text\n1,Port strike,Dock workers stayed off the job on Monday.\n2,Empty,\n"
META = json.dumps({"title": "Iran sends missiles", "url": "https://example.com/iran"}).encode()


def _tar(path: Path, members: list[tuple[str, bytes]]) -> Path:
    mode = "w:gz" if path.name.endswith(("gz", ".tgz")) else "w"
    with tarfile.open(path, mode) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def _zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def _read(out: Path) -> tuple[list[dict], list[dict]]:
    articles = pq.read_table(out.parent / f"{out.stem}.articles.parquet").to_pylist()
    return articles, pq.read_table(out).to_pylist()


def test_a_tgz_is_read_as_the_folder_it_packs(tmp_path: Path) -> None:
    # The sidecar comes after its article in the stream: it is still read with it.
    archive = _tar(
        tmp_path / "2007-01.tgz",
        [
            ("01/01/1815742.xml", NITF),
            ("01/02/iran.txt", SEED),
            ("01/02/iran.meta.json", META),
            ("01/02/photo.jpg", b"\xff\xd8\xff\xe0" + bytes(32)),
            ("README.txt", b"The NYT corpus, January 2007.\n"),
            ("01/.DS_Store", b"\x00\x00"),
        ],
    )
    out = tmp_path / "s.parquet"
    result = ingest([archive], out, workers=1)
    assert not result.skipped and not result.warnings
    assert result.passed_over == {
        "not an article file (.jpg)": 1,
        "README or licence": 1,
        "hidden file": 1,
    }
    articles, sentences = _read(out)
    by_title = {a["title"]: a for a in articles}
    assert set(by_title) == {"Council Votes", "Iran sends missiles"}
    assert by_title["Iran sends missiles"]["url"] == "https://example.com/iran"
    council = [
        s["text"] for s in sentences if s["article_id"] == by_title["Council Votes"]["article_id"]
    ]
    assert council[0] == "The city council voted on Tuesday to close the bridge, officials said."
    # The same archive ingested again gives the same ids: identity is archive + member.
    again = tmp_path / "again.parquet"
    ingest([archive], again, workers=1)
    assert sorted(a["article_id"] for a in _read(again)[0]) == sorted(
        a["article_id"] for a in articles
    )


def test_a_zip_in_a_folder_with_records_and_compressed_members(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    _zip(
        src / "dataset.zip",
        [
            ("dataset/news.csv", CSV),
            (
                "dataset/more.jsonl.gz",
                gzip.compress(b'{"text": "Talks could resume on Friday."}\n'),
            ),
            ("__MACOSX/dataset/._news.csv", b"\x00\x05\x16\x07"),
        ],
    )
    (src / "loose.txt").write_bytes(SEED)
    out = tmp_path / "s.parquet"
    result = ingest([src], out, workers=1)
    articles, sentences = _read(out)
    assert len(articles) == 3  # two records (one empty: skipped) and the loose file
    texts = {s["text"] for s in sentences}
    assert {"Dock workers stayed off the job on Monday.", "Talks could resume on Friday."} <= texts
    # A bad record is named inside the archive, by its line.
    (skip,) = result.skipped
    assert (skip.path, skip.line) == (f"{src / 'dataset.zip'}/dataset/news.csv", 3)
    assert result.passed_over == {"hidden file": 1}
    # --explain reads an archive's article by its number.
    decisions = explain(src / "dataset.zip", record=0)
    assert decisions[0].text == "Dock workers stayed off the job on Monday."


def test_what_cannot_be_read_from_an_archive_is_said(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_archives, "MAX_MEMBER", 1 << 20)
    archive = _zip(
        tmp_path / "bundle.zip",
        [
            ("../../outside.txt", b"Escape\n\nThe member's name climbs out of the folder.\n"),
            ("inner.zip", b"PK\x05\x06" + bytes(18)),
            ("big.txt", b"Big\n\n" + b"A long sentence of the story goes on. " * 40_000),
        ],
    )
    out = tmp_path / "out" / "s.parquet"
    result = ingest([archive], out, workers=1)
    # A member's name never says where it is written: nothing outside the temporary folder.
    assert not (tmp_path.parent / "outside.txt").exists()
    assert not (tmp_path / "outside.txt").exists()
    assert [a["title"] for a in _read(out)[0]] == ["Escape"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}
    assert reasons["inner.zip"] == "an archive inside an archive -> unpack it and ingest it"
    assert reasons["big.txt"] == (
        "1.4 MiB unpacked, over the 1.0 MiB read from inside an archive -> unpack it and ingest "
        "the file"
    )


def test_a_damaged_archive_keeps_the_members_before_the_damage(tmp_path: Path) -> None:
    whole = _tar(
        tmp_path / "whole.tar.gz",
        [(f"story{i}.txt", SEED.replace(b"Iran", f"Iran{i}".encode())) for i in range(3)]
        + [("last.txt", bytes(range(256)) * 4000)],
    )
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size - 2000])
    out = tmp_path / "s.parquet"
    result = ingest([cut], out, workers=1)
    assert len(_read(out)[0]) == 3
    assert any(
        s.path == str(cut) and s.reason.startswith("damaged archive") for s in result.skipped
    )


def test_not_an_archive_says_so(tmp_path: Path) -> None:
    fake = tmp_path / "notes.zip"
    fake.write_text("just text\n")
    with pytest.raises(IngestError) as info:
        ingest([fake], tmp_path / "s.parquet", workers=1)
    assert "notes.zip: damaged archive (File is not a zip file)" in str(info.value)
