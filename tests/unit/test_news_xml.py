"""ingest() of news in XML: NITF, NewsML-G2, the Reuters corpus's newsitem, RSS and Atom feeds.

The feeds are made by feedgen, a feed generator sites use, not written by hand; the article
formats follow their published shapes (the NYT Annotated Corpus's NITF with its doubled lead
paragraph, RCV1's newsitem, an IPTC NewsML-G2 newsItem and newsMessage).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from annotate.corpus._article import article_id
from annotate.corpus._explain import explain
from annotate.corpus._feeds import fragment_text
from annotate.corpus._ingest import ingest
from annotate.corpus._xml_text import story
from annotate.errors import IngestError

STORY = (
    "<p>The city council voted on Tuesday to close the bridge, officials said.</p>"
    "<figure><img src='b.jpg'/><figcaption>The bridge on Monday. Photo: Jane Doe</figcaption>"
    "</figure><p>\u201cIt is unsafe,\u201d the mayor said. Repairs may take a year.</p>"
    "<script>track()</script>"
)
FOOTER = (
    "<p>The post <a href='https://news.example.com/bridge'>Bridge closed</a> appeared first on "
    "<a href='https://news.example.com'>Daily News</a>.</p>"
)

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<nitf change.date="June 10, 2005" change.time="19:30" version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>Council Votes to Close Bridge</title>
    <docdata><doc-id id-string="1815742"/><date.issue norm="20070101"/></docdata>
    <pubdata date.publication="20070101T000000" ex-ref="http://query.nytimes.com/gst/x?res=9A0C"
             name="The New York Times"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Council Votes to Close Bridge</hl1></hedline>
      <byline class="print_byline">By JANE DOE</byline>
      <dateline>ALBANY, Dec. 31</dateline>
    </body.head>
    <body.content>
      <block class="lead_paragraph">
        <p>The city council voted on Tuesday to close the bridge, officials said.</p>
      </block>
      <block class="full_text">
        <p>The city council voted on Tuesday to close the bridge, officials said.</p>
        <p>''It is unsafe,'' the mayor said. Repairs may take a year, engineers said.</p>
      </block>
    </body.content>
  </body>
</nitf>
"""

# An NITF file without the NYT's blocks: the story's paragraphs, a captioned photo beside them.
NITF_PLAIN = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Storm nears coast</title></head><body>
<body.head><hedline><hl1>Storm nears coast</hl1></hedline></body.head>
<body.content><p>A storm may reach the coast on Friday, forecasters said.</p>
<media media-type="image"><media-reference source="storm.jpg"/>
<media-caption><p>Waves hit the pier on Thursday.</p></media-caption></media>
<p>Residents were told to prepare.</p></body.content></body></nitf>
"""

# The IPTC's own NITF sample's shapes: a note to editors with a body.content of its own in
# body.head, a subhead, a table with its summary, a captioned photo, a list, a tagline.
NITF_IPTC = """<?xml version="1.0" encoding='UTF-8'?>
<!-- a comment -->
<nitf><head><title>Norfolk Weather and Tide Updates</title></head>
<body>
  <body.head>
    <hedline><hl1>Weather and Tide Updates for Norfolk</hl1><hl2>A sample article</hl2></hedline>
    <note><body.content><p>This sample article was written for the desk.</p></body.content></note>
    <byline>By <person>Alan Karben</person><byttl>NITF Network News Online</byttl></byline>
  </body.head>
  <body.content>
    <p>The weather was great today in Norfolk, Virginia, made by the
    <org value="acm" idsrc="iptc.org">Acme Boat Company</org>.</p>
    <hl2>The Tides are High</hl2>
    <p>As can be seen from the table below, the shores of Oceanview are the brightest spots.</p>
    <nitf-table><nitf-table-metadata><nitf-table-summary><p>This is a table filled with weather
    data.</p></nitf-table-summary></nitf-table-metadata>
    <table border="1"><tr><th>beach</th><th>high</th></tr><tr><td>Sunset</td><td>30</td></tr>
    </table></nitf-table>
    <media media-type="image"><media-reference source="high-tide.jpg"/>
    <media-caption>The tides, captured on film late yesterday.</media-caption></media>
    <ul><li><em>Deer Creek:</em> This area has proven to be a haven for bass.</li>
    <li><em>Fox Run:</em> A bit more difficult to navigate.</li></ul>
    <p>Happy fishing everybody!</p>
  </body.content>
  <body.end><tagline>Stewart Klometers contributed to this article.</tagline></body.end>
