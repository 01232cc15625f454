"""News in XML: the news industry's article formats and news feeds, an article per story.

What news archives and agencies deliver when they do not deliver web pages:

- **NITF** (the IPTC's News Industry Text Format; The New York Times Annotated Corpus is 1.8
  million of them): ``<nitf>``, the headline in ``head/title`` or ``hedline/hl1``, the story in
  ``body.content``'s paragraphs.
- **NewsML-G2** (the IPTC's exchange format, as wires send it): a ``newsItem``, or a
  ``newsMessage`` holding several, the headline in ``contentMeta/headline`` and the story as
  XHTML or NITF inside ``contentSet/inlineXML``; and its predecessor **NewsML 1.x**
  (``NewsML``/``NewsItem``, still what many agencies' archives hold): the headline in
  ``NewsLines/HeadLine``, the story in the text ``ContentItem``'s ``DataContent`` (NITF, XHTML
  or plain text), photos' items passed over.
- **The Reuters corpus's** ``<newsitem>`` (RCV1 and its kin): ``title``/``headline``,
  ``dateline`` and the story in ``text``'s paragraphs.
- **TEI** (digitised newspapers, text corpora, ``trafilatura --xmltei``): the title, url, date
  and publisher from ``teiHeader``, the story from ``text/body`` without notes, figures,
  running heads (``fw``) and a ``div`` of readers' comments; a ``teiCorpus`` of several.
- **trafilatura's own XML** (``trafilatura --xml``, a crawl kept as extracted): ``<doc>`` with
  the page's metadata as attributes, the story in ``<main>``, readers' comments apart.
- **Feeds** (RSS 0.9x, 1.0 and 2.0, Atom), read by feedparser, which knows their dialects and
  dates: each item an article, its link the url, its text the full content
  (``content:encoded``, Atom ``content``) where the feed carries it, else the summary (often a
  teaser of a sentence or two, which is all such a feed holds).

Why paragraphs, not the whole element's text: every format keeps its headline, byline,
dateline, captions (NITF ``media``) and the NYT corpus's lead paragraph (a copy of the story's
first paragraphs, ``block class="lead_paragraph"``) beside the story; read as one text they
would be sentences twice or sentences that are not the story's. So the story is the body's
``<p>`` elements in order, the NYT corpus's ``full_text`` block when there is one, and the
headline becomes the article's title. A feed's HTML content is the story's body, not a page:
no menus or sidebars for an extractor to tell from the story, and an extractor built for
pages finds no "main text" in a fragment of two paragraphs (trafilatura returns nothing for an
Atom entry of two sentences). So its block elements become paragraphs as they stand, less its
figures, captions, scripts and embeds (:func:`fragment_text`), and the cleaning that every
article gets does the rest.

XML is read with defusedxml: a file may come from anywhere, and an entity declaration (the
"billion laughs" expansion, an external entity reading a local file) is refused, not expanded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from annotate.corpus._readers import RawArticle, Skipped, Warned, _open_bytes

__all__ = ["fragment_text", "read_news_xml"]

_FEEDS = frozenset({"rss", "RDF", "feed", "channel"})
_FORMATS = (
    "NITF, NewsML (G2 or 1.x), the Reuters corpus's newsitem, TEI, trafilatura's XML, RSS or Atom"
)
_SPACE = re.compile(r"\s+")
# The markup's line wrapping and indentation inside a paragraph ("take\n\t\tout my boat"): one
# space. A run of spaces on a line is the text's own and stays: cleaning reads two spaces as
# the seam of a caption run into the story ("checking the crater  The meteorite ...", FNC-1).
_WRAP = re.compile(r"[ \t]*[\r\n\t][\s]*")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# Enough of a file to see its root element past a declaration, a DOCTYPE and comments.
_HEAD = 1 << 16


def _local(tag: Any) -> str:
    """An element's name without its namespace (``{http://...}newsItem`` -> ``newsItem``)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(el: Any) -> str:
    return _SPACE.sub(" ", "".join(el.itertext())).strip()


