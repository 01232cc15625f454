"""ingest(): stable ids, and bad input reported and skipped rather than raised."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from annotate.corpus._ingest import Skipped, Warned, ingest
from annotate.errors import IngestError

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
    from annotate.corpus._article import article_id

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
        ("nocol.csv", None),
        ("broken.jsonl", 2),
        ("broken.jsonl", 4),
        ("bad.meta.json", None),
    }
    assert skipped[("empty.txt", None)] == "empty file"
    assert skipped[("binary.txt", None)].startswith("binary file")
    assert [(Path(w.path).name, w.reason.split(":")[0]) for w in result.warnings] == [
        ("latin1.txt", "not UTF-8 (byte 0xe9 on line 2, and no character is UTF-8)")
    ]
    assert skipped[("nocol.csv", None)].startswith("missing column 'text' (columns: id, body)")
    assert skipped[("broken.jsonl", 2)].startswith("invalid JSON line")
    assert skipped[("broken.jsonl", 4)] == (
        "no column 'text' (the record has: title) -> its longest text is in 'title': name it "
        "with text_column"
    )
    assert "ingested without it" in skipped[("bad.meta.json", None)]
    assert all(isinstance(s, Skipped) for s in result.skipped)
    paths = [r["path"] for r in rows(result.articles_path)]
    assert paths == ["bad.txt", "broken.jsonl", "broken.jsonl", "good.txt", "latin1.txt"]


def test_csv_missing_mapped_column_names_the_fix(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("Body ID,articleBody\n1,Some text here.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nText.\n", "utf-8")
    result = ingest([tmp_path], tmp_path / "o.parquet", text_column="articleBody", id_column="id")
    (skip,) = result.skipped
    assert skip.reason.startswith("missing column 'id' (columns: Body ID, articleBody) -> ")


def test_records_without_the_text_column_name_the_field_that_holds_it(tmp_path: Path) -> None:
    # Another archive's records call their text "content": the error names the fields a record
    # has and the one with the most text, and where each skipped record is.
    (tmp_path / "news.jsonl").write_text(
        '{"id": "a1", "headline": "Storm hits", "content": "The storm hit the coast on Monday."}\n'
        '{"id": "a2", "headline": "Rates", "content": "Prices rose 5 percent, the bank said."}\n'
        '{"id": "a3", "text": "", "content": "An empty text column is named as empty."}\n',
        "utf-8",
    )
    with pytest.raises(IngestError) as info:
        ingest([tmp_path / "news.jsonl"], tmp_path / "o.parquet")
    message = str(info.value)
    assert (
        "news.jsonl:1: no column 'text' (the record has: id, headline, content) -> its longest "
        "text is in 'content': name it with text_column"
    ) in message
    assert "news.jsonl:3: no text in column 'text'" in message
    result = ingest([tmp_path / "news.jsonl"], tmp_path / "o.parquet", text_column="content")
    assert result.n_articles == 3


@pytest.mark.parametrize(
    ("header", "row"),
    [
        # A spreadsheet saved where the decimal mark is a comma; the BOM Excel writes.
        ("\ufeffid;title;text", '1;Sturm;"Prices rose 5,5 percent, the bank said; it may rise."'),
        ("id\ttitle\ttext", "1\tSturm\tPrices rose 5,5 percent, the bank said; it may rise."),
        ("id|title|text", "1|Sturm|Prices rose 5,5 percent, the bank said; it may rise."),
        # Commas between the names decide, whatever the text holds.
        ("id,title,text", '1,Sturm,"Prices rose 5,5 percent, the bank said; it may rise."'),
    ],
)
def test_a_csv_file_is_read_by_the_delimiter_its_header_uses(
    tmp_path: Path, header: str, row: str
) -> None:
    (tmp_path / "a.csv").write_text(f"{header}\n{row}\n", "utf-8")
    result = ingest([tmp_path / "a.csv"], tmp_path / "o.parquet")
    assert result.skipped == []
    (article,) = rows(result.articles_path)
    assert (article["title"], article["text"]) == (
        "Sturm",
        "Prices rose 5,5 percent, the bank said; it may rise.",
    )


def test_a_one_column_csv_stays_comma_separated(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text('text\n"One; two | three."\n', "utf-8")
    (article,) = rows(ingest([tmp_path / "a.csv"], tmp_path / "o.parquet").articles_path)
    assert article["text"] == "One; two | three."


def test_json_files_hold_an_array_an_api_dump_or_one_article(tmp_path: Path) -> None:
    # The three shapes archives and news APIs save: an array of records; an object holding
    # its records beside its own fields; one article (its own arrays of objects, such as
    # authors, are not records). A nested field stays JSON; a list of strings is paragraphs.
    (tmp_path / "a-array.json").write_text(
        json.dumps([{"id": "a1", "text": "The storm hit the coast. Three were hurt."}]), "utf-8"
    )
    (tmp_path / "b-dump.json").write_text(
        json.dumps(
            {
                "status": "ok",
                "totalResults": 2,
                "articles": [
                    {
                        "source": {"id": None, "name": "AP"},
                        "title": "Rates",
                        "text": "Prices rose.",
                    },
                    {"title": "Paragraphs", "text": ["First paragraph.", "Second one."]},
                ],
            }
        ),
        "utf-8",
    )
    (tmp_path / "c-one.json").write_text(
        json.dumps({"authors": [{"name": "A. Writer"}], "title": "One", "text": "A single story."}),
        "utf-8-sig",  # with the byte order mark some Windows tools write
    )
    (tmp_path / "d-nested.json").write_text(
        json.dumps(
            {
                "response": {
                    "status": "ok",
                    "results": [{"title": "Deeper", "text": "Held one level down.", "tags": [{}]}],
                },
                "facets": {"sections": [{"name": "world"}]},
            }
        ),
        "utf-8",
    )
    result = ingest([tmp_path], tmp_path / "out" / "o.parquet")
    assert result.skipped == []
    got = [
        (r["path"], r["line"], r["title"], r["source"], r["text"])
        for r in rows(result.articles_path)
    ]
    assert got == [
        ("a-array.json", 1, None, None, "The storm hit the coast. Three were hurt."),
        ("b-dump.json", 1, "Rates", '{"id": null, "name": "AP"}', "Prices rose."),
        ("b-dump.json", 2, "Paragraphs", None, "First paragraph.\n\nSecond one."),
        ("c-one.json", 1, "One", None, "A single story."),
        ("d-nested.json", 1, "Deeper", None, "Held one level down."),
    ]


def test_a_record_text_nested_in_an_object_is_named_by_a_dotted_column(tmp_path: Path) -> None:
    # The Guardian's API nests the text in "fields": the error points at it by its dotted
    # name, and that name reads it.
    record = {
        "id": "world/1",
        "webTitle": "Storm hits the coast",
        "fields": {
            "bodyText": "The storm hit the coast on Monday. Officials said three were hurt."
        },
    }
    (tmp_path / "g.json").write_text(json.dumps({"response": {"results": [record]}}), "utf-8")
    with pytest.raises(IngestError) as info:
        ingest([tmp_path / "g.json"], tmp_path / "o.parquet")
    assert "its longest text is in 'fields.bodyText'" in str(info.value)
    result = ingest(
        [tmp_path / "g.json"],
        tmp_path / "o.parquet",
        text_column="fields.bodyText",
        title_column="webTitle",
    )
    (article,) = rows(result.articles_path)
    assert (article["title"], article["text"]) == (
        "Storm hits the coast",
        record["fields"]["bodyText"],
    )
    # The same article saved alone is one record, not a list of its tags.
    (tmp_path / "g.json").write_text(json.dumps(record | {"tags": [{"id": "world"}]}), "utf-8")
    alone = ingest([tmp_path / "g.json"], tmp_path / "o2.parquet", text_column="fields.bodyText")
    assert [a["text"] for a in rows(alone.articles_path)] == [record["fields"]["bodyText"]]


def test_a_broken_json_file_keeps_the_records_before_the_fault(tmp_path: Path) -> None:
    (tmp_path / "cut.json").write_text(
        '[{"text": "The first record is whole."}, 7, {"text": {"body": "x"}}, {"text": "cut',
        "utf-8",
    )
    result = ingest([tmp_path / "cut.json"], tmp_path / "o.parquet")
    assert [r["text"] for r in rows(result.articles_path)] == ["The first record is whole."]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (2, "record is not a JSON object"),
        (3, "column 'text' holds an object, not text"),
        (None, "invalid JSON after record 3 (parse error: premature EOF); rest skipped"),
    ]


def test_gzip_compressed_records_are_read_as_they_are_decompressed(tmp_path: Path) -> None:
    # Large news dumps ship as .jsonl.gz (and .json.gz, .csv.gz); they read as their plain
    # files do, a damaged one is skipped with what to do, and one cut short keeps the records
    # before the cut.
    records = [{"id": str(i), "text": f"Story {i} opens here. It goes on."} for i in range(400)]
    lines = "".join(json.dumps(r) + "\n" for r in records)
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    (tmp_path / "b.json.gz").write_bytes(
        gzip.compress(json.dumps({"articles": records[:2]}).encode())
    )
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(b"id;text\nx;A semicolon file, zipped.\n"))
    result = ingest([tmp_path], tmp_path / "out" / "o.parquet")
    assert result.skipped == []
    assert result.n_articles == 400 + 2 + 1
    many = "".join(
        json.dumps({"id": str(i), "text": f"Story {i} opens here. It goes on."}) + "\n"
        for i in range(8000)
    )
    whole = gzip.compress(many.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "bad.csv.gz").write_bytes(b"not gzip at all")
    (tmp_path / "table.parquet.gz").write_bytes(gzip.compress(b"PAR1"))
    result = ingest(
        [tmp_path / "cut.jsonl.gz", tmp_path / "bad.csv.gz", tmp_path / "table.parquet.gz"],
        tmp_path / "out2" / "o.parquet",
    )
    assert 1000 < result.n_articles < 8000  # the records before the cut
    reasons = {(Path(s.path).name, s.reason.split(" (")[0]) for s in result.skipped}
    assert ("cut.jsonl.gz", "damaged gzip file") in reasons
    assert ("bad.csv.gz", "damaged gzip file") in reasons
    # Parquet compresses inside: a gzipped one is not a format ingest reads.
    assert ("table.parquet.gz", "unsupported file type '.parquet.gz'") in reasons


def test_a_gzipped_page_or_text_reads_as_the_plain_file_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Saved pages and text archives ship compressed (page.html.gz, story.txt.gz): each reads as
    # its plain file, sidecar included (story.meta.json beside story.txt.gz); a damaged one is
    # skipped with what to do, and a large text read a piece at a time stops at a cut.
    from annotate.corpus import _readers

    page = (
        "<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>"
        "<p>The council voted on Tuesday to close the bridge for repairs this summer.</p>"
        "<p>“We had no choice,” the mayor said.</p></article></body></html>"
    )
    plain, packed = tmp_path / "plain", tmp_path / "packed"
    for folder in (plain, packed):
        folder.mkdir()
        (folder / "story.meta.json").write_text(json.dumps({"url": "https://x.example/s"}))
    text = SEED.read_bytes()
    (plain / "story.txt").write_bytes(text)
    (packed / "story.txt.gz").write_bytes(gzip.compress(text))
    (plain / "page.html").write_text(page, "utf-8")
    (packed / "page.html.gz").write_bytes(gzip.compress(page.encode("cp1252")))
    (plain / "notes.md").write_text("# Notes\n\nA note in Markdown. It has two sentences.\n")
    (packed / "notes.md.gz").write_bytes(gzip.compress((plain / "notes.md").read_bytes()))
    one = ingest([plain], tmp_path / "o1" / "s.parquet")
    two = ingest([packed], tmp_path / "o2" / "s.parquet")
    assert (one.skipped, two.skipped) == ([], [])
    assert [w.reason.split(" (")[0] for w in two.warnings] == [
        "not UTF-8"  # the page saved in cp1252: decoded as the plain file would be
    ]
    texts = lambda r: sorted(x["text"] for x in rows(r.sentences_path))  # noqa: E731
    assert texts(one) == texts(two)
    urls = {a["url"] for a in rows(two.articles_path)}
    assert "https://x.example/s" in urls  # the sidecar of story.txt.gz

    whole = gzip.compress(SEED.read_bytes() * 40)
    (tmp_path / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "bad.html.gz").write_bytes(b"<html>not gzip</html>")
    monkeypatch.setattr(_readers, "STREAM_BYTES", 0)  # read the text a piece at a time
    bad = ingest(
        [tmp_path / "cut.txt.gz", tmp_path / "bad.html.gz", packed / "story.txt.gz"],
        tmp_path / "o3" / "s.parquet",
        workers=1,
    )
    assert bad.n_articles == 1
    reasons = {Path(s.path).name: s.reason for s in bad.skipped}
    assert reasons["bad.html.gz"].startswith("damaged gzip file")
    assert reasons["cut.txt.gz"].startswith("damaged gzip file")
    assert reasons["cut.txt.gz"].endswith("check it with gunzip -t")


def test_parquet_articles_are_read_and_the_toolkits_own_tables_are_not(tmp_path: Path) -> None:
    # A Hugging Face dataset exported to Parquet is a file of records: read a batch of rows at
    # a time, a struct's field by its dotted name. A project folder's build/ holds the
    # toolkit's own tables: a walk passes over them, and one named is refused with why.
    texts = [f"Story {i} opens here. It goes on." for i in range(600)]
    pd.DataFrame(
        {
            "id": [str(i) for i in range(600)],
            "meta": [{"headline": f"Headline {i}", "body": t} for i, t in enumerate(texts)],
            "published": pd.to_datetime(["2024-05-01"] * 600),
        }
    ).to_parquet(tmp_path / "news.parquet", row_group_size=100)
    first = ingest(
        [tmp_path],
        tmp_path / "build" / "sentences.parquet",
        text_column="meta.body",
        title_column="meta.headline",
    )
    assert first.skipped == [] and first.n_articles == 600
    got = rows(first.articles_path)
    assert (got[0]["title"], got[0]["published"], got[-1]["text"]) == (
        "Headline 0",
        "2024-05-01 00:00:00",
        texts[-1],
    )
    again = ingest([tmp_path], tmp_path / "o.parquet", text_column="meta.body")
    assert again.skipped == [] and again.n_articles == 600
    named = ingest(
        [tmp_path / "news.parquet", tmp_path / "build" / "sentences.parquet"],
        tmp_path / "o2.parquet",
        text_column="meta.body",
    )
    (skip,) = named.skipped
    assert skip.reason.startswith("a sentence, annotation or article table of annotate's own")
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(IngestError, match=r"bad.parquet: not a readable Parquet file"):
        ingest([tmp_path / "bad.parquet"], tmp_path / "o3.parquet")


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


# CSV and encoding faults: each file is built here, so the fault is exactly where the test says.


def _csv_rows(n: int, *, bad_line: int | None = None) -> bytes:
    """``n`` UTF-8 rows after a header; every tenth text spans two physical lines."""
    out = [b"id,text\n"]
    line = 2
    for i in range(1, n + 1):
        text = f"Article {i} about the caf\u00e9 opened."
        if i % 10 == 0:
            text += "\nIts second paragraph."
        row = f'{i},"{text}"\n'.encode()
        if bad_line is not None and line <= bad_line < line + row.count(b"\n"):
            row = row.replace(b"opened", b"op\xffened")
        out.append(row)
        line += row.count(b"\n")
    return b"".join(out)


def test_csv_bad_byte_skips_its_row_only_reported_at_its_physical_line(tmp_path: Path) -> None:
    data = _csv_rows(300, bad_line=152)
    assert data.split(b"\n")[151].count(b"\xff") == 1  # line 152 holds the bad byte
    (tmp_path / "a.csv").write_bytes(data)
    result = ingest([tmp_path / "a.csv"], tmp_path / "o.parquet")
    assert result.n_articles == 299
    (skip,) = result.skipped
    assert skip.line == 152
    assert skip.reason.startswith("not valid UTF-8 (byte 0xff)")
    assert "row skipped" in skip.reason
    assert result.warnings == []
    kept = {r["line"] for r in rows(result.articles_path)}
    assert 152 not in kept and {151, 153} <= kept


def test_csv_unclosed_quote_skips_that_row_and_keeps_the_rows_it_swallowed(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.csv").write_text(
        "id,text\n"
        "1,First article.\n"
        '2,"Second article, whose quote is never closed.\n'
        "3,Third article.\n"
        "4,Fourth article.\n"
        '5,"Fifth article,\nin two paragraphs."\n',
        "utf-8",
    )
    result = ingest([tmp_path / "a.csv"], tmp_path / "o.parquet")
    assert [(s.line, s.reason.split(":")[0]) for s in result.skipped] == [
        (3, "a quote in this row is never closed")
    ]
    assert "lines 4-" in result.skipped[0].reason
    texts = {r["line"]: r["text"] for r in rows(result.articles_path)}
    assert texts == {
        2: "First article.",
        4: "Third article.",
        5: "Fourth article.",
        # The field's two lines are one sentence (the first does not end it, the second
        # starts in lower case), which cleaning joins (tests/unit/test_furniture.py).
        6: "Fifth article, in two paragraphs.",
    }


def test_csv_multiline_fields_that_look_like_rows_are_not_split(tmp_path: Path) -> None:
    # Well-formed quoting: a paragraph that reads like a row is still part of its field.
    (tmp_path / "a.csv").write_text(
        'id,text\n1,"The toll:\n5,000 people were hurt."\n2,Second.\n', "utf-8"
    )
    result = ingest([tmp_path / "a.csv"], tmp_path / "o.parquet")
    assert result.skipped == [] and result.warnings == []
    assert [r["text"] for r in rows(result.articles_path)] == [
        "The toll:\n5,000 people were hurt.",
        "Second.",
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_decoded_and_named(tmp_path: Path, codec: str) -> None:
    text = "id,text\n1,The caf\u00e9 \u201creopened\u201d on Monday.\n2,Second story.\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "a.csv").write_bytes(data)
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe" + "Title\n\nA text file.\n".encode("utf-16-le"))
    result = ingest([tmp_path], tmp_path / "out" / "o.parquet")
    assert result.skipped == []
    name = "UTF-32" if codec == "utf-32" else "UTF-16"
    assert {(Path(w.path).name, w.reason) for w in result.warnings} == {
        ("a.csv", f"decoded as {name} (it has a byte order mark)"),
        ("b.txt", "decoded as UTF-16 (it has a byte order mark)"),
    }
    texts = [r["text"] for r in rows(result.articles_path)]
    assert texts[:2] == ["The caf\u00e9 \u201creopened\u201d on Monday.", "Second story."]


def test_cp1252_and_latin1_files_are_read_with_a_warning_naming_the_guess(
    tmp_path: Path,
) -> None:
    cp1252 = "id,text\n1,First story.\n2,She said \u201cno\u201d at the caf\u00e9.\n"
    (tmp_path / "win.csv").write_bytes(cp1252.encode("cp1252"))
    (tmp_path / "win.jsonl").write_bytes(
        '{"text": "Plain line."}\n{"text": "It\u2019s the caf\u00e9."}\n'.encode("cp1252")
    )
    (tmp_path / "old.txt").write_bytes("Title\n\nLine one.\nCaf\xe9 au lait.\n".encode("latin-1"))
    result = ingest([tmp_path], tmp_path / "out" / "o.parquet")
    assert result.skipped == []
    warned = {Path(w.path).name: w.reason for w in result.warnings}
    assert warned["win.csv"].startswith(
        "not UTF-8 (byte 0x93 on line 3, and no character is UTF-8): decoded as cp1252 "
        "(bytes 0x80-0x9F occur, as in Windows text) -> "
    )
    assert warned["win.jsonl"].startswith("not UTF-8 (byte 0x92 on line 2,")
    assert "decoded as cp1252" in warned["win.jsonl"]
    assert warned["old.txt"].startswith(
        "not UTF-8 (byte 0xe9 on line 4, and no character is UTF-8): decoded as latin-1 "
    )
    texts = {r["text"] for r in rows(result.articles_path)}
    assert {"She said \u201cno\u201d at the caf\u00e9.", "It\u2019s the caf\u00e9."} <= texts
    assert any("Caf\u00e9 au lait." in t for t in texts)


def test_utf8_text_file_with_one_bad_byte_is_kept_with_the_byte_replaced(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(
        "Title\n\nThe caf\u00e9 opened.\nIt cl".encode() + b"\x81" + b"osed.\n"
    )
    result = ingest([tmp_path / "a.txt"], tmp_path / "o.parquet")
    assert result.skipped == []
    ((line, reason),) = [(w.line, w.reason) for w in result.warnings]
    assert line == 4
    assert reason.startswith("not valid UTF-8 (byte 0x81), though the rest of the file is")
    (article,) = rows(result.articles_path)
    assert "It cl\ufffdosed." in article["text"]


def test_text_and_html_files_are_read_by_the_worker_not_where_they_are_found(
    tmp_path: Path,
) -> None:
    # The main process only names the file: read there, a 50 MB article was held as a str
    # (200 MB with one emoji) and pickled to the worker (issue #10, memory).
    from annotate.corpus._article import process_chunk
    from annotate.corpus._readers import Columns, RawArticle, read_file

    path = tmp_path / "bad.txt"
    path.write_bytes(b"Title\n\nCaf\xc3\xa9 and a bad \xff byte.\n")
    (found,) = list(read_file(path, "bad.txt", Columns()))
    assert isinstance(found, RawArticle)
    assert (found.text, found.file, found.size) == ("", str(path), path.stat().st_size)
    warned, (article, offsets) = process_chunk([found])
    assert isinstance(warned, Warned) and warned.line == 3
    assert article["text"] == "Café and a bad \ufffd byte.".encode()
    assert len(offsets) == 4


_PAGE = (
    "<html><head><title>Page title</title></head><body><article><h1>Page title</h1>"
    "<p>The council voted on Monday to close the bridge for repairs. Work starts in May, "
    "the mayor said.</p><p>Drivers will be sent through the town centre.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_record_holding_html_is_extracted_and_keeps_its_url(tmp_path: Path, suffix: str) -> None:
    url = "https://news.example.org/bridge"
    path = tmp_path / f"crawl{suffix}"
    if suffix == ".jsonl":
        path.write_text(json.dumps({"url": url, "html": _PAGE}) + "\n", encoding="utf-8")
    else:
        escaped = _PAGE.replace('"', '""')
        path.write_text(f'url,html\n{url},"{escaped}"\n', encoding="utf-8")
    out = tmp_path / "sentences.parquet"
    ingest([path], out)
    rows = pq.read_table(out).to_pylist()
    assert [r["text"] for r in rows] == [
        "The council voted on Monday to close the bridge for repairs.",
        "Work starts in May, the mayor said.",
        "Drivers will be sent through the town centre.",
    ]
    assert {r["url"] for r in rows} == {url}  # the record's url, not the page's metadata


def test_a_csv_with_neither_text_nor_html_names_both_ways_out(tmp_path: Path) -> None:
    path = tmp_path / "crawl.csv"
    path.write_text("url,body\nhttps://x.org/a,Some text.\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"missing column 'text'.*html_column"):
        ingest([path], tmp_path / "s.parquet")


# --- TSV: the two conventions a tab-separated file is written in ---------------------------


def test_tsv_with_fields_as_they_stand_keeps_a_sentence_s_opening_quote(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text(
        'id\ttext\n1\t"We won," the mayor said on Monday.\n2\tThe bridge reopens in May.\n',
        "utf-8",
    )
    result = ingest([tmp_path / "a.tsv"], tmp_path / "o.parquet")
    assert result.skipped == [] and result.warnings == []
    assert [r["text"] for r in rows(result.articles_path)] == [
        '"We won," the mayor said on Monday.',
        "The bridge reopens in May.",
    ]


def test_tsv_written_with_csv_quoting_is_read_through_it(tmp_path: Path) -> None:
    # As pandas writes it (to_csv(sep="\t")): a field holding a quote or a line break is
    # wrapped, its quotes doubled.
    (tmp_path / "a.tsv").write_text(
        'id\ttext\n1\t"The ""toll"":\n5,000 people were hurt."\n2\tSecond story.\n', "utf-8"
    )
    result = ingest([tmp_path / "a.tsv"], tmp_path / "o.parquet")
    assert result.skipped == [] and result.warnings == []
    assert [r["text"] for r in rows(result.articles_path)] == [
        'The "toll":\n5,000 people were hurt.',
        "Second story.",
    ]


def test_tsv_names_its_missing_column_as_csv_does(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text("id\tbody\n1\tSome text.\n", "utf-8")
    with pytest.raises(IngestError) as caught:
        ingest([tmp_path / "a.tsv"], tmp_path / "o.parquet")
    assert "missing column 'text' (columns: id, body)" in str(caught.value)
    assert ".parquet, .warc, .arc, .xml (NITF, NewsML, TEI, RSS, Atom)" in caught.value.hint
