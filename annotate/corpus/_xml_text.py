"""Text out of XML and HTML trees, a paragraph per block element, and the raw article it makes,
for the news XML and feed readers.

NITF, NewsML, TEI, trafilatura's XML and a feed item's HTML all hold a story as block elements
(paragraphs, list items, subheads, quotations) among elements beside it (captions, tables,
notes). :func:`story` reads one tree the same way for all of them, only reading the tree, never
writing it: lxml parses characters it then refuses to set (FNC-1's control characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from annotate.corpus._readers import RawArticle

__all__ = [
    "BLOCKS",
    "element_text",
    "first",
    "first_text",
    "local_name",
    "story",
    "story_article",
]

_SPACE = re.compile(r"\s+")
# The markup's line wrapping and indentation inside a paragraph ("take\n\t\tout my boat"): one
# space. A run of spaces on a line is the text's own and stays: cleaning reads two spaces as
# the seam of a caption run into the story ("checking the crater  The meteorite ...", FNC-1).
_WRAP = re.compile(r"[ \t]*[\r\n\t][\s]*")


def local_name(tag: Any) -> str:
    """An element's name without its namespace (``{http://...}newsItem`` -> ``newsItem``)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def element_text(el: Any) -> str:
    """All the text under ``el``, its white space runs one space (a headline, a title)."""
    return _SPACE.sub(" ", "".join(el.itertext())).strip()


# Block elements of NITF (its paragraphs, subheads, lists, block quotes and blocks), XHTML and
# TEI: each starts a paragraph of its own.
BLOCKS = frozenset(
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


def first(el: Any, *names: str) -> Any:
    """The first descendant (document order) named one of ``names``, else None."""
    for child in el.iter():
        if local_name(child.tag) in names:
            return child
    return None


def first_text(el: Any, *names: str) -> str | None:
    found = first(el, *names)
    return (element_text(found) or None) if found is not None else None


def story(
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
        name = local_name(el.tag)
        if name in skip or (drop is not None and drop(el)):
            return
        block = name in BLOCKS or name in ("br", "lb")
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


def story_article(
    rel: str,
    number: int,
    key: str | None,
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: str | None = None,
    language: str | None = None,
) -> RawArticle:
    """The ``number``-th story of a news XML file or feed as a raw article.

    Its identity, from which the article id derives when it has no url, is the file and the
    story's own id (``key``: a NITF doc-id, a NewsML guid, a feed item's id), else its number
    in the file, as a record's is its id or row.
    """
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{key or number}",
        kind="record",
        text=text,
        line=number,
        title=title,
        source=source,
        url=url,
        published=published,
        language=language,
    )