# Block elements of NITF (its paragraphs, subheads, lists, block quotes and blocks), XHTML and
# TEI: each starts a paragraph of its own.
_XML_BLOCKS = frozenset(
    {
        "p",
        "hl1",
        "hl2",
        "bq",
        "block",
        "note",
        "fn",
        "pre",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "body.content",
        "div",
        "section",
        "article",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "footer",
        "credit",
        "tagline",
        "aside",
        "table",
        "tr",
        "hr",
        "address",
        # TEI's and trafilatura's XML: subheads, list items, quotations, anonymous blocks.
        "head",
        "item",
        "list",
        "quote",
        "ab",
        "main",
        "row",
    }
)
# What is beside a story, not of it: photos and their captions, tables (NITF's with their
# summary), notes to the editor, an XHTML page's head and its figures.
_BESIDE_STORY = frozenset(
    {"media", "nitf-table", "table", "note", "head", "figure", "figcaption", "script", "style"}
)


def _first(el: Any, *names: str) -> Any:
    """The first descendant (document order) named one of ``names``, else None."""
    for child in el.iter():
        if _local(child.tag) in names:
            return child
    return None


def _first_text(el: Any, *names: str) -> str | None:
    found = _first(el, *names)
    return (_text(found) or None) if found is not None else None


def _story(
    body: Any, skip: frozenset[str] = frozenset(), drop: Callable[[Any], bool] | None = None
) -> str:
    """The text under ``body``, a paragraph per block element (NITF's, XHTML's and TEI's: ``p``,
    ``li``, ``hl2``, ``h1``, ``head``, ``item`` ...), without the elements named in ``skip``
    (captions, tables) or for which ``drop`` is true, but with the text that follows them."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        text = _WRAP.sub(" ", "".join(run)).strip()
        run.clear()
        if text:
            out.append(text)

    def walk(el: Any) -> None:
        if not isinstance(el.tag, str):
            return  # a comment or a processing instruction
        name = _local(el.tag)
        if name in skip or (drop is not None and drop(el)):
            return
        block = name in _XML_BLOCKS or name in ("br", "lb")
        if block:
            flush()
        run.append(el.text or "")
        for child in el:
            walk(child)
            run.append(child.tail or "")
        if block:
            flush()

    walk(body)
    flush()
    return "\n\n".join(out)


# Elements that hold no story text in a feed item's HTML: pictures and their captions, code,
# embedded players and forms.
_NOT_STORY = frozenset(
    {
        "script",
        "style",
        "figure",
        "figcaption",
        "iframe",
        "noscript",
        "object",
        "embed",
        "video",
        "audio",
        "form",
        "button",
        "svg",
        "template",
        "head",
    }
)
# The footer WordPress feeds (Yoast SEO's default) put under every item, linking the post and
# the site: "The post <a>Bridge closed</a> appeared first on <a>Daily News</a>." It is read
# only as an item's last block with a link in it: "The post office bill appeared first on the
# agenda." is news.
_FEED_FOOTER = re.compile(r"^The post \S.* appeared first on \S.*$")


def fragment_text(html: str) -> str:
    r"""The text of an HTML fragment (a feed item's body), a paragraph per block element.

    A feed's footer under the story (:data:`_FEED_FOOTER`) is not the story's. The tree is only
    read, never written: a feed's text may hold control characters that lxml parses but
    refuses to set (FNC-1's bodies do).

    >>> fragment_text("<p>One <b>bold</b> line.</p><figure><figcaption>A photo.</figcaption>"
    ...               "</figure><p>Two.<br>Three.</p>")
    'One bold line.\n\nTwo.\n\nThree.'
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.strip()
    blocks = [el for el in root if isinstance(el.tag, str) and el.tag not in _NOT_STORY]
    last = next((el for el in reversed(blocks) if el.text_content().strip()), None)
    if (
        last is not None
        and _FEED_FOOTER.match(_SPACE.sub(" ", last.text_content()).strip())
        and last.find(".//a") is not None
    ):
        root.remove(last)  # its tail, the text after it, goes with it: there is none
    return _story(root, _NOT_STORY)


_COMPACT_DATE = re.compile(r"^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)?)?(Z|[+-]\d\d:?\d\d)?$")


def _iso(value: str | None) -> str | None:
    """NITF's and NewsML's compact dates as ISO 8601.

    >>> _iso("20070101"), _iso("20070101T000000"), _iso("20260101T101500+0100")
    ('2007-01-01', '2007-01-01T00:00:00', '2026-01-01T10:15:00+01:00')
    """
    if not value:
        return None
    m = _COMPACT_DATE.match(value.strip())
    if not m:
        return value.strip()
    y, mo, d, h, mi, se, zone = m.groups()
    when = f"{y}-{mo}-{d}" + (f"T{h}:{mi}:{se or '00'}" if h else "")
    if zone and zone != "Z":
        zone = zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
    return when + (zone or "") if h else when


def _root(path: Path) -> str | None:
    """The root element's name, read from the file's head; None when it is not XML."""
    from defusedxml.ElementTree import DefusedXMLParser, ParseError

    events: list[str] = []

    class _Target:
        def start(self, tag: str, attrib: dict[str, str]) -> None:
            if not events:
                events.append(_local(tag))

        def close(self) -> None:
            return None

    parser = DefusedXMLParser(target=_Target())
    with _open_bytes(path) as fh:
        while not events:
            chunk = fh.read(_HEAD)
            if not chunk:
                break
            try:
                parser.feed(chunk)
            except ParseError:  # malformed before its root: told as not XML
                break
    return events[0] if events else None


def read_news_xml(path: Path, rel: str) -> Iterator[RawArticle | Skipped | Warned]:
    """Yield the articles of one news XML file (see the module's docstring).

    ``line`` of an article is its number in the file (1 for the first, as for a web
    archive's records), so ``path:N`` names the N-th item of a feed.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, parse

    try:
        root = _root(path)
    except DefusedXmlException as exc:
        yield Skipped(str(path), None, _refused(exc))
        return
    except (OSError, EOFError) as exc:
        yield Skipped(str(path), None, f"cannot read file ({exc})")
        return
    if root is None:
        yield Skipped(
            str(path), None, f"not XML (no root element) -> give files in {_FORMATS} only"
        )
        return
    if root in _FEEDS:
        yield from _feed(path, rel)
        return
    if root == "Annotation":
        yield Skipped(
            str(path),
            None,
            "a CoNLL-2010 or BioScope file (<Annotation>), labelled sentences rather than news "
            "-> import it with 'annotate import-corpus conll2010' (or 'szeged-bio')",
        )
        return
    if root not in _ARTICLE_ROOTS:
        yield Skipped(
            str(path),
            None,
            f"an XML file of <{root}>, not a news format read here ({_FORMATS}) -> "
            "convert it to JSONL with a 'text' column, or leave it out",
        )
        return
    try:
        with _open_bytes(path) as fh:
            tree = parse(fh, forbid_dtd=False)
    except DefusedXmlException as exc:
        yield Skipped(str(path), None, _refused(exc))
        return
    except (ParseError, OSError, EOFError) as exc:
        yield Skipped(str(path), None, f"malformed XML ({exc}) -> fix or leave out the file")
        return
    reader, name = _ARTICLE_ROOTS[root]
    items = [e for e in tree.getroot().iter() if _local(e.tag) == name]
    for number, item in enumerate(items, start=1):
        article = reader(item, rel, number)
        if article.text:
            yield article
        else:
            yield Skipped(str(path), number, f"a <{name}> without story text")


def _refused(exc: Exception) -> str:
    name = getattr(exc, "name", None)
    return (
        f"refused: the XML declares an entity{f' ({name!r})' if name else ''}, which could expand "
        "without bound or read another file -> remove the entity declarations from its DOCTYPE"
    )


def _nitf_text(el: Any) -> str:
    """The story of an ``<nitf>`` element."""
    # The story's body.content is body's own: a <note> in body.head may hold another one.
    body = _first(el, "body")
    contents = [c for c in body if _local(c.tag) == "body.content"] if body is not None else []
    # The NYT corpus gives the lead paragraph twice: alone and at the head of full_text.
    full = [
        b
        for c in contents
        for b in c.iter()
        if _local(b.tag) == "block" and b.get("class") == "full_text"
    ]
    return "\n\n".join(t for t in (_story(c, _BESIDE_STORY) for c in full[:1] or contents) if t)


def _nitf(el: Any, rel: str, number: int) -> RawArticle:
    text = _nitf_text(el)
    title = _first_text(el, "hl1") or _first_text(el, "title")
    doc_id = _first(el, "doc-id")
    pubdata = _first(el, "pubdata")
    issued = _first(el, "date.issue")
    ident = doc_id.get("id-string") if doc_id is not None else None
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{ident or number}",
        kind="record",
        text=text,
        line=number,
        title=title,
        url=pubdata.get("ex-ref") if pubdata is not None else None,
        published=_iso(
            (issued.get("norm") if issued is not None else None)
            or (pubdata.get("date.publication") if pubdata is not None else None)
        ),
        source=pubdata.get("name") if pubdata is not None else None,
    )


def _rcv1(el: Any, rel: str, number: int) -> RawArticle:
    body = _first(el, "text")
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{el.get('itemid') or number}",
        kind="record",
        text=_story(body) if body is not None else "",
        line=number,
        title=_first_text(el, "headline") or _first_text(el, "title"),
        published=el.get("date"),
        language=el.get(_XML_LANG),
    )


def _g2(el: Any, rel: str, number: int) -> RawArticle:
    content = _first(el, "inlineXML")
    meta = _first(el, "contentMeta")
    item_meta = _first(el, "itemMeta")
    published = None
    for where, name in ((meta, "contentCreated"), (item_meta, "versionCreated")):
        published = published or (_first_text(where, name) if where is not None else None)
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{el.get('guid') or number}",
        kind="record",
        text=_story(content, _BESIDE_STORY) if content is not None else "",
        line=number,
        title=_first_text(meta, "headline") if meta is not None else None,
        published=published,
        language=el.get(_XML_LANG),
    )


def _newsml1(el: Any, rel: str, number: int) -> RawArticle:
    """An IPTC NewsML 1.x ``NewsItem``: its text ContentItems' NITF, XHTML or plain text."""
    texts = []
    for item in (c for c in el.iter() if _local(c.tag) == "ContentItem"):
        media = _first(item, "MediaType")
        if media is not None and media.get("FormalName", "Text").lower() != "text":
            continue  # a photo's, a video's or a graphic's item
        data = _first(item, "DataContent")
        if data is None:
            continue
        nitf, body = _first(data, "nitf"), _first(data, "body")
        if nitf is not None:
            texts.append(_nitf_text(nitf))
        elif body is not None or len(data):
            texts.append(_story(body if body is not None else data, _BESIDE_STORY))
        else:  # plain text: its own line breaks kept
            texts.append((data.text or "").strip())
    management = _first(el, "NewsManagement")
    created = None
    if management is not None:
        created = _first_text(management, "FirstCreated") or _first_text(
            management, "ThisRevisionCreated"
        )
    language = _first(el, "Language")
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{_first_text(el, 'PublicIdentifier') or el.get('Duid') or number}",
        kind="record",
        text="\n\n".join(t for t in texts if t),
        line=number,
        title=_first_text(el, "HeadLine"),
        published=_iso(created),
        language=language.get("FormalName") if language is not None else None,
    )


# What trafilatura's and TEI's XML hold beside the story: readers' comments, pictures, notes,
# tables, a printed page's running heads and numbers (TEI's fw), the TEI header.
_TEI_BESIDE = frozenset(
    {"comments", "graphic", "figure", "note", "table", "fw", "teiHeader", "front", "back"}
)


def _trafilatura(el: Any, rel: str, number: int) -> RawArticle:
    """A page as trafilatura's XML output holds it (``trafilatura --xml``): ``<doc>`` with the
    page's metadata as attributes and the story in ``<main>``, readers' comments apart."""
    main = _first(el, "main")
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{el.get('id') or number}",
        kind="record",
        text=_story(main, _TEI_BESIDE) if main is not None else "",
        line=number,
        title=el.get("title") or None,
        source=el.get("sitename") or None,
        url=el.get("url") or el.get("source") or None,
        published=el.get("date") or None,
        language=el.get("language") or None,
    )