</body></nitf>
"""

# NewsML 1.x: a story in NITF, its photo as another ContentItem, and a plain-text story.
NEWSML1 = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2"><NewsEnvelope><DateAndTime>20260102T080000</DateAndTime></NewsEnvelope>
<NewsItem Duid="item1"><Identification><NewsIdentifier><ProviderId>example.com</ProviderId>
<DateId>20260102</DateId><NewsItemId>1</NewsItemId><RevisionId>1</RevisionId>
<PublicIdentifier>urn:newsml:example.com:20260102:1:1</PublicIdentifier></NewsIdentifier>
</Identification><NewsManagement><NewsItemType FormalName="News"/>
<FirstCreated>20260102T074500+0100</FirstCreated><Status FormalName="Usable"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Port strike enters second week</HeadLine>
<DateLine>ROTTERDAM</DateLine></NewsLines>
<DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
<ContentItem><MediaType FormalName="Text"/><Format FormalName="NITF"/><DataContent>
<nitf><body><body.content><p>Dock workers stayed off the job on Monday, union leaders said.</p>
<p>Talks could resume on Friday.</p></body.content></body></nitf></DataContent></ContentItem>
<ContentItem Href="port.jpg"><MediaType FormalName="Photo"/><DataContent>A crane at dawn.
</DataContent></ContentItem>
</NewsComponent></NewsItem>
<NewsItem Duid="item2"><NewsManagement><FirstCreated>20260102T090000</FirstCreated>
</NewsManagement><NewsComponent><NewsLines><HeadLine>Short item</HeadLine></NewsLines>
<ContentItem><MediaType FormalName="Text"/><DataContent>The ferry will run again on Tuesday.

Tickets bought for Monday remain valid, the operator said.</DataContent></ContentItem>
</NewsComponent></NewsItem>
</NewsML>
"""

RCV1 = """<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="2286" id="root" date="1996-08-20" xml:lang="en">
<title>MEXICO: Recovery excitement brings Mexican markets to life.</title>
<headline>Recovery excitement brings Mexican markets to life.</headline>
<byline>Henry Tricks</byline>
<dateline>MEXICO CITY</dateline>
<text>
<p>Emerging evidence that Mexico's economy was back on the recovery track sent Mexican markets
into a buzz of excitement Tuesday, with stocks closing at record highs.</p>
<p>"Everything is going up. It's a good sign," said one trader in M\xe9xico.</p>
</text>
<copyright>(c) Reuters Limited 1996</copyright>
<metadata><codes class="bip:countries:1.0"><code code="MEX"/></codes></metadata>
</newsitem>
"""

G2_ITEM = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:{n}"
  version="1" standard="NewsML-G2" standardversion="2.29" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-01-0{n}T10:00:00Z</versionCreated>
  </itemMeta>
  <contentMeta><headline>{headline}</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
      <h1>{headline}</h1><p>{first}</p>
      <figure><img src="x.jpg"/><figcaption><p>Waves on Thursday. (Photo: Wire)</p></figcaption>
      </figure><p>Residents were told to prepare.</p></body></html>
  </inlineXML></contentSet>
