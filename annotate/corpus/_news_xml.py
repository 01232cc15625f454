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
- **Feeds** (RSS, Atom), a root element like any other here, are read item by item by
  :mod:`annotate.corpus._feeds`.

Why paragraphs, not the whole element's text: every format keeps its headline, byline,
dateline, captions (NITF ``media``) and the NYT corpus's lead paragraph (a copy of the story's
first paragraphs, ``block class="lead_paragraph"``) beside the story; read as one text they
would be sentences twice or sentences that are not the story's. So the story is the body's
``<p>`` elements in order, the NYT corpus's ``full_text`` block when there is one, and the
headline becomes the article's title (:func:`annotate.corpus._xml_text.story`).

XML is read with defusedxml: a file may come from anywhere, and an entity declaration (the
"billion laughs" expansion, an external entity reading a local file) is refused, not expanded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotate.corpus._feeds import read_feed
from annotate.corpus._readers import RawArticle, Skipped, Warned, open_bytes
from annotate.corpus._xml_text import (
    element_text,
    first,
    first_text,
    local_name,
    story,
    story_article,
)

__all__ = ["read_news_xml"]

_FEEDS = frozenset({"rss", "RDF", "feed", "channel"})
_FORMATS = (
    "NITF, NewsML (G2 or 1.x), the Reuters corpus's newsitem, TEI, trafilatura's XML, RSS or Atom"
)
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# Enough of a file to see its root element past a declaration, a DOCTYPE and comments.
_HEAD = 1 << 16


# What is beside a story, not of it: photos and their captions, tables (NITF's with their
# summary), notes to the editor, an XHTML page's head and its figures.
_BESIDE_STORY = frozenset(
    {"media", "nitf-table", "table", "note", "head", "figure", "figcaption", "script", "style"}
)


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
                events.append(local_name(tag))

        def close(self) -> None:
            return None

    parser = DefusedXMLParser(target=_Target())
    with open_bytes(path) as fh:
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
        yield from read_feed(path, rel)
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
        with open_bytes(path) as fh:
            tree = parse(fh, forbid_dtd=False)
    except DefusedXmlException as exc:
        yield Skipped(str(path), None, _refused(exc))
        return
    except (ParseError, OSError, EOFError) as exc:
        yield Skipped(str(path), None, f"malformed XML ({exc}) -> fix or leave out the file")
        return
    reader, name = _ARTICLE_ROOTS[root]
    items = [e for e in tree.getroot().iter() if local_name(e.tag) == name]
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
    body = first(el, "body")
    contents = [c for c in body if local_name(c.tag) == "body.content"] if body is not None else []
    # The NYT corpus gives the lead paragraph twice: alone and at the head of full_text.
    full = [
        b
        for c in contents
        for b in c.iter()
        if local_name(b.tag) == "block" and b.get("class") == "full_text"
    ]
    return "\n\n".join(t for t in (story(c, _BESIDE_STORY) for c in full[:1] or contents) if t)


def _nitf(el: Any, rel: str, number: int) -> RawArticle:
    text = _nitf_text(el)
    title = first_text(el, "hl1") or first_text(el, "title")
    doc_id = first(el, "doc-id")
    pubdata = first(el, "pubdata")
    issued = first(el, "date.issue")
    ident = doc_id.get("id-string") if doc_id is not None else None
    return story_article(
        rel,
        number,
        ident,
        text,
        title=title,
        url=pubdata.get("ex-ref") if pubdata is not None else None,
        published=_iso(
            (issued.get("norm") if issued is not None else None)
            or (pubdata.get("date.publication") if pubdata is not None else None)
        ),
        source=pubdata.get("name") if pubdata is not None else None,
    )


def _rcv1(el: Any, rel: str, number: int) -> RawArticle:
    body = first(el, "text")
    return story_article(
        rel,
        number,
        el.get("itemid"),
        story(body) if body is not None else "",
        title=first_text(el, "headline") or first_text(el, "title"),
        published=el.get("date"),
        language=el.get(_XML_LANG),
    )


def _g2(el: Any, rel: str, number: int) -> RawArticle:
    content = first(el, "inlineXML")
    meta = first(el, "contentMeta")
    item_meta = first(el, "itemMeta")
    published = None
    for where, name in ((meta, "contentCreated"), (item_meta, "versionCreated")):
        published = published or (first_text(where, name) if where is not None else None)
    return story_article(
        rel,
        number,
        el.get("guid"),
        story(content, _BESIDE_STORY) if content is not None else "",
        title=first_text(meta, "headline") if meta is not None else None,
        published=published,
        language=el.get(_XML_LANG),
    )


def _newsml1(el: Any, rel: str, number: int) -> RawArticle:
    """An IPTC NewsML 1.x ``NewsItem``: its text ContentItems' NITF, XHTML or plain text."""
    texts = []
    for item in (c for c in el.iter() if local_name(c.tag) == "ContentItem"):
        media = first(item, "MediaType")
        if media is not None and media.get("FormalName", "Text").lower() != "text":
            continue  # a photo's, a video's or a graphic's item
        data = first(item, "DataContent")
        if data is None:
            continue
        nitf, body = first(data, "nitf"), first(data, "body")
        if nitf is not None:
            texts.append(_nitf_text(nitf))
        elif body is not None or len(data):
            texts.append(story(body if body is not None else data, _BESIDE_STORY))
        else:  # plain text: its own line breaks kept
            texts.append((data.text or "").strip())
    management = first(el, "NewsManagement")
    created = None
    if management is not None:
        created = first_text(management, "FirstCreated") or first_text(
            management, "ThisRevisionCreated"
        )
    language = first(el, "Language")
    return story_article(
        rel,
        number,
        first_text(el, "PublicIdentifier") or el.get("Duid"),
        "\n\n".join(t for t in texts if t),
        title=first_text(el, "HeadLine"),
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
    main = first(el, "main")
    return story_article(
        rel,
        number,
        el.get("id"),
        story(main, _TEI_BESIDE) if main is not None else "",
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
    header = first(el, "teiHeader")
    text = first(el, "text")
    body = first(text, "body") if text is not None else None
    title = url = published = source = language = None
    if header is not None:
        titles = [t for t in header.iter() if local_name(t.tag) == "title" and element_text(t)]
        main = [t for t in titles if t.get("type") in (None, "main")]
        title = element_text((main or titles)[0]) if titles else None
        for ref in header.iter():
            name = local_name(ref.tag)
            if name in ("ptr", "ref") and (ref.get("type") or "").lower() == "url":
                url = url or ref.get("target")
            elif name == "idno" and (ref.get("type") or "").lower() in ("url", "uri"):
                url = url or element_text(ref) or None
            elif name == "date" and (ref.get("type") or "") != "download":
                published = published or ref.get("when") or element_text(ref) or None
            elif name == "publisher":
                source = source or element_text(ref) or None
            elif name == "language":
                language = language or ref.get("ident")
    language = language or (text.get(_XML_LANG) if text is not None else None)
    return story_article(
        rel,
        number,
        el.get(_XML_ID),
        story(
            body if body is not None else (text if text is not None else el),
            _TEI_BESIDE,
            lambda e: local_name(e.tag) == "div" and e.get("type") == "comments",
        ),
        title=title,
        source=source,
        url=url,
        published=published,
        language=language,
    )


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
