"""Line-level cleaning of article text: page furniture and headings, on normalised lines.

The rules are data (``annotate/data/boilerplate.yaml``) and the rule modules this one calls
(ARCHITECTURE.md, "Finding your way in corpus/"); this module applies them in order. Cleaning
works on whole lines because page furniture (captions, share widgets, donation appeals) comes as
whole lines in scraped news, and a dropped line can then be reported by its line number.

The cleaned text is what is stored in the article table and what sentence offsets point into, so
every change to the text (normalisation in :mod:`annotate.corpus._normalise`, footnote digits)
happens before segmentation.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

import yaml

from annotate._files import package_data
from annotate.corpus import _normalise, _utf8
from annotate.corpus._ads import is_ad, is_ad_label, is_sponsor_label, is_widget_link
from annotate.corpus._alt_text import alts_lead_in, captions_alt, is_numbered_alt, opens_with_alt
from annotate.corpus._asked_links import asked_links
from annotate.corpus._broken_elements import broken_elements
from annotate.corpus._bullets import (
    ITEMS_BEFORE_LAST,
    is_clause_item,
    is_last_item,
    item_shape,
    split_bullet,
)
from annotate.corpus._caption_runs import caption_runs
from annotate.corpus._captions import (
    closes_on_credit,
    completes_teaser,
    ends_on_photo_date,
    goes_on_story,
    is_asked_caption,
    is_caption_among_unmarked,
    is_credit_led_caption,
    is_credited_caption,
    is_cut_stop,
    is_dated_caption,
    is_doubled,
    is_labelled_picture,
    is_photo_caption,
    is_unmarked_caption,
    is_verbless_caption,
    names_picture,
    opens_agency_caption,
    opens_dated_caption,
    points_to_video,
    split_glued_caption,
    titles_picture,
)
from annotate.corpus._closing_captions import closes_on_caption
from annotate.corpus._closing_prompts import closing_prompts
from annotate.corpus._code import code_tail
from annotate.corpus._context import among_furniture
from annotate.corpus._counted_heads import counted_heads, is_count, is_head_under_count
from annotate.corpus._credited_captions import (
    is_caption_over_copy,
    is_caption_over_credit,
    is_over_caption_toggle,
    is_set_apart_caption,
    is_viewer_caption,
    is_viewer_credit,
)
from annotate.corpus._credited_labels import split_credited_labels
from annotate.corpus._credits import (
    is_bare_source,
    is_caps_picture_credit,
    is_handle_line,
    is_picture_credit,
    is_picture_credit_line,
    split_credits,
    split_lead_wire,
)
from annotate.corpus._cut_teasers import cut_at_comma, cuts_phrase, is_cut_teaser, is_kicker_cry
from annotate.corpus._dash_items import (
    is_item_sentence,
    is_roster_item,
    opens_dash,
    opens_glued,
    opens_tilde,
    signs_occasion,
    signs_quotation,
    signs_quotation_close,
)
from annotate.corpus._dateline import split_byline, split_wire_head, undated
from annotate.corpus._decks import (
    DECK_WORDS,
    is_deck_tail,
    is_lower_deck,
    is_noun_deck,
    is_participle_deck,
    is_split_deck,
)
from annotate.corpus._embed_labels import embed_labels
from annotate.corpus._entities import decode_entities, has_entity
from annotate.corpus._field_labels import split_field_label
from annotate.corpus._first_items import first_items
from annotate.corpus._flattened_heads import split_inner_heads
from annotate.corpus._framed_captions import places_in_frame
from annotate.corpus._furniture import (
    LABELLED_CAPTION_WORDS,
    ends_with_tweet_sign_off,
    has_caption_label,
    is_figure,
    is_teaser,
    is_teaser_label,
    is_tweet_sign_off,
    is_tweet_text,
    non_prose,
    split_tag_tail,
    title_case,
)
from annotate.corpus._gallery_blurbs import is_gallery_blurb, is_gallery_label
from annotate.corpus._gallery_captions import (
    is_framed_label,
    is_gallery_caption,
    is_gallery_counter,
)
from annotate.corpus._glued_headings import cut_glued_headings, spaced_head
from annotate.corpus._headlines import (
    ends_sentence,
    has_inner_end,
    headline_case,
    heads_as_related,
    heads_its_paragraph,
    is_glued_headlines,
    is_headline,
    is_lone_word,
    is_quotation,
    is_title_line,
    restated_headline,
)
from annotate.corpus._inline_heads import inline_heads
from annotate.corpus._inserted_stories import inserted_stories
from annotate.corpus._key_points import key_points
from annotate.corpus._kickers import is_kicker, is_lower_kicker
from annotate.corpus._lead_ins import leads_into_quote
from annotate.corpus._letters import (
    is_comment_header,
    is_signature,
    is_social_label,
    letters_label,
    signs_post,
    split_signed_tail,
)
from annotate.corpus._link_tails import link_tail, split_inner_links
from annotate.corpus._listed_heads import listed_heads
from annotate.corpus._live_updates import (
    is_standing_header,
    is_update_head,
    is_update_stamp,
    split_live_blog,
)
from annotate.corpus._long_heads import is_long_heading
from annotate.corpus._mojibake import fix_mojibake
from annotate.corpus._named_sources import inner_names, is_named_source
from annotate.corpus._normalise import normalise_line, normalised_lines
from annotate.corpus._notes import (
    is_bracketed_insert,
    is_note,
    opens_note,
    quoted_under_lead_in,
    split_emphasis_notes,
    split_glued_note,
    split_lead_note,
)
from annotate.corpus._notices import is_rights_notice, is_site_notice, split_masthead
from annotate.corpus._numbered import is_broken_item, item_number
from annotate.corpus._opening_captions import opening_captions
from annotate.corpus._pointing_captions import points_twice
from annotate.corpus._polls import asks_poll
from annotate.corpus._pull_quotes import drop_repeats
from annotate.corpus._quoted_sources import QUOTED_HEADLINE_WORDS, is_quoted_source
from annotate.corpus._reader_calls import split_calls, split_inner_calls
from annotate.corpus._related import is_boxed_teaser, is_sibling_teaser, teaser_label
from annotate.corpus._roster_heads import roster_heads
from annotate.corpus._scene_captions import is_placed_scene, shows_scene
from annotate.corpus._sections import (
    PARAGRAPH_CHARS,
    finishes_trailed_line,
    first_of_series,
    heads_next_item,
    heads_under_label,
    is_colon_heading,
    is_section_heading,
    is_titled_subheading,
    named_heads,
    numbered_heading,
    question_heads,
)
from annotate.corpus._signoff import (
    is_foot_line,
    is_fragment,
    is_name_alone,
    is_section_label,
    is_sign_off,
    is_writer_line,
    name_words,
    split_end_mark,
    split_section_name,
)
from annotate.corpus._slides import numbers_title
from annotate.corpus._sources import is_citation, is_sources_label
from annotate.corpus._spaced_credits import (
    SPACED,
    is_caption_before_credit,
    is_spaced_credit_caption,
    spaced_credit,
    trailing_credit,
)
from annotate.corpus._split_dates import year_after_preposition
from annotate.corpus._stubs import continues, resumes_after_comma, resumes_after_ellipsis
from annotate.corpus._subheadings import asks_as_crosshead, is_subheading, is_verbless
from annotate.corpus._table_rows import (
    is_box_note,
    is_chart_title,
    is_figure_heading,
    is_figure_label,
    is_table_question,
    is_table_row,
)
from annotate.corpus._told_things import (
    is_bare_phrase,
    is_capitalised,
    is_closing_caption,
    names_told_thing,
)
from annotate.corpus._tweets import (
    fits_in_tweet,
    is_hashtag_post,
    retweet_start,
    split_glued_tweet,
)
from annotate.corpus._twin_captions import is_participle_caption
from annotate.corpus._widgets import (
    is_box_label,
    is_bulleted,
    is_comments_label,
    is_stamp,
    is_widget_line,
)
from annotate.corpus._wire_captions import is_wire_caption

__all__ = [
    "Cleaned",
    "Dropped",
    "Kept",
    "KeptStream",
    "clean",
    "clean_lines",
    "is_viewer_button",
    "kept_lines",
]

_WORD = re.compile(r"\S+")
_KEY_PIECE = 1 << 16
# A footnote marker glued to an all-lower-case word before punctuation: "distance1." ->
# "distance.". Whole lower-case words of 4+ letters only, so that handles (@pmorici1), "io9",
# "top25", "Twenty20" and "H1N1" are left alone (all seen in FNC-1 and PolNeAR).
_FOOTNOTE = re.compile(r"(?<![\w@#/.])([a-z]{4,})(\d{1,2})(?=[.,;:][\"”’)]?(?:\s|$))")
_SENTENCE_END = tuple(".!?:;,\"”’'…)-—–")


# Enough bytes of a long line's end for its mark and the quotes and brackets after it.
_END_BYTES = 64


class _NamedSoFar:
    """Words named in the kept lines so far, and in ``text`` (split as
    :func:`annotate.corpus._signoff.name_words` does), looked up only when asked."""

    def __init__(self, named: set[str], text: str) -> None:
        self._named = named
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if word in self._named:
            return True
        if self._words is None:
            self._words = set(name_words(self._text))
        return word in self._words


# The records _dropped_between reads back: more than a few paragraphs' lines.
_RECENT_DROPS = 64


@dataclass(frozen=True)
class Dropped:
    """One piece of raw text left out of the cleaned article text.

    Attributes
    ----------
    line : int
        1-based line number in the raw (decoded) text.
    kind : str
        ``title``, ``caption``, ``boilerplate``, ``heading``, ``duplicate``, ``footnote``,
        ``credit`` (a whole line, or the credit cut off the end of a kept caption), a kind
        of non-prose (``list``, ``scores``, ``date``, ``link``, ``code``, ``markup``: see
        :func:`annotate.corpus._furniture.non_prose`; ``code`` also for a script cut off
        the end of a kept line, :mod:`annotate.corpus._code`), ``headline`` (a related
        story's headline or a caption in the body, without a sentence end, or links glued
        into one line), ``label`` (one lower-case word alone: a file name, a page's label;
        both :mod:`annotate.corpus._headlines`; also the labels over a piece the story
        quotes, and ``headline`` its headline: :mod:`annotate.corpus._quoted_sources`; an
        embed's label over its title, :mod:`annotate.corpus._embed_labels`; a picture's alt
        text, :mod:`annotate.corpus._alt_text`),
        ``tweet`` (an embedded post: its text, a retweet, or a tweet cut out of a kept
        line, :mod:`annotate.corpus._tweets`; every line of a tweet element line breaks cut,
        as ``markup`` for any other element, :mod:`annotate.corpus._broken_elements`),
        ``sign-off`` (the article's last line: its
        sources, credits or writer, :mod:`annotate.corpus._signoff`), ``note`` (a
        disclosure, correction or editor's note about the article, and the lines its
        sentence runs on to: :mod:`annotate.corpus._notes`), ``pull-quote`` (a quotation
        alone that repeats words of another line; the name under it is a ``credit``:
        :mod:`annotate.corpus._pull_quotes`; a ``caption`` may also be one without a label,
        :mod:`annotate.corpus._captions`), ``call`` (a call to the reader, a whole line or
        cut off the end of a kept one: :mod:`annotate.corpus._reader_calls`), or ``joined``: the
        line break before this line, replaced by a space because the line goes on with the
        sentence of the one before (:func:`annotate.corpus._stubs.continues`; a year cut off
        its preposition by a stray stop,
        :func:`annotate.corpus._split_dates.year_after_preposition`), or opens the quotation
        its lead-in introduces (:func:`annotate.corpus._lead_ins.leads_into_quote`).
        A line without a sentence end between furniture takes its kind from its neighbours
        (:mod:`annotate.corpus._context`).
    text : str
        What was dropped (the normalised line, the credit, the footnote digits, or the line
        break of a join).
    reason : str
        Why, when the kind alone does not say: for a line decided by its neighbours, which
        they were (shown by ``ingest --explain``; not stored in the article table).
    """

    line: int
    kind: str
    text: str
    reason: str = ""


@dataclass(frozen=True)
class Cleaned:
    """The result of :func:`clean`: text to segment, the title and what was dropped."""

    text: str
    title: str | None
    dropped: list[Dropped] = field(default_factory=list)


@dataclass(frozen=True)
class _Rules:
    boilerplate: re.Pattern[str]
    viewer_button: re.Pattern[str]
    caption: re.Pattern[str]
    caption_max_words: int
    heading_max_words: int
    heading_max_chars: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = yaml.safe_load(
        package_data("data", "boilerplate.yaml").read_text("utf-8")
    )
    credits = "|".join(f"(?:{c})" for c in data["caption_credits"])
    return _Rules(
        boilerplate=re.compile(
            "|".join(f"(?:{p})" for p in [*data["boilerplate"], data["viewer_button"]]), re.I
        ),
        viewer_button=re.compile(data["viewer_button"], re.I),
        # Text without sentence-final punctuation, then "(credit)" at the very end.
        caption=re.compile(rf"^[^.!?]*[^\s.!?]\s*\((?:{credits})\)$", re.I),
        caption_max_words=int(data["caption_max_words"]),
        heading_max_words=int(data["heading_max_words"]),
        heading_max_chars=int(data["heading_max_chars"]),
    )


def _key(line: str | bytearray) -> bytes:
    """A digest of the case-folded line without its final punctuation: what "the same line" is.

    A digest, not the folded line, or the set of keys seen would be another copy of the
    article; folded a piece at a time (case folding maps each character on its own), so that
    a very long line is not copied whole. A line given as UTF-8 bytes (a long line, see
    :func:`_normalise.normalised_parts`) has the digest of its text.
    """
    end = len(line)
    while end and line[end - 1] in (".!? " if isinstance(line, str) else b".!? "):
        end -= 1
    digest = hashlib.blake2b(digest_size=16)
    if isinstance(line, str):
        texts: Iterable[str] = (
            line[at : min(end, at + _KEY_PIECE)] for at in range(0, end, _KEY_PIECE)
        )
    else:
        texts = _utf8.pieces(line, end)
    for piece in texts:
        digest.update(piece.casefold().encode("utf-8", "surrogatepass"))
    return digest.digest()


def _drop_footnotes(line: bytearray, window: int) -> list[str]:
    """``_FOOTNOTE.sub(r"\\1", line)`` on a long line's UTF-8 bytes, in place; the digits dropped.

    The line is read in windows of about ``window`` bytes that end before a space: a footnote
    marker holds no space and its lookarounds see a space (or the line's end) at a window's
    edge as they would in the whole line. The text is rewritten over itself (it only shrinks),
    so the line is never copied.
    """
    digits: list[str] = []
    read = write = 0
    while read < len(line):
        stop = line.find(b" ", read + window) if read + window < len(line) else -1
        stop = len(line) if stop < 0 else stop
        piece: bytes | bytearray = line[read:stop]
        text = piece.decode("utf-8", "surrogatepass")
        found = [m.group(2) for m in _FOOTNOTE.finditer(text)]
        if found:
            digits += found
            piece = _FOOTNOTE.sub(r"\1", text).encode("utf-8", "surrogatepass")
        line[write : write + len(piece)] = piece
        read, write = stop, write + len(piece)
    del line[write:]
    return digits


def _at_most_words(line: str, n: int) -> bool:
    # Not len(line.split()): that builds a list of every word of a paragraph, however long.
    return next(itertools.islice(_WORD.finditer(line), n, None), None) is None


# Kinds of furniture a page sets twice, the second copy without what closes the first (a
# tweet's sign-off, a caption's credit), and the least a copy holds (a few words).
_COPIED = frozenset(["tweet", "caption", "credit", "headline", "heading"])
# A page sets a picture's caption twice, as its alt text and under it, and a link with its
# title: the same line right under itself. On FNC-1 and PolNeAR all 10 such lines that were
# kept are captions, a related box's link, a headline or a credit ("The young man seemed happy
# and healthy when this photo was taken by his roommate, ...", FNC-1 2098; "Who are Boko
# Haram?", FNC-1 840 and 1419); the story does not say a paragraph twice in a row. At most
# the words of a long caption: a longer paragraph set twice is a scrape's repeat, a duplicate.
_SET_TWICE_WORDS = 40
# The copy is the same line but for its final mark: its length is told first, as the digest of
# the line under each line would be a second digest per line.
_SET_TWICE_SLACK = 2
_COPY_CHARS = 20
# A line that says the furniture line above it again in other words shares most of its words
# with it: at least this many, and this share of its own (see _furniture_reworded).
_REWORDED_SHARED = 4
_REWORDED_SHARE = 0.75
_COPY_WORD = re.compile(r"[^\W_]+")


def _furniture_reworded(line: str, above: str) -> bool:
    """Whether ``line``, with no final mark, is ``above`` said again in other words (most of
    its words are the line above's, compared in lower case, a compound's parts apart)."""
    if line.endswith(tuple('.!?"”')) or not _at_most_words(line, _SET_TWICE_WORDS):
        return False
    words = [w.lower() for w in _COPY_WORD.findall(line)]
    shared = {w.lower() for w in _COPY_WORD.findall(above)}
    inside = sum(w in shared for w in words)
    return inside >= _REWORDED_SHARED and inside >= _REWORDED_SHARE * len(words)


# A list of imperative clauses set as paragraphs: after this many kept, a short one is an item.
_CLAUSE_ITEMS = 2
# The first item under the lead-in: one sentence of at most this many words, its second word
# in lower case as an imperative clause's is ("Shorten or eliminate the period ...").
_CLAUSE_WORDS = 25
_LOWER_SECOND = re.compile(r"[A-Z][a-z]+ [a-z]")
# How many tweets dropped whole are remembered, for their copies below them.
_TWEETS_HELD = 8
# A caption closed by its picture's credit has at most this many words (one or two sentences).
_CREDITED_CAPTION_WORDS = 40
# An agency's one-sentence caption, the event and its place and day, runs longer ("... speaks
# on stage at The New York Comedy Festival and The Bob Woodruff Foundation present ... on
# November 5, 2014 in New York City.", 41 words, FNC-1 1794).
_CREDITED_SENTENCE_WORDS = 60
# An agency's caption that opens "In this photo ..." and goes on with the story's news in a
# second sentence (80 words, FNC-1 1970); the longest tabloid caption is 71.
_AGENCY_CAPTION_WORDS = 100
# A caption stands alone under its picture, so it names its subject: a paragraph that opens by
# pointing back at the story ("He added that ...", "But ...") is the story's, with the next
# picture's credit glued after it (FNC-1 1198: "... with the Emwazis.  Carl Court / Getty
# Images").
# An agency's dateline ("OAKLAND, Calif. (AP) —") opens the agency's story, never a caption.
_CAPTION_OPENING = re.compile(
    r"(?:He|She|It|They|We|I|You|His|Her|Its|Their|Our|But|And|So|Yet"
    r"|Then|Still|However|Meanwhile|Also)\b"
    r"|[^!?()]{0,60}\((?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\)\s*[—–-]"
)


def is_viewer_button(line: str) -> bool:
    """Whether ``line`` is a picture viewer's button glued to the picture's name
    (``viewer_button`` in the rules' data: dropped as boilerplate, and the caption rules read
    the lines set close under it).

    Examples
    --------
    >>> is_viewer_button("[+] EnlargeTiger Woods")
    True
    >>> is_viewer_button("Enlarge")
    False
    >>> is_viewer_button("Enlarge the picture to see the crater.")
    False
    """
    return _rules().viewer_button.search(line) is not None


def _is_caption(line: str, rules: _Rules) -> bool:
    return _at_most_words(line, rules.caption_max_words) and bool(rules.caption.search(line))


def _is_short_caption(text: str, rules: _Rules) -> bool:
    """What is left of a line once its credit is cut is a caption, not a sentence."""
    return _at_most_words(text, rules.caption_max_words) and not text.endswith(tuple('.!?"”’'))


# What may close a sentence after its final mark (``_stubs``): a tail of the text before a
# line must hold something else, or the mark before them is not in it.
_CLOSERS = "\"'”’)]"
# At least this much of the text before a line is given to :func:`continues` (it reads the
# last 200 characters).
_TAIL = 256


def _tail(parts: list[str]) -> str:
    """The end of ``" ".join(parts)``: as :func:`continues` reads it as the previous text.

    Only the end is read (the last word within 200 characters, the final mark after any
    closing quotes), so a run of joined lines is never joined into one ``str`` to be read.
    """
    tail, at = parts[-1], len(parts) - 1
    while at > 0 and (len(tail) < _TAIL or not tail.rstrip(_CLOSERS)):
        at -= 1
        tail = f"{parts[at]} {tail}"
    return tail


# A line that points at what follows leads into it, whatever its case ("Here’s the VITAL NEWS
# REPORT…", FNC-1 2051, over a video): it is the story's sentence, not a heading.
_POINTERS = ("Here", "This", "These", "Below", "Watch", "See", "Listen")


def _is_heading(line: str, alone: bool, rules: _Rules) -> bool:
    # Alone in its paragraph, short, capitalised, and not ending like a sentence or a lead-in;
    # an ellipsis ends a heading that trails off as a rhyme or a saying does ("Pluto and
    # Jupiter, Sitting in a Tree …", FNC-1 1123) when the line is in headline case.
    # Longer, it is one when its first clause is in title case (see annotate.corpus._long_heads).
    return (
        alone
        and line[0].isupper()
        and (
            (len(line) <= rules.heading_max_chars and _at_most_words(line, rules.heading_max_words))
            or (not line.endswith(_SENTENCE_END) and is_long_heading(line))
        )
        and (
            not line.endswith(_SENTENCE_END)
            or (
                line.endswith(("…", "..."))
                and title_case(line.rstrip(" .…"))
                and not line.startswith(_POINTERS)
            )
        )
        and not line.startswith(("“", '"', "‘", "'", "(", "-", "—", "–"))
    )


def _spaced_again(kept: tuple[str | bytearray, bool], head: str) -> tuple[str | bytearray, bool]:
    """A kept line with the two spaces after its run-in heading ``head`` put back, when the
    line still opens with it (see annotate.corpus._glued_headings.run_in_gap)."""
    line, long = kept
    if head and isinstance(line, str) and line.startswith(f"{head} "):
        return f"{head}  {line[len(head) + 1 :]}", long
    return kept


def clean(raw: str, *, title: str | None = None, first_line_is_title: bool = False) -> Cleaned:
    """Clean one article's raw text.

    Parameters
    ----------
    raw : str
        The decoded article text, lines separated by any line break.
    title : str, optional
        The known title (sidecar, column or HTML metadata). When the first content line repeats
        it, that line is dropped as ``title``.
    first_line_is_title : bool
        Without a known title, take the first line that is not page furniture as the title
        (plain-text articles).

    Returns
    -------
    Cleaned
        Kept lines joined by ``"\\n"`` within a paragraph and ``"\\n\\n"`` across a blank or
        dropped line; footnote digits removed; every dropped piece recorded.
    """
    return clean_lines(normalised_lines(raw), title=title, first_line_is_title=first_line_is_title)


def clean_lines(
    lines: list[str], *, title: str | None = None, first_line_is_title: bool = False
) -> Cleaned:
    """:func:`clean` for lines from :func:`_normalise.normalised_lines` (see there for the
    parameters)."""
    kept = kept_lines(lines, title=title, first_line_is_title=first_line_is_title)
    parts: list[str] = []
    for gap, line in zip(kept.gaps, kept.lines, strict=True):
        text = line if isinstance(line, str) else line.decode("utf-8", "surrogatepass")
        parts.extend((gap, text) if gap else (text,))
    return Cleaned("".join(parts), kept.title, kept.dropped)


@dataclass
class Kept:
    """What :func:`kept_lines` keeps: the cleaned text as lines, not yet joined.

    ``"".join(g + line for g, line in zip(gaps, lines))`` is :attr:`Cleaned.text`: ``gaps[0]``
    is ``""``, then ``"\n"`` within a paragraph and ``"\n\n"`` across a blank or dropped
    line. A caller that segments and encodes line by line never holds the joined text. A long
    line given as UTF-8 bytes (:func:`_normalise.normalised_parts`) stays bytes.
    """

    lines: list[str | bytearray]
    gaps: list[str]
    title: str | None
    dropped: list[Dropped]


def _decoded(line: str) -> str:
    """``line`` (normalised) with its character references decoded and its mis-decoded UTF-8
    repaired (:mod:`annotate.corpus._entities`, :mod:`annotate.corpus._mojibake`), normalised
    again; a long line (:data:`_normalise.LONG_LINE`) as it is (see :class:`KeptStream`).

    References first: one may spell out mojibake (``&Atilde;&copy;``).
    """
    if not line or len(line) > _normalise.LONG_LINE:
        return line
    decoded = fix_mojibake(decode_entities(line) if has_entity(line) else line)
    return line if decoded is line else normalise_line(decoded)


# Enough of a line's start for its first word (see _stubs.continues).
_OPENING = 200


def _opening(line: str | bytearray) -> str:
    """The first :data:`_OPENING` characters of ``line``, the same text whether a long line
    came whole (a str) or as its UTF-8 bytes.

    >>> _opening("he asked.") == _opening(bytearray("he asked.".encode()))
    True
    >>> _opening(bytearray("é".encode() * 300)) == "é" * _OPENING
    True
    """
    if isinstance(line, str):
        return line[:_OPENING]
    head = bytes(line[: 4 * _OPENING])  # 4: the most bytes a character takes
    # The cut may fall inside a character: leave off its bytes there, at most three.
    for cut in range(4):
        try:
            return head[: len(head) - cut].decode("utf-8", "surrogatepass")[:_OPENING]
        except UnicodeDecodeError:
            continue
    return ""


def _as_text(line: str | bytearray) -> str | bytearray:
    """``line``, as text unless it is longer than :data:`_normalise.LONG_LINE` characters.

    :func:`_normalise.normalised_parts` gives bytes for a raw line over the threshold;
    normalised, it may have become short (runs of spaces collapsed), and is then a line like
    any other.
    """
    # 4: the most bytes a character takes.
    if isinstance(line, str) or len(line) > 4 * _normalise.LONG_LINE:
        return line
    if len(line) <= _normalise.LONG_LINE or _utf8.length(line) <= _normalise.LONG_LINE:
        return line.decode("utf-8", "surrogatepass")
    return line


def kept_lines(
    lines: list[str] | list[str | bytearray],
    *,
    title: str | None = None,
    first_line_is_title: bool = False,
) -> Kept:
    """:func:`clean_lines`, the text left as its kept lines (:class:`Kept`).

    :class:`KeptStream`, collected; see there for the rules, and for long lines. The
    character references of ``lines`` are decoded in place, so that a caller reading them
    beside :attr:`Kept.dropped` (``--explain``) reads the lines the records name.
    """
    stream = KeptStream(lines, title=title, first_line_is_title=first_line_is_title)
    kept: list[str | bytearray] = []
    gaps: list[str] = []
    for gap, line in stream:
        gaps.append(gap)
        kept.append(line)
    for i, line in enumerate(lines):
        if isinstance(line, str):
            lines[i] = _decoded(line)
    return Kept(kept, gaps, stream.title, stream.dropped)


@dataclass
class _Pieces:
    """A short line's own text, and what was glued to it and cut off (:func:`_cut_pieces`).

    ``kind`` is what the rest is when the pieces tell it (a call, a credit or a caption alone),
    else None; ``captioned`` says the rest is a caption closed by its picture's credit.
    """

    body: str
    kind: str | None
    captioned: bool
    lead: str
    debris: str
    field: str
    code: str
    link: str
    end: str
    glued_note: str
    entries: list[tuple[str, str]]
    credits: list[str]
    calls: list[str]


def _cut_pieces(
    line: str,
    *,
    prose: str | None,
    more: bool,
    below: str,
    named: Callable[[], Container[str]],
    under_picture_title: bool,
    rules: _Rules,
) -> _Pieces:
    """Cut off ``line`` what a page glued to the story's text: notes, labels, a script, a live
    blog's entries, calls, addresses, credits, a sign-off; the rest is the line's body.

    ``prose`` is the line's non-prose kind (:func:`annotate.corpus._furniture.non_prose`),
    ``more`` whether a line with text follows, ``below`` the next line when it is short,
    ``named`` the words named so far (asked only when a section's closing name is looked for),
    ``under_picture_title`` whether the line is set close under a picture's title.
    """
    kind: str | None = None
    code = link = end = ""
    entries: list[tuple[str, str]] = []
    # A bracketed note about the article that the story goes on after, or a
    # fact-check's field label run into its first sentence.
    lead, line = split_lead_note(line)
    # The tail of a start tag a scrape broke, glued before the text.
    debris, line = split_tag_tail(line)
    field, line = split_field_label(line)
    # A script glued after the last sentence is cut off first: a credit may
    # end the prose before it.
    cut = code_tail(line) if prose is None else None
    if cut is not None:
        code, line = line[cut:], line[:cut].rstrip()
    # A live blog flattened into the line: its entries' stamps and headings, and what
    # the page set between them, are cut out (see annotate.corpus._live_updates).
    if prose is None:
        line, entries = split_live_blog(line, lambda words: _page_kind(words, rules))
        # A subheading in capitals inside the line: a story whose paragraphs a
        # scrape ran into one (see annotate.corpus._flattened_heads).
        line, heads = split_inner_heads(line)
        entries.extend(("heading", head) for head in heads)
    # An editor's note on emphasis set as a sentence of the paragraph (see
    # annotate.corpus._notes.split_emphasis_notes).
    line, emphasis = split_emphasis_notes(line)
    entries.extend(("note", note) for note in emphasis)
    # A note about the article glued after the paragraph's last sentence, the
    # lines its sentence runs on to after it (see annotate.corpus._notes).
    line, glued_note = split_glued_note(line)
    if glued_note:
        entries.append(("note", glued_note))
    # Pictures' labels glued into the paragraph, told by the bracketed credits
    # they carry (see annotate.corpus._credited_labels).
    line, labels = split_credited_labels(line)
    if labels:
        entries.append(("caption", labels))
    # A newsletter's masthead line run into its dek (see
    # annotate.corpus._notices.split_masthead).
    line, masthead = split_masthead(line)
    if masthead:
        entries.append(("boilerplate", masthead))
    # A call to the reader between the paragraph's sentences (see
    # annotate.corpus._reader_calls.split_inner_calls).
    line, inner = split_inner_calls(line)
    entries.extend(("call", call) for call in inner)
    # An address set alone between two of its sentences (see
    # annotate.corpus._link_tails.split_inner_links).
    line, addresses = split_inner_links(line)
    entries.extend(("link", address) for address in addresses)
    body, credits = split_credits(line)
    body, calls = split_calls(body)
    # A column's standing blurb before its call to come back (see
    # annotate.corpus._notices.is_site_notice): the call cut, it is a notice.
    if calls and body and is_site_notice(body):
        entries.append(("boilerplate", body))
        body = ""
    # A source's address after the last sentence, once a call that points at it
    # has been cut with it (see annotate.corpus._link_tails).
    if not calls and (cut := link_tail(body)) is not None:
        link, body = body[cut:], body[:cut].rstrip()
    # A source's credit before a call ("Source: The Daily Beast. Read full
    # article. (link)", FNC-1 2404) ends the body once the call is cut.
    if calls and body:
        body, sourced = split_credits(body)
        credits = sourced + credits
    # The article's last line may close with a wire's end mark ("... / End").
    if not more:
        body, end = split_end_mark(body)
    # A round-up's section signed by its writer's name after its last sentence,
    # the line before the next section's label, a notice or the end (see
    # annotate.corpus._signoff.split_section_name).
    if body and not end:
        closes = not more or is_section_label(below) or is_site_notice(below)
        body, name = split_section_name(body, closes, named())
        if name:
            credits = [name, *credits]
    # An email the story prints, signed after its last sentence by its writer's
    # first name (see annotate.corpus._letters.split_signed_tail).
    if body and not end:
        body, signed = split_signed_tail(body)
        if signed:
            credits = [signed, *credits]
    if calls and not body and not credits:
        kind = "call"
    elif credits and not body:
        kind = "credit"
    # Or a caption closed by its picture's credit in brackets with no stop
    # before it: the form no credit rule cuts, as a sentence may end on a
    # bracket (see annotate.corpus._captions.closes_on_credit).
    elif (credits and _is_short_caption(body, rules)) or (
        not credits and not calls and closes_on_credit(body)
    ):
        kind = "caption"
    # A picture's credit closes its caption, even one that ends like a
    # sentence: the caption and its credit are one element of the page ("The
    # wels catfish was put in a sling ... 280 pounds. Photo is from the Sportex
    # Italia Facebook page", FNC-1 188); a paragraph of the story is longer.
    # Read once the body's own kind is known (a related headline stays a link).
    captioned = (
        bool(body)
        and (
            _at_most_words(body, _CREDITED_CAPTION_WORDS)
            or (_at_most_words(body, _CREDITED_SENTENCE_WORDS) and not has_inner_end(body))
            # An agency's caption that opens by pointing at its photo ("In this
            # photo provided by ...") or ends its first sentence on the photo's
            # date says the day's news in the sentences after.
            or (
                _at_most_words(body, _AGENCY_CAPTION_WORDS)
                and (opens_agency_caption(body) or opens_dated_caption(body))
            )
        )
        and _CAPTION_OPENING.match(body) is None
        and any(is_picture_credit(c) for c in credits)
    ) or (
        # Or by any credit, under its picture's title set close over it (see
        # annotate.corpus._captions.titles_picture).
        under_picture_title and bool(body) and bool(credits)
    )
    return _Pieces(
        body=body,
        kind=kind,
        captioned=captioned,
        lead=lead,
        debris=debris,
        field=field,
        code=code,
        link=link,
        end=end,
        glued_note=glued_note,
        entries=entries,
        credits=credits,
        calls=calls,
    )


@dataclass(slots=True)
class _Line:
    """A line while :meth:`KeptStream._decide` decides it: what the stream gave with it, what
    its steps cut off it, and what each step learnt of it for the steps after.

    ``kind`` is what the line is when a step drops it whole; None while it is kept.
    """

    number: int  # the line's number in the article's raw lines
    line: str | bytearray  # the line, less what the steps have cut off it
    after_blank: bool  # the line before this one is blank (or there is none)
    next_blank: bool  # the line after this one is blank
    more: bool  # a line after this one had text
    after: str | bytearray  # the next line with text ("" when there is none)
    rules: _Rules
    whole: str | bytearray  # what is recorded if the line is dropped
    long: bool  # a long line: article text (see KeptStream)
    # The line as a str when it is short. A long line is article text, read whole or a window
    # at a time, so the rules on its shape must not see it on one path only.
    short_whole: str | None
    # The next line when it is short: a long one is article text, whether read whole (a str)
    # or a window at a time (bytes), never a list's next item (see KeptStream).
    below: str
    short_after: bool  # the next line is short
    # The next line's start, long or short, as text on both paths: whether it goes on with
    # this line's sentence reads only its first word (see _stubs.continues).
    opening: str
    after_title: bool  # the line before this one was the title
    slide_title: bool  # the line before this one was a slide's numbered title
    after_deck: bool  # the line before this one was a deck under the title
    kind: str | None = None
    # Cut off the line, each recorded with its kind by _recorded.
    credits: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)  # calls to the reader cut off its end
    lead: str = ""  # a note about the article cut off its start (see _notes.split_lead_note)
    field_label: str = ""  # a fact-check's field label cut off its start (see _field_labels)
    debris: str = ""  # a broken start tag's tail cut off its start (_furniture.split_tag_tail)
    code: str = ""  # a script cut off the end of the line (see _code.code_tail)
    link: str = ""  # an address after the last sentence (see _link_tails.link_tail)
    wire: str = ""  # a wire's credit cut off its start (see _credits.split_lead_wire)
    byline: str = ""  # a byline glued before its dateline (see _dateline.split_byline)
    wire_head: str = ""  # a wire story's headline before its dateline (split_wire_head)
    end: str = ""  # a wire's end mark cut off the article's last line (see _signoff)
    # A flattened live blog's stamps, headings, ..., and notes on emphasis: cut out of the
    # line, each with its kind.
    entries: list[tuple[str, str]] = field(default_factory=list)
    glued_note: str = ""  # a note glued after the line's last sentence (see _notes)
    tweets: list[str] = field(default_factory=list)  # tweets cut out of it (_copies_and_tweets)
    glued_captions: list[str] = field(default_factory=list)  # captions cut (_copies_and_tweets)
    # What the steps learnt of it, for the steps after (see where each is set).
    item: int = 0  # the numbered list item the line is (see annotate.corpus._numbered)
    row: bool = False  # the line is a table's row (see annotate.corpus._table_rows)
    captioned: bool = False  # the line is a caption closed by its picture's credit
    alt: bool = False  # the line is a picture's alt text right over its caption (_alt_text)
    prose: str | None = None  # the non-prose kind of the whole line (_own_shape)
    key: bytes = b""  # the line's digest, for copies (_told_around)
    listed: bool = False  # a bulleted line under a call into a list of links (_told_around)
    labelled: bool = False  # a figure's label under it (_told_around)
    counted: bool = False  # a cell of a slideshow's counter broken over lines (_told_around)
    slide: bool = False  # a line of a profile's slides (_told_around)
    comment_head: bool = False  # a comments widget's head (_told_around)
    picture_title: bool = False  # a picture's title over its credited caption (_captions_by_credit)
    label: bool = False  # an ads box's label (_ads_and_lead_ins)
    widget: bool = False  # a link element alone, opening a product widget (_ads_and_lead_ins)
    in_box: bool = False  # the line is in an open ads box (_ads_and_lead_ins)
    clause: bool = False  # an imperative clause under a lead-in (_ads_and_lead_ins)
    in_led_block: bool = False  # the line is in the block a lead-in opened (_ads_and_lead_ins)
    listed_clause: bool = False  # an item of a list of clauses (_ads_and_lead_ins)
    short: str = ""  # the short line as a str, for its shape's rules (_heads_and_shapes, after)
    cut_run: bool = False  # a line of a box of cut-off headlines (_boxes_and_runs)
    sources: bool = False  # a line of a list of the sources read (_boxes_and_runs)
    shape: str | None = None  # the shape of a bulleted list's item (_lists_and_names)
    in_block: bool = False  # in a bulleted list that lost its bullets (_lists_and_names)


class KeptStream:
    """The kept lines of an article, cleaned one at a time: iterate for ``(gap, line)``.

    ``gap`` is what joins the line to the one before (see :class:`Kept`). :attr:`title` and
    :attr:`dropped` (sorted by line) are complete once the iteration has ended. Only what the
    rules need is held back: one line read ahead (a heading is decided by the line after it,
    and is kept when that line goes on with its sentence), and the last kept line, until the
    next kept one shows whether it goes on with it (:func:`annotate.corpus._stubs.continues`;
    a run of such lines is held as its pieces). So a caller that consumes the lines as they
    come, from lines read as they come (:func:`_normalise.normalised_stream`), never holds
    the article's lines at once (84 MB for a 50 MB article in paragraphs).

    ``lines`` may hold long lines as UTF-8 bytes (:func:`_normalise.normalised_parts`); these
    are never decoded whole. Rule: a line longer than :data:`_normalise.LONG_LINE` characters is
    always article text: never boilerplate, a caption, a credit, non-prose, a heading or the
    title (with ``first_line_is_title`` and such a first line, the article has no title), and
    not joined with the line before or after it. Page furniture, credits, titles and the stubs a
    link was cut out of are short lines; a million characters without a line break are prose (or
    a whole article on one line). Such a line is still dropped when it repeats an earlier line
    (its digest is taken a piece at a time), and its footnote markers are still removed; its
    character references are not decoded nor its mojibake repaired (:func:`_decoded`: that would
    be a second copy of the line). Its dateline is found on its first 4 KB (see ``_article``). A
    run of joined lines longer than :data:`_normalise.LONG_LINE` characters comes as UTF-8
    bytes.
    """

    def __init__(
        self,
        lines: Iterable[str | bytearray],
        *,
        title: str | None = None,
        first_line_is_title: bool = False,
    ) -> None:
        self.lines = lines
        self.title = None if title is None else normalise_line(title) or None
        self.first_line_is_title = first_line_is_title
        self.dropped: list[Dropped] = []
        self._seen: set[bytes] = set()
        # Lines without a final mark dropped as headings or headlines: a repeat of one is
        # dropped too, unless it ends like a sentence (a caption without its full stop, taken
        # for a headline, that the story then says as its sentence: FNC-1 59 and 1883 lost
        # it). A heading that ends like a sentence is in ``_seen``: its repeats are its own.
        self._heads: set[bytes] = set()
        # Kept lines in a caption's shape without a mark (is_unmarked_caption): a later copy
        # that ends like a sentence is the story's and is kept; the earlier copy is then the
        # page's, and drop_repeats drops it as a caption that restates a sentence (FNC-1 2161:
        # a dek over the story that its second paragraph says with its full stop; 8 such
        # pairs in FNC-1 train and test, none in PolNeAR).
        self._shaped: set[bytes] = set()
        self._title_done = False
        self._body = False  # a kept line has ended like a sentence: the body has begun
        self._headline = False  # the last line decided was dropped as a headline
        # The last line decided is a picture's title set close over its caption (_captions).
        self._picture_title = False
        self._gallery = False  # the last line decided was dropped as a gallery's caption
        self._alt = False  # the last line decided is a picture's alt text over a line (_alt_text)
        # Under a picture viewer's button (1), its credit (2): see _credited_captions.
        self._viewer = 0
        self._gallery_box = 0  # under a gallery box's label (1), its title (2): _gallery_blurbs
        self._subheadings = False  # a line was dropped as a subheading (see is_subheading)
        # A head was dropped alone in its paragraph between two of the story's: the page sets
        # crossheads (see annotate.corpus._subheadings.asks_as_crosshead).
        self._crossheads = False
        self._first_subheading: int | None = None  # the number of the first such line
        self._next_item: int | None = None  # a round-up's later item's heading (_first_items)
        self._numbered = 0  # the last section's numbered heading dropped (_sections)
        self._signed = False  # a letter's signature was dropped (see _letters.is_signature)
        self._teasers = False  # the lines dropped last are a box of links under its label
        # The lines dropped last are a box of related stories under its label ("MORE
        # STORIES"), whatever each was dropped as; the last one held a date stamp.
        self._box = False
        self._stamped = False
        self._ads = False  # the lines dropped last are an ad widget (see annotate.corpus._ads)
        self._ad_spacing: bool | None = None  # whether the widget's lines follow a blank line
        self._ad_first = False  # the line being read is the first under the widget's label
        self._ad_calls = False  # the widget is a product box under its link: its lines are calls
        self._ended = True  # the last kept line ends like a sentence (or none was kept)
        self._last_text = 0  # the raw number of the article's last line with text, once read
        self._kept_text = ""  # the last kept line whole, cut pieces too (_sections.heads_next_item)
        self._quotation = False  # the last kept line is a quotation whole (see is_headline)
        self._note = ""  # the line just dropped as a note (see annotate.corpus._notes)
        self._appended = False  # a note's label alone was read: the note runs to the end
        self._after_title = False  # the line just decided was the title (see _kickers)
        self._deck = False  # the line just decided was a deck under the title (see _decks)
        self._captions = False  # a line was dropped as a caption (see annotate.corpus._captions)
        # A line under the tabloid's pointer was dropped as a caption by its shape: the page
        # sets its captions so (see annotate.corpus._captions.points_to_video).
        self._pointer_captions = False
        # A tabloid's "Scroll down for video" was read, and no kept line has ended like a
        # sentence since: the lines under it are its pictures' captions (points_to_video).
        self._pointed = False
        # Captions without a mark dropped so far, each a paragraph alone after the story began
        # (see annotate.corpus._captions.is_caption_among_unmarked).
        self._unmarked_set = 0
        # The line just before, when it was dropped as furniture a page sets twice: its kind
        # and text.
        self._above: tuple[str, str] | None = None
        # The line just before, when it was dropped as a link: a gallery's cut-off teaser
        # (see annotate.corpus._captions.completes_teaser).
        self._teaser = ""
        self._quoted = False  # the line just dropped labels a quoted piece (_quoted_sources)
        # The tag of the element of markup line breaks cut the line being decided out of
        # (see annotate.corpus._broken_elements), or None.
        self._element: str | None = None
        self._slide_title = False  # the line just dropped is a slide's numbered title (_slides)
        # The last tweets dropped whole: a page that glued its tweets into one line sets each
        # again on a line of its own (FNC-1 109).
        self._tweets: deque[str] = deque(maxlen=_TWEETS_HELD)
        self._item = 0  # the number of the line just dropped as a numbered list's item
        self._row = False  # the line just dropped is a table's row (_table_rows)
        self._scored = False  # the line just dropped is a box's row, figure or note (_table_rows)
        # Under a letters page's label of readers' posts (1), a post signed there (2): _letters.
        self._social = 0
        self._comment_head = False  # the line just decided heads a widget's comment (_letters)
        self._comments_label = False  # the line just decided is a comment box's label (_widgets)
        self._bullets = 0  # list items' shapes in a row in this block, to the last line (_bullets)
        self._colon = False  # the last line ends in a colon: a lead-in (see _bullets)
        self._led = False  # the run of list items in this block is under a lead-in
        self._clauses = False  # the line just decided was a clause kept under a lead-in
        # Kept sentences in the block of lines set close under a lead-in's colon (the lead-in's
        # list, its items one to a line), or None outside such a block.
        self._led_sentences: int | None = None
        # Paragraphs kept that are each one imperative clause, the first a short sentence
        # under a lead-in (see annotate.corpus._bullets.is_clause_item): the items of a list
        # the story sets apart.
        self._clause_items = 0
        self._shape: str | None = None  # the shape of the last list item's line (_bullets)
        # The run of dash-led items the line just decided was dropped in: "glued" or "roster"
        # (see annotate.corpus._dash_items), or "".
        self._dashed = ""
        # The raw line numbers of kept lead-ins (ending in a colon) with a list dropped under
        # them, and the number of the last kept line.
        self._lead_ins: set[int] = set()
        # Kept lines with a list of names dropped right under them (see _roster_heads).
        self._over_lists: set[int] = set()
        self._kept_number = 0
        self._linked = False  # the line just decided was dropped as a link
        self._teaser_labels: set[str] = set()  # labels of the teasers dropped as links
        self._under_label = False  # the line just decided was dropped as a heading in capitals
        self._labelled_heads = False  # a heading was dropped under one (_sections)
        # The line just decided was a call leading into a list ("..., try one of these:"), or
        # a bulleted link under one (_widgets.is_bulleted).
        self._listed = False
        self._figure = False  # the line just decided was a figure alone (_table_rows)
        self._count = False  # the line just decided was a count alone (_counted_heads)
        # A slideshow's counter ("1." / "of." / "23."): 1 once its "of" is dropped, 2 once the
        # figure after it is, and 3 while the slide's lines under it are dropped.
        self._counter = 0
        self._figure_labels = 0  # figures' labels in the run of figures it stands in
        self._figures = False  # a figure alone was dropped: the page sets figures as heads
        # Under a live page's update stamp at its top, before any sentence: the update's heads
        # (see annotate.corpus._live_updates.is_update_head).
        self._update_heads = False
        # Paragraphs set apart with a blank line so far, until one is set close over the next
        # line; whether a section's heading was dropped; whether the last line decided was
        # dropped (see annotate.corpus._sections).
        self._spaced = 0
        self._packed = False
        self._sections = False
        self._dropped_last = False
        self._last_line = ""  # the last line decided, whole (a short one), or ""
        # The line before was taken as a headline cut off in a box of them, or dropped in
        # such a run (see annotate.corpus._cut_teasers).
        self._cut_run = False
        # Under a list of sources' label, in its citations (see annotate.corpus._sources).
        self._sources = False
        # The capitalised words of the kept lines so far: a writer's line names no one the
        # story is about (see annotate.corpus._signoff).
        self._named: set[str] = set()
        # The capitalised words the kept lines so far wrote inside a sentence, after a word in
        # lower case: the story's proper names (see annotate.corpus._named_sources).
        self._inner_names: set[str] = set()
        # Each non-blank line's decision (its dropped kind, or None), until the lines around
        # it are read by annotate.corpus._context.
        self._decided: deque[tuple[int, str | None]] = deque()
        # The lines naming an ad's sponsor under the ad, read with the lines above them by
        # annotate.corpus._context (see annotate.corpus._ads.is_sponsor_label).
        self._sponsors: set[int] = set()
        # The captions dropped here, until annotate.corpus._pull_quotes has read them: one
        # that restates a sentence tells it that the page sets captions.
        self._captioned: deque[tuple[int, str]] = deque()
        # The picture's credit the line being decided opens with, apart by a run of spaces
        # in the raw line (see annotate.corpus._spaced_credits), or "".
        self._gap_credit = ""
        self._closing_credit = ""  # the credit the line closes with, apart (_spaced_credits)

    def __iter__(self) -> Iterator[tuple[str, str | bytearray]]:
        # Pull quotes and their attributions go after the lines' own rules: a copy is told by
        # the lines around it; then the lines decided by their neighbours (see
        # annotate.corpus._context); a letters page's label last: the signatures under it
        # tell it (see annotate.corpus._letters.letters_label); the page's questions to its
        # reader that close the article once its end is known (see
        # annotate.corpus._closing_prompts).
        # An embed's label over the title dropped under it (see
        # annotate.corpus._embed_labels) goes before them: a dropped label is furniture there.
        longest = _normalise.LONG_LINE  # read once: every stage below takes the same bound
        stream = among_furniture(
            embed_labels(
                drop_repeats(self._headed(), self._captioned, self._dropped_between), self._decided
            ),
            self._decided,
            longest=longest,
            sponsors=self._sponsors,
        )
        labelled = letters_label(stream, self._signed_after)
        headed = key_points(restated_headline(labelled, longest=longest), longest=longest)
        # Another story's headline set inline between the story's paragraphs, once the
        # paragraphs around it are known (see annotate.corpus._inline_heads).
        inline = inline_heads(headed, longest=longest, last=lambda: self._last_text)
        # And one that asks, beside its box's other questions (annotate.corpus._asked_links).
        asked = asked_links(inline, longest=longest, dropped=self._dropped_between)
        # A caption or a deck over the story, once the story's first paragraph is known (see
        # annotate.corpus._opening_captions).
        opened = opening_captions(asked, longest=longest, dropped=lambda: self.dropped)
        # A caption with its stop between two of the page's captions, once the line under it
        # is decided (see annotate.corpus._caption_runs).
        runs = caption_runs(opened, longest=longest, dropped=self._dropped_between)
        for gap, line, number, kind, reason in closing_prompts(runs, longest=longest):
            if kind is None:
                yield gap, line
            else:
                if kind == "title" and self.title is None:
                    self.title = cast(str, line)
                self.dropped.append(Dropped(number, kind, cast(str, line), reason))
        self.dropped.sort(key=lambda d: d.line)

    def _dropped_between(self, first: int, last: int) -> list[tuple[int, str, str]]:
        """The raw number, kind and text of the lines dropped so far between raw lines
        ``first`` and ``last`` (both excluded), in line order: among the last records only, as
        the lines around a paragraph are decided close before it (a stage holds a few
        paragraphs at most), so that a long article's questions cost no scan of all its
        records."""
        recent = self.dropped[-_RECENT_DROPS:]
        return [
            (d.line, d.kind, d.text)
            for d in sorted(recent, key=lambda d: d.line)
            if first < d.line < last
        ]

    def _under_foot_furniture(self, first: int, last: int) -> bool:
        """Whether the line just over raw line ``last`` that was dropped after kept line
        ``first`` is the page's furniture that closes a story (a caption, a call, a teaser, a
        notice), not a heading or a label that opens what follows (see
        annotate.corpus._signoff.is_foot_line)."""
        between = self._dropped_between(first, last)
        return bool(between) and between[-1][1] not in ("heading", "label")

    def _signed_after(self, number: int) -> bool:
        """Whether a letter's signature under raw line ``number`` has been dropped."""
        # The credit was dropped with its neighbours in view (a middle name counts under a
        # town or another signature): its shape alone is asked here, as after a signature.
        return any(
            d.line > number and d.kind == "credit" and is_signature(d.text, signed=True)
            for d in self.dropped
        )

    def _headed(self) -> Iterator[tuple[str, str | bytearray, int]]:
        """:meth:`_runs`, with a digest's headings in capitals cut off the paragraphs they
        open (see annotate.corpus._glued_headings), a round-up's people's headings dropped
        (see annotate.corpus._sections.named_heads), then the heading stages that each drop
        whole paragraphs, in the order below (:meth:`_dropping`)."""

        def cut() -> Iterator[tuple[str, str | bytearray, int]]:
            for gap, line, number, heading in cut_glued_headings(self._runs()):
                if heading:
                    self.dropped.append(Dropped(number, "heading", heading))
                    # A call to the reader after the heading (a digest's item that is only
                    # "Enjoy them both here.", PolNeAR huff-post 2016-07-25): the line rules
                    # read a call from a sentence's start, and the heading glued before it
                    # hid that start, so the rest is read for one again.
                    if isinstance(line, str):
                        line, calls = split_calls(line)
                        self.dropped.extend(Dropped(number, "call", call) for call in calls)
                        if not line:
                            continue
                yield gap, line, number

        def named() -> Iterator[tuple[str, str | bytearray, int]]:
            # A round-up's people's headings, "Sanders: Win in a walk." (see
            # annotate.corpus._sections.named_heads).
            for gap, line, number, heading in named_heads(cut()):
                if heading:
                    self.dropped.append(Dropped(number, "heading", heading))
                if line:
                    yield gap, line, number

        # And an explainer's questions over the sections that answer them (see
        # annotate.corpus._sections.question_heads), the items' heads of a list announced by a
        # lead-in (annotate.corpus._listed_heads), the numbered heads of a piece told in
        # counted sections (annotate.corpus._counted_heads), the headings over a page's lists
        # of names, in a series (annotate.corpus._roster_heads), the first of a series of
        # subheadings once a later one is dropped (annotate.corpus._sections.first_of_series),
        # a round-up's first item's heading once a later item's is dropped
        # (annotate.corpus._first_items), and a related story's box set between the story's
        # paragraphs (annotate.corpus._inserted_stories).
        stage = self._dropping(question_heads(named()))
        stage = self._dropping(listed_heads(stage))
        stage = self._dropping(counted_heads(stage))
        stage = self._dropping(roster_heads(stage, self._over_lists.__contains__))
        stage = self._dropping(first_of_series(stage, lambda: self._first_subheading))
        stage = self._dropping(first_items(stage, lambda: self._next_item))
        yield from self._dropping(inserted_stories(stage))

    def _dropping(
        self, stage: Iterable[tuple[str, str | bytearray, int, bool | str]]
    ) -> Iterator[tuple[str, str | bytearray, int]]:
        """The paragraphs a heading stage keeps; one it flags is recorded as dropped, as a
        heading (a flag of True) or as the kind the flag names (``inserted_stories``)."""
        for gap, line, number, flag in stage:
            if flag:
                kind = "heading" if flag is True else cast(str, flag)
                self.dropped.append(Dropped(number, kind, str(line)))
            else:
                yield gap, line, number

    def _runs(self) -> Iterator[tuple[str, str | bytearray, int]]:
        """Each kept line, with the lines joined to it, its gap and its raw line number."""
        previous = 0  # the raw line number of the last kept line
        # The last kept line, with the lines joined to it (a long line is joined with nothing).
        run: list[str] | str | bytearray | None = None
        run_gap = ""
        run_number = 0
        # The raw number of the kept line before the run, and whether the run before ended
        # its sentence: what stands between the story's text and its last line.
        run_after = 0
        ended_before = False
        for number, line, long in self._kept():
            gap = "" if not previous else "\n" if number == previous + 1 else "\n\n"
            kept_before, previous = previous, number
            if (
                isinstance(run, list)
                and not long
                and (
                    continues(tail := _tail(run), cast(str, line))
                    or leads_into_quote(tail, cast(str, line))
                    or resumes_after_comma(tail, cast(str, line))
                    or resumes_after_ellipsis(tail, cast(str, line))
                    or year_after_preposition(tail, cast(str, line))
                )
            ):
                self.dropped.append(Dropped(number, "joined", gap))
                run.append(cast(str, line))
                continue
            if run is not None:
                text = _joined(run)
                if isinstance(text, str):
                    self._named.update(name_words(text))
                ended_before = _ends_sentence(text)
                yield run_gap, text, run_number
            # A long line goes on as UTF-8 bytes whether it came whole (a str) or a window at
            # a time, so the paragraph rules after this one read it alike on both paths.
            run, run_gap, run_number = (_as_bytes(line) if long else [cast(str, line)]), gap, number
            run_after = kept_before
        # The article's last kept line, after text, may be its sign-off (see _signoff); a
        # line joined to another is a sentence's end.
        # A lead-in whose list was dropped under it ("This year's winners are:" over AP's
        # roster, PolNeAR breitbart 2016-04-29) is the list's sentence, not a label.
        if (
            isinstance(run, list)
            and len(run) == 1
            and run_gap
            and run_number not in self._lead_ins
            and (
                is_sign_off(run[0], self._named)
                or (run_gap == "\n\n" and is_fragment(run[0]))
                or (
                    run_gap == "\n\n"
                    and ended_before
                    and self._under_foot_furniture(run_after, run_number)
                    and is_foot_line(run[0])
                )
            )
        ):
            self.dropped.append(Dropped(run_number, "sign-off", run[0]))
        elif run is not None:
            yield run_gap, _joined(run), run_number
        self._seen, self._heads, self._named, self._shaped = set(), set(), set(), set()

    def _named_so_far(self) -> _NamedSoFar:
        """The capitalised words of the text so far: the kept lines :meth:`_runs` has read
        and the last kept line (which it holds until the next)."""
        return _NamedSoFar(self._named, self._kept_text)

    def _remember_head(self, key: bytes, line: str) -> None:
        """Remember a line dropped as a heading, so that its repeats are dropped as well."""
        (self._seen if ends_sentence(line) else self._heads).add(key)

    def _kept(self) -> Iterator[tuple[int, str | bytearray, bool]]:
        """Each kept line with its raw line number, footnote markers removed, and whether it
        is a long line (see the class docstring)."""
        pending: tuple[int, str | bytearray, bool] | None = None  # (number, line, after blank)
        next_blank = False  # the line after the pending one is blank
        after_blank = True  # the line before this one is blank (or there is none)
        more = False  # a line after the pending one had text before its references were decoded
        pending_head = ""  # the run-in heading the pending line opens with (see below)
        pending_credit = ""  # the picture's credit the pending line opens with (see below)
        pending_after = ""  # the picture's credit the pending line closes with
        pending_element: str | None = None  # the broken element the pending line is in
        for number, (line, element) in enumerate(broken_elements(self.lines), start=1):
            more = more or bool(line)
            line = _as_text(line)
            head = ""  # a run-in heading the line opens with, two spaces after it
            credit = ""  # a picture's credit it opens with, three spaces after it
            credit_after = ""  # a picture's credit it closes with, three spaces before it
            if isinstance(line, str):
                # Decoded before any rule reads the line, so that offsets point into
                # decoded text.
                line = _decoded(line)
                # The line rules read it with one space there: only the glued headings'
                # stage reads the two (see annotate.corpus._glued_headings.run_in_gap).
                credit = spaced_credit(line) if SPACED in line else ""
                if credit:
                    # A picture's credit before its caption: read by the caption rules, and
                    # by the glued headings' stage as a run-in heading, as before.
                    head, line = credit, line.replace(SPACED, " ", 1)
                elif SPACED in line and (closing := trailing_credit(line)):
                    # Or after it (see annotate.corpus._spaced_credits).
                    credit_after, line = closing, line.replace(SPACED, " ", 1)
                else:
                    head = spaced_head(line) if "  " in line else ""
                    if head:
                        line = line.replace("  ", " ", 1)
            if not line:
                next_blank = next_blank or (pending is not None and number == pending[0] + 1)
                after_blank = True
                continue
            if pending is not None:
                self._gap_credit, self._closing_credit = pending_credit, pending_after
                self._element = pending_element
                kept = self._decide(*pending, next_blank, True, line)
                if kept is not None:
                    yield pending[0], *_spaced_again(kept, pending_head)
            pending, next_blank, after_blank, more = (
                (number, line, after_blank),
                False,
                False,
                False,
            )
            pending_head, pending_credit, pending_after = head, credit, credit_after
            pending_element = element
        self.lines = ()
        if pending is not None:
            self._last_text = pending[0]
            # A heading needs text after it: a later line that had any, even one whose
            # references decoded to nothing (as the list cleaner counted it, so that outputs
            # stay those of main); a short last line is a sign-off, not a heading.
            self._gap_credit, self._closing_credit = pending_credit, pending_after
            self._element = pending_element
            kept = self._decide(*pending, True, more, "")
            if kept is not None:
                yield pending[0], *_spaced_again(kept, pending_head)

    def _decide(
        self,
        number: int,
        line: str | bytearray,
        after_blank: bool,
        next_blank: bool,
        more: bool,
        after: str | bytearray,
    ) -> tuple[str | bytearray, bool] | None:
        """The line as kept (footnote markers removed) and whether it is a long line, or None
        when it is dropped.

        ``after`` is the next line with text ("" when there is none), ``more`` whether any
        line after this one had text.

        The rules run in this order, one method a step, over one :class:`_Line`; the first to
        give the line a kind decides.

        1. A long line is article text: only whether it repeats the title is asked.
        2. A short line by its own shape: what a wire glued before it is cut off (credit,
           byline, headline); then a broken markup element, a slide's or gallery's caption, a
           numbered list's item, a table's row, a note about the article, boilerplate, a
           writer's line, a credited caption, a link or a sibling teaser; else what the page
           glued to it is cut off (:func:`_cut_pieces`), which may leave a call, a credit or
           a caption alone.
        3. The title (the known one, or the first line) and the decks under it.
        4. Kinds the lines around it and the boxes the page has opened tell: a quoted piece's
           labels, a bracketed insert, a copy of an earlier line, a box's links, figures and
           counters, slides, readers' posts and comments, related teasers, the captions a
           picture's credit or viewer closes, an ad widget, imperative clauses under a lead-in.
        5. Heads and the shapes of a short line: headings, subheadings, a section's labels and
           numbered heads, signatures, tweets and their sign-offs, captions without a label.
        6. Rules read only where no rule above took the line: copies of furniture, tweets
           and captions cut out of it, polls, charts, widgets, galleries, dash items, kickers,
           cut teasers, lists of sources, lines set twice, bullets, sections, bylines, sources'
           names, handles, crossheads, captions between the story's paragraphs, closing lines.
        7. What the lines after this one read of it (the stream's state).
        8. What is recorded: the line dropped whole, or the pieces cut off the kept line, which
           is remembered (for copies and names) and loses its bullet and footnote digits.
        """
        long = not isinstance(line, str) or len(line) > _normalise.LONG_LINE
        short_after = isinstance(after, str) and len(after) <= _normalise.LONG_LINE
        ln = _Line(
            number,
            line,
            after_blank,
            next_blank,
            more,
            after,
            rules=_rules(),
            whole=line,
            long=long,
            short_whole=None if long else cast(str, line),
            below=cast(str, after) if short_after else "",
            short_after=short_after,
            opening=_opening(after),
            after_title=self._after_title,
            slide_title=self._slide_title,
            after_deck=self._deck,
        )
        self._after_title = self._slide_title = self._deck = False
        if long:
            self._long_line(ln)
        else:
            self._own_shape(ln)
            self._title_and_decks(ln)
        self._told_around(ln)
        self._captions_by_credit(ln)
        self._ads_and_lead_ins(ln)
        self._heads_and_shapes(ln)
        self._copies_and_tweets(ln)
        self._boxes_and_runs(ln)
        self._lists_and_names(ln)
        self._unmarked_captions(ln)
        self._for_the_lines_after(ln)
        return self._recorded(ln)

    def _long_line(self, ln: _Line) -> None:
        """Step 1: a long line is article text; only whether it repeats the title is asked."""
        if not self._title_done and self.title is not None and _key(ln.line) == _key(self.title):
            ln.kind = "title"
        self._title_done = True

    def _own_shape(self, ln: _Line) -> None:
        """Step 2: a short line by its own shape, and what the page glued to it."""
        ln.line = cast(str, ln.line)
        # A wire's staff credit the next paragraph ran into (see
        # annotate.corpus._credits.split_lead_wire): cut off, the rest a line of its own.
        ln.wire, ln.line = split_lead_wire(ln.line)
        # A wire's byline glued before its dateline (see
        # annotate.corpus._dateline.split_byline): cut off, the dateline read as usual.
        ln.byline, ln.line = split_byline(ln.line)
        # A wire story's headline glued before its dateline (see
        # annotate.corpus._dateline.split_wire_head): cut off, the dateline read as usual.
        ln.wire_head, ln.line = split_wire_head(ln.line)
        if ln.wire or ln.byline or ln.wire_head:
            ln.whole = ln.short_whole = ln.line
        prose: str | None = None  # the non-prose kind of the whole line
        # An item of a numbered list: its number goes on from the item before, or the
        # next line goes on from it (see annotate.corpus._numbered).
        rank = item_number(ln.line)
        next_rank = item_number(ln.below) if ln.below else None
        # A line of an element of markup that line breaks cut over lines: the embed's.
        if self._element is not None:
            ln.kind = "tweet" if self._element == "tweet" else "markup"
        # A slide's caption, set close under the slide's numbered title (see
        # annotate.corpus._slides); a gallery's counter alone on its line ("1 of 21"), and
        # the slide's caption set close over it (see
        # annotate.corpus._gallery_captions.is_gallery_counter); a picture's caption in
        # its short wording over the caption told by its photo words (see
        # annotate.corpus._twin_captions).
        elif (
            (ln.slide_title and not ln.after_blank)
            or is_gallery_counter(ln.line)
            or (not ln.next_blank and ln.short_after and is_gallery_counter(ln.below))
            or (ln.short_after and is_participle_caption(ln.line) and is_photo_caption(ln.below))
        ):
            ln.kind = "caption"
        elif rank is not None and (
            (self._item and rank == self._item + 1) or next_rank == rank + 1
        ):
            ln.kind, ln.item = "list", rank
        elif self._item and next_rank == self._item + 1 and is_broken_item(ln.line):
            ln.kind, ln.item = "list", self._item
        # A row of a table set as lines: one of a run of two or more (see
        # annotate.corpus._table_rows).
        elif is_table_row(ln.line) and (self._row or (ln.short_after and is_table_row(ln.below))):
            ln.kind, ln.row = "scores", True
        # A note about the article, and the lines its sentence runs on to when a stripped
        # link broke it ("Editor's note: Donald Trump regularly" / "incites ..."). Not one
        # in quotes under the story's lead-in: the story quotes another page's note ("The
        # following correction was added:" over '"Correction 9 December 2014: ...',
        # FNC-1 648, a story about corrections); nor one without quotes between a lead-in
        # and the story's next line (FNC-1 772, see _notes.quoted_under_lead_in).
        elif (
            (
                is_note(ln.line)
                # The story goes on under it: the next line is article text, a long one
                # or one that ends a sentence (not a heading over what follows).
                and not quoted_under_lead_in(
                    ln.line,
                    self._kept_text,
                    (not ln.short_after and bool(ln.after)) or ends_sentence(ln.below),
                )
            )
            or self._appended
            or (self._note and continues(self._note, ln.line))
        ):
            ln.kind = "note"
        elif (
            ln.rules.boilerplate.search(ln.line)
            or is_rights_notice(ln.line)
            or is_site_notice(ln.line)
            or _names_promotion(ln.line, ln.below, ln.rules)
        ):
            ln.kind = "boilerplate"
            # The tabloid's pointer over its pictures: the lines under it up to the
            # story's next sentence are its captions, set without a final mark (see
            # annotate.corpus._captions).
            self._pointed = self._pointed or points_to_video(ln.line)
        elif is_writer_line(ln.line):
            ln.kind = "sign-off"
        elif (
            _is_caption(ln.line, ln.rules)
            # After its credit set apart by a run of spaces, or before it, once the story
            # has begun (see annotate.corpus._spaced_credits).
            or (self._body and is_spaced_credit_caption(ln.line, self._gap_credit))
            or (self._body and is_caption_before_credit(ln.line, self._closing_credit))
        ):
            ln.kind = "caption"
        elif (prose := non_prose(ln.line)) == "link":  # "PHOTOS: Stars Who ..." is a teaser
            ln.kind = "link"
            if (teaser := teaser_label(ln.line)) is not None:
                self._teaser_labels.add(teaser)
        elif is_sibling_teaser(ln.line, self._teaser_labels):
            # A link under the label its siblings were dropped under (see
            # annotate.corpus._related.is_sibling_teaser).
            ln.kind = "link"
        else:
            pieces = _cut_pieces(
                ln.line,
                prose=prose,
                more=ln.more,
                below=ln.below,
                named=self._named_so_far,
                under_picture_title=self._picture_title and not ln.after_blank,
                rules=ln.rules,
            )
            ln.line, ln.kind, ln.captioned = pieces.body, pieces.kind, pieces.captioned
            ln.lead, ln.debris, ln.field_label, ln.code = (
                pieces.lead,
                pieces.debris,
                pieces.field,
                pieces.code,
            )
            ln.link, ln.end, ln.glued_note = pieces.link, pieces.end, pieces.glued_note
            ln.entries, ln.credits, ln.calls = pieces.entries, pieces.credits, pieces.calls
        ln.prose = prose

    def _title_and_decks(self, ln: _Line) -> None:
        """Step 3: the title and the decks under it."""
        line = cast(str, ln.line)  # a short line: step 1 took the long
        if ln.kind is None and not self._title_done:
            self._title_done = True
            if self.title is not None and _key(line) == _key(self.title):
                ln.kind = "title"
            # Without a known title, the first line is one in a text file, and a
            # headline alone at the top is one in any article.
            elif self.title is None and (
                self.first_line_is_title
                or (ln.after_blank and ln.next_blank and ln.more and is_title_line(line))
            ):
                self.title, ln.kind = line, "title"
            self._after_title = ln.kind == "title"
        # A headline in two decks, the first closed by a semicolon ("Clinton takes Pa., Md.
        # and Del.; most delegates locked up;" over "Sanders wins R.I., vows to press on to
        # next primary.", PolNeAR's USA Today and NYT texts): the line set close under it
        # is the headline's second deck, not the story's sentence; a paragraph there is a
        # standfirst (an interview's introduction), left to the story.
        # And a deck in headlinese a blank line under the title, a blank line under it: a
        # subject and a participle, no finite verb ("Lack of attention to Democratic race
        # hurting rivals Sanders, O'Malley.", PolNeAR wash-post 2015-12-23; see
        # annotate.corpus._decks). A deck that is a sentence stays the story's.
        elif (
            ln.kind is None
            and ln.after_title
            and self.title is not None
            and (
                (
                    not ln.after_blank
                    and self.title.rstrip().endswith(";")
                    and _at_most_words(line, DECK_WORDS)
                )
                or (
                    ln.after_blank
                    and ln.next_blank
                    and ln.more
                    and (is_participle_deck(line) or is_noun_deck(line, titled=True))
                )
            )
        ) or (
            # Decks may come two deep, the second a noun phrase a blank line under the
            # first (see annotate.corpus._decks.is_noun_deck).
            ln.kind is None
            and ln.after_deck
            and ln.after_blank
            and ln.next_blank
            and ln.more
            and is_noun_deck(line)
        ):
            ln.kind = "headline"
            self._deck = ln.after_blank
        # A deck in lower case under the title, or a deck split in two paragraphs
        # mid-phrase, its second half in lower case (see annotate.corpus._decks): no
        # story's sentence opens so. The half over the split is the deck's too.
        elif (
            ln.kind is None
            and ln.after_title
            and ln.after_blank
            and ln.next_blank
            and ln.more
            and (is_lower_deck(line) or is_split_deck(line, ln.below))
        ) or (ln.kind is None and ln.after_deck and ln.after_blank and is_deck_tail(line)):
            ln.kind = "headline"
            self._deck = not ln.after_deck
        # A column's name set close under the title, a blank line under it.
        elif (
            ln.kind is None
            and ln.after_title
            and not ln.after_blank
            and ln.next_blank
            and ln.more
            and is_kicker(line)
        ):
            ln.kind = "heading"
        if ln.kind is None:
            ln.kind = non_prose(line) if ln.credits or ln.code or ln.entries else ln.prose
            # A labelled stub whose sentence the next line goes on with ("Editor's note:
            # Donald Trump regularly" + "incites ...": a link cut out) is joined, as a
            # heading's would be (see __iter__), not dropped as a caption.
            if ln.kind == "caption" and continues(line, ln.opening):
                ln.kind = None
            # A long labelled caption (over 30 words, see _furniture._is_labelled_caption)
            # that points at its photo tells that the page sets its captions so, as it did
            # when the photo words alone told it (below). Not a short one: a page that
            # labels its captions shows them by their labels, and its paragraphs may lose
            # their stop (FNC-1 1554).
            elif (
                ln.kind == "caption"
                and not _at_most_words(line, LABELLED_CAPTION_WORDS)
                and is_photo_caption(line)
            ):
                self._captions = True
        # A post told by its hashtag (see annotate.corpus._tweets), before the heading
        # rules read it; the article's last line may close with its campaign's tag.
        if ln.kind is None and ln.more and is_hashtag_post(line):
            ln.kind = "tweet"
        # A serial format's standing header over its first entry, at the page's top (see
        # annotate.corpus._live_updates.is_standing_header): a lead-in, its colon read
        # before the furniture rules read the line below.
        if (
            ln.kind is None
            and not self._body
            and ln.below
            and line.endswith(":")
            and is_standing_header(line, ln.below, non_prose(ln.below))
        ):
            ln.kind = "heading"
        # Under a live page's update stamp at its top, the update's heads (_update_heads
        # is only ever set before the body begins).
        if ln.kind is None and self._update_heads and is_update_head(line):
            ln.kind = "headline"

    def _told_around(self, ln: _Line) -> None:
        """Step 4: kinds the lines around it and the page's open boxes tell: quoted pieces,
        copies, links under a box's label, figures' cells, slides, comments, teasers."""
        # The labels over a piece the story quotes whole, and the piece's headline under them
        # (see annotate.corpus._quoted_sources).
        quoted = False
        if ln.kind is None and not ln.long and is_quoted_source(cast(str, ln.line)):
            ln.kind, quoted = "label", True
        # An editor's insertion in square brackets with no sentence in it, which no rule of a
        # credit or a link has taken (see annotate.corpus._notes.is_bracketed_insert).
        elif ln.kind is None and not ln.long and is_bracketed_insert(cast(str, ln.line)):
            ln.kind = "note"
        elif (
            ln.kind is None
            and self._quoted
            and not ln.long
            and not ends_sentence(cast(str, ln.line))
            and _at_most_words(cast(str, ln.line), QUOTED_HEADLINE_WORDS)
        ):
            ln.kind = "headline"
        self._quoted = quoted
        ln.key = _key(ln.line)
        if ln.kind is None and (
            (
                ln.key in self._seen
                and (ln.long or ln.key not in self._shaped or not ends_sentence(cast(str, ln.line)))
            )
            or (ln.key in self._heads and (ln.long or not ends_sentence(cast(str, ln.line))))
        ):
            ln.kind = "duplicate"
        # The headlines under a box's label ("SEE ALSO:") are its links, not the story's.
        if ln.kind is None and self._teasers and not ln.long and is_teaser(cast(str, ln.line)):
            ln.kind = "link"
        # Under a call that leads into a list of links, a bulleted line is one of them.
        ln.listed = False
        if ln.kind is None and self._listed and not ln.long and is_bulleted(cast(str, ln.line)):
            ln.kind, ln.listed = "link", True
        # Under a figure alone, in a run of figures, the figure's label (see
        # annotate.corpus._table_rows): a cell of the same box.
        ln.labelled = False
        if (
            ln.kind is None
            and self._figure
            and not ln.long
            and (self._figure_labels or (ln.short_after and is_figure(ln.below)))
            and is_figure_label(cast(str, ln.line))
        ):
            ln.kind, ln.labelled = "scores", True
        # A slideshow's counter broken over three lines ("1." / "of." / "8.", HuffPost's, PolNeAR
        # huff-post 2015-11-15, 2016-02-12, 2016-02-24): its "of" between two figures is a
        # cell of the same counter, no sentence.
        ln.counted = False
        if (
            ln.kind is None
            and self._figure
            and ln.short_whole is not None
            and ln.short_whole.strip().rstrip(".") == "of"
            and ln.short_after
            and is_figure(ln.below)
        ):
            ln.kind, ln.counted = "scores", True
        # A listicle's head set close under its count alone, over its section (see
        # annotate.corpus._counted_heads.is_head_under_count): the count tells it, whatever
        # its words.
        if (
            ln.kind is None
            and self._count
            and not ln.after_blank
            and ln.next_blank
            and ln.more
            and ln.short_whole is not None
            and is_head_under_count(ln.short_whole)
        ):
            ln.kind = "headline"
        # The slide the counter stands over: its title and caption, the block of lines at the
        # widget's place (HuffPost's "Declared 2016 Presidential Candidates": "Sen. Ted Cruz
        # (R-Texas) — Announced March 23, 2015" / "Cruz dropped out of the race May 3, 2016.",
        # PolNeAR huff-post 2016-02-12 and 2016-02-24; a protester's profile and testimony in
        # "The Faces of the Fight for 15 Movement", huff-post 2015-11-15). The widget's words,
        # however long, are not the story's: two judges counted the profile's ten sentences
        # as non-prose tasks (benchmarks/RESULTS.md, round 20).
        ln.slide = (
            ln.kind is None
            and (self._counter == 2 or (self._counter == 3 and not ln.after_blank))
            and ln.short_whole is not None
        )
        if ln.slide:
            ln.kind = "caption"
        # A figure with its unit alone in its paragraph, on a page that sets figures alone as
        # heads (see annotate.corpus._table_rows.is_figure_heading): a head of the same run.
        if (
            ln.kind is None
            and self._figures
            and not ln.long
            and ln.after_blank
            and is_figure_heading(cast(str, ln.line))
        ):
            ln.kind = "scores"
        # A box's note under its rows or notes, when no rule took it: how its figures were
        # made and where they come from (see annotate.corpus._table_rows.is_box_note).
        if (
            ln.kind is None
            and self._scored
            and ln.short_whole is not None
            and is_box_note(ln.short_whole)
        ):
            ln.kind = "scores"
        # A reader's post in a letters page's section under its network's name, signed on the
        # line under it, or any line of the section once a post was (a post of two
        # paragraphs), see annotate.corpus._letters.is_social_label.
        if (
            ln.kind is None
            and self._social
            and ln.short_whole is not None
            # The next network's label opens its own section (see below), no post.
            and not is_social_label(ln.short_whole)
            and (
                signs_post(ln.below)
                or (self._social == 2 and not signs_post(ln.short_whole) and ln.short_after)
            )
        ):
            ln.kind = "comment"
        # A comments widget's entry: the head with the commenter's name and the comment's age,
        # and the comment under it (see annotate.corpus._letters.is_comment_header).
        ln.comment_head = ln.short_whole is not None and is_comment_header(ln.short_whole)
        if (
            ln.kind is None
            and ln.short_whole is not None
            and (self._comment_head or ln.comment_head)
        ):
            ln.kind = "comment"
        # In a box of related stories, a story's teaser: a sentence under its date-stamped
        # byline, or a line in headline shape, or a teaser's that asks (see
        # annotate.corpus._related.is_boxed_teaser).
        if (
            ln.kind is None
            and self._box
            and not ln.long
            and (
                self._stamped
                or is_teaser(cast(str, ln.line))
                or is_boxed_teaser(cast(str, ln.line))
            )
        ):
            ln.kind = "link"

    def _captions_by_credit(self, ln: _Line) -> None:
        """Step 5: a picture's caption or title told by the credit, the copy or the
        viewer's button set close by it."""
        # A caption closed by its picture's credit (see above), once no box it sits in
        # (a related story's "(+Pictures)" under "MORE:") has taken it.
        if ln.kind is None and ln.captioned:
            ln.kind = "caption"
        # A picture's title set close over its caption, the caption closed by its credit in
        # brackets (see annotate.corpus._captions.titles_picture): the title is the picture's,
        # and the caption under it (read with this flag) too.
        ln.picture_title = (
            ln.short_whole is not None
            and ln.after_blank
            and not ln.next_blank
            and ln.short_after
            and titles_picture(ln.short_whole, ln.below)
        )
        if ln.kind is None and ln.picture_title:
            ln.kind = "caption"
        # Or by its credit in capitals on the next line, set close under it, as print papers
        # credit a picture ("After hours of work, Pam Hatchfield ... State House." over
        # "ARAM BOGHOSIAN FOR THE BOSTON GLOBE", FNC-1 88): prose under a picture is spaced
        # from it, and is not its caption.
        if (
            ln.kind is None
            and not ln.long
            and not ln.next_blank
            and ln.below
            and _at_most_words(cast(str, ln.line), _CREDITED_CAPTION_WORDS)
            and is_caps_picture_credit(ln.below)
        ):
            # Seen, as a heading is: the page's copy of the caption under the credit (FNC-1
            # 88) is a duplicate, not the story's sentence.
            ln.kind = "caption"
            self._remember_head(ln.key, cast(str, ln.line))
        # Or a sentence alone in its paragraph, set close over a picture's credit line, or
        # under one in a picture viewer's box (see annotate.corpus._credited_captions).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and not ln.next_blank
            and ln.after_blank
            and ln.short_after
            and is_caption_over_credit(ln.short_whole, ln.below)
        ) or (
            ln.kind is None
            and ln.short_whole is not None
            and self._viewer == 2
            and not ln.after_blank
            and is_viewer_caption(ln.short_whole)
        ):
            ln.kind = "caption"
        # Or a picture's alt text glued before its caption, the picture's credit the next
        # paragraph (see annotate.corpus._alt_text.opens_with_alt).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and ln.short_after
            # The line's shape first: the credit's reading is the dearer test (18,500 calls
            # on FNC-1's bodies when asked first, 1.8 s of their 60 s profiled).
            and opens_with_alt(ln.short_whole)
            and is_picture_credit_line(ln.below)
        ):
            ln.kind = "caption"
        # Or over its own copy, set close under it and closed by its credit: seen, as a
        # heading is, so that the copy is a duplicate, not the story's sentence.
        if (
            ln.kind is None
            and ln.short_whole is not None
            and not ln.next_blank
            and ln.short_after
            and is_caption_over_copy(ln.short_whole, ln.below)
        ):
            ln.kind = "caption"
            self._remember_head(ln.key, cast(str, ln.line))
        # Or over a caption viewer's button that folds it ("Show caption"), and perhaps again
        # after it: seen, so the copy is a duplicate (annotate.corpus._credited_captions).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and not ln.next_blank
            and is_over_caption_toggle(ln.short_whole, ln.below)
        ):
            ln.kind = "caption"
            self._remember_head(ln.key, cast(str, ln.line))
        # Or names placed with no verb, over a picture's credit on the next line (see
        # annotate.corpus._captions.is_verbless_caption).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and ln.short_after
            and is_verbless_caption(cast(str, ln.line))
            # Or a network's name alone, as HuffPost credits a picture taken from a post
            # ("Twitter.", PolNeAR huff-post 2016-05-19).
            and (is_picture_credit_line(ln.below) or is_bare_source(ln.below))
        ):
            ln.kind = "caption"

    def _ads_and_lead_ins(self, ln: _Line) -> None:
        """Step 6: an ad widget's label and its ads, and the clauses a lead-in's colon
        runs on into (what the heads and shapes after it leave alone)."""
        # An ad widget's label (whatever else it looks like: a heading in capitals), and the
        # short lines under it: its ads, whatever their shape, laid out alike (one line
        # spacing; the story's next paragraph, when short, is spaced otherwise in every box
        # of FNC-1 and PolNeAR).
        ln.label = not ln.long and is_ad_label(cast(str, ln.line))
        # A link element alone opens a product widget as a label does; it stays ``markup``.
        ln.widget = (
            ln.kind == "markup" and ln.short_whole is not None and is_widget_link(ln.short_whole)
        )
        ln.in_box = self._ads and self._ad_spacing in (None, ln.after_blank)
        if ln.label or (
            ln.kind is None
            and ln.in_box
            and not ln.long
            and is_ad(cast(str, ln.line), calls=self._ad_calls)
        ):
            ln.kind = "link"
        # An imperative clause under a lead-in, and the ones set close under it: the lead-in's
        # sentence run on, prose (see annotate.corpus._bullets), not a headline or a list item.
        ln.clause = (
            not ln.long
            and (self._colon or (self._clauses and not ln.after_blank))
            and is_clause_item(cast(str, ln.line))
        )
        # A statement set close under an item of the lead-in's list that ended as a sentence
        # ("Consider:" / "The original report does not cite any sources." / "No legitimate
        # media outlets have reported Millan’s death" / "There is no evidence that ...", FNC-1
        # 2143, seed 1478's judge): the list's next item, its stop left off, with a verb of
        # its own; not a headline nor a bare list item. A box of headlines under a label has
        # no item that ends as a sentence.
        ln.in_led_block = self._colon or (self._led_sentences is not None and not ln.after_blank)
        ln.clause = ln.clause or (
            not ln.long
            and not ln.after_blank
            and bool(self._led_sentences)
            and not is_verbless([w.lower() for w in cast(str, ln.line).split()])
        )
        # One more item of a list of imperative clauses the story set as paragraphs under a
        # lead-in, after two kept ("Here are four simple reforms ...:" / "Shorten or eliminate
        # ..." / "Ban the use of ..." / "Limit depreciation deductions.", PolNeAR's NYT tax
        # piece): an item is kept as its list's other items are, though short enough to read
        # as a subheading.
        ln.listed_clause = (
            not ln.long
            and ln.after_blank
            and self._clause_items >= _CLAUSE_ITEMS
            and is_clause_item(cast(str, ln.line))
            and ends_sentence(cast(str, ln.line))
        )

    def _heads_and_shapes(self, ln: _Line) -> None:
        """Step 7: heads and the shapes of a short line."""
        if ln.kind is None and not ln.long and not ln.listed_clause:
            ln.short = cast(str, ln.line)
            # A heading needs text after it; a stub whose sentence the next line goes on with
            # (a link was cut out of it) is joined to it (see __iter__), not dropped. A long
            # line after it goes on with nothing (see the class docstring).
            heading = ln.more and _is_heading(ln.short, ln.after_blank and ln.next_blank, ln.rules)
            # Or a headline set over its paragraph with a single line break (see
            # annotate.corpus._headlines.heads_its_paragraph).
            heading = heading or (
                ln.more
                and ln.after_blank
                and not ln.next_blank
                and self._ended
                and ln.short_after
                and heads_its_paragraph(ln.short, ln.below)
            )
            # Or, at the page's top before any sentence, a section's label of a word or more
            # set over the first paragraph (see heads_its_paragraph's ``top``).
            heading = heading or (
                ln.more
                and not self._body
                and not ln.next_blank
                and ln.short_after
                and _at_most_words(ln.short, _TOP_LABEL_WORDS)
                and heads_its_paragraph(ln.short, ln.below, top=True)
            )
            # Or a heading that finishes the kept paragraph above's trailing sentence (see
            # annotate.corpus._sections.finishes_trailed_line).
            heading = heading or (
                ln.more and ln.after_blank and finishes_trailed_line(ln.short, self._kept_text)
            )
            # Or a round-up's next item's heading, under an item its writer signed (see
            # annotate.corpus._sections.heads_next_item).
            next_item = (
                ln.more
                and ln.after_blank
                and ln.next_blank
                and ln.short_after
                and heads_next_item(ln.short, self._kept_text, ln.below)
            )
            if next_item or (heading and not continues(ln.short, ln.opening)):
                ln.kind = "heading"
                if next_item and self._next_item is None:
                    self._next_item = ln.number
            # A subheading with a full stop (PolNeAR's export adds one) is told from a short
            # sentence by the section under it (see is_subheading).
            elif (
                ln.more
                and ln.after_blank
                and ln.next_blank
                and ln.short_after
                and is_subheading(ln.short, ln.below, series=self._subheadings)
            ):
                self._subheadings = True
                if self._first_subheading is None:
                    self._first_subheading = ln.number
                # Seen, so that the same line repeated lower down (a list's heading before
                # each list) is dropped as a duplicate, as it was when kept.
                ln.kind = "heading"
                self._remember_head(ln.key, ln.short)
            # A section's headline under its label in capitals, once the page has set a
            # section so (see annotate.corpus._sections.heads_under_label).
            elif (
                ln.more
                and ln.after_blank
                and ln.next_blank
                and self._labelled_heads
                and self._under_label
                and ln.short_after
                and heads_under_label(ln.short, ln.below)
            ):
                ln.kind = "heading"
            # A section's numbered heading, counted on from the last (see
            # annotate.corpus._sections.numbered_heading).
            elif (
                ln.more
                and ln.after_blank
                and ln.next_blank
                and ln.short_after
                and (section := numbered_heading(ln.short, ln.below, self._numbered))
            ):
                ln.kind, self._numbered = "heading", section
            # A section of readers' posts labelled with its network's name alone, in a paragraph
            # of its own (see annotate.corpus._letters.is_social_label): a heading, though the
            # name's shape is also a town's signature ("Facebook." under a letter's "Rochester,
            # N.H.", PolNeAR usa-today 2016-10-21), so that the posts under it are read as such.
            elif (
                ln.more
                and ln.after_blank
                and ln.next_blank
                and ln.short_after
                and is_social_label(ln.short)
            ):
                ln.kind = "heading"
            # A letter's signature: a name or a town alone with its full stop (see
            # annotate.corpus._letters), once the subheading rule has read the section under it.
            elif is_signature(ln.short, ln.below, self._signed):
                ln.kind, self._signed = "credit", True
            # A subheading in title case (see annotate.corpus._sections.is_titled_subheading),
            # once a signature's rule has read a name alone; or one ending in a colon over
            # what it introduces, spaced or not (see _sections.is_colon_heading).
            elif ln.more and (
                (
                    ln.after_blank
                    and ln.next_blank
                    and ln.short_after
                    and is_titled_subheading(ln.short, ln.below)
                )
                or is_colon_heading(ln.short)
            ):
                ln.kind = "heading"
                self._remember_head(ln.key, ln.short)
            elif (
                self._body
                and ln.more
                and not ln.clause
                and not continues(ln.short, ln.opening)
                and is_headline(
                    ln.short,
                    after=ln.below,
                    in_run=self._headline,
                    after_quotation=self._quotation,
                )
            ):
                # Seen, as a subheading is: the same line lower down is a duplicate.
                ln.kind = "headline"
                self._remember_head(ln.key, ln.short)
            # An embedded tweet is its text, then its sign-off on a line of its own; its text
            # ends with its short link when the scrape kept one.
            elif (
                (ln.short_after and is_tweet_sign_off(ln.below))
                or ends_with_tweet_sign_off(ln.short)
                or is_tweet_text(ln.short)
            ):
                ln.kind = "tweet"
            elif is_glued_headlines(ln.short):
                ln.kind = "headline"
            # After an unfinished line, a lower-case word goes on with its sentence; and a
            # few whose sentence the next line goes on with are a stub a link cut.
            # Alt text that numbers its picture is a label after an unfinished line too, with
            # the caption right under it; so is a picture's alt text alone in its paragraph
            # under the lead-in that introduces the picture (see annotate.corpus._alt_text).
            elif (
                (
                    self._ended
                    or (
                        ln.after_blank and ln.next_blank and alts_lead_in(ln.short, self._kept_text)
                    )
                )
                and is_lone_word(ln.short)
                and not (" " in ln.short and continues(ln.short, ln.opening))
            ) or is_numbered_alt(ln.short, "" if ln.next_blank else ln.below):
                ln.kind, ln.alt = "label", not ln.next_blank
            # An embed's credit and heading after the stop it cut from the line above (see
            # annotate.corpus._captions.is_cut_stop).
            elif is_cut_stop(ln.short):
                ln.kind = "credit"
            # A gallery's row of captions, a name, who and what befell them when: only beside
            # another of the shape (see annotate.corpus._gallery_captions).
            elif is_gallery_caption(ln.short) and (
                self._gallery or (ln.short_after and is_gallery_caption(ln.below))
            ):
                ln.kind = "caption"
            # A caption without a label: told by the words that point at its photo, or by the
            # place and day a wire closes it on (see annotate.corpus._wire_captions), or, once
            # the article has set a caption so, by that shape alone in its paragraph (see
            # annotate.corpus._captions). Not a stub the next line goes on with.
            elif not continues(ln.short, ln.opening):
                credit = self._above[1] if self._above and self._above[0] == "credit" else ""
                if (
                    is_photo_caption(ln.short)
                    or is_dated_caption(ln.short)
                    or ends_on_photo_date(ln.short)
                    or is_labelled_picture(ln.short)
                    or (credit and is_credited_caption(ln.short, credit))
                    # Set apart under its credit on a page that sets its paragraphs close
                    # (see annotate.corpus._credited_captions.is_set_apart_caption).
                    or (
                        credit
                        and self._packed
                        and ln.after_blank
                        and ln.next_blank
                        and is_set_apart_caption(ln.short, credit)
                    )
                    or is_credit_led_caption(ln.short, credit)
                    or names_picture(ln.short)
                    or (self._alt and captions_alt(ln.short))
                    or is_wire_caption(ln.short)
                    or points_twice(ln.short)
                ):
                    ln.kind = "caption"
                    self._captions = True
                # One text held twice: a caption and its copy glued (see is_doubled); a
                # caption under a label that asks or exclaims (is_asked_caption).
                # A caption under the tabloid's pointer, without a label, tells that the page
                # sets its captions so, as one told by its photo words does (FNC-1 467, 1797),
                # among its paragraphs: not its last line. A page that labels the captions
                # under its pointer ("Killed: Corporal Nathan Cirillo ...", FNC-1 1554) shows
                # its captions by their labels, and its paragraphs may lose their stop.
                elif (
                    is_doubled(ln.short)
                    or is_asked_caption(ln.short)
                    or (
                        (self._captions or self._pointed or (self._pointer_captions and ln.more))
                        and ln.after_blank
                        and ln.next_blank
                        and is_unmarked_caption(ln.short, sentences=True)
                        and not goes_on_story(ln.short)
                    )
                    # Or, on a page that set its captions under its pointer, the body's last
                    # line after the story's end, telling its picture in the caption's present
                    # (see annotate.corpus._closing_captions).
                    or (
                        self._pointer_captions
                        and not ln.more
                        and self._ended
                        and ln.after_blank
                        and closes_on_caption(ln.short)
                    )
                    # Or the last line of a block of captions, set close under one (or its
                    # copy), with no mark, a blank line under it: the video's title under a
                    # gallery ("Scene of Michael Phelps arrested again for drunk driving",
                    # FNC-1 2322, seed 1533's judge). The story's paragraph is set apart.
                    or (
                        not ln.after_blank
                        and ln.next_blank
                        and self._decided
                        and self._decided[-1][1] in ("caption", "duplicate")
                        and self._above is not None
                        and self._above[0] == "caption"
                        and is_unmarked_caption(ln.short)
                        and not goes_on_story(ln.short)
                    )
                ):
                    ln.kind = "caption"
                    self._pointer_captions = self._pointer_captions or (
                        self._pointed and not has_caption_label(ln.short)
                    )

    def _copies_and_tweets(self, ln: _Line) -> None:
        """Step 8, where no rule above took the line: a copy of the furniture line just
        above it, and the tweets, captions and retweets glued into it cut out."""
        # When no rule above took it, a copy of the furniture line just above, less the
        # sign-off or credit that closed it: a page sets an embedded tweet twice, with its
        # sign-off and without (FNC-1 2483: "It seems a despicable act ... right now.— Irvine
        # Welsh (@IrvineWelsh) January 6, 2015", then the text alone). Prose never opens a
        # paragraph by saying again the line above it; the copy is that line's kind.
        # A gallery's slide sets the title above it again under its counter ("Lil Wayne" /
        # "1. Lil Wayne", FNC-1 1559): a copy too (see annotate.corpus._slides).
        if (
            ln.kind is None
            and not ln.long
            and self._above
            and (
                (
                    len(cast(str, ln.line)) >= _COPY_CHARS
                    and len(self._above[1]) > len(cast(str, ln.line))
                    and self._above[1].startswith(cast(str, ln.line))
                )
                or numbers_title(cast(str, ln.line), self._above[1])
                # Or reworded, set close under it with no final mark: a picture's title, its
                # alt text and its caption in three wordings (FNC-1 1513: "iPhone 6 and
                # Apple Watch to feature Samsung-made Components" under "iPhone 6 and Even
                # Apple Watch To Feature Samsung Components (Rumor)", seed 1531's judge).
                or (
                    not ln.after_blank
                    and self._above[0] in ("caption", "headline")
                    and _furniture_reworded(cast(str, ln.line), self._above[1])
                )
            )
        ):
            ln.kind = self._above[0]
        # The caption a gallery's cut-off link just above teased (see completes_teaser).
        if ln.kind is None and not ln.long and completes_teaser(cast(str, ln.line), self._teaser):
            ln.kind = "caption"
        # A copy of a tweet dropped above, set again on a line of its own: the page glued its
        # tweets into one line, then gave each (FNC-1 109).
        if (
            ln.kind is None
            and not ln.long
            and len(cast(str, ln.line)) >= _COPY_CHARS
            and any(cast(str, ln.line) in t for t in self._tweets)
        ):
            ln.kind = "tweet"
        # A line no rule took whole: a retweet from its mark on, and a tweet glued inside a
        # paragraph (its sign-off and the sentences before it that fit in a tweet) are cut
        # out of it; the prose after a glued tweet goes on as a paragraph of its own.
        ln.tweets = []
        ln.glued_captions = []
        if ln.kind is None and not ln.long:
            ln.short = cast(str, ln.line)
            glued = split_glued_tweet(ln.short)
            if glued is not None:
                start, stop = glued
                ln.tweets.append(ln.short[start:stop].strip())
                before, rest = ln.short[:start].rstrip(), ln.short[stop:].lstrip()
                ln.short = f"{before}\n{rest}" if before else rest
            # A picture's caption glued with its credit inside a paragraph that lost its line
            # breaks is cut out of it the same way (see
            # annotate.corpus._captions.split_glued_caption).
            glued = split_glued_caption(ln.short) if "\n" not in ln.short else None
            if glued is not None:
                start, stop = glued
                ln.glued_captions.append(ln.short[start:stop].strip())
                before, rest = ln.short[:start].rstrip(), ln.short[stop:].lstrip()
                ln.short = f"{before}\n{rest}" if before else rest
            retweet = retweet_start(ln.short)
            if retweet is not None and "\n" not in ln.short:
                # The retweeter's comment before the mark is the same tweet when the whole
                # line fits in one (see annotate.corpus._tweets).
                if retweet == 0 or fits_in_tweet(ln.short):
                    ln.kind = "tweet"
                else:
                    ln.tweets.append(ln.short[retweet:])
                    ln.short = ln.short[:retweet].rstrip()
            ln.line = ln.short

    def _boxes_and_runs(self, ln: _Line) -> None:
        """Step 9, where no rule above took the line: the box or run of the page's it
        stands in (a poll, a chart, a widget, a gallery, comments, dashed items, a kicker,
        related and cut-off headlines, a list of sources, a line set twice)."""
        # A poll box's question over its first row of figures (see
        # annotate.corpus._table_rows): the box's title, as a heading over it is,
        # when no rule above took it (a tweet that asks stays a tweet).
        if (
            ln.kind is None
            and not ln.long
            and ln.below
            and is_table_question(cast(str, ln.line))
            and non_prose(ln.below) == "scores"
        ):
            ln.kind = "heading"
        # A chart's title, its chart lost (see annotate.corpus._table_rows.is_chart_title).
        if ln.kind is None and not ln.long and is_chart_title(cast(str, ln.line)):
            ln.kind = "heading"
        # A poll box's question over its first answer's button (see annotate.corpus._polls).
        if ln.kind is None and not ln.long and asks_poll(cast(str, ln.line), ln.below):
            ln.kind = "heading"
        # A widget's line (see annotate.corpus._widgets), when no rule above took it: a
        # headline among others is one of a run, which goes on under it.
        if ln.kind is None and not ln.long and is_widget_line(cast(str, ln.line)):
            ln.kind = "link"
        # A gallery's label set close between two of its lines that are the same (see
        # annotate.corpus._gallery_captions.is_framed_label).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and not ln.after_blank
            and not ln.next_blank
            and self._dropped_last
            and is_framed_label(ln.short_whole, self._last_line, ln.below)
        ):
            ln.kind = "caption"
        # A comment box's latest comment, set close under its label with the commenter's name
        # and stamp set close under it (see annotate.corpus._widgets.is_comments_label): the
        # story's paragraphs are set apart from the box. Its prompt when it has no comment
        # ("Got something to say? ...") is a widget line, taken above.
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._comments_label
            and not ln.after_blank
            and not ln.next_blank
        ):
            ln.kind = "comment"
        # Items a page sets with a dash before each, when no rule above took them (see
        # annotate.corpus._dash_items): a newsletter's links, each opened by a hyphen glued to
        # its first word, in a run; a wire's roster of names and what each is, in a run; and a
        # quotation's signature under the quotation.
        dashed = ""
        if ln.kind is None and ln.short_whole is not None:
            # The run's first item is glued, with a dashed line under it; an item under one
            # may be set with a space.
            if (opens_glued(ln.short_whole) and opens_dash(ln.below)) or (
                self._dashed == "glued" and opens_dash(ln.short_whole)
            ):
                ln.kind, dashed = "list", "glued"
            elif (opens_tilde(ln.short_whole) and opens_tilde(ln.below)) or (
                self._dashed == "tilde" and opens_tilde(ln.short_whole)
            ):
                # An item that is a sentence is the newsletter's own and stays in the run; one
                # that is not is a link's title, not a list of names a kept line heads (see
                # annotate.corpus._roster_heads).
                dashed = "tilde"
                ln.kind = None if is_item_sentence(ln.short_whole) else "link"
            elif is_roster_item(ln.short_whole) and (
                self._dashed == "roster" or is_roster_item(ln.below)
            ):
                ln.kind, dashed = "list", "roster"
            elif (
                not self._dropped_last
                and ln.after_blank
                and (
                    (self._quotation and signs_quotation(ln.short_whole))
                    or (self._kept_text.endswith(('"', "”")) and signs_occasion(ln.short_whole))
                )
            ):
                ln.kind = "credit"
            elif (
                not self._dropped_last
                and not ln.after_blank
                and self._quotation
                and signs_quotation_close(ln.short_whole)
            ):
                # Set close under the quotation, the signature needs no dash (_dash_items).
                ln.kind = "credit"
        self._dashed = dashed
        # A section's kicker in lower case, alone in its paragraph after a sentence's end (see
        # annotate.corpus._kickers.is_lower_kicker).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._ended
            and ln.after_blank
            and ln.next_blank
            and ln.more
            and is_lower_kicker(ln.short_whole)
        ):
            ln.kind = "heading"
            # A notebook's item label: the page heads its items so, and a kept line of a
            # label's shape above was the first of them (see
            # annotate.corpus._sections.first_of_series).
            if self._first_subheading is None:
                self._first_subheading = ln.number
        # A related story's headline in sentence case, after a blank line and set over its
        # paragraph with a single line break, in the body (see
        # annotate.corpus._headlines.heads_as_related), when no rule above took it.
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._body
            and self._ended
            and ln.after_blank
            and not ln.next_blank
            and ln.more
            and ln.short_after
            and heads_as_related(ln.short_whole, ln.below)
            and not continues(ln.short_whole, ln.opening)
        ):
            ln.kind = "heading"
        # A box of other stories' headlines cut off at its width, in a run: its first line
        # has one under it or the box's uncut headline over it, the others one over them
        # (see annotate.corpus._cut_teasers).
        ln.cut_run = False
        if ln.kind is None and ln.short_whole is not None:
            cut_off = is_cut_teaser(ln.short_whole)
            below_teaser = ln.short_after and is_cut_teaser(ln.below)
            if (
                (cut_off and (self._cut_run or self._headline or below_teaser))
                or (self._cut_run and below_teaser and is_kicker_cry(ln.short_whole))
                # Alone, cut inside a phrase right under furniture (see cuts_phrase).
                or (cut_off and self._dropped_last and cuts_phrase(ln.short_whole))
                # A teaser's excerpt cut after a comma, set close under its headline
                # dropped as furniture (see cut_at_comma).
                or (self._dropped_last and not ln.after_blank and cut_at_comma(ln.short_whole))
            ):
                # Seen, as a heading is: the box set again lower down is a duplicate.
                ln.kind, ln.cut_run = "headline", True
                self._remember_head(ln.key, ln.short_whole)
        # A list of the sources read, under its label at the body's end: the citations' fields,
        # short lines, to the end or to a paragraph (see annotate.corpus._sources).
        ln.sources = False
        if ln.kind is None and ln.short_whole is not None:
            if self._body and is_sources_label(ln.short_whole):
                ln.kind, ln.sources = "label", True
            elif self._sources and is_citation(ln.short_whole):
                ln.kind, ln.sources = "credit", True
        # A line set twice, one right under the other: a picture's caption and its alt text,
        # a link and its title (see _SET_TWICE_WORDS). The copy under it is a duplicate.
        if (
            ln.kind is None
            and ln.short_whole is not None
            and ln.short_after
            and abs(len(ln.below) - len(ln.short_whole)) <= _SET_TWICE_SLACK
            and _at_most_words(ln.short_whole, _SET_TWICE_WORDS)
            and _key(ln.below) == ln.key
        ):
            ln.kind = "caption"
            self._remember_head(ln.key, ln.short_whole)

    def _lists_and_names(self, ln: _Line) -> None:
        """Step 10: a bulleted list that lost its bullets, a section's heading set close
        over its section, and a name, a handle, a run's last headline or a question alone in
        its paragraph."""
        # A bulleted list that lost its bullets: short unended lines one under the other,
        # when no rule above took them (see annotate.corpus._bullets).
        ln.shape = (
            item_shape(ln.short_whole, "" if ln.next_blank else ln.below)
            if ln.short_whole
            else None
        )
        ln.in_block = bool(self._bullets) and not ln.after_blank and ln.shape in (None, self._shape)
        if ln.shape and not ln.in_block:
            self._led = self._colon  # a run of items starts: under a lead-in or not
        if ln.kind is None and not ln.long:
            first = ln.shape is not None and not ln.next_blank and item_shape(ln.below) == ln.shape
            # The list's last item may end as a sentence, when a lead-in announced the list
            # and the block ends with it.
            last = (
                ln.in_block
                and self._led
                and self._bullets >= ITEMS_BEFORE_LAST
                and (ln.next_blank or not ln.more)
                and is_last_item(cast(str, ln.line))
            )
            if ((ln.shape and (ln.in_block or first)) or last) and not ln.clause:
                # Under a line dropped as a link, the run is a box of links (a related-
                # stories box: FNC-1 2370), not a list the story gives.
                ln.kind = "link" if self._linked else "list"
        # A section's heading set close over its section, on a page whose paragraphs stand
        # apart (see annotate.corpus._sections): after a blank line, or after the furniture (a
        # list of links) that closed the section before; last, as other rules name a caption
        # or a related headline in that place. A headline so placed makes the page a series.
        if (
            (ln.kind is None or ln.kind in ("heading", "headline"))
            and not ln.long
            and not ln.clause
            and (ln.after_blank or self._dropped_last)
            and not ln.next_blank
            and ln.short_after
            and not continues(cast(str, ln.line), ln.opening)
            and is_section_heading(
                cast(str, ln.line),
                ln.below,
                spaced=0 if self._packed else self._spaced,
                series=self._sections,
            )
        ):
            ln.kind, self._sections = ln.kind or "heading", True
        # A writer's name alone as a paragraph, a line every other rule kept, is a byline or
        # a sign-off by its place: under a line dropped as furniture (a section's heading:
        # "S.V. Dáte." under "Minority Outreach Undone By Trump."), or over a section's
        # heading (in capitals or headline case), or the last (see
        # annotate.corpus._signoff.is_name_alone). Between sentences a name may be the
        # story's (an unsigned comment's name stays, test_widgets_promotions_round10).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._body
            and ln.after_blank
            and ln.next_blank
            and (
                self._dropped_last
                or not ln.more
                or is_section_label(ln.below)
                or (bool(ln.below) and title_case(ln.below))
            )
            and is_name_alone(ln.short_whole, self._named_so_far())
        ):
            ln.kind = "sign-off"
        # A source's name of one word alone as a paragraph between the story's, one the story
        # wrote inside a sentence before, not answering a question: an embed's credit (see
        # annotate.corpus._named_sources).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._body
            and ln.after_blank
            and ln.next_blank
            and ln.more
            and not self._kept_text.rstrip("\"'”’) ").endswith("?")
            and is_named_source(ln.short_whole, self._inner_names)
        ):
            ln.kind = "credit"
        # A user's handle alone on its line, not the writer's signing the story off (above):
        # a picture's credit (see annotate.corpus._credits.is_handle_line).
        if ln.kind is None and ln.short_whole is not None and is_handle_line(ln.short_whole):
            ln.kind = "credit"
        # The article's last line, without a mark of its own, going on a run of headlines: a
        # box of related stories' last headline (FNC-1 1076: three headlines under "Related
        # on Checkpoint: ...", the last closing the body). The run tells it as the line under
        # it would; read last, so that a line another rule names keeps its kind. Set close
        # under the run, a headline may end with a stop when its case is one prose never has
        # (HuffPost's "Work Starts Tomorrow, But For Today, Congratulations." under three
        # related headlines, PolNeAR huff-post 2015-12-12).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._body
            and self._headline
            and not ln.more
            and (
                not ends_sentence(ln.short_whole)
                or (not ln.after_blank and headline_case(ln.short_whole))
            )
            and is_headline(ln.short_whole, after="", in_run=True)
        ):
            ln.kind = "headline"
        # A crosshead that asks, alone in its paragraph between two of the story's, once the
        # page has set another head so (see annotate.corpus._subheadings.asks_as_crosshead).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._crossheads
            and self._ended
            and ln.after_blank
            and ln.next_blank
            and ln.short_after
            and asks_as_crosshead(ln.short_whole)
        ):
            ln.kind = "heading"

    def _unmarked_captions(self, ln: _Line) -> None:
        """Step 11, read last so that a line another rule names keeps its kind: captions
        without a mark of their own, told by their place and words, and a gallery box's
        blurb."""
        # A paragraph alone between two of the story's that end theirs, not going on into the
        # next: the place of a caption without its stop (the line, or None).
        placed_alone = (
            ln.short_whole
            if ln.kind is None
            and ln.short_whole is not None
            and self._body
            and self._ended
            and ln.after_blank
            and ln.next_blank
            and ln.more
            and (not ln.short_after or ends_sentence(ln.below))
            and not continues(ln.short_whole, ln.opening)
            else None
        )
        # There, telling what a picture shows (see annotate.corpus._scene_captions); read
        # last, so that a line another rule names keeps its kind. As a caption told by its
        # words, it tells that the page sets its captions so.
        if (
            placed_alone is not None
            and is_unmarked_caption(placed_alone)
            and (shows_scene(placed_alone) or is_placed_scene(placed_alone))
        ):
            ln.kind = "caption"
            self._captions = True
        # Or one on a page that has set several captions so, and kept no line of the shape (see
        # annotate.corpus._captions.is_caption_among_unmarked).
        if (
            placed_alone is not None
            and ln.kind is None
            and not self._shaped
            and is_caption_among_unmarked(placed_alone, self._unmarked_set)
        ):
            ln.kind = "caption"
        # The article's last line, alone after a paragraph that ends a sentence, naming with no
        # verb the thing the story told of, or set without its stop: the caption of a picture
        # closing the page (see annotate.corpus._told_things).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._body
            and self._ended
            and ln.after_blank
            and not ln.more
            and (
                is_closing_caption(ln.short_whole)
                or names_told_thing(ln.short_whole, self._named_so_far())
            )
        ):
            ln.kind = "caption"
        # A paragraph after the story's end, set apart, whose last sentence places what a
        # picture shows in its frame: a caption with its stops (see
        # annotate.corpus._framed_captions).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._body
            and self._ended
            and ln.after_blank
            and ln.next_blank
            and places_in_frame(ln.short_whole)
        ):
            ln.kind = "caption"
        # A phrase of a few words with an article first and no verb or stop, alone on its raw
        # line, the next line not going on with it: a caption, or a crosshead with its words
        # capitalised (see annotate.corpus._told_things.is_bare_phrase). Not only in the
        # body: a page whose paragraphs lost their stops never starts it (FNC-1 86).
        if (
            ln.kind is None
            and ln.short_whole is not None
            and not continues(ln.short_whole, ln.opening)
            and is_bare_phrase(ln.short_whole)
        ):
            ln.kind = "heading" if is_capitalised(ln.short_whole) else "caption"
        # A gallery box's blurb, set close under its title set close under its label (see
        # annotate.corpus._gallery_blurbs); read last, as the scene's caption above.
        if (
            ln.kind is None
            and ln.short_whole is not None
            and self._gallery_box == 2
            and not ln.after_blank
            and is_gallery_blurb(ln.short_whole)
        ):
            ln.kind = "caption"
        # The box's label dropped (1), then its title set close under it (2), each with a
        # line set close under it.
        self._gallery_box = (
            2
            if self._gallery_box == 1
            and ln.kind is not None
            and not ln.after_blank
            and not ln.next_blank
            else 1
            if ln.kind is not None
            and ln.short_whole is not None
            and not ln.next_blank
            and is_gallery_label(ln.short_whole)
            else 0
        )

    def _for_the_lines_after(self, ln: _Line) -> None:
        """Step 12: what the lines after this one read of it (the stream's state)."""
        self._bullets = (self._bullets if ln.in_block else 0) + 1 if ln.shape else 0
        self._shape = ln.shape or self._shape
        led_clause = self._colon and ln.after_blank
        self._led_sentences = (
            (self._led_sentences or 0)
            + (ln.short_whole is not None and ends_sentence(ln.short_whole))
            if ln.in_led_block and ln.kind is None
            else None
        )
        self._colon = ln.short_whole is not None and ln.short_whole.rstrip().endswith(":")
        self._clauses = ln.clause and ln.kind is None
        if (
            ln.after_blank
            and ln.kind is None
            and ln.short_whole is not None
            and ends_sentence(ln.short_whole)
        ):
            # The first item is a short sentence right under the lead-in (its verb may be one
            # the learned list lacks: "Shorten or eliminate ..."); the others are clauses.
            if (
                led_clause
                and _at_most_words(ln.short_whole, _CLAUSE_WORDS)
                and not has_inner_end(ln.short_whole)
                and _LOWER_SECOND.match(ln.short_whole) is not None
            ):
                self._clause_items = 1
            elif self._clause_items and is_clause_item(ln.short_whole):
                self._clause_items += 1
        if ln.kind == "list" and self._kept_text.rstrip().endswith(":"):
            self._lead_ins.add(self._kept_number)
        # A list of names set apart right under a kept line: the line may be its heading (see
        # annotate.corpus._roster_heads).
        if ln.kind == "list" and ln.after_blank and self._kept_number and not self._dropped_last:
            self._over_lists.add(self._kept_number)
        self._item = ln.item if ln.kind == "list" else 0
        self._row = ln.row and ln.kind == "scores"
        # In a section of readers' posts from its label to the next heading, and once a post
        # was signed in it (_letters).
        if ln.kind == "heading" and ln.short_whole is not None:
            self._social = 1 if is_social_label(ln.short_whole) else 0
        # The label's shape is a credit's too ("Facebook.", a network's name alone, under a
        # letter's signature, PolNeAR usa-today 2016-10-21): in a paragraph of its own, it opens
        # the section as well.
        elif (
            ln.kind == "credit"
            and ln.short_whole is not None
            and ln.after_blank
            and ln.next_blank
            and is_social_label(ln.short_whole)
        ):
            self._social = 1
        elif ln.kind == "comment" and self._social:
            self._social = 2
        # The line under a comment's head is the comment, whatever took the head.
        self._comment_head = ln.comment_head
        self._comments_label = ln.short_whole is not None and is_comments_label(ln.short_whole)
        # A number alone is a counter's or a list's, over the story's lines, not a box's row.
        self._scored = (
            ln.kind == "scores"
            and ln.short_whole is not None
            and any(c.isalpha() for c in ln.short_whole)
        )
        self._headline = ln.kind == "headline"
        self._picture_title = ln.picture_title
        self._alt = ln.alt
        # A picture viewer's button glued to its picture's name (1), then its credit set close
        # under it (2): the line set close under the credit is the caption.
        self._viewer = (
            1
            if ln.kind is not None
            and ln.short_whole is not None
            and is_viewer_button(ln.short_whole)
            else 2
            if self._viewer == 1
            and not ln.after_blank
            and ln.short_whole is not None
            and is_viewer_credit(ln.short_whole)
            else 0
        )
        self._gallery = (
            ln.kind == "caption"
            and ln.short_whole is not None
            and is_gallery_caption(ln.short_whole)
        )
        self._linked = ln.kind == "link"
        # A section's label in capitals, then its headline, both dropped as headings: the
        # page sets its sections so (see annotate.corpus._sections.heads_under_label).
        self._labelled_heads = self._labelled_heads or (self._under_label and ln.kind == "heading")
        self._under_label = (
            ln.kind == "heading"
            and ln.short_whole is not None
            and ln.short_whole.upper() == ln.short_whole
        )
        self._listed = ln.listed or (
            ln.kind == "call"
            and ln.short_whole is not None
            and ln.short_whole.rstrip().endswith(":")
        )
        figure = ln.kind == "scores" and ln.short_whole is not None and is_figure(ln.short_whole)
        self._figure_labels = self._figure_labels + ln.labelled if (figure or ln.labelled) else 0
        self._figure = figure
        self._count = figure and is_count(cast(str, ln.short_whole))
        self._counter = (
            1 if ln.counted else 2 if self._counter == 1 and figure else 3 if ln.slide else 0
        )
        self._figures = self._figures or figure
        self._update_heads = not self._body and (
            (ln.kind == "date" and ln.short_whole is not None and is_update_stamp(ln.short_whole))
            or (self._update_heads and ln.kind is not None)
        )
        self._note = (
            ln.short_whole if ln.kind == "note" and ln.short_whole is not None else ln.glued_note
        )
        self._appended = self._appended or (self._note != "" and opens_note(self._note))
        self._teasers = ln.kind in ("link", "duplicate") and (
            self._teasers or (ln.short_whole is not None and is_teaser_label(ln.short_whole))
        )
        self._box = ln.kind is not None and (
            self._box or (ln.short_whole is not None and is_box_label(ln.short_whole))
        )
        self._stamped = self._box and ln.short_whole is not None and is_stamp(ln.short_whole)
        # The box goes on over lines other rules drop (an ad in headline case, its address).
        # Its spacing is that of its second line: the gap under a label often differs.
        if ln.label or ln.widget:
            self._ads, self._ad_spacing, self._ad_first = True, None, True
            self._ad_calls = not ln.label
        else:
            self._ads = ln.kind is not None and ln.in_box
            if not self._ads or self._ad_first:
                self._ad_spacing = None
            elif self._ad_spacing is None:
                self._ad_spacing = ln.after_blank
            self._ad_first = False
        # A slide's title set again after its number, close under the first (see _slides).
        self._slide_title = (
            ln.kind is not None
            and not ln.after_blank
            and self._above is not None
            and ln.short_whole is not None
            and numbers_title(ln.short_whole, self._above[1])
        )
        # A copy of the line above leaves that line the one a next copy is read against.
        if ln.kind != "duplicate":
            self._above = (
                (ln.kind, ln.short_whole)
                if ln.kind in _COPIED and ln.short_whole is not None
                else None
            )
        self._teaser = ln.short_whole if ln.kind == "link" and ln.short_whole is not None else ""
        if len(ln.whole) >= PARAGRAPH_CHARS:
            self._spaced += ln.next_blank
            self._packed = self._packed or not ln.next_blank
        self._dropped_last = ln.kind is not None
        self._unmarked_set += (
            ln.kind in ("caption", "headline")
            and self._body
            and ln.after_blank
            and ln.next_blank
            and ln.short_whole is not None
            and is_unmarked_caption(ln.short_whole, sentences=True)
        )
        self._crossheads = self._crossheads or (
            ln.kind in ("heading", "headline")
            and self._body
            and self._ended
            and ln.after_blank
            and ln.next_blank
            and ln.short_after
        )
        # The run of cut headlines goes on over lines other rules drop; a kept line ends it.
        self._cut_run = ln.cut_run or (self._cut_run and ln.kind is not None)
        self._sources = ln.sources or (self._sources and ln.kind is not None)
        self._decided.append((ln.number, ln.kind))
        self._last_line = ln.short_whole or ""
        if ln.short_whole is not None and is_sponsor_label(ln.short_whole):
            self._sponsors.add(ln.number)

    def _recorded(self, ln: _Line) -> tuple[str | bytearray, bool] | None:
        """Step 13: what is recorded (the line dropped whole, or the pieces cut off the kept
        line), and the kept line remembered; the line as kept, or None when it is dropped."""
        # What was cut off the line's start is recorded whether the rest is kept or not.
        wire = (("credit", ln.wire), ("credit", ln.byline), ("heading", ln.wire_head))
        self.dropped.extend(Dropped(ln.number, k, t) for k, t in wire if t)
        if ln.kind is not None:
            text = (
                ln.whole if isinstance(ln.whole, str) else ln.whole.decode("utf-8", "surrogatepass")
            )
            self.dropped.append(Dropped(ln.number, ln.kind, text))
            if ln.kind == "tweet" and not ln.long:
                self._tweets.append(text)
            if ln.kind == "caption" and not ln.long:
                self._captioned.append((ln.number, text))
            return None
        # The pieces cut off the kept line. Dropped lines are sorted by line number alone, so
        # this is the order a line's pieces are listed in.
        starts = (("note", ln.lead), ("markup", ln.debris), ("label", ln.field_label))
        self.dropped.extend(Dropped(ln.number, k, t) for k, t in starts if t)
        self.dropped.extend(Dropped(ln.number, k, t) for k, t in ln.entries)
        self.dropped.extend(Dropped(ln.number, "credit", c) for c in ln.credits)
        self.dropped.extend(Dropped(ln.number, "call", c) for c in ln.calls)
        ends = (("sign-off", ln.end), ("code", ln.code), ("link", ln.link))
        self.dropped.extend(Dropped(ln.number, k, t) for k, t in ends if t)
        self.dropped.extend(Dropped(ln.number, "tweet", t) for t in ln.tweets)
        self.dropped.extend(Dropped(ln.number, "caption", c) for c in ln.glued_captions)
        self._seen.add(ln.key)
        # The same sentence without the dateline it opened with is a copy of it as well (a
        # teaser repeating the lead, see annotate.corpus._dateline.undated).
        if isinstance(ln.line, str) and (rest := undated(ln.line)):
            self._seen.add(_key(rest))
        if isinstance(ln.line, str) and is_unmarked_caption(ln.line):
            self._shaped.add(ln.key)
        # A long line is read by its end only (its last characters hold any closing mark):
        # as the same line read whole, or the next line's rules differ by the line's length.
        # Read whole, with what was cut off it: a round-up's item keeps its writer's name as
        # the mark of its end even once the name is cut off as a credit.
        self._kept_text = ln.short_whole if ln.short_whole is not None else ""
        if ln.short_whole is not None:
            self._inner_names.update(inner_names(ln.short_whole))
        self._kept_number = ln.number
        self._ended = _ends_sentence(ln.line)
        self._body = self._body or self._ended
        self._pointed = self._pointed and not self._ended
        self._quotation = isinstance(ln.line, str) and is_quotation(ln.line)
        if not ln.long:
            # A bullet left at the kept line's start, once every rule has read the line as the
            # page set it (see annotate.corpus._bullets.split_bullet). A long line is article
            # text, read whole or a window at a time: cut on neither path.
            bullet, ln.line = split_bullet(cast(str, ln.line))
            if bullet:
                self.dropped.append(Dropped(ln.number, "markup", bullet))
        if isinstance(ln.line, str):
            digits = [m.group(2) for m in _FOOTNOTE.finditer(ln.line)]
            if digits:
                ln.line = _FOOTNOTE.sub(r"\1", ln.line)
        else:
            digits = _drop_footnotes(ln.line, _utf8.PIECE)
        self.dropped.extend(Dropped(ln.number, "footnote", d) for d in digits)
        return ln.line, ln.long