</newsItem>"""


def _g2(n: int, headline: str, first: str) -> str:
    return G2_ITEM.format(n=n, headline=headline, first=first)


def _feed(kind: str) -> bytes:
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.load_extension("dc")
    fg.id("https://news.example.com/")
    fg.title("Daily News")
    fg.link(href="https://news.example.com/", rel="alternate")
    fg.description("News from the city")
    fg.language("en")
    # feedgen writes entries newest first: added in reverse, they read in this order.
    teaser = fg.add_entry(order="append")
    teaser.id("https://news.example.com/road")
    teaser.title("Road may reopen")
    teaser.link(href="https://news.example.com/road")
    teaser.description("Officials say the road may reopen next week, but nothing is certain.")
    teaser.published("2026-12-01T09:00:00+01:00")
    full = fg.add_entry(order="append")
    full.id("https://news.example.com/?p=1")
    full.title("Bridge closed")
    full.link(href="https://news.example.com/bridge")
    full.content(STORY + FOOTER, type="CDATA" if kind == "rss" else "html")
    full.published("2026-12-01T10:00:00+00:00")
    empty = fg.add_entry(order="append")
    empty.id("https://news.example.com/empty")
    empty.title("Nothing in it")
    empty.link(href="https://news.example.com/empty")
    return fg.rss_str(pretty=True) if kind == "rss" else fg.atom_str(pretty=True)


def _write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data if isinstance(data, bytes) else data.encode("latin-1" if "8859" in data else "utf-8")
    path.write_bytes(gzip.compress(raw) if name.endswith(".gz") else raw)
    return path


def _read(out: Path) -> tuple[list[dict], list[dict]]:
    articles = pq.read_table(out.parent / f"{out.stem}.articles.parquet").to_pylist()
    return articles, pq.read_table(out).to_pylist()


def _texts(sentences: list[dict], article: dict) -> list[str]:
    return [s["text"] for s in sentences if s["article_id"] == article["article_id"]]


def test_nitf_reads_the_story_once_and_its_head_as_metadata(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write(src, "nyt/1815742.xml", NITF)
    _write(src, "wire/storm.xml.gz", NITF_PLAIN)
    out = tmp_path / "s.parquet"
    result = ingest([src], out, workers=1)
    assert not result.skipped
    articles, sentences = _read(out)
    nyt = next(a for a in articles if a["title"] == "Council Votes to Close Bridge")
    # The NYT corpus's lead paragraph is the full text's first: read once, not twice.
    assert _texts(sentences, nyt) == [
        "The city council voted on Tuesday to close the bridge, officials said.",
        "''It is unsafe,'' the mayor said.",
        "Repairs may take a year, engineers said.",
    ]
    assert nyt["url"] == "http://query.nytimes.com/gst/x?res=9A0C"
    assert nyt["article_id"] == article_id(nyt["url"], "")
    assert (nyt["published"], nyt["source"]) == ("2007-01-01", "The New York Times")
    storm = next(a for a in articles if a["title"] == "Storm nears coast")
    # The photo's caption is not a story sentence; a gzipped file is read as it is.
    assert _texts(sentences, storm) == [
        "A storm may reach the coast on Friday, forecasters said.",
        "Residents were told to prepare.",
    ]


def test_nitf_story_without_what_is_beside_it(tmp_path: Path) -> None:
    out = tmp_path / "s.parquet"
    ingest([_write(tmp_path, "fishing.xml", NITF_IPTC)], out, workers=1)
    (article,), sentences = _read(out)
    assert article["title"] == "Weather and Tide Updates for Norfolk"
    # Not the note in body.head, the subhead, the table and its summary, the caption or the
    # tagline after the body; the list items are the story's.
    assert _texts(sentences, article) == [
        "The weather was great today in Norfolk, Virginia, made by the Acme Boat Company.",
        "As can be seen from the table below, the shores of Oceanview are the brightest spots.",
        "Deer Creek: This area has proven to be a haven for bass.",
        "Fox Run: A bit more difficult to navigate.",
        "Happy fishing everybody!",
    ]


def test_newsml1_text_items_not_photos(tmp_path: Path) -> None:
    out = tmp_path / "s.parquet"
    ingest([_write(tmp_path, "feed-20260102.xml", NEWSML1)], out, workers=1)
    articles, sentences = _read(out)
    strike, short = sorted(articles, key=lambda a: a["title"])
    assert strike["title"] == "Port strike enters second week"
    assert (strike["published"], strike["language"]) == ("2026-01-02T07:45:00+01:00", "en")
    assert _texts(sentences, strike) == [
        "Dock workers stayed off the job on Monday, union leaders said.",
        "Talks could resume on Friday.",
    ]
    assert short["published"] == "2026-01-02T09:00:00"
    assert _texts(sentences, short) == [
        "The ferry will run again on Tuesday.",
        "Tickets bought for Monday remain valid, the operator said.",
    ]


def test_reuters_newsitem_in_its_declared_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "2286newsML.xml", RCV1)
    assert b"M\xe9xico" in path.read_bytes()  # Latin-1, as RCV1's files are
    out = tmp_path / "s.parquet"
    ingest([path], out, workers=1)
    (article,), sentences = _read(out)
    assert article["title"] == "Recovery excitement brings Mexican markets to life."
    assert (article["published"], article["language"]) == ("1996-08-20", "en")
    texts = _texts(sentences, article)
    assert texts[0].startswith("Emerging evidence that Mexico's economy was back on the recovery")
    assert texts[-1] == "It's a good sign,\" said one trader in México."
    # Byline, dateline, copyright and codes are not the story.
    assert not any("Reuters Limited" in t or "Tricks" in t or "MEX" in t for t in texts)


def test_newsml_g2_item_and_message(tmp_path: Path) -> None:
    item = '<?xml version="1.0" encoding="UTF-8"?>\n' + _g2(
        1, "Storm may hit coast", "A storm may reach the coast on Friday, forecasters said."
    )
    message = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-01-02'
        "</sent></header><itemSet>"
        + _g2(2, "Markets rise", "Stocks rose on Tuesday, traders said.")
        + _g2(3, "Vote delayed", "The vote was delayed until March, the clerk said.")
        + "</itemSet></newsMessage>"
    )
    _write(tmp_path / "in", "item.xml", item)
    _write(tmp_path / "in", "message.xml", message)
    out = tmp_path / "s.parquet"
    ingest([tmp_path / "in"], out, workers=1)
    articles, sentences = _read(out)
    by_title = {a["title"]: a for a in articles}
    assert set(by_title) == {"Storm may hit coast", "Markets rise", "Vote delayed"}
    storm = by_title["Storm may hit coast"]
    assert (storm["published"], storm["language"]) == ("2026-01-01T10:00:00Z", "en")
    # The headline repeated as <h1> and the figure's caption are not story sentences.
    assert _texts(sentences, storm) == [
        "A storm may reach the coast on Friday, forecasters said.",
        "Residents were told to prepare.",
    ]
    assert _texts(sentences, by_title["Vote delayed"])[0] == (
        "The vote was delayed until March, the clerk said."
    )


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_items_become_articles(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, f"daily.{kind}", _feed(kind))
    out = tmp_path / "s.parquet"
    result = ingest([path], out, workers=1)
    articles, sentences = _read(out)
    by_title = {a["title"]: a for a in articles}
    assert set(by_title) == {"Bridge closed", "Road may reopen"}
    bridge = by_title["Bridge closed"]
    assert bridge["url"] == "https://news.example.com/bridge"
    assert bridge["source"] == "Daily News"
    assert bridge["published"] == "2026-12-01T10:00:00Z"
    # The figure, its caption, the script and the feed's "The post ... appeared first on ..."
    # footer are not the story's.
    assert _texts(sentences, bridge) == [
        "The city council voted on Tuesday to close the bridge, officials said.",
        "\u201cIt is unsafe,\u201d the mayor said.",
        "Repairs may take a year.",
    ]
    # A teaser is all a summary-only item holds; its date is read in UTC.
    road = by_title["Road may reopen"]
    assert _texts(sentences, road) == [
        "Officials say the road may reopen next week, but nothing is certain."
    ]
    assert road["published"] == "2026-12-01T08:00:00Z"
    # The item with nothing in it is named by its number in the feed.
    (skip,) = result.skipped
    assert (skip.line, skip.reason) == (3, "a feed item without content or summary")
    # --explain reads the N-th article of the feed.
    assert any("appeared first" not in d.text for d in explain(path, record=1))


PAGE = """<html><head><title>Bridge closed | Daily News</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Daily News">
<meta property="article:published_time" content="2026-12-01T10:00:00Z"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Bridge closed</h1>
<p>The city council voted on Tuesday to close the bridge, officials said.</p>
<h2>What happens next</h2><p>"It is unsafe," the mayor said. Repairs may take a year.</p>
<ul><li>Ferries will run every 20 minutes, the city said.</li>
<li>Buses will be rerouted through the old town.</li></ul>
<figure><img src="b.jpg"><figcaption>The bridge on Monday.</figcaption></figure></article>
<section class="comments"><div class="comment"><p>Great news for the town, finally someone acted
on this issue after years of talk.</p></div></section><footer>Copyright 2026</footer></body></html>
"""


def test_rss_1_0(tmp_path: Path) -> None:
    rdf = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example.org/"><title>Example RDF</title>
<link>https://news.example.org/</link><description>x</description>
<items><rdf:Seq><rdf:li resource="https://news.example.org/a"/></rdf:Seq></items></channel>
<item rdf:about="https://news.example.org/a"><title>Vote delayed</title>
<link>https://news.example.org/a</link>
<description>The vote was delayed until March, the clerk said on Monday.</description>
<dc:date>2026-12-01T10:00:00Z</dc:date></item></rdf:RDF>
"""
    out = tmp_path / "s.parquet"
    ingest([_write(tmp_path, "wire.rdf.xml", rdf)], out, workers=1)
    (article,), sentences = _read(out)
    assert (article["title"], article["source"]) == ("Vote delayed", "Example RDF")
    assert (article["url"], article["published"]) == (
        "https://news.example.org/a",
        "2026-12-01T10:00:00Z",
    )
    assert _texts(sentences, article) == [
        "The vote was delayed until March, the clerk said on Monday."
    ]


