"""ingest() of web archives: a crawl's WARC (or ARC) file holds pages among much that is not.

The archives are recorded, not written by hand: a local news site (the bundled article as a
page, its redirect, photo, missing page, and pages in a legacy encoding) is fetched over HTTP
by warcio's recorder and, when the machine has it, by GNU Wget's ``--warc-file``, as a crawl
would archive it.
"""

from __future__ import annotations

import gzip
import http.client
import http.server
import io
import shutil
import subprocess
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from annotate.corpus._article import article_id
from annotate.corpus._explain import explain
from annotate.corpus._ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "iran-missiles-russia.txt"


def _story() -> bytes:
    lines = [ln for ln in SEED.read_text("utf-8").split("\n\n") if ln.strip()]
    body = "".join(f"<p>{p}</p>" for p in lines[2:])
    return (
        "<!doctype html><html><head><title>Iran sends missiles to Russia</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world/'>World</a></nav>"
        f"<article><h1>Iran sends missiles to Russia</h1>{body}</article>"
        "<footer>Copyright 2024 The Daily Example</footer></body></html>"
    ).encode()


# A page in Windows-1252, its curly quotes bytes 0x93/0x94: declared in a <meta> tag, or not.
_LEGACY = (
    "<html><head>{meta}<title>Council vote</title></head><body><article><h1>Council vote</h1>"
    "<p>The council voted 7 to 2 on Tuesday to close the bridge for repairs this summer.</p>"
    "<p>\u201cWe had no choice,\u201d the mayor said after the vote, adding that the work "
    "would take about three months.</p><p>Residents will be able to cross on a ferry, "
    "which the city will run every 20 minutes.</p></article></body></html>"
)
PAGES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/world/iran": (
        200,
        {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        gzip.compress(_story()),
    ),
    "/world/iran-old": (301, {"Location": "/world/iran"}, b""),
    "/img/missile.jpg": (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0" + bytes(64)),
    "/world/gone": (404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"),
    "/local/vote": (
        200,
        {"Content-Type": "text/html"},
        _LEGACY.format(meta='<meta charset="windows-1252">').encode("cp1252"),
    ),
    "/local/vote-undeclared": (
        200,
        {"Content-Type": "text/html"},
        _LEGACY.format(meta="").replace("Council vote", "Council vote again").encode("cp1252"),
    ),
    # Declared UTF-8 by the server's template, written in Windows-1252: the quotes are kept.
    "/local/vote-mislabelled": (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        _LEGACY.format(meta="").replace("Council vote", "Council vote, third").encode("cp1252"),
    ),
    # UTF-8 with one stray Windows byte (0x92, an apostrophe): damage, replaced and named.
    "/local/vote-damaged": (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        _LEGACY.format(meta="")
        .replace("Council vote", "Council vote, fourth")
        .replace("for repairs", "for the town\x92s repairs")
        .encode("utf-8")
        .replace("\x92".encode(), b"\x92"),
    ),
    "/": (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        b"<html><body><a href='/world/iran'>Iran</a> <a href='/img/missile.jpg'>photo</a>"
        b"</body></html>",
    ),
}


class _Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, headers, body = PAGES.get(self.path, (404, {"Content-Type": "text/plain"}, b"no"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _record(site: str, path: Path, urls: list[str]) -> Path:
    """Fetch ``urls`` from the site through warcio's recorder into the WARC ``path``.

    With http.client, whose connection class warcio swaps in while recording (an HTTP library
    imported before, as requests is by other tests, keeps the class it imported).
    """
    from warcio.capture_http import capture_http

    host, port = site.removeprefix("http://").split(":")
    with capture_http(str(path), gzip=path.suffix == ".gz"):
        for url in urls:
            connection = http.client.HTTPConnection(host, int(port), timeout=10)
            try:
                connection.request("GET", url)
                connection.getresponse().read()
            finally:
                connection.close()
    return path


def _sentences(result_path: Path) -> list[dict]:
    return pq.read_table(result_path).to_pylist()


def test_a_crawl_gives_its_pages_as_articles_and_counts_the_rest(site: str, tmp_path: Path) -> None:
    # A crawl archives requests, redirects, images and error pages beside its pages: the pages
    # become articles (by their url), the rest is counted, not reported line by line and not a
    # failure; a page in Windows-1252 reads with its curly quotes, declared, undeclared or
    # declared UTF-8 wrongly (a guess is warned of, naming the records), and a UTF-8 page with a
    # stray byte has it replaced and named.
    warc = _record(site, tmp_path / "crawl.warc.gz", list(PAGES))
    result = ingest([warc], tmp_path / "out" / "s.parquet")
    assert result.skipped == []
    assert result.n_articles == 6  # the story, four council pages, and the home page's links
    assert result.passed_over == {
        "request record": 9,
        "redirect (3xx)": 1,
        "file that is not HTML (image/jpeg)": 1,
        "error page (4xx/5xx)": 1,
    }
    guess, damage = result.warnings
    assert guess.reason.startswith("2 page(s) are not UTF-8 and declare no other charset, records")
    assert "decoded as cp1252" in guess.reason
    assert damage.reason.startswith("1 UTF-8 page(s) hold bytes that are not UTF-8, records")
    articles = pq.read_table(result.articles_path).to_pylist()
    story = next(a for a in articles if a["url"] == site + "/world/iran")
    assert story["article_id"] == article_id(site + "/world/iran", "")
    assert story["title"] == "Iran sends missiles to Russia"
    texts = [r["text"] for r in _sentences(result.sentences_path)]
    assert any("400" in t and "ballistic missiles" in t for t in texts)  # gzip-encoded, read
    assert not any("Copyright" in t or "Home" in t for t in texts)
    quoted = [t for t in texts if "the mayor said" in t]
    assert len(quoted) == 4 and all(t.startswith("\u201cWe had no choice,\u201d") for t in quoted)
    assert any("the town\ufffds repairs" in t for t in texts)


def test_a_page_archived_twice_is_one_article_and_a_revisit_is_no_page(
    site: str, tmp_path: Path
) -> None:
    from warcio.warcwriter import WARCWriter

    first = _record(site, tmp_path / "a.warc.gz", ["/world/iran"])
    again = tmp_path / "b.warc"  # a second crawl, uncompressed: the same page again
    _record(site, again, ["/world/iran", "/local/vote"])
    with again.open("ab") as fh:
        writer = WARCWriter(fh, gzip=False)
        revisit = writer.create_revisit_record(
            site + "/local/vote", "sha1:AAAA", site + "/local/vote", "2024-01-01T00:00:00Z"
        )
        writer.write_record(revisit)
    result = ingest([first, again], tmp_path / "out" / "s.parquet")
    assert result.n_articles == 2
    [dup] = result.skipped
    assert dup.path.endswith("b.warc") and dup.reason.startswith("duplicate article id")
    assert result.passed_over["revisit (a page unchanged)"] == 1


def test_an_archive_compressed_whole_cut_short_or_not_an_archive(site: str, tmp_path: Path) -> None:
    # The standard compresses each record on its own; a file gzipped whole reads the same. A
    # file cut short keeps the pages before the cut and says where it stopped; a file that is
    # not an archive is skipped with how to check it.
    plain = _record(site, tmp_path / "plain.warc", list(PAGES))
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    cut = tmp_path / "cut.warc.gz"
    members = _record(site, tmp_path / "members.warc.gz", ["/world/iran", "/local/vote"] * 3)
    data = members.read_bytes()
    cut.write_bytes(data[: len(data) * 3 // 4])
    (tmp_path / "notes.warc").write_text("These are my notes, not an archive.\n")
    out = ingest([whole], tmp_path / "o1" / "s.parquet")
    assert (out.n_articles, out.skipped) == (6, [])  # as the crawl test reads it
    out = ingest([cut, tmp_path / "notes.warc"], tmp_path / "o2" / "s.parquet")
    assert out.n_articles == 2  # two pages, each captured three times: duplicates skipped after
    reasons = {Path(s.path).name: s.reason for s in out.skipped if s.line is None}
    assert reasons["cut.warc.gz"].startswith("cannot read the web archive after record")
    assert reasons["cut.warc.gz"].endswith("check the file with gunzip -t")
    assert reasons["notes.warc"].startswith("not a web archive: a WARC file starts with")
    assert "'These are my notes, not an archive.'" in reasons["notes.warc"]


def _write(
    path: Path, url: str, body: bytes, headers: list[tuple[str, str]], warc: dict | None = None
) -> None:
    """Append one response record to the WARC ``path``, as warcio's writer stores it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("ab") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict=warc or {},
        )
        writer.write_record(record)
        record.raw_stream.close()  # the writer's spool of the payload, left open by warcio


def test_a_page_the_crawler_cut_short_is_kept_and_one_left_encoded_is_named(
    tmp_path: Path,
) -> None:
    # A page stored as its first bytes (the crawler's size limit) is still the article's
    # start: kept, and named. A body stored in an encoding that cannot be decoded here (br,
    # without brotli installed) is binary, not a page: skipped with what to do.
    page = _story()
    path = tmp_path / "crawl.warc.gz"
    html = [("Content-Type", "text/html; charset=utf-8")]
    cut_page = page[: len(page) // 2]
    _write(path, "https://news.example/iran", cut_page, html, {"WARC-Truncated": "length"})
    packed = [*html, ("Content-Encoding", "br")]
    _write(path, "https://news.example/packed", zlib.compress(page, 9), packed)
    result = ingest([path], tmp_path / "out" / "s.parquet")
    assert result.n_articles == 1
    [cut] = result.warnings
    assert "cut short by the crawler (WARC-Truncated), records 1" in cut.reason
    [packed_page] = result.skipped
    assert packed_page.line == 2
    assert packed_page.reason.startswith("page https://news.example/packed is stored br-encoded")


def test_a_page_with_a_byte_order_mark_reads_in_its_encoding(tmp_path: Path) -> None:
    # As a file's BOM decides its encoding (UTF-32's LE mark starts with UTF-16's), a page's does.
    page = _story().decode("utf-8")
    path = tmp_path / "marked.warc.gz"
    html = [("Content-Type", "text/html")]
    for codec in ("utf-32", "utf-16", "utf-8-sig"):
        _write(path, f"https://news.example/{codec}", page.encode(codec), html)
    result = ingest([path], tmp_path / "out" / "s.parquet")
    assert (result.n_articles, result.skipped, result.warnings) == (3, [], [])
    titles = {a["title"] for a in pq.read_table(result.articles_path).to_pylist()}
    assert titles == {"Iran sends missiles to Russia"}


def test_an_arc_file_reads_as_a_warc_does(tmp_path: Path) -> None:
    # ARC, the Internet Archive's format before WARC: a version block, then per record a line
    # "url ip date type length" and the HTTP response.
    page = _story()
    response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    header = b"1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = b"filedesc://crawl.arc 0.0.0.0 20240101000000 text/plain %d\n" % len(header)
    line = b"http://news.example/iran 127.0.0.1 20240101000000 text/html %d\n" % len(response)
    arc = tmp_path / "crawl.arc"
    arc.write_bytes(filedesc + header + b"\n" + line + response + b"\n")
    result = ingest([arc], tmp_path / "out" / "s.parquet")
    assert (result.n_articles, result.skipped) == (1, [])
    [article] = pq.read_table(result.articles_path).to_pylist()
    assert article["url"] == "http://news.example/iran"


def test_explain_reads_a_page_of_an_archive(site: str, tmp_path: Path) -> None:
    warc = _record(site, tmp_path / "crawl.warc.gz", ["/img/missile.jpg", "/local/vote"])
    decisions = explain(warc, record=0)
    assert any("We had no choice" in d.text and d.action == "kept" for d in decisions)


@pytest.mark.skipif(shutil.which("wget") is None, reason="GNU Wget is not installed")
def test_a_wget_crawl_of_the_site(site: str, tmp_path: Path) -> None:
    # GNU Wget's archive as it writes it: warcinfo, request, response and metadata records, and
    # its own log as a resource. Only the site's pages become articles.
    subprocess.run(
        ["wget", "--quiet", "--recursive", "--level=1", "--warc-file=crawl", site + "/"],
        cwd=tmp_path,
        check=False,  # wget exits 8 when a link gives 404; the archive is written all the same
        timeout=60,
    )
    result = ingest([tmp_path / "crawl.warc.gz"], tmp_path / "out" / "s.parquet")
    assert result.skipped == []
    urls = {a["url"] for a in pq.read_table(result.articles_path).to_pylist()}
    assert urls == {site + "/", site + "/world/iran"}
    assert result.passed_over["warcinfo record"] == 1
    assert result.passed_over["file that is not HTML (image/jpeg)"] == 1
