"""ingest(): the seed corpus against its golden file, output tables, formats and columns."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from annotate.cli import app
from annotate.corpus import _ingest as ingest_module
from annotate.corpus._ingest import IngestResult, ingest
from tests.shared import shared_data

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = json.loads(
    (ROOT / "tests" / "data" / "iran-missiles-russia.golden.json").read_text("utf-8")
)

SENTENCE_COLUMNS = [
    "article_id",
    "sentence_id",
    "index",
    "text",
    "start",
    "end",
    "context_before",
    "context_after",
    "title",
    "source",
    "url",
    "published",
    "language",
    "text_sha256",
    "dateline",
]
ARTICLE_COLUMNS = [
    "article_id",
    "path",
    "line",
    "title",
    "source",
    "url",
    "published",
    "language",
    "text",
    "raw_sha256",
    "n_sentences",
    "dropped",
]


def tables(result: IngestResult) -> tuple[list[dict], list[dict]]:
    return (
        pq.read_table(result.sentences_path).to_pylist(),
        pq.read_table(result.articles_path).to_pylist(),
    )


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return ingest([ROOT / "corpus"], tmp_path_factory.mktemp("seed") / "sentences.parquet")


def test_seed_matches_golden(seed: IngestResult) -> None:
    sentences, articles = tables(seed)
    assert seed.n_articles == 1, "corpus/README.md must not be ingested as an article"
    assert [s["text"] for s in sentences] == GOLDEN["sentences"]
    (article,) = articles
    assert article["article_id"] == GOLDEN["article_id"]
    assert article["title"] == GOLDEN["title"]
    assert [[d["line"], d["kind"], d["text"]] for d in article["dropped"]] == GOLDEN["dropped"]
    assert seed.dropped_lines == {
        "boilerplate": 5,
        "caption": 3,
        "footnote": 1,
        "heading": 1,
        "title": 1,
    }


def test_output_tables(seed: IngestResult) -> None:
    assert seed.articles_path == seed.sentences_path.with_name("sentences.articles.parquet")
    assert pq.read_schema(seed.sentences_path).names == SENTENCE_COLUMNS
    assert pq.read_schema(seed.articles_path).names == ARTICLE_COLUMNS
    sentences, (article,) = tables(seed)
    assert seed.n_sentences == len(sentences) == article["n_sentences"]
    assert article["path"] == "iran-missiles-russia.txt" and article["language"] == "en"
    assert article["source"] == "Tampa Free Press" and article["published"] == "2024-02-22"
    for i, s in enumerate(sentences):
        assert article["text"][s["start"] : s["end"]] == s["text"]
        assert s["sentence_id"] == f"{article['article_id']}-{i}" and s["index"] == i
        assert s["url"] == article["url"] and s["title"] == article["title"]
        assert s["context_before"] == (sentences[i - 1]["text"] if i else None)
        assert s["context_after"] == (sentences[i + 1]["text"] if i + 1 < len(sentences) else None)
    assert sentences[3]["text"].endswith("considerable distance.")


def _fnc1_subset(folder: Path, n: int = 25) -> Path:
    source = shared_data() / "fnc1" / "train_bodies.csv"
    csv.field_size_limit(2**31 - 1)
    target = folder / "train_bodies.csv"
    with source.open(encoding="utf-8", newline="") as src, target.open("w", newline="") as dst:
        reader = csv.reader(src)
        writer = csv.writer(dst)
        for i, row in enumerate(reader):
            if i > n:
                break
            writer.writerow(row)
    return target


def test_fnc1_column_mapping(tmp_path: Path) -> None:
    path = _fnc1_subset(tmp_path)
    result = ingest(
        [path], tmp_path / "out.parquet", text_column="articleBody", id_column="Body ID"
    )
    sentences, articles = tables(result)
    assert result.n_articles == 25 and not result.skipped
    assert articles[0]["path"] == "train_bodies.csv" and articles[0]["line"] == 2
    assert sentences[0]["text"].startswith("A small meteorite crashed into a wooded area")
    without = ingest([path], tmp_path / "x.parquet", text_column="articleBody")
    assert [a["article_id"] for a in tables(without)[1]] != [a["article_id"] for a in articles]


def test_jsonl_columns_and_url_identity(tmp_path: Path) -> None:
    rows = [
        {"body": "First story. It is short.", "headline": "One", "link": "https://x.org/1"},
        {
            "body": "Second story here.",
            "headline": "Two",
            "link": "https://x.org/2",
            "published": "2024-01-02",
            "source": "X News",
        },
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    result = ingest(
        [path],
        tmp_path / "o.parquet",
        text_column="body",
        title_column="headline",
        url_column="link",
    )
    sentences, articles = tables(result)
    assert [a["title"] for a in articles] == ["One", "Two"]
    assert articles[1]["source"] == "X News" and articles[1]["published"] == "2024-01-02"
    assert [s["text"] for s in sentences] == ["First story.", "It is short.", "Second story here."]
    # The url is the identity: the same story under another file name keeps its id.
    path.rename(tmp_path / "renamed.jsonl")
    again = ingest(
        [tmp_path / "renamed.jsonl"],
        tmp_path / "p.parquet",
        text_column="body",
        title_column="headline",
        url_column="link",
    )
    assert [a["article_id"] for a in tables(again)[1]] == [a["article_id"] for a in articles]


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Senate Votes</title>"
        '<link rel="canonical" href="https://ex.com/senate">'
        '<meta property="og:site_name" content="Ex Times"></head><body>'
        "<nav>Home | World | Sport</nav><article><h1>Senate Votes</h1>"
        "<p>The U.S. Senate voted on Tuesday to pass the bill by a wide margin, officials said.</p>"
        "<p>Mr. Smith was pleased with the result and said so in a statement to reporters.</p>"
        "</article><footer>Share This:</footer></body></html>",
        "utf-8",
    )
    sentences, (article,) = tables(ingest([tmp_path], tmp_path / "o.parquet"))
    assert article["url"] == "https://ex.com/senate" and article["title"] == "Senate Votes"
    assert article["source"] == "Ex Times"
    assert [s["text"] for s in sentences] == [
        "The U.S. Senate voted on Tuesday to pass the bill by a wide margin, officials said.",
        "Mr. Smith was pleased with the result and said so in a statement to reporters.",
    ]


def test_markdown_and_directory_rules(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "story.md").write_text("# The Headline\n\nBody text. More text.\n")
    (tmp_path / "README.md").write_text("# About this corpus\n\nNot an article.\n")
    (tmp_path / "LICENSE.txt").write_text("Licence text.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden.\n")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = ingest([tmp_path], tmp_path / "out" / "o.parquet")
    sentences, (article,) = tables(result)
    assert article["path"] == "sub/story.md" and article["title"] == "The Headline"
    assert [s["text"] for s in sentences] == ["Body text.", "More text."]
    # Named explicitly, a README is read like any file.
    assert ingest([tmp_path / "README.md"], tmp_path / "r.parquet").n_articles == 1


def test_row_groups_are_written_incrementally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "_ROWS_PER_GROUP", 20)
    for name in "abc":  # without the sidecar (url) each copy is its own article
        shutil.copy(ROOT / "corpus" / "iran-missiles-russia.txt", tmp_path / f"{name}.txt")
    result = ingest([tmp_path], tmp_path / "o.parquet")
    assert result.n_articles == 3
    assert pq.ParquetFile(result.sentences_path).num_row_groups == 3  # 24 sentences each


def test_two_workers_give_the_same_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _fnc1_subset(tmp_path, 40)
    monkeypatch.setattr(ingest_module, "_CHUNK_CHARS", 20_000)  # several chunks in flight
    kwargs = {"text_column": "articleBody", "id_column": "Body ID"}
    one = ingest([path], tmp_path / "one.parquet", workers=1, **kwargs)
    two = ingest([path], tmp_path / "two.parquet", workers=2, **kwargs)
    assert tables(one) == tables(two)


def test_progress_is_reported_per_article_to_the_callback(tmp_path: Path) -> None:
    shutil.copy(ROOT / "corpus" / "iran-missiles-russia.txt", tmp_path / "a.txt")
    shutil.copy(ROOT / "corpus" / "iran-missiles-russia.txt", tmp_path / "b.txt")
    (tmp_path / "b.txt").write_text("Another title\n\nA different body. " * 3)
    calls: list[tuple[str, int, int | None]] = []
    ingest([tmp_path], tmp_path / "o.parquet", progress=lambda *call: calls.append(call))
    assert calls == [("ingest", 1, None), ("ingest", 1, None)]


def test_the_cli_draws_progress_on_stderr_only(tmp_path: Path) -> None:
    shutil.copy(ROOT / "corpus" / "iran-missiles-russia.txt", tmp_path)
    out = tmp_path / "o.parquet"
    shown = CliRunner().invoke(
        app, ["ingest", str(tmp_path / "iran-missiles-russia.txt"), "-o", str(out), "--json"]
    )
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["n_sentences"] == 24


def test_sentence_rows_in_batches_are_the_rows_of_the_whole_article() -> None:
    # A long article's rows are built a batch at a time (memory); context crosses batches.
    from annotate.corpus._article import process, sentence_rows
    from annotate.corpus._readers import RawArticle

    raw = RawArticle(
        origin="seed.txt",
        identity="seed.txt",
        kind="text",
        text=(ROOT / "corpus" / "iran-missiles-russia.txt").read_text("utf-8"),
    )
    result = process(raw)
    assert not isinstance(result, ingest_module.Skipped)
    article, offsets = result
    (whole,) = list(sentence_rows(article, offsets, batch=10_000))
    batches = list(sentence_rows(article, offsets, batch=5))
    assert [len(b) for b in batches] == [5, 5, 5, 5, 4]
    assert [r for b in batches for r in b] == whole
    assert [r["text"] for r in whole] == GOLDEN["sentences"]
    for before, row, after in zip(whole, whole[1:], whole[2:], strict=False):
        assert row["context_before"] == before["text"] and row["context_after"] == after["text"]
    assert whole[0]["context_before"] is None and whole[-1]["context_after"] is None
    assert article["n_sentences"] == len(whole)


def test_article_table_built_over_the_text_bytes_equals_from_pylist() -> None:
    # An article's text arrives as UTF-8 bytes and becomes the Arrow column without a copy
    # (a 50 MB article was copied, peaking at three times its size); the table is the same.
    import pyarrow as pa

    from annotate.corpus._arrow_rows import rows_table as _table
    from annotate.corpus._article import ARTICLE_SCHEMA

    def row(i: int, text: str) -> dict[str, object]:
        return {
            "article_id": f"a-{i}",
            "path": f"{i}.txt",
            "line": None if i % 2 else i,
            "title": None,
            "source": "s",
            "url": None,
            "published": None,
            "language": None,
            "text": text.encode("utf-8"),
            "raw_sha256": "0" * 64,
            "n_sentences": i,
            "dropped": [{"line": 1, "kind": "title", "text": "T"}] if i else [],
        }

    for texts in (["One."], ["One.", "Café 😀.", "x" * 1000]):
        rows = [row(i, t) for i, t in enumerate(texts)]
        built = _table(rows, ARTICLE_SCHEMA)
        assert built.equals(pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA))
    (one,) = [row(0, "x" * 100)]
    assert _table([one], ARTICLE_SCHEMA).column("text").chunk(0).buffers()[2].address == (
        pa.py_buffer(one["text"]).address
    )
    with pytest.raises(pa.ArrowInvalid):
        _table([row(0, "ok") | {"text": b"\xff"}], ARTICLE_SCHEMA)


def test_sentence_rows_built_from_buffers_equal_from_pylist() -> None:
    import pyarrow as pa

    from annotate.corpus._arrow_rows import rows_table
    from annotate.corpus._article import SENTENCE_SCHEMA

    texts = ["One.", "Café 😀 “quoted”.", "", "x" * 300]
    rows = [
        {
            field.name: (
                i
                if field.type == pa.int32()
                else None
                if (i + j) % 3 == 0
                else f"{field.name} {texts[i % len(texts)]}"
            )
            for j, field in enumerate(SENTENCE_SCHEMA)
        }
        for i in range(11)
    ]
    assert rows_table(rows, SENTENCE_SCHEMA).equals(pa.Table.from_pylist(rows, SENTENCE_SCHEMA))
    assert rows_table([], SENTENCE_SCHEMA).equals(SENTENCE_SCHEMA.empty_table())


def test_ingest_never_imports_pandas(tmp_path: Path) -> None:
    # pyarrow's conversion of Python lists imports pandas on first use (43 MB of the main
    # process at the peak of a long article's ingest); the tables are built from buffers.
    code = (
        "import sys; from annotate.corpus import ingest; "
        f"ingest([{str(ROOT / 'corpus')!r}], {str(tmp_path / 's.parquet')!r}); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pandas'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


_PROCESS_ALPHABET = [
    *"Ab. 1x\n\n\r\u2028\t\u00a0\u200b\u00e9\U0001f600“”",
    "Mr. Smith",
    "Share this article",
    "word12.",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PROCESS_ALPHABET), max_size=40).map("".join))
def test_article_built_line_by_line_equals_the_joined_text_path(raw_text: str) -> None:
    # process() segments and encodes the kept lines one at a time (the cleaned text is never
    # joined into one str); the text and offsets are those of segment(clean(raw).text).
    from annotate.corpus._article import process
    from annotate.corpus._clean import clean
    from annotate.corpus._readers import RawArticle
    from annotate.corpus._segment import segment

    cleaned = clean(raw_text, first_line_is_title=True)
    result = process(RawArticle(origin="x.txt", identity="x.txt", kind="text", text=raw_text))
    if not cleaned.text:
        assert isinstance(result, ingest_module.Skipped)
        return
    assert not isinstance(result, ingest_module.Skipped)
    article, offsets = result
    text = cleaned.text
    assert article["text"] == text.encode("utf-8", "surrogatepass")
    assert article["title"] == cleaned.title
    assert [(d["line"], d["kind"], d["text"]) for d in article["dropped"]] == [
        (d.line, d.kind, d.text) for d in cleaned.dropped
    ]
    expected = []
    for start, end in segment(text):
        bstart = len(text[:start].encode("utf-8", "surrogatepass"))
        expected += [
            start,
            end,
            bstart,
            bstart + len(text[start:end].encode("utf-8", "surrogatepass")),
        ]
    assert list(offsets) == expected


def test_article_text_is_written_without_statistics_or_dictionary(seed: IngestResult) -> None:
    # The min/max of whole articles are copies of whole texts (~200 MB of the Parquet write of
    # a 50 MB article) and serve no reader; every other column keeps its statistics, and the
    # sentence table is written as before.
    meta = pq.ParquetFile(seed.articles_path).metadata
    columns = {
        meta.row_group(0).column(i).path_in_schema: meta.row_group(0).column(i)
        for i in range(meta.num_columns)
    }
    text = columns.pop("text")
    assert not text.is_stats_set
    assert "RLE_DICTIONARY" not in text.encodings and "PLAIN_DICTIONARY" not in text.encodings
    assert all(c.is_stats_set for c in columns.values())
    assert columns["article_id"].has_dictionary_page
    sentence_meta = pq.ParquetFile(seed.sentences_path).metadata.row_group(0)
    assert all(sentence_meta.column(i).is_stats_set for i in range(sentence_meta.num_columns))
    assert pq.read_table(seed.articles_path).column("text")[0].as_py().startswith("Iran and Russia")


def test_article_table_pages_are_data_pages_v2(seed: IngestResult) -> None:
    # A v2 page is compressed from the encoded values as they are (a v1 page copies them
    # first): one copy of a long article's text fewer at the peak of its write.
    meta = pq.ParquetFile(seed.articles_path).metadata.row_group(0)
    raw = seed.articles_path.read_bytes()
    for i in range(meta.num_columns):
        at = meta.column(i).data_page_offset
        # A page header starts with its type, Thrift compact: field 1, i32, zigzag varint
        # (DATA_PAGE = 0, DATA_PAGE_V2 = 3).
        assert raw[at : at + 2] == b"\x15\x06", meta.column(i).path_in_schema
    sentences = pq.ParquetFile(seed.sentences_path).metadata.row_group(0).column(0)
    at = sentences.data_page_offset
    assert seed.sentences_path.read_bytes()[at : at + 2] == b"\x15\x00"  # as before


_RELEASE_PROBE = """
import io, sys
from contextlib import ExitStack
from annotate.corpus._article import ARTICLE_SCHEMA, ARTICLE_WRITE_OPTIONS
from annotate.corpus._ingest import _Writer

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024

row = dict.fromkeys(ARTICLE_SCHEMA.names)
row.update(article_id="a", path="p", dropped=[], text=bytearray(b"Words. " * 4_000_000))
with ExitStack() as stack:
    writer = _Writer(stack, io.BytesIO(), ARTICLE_SCHEMA, release=True, **ARTICLE_WRITE_OPTIONS)
    before = rss()
    writer.add([row])
    writer.flush()
    print(rss() - before)
"""


def test_the_memory_parquet_freed_writing_a_long_article_goes_back_to_the_system() -> None:
    # Writing a 28 MB text, Parquet's buffers (encoded values, compressed page: ~2x the text)
    # were freed into Arrow's allocator, which kept them while the article's sentence rows
    # were then built on top (~115 MB for a 50 MB article). A fresh process, so that the
    # allocator holds nothing from other tests.
    out = subprocess.run(
        [sys.executable, "-c", _RELEASE_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert (
        int(out.stdout.split()[-1]) < 16
    )  # MB still held after the flush (4; 29 without the release)