@pytest.mark.parametrize("output_format", ["xml", "xmltei"])
def test_a_crawl_kept_as_trafilatura_xml_or_tei(tmp_path: Path, output_format: str) -> None:
    import trafilatura

    kept = trafilatura.extract(
        PAGE,
        output_format=output_format,
        with_metadata=True,
        include_comments=True,
        url="https://news.example.com/bridge",
    )
    out = tmp_path / "s.parquet"
    result = ingest([_write(tmp_path, "bridge.xml", kept)], out, workers=1)
    assert not result.skipped
    (article,), sentences = _read(out)
    assert article["title"] == "Bridge closed"
    assert article["url"] == "https://news.example.com/bridge"
    assert article["published"] == "2026-12-01"
    assert article["source"].startswith("Daily News")
    # The story, its list item included; not the subhead, the caption or readers' comments.
    assert _texts(sentences, article) == [
        "The city council voted on Tuesday to close the bridge, officials said.",
        '"It is unsafe," the mayor said.',
        "Repairs may take a year.",
        "Ferries will run every 20 minutes, the city said.",
        "Buses will be rerouted through the old town.",
    ]


def test_tei_without_what_is_beside_the_story(tmp_path: Path) -> None:
    tei = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="gazette-1890-05-02-a3"><teiHeader><fileDesc>