def _tei(el: Any, rel: str, number: int) -> RawArticle:
    """A TEI document (a digitised newspaper's, a corpus's, ``trafilatura --xmltei``'s): the
    title, url, date and publisher from its header, the story from ``text``'s body, without
    notes, figures, running heads or a ``div`` of readers' comments."""
    header = _first(el, "teiHeader")
    text = _first(el, "text")
    body = _first(text, "body") if text is not None else None
    title = url = published = source = language = None
    if header is not None:
        titles = [t for t in header.iter() if _local(t.tag) == "title" and _text(t)]
        main = [t for t in titles if t.get("type") in (None, "main")]
        title = _text((main or titles)[0]) if titles else None
        for ref in header.iter():
            name = _local(ref.tag)
            if name in ("ptr", "ref") and (ref.get("type") or "").lower() == "url":
                url = url or ref.get("target")
            elif name == "idno" and (ref.get("type") or "").lower() in ("url", "uri"):
                url = url or _text(ref) or None
            elif name == "date" and (ref.get("type") or "") != "download":
                published = published or ref.get("when") or _text(ref) or None
            elif name == "publisher":
                source = source or _text(ref) or None
            elif name == "language":
                language = language or ref.get("ident")
    language = language or (text.get(_XML_LANG) if text is not None else None)
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{el.get(_XML_ID) or number}",
        kind="record",
        text=_story(
            body if body is not None else (text if text is not None else el),
            _TEI_BESIDE,
            lambda e: _local(e.tag) == "div" and e.get("type") == "comments",
        ),
        line=number,
        title=title,
        source=source,
        url=url,
        published=published,
        language=language,
    )