# A promotion's name set over it as its label: a few words with no sentence end, which the
# promotion under it opens with ("firstFT" over "FirstFT is our new essential daily email
# briefing ...", FNC-1 1337).
_PROMOTION_NAME_WORDS = 3


def _page_kind(words: str, rules: _Rules) -> str | None:
    """What the words a page set between two entries of a flattened live blog are (after
    one's last sentence, before the next one's stamp), or None when they may be prose."""
    if rules.boilerplate.search(words):
        return "boilerplate"
    if is_tweet_sign_off(words):
        return "tweet"
    if is_picture_credit(words):
        return "credit"
    if title_case(words) or non_prose(words) is not None:
        return "caption"
    return None


def _names_promotion(line: str, below: str, rules: _Rules) -> bool:
    """Whether ``line`` is the name of the promotion on the next line (``below``)."""
    return (
        len(below) > len(line)
        and below[len(line)] == " "
        and below[: len(line)].lower() == line.lower()
        and len(line.split()) <= _PROMOTION_NAME_WORDS
        and not ends_sentence(line)
        and rules.boilerplate.search(below) is not None
    )


def _ends_sentence(text: str | bytearray) -> bool:
    """Whether a kept line, a str or a long line's UTF-8 bytes, ends its sentence."""
    return ends_sentence(
        text if isinstance(text, str) else bytes(text[-_END_BYTES:]).decode("utf-8", "ignore")
    )


def _as_bytes(line: str | bytearray) -> bytearray:
    """A long line as its UTF-8 bytes (see :meth:`KeptStream._runs`)."""
    return line if isinstance(line, bytearray) else bytearray(line.encode("utf-8", "surrogatepass"))


def _joined(run: list[str] | str | bytearray) -> str | bytearray:
    """A kept line and the lines joined to it, as one line: UTF-8 bytes when it is long."""
    if not isinstance(run, list):
        return run
    if len(run) == 1 or sum(map(len, run)) + len(run) - 1 <= _normalise.LONG_LINE:
        return " ".join(run)
    out = bytearray()
    for i, part in enumerate(run):
        out += (
            part.encode("utf-8", "surrogatepass")
            if not i
            else f" {part}".encode("utf-8", "surrogatepass")
        )
        run[i] = ""  # each piece goes once its bytes are made
    return out


# A section's label over the page's first paragraph is a word or a few ("Outline"); a longer
# line in title case there is the headline's, left to the title rules.
_TOP_LABEL_WORDS = 3