<titleStmt><title>A Fire on the Quay</title></titleStmt><publicationStmt><publisher>The
Gazette</publisher><date when="1890-05-02">2 May 1890</date></publicationStmt>
<sourceDesc><p>Scanned page 3.</p></sourceDesc></fileDesc><profileDesc><langUsage>
<language ident="en">English</language></langUsage></profileDesc></teiHeader>
<text><body><fw type="header">THE GAZETTE, MAY 2, 1890.</fw><div type="article">
<head>A FIRE ON THE QUAY.</head><p>A fire broke out on the quay on Tuesday night, and it is
believed that the warehouse was lost.<note place="foot">See also page 4.</note></p>
<figure><head>The quay before the fire.</head></figure>
<p>The cause is not yet<lb/>known, the police said.</p></div>
<fw type="pageNum">3</fw></body></text></TEI>
"""
    out = tmp_path / "s.parquet"
    ingest([_write(tmp_path, "gazette.xml", tei)], out, workers=1)
    (article,), sentences = _read(out)
    assert (article["title"], article["source"]) == ("A Fire on the Quay", "The Gazette")
    assert (article["published"], article["language"]) == ("1890-05-02", "en")
    texts = _texts(sentences, article)
    assert texts[0] == (
        "A fire broke out on the quay on Tuesday night, and it is believed that the warehouse "
        "was lost."
    )
    assert not any("GAZETTE" in t or "See also" in t or "before the fire" in t for t in texts)


def test_what_is_not_news_xml_is_refused_with_what_to_do(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write(src, "sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    _write(src, "notes.xml", "hello world")
    _write(src, "conll.xml", "<Annotation><DocumentSet><Document/></DocumentSet></Annotation>")
    _write(src, "cut.xml", '<?xml version="1.0"?><nitf><body><body.content><p>Cut')
    # Entity expansion ("billion laughs") is refused before anything is expanded.
    bomb = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    _write(
        src, "bomb.xml", f"<?xml version='1.0'?><!DOCTYPE nitf [{bomb}]><nitf><p>&l9;</p></nitf>"
    )
    with pytest.raises(IngestError) as info:
        ingest([src], tmp_path / "s.parquet", workers=1)
    message = str(info.value)
    assert "sitemap.xml: an XML file of <urlset>, not a news format read here" in message
    assert "notes.xml: not XML" in message
    assert "cut.xml: malformed XML" in message
    assert "bomb.xml: refused: the XML declares an entity ('l0')" in message
    assert "conll.xml: a CoNLL-2010 or BioScope file (<Annotation>)" in message
    assert ".xml (NITF, NewsML, TEI, RSS, Atom)" in info.value.hint


def test_a_news_xml_file_beside_articles_is_one_more_source(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write(src, "a.txt", "Bridge closes\n\nThe council voted to close the bridge on Tuesday.\n")
    _write(src, "b.xml", NITF_PLAIN)
    _write(src, "c.xml", "<rss version='2.0'><channel><title>x</title></channel></rss>")
    out = tmp_path / "s.parquet"
    result = ingest([src], out, workers=1)
    articles, _ = _read(out)
    assert sorted(a["title"] for a in articles) == ["Bridge closes", "Storm nears coast"]
    assert not result.skipped  # an empty feed is no error: it has no items yet


def test_fragment_text_paragraphs() -> None:
    html = (
        "<h2>Subhead</h2><p>First <a href='x'>linked</a> words.</p><ul><li>One item.</li>"
        "<li>Two items.</li></ul><blockquote>Quoted.</blockquote><!-- a comment -->"
        "<iframe src='v'></iframe>Loose text."
    )
    assert fragment_text(html) == (
        "Subhead\n\nFirst linked words.\n\nOne item.\n\nTwo items.\n\nQuoted.\n\nLoose text."
    )
    # Control characters that lxml parses and would refuse to write (FNC-1's bodies hold them)
    # are read, not fatal, and kept: cleaning deals with them as in a text file.
    assert fragment_text("<p>Vote\x0bheld.</p><p>Count\x01ed.</p>") == (
        "Vote\x0bheld.\n\nCount\x01ed."
    )
    # The markup's wrapping is one space; two spaces on a line are the text's own.
    assert fragment_text("<p>The vote\n      was held.  Photo: AP</p>") == (
        "The vote was held.  Photo: AP"
    )
    # "The post ..." as news, not the feed's linked footer, stays.
    assert fragment_text("<p>The post office appeared first on the list.</p>") == (
        "The post office appeared first on the list."
    )


def test_tei_blocks_are_paragraphs() -> None:
    from defusedxml.ElementTree import fromstring

    body = fromstring(
        "<body><head>Sub</head><list><item>Ferries run</item><item>Buses wait</item></list>"
        "<quote>We had no choice</quote><p>One line<lb/>and the next</p><ab>A block</ab></body>"
    )
    assert story(body) == (
        "Sub\n\nFerries run\n\nBuses wait\n\nWe had no choice\n\nOne line\n\nand the next"
        "\n\nA block"
    )