def _feed(path: Path, rel: str) -> Iterator[RawArticle | Skipped | Warned]:
    import feedparser

    with _open_bytes(path) as fh:
        data = fh.read()
    # Neither sanitised nor its links resolved: the HTML is read for its text, never shown, and
    # sanitising was a third of the parse (1.9 s -> 1.3 s for 1,683 FNC-1 bodies).
    feed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if feed.bozo and not feed.entries:
        yield Skipped(str(path), None, f"a feed that cannot be read ({feed.bozo_exception})")
        return
    if feed.bozo:
        yield Warned(
            str(path), None, f"a malformed feed, read as far as it goes ({feed.bozo_exception})"
        )
    source = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        contents = entry.get("content") or []
        # The full story where the feed carries it, else the summary (often a teaser only).
        body = max(contents, key=lambda c: len(c.get("value", "")), default=None)
        value, media = (
            (body.get("value", ""), body.get("type", ""))
            if body
            else (entry.get("summary", ""), entry.get("summary_detail", {}).get("type", ""))
        )
        if not value.strip():
            yield Skipped(str(path), number, "a feed item without content or summary")
            continue
        url = entry.get("link") or None
        ident = entry.get("id") or url or str(number)
        text = fragment_text(value) if "html" in media else value.strip()
        if not text:
            yield Skipped(str(path), number, "a feed item whose content holds no text")
            continue
        yield RawArticle(
            origin=rel,
            identity=f"{rel}#{ident}",
            kind="record",
            text=text,
            line=number,
            title=entry.get("title") or None,
            source=source,
            url=url,
            published=_feed_date(entry),
            language=feed.feed.get("language") or None,
        )


def _feed_date(entry: Any) -> str | None:
    """An item's date in ISO 8601 (UTC), as feedparser parsed it; as written when it could not."""
    import time

    for key in ("published", "updated"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    return entry.get("published") or entry.get("updated") or None


# A root element read as news, with what reads each story and the element that holds one: NITF,
# the Reuters corpus, NewsML-G2 (an item, or a message of several), NewsML 1.x (a document of
# items, or one item).
_ARTICLE_ROOTS = {
    "nitf": (_nitf, "nitf"),
    "newsitem": (_rcv1, "newsitem"),
    "newsItem": (_g2, "newsItem"),
    "newsMessage": (_g2, "newsItem"),
    "NewsML": (_newsml1, "NewsItem"),
    "NewsItem": (_newsml1, "NewsItem"),
    "doc": (_trafilatura, "doc"),
    "TEI": (_tei, "TEI"),
    "teiCorpus": (_tei, "TEI"),
}
