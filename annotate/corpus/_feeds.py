"""News feeds (RSS 0.9x, 1.0 and 2.0, Atom): each item an article.

Read by feedparser, which knows the feeds' dialects, namespaces and dates: an item's link is the
article's url, its text the full content (``content:encoded``, Atom ``content``) where the feed
carries it, else the summary (often a teaser of a sentence or two, which is all such a feed
holds), its date ISO 8601 in UTC, the feed's title its source.

A feed's HTML content is the story's body, not a page: no menus or sidebars for an extractor to
tell from the story, and an extractor built for pages finds no "main text" in a fragment of two
paragraphs (trafilatura returns nothing for an Atom entry of two sentences). So its block
elements become paragraphs as they stand, less its figures, captions, scripts and embeds
(:func:`fragment_text`), and the cleaning that every article gets does the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotate.corpus._readers import RawArticle, Skipped, Warned, open_bytes
from annotate.corpus._xml_text import element_text, story, story_article

__all__ = ["fragment_text", "read_feed"]

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
        and _FEED_FOOTER.match(element_text(last))
        and last.find(".//a") is not None
    ):
        root.remove(last)  # its tail, the text after it, goes with it: there is none
    return story(root, _NOT_STORY)


def read_feed(path: Path, rel: str) -> Iterator[RawArticle | Skipped | Warned]:
    import feedparser

    with open_bytes(path) as fh:
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
        text = fragment_text(value) if "html" in media else value.strip()
        if not text:
            yield Skipped(str(path), number, "a feed item whose content holds no text")
            continue
        yield story_article(
            rel,
            number,
            entry.get("id") or url,
            text,
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
