"""A very long article read, cleaned and segmented a window at a time gives today's outputs.

A large plain-text file is decoded a piece at a time, a line longer than ``LONG_LINE`` is kept
as UTF-8 bytes and read back a window at a time (``_utf8.pieces``), so that the article is
never one ``str`` (issue #10 item 11: a 50 MB article with one emoji is a 200 MB str). Every
threshold is made small here so that short generated texts take the windowed path.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotate.corpus import _article, _clean, _normalise, _pull_quotes, _readers, _segment, _utf8
from annotate.corpus._ads import is_ad, is_ad_label, is_sponsor_label, is_widget_link
from annotate.corpus._alt_text import alts_lead_in, captions_alt, is_numbered_alt, opens_with_alt
from annotate.corpus._article import process_chunk, sentence_rows
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
    goes_on_story,
    is_credited_caption,
    is_unmarked_caption,
    is_verbless_caption,
    split_glued_caption,
    titles_picture,
)
from annotate.corpus._clean import clean, is_viewer_button
from annotate.corpus._closing_prompts import closing_prompts
from annotate.corpus._code import code_tail
from annotate.corpus._context import among_furniture
from annotate.corpus._counted_heads import is_count, is_head_under_count
from annotate.corpus._credited_captions import (
    is_caption_over_credit,
    is_viewer_caption,
    is_viewer_credit,
)
from annotate.corpus._credits import (
    is_bare_source,
    is_caps_picture_credit,
    is_handle_line,
    is_picture_credit,
    is_picture_credit_line,
    split_credits,
)
from annotate.corpus._cut_teasers import cuts_phrase, is_cut_teaser, is_kicker_cry
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
from annotate.corpus._dateline import dateline_end
from annotate.corpus._decks import (
    is_deck_tail,
    is_lower_deck,
    is_noun_deck,
    is_participle_deck,
    is_split_deck,
)
from annotate.corpus._embed_labels import embed_labels
from annotate.corpus._entities import decode_entities, has_entity
from annotate.corpus._field_labels import split_field_label
from annotate.corpus._flattened_heads import split_inner_heads
from annotate.corpus._furniture import (
    ends_with_tweet_sign_off,
    has_caption_label,
    is_figure,
    is_teaser,
    is_teaser_label,
    is_tweet_sign_off,
    is_tweet_text,
    non_prose,
    split_tag_tail,
)
from annotate.corpus._gallery_blurbs import is_gallery_blurb, is_gallery_label
from annotate.corpus._gallery_captions import is_framed_label
from annotate.corpus._glued_headings import cut_glued_headings
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
    title_case,
)
from annotate.corpus._inline_heads import inline_heads
from annotate.corpus._inserted_stories import inserted_stories
from annotate.corpus._kickers import is_kicker, is_lower_kicker
from annotate.corpus._lead_ins import leads_into_quote
from annotate.corpus._letters import is_signature, is_social_label, signs_post
from annotate.corpus._live_updates import (
    is_standing_header,
    is_update_head,
    is_update_stamp,
    split_live_blog,
)
from annotate.corpus._named_sources import inner_names, is_named_source
from annotate.corpus._normalise import normalise_line
from annotate.corpus._notes import is_note, opens_note, quoted_under_lead_in, split_lead_note
from annotate.corpus._notices import is_rights_notice, is_site_notice
from annotate.corpus._opening_captions import opening_captions
from annotate.corpus._polls import asks_poll
from annotate.corpus._quoted_sources import QUOTED_HEADLINE_WORDS, is_quoted_source
from annotate.corpus._reader_calls import split_calls
from annotate.corpus._readers import RawArticle, Skipped, Warned
from annotate.corpus._related import is_sibling_teaser, teaser_label
from annotate.corpus._scene_captions import is_placed_scene, shows_scene
from annotate.corpus._sections import heads_next_item, heads_under_label, numbered_heading
from annotate.corpus._segment import segment, segment_utf8
from annotate.corpus._signoff import (
    is_foot_line,
    is_fragment,
    is_name_alone,
    is_section_label,
    is_sign_off,
    name_words,
    split_end_mark,
    split_section_name,
)
from annotate.corpus._slides import numbers_title
from annotate.corpus._sources import is_citation, is_sources_label
from annotate.corpus._stubs import continues, resumes_after_comma, resumes_after_ellipsis
from annotate.corpus._subheadings import is_subheading, is_verbless
from annotate.corpus._table_rows import (
    is_box_note,
    is_figure_heading,
    is_figure_label,
    is_table_question,
    is_table_row,
)
from annotate.corpus._tweets import (
    is_hashtag_post,
    retweet_start,
    split_glued_tweet,
)
from annotate.corpus._widgets import is_bulleted

# Tokens that exercise every step: sentence ends, abbreviations, quotes and brackets (the
# window cuts), a footnote marker, NFC (a combining accent), the translation table (no-break
# and zero-width spaces, a tab), runs of spaces, an emoji (4 bytes), every kind of line break.
_TOKENS = [
    *"Ab. 1x ",
    "  ",
    "Mr. Smith",
    " said",
    "word12.",
    "“Yes.”",
    "(as ‘he’ said)",
    "e\u0301",
    "\u00a0",
    "\u200b",
    "\t",
    "\U0001f600",
    "l The",  # a symbol font's bullet (round 20)
    "■ ",
    "…",
    "! ",
    "? ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u2028",
    # Issue 12's boundary corrections and datelines, read through the bytes of a long line.
    "WASHINGTON (AP) — ",
    " he asked.",
    " at 9 p.m. EST",
    ")",
    "; ",
]
_TEXT = st.lists(st.sampled_from(_TOKENS), max_size=80).map("".join)


@contextlib.contextmanager
def small_windows() -> Iterator[None]:
    """Every window and threshold of the long-line path a few characters wide."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_normalise, "LONG_LINE", 24)
        patch.setattr(_utf8, "PIECE", 5)
        patch.setattr(_readers, "_SCAN_CHUNK", 7)
        patch.setattr(_readers, "STREAM_BYTES", 0)
        patch.setattr(_segment, "WINDOW", 16)
        patch.setattr(_segment, "MAX_SENTENCE", 40)
        yield


def _chunks(text: str, sizes: list[int]) -> Iterator[str]:
    at = 0
    for size in sizes:
        yield text[at : at + size]
        at += size
    yield text[at:]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.integers(min_value=0, max_value=9)), st.integers(1, 30))
def test_normalised_stream_equals_normalised_parts(raw: str, sizes: list[int], window: int) -> None:
    # The raw text given in arbitrary pieces ("\r" and "\n" of a "\r\n" apart, a long line
    # across many pieces) gives the lines of the whole text, long ones as the same bytes.
    streamed = list(_normalise.normalised_stream(_chunks(raw, sizes), window=window))
    assert streamed == _normalise.normalised_parts(raw, window=window)
    assert [isinstance(p, str) for p in streamed] == [
        len(line) <= window
        for line in raw.splitlines()  # no U+001C or U+001D in _TOKENS
    ]


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(1, 30), st.integers(1, 60), st.integers(1, 9))
def test_segment_utf8_equals_segment_of_the_decoded_line(
    text: str, window: int, max_sentence: int, piece: int
) -> None:
    # segment_utf8 reads the line's bytes a few characters at a time; the spans (and their
    # byte offsets) are those of segment() on the whole line as a str.
    line = normalise_line(text.replace("\n", " ").replace("\r", " ").replace("\u2028", " "))
    if not line:
        return
    data = line.encode("utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_utf8, "PIECE", piece)
        got = list(segment_utf8(data, window=window, max_sentence=max_sentence))
    expected = [
        (s, e, len(line[:s].encode()), len(line[:e].encode()))
        for s, e in segment(line, window=window, max_sentence=max_sentence)
    ]
    assert got == expected


def _process_file(path: Path) -> list[Any]:
    raw = RawArticle(
        origin=path.name,
        identity=path.name,
        kind="text",
        text="",
        file=str(path),
        size=path.stat().st_size,
    )
    return list(process_chunk([raw]))


@settings(max_examples=200, deadline=None)
@given(_TEXT)
# Found by hypothesis: a long line that ends a sentence, then a lone word (a label, not the
# article's sign-off, whether the line was read whole or a window at a time).
@example("AAAA(as ‘he’ said)word12.\nb")
# Found by hypothesis: a long line without a final mark between two lines dropped as furniture
# (lone letters) is article text on both paths, not taken by its neighbours (see _context).
@example("A\nAAMr. Smith at 9 p.m. EST\nA")
# Found by hypothesis: a short line over a long one is no list item (the long line is article
# text, read whole or a window at a time: see _bullets).
@example("Mr. Smith\nAA\nWASHINGTON (AP) — AAA; AA")
# Found by hypothesis: a long line read whole (a str) started a run of list items that the
# short line under it joined, and read by windows (bytes) did not (see _clean's short_whole).
@example("AAAAAWASHINGTON (AP) — AA\nAA")
# Found by hypothesis: a short line over a long one that starts in lower case goes on with
# it whether the long line came whole or as bytes (see _clean._opening); every other rule
# reads the next line only when it is short.
@example("WASHINGTON (AP) — word12.\nAA\n he asked.AA(as ‘he’ said)")
# Found by hypothesis: a long line under a figure alone is no slideshow counter's "of" (the
# rule read the line as text and failed on its bytes).
@example("AA\n1\n(as ‘he’ said)(as ‘he’ said)")
# A paragraph rule after _runs (a list's heads, a series' first subheading) read a long line
# as text when it came whole and skipped its bytes: _runs hands it on as bytes on both paths.
@example(
    "Title\n\nThe story begins here and it is told in full.\n\nHere is the selection of the"
    " notable emails:\n\nHeaping praise on Pat Kennedy.\n\nClinton wrote a long note about the"
    " matter to her staff that day.\n\nAsserting her role as a strategist.\n\nShe sent the memo"
    " to the aides on the next morning of the week."
)
def test_windowed_article_equals_the_whole_text_path(raw_text: str) -> None:
    # The property the memory round rests on: a file decoded a piece at a time, its long
    # lines normalised, cleaned and segmented as UTF-8 bytes a window at a time, gives the
    # text, offsets, title, dropped lines and hash of clean() + segment() on the whole text.
    import hashlib
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, small_windows():
        path = Path(tmp) / "long.txt"
        path.write_bytes(raw_text.encode("utf-8"))
        if not raw_text.strip():
            return
        results = _process_file(path)
        cleaned = clean(raw_text, first_line_is_title=True)
        spans = _spans_as_main(cleaned.text)
    (result,) = results
    if not cleaned.text:
        assert isinstance(result, Skipped)
        return
    assert not isinstance(result, (Skipped, Warned))
    article, offsets = result
    text = cleaned.text
    assert bytes(article["text"]) == text.encode("utf-8")
    assert article["title"] == cleaned.title
    assert article["raw_sha256"] == hashlib.sha256(raw_text.encode("utf-8")).hexdigest()
    assert [(d["line"], d["kind"], d["text"]) for d in article["dropped"]] == [
        (d.line, d.kind, d.text) for d in cleaned.dropped
    ]
    expected = []
    for start, end in spans:
        expected += [start, end, len(text[:start].encode()), len(text[:end].encode())]
    assert list(offsets) == expected


def _spans_as_main(text: str) -> list[tuple[int, int]]:
    """Main's process() spans of a cleaned text: each line segmented after its dateline."""
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if line:
            cut = dateline_end(line, before=len(spans))
            spans += [(at + cut + s, at + cut + e) for s, e in segment(line[cut:])]
        at += len(line) + 1
    return spans


def test_a_long_line_is_always_article_text(tmp_path: Path) -> None:
    # The stated rule (kept_lines): a line over LONG_LINE characters is never boilerplate, a
    # caption or the title, whatever it starts or ends with; it is still a duplicate when it
    # repeats a line, and its footnote markers still go.
    long = "Share this article, its distance1. is known " + "x" * 10 + " (AP Photo)"
    with small_windows():
        kept = _clean.kept_lines(
            [long, "", "A short line.", "", long, "A last line."], first_line_is_title=True
        )
    # A long line comes out as its UTF-8 bytes, as it does read a window at a time.
    kept_long = bytearray(long.replace("distance1.", "distance.").encode())
    assert kept.lines == [kept_long, "A short line.", "A last line."]
    assert kept.title is None
    assert [(d.line, d.kind, d.text) for d in kept.dropped] == [
        (1, "footnote", "1"),
        (5, "duplicate", long),
    ]
    # Normal lines are unchanged: the same line, short, is boilerplate.
    assert [d.kind for d in _clean.kept_lines(["Share this article"]).dropped] == ["boilerplate"]


def test_damaged_bytes_in_a_streamed_file_are_reported_as_in_a_whole_file(
    tmp_path: Path,
) -> None:
    # A byte that is not UTF-8, in a UTF-8 file read a piece at a time: replaced and reported
    # by its line, as when the file is read whole; a sidecar problem comes after, as it does.
    path = tmp_path / "a.txt"
    body = "Title\n\n" + "A café sentence here. " * 5 + "\n"
    path.write_bytes(body.encode() + b"Bad \xff byte here.\n" + body.encode() + b"\xfe.\n")
    (tmp_path / "a.meta.json").write_text("[1]")
    whole = _process_file(path)
    with small_windows():
        streamed = _process_file(path)
    assert [r for r in streamed if isinstance(r, (Skipped, Warned))] == [
        r for r in whole if isinstance(r, (Skipped, Warned))
    ]
    assert [type(r).__name__ for r in streamed] == ["Warned", "Warned", "Skipped", "tuple"]
    assert bytes(streamed[-1][0]["text"]) == whole[-1][0]["text"]


def test_a_file_undecodable_part_way_is_skipped_as_a_whole(tmp_path: Path) -> None:
    # UTF-16 (a BOM) is decoded strictly; a broken pair found part way through a streamed
    # file skips the article with the message the whole-file read gives.
    path = tmp_path / "a.txt"
    path.write_bytes(("Title\n\n" + "Some text here. " * 4).encode("utf-16") + b"\x00\xd8\x41\x00")
    whole = _process_file(path)
    with small_windows():
        streamed = _process_file(path)
    assert streamed == whole
    ((skipped),) = streamed
    assert isinstance(skipped, Skipped) and "not valid utf-16" in skipped.reason


def test_only_large_plain_text_files_are_streamed(tmp_path: Path) -> None:
    # Normal-size articles take exactly the whole-text path; so does Markdown, whose markup
    # rule can reach across lines.
    small = tmp_path / "a.txt"
    small.write_text("Title\n\nText.\n")
    raw = RawArticle("a.txt", "a.txt", "text", "", file=str(small), size=small.stat().st_size)
    _, loaded = _readers.load_text(raw)
    assert loaded is not None and loaded.pieces is None and loaded.text
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_readers, "STREAM_BYTES", 0)
        _, loaded = _readers.load_text(raw)
        assert loaded is not None and loaded.pieces is not None and loaded.text == ""
        md = tmp_path / "b.md"
        md.write_text("# Title\n\nText.\n")
        raw_md = RawArticle("b.md", "b.md", "text", "", file=str(md), size=md.stat().st_size)
        _, loaded = _readers.load_text(raw_md)
        assert loaded is not None and loaded.pieces is None


def test_a_long_article_is_never_held_as_one_str(tmp_path: Path) -> None:
    # The worker's memory: a file of one long line with an emoji (4 bytes a character as a
    # str) is cleaned and segmented from its UTF-8 bytes; what Python allocates at its peak
    # stays about 3x the file (it was 12x: the decoded text, the raw bytes, the line, ...).
    # Thresholds scaled down (windows of 16 KB for a 300 KB file) so that this runs fast.
    import tracemalloc

    sentence = (
        "Officials said on Friday that the talks, which began in Vienna last week and were "
        "meant to end a dispute over shipments, would go on. Mr. Smith 😀 left the hall at "
        "9 a.m. on Friday, before the vote was taken by the delegates. "
    )
    path = tmp_path / "one-line.txt"
    path.write_text("A title\n\n" + sentence * (300_000 // len(sentence)) + "\n", "utf-8")
    size = path.stat().st_size
    # Imports, compiled rules and lexicons loaded on first use stay outside the trace: the
    # warm-up takes the same paths (a long line, streamed), the file only a third as long.
    warm_up = tmp_path / "warm-up.txt"
    warm_up.write_text("Warm up\n\n" + sentence * (120_000 // len(sentence)) + "\n", "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_normalise, "LONG_LINE", 16_000)
        patch.setattr(_utf8, "PIECE", 16_000)
        patch.setattr(_readers, "_SCAN_CHUNK", 16_000)
        patch.setattr(_readers, "STREAM_BYTES", 100_000)
        _process_file(warm_up)
        tracemalloc.start()
        try:
            (result,) = _process_file(path)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert not isinstance(result, (Skipped, Warned))
    assert len(result[1]) // 4 == 2 * (300_000 // len(sentence))  # two sentences a repeat
    # 2.99x measured alone (2026-12-01); 3.49-3.54x by 2026-12-04 (ten runs outside pytest,
    # the same on 48c40a8 and round 24; 3.47-3.50x inside it), so a bound of 3.5x failed
    # by chance. The result's rows alone are about 1.5x; the text held as one str would add
    # 4x (4 bytes a character with the emoji) on top of them, so a bound of 3.75x still fails
    # that, and stays above the noise.
    assert peak < 3.75 * size, f"peak {peak:,} bytes for a {size:,}-byte file"


def _named_so_far(kept: list[tuple[int, str]], kept_text: str) -> set[str]:
    """The capitalised words of the kept lines and of the last one whole (fix/seg54)."""
    return {w for _, text in kept for w in name_words(text)} | set(name_words(kept_text))


def _last_caption(dropped: list[_clean.Dropped], number: int) -> _clean.Dropped | None:
    """The last caption the line rules dropped before raw line ``number``, short enough to be
    read by the pull quotes' stage (as annotate.corpus._pull_quotes keeps it)."""
    before = [
        d
        for d in dropped
        if d.kind == "caption" and len(d.text) <= _normalise.LONG_LINE and d.line < number
    ]
    return max(before, key=lambda d: d.line) if before else None


def _kept_lines_as_a_list(lines: list[str], title: str | None, first_line_is_title: bool) -> Any:
    """The cleaner as it was before it took lines one at a time (a reference for the test):
    main's list-based ``kept_lines`` with issue 12's rules (entities, credits, non-prose,
    stub joins, the heading's look at the next line), as of commit e38cf0a, the lines
    of the body without a sentence end and the tweets before a sign-off (fix/seg5), and a
    script cut off a line's end, glued link lists, lone words, tweets ending in their
    sign-off, the article's sign-off and a box of links under its label (fix/seg7), and
    notes about the article with the lines their sentence runs on to, a headline alone
    at the top of an article without a title, pull quotes and the names under them
    (fix/seg8), and ad widgets, calls to the reader and writers' lines by a position
    (fix/seg9), and tweets ending in their short link, a few lower-case words alone, a
    wire's end mark and the labels and headline of a quoted piece (fix/seg12), and a name
    under a quotation whole left to the pull-quote stage (fix/seg18), and the context stage
    over the list's decisions (fix/seg21), and a caption closed by its picture's credit
    (fix/seg22), and a copy of the furniture line above (fix/seg22), and tables' rows and
    bulleted lists that lost their bullets (fix/seg25), and a letter's signature (fix/seg26), and a
    correction under its label alone, a bracketed note or a fact-check's label cut off a line's
    start (fix/seg31), and embedded posts: a tweet element broken over two lines, a post told
    by its hashtag, a copy of a tweet dropped above, a retweet and a glued tweet cut out of a
    line (fix/seg34), and a list's imperative items set as paragraphs (fix/seg40), and a related
    box's last headline closing the body (fix/seg73), and a box of headlines cut off at its
    width, a caption set twice and a list of sources under its label (fix/seg74), and a
    caption under its picture's credit line (round 22), and the reader's prompts closing the
    article (round 23), and a deck in headlinese under the title (round 24), and an element of
    markup broken over any lines, an embed's label over its title, a picture's alt text under
    its lead-in, a slide's caption under its numbered title, another story's headline set
    inline between paragraphs and a caption that says the sentence before it in other words
    (round 30)."""
    rules = _clean._rules()
    lines = list(lines)
    last = max((i for i, line in enumerate(lines) if line), default=-1)
    # The last line with text once its references are decoded ("&#8203;" decodes to none), as
    # the inline headlines' stage is told it (annotate.corpus._clean.KeptStream._last_text).
    last_text = max((i for i, line in enumerate(lines) if _clean._decoded(line)), default=-1)
    dropped: list[_clean.Dropped] = []

    def between(first: int, end: int) -> list[tuple[int, str, str]]:
        """The lines dropped so far between two raw line numbers, as the stages read them."""
        return [
            (d.line, d.kind, d.text)
            for d in sorted(dropped, key=lambda d: d.line)
            if first < d.line < end
        ]

    kept: list[tuple[int, str]] = []
    seen: set[bytes] = set()
    title_done = False
    begun = in_run = False  # a kept line ended a sentence; the line before was a headline
    subheadings = False  # a line was dropped as a subheading
    numbered = 0  # the last section's numbered heading dropped (fix/seg39)
    signed = False  # a letter's signature was dropped (fix/seg49)
    ended = True  # the last kept line ended a sentence (or none was kept)
    kept_text = ""  # the last kept line (fix/seg36)
    inner: set[str] = set()  # capitalised words the kept lines wrote inside a sentence (round 35)
    quotation = False  # the last kept line is a quotation whole (fix/seg18)
    teasers = False  # the lines dropped last are a box of links under its label
    ads, ad_spacing, ad_first = False, None, False  # an ad widget (fix/seg9)
    ad_calls = False  # the widget is a product box under its link (fix/seg12)
    note = ""  # the line just dropped as a note about the article (fix/seg8)
    appended = False  # a note's label alone was read: the note runs to the end (fix/seg31)
    quoted_label = False  # the line just dropped labels a quoted piece (fix/seg12)
    decisions: list[tuple[int, str | None]] = []  # each line's dropped kind or None (fix/seg21)
    sponsors: set[int] = set()  # lines naming an ad's sponsor under the ad (round 29)
    above: tuple[str, str] | None = None  # the line before, dropped as furniture set twice
    after_title = False  # the line before was the title (fix/seg23)
    deck = False  # the line before was a deck under the title (round 26)
    row = False  # the line before was dropped as a table's row (fix/seg25)
    scored = False  # the line before was dropped as a box's row or note, not a number (round 21)
    social = 0  # under a letters page's network label (1), a post signed there (2) (round 21)
    bullets = 0  # list items' shapes in a row in this block, to the line before (fix/seg25)
    linked = False  # the line before was dropped as a link
    teaser_labels: set[str] = set()  # labels of the teasers dropped as links (fix/seg56)
    under_label = labelled_heads = False  # a heading in capitals; one under it (fix/seg56)
    listed = False  # under a call leading into a list, or a bulleted link under one (fix/seg30)
    figure = False  # the line before was a figure alone (fix/seg30)
    count = False  # the line before was a count alone (round 29)
    figure_labels = 0  # figures' labels in the run of figures (fix/seg30)
    figures = False  # a figure alone was dropped: the page's heads (fix/seg48)
    counter = 0  # a slideshow's counter: its "of", its figure, its slide's lines (round 20)
    update_heads = False  # under a live page's update stamp at its top (fix/seg48)
    colon = led = False  # the line before is a lead-in; the run of items is under one
    clauses = False  # the line before was a clause kept under a lead-in (fix/seg38)
    clause_items = 0  # kept paragraphs, each an imperative item under a lead-in (fix/seg40)
    led_sentences: int | None = None  # kept sentences in a block under a lead-in (round 26)
    dashed = ""  # the run of dash-led items the line before was dropped in (fix/seg72)
    cut_run = False  # in a run of headlines cut off at a box's width (fix/seg74)
    last_whole = ""  # the last line decided, whole when short (round 30)
    picture_title = False  # the line before is a picture's title over its caption (round 24)
    viewer = 0  # under a picture viewer's button (1), its credit (2) (round 32)
    alt = False  # the line before is a picture's alt text over a line (round 26)
    captions = False  # a caption was told by its credit or alt text (round 28)
    gallery_box = 0  # under a gallery box's label (1), its title (2) (round 26)
    sources = False  # under a list of sources' label, in its citations (fix/seg74)
    lead_ins: set[int] = set()  # kept lead-ins with a list dropped under them (fix/seg72)
    item_was: str | None = None  # the shape of the last list item's line
    # The tag of the element of markup line breaks cut each line out of, read before the
    # lines' references are decoded, as the stream reads them (round 30).
    elements = [tag for _, tag in broken_elements(lines)]
    slide_title = False  # the line before is a slide's title set again, numbered (round 30)
    tweets: deque[str] = deque(maxlen=_clean._TWEETS_HELD)  # tweets dropped whole (fix/seg34)
    if title is not None:
        title = normalise_line(title) or None
    for i, line in enumerate(lines):
        if line and has_entity(line):
            lines[i] = normalise_line(decode_entities(line))
    for i, line in enumerate(lines):
        if not line:
            continue
        kind = None
        whole = line
        credits: list[str] = []
        entries: list[tuple[str, str]] = []
        calls: list[str] = []
        lead = field = debris = ""
        code = ""
        end = ""
        prose: str | None = None
        captioned = False  # a caption closed by its picture's credit (fix/seg22)
        was_after_title, after_title = after_title, False
        was_alt, alt = alt, False  # the line before is a picture's alt text (round 26)
        was_deck, deck = deck, False  # the line before was a deck under the title (round 26)
        was_slide_title, slide_title = slide_title, False  # a slide's numbered title (round 30)
        following = next((x for x in lines[i + 1 :] if x), "")
        is_row = False
        short_following = following if len(following) <= _normalise.LONG_LINE else ""
        if elements[i] is not None:  # a line of an element broken over lines (round 30)
            kind = "tweet" if elements[i] == "tweet" else "markup"
        elif was_slide_title and i and lines[i - 1]:  # a slide's caption (round 30)
            kind = "caption"
        elif is_table_row(line) and (row or is_table_row(following)):
            kind, is_row = "scores", True  # a table's row in a run (fix/seg25)
        elif (
            (
                is_note(line)
                and not quoted_under_lead_in(
                    line,
                    kept_text,
                    # The story goes on under it (round 35).
                    (bool(following) and len(following) > _normalise.LONG_LINE)
                    or ends_sentence(short_following),
                )
            )  # (round 29)
            or appended
            or (note and continues(note, line))
        ):
            kind = "note"
        elif (
            rules.boilerplate.search(line)
            or is_rights_notice(line)
            or is_site_notice(line)
            or _clean._names_promotion(
                line, following if len(following) <= _normalise.LONG_LINE else "", rules
            )
        ):
            kind = "boilerplate"  # a promotion's name over it (fix/seg30)
        elif _clean._is_caption(line, rules):
            kind = "caption"
        elif (prose := non_prose(line)) == "link":
            kind = "link"
            if (label := teaser_label(line)) is not None:
                teaser_labels.add(label)
        elif is_sibling_teaser(line, teaser_labels):
            kind = "link"  # under the label its siblings were dropped under (fix/seg56)
        else:
            # A bracketed note or a fact-check's label cut off the start (fix/seg31).
            lead, line = split_lead_note(line)
            debris, line = split_tag_tail(line)  # a broken tag's tail (fix/seg60)
            field, line = split_field_label(line)
            cut = code_tail(line) if prose is None else None
            if cut is not None:
                code, line = line[cut:], line[:cut].rstrip()
            if prose is None:  # a flattened live blog's pieces cut out (fix/seg32)
                line, entries = split_live_blog(line, lambda w: _clean._page_kind(w, rules))
                line, heads = split_inner_heads(line)  # subheadings inside the line (round 26)
                entries.extend(("heading", head) for head in heads)
            body, credits = split_credits(line)
            body, calls = split_calls(body)  # (fix/seg9)
            if calls and body:  # a source's credit before the call (fix/seg46)
                body, sourced = split_credits(body)
                credits = sourced + credits
            if i == last:
                body, end = split_end_mark(body)  # (fix/seg12)
            if body and not end:  # a section's writer's name after its sentence (fix/seg54)
                closes = (
                    i == last
                    or is_section_label(short_following)
                    or is_site_notice(short_following)
                )
                body, name = split_section_name(body, closes, _named_so_far(kept, kept_text))
                if name:
                    credits = [name, *credits]
            if calls and not body and not credits:
                kind = "call"
            elif credits and not body:
                kind = "credit"
            elif (credits and _clean._is_short_caption(body, rules)) or (
                not credits and not calls and closes_on_credit(body)
            ):  # a caption closed by a bracketed credit with no stop (fix/seg68)
                kind = "caption"
            captioned = (
                bool(body)
                and (
                    len(body.split()) <= _clean._CREDITED_CAPTION_WORDS
                    or (  # one sentence, a longer caption (fix/seg38)
                        len(body.split()) <= _clean._CREDITED_SENTENCE_WORDS
                        and not has_inner_end(body)
                    )
                )
                and _clean._CAPTION_OPENING.match(body) is None
                and any(is_picture_credit(c) for c in credits)
            ) or (  # any credit, under its picture's title set close over it (round 24)
                picture_title and i > 0 and bool(lines[i - 1]) and bool(body) and bool(credits)
            )
            line = body
        if kind is not None:
            pass
        elif not title_done:
            title_done = True
            if title is not None and _clean._key(line) == _clean._key(title):
                kind = "title"
            elif (title is None and first_line_is_title) or (
                title is None
                and (i == 0 or not lines[i - 1])
                and (i + 1 == len(lines) or not lines[i + 1])
                and i < last
                and is_title_line(line)
            ):
                title, kind = line, "title"
            after_title = kind == "title"
        # A headline's second deck, set close under a title closed by a semicolon (fix/seg33;
        # mirrored in fix/seg36, when hypothesis first drew a title ending "...});").
        elif (
            (
                was_after_title
                and lines[i - 1]
                and title is not None
                and title.rstrip().endswith(";")
                and len(line.split()) <= _clean.DECK_WORDS
            )
            or (
                was_after_title
                and not lines[i - 1]
                and title is not None
                and i + 1 < len(lines)
                and not lines[i + 1]
                and i < last
                and (is_participle_deck(line) or is_noun_deck(line, titled=True))  # (round 26)
            )
            or (
                # A second deck, a noun phrase a blank line under the first (round 26).
                was_deck
                and not lines[i - 1]
                and i + 1 < len(lines)
                and not lines[i + 1]
                and i < last
                and is_noun_deck(line)
            )
        ):
            kind = "headline"
            deck = not lines[i - 1]
        # A deck in lower case, or a deck split mid-phrase and its second half (round 29).
        elif (
            was_after_title
            and not lines[i - 1]
            and i + 1 < len(lines)
            and not lines[i + 1]
            and i < last
            and (
                is_lower_deck(line)
                or is_split_deck(
                    line,
                    below
                    if len(below := next((x for x in lines[i + 1 :] if x), ""))
                    <= _normalise.LONG_LINE
                    else "",
                )
            )
        ) or (was_deck and not lines[i - 1] and is_deck_tail(line)):
            kind = "headline"
            deck = not was_deck
        elif (
            was_after_title
            and lines[i - 1]
            and i + 1 < len(lines)
            and not lines[i + 1]
            and i < last
            and is_kicker(line)
        ):
            kind = "heading"  # a column's name under the title (fix/seg23)
        if kind is None:
            kind = non_prose(line) if credits or code or entries else prose
            # A labelled stub the next line goes on with is joined, not a caption.
            if kind == "caption" and continues(line, following):
                kind = None
        if kind is None and i < last and is_hashtag_post(line):
            kind = "tweet"  # a post told by its hashtag (fix/seg34)
        # A serial format's standing header over its first entry (fix/seg45).
        if (
            kind is None
            and not begun
            and following
            and is_standing_header(line, following, non_prose(following))
        ):
            kind = "heading"
        # A live page's heads under its update stamp, before any sentence (fix/seg48).
        if kind is None and update_heads and not begun and is_update_head(line):
            kind = "headline"
        quoted = False  # (fix/seg12)
        if kind is None and is_quoted_source(line):
            kind, quoted = "label", True
        elif (
            kind is None
            and quoted_label
            and not ends_sentence(line)
            and len(line.split()) <= QUOTED_HEADLINE_WORDS
        ):
            kind = "headline"
        quoted_label = quoted
        if kind is None and _clean._key(line) in seen:
            kind = "duplicate"
        if kind is None and teasers and is_teaser(line):
            kind = "link"
        # A bulleted link under a call leading into a list; a figure's label (fix/seg30).
        was_listed, listed = listed, False
        if kind is None and was_listed and is_bulleted(line):
            kind, listed = "link", True
        labelled = False
        if (
            kind is None
            and figure
            and (figure_labels or is_figure(following))
            and is_figure_label(line)
        ):
            kind, labelled = "scores", True
        # A figure with its unit alone, among figures alone (fix/seg48).
        if kind is None and figures and (i == 0 or not lines[i - 1]) and is_figure_heading(line):
            kind = "scores"
        # A slideshow's counter's "of" (fix/seg14), and the short lines of the slide under it
        # (round 20).
        counted = slide = False
        if (
            kind is None
            and figure
            and len(line) <= _normalise.LONG_LINE
            and line.strip().rstrip(".") == "of"
            and len(following) <= _normalise.LONG_LINE
            and is_figure(following)
        ):
            kind, counted = "scores", True
        # A listicle's head set close under its count alone (round 29).
        if (
            kind is None
            and count
            and lines[i - 1]
            and i + 1 < len(lines)
            and not lines[i + 1]
            and i < last
            and len(whole) <= _normalise.LONG_LINE
            and is_head_under_count(whole)
        ):
            kind = "headline"
        if (
            kind is None
            and (counter == 2 or (counter == 3 and i > 0 and bool(lines[i - 1])))
            and len(line) <= _normalise.LONG_LINE
        ):
            kind, slide = "caption", True
        # A box's note under its rows or notes (round 21).
        if kind is None and scored and len(whole) <= _normalise.LONG_LINE and is_box_note(whole):
            kind = "scores"
        # A reader's post under a letters page's network label (round 21).
        if (
            kind is None
            and social
            and len(whole) <= _normalise.LONG_LINE
            and (
                signs_post(short_following)
                or (social == 2 and not signs_post(whole) and bool(short_following))
            )
        ):
            kind = "comment"
        if kind is None and captioned:
            kind = "caption"
        # A picture's title set close over its caption closed by a credit (round 24).
        titles = (
            len(whole) <= _normalise.LONG_LINE
            and (i == 0 or not lines[i - 1])
            and i + 1 < len(lines)
            and bool(lines[i + 1])
            and len(lines[i + 1]) <= _normalise.LONG_LINE
            and titles_picture(whole, lines[i + 1])
        )
        if kind is None and titles:
            kind = "caption"
        # A caption set close over its picture's credit in capitals (fix/seg46).
        if (
            kind is None
            and len(line) <= _normalise.LONG_LINE
            and i + 1 < len(lines)
            and lines[i + 1]
            and len(lines[i + 1]) <= _normalise.LONG_LINE
            and len(line.split()) <= _clean._CREDITED_CAPTION_WORDS
            and is_caps_picture_credit(lines[i + 1])
        ):
            kind = "caption"
            seen.add(_clean._key(line))
        # Names placed with no verb over a picture's credit line (fix/seg68).
        if (
            kind is None
            and len(line) <= _normalise.LONG_LINE
            and (below := next((x for x in lines[i + 1 :] if x), ""))
            and len(below) <= _normalise.LONG_LINE
            and is_verbless_caption(line)
            and (is_picture_credit_line(below) or is_bare_source(below))  # (round 25)
        ):
            kind = "caption"
        # A sentence alone in its paragraph set close over a picture's credit line, or under
        # its credit in a picture viewer's box (round 32).
        if kind is None and len(whole) <= _normalise.LONG_LINE:
            set_apart = i == 0 or not lines[i - 1]
            if (
                set_apart
                and i + 1 < len(lines)
                and bool(lines[i + 1])
                and len(lines[i + 1]) <= _normalise.LONG_LINE
                and is_caption_over_credit(whole, lines[i + 1])
            ) or (viewer == 2 and not set_apart and is_viewer_caption(whole)):
                kind = "caption"
        # A picture's alt text glued before its caption, over the picture's credit (round 35).
        if (
            kind is None
            and len(whole) <= _normalise.LONG_LINE
            and len(short_following) > 0
            and is_picture_credit_line(short_following)
            and opens_with_alt(whole)
        ):
            kind = "caption"
        # An ad widget's label and the lines under it spaced alike (fix/seg9).
        after_blank = i == 0 or not lines[i - 1]
        label = is_ad_label(line)
        widget = kind == "markup" and is_widget_link(whole)  # (fix/seg12)
        in_box = ads and ad_spacing in (None, after_blank)
        if label or (kind is None and in_box and is_ad(line, calls=ad_calls)):
            kind = "link"
        # An imperative clause under a lead-in: prose, not a headline or an item (fix/seg38).
        clause = (colon or (clauses and not (i == 0 or not lines[i - 1]))) and is_clause_item(line)
        # A statement set close under a lead-in's item that ended as a sentence (round 26).
        close = not (i == 0 or not lines[i - 1])
        in_led_block = colon or (led_sentences is not None and close)
        clause = clause or (
            close and bool(led_sentences) and not is_verbless([w.lower() for w in line.split()])
        )
        # One more of a list's imperative items set as paragraphs, after two kept (fix/seg40).
        listed_clause = (
            (i == 0 or not lines[i - 1])
            and clause_items >= _clean._CLAUSE_ITEMS
            and is_clause_item(line)
            and ends_sentence(line)
        )
        if kind is None and not listed_clause:
            alone = (i == 0 or not lines[i - 1]) and (i + 1 == len(lines) or not lines[i + 1])
            following = next((x for x in lines[i + 1 :] if x), "")
            heading = i < last and _clean._is_heading(line, alone, rules)
            # A headline over its paragraph, a single line break between (fix/seg60).
            heading = heading or (
                i < last
                and (i == 0 or not lines[i - 1])
                and bool(lines[i + 1])
                and ended
                and heads_its_paragraph(line, lines[i + 1])
            )
            # A section's label over the page's first paragraph, before any sentence (fix/seg70).
            heading = heading or (
                i < last
                and not begun
                and bool(lines[i + 1])
                and len(lines[i + 1]) <= _normalise.LONG_LINE
                and _clean._at_most_words(line, _clean._TOP_LABEL_WORDS)
                and heads_its_paragraph(line, lines[i + 1], top=True)
            )
            # A round-up's next item's heading under a signed item (fix/seg36).
            next_item = i < last and alone and heads_next_item(line, kept_text, following)
            if next_item or (heading and not continues(line, following)):
                kind = "heading"
            # A subheading told by the section under it: the stream's rule, before a
            # signature's (a lone name with a stop over a paragraph that takes it up).
            elif i < last and alone and is_subheading(line, following, series=subheadings):
                subheadings = True
                kind = "heading"
                seen.add(_clean._key(line))
            # A section's headline under its label in capitals (fix/seg56).
            elif (
                i < last
                and alone
                and labelled_heads
                and under_label
                and heads_under_label(line, following)
            ):
                kind = "heading"
            # A section's numbered heading, counted on from the last (fix/seg39).
            elif i < last and alone and (section := numbered_heading(line, following, numbered)):
                kind, numbered = "heading", section
            # (fix/seg26; a middle name, fix/seg45; on a signed page, fix/seg49)
            elif is_signature(line, following, signed):
                kind, signed = "credit", True
            elif (
                begun
                and i < last
                and not clause
                and not continues(line, following)
                and is_headline(line, after=following, in_run=in_run, after_quotation=quotation)
            ):
                kind = "headline"
                seen.add(_clean._key(line))
            elif (
                is_tweet_sign_off(following)
                or ends_with_tweet_sign_off(line)
                or is_tweet_text(line)
            ):
                kind = "tweet"
            elif is_glued_headlines(line):
                kind = "headline"
            elif (
                (
                    ended
                    or (  # alt text under the lead-in to its picture (round 30)
                        (i == 0 or not lines[i - 1])
                        and (i + 1 == len(lines) or not lines[i + 1])
                        and alts_lead_in(line, kept_text)
                    )
                )
                and is_lone_word(line)
                and not (" " in line and continues(line, following))
            ) or is_numbered_alt(
                line, short_following if i + 1 < len(lines) and lines[i + 1] else ""
            ):
                kind, alt = "label", i + 1 < len(lines) and bool(lines[i + 1])  # (round 26)
            # A caption under its picture's credit line, told by its date, two people in the
            # frame or the pose (round 22): as the stream, after its tweet and label rules.
            # Or one right under its picture's alt text, dated, in the present tense (round 26).
            elif (
                len(line) <= _normalise.LONG_LINE
                and not continues(line, following)
                and (
                    (
                        above is not None
                        and above[0] == "credit"
                        and is_credited_caption(line, above[1])
                    )
                    or (was_alt and captions_alt(line))
                )
            ):
                kind = "caption"
                captions = True
            # Once a caption was told so, that shape alone in its paragraph (the stream's
            # unlabelled captions, annotate.corpus._captions.is_unmarked_caption).
            elif (
                len(line) <= _normalise.LONG_LINE
                and not continues(line, following)
                and (
                    (
                        captions
                        and (i == 0 or not lines[i - 1])
                        and (i + 1 == len(lines) or not lines[i + 1])
                        and is_unmarked_caption(line, sentences=True)
                    )
                    # or a caption block's last line, set close under one (round 30)
                    or (
                        i > 0
                        and bool(lines[i - 1])
                        and (i + 1 == len(lines) or not lines[i + 1])
                        and bool(decisions)
                        and decisions[-1][1] in ("caption", "duplicate")
                        and above is not None
                        and above[0] == "caption"
                        and is_unmarked_caption(line)
                    )
                )
                and not goes_on_story(line)
            ):
                kind = "caption"
        # A copy of the furniture line just above, less what closed it (fix/seg22).
        # Or reworded, set close under it (round 30).
        if (
            kind is None
            and above is not None
            and (
                (
                    len(line) >= _clean._COPY_CHARS
                    and len(above[1]) > len(line)
                    and above[1].startswith(line)
                )
                or numbers_title(line, above[1])  # a slide's title under its counter (round 30)
                or (
                    not after_blank
                    and above[0] in ("caption", "headline")
                    and _clean._furniture_reworded(line, above[1])
                )
            )
        ):
            kind = above[0]
        # A copy of a tweet dropped above; a glued tweet and a retweet cut out (fix/seg34).
        if kind is None and len(line) >= _clean._COPY_CHARS and any(line in t for t in tweets):
            kind = "tweet"
        # A gallery's label set close between two of its lines that are the same (round 30).
        if (
            kind is None
            and len(whole) <= _normalise.LONG_LINE
            and i > 0
            and bool(lines[i - 1])
            and i + 1 < len(lines)
            and bool(lines[i + 1])
            and bool(decisions)
            and decisions[-1][1] is not None
            and is_framed_label(whole, last_whole, short_following)
        ):
            kind = "caption"
        cut_tweets: list[str] = []
        cut_captions: list[str] = []
        uncut = line  # what a later copy is compared with (the stream's key)
        if kind is None:
            glued = split_glued_tweet(line)
            if glued is not None:
                cut_tweets.append(line[glued[0] : glued[1]].strip())
                before, rest = line[: glued[0]].rstrip(), line[glued[1] :].lstrip()
                line = f"{before}\n{rest}" if before else rest
            # A caption glued with its credit inside a paragraph, cut out so (round 24).
            glued = split_glued_caption(line) if "\n" not in line else None
            if glued is not None:
                cut_captions.append(line[glued[0] : glued[1]].strip())
                before, rest = line[: glued[0]].rstrip(), line[glued[1] :].lstrip()
                line = f"{before}\n{rest}" if before else rest
            retweet = retweet_start(line)
            if retweet is not None and "\n" not in line:
                if retweet == 0:
                    kind = "tweet"
                else:
                    cut_tweets.append(line[retweet:])
                    line = line[:retweet].rstrip()
        # A poll box's question over its first row of figures (fix/seg58).
        if (
            kind is None
            and len(line) <= _normalise.LONG_LINE
            and is_table_question(line)
            and (below := next((x for x in lines[i + 1 :] if x), ""))
            and len(below) <= _normalise.LONG_LINE
            and non_prose(below) == "scores"
        ):
            kind = "heading"
        # A poll box's question over its first answer's button (fix/seg65).
        if (
            kind is None
            and len(line) <= _normalise.LONG_LINE
            and asks_poll(line, next((x for x in lines[i + 1 :] if x), ""))
        ):
            kind = "heading"
        after_blank = i == 0 or not lines[i - 1]
        next_blank = i + 1 == len(lines) or not lines[i + 1]
        # Dash-led items: a newsletter's glued links, a wire's roster, a quotation's signature;
        # and a section's kicker in lower case (fix/seg72).
        was_dashed, dashed = dashed, ""
        if kind is None and len(whole) <= _normalise.LONG_LINE:
            if (opens_glued(whole) and opens_dash(short_following)) or (
                was_dashed == "glued" and opens_dash(whole)
            ):
                kind, dashed = "list", "glued"
            elif (opens_tilde(whole) and opens_tilde(short_following)) or (
                was_dashed == "tilde" and opens_tilde(whole)
            ):
                # a newsletter's items (fix/seg74): its sentences stay (round 32)
                dashed = "tilde"
                kind = None if is_item_sentence(whole) else "link"
            elif is_roster_item(whole) and (
                was_dashed == "roster" or is_roster_item(short_following)
            ):
                kind, dashed = "list", "roster"
            elif (
                not (decisions and decisions[-1][1] is not None)
                and after_blank
                and (
                    (quotation and signs_quotation(whole))
                    or (
                        # the stream keeps no text of a long line (round 24)
                        len(kept_text) <= _normalise.LONG_LINE
                        and kept_text.endswith(('"', "”"))
                        and signs_occasion(whole)
                    )
                )
            ):
                kind = "credit"
            elif (
                not (decisions and decisions[-1][1] is not None)
                and not after_blank
                and quotation
                and signs_quotation_close(whole)
            ):
                kind = "credit"  # set close under the quotation, no dash (round 29)
        if (
            kind is None
            and len(whole) <= _normalise.LONG_LINE
            and ended
            and after_blank
            and next_blank
            and i < last
            and is_lower_kicker(whole)
        ):
            kind = "heading"
        # A related story's headline in sentence case over its paragraph (round 24).
        if (
            kind is None
            and len(whole) <= _normalise.LONG_LINE
            and begun
            and ended
            and after_blank
            and i < last
            and not next_blank
            and bool(short_following)
            and heads_as_related(whole, short_following)
            and not continues(whole, short_following)
        ):
            kind = "heading"
        # A box of other stories' headlines cut off at its width, in a run (fix/seg74).
        taken = False
        if kind is None and len(whole) <= _normalise.LONG_LINE:
            below_teaser = is_cut_teaser(short_following)
            if (
                (is_cut_teaser(whole) and (cut_run or in_run or below_teaser))
                or (cut_run and below_teaser and is_kicker_cry(whole))
                # alone, cut inside a phrase under furniture (round 30)
                or (decisions and decisions[-1][1] is not None and cuts_phrase(whole))
            ):
                kind, taken = "headline", True
                seen.add(_clean._key(line))
        # A list of sources under its label at the body's end: its citations (fix/seg74).
        was_sources, sources = sources, False
        if kind is None and len(whole) <= _normalise.LONG_LINE:
            if begun and is_sources_label(whole):
                kind, sources = "label", True
            elif was_sources and is_citation(whole):
                kind, sources = "credit", True
        # A line set twice, one right under the other: the first is a caption (fix/seg74).
        if (
            kind is None
            and len(whole) <= _normalise.LONG_LINE
            and len(following) <= _normalise.LONG_LINE
            and abs(len(following) - len(whole)) <= _clean._SET_TWICE_SLACK
            and _clean._at_most_words(whole, _clean._SET_TWICE_WORDS)
            and _clean._key(following) == _clean._key(line)
        ):
            kind = "caption"
            seen.add(_clean._key(line))
        # A bulleted list that lost its bullets (fix/seg25).
        shape = item_shape(whole, "" if next_blank else lines[i + 1])
        in_block = bool(bullets) and not after_blank and shape in (None, item_was)
        if shape and not in_block:
            led = colon
        if kind is None:
            first = shape is not None and not next_blank and item_shape(lines[i + 1]) == shape
            last_item = (
                in_block
                and led
                and bullets >= ITEMS_BEFORE_LAST
                and (next_blank or i >= last)
                and is_last_item(line)
            )
            if ((shape and (in_block or first)) or last_item) and not clause:
                kind = "link" if linked else "list"
        # A writer's name alone as a paragraph every rule kept (fix/seg54).
        if (
            kind is None
            and begun
            and after_blank
            and next_blank
            and len(whole) <= _normalise.LONG_LINE
            and (
                bool(decisions and decisions[-1][1] is not None)
                or i == last
                or is_section_label(short_following)
                or (bool(short_following) and title_case(short_following))
            )
            and is_name_alone(whole, _named_so_far(kept, kept_text))
        ):
            kind = "sign-off"
        # A source's name of one word alone, one the story wrote inside a sentence, not
        # answering a question: an embed's credit (round 35).
        if (
            kind is None
            and begun
            and after_blank
            and next_blank
            and i != last
            and len(whole) <= _normalise.LONG_LINE
            and not kept_text.rstrip("\"'”’) ").endswith("?")
            and is_named_source(whole, inner)
        ):
            kind = "credit"
        # A user's handle alone on its line: a picture's credit (fix/seg68).
        if kind is None and len(whole) <= _normalise.LONG_LINE and is_handle_line(whole):
            kind = "credit"
        # A related box's last headline closing the body, after a headline (fix/seg73); with a
        # stop when set close and in headline case (round 29).
        if (
            kind is None
            and len(whole) <= _normalise.LONG_LINE
            and begun
            and in_run
            and i == last
            and (not ends_sentence(whole) or (not after_blank and headline_case(whole)))
            and is_headline(whole, after="", in_run=True)
        ):
            kind = "headline"
        # A paragraph without its stop between two of the story's, telling what a picture
        # shows; read last (round 26).
        if (
            kind is None
            and len(whole) <= _normalise.LONG_LINE
            and begun
            and ended
            and after_blank
            and next_blank
            and i < last
            and (len(following) > _normalise.LONG_LINE or ends_sentence(following))
            and not continues(whole, following)
            and is_unmarked_caption(whole)
            and (shows_scene(whole) or is_placed_scene(whole))
        ):
            kind = "caption"
        # A gallery box's blurb under its title under its label, all set close (round 26).
        if (
            kind is None
            and len(whole) <= _normalise.LONG_LINE
            and gallery_box == 2
            and not after_blank
            and is_gallery_blurb(whole)
        ):
            kind = "caption"
        gallery_box = (
            2
            if gallery_box == 1 and kind is not None and not after_blank and not next_blank
            else 1
            if kind is not None
            and len(whole) <= _normalise.LONG_LINE
            and not next_blank
            and is_gallery_label(whole)
            else 0
        )
        bullets = (bullets if in_block else 0) + 1 if shape else 0
        item_was = shape or item_was
        led_clause = colon and after_blank
        led_sentences = (
            (led_sentences or 0) + ends_sentence(whole) if in_led_block and kind is None else None
        )
        colon = whole.rstrip().endswith(":")
        clauses = clause and kind is None
        if after_blank and kind is None and ends_sentence(whole):
            if (
                led_clause
                and _clean._at_most_words(whole, _clean._CLAUSE_WORDS)
                and not has_inner_end(whole)
                and _clean._LOWER_SECOND.match(whole) is not None
            ):
                clause_items = 1
            elif clause_items and is_clause_item(whole):
                clause_items += 1
        if kind == "list" and kept and kept_text.rstrip().endswith(":"):
            lead_ins.add(kept[-1][0])
        row = is_row and kind == "scores"
        if kind == "heading" and len(whole) <= _normalise.LONG_LINE:
            social = 1 if is_social_label(whole) else 0
        elif kind == "comment":
            social = 2
        scored = (
            kind == "scores"
            and len(whole) <= _normalise.LONG_LINE
            and any(c.isalpha() for c in whole)
        )
        linked = kind == "link"
        labelled_heads = labelled_heads or (under_label and kind == "heading")
        under_label = kind == "heading" and whole.upper() == whole
        listed = listed or (kind == "call" and whole.rstrip().endswith(":"))
        is_fig = kind == "scores" and is_figure(whole)
        figure_labels = figure_labels + labelled if (is_fig or labelled) else 0
        counter = 1 if counted else 2 if counter == 1 and is_fig else 3 if slide else 0
        figure = is_fig
        count = is_fig and is_count(whole)
        figures = figures or is_fig
        update_heads = not begun and (
            (kind == "date" and is_update_stamp(whole)) or (update_heads and kind is not None)
        )
        slide_title = (
            kind is not None
            and bool(i and lines[i - 1])
            and above is not None
            and numbers_title(whole, above[1])
        )
        if kind != "duplicate":
            above = (kind, whole) if kind in _clean._COPIED else None
        in_run = kind == "headline"
        picture_title = titles
        # A picture viewer's button glued to its picture's name, then its credit (round 32).
        viewer = (
            1
            if kind is not None and len(whole) <= _normalise.LONG_LINE and is_viewer_button(whole)
            else 2
            if viewer == 1
            and not after_blank
            and len(whole) <= _normalise.LONG_LINE
            and is_viewer_credit(whole)
            else 0
        )
        cut_run = taken or (cut_run and kind is not None)
        sources = sources or (was_sources and kind is not None)
        note = whole if kind == "note" else ""
        appended = appended or (note != "" and opens_note(note))
        teasers = kind in ("link", "duplicate") and (teasers or is_teaser_label(whole))
        if label or widget:
            ads, ad_spacing, ad_first = True, None, True
            ad_calls = not label
        else:
            ads = kind is not None and in_box
            if not ads or ad_first:
                ad_spacing = None
            elif ad_spacing is None:
                ad_spacing = after_blank
            ad_first = False
        decisions.append((i + 1, kind))
        last_whole = whole if len(whole) <= _normalise.LONG_LINE else ""
        if is_sponsor_label(whole):
            sponsors.add(i + 1)
        if kind is not None:
            dropped.append(_clean.Dropped(i + 1, kind, whole))
            if kind == "tweet":
                tweets.append(whole)
            continue
        if lead:
            dropped.append(_clean.Dropped(i + 1, "note", lead))
        if debris:
            dropped.append(_clean.Dropped(i + 1, "markup", debris))
        if field:
            dropped.append(_clean.Dropped(i + 1, "label", field))
        dropped.extend(_clean.Dropped(i + 1, k, t) for k, t in entries)
        dropped.extend(_clean.Dropped(i + 1, "credit", c) for c in credits)
        dropped.extend(_clean.Dropped(i + 1, "call", c) for c in calls)
        if end:
            dropped.append(_clean.Dropped(i + 1, "sign-off", end))
        if code:
            dropped.append(_clean.Dropped(i + 1, "code", code))
        dropped.extend(_clean.Dropped(i + 1, "tweet", t) for t in cut_tweets)
        dropped.extend(_clean.Dropped(i + 1, "caption", c) for c in cut_captions)
        seen.add(_clean._key(uncut))
        kept.append((i + 1, line))
        kept_text = whole  # with what was cut off it: a writer's name (fix/seg36, seg37)
        if len(whole) <= _normalise.LONG_LINE:
            inner |= inner_names(whole)  # the story's proper names (round 35)
        ended = ends_sentence(line)
        begun = begun or ended
        quotation = is_quotation(line)
    texts: list[str] = []
    gaps: list[str] = []
    numbers: list[int] = []
    previous = last_number = 0
    run_after = 0  # the kept line before the last text (round 33)
    joined = False  # the last text has lines joined to it
    for number, line in kept:
        bullet = ""
        if len(line) <= _normalise.LONG_LINE:  # a bullet left at the start (round 20)
            bullet, line = split_bullet(line)
        if bullet:
            dropped.append(_clean.Dropped(number, "markup", bullet))
        digits = [m.group(2) for m in _clean._FOOTNOTE.finditer(line)]
        if digits:
            dropped.extend(_clean.Dropped(number, "footnote", d) for d in digits)
            line = _clean._FOOTNOTE.sub(r"\1", line)
        gap = "" if not texts else "\n" if number == previous + 1 else "\n\n"
        kept_before, previous = previous, number
        if texts and (
            continues(texts[-1], line)
            or leads_into_quote(texts[-1], line)
            or resumes_after_comma(texts[-1], line)  # (round 25)
            or resumes_after_ellipsis(texts[-1], line)  # (round 35)
        ):
            dropped.append(_clean.Dropped(number, "joined", gap))
            texts[-1] = f"{texts[-1]} {line}"
            joined = True
            continue
        gaps.append(gap)
        texts.append(line)
        numbers.append(number)
        last_number, joined, run_after = number, False, kept_before
    named = {word for text in texts[:-1] for word in name_words(text)}  # (fix/seg9)
    # The page's furniture dropped between the story's text and its last line (round 33).
    recent = sorted(dropped[-_clean._RECENT_DROPS :], key=lambda d: d.line)
    foot = [d for d in recent if run_after < d.line < last_number]
    if (
        len(texts) > 1
        and not joined
        and last_number not in lead_ins
        # Or a fragment alone in its paragraph (round 32).
        and (
            is_sign_off(texts[-1], named)
            or (gaps[-1] == "\n\n" and is_fragment(texts[-1]))
            # Or a few words under the page's furniture after the story's end (round 33).
            or (
                gaps[-1] == "\n\n"
                and ends_sentence(texts[-2])
                and bool(foot)
                and foot[-1].kind not in ("heading", "label")
                and is_foot_line(texts[-1])
            )
        )
    ):
        dropped.append(_clean.Dropped(last_number, "sign-off", texts.pop()))
        gaps.pop()
        numbers.pop()
    # A digest's headings in capitals (fix/seg36): the stage itself, on the list.
    headed = list(cut_glued_headings(zip(gaps, texts, numbers, strict=True)))
    dropped.extend(_clean.Dropped(n, "heading", h) for _, _, n, h in headed if h)
    # The rest of a line whose heading was cut, read again for calls (round 32).
    called = []
    for gap, text, number, head in headed:
        text = str(text)
        if head:
            text, calls = split_calls(text)
            dropped.extend(_clean.Dropped(number, "call", call) for call in calls)
        if text:
            called.append((gap, text, number))
    gaps = [gap for gap, _, _ in called]
    texts = [text for _, text, _ in called]
    numbers = [number for _, _, number in called]
    # A related story's box between the paragraphs (round 26): the stage itself.
    boxed = list(inserted_stories(zip(gaps, texts, numbers, strict=True)))
    dropped.extend(_clean.Dropped(n, k, str(t)) for _, t, n, k in boxed if k)
    gaps = [gap for gap, _, _, k in boxed if not k]
    texts = [str(text) for _, text, _, k in boxed if not k]
    numbers = [number for _, _, number, k in boxed if not k]
    # Pull quotes (fix/seg8), on the whole list: every article here is shorter than a window.
    kinds: list[str | None] = []
    for i, text in enumerate(texts):
        said = _pull_quotes.words(text)
        before = texts[i - 1] if i else ""
        left_open = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        left_open = left_open or (before[:1] in "'‘" and before.rstrip(".!?… ")[-1:] not in "'’")
        kind = None
        others = [_pull_quotes.words(o) for j, o in enumerate(texts) if j != i]
        set_close = i + 1 < len(texts) and gaps[i + 1] == "\n"
        # Or only a box's dash between them, dropped (round 32).
        dashed = i + 1 < len(texts) and _pull_quotes._dash_between(
            between, numbers[i], numbers[i + 1]
        )
        after = numbers[i + 1] if i + 1 < len(texts) else len(lines) + 1
        copied = (
            _pull_quotes.quotation_alone(text)
            and 3 <= len(said.split()) <= 60
            and not left_open
            and (
                any(
                    _pull_quotes._is_copy(text, said, other, _pull_quotes.words(other), j < i)
                    for j, other in enumerate(texts)
                    if j != i
                )
                # HuffPost's box with its speaker under it (fix/seg69).
                or (
                    set_close
                    and _pull_quotes._closes_box(texts[i + 1])
                    and _pull_quotes._said_piecewise(text, others)
                )
                # Its credit under it, then the paragraph that opens with the credit's words
                # (the stream's _credited; found by hypothesis in round 31).
                or (
                    i + 2 < len(texts)
                    and _pull_quotes.is_attribution(texts[i + 1])
                    and _pull_quotes._opens(texts[i + 1], texts[i + 2])
                )
            )
        )
        # A sentence of the story's own in a box (fix/seg69).
        boxed = (
            not _pull_quotes.quotation_alone(text)
            and not left_open
            and gaps[i] == "\n\n"
            and (set_close or dashed)
            and not is_unmarked_caption(text)
            and _pull_quotes._one_sentence(text)
            and _pull_quotes._BOXED_WORDS <= len(said.split()) <= 60
            and _pull_quotes._boxed_copy(said, others)
        )
        if copied or boxed:
            kind = "pull-quote"
        # A caption alone in its paragraph that says the sentence right before it in other
        # words (round 30).
        elif (
            i
            and text[:1] not in "\"“‘'"
            and _pull_quotes._caption_shaped(text)
            and gaps[i] != "\n"
            and not set_close
            and is_unmarked_caption(text)
            and _pull_quotes._rewords(said.split(), texts[i - 1])
        ):
            kind = "caption"
        elif i and kinds[-1] == "pull-quote" and _pull_quotes.is_attribution(text):
            kind = "credit"
        # A labelled caption with its stop next to a labelled caption the line rules dropped,
        # no line of the story between them, not before the story's first kept line (round 29):
        # above it, the last caption dropped before it, which has the label; under it, any
        # before the next line (a line under a caption without a label, under one with it, is
        # not next to it: found by hypothesis in session 46).
        elif (
            None in kinds
            and _pull_quotes._labelled_sentence(text)
            and (
                (
                    (caption_above := _last_caption(dropped, numbers[i])) is not None
                    and numbers[i - 1] < caption_above.line
                    and has_caption_label(caption_above.text)
                )
                or any(
                    numbers[i] < d.line < after and has_caption_label(d.text)
                    for d in dropped
                    if d.kind == "caption" and len(d.text) <= _normalise.LONG_LINE
                )
            )
        ):
            kind = "caption"
        kinds.append(kind)
    items: list[tuple[str, str | bytearray, int, str | None]] = []
    kept_before = False
    for i, (text, gap, number, kind) in enumerate(zip(texts, gaps, numbers, kinds, strict=True)):
        if kind is None:
            gap = "" if not kept_before else "\n\n" if i and kinds[i - 1] else gap
            kept_before = True
        items.append((gap, text, number, kind))
    # A kept line among furniture takes its neighbours' kind (fix/seg21): the context stage
    # itself, fed the list's decisions, so that the stream is checked to feed it the same.
    out_texts: list[str] = []
    out_gaps: list[str] = []
    # And the page's questions to its reader closing the article (round 23): the stage itself.
    # An embed's label over its title (round 30): the stage itself, reading the same queue.
    queue = deque(decisions)
    labelled = embed_labels(items, queue)
    decided = among_furniture(labelled, queue, longest=_normalise.LONG_LINE, sponsors=sponsors)
    # And another story's headline set inline between the story's paragraphs (round 30): the
    # stage itself, told the raw number of the last line with text.
    inline = inline_heads(decided, longest=_normalise.LONG_LINE, last=lambda: last_text + 1)
    # And one that asks beside its box's other questions (round 31): the stage itself, told
    # the lines the list dropped.
    asked = asked_links(
        inline,
        longest=_normalise.LONG_LINE,
        dropped=between,
    )
    # And the body's first line without a final mark over the story (round 31): the stage.
    opened = opening_captions(asked, longest=_normalise.LONG_LINE, dropped=lambda: dropped)
    # And a caption with its stop between two of the page's captions (round 32): the stage.
    runs = caption_runs(
        opened,
        longest=_normalise.LONG_LINE,
        dropped=between,
    )
    for gap, text, number, kind, reason in closing_prompts(runs, longest=_normalise.LONG_LINE):
        if kind is not None:
            dropped.append(_clean.Dropped(number, kind, str(text), reason))
            continue
        out_gaps.append(gap)
        out_texts.append(str(text))
    dropped.sort(key=lambda d: d.line)
    return out_texts, out_gaps, title, dropped


_LINES = st.lists(
    st.sampled_from(
        [
            "",
            "",
            "Implications and Reactions",
            "Share this article",
            "Explosion (File)",
            "A sentence about the distance1. Here.",
            "Another line, said Mr. Smith.",
            "another line, said mr. smith!",
            "Thanks",
            "The Title",
            # Issue 12's rules: a caption's credit, a credit alone, character references (one
            # that decodes to nothing), non-prose, a stub and the line that goes on with it.
            "Striking dockworkers picket the port on Monday. (AP Photo/Jane Doe)",
            "(AP Photo/Jane Doe)",
            "Caf&#233; owners said so.",
            "&#8203;",
            "Booked: Keane, Smith.",
            # A tabloid's labelled captions, one with its stop (round 29).
            "Fears: Nearly a dozen commercial planes are missing in Libya after the attack.",
            "Aftermath: Tripoli International Airport was overtaken by the group last month",
            "IBM also noted that it currently has",
            "job postings for more than 10,000 roles.",
            # Lines of the body without a sentence end, a tweet's sign-off (fix/seg5).
            "Eyewitnesses describe fear, confusion as gunshots fired in Ottawa",
            "— SITE Intel Group (@siteintelgroup) September 13, 2014",
            # A script glued to prose, a glued link list, a lone word, a tweet ending in its
            # sign-off, a sign-off, a writer's line, an agency after a sentence (fix/seg7).
            "He will face a judge. BF_STATIC.q.push(function () { a.getElementById(x).b = c; });",
            "RelatedSecret Implants Forced on Teen GirlsItaly's Berlusconi Hit by Fresh ClaimChild",
            "update",
            "Kevin Vickers is a Canadian Hero.— I'm Mike M (@iMike_M) October 22, 2014",
            "With News Wire Services",
            "Bill Sternberg is editor of the editorial page.",
            "A campaign to save the dog is heating up. Reuters",
            "SEE ALSO:",
            "Mental Health and Dating: Love or Heartache?",
            # A lead-in and its quotation on the next line (fix/segq).
            "The notice issued by the grieving family stated that",
            '"the sad news was given by his wife in a news conference."',
            # A note about the article, broken where a link was stripped (fix/seg8).
            "McDonald’s Removing Big Mac, Apple Pies And Eliminating Large Size Options.",
            "“It is very unusual behaviour, and will have left his victims upset”",
            "Sgt Gill Cherry",
            '"It is very unusual behaviour, and will have left his victims upset."',
            "Editor’s note: Donald Trump regularly",
            "incites political violence.",
            # An ad widget and its ads, a call to the reader, a writer's position (fix/seg9).
            "Ads by Adblade",
            "Get fit before the holidays.",
            "What do you think? Share it in the comments.",
            "Follow Reuters on Twitter.",
            "Rick Scott is the Republican governor of Florida.",
            # A tweet ending in its short link, a sign-off whose dash is alone, a hat tip, an
            # end mark, alt text, a quoted piece's labels and headline, a widget (fix/seg12).
            "RIP Kevin xx http://t.co/2536YI8JmM",
            "—",
            "Islamic State Times (@ISTimes1) October 07, 2014",
            "[h/t ABC News]",
            "They died of suffocation. / End",
            "banksy paris charlie hebdo",
            "Example #2:",
            "Via Metro.co.uk, Feb. 22, 2015 (article subsequently revised):",
            "Priest who died for 48 minutes says he met God and she’s a woman",
            '<a href="http://www.engadget.com/products/apple/watch/"> Apple Watch </a>',
            "Get better reviews from people who actually have this product!",
            # A tweet's copy without its sign-off under it, a caption closed by its picture's
            # credit, a source tag (fix/seg22).
            "It seems a despicable act to leave a dog there.— Irvine Welsh (@IrvineWelsh) "
            "January 6, 2015",
            "It seems a despicable act to leave a dog there.",
            "The catfish was weighed. Photo is from the Sportex Italia Facebook page",
            "Maybe it will wash away memories of that film. [Variety]",
            # A letter's salutation and signatures, an image's file name, a hashtag, a
            # document's bracketed source after its excerpt (fix/seg26).
            "Brody –",
            "Martin Litwak.",
            "Olympia, Wash.",
            "– D.B.G 05/11/14",
            "potshop-400x404",
            "#KushForCure",
            "“You see over the horizon.” [Remarks to CME Group, 11/18/13.]",
            # A box of other stories' headlines cut off at its width, a kicker (fix/seg74).
            "Teen felled with killer punch after picking fight with...",
            "HILARIOUS!",
            "But then...",
            "Who are Boko Haram?",
            "Sources:",
            "Davis, Lauren.",
            "~ Meet the robots taking over waitressing in China.",
            # A picture's credit and a caption under it told by the pose, a picture's numbered
            # alt text (round 22).
            "Carlos Barria / Reuters.",
            "President Barack Obama and Vice President Joe Biden place flowers at a memorial.",
            "kevin vickers 2",
            # A picture's caption under its numbered alt text, after a line it cut (round 26).
            "He has served in the role for the past eight years,",
            "The new sargeant-at-arms, Kevin Vickers, is introduced to Members of Parliament, "
            "in the House of Commons in Ottawa, Sept. 18, 2006.",
            # A picture's caption without its stop among the story's paragraphs (round 26).
            "Damaged airplanes on the tarmac at Tripoli international airport",
            # A gallery box's label, title and blurb (round 26).
            "Photos",
            "North Korean state propaganda photos show their leader Kim Jong Un inspecting troops.",
            # An element of markup broken over lines, its lines in its attribute (round 30).
            '<tweet tweet-author="just look" tweet-date="',
            "— Reduce job-killing regulations on large and small businesses.",
            '— Continue fracking.">Here, then, are nine reasons:<tweet/>.',
            # An embed's label over its title, a picture's alt text under its lead-in (round 30).
            "Controversial policy ended:",
            "NYC 'Stop and Frisk' Debate",
            "The following is a photo of the woman wearing one of her fur coats:",
            "fur coat made of cats",
            # A slide's title, numbered again, its caption, a headline's cry (round 30).
            "Lil Wayne",
            "1. Lil Wayne",
            "Lil Wayne has been the subject of more than one death hoax over the years.",
            "Macaulay Culkin Alive!",
        ]
    ),
    max_size=14,
)


@settings(max_examples=600, deadline=None)
@given(_LINES, st.sampled_from([None, "The Title", "Thanks"]), st.booleans())
# A gallery's slide: its title, the title numbered, its caption, the story going on under
# it (round 30, FNC-1 1559).
@example(
    [
        "He was seen with his band, The Pizza Underground, last night (see above).",
        "",
        "Celebrity Death Hoaxes: Stars the Internet Fake-Killed",
        "Lil Wayne",
        "1. Lil Wayne",
        "Lil Wayne has been the subject of more than one death hoax over the years.",
        "Culkin has become much lower profile as an adult than when he was one of the biggest "
        "child stars of all time.",
    ],
    None,
    False,
)
# A picture's alt text alone under the lead-in to its picture (round 30, FNC-1 1938).
@example(
    [
        "The following is a photo of the woman wearing one of her fur coats:",
        "",
        "fur coat made of cats",
        "",
        "Investigators estimate that a total of 30 coats were required to make a single jacket.",
    ],
    None,
    False,
)
# An embed's label over its title, the story under it (round 30, FNC-1 1802).
@example(
    [
        "A spokesman said his borough would also enforce the law.",
        "",
        "Controversial policy ended:",
        "NYC 'Stop and Frisk' Debate",
        "New York Gov. Andrew Cuomo held a signing ceremony July 7 for a bill.",
    ],
    None,
    False,
)
# Found by hypothesis: a question's own copy under it is no other question of its box (round
# 31, annotate.corpus._asked_links).
@example(
    [
        "“You see over the horizon.” [Remarks to CME Group, 11/18/13.]",
        "",
        "Who are Boko Haram?",
        "Implications and Reactions",
        "Who are Boko Haram?",
    ],
    None,
    False,
)
# Found by hypothesis: names with no verb over a picture's credit are its caption (fix/seg68).
@example(["Implications and Reactions", "", "(AP Photo/Jane Doe)"], None, False)
# Found by hypothesis: a name with a stop over its copy is a subheading, as the stream has it.
@example(["Martin Litwak.", "", "Martin Litwak."], None, False)
# A digest's headings in capitals, held until a second recurs, and a round-up's item heading
# under a signed item (fix/seg36): examples, so that the search itself is main's.
@example(
    [
        "SAVE A QUARTER Let's say you think a degree will cost $160,000 in 18 years.",
        "",
        "Where might it earn that kind of return?",
        "",
        "SPEND A QUARTER This step is harder.",
        "THE BORROWING Back when he wrote his book, he considered debt a last resort.",
    ],
    None,
    False,
)
@example(
    [
        'Rajoy insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.',
        "",
        "San Bernardino shooter's friend denied bail.",
        "",
        "The man accused of purchasing two of the guns used in the San Bernardino shooting "
        "rampage will remain in custody, a federal judge ruled Monday.",
    ],
    None,
    False,
)
# Dash-led items, a quotation's signature and a kicker in lower case (fix/seg72): an example,
# so that the search itself is main's.
@example(
    [
        "Links to the best of news:",
        "",
        "-Nate Cohn explains why the polls were way off. [NYT.]",
        "",
        "- The New York Times provides entrance poll results.",
        "",
        '"The whole idea is something that we hear about all the time."',
        "",
        "-Michelle Marks, Philadelphia.",
        "",
        "quotable.",
        "",
        "This year’s winners are:",
        "",
        "— Carol Lee of the Wall Street Journal, winner of the Aldo Beckman Award.",
        "",
        "— Matt Viser of the Boston Globe, winner of the Merriman Smith Award.",
    ],
    None,
    False,
)
# A slideshow's counter and its slide, then a long slide (round 20).
@example(
    [
        "And Democrats haven't decided which vision they prefer.",
        "",
        "Declared 2016 Presidential Candidates.",
        "",
        "1.",
        "",
        "of.",
        "",
        "23.",
        "",
        "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015",
        "Cruz dropped out of the race May 3, 2016.",
        "",
        "1.",
        "",
        "of.",
        "",
        "8.",
        "",
        "Why she's protesting: " + "As a tip worker, I make a sub-minimum wage. " * 4,
    ],
    None,
    False,
)
# A poll box's rows and its notes, then a long note (round 21).
@example(
    [
        "Law enforcement sources have said so after the shooting.",
        "",
        "DEFUNDING DEBATE.",
        "",
        "No 58%.",
        "",
        "Undecided 9%.",
        "",
        "Poll of 1,000 likely voters taken Wednesday through Sunday.",
        "",
        "Source USA TODAY/Suffolk University.",
        "",
        "Yes 33%.",
        "",
        "Margin of error +/- 3 percentage points for the full sample of 1,000 likely voters, "
        "+/- 5 points for Republicans, +/- 6 points for Democrats, +/- 7 points for "
        "independents, +/- 8 points for the rest of the sample in Ohio, Florida and Iowa.",
    ],
    None,
    False,
)
# A letters page's section of readers' posts, a post of two paragraphs, a long one (round 21).
@example(
    [
        "Trump reminds me of Abraham Lincoln's words on fooling the people.",
        "",
        "Martin Litwak.",
        "",
        "FACEBOOK.",
        "",
        "Trump is such a con artist.",
        "",
        "Ernie Helton.",
        "",
        "Everyone can see this guy is a fraud except his followers.",
        "",
        "He flies up in his luxurious jet to tell everyone how tough it is to live here. " * 4,
        "",
        "Mac Mittenz.",
        "",
        "TWITTER.",
        "",
        "Kasich.",
        "",
        "@antnyj.",
    ],
    None,
    False,
)
# A box of headlines cut off at its width, its kickers and its copy lower down (fix/seg74).
@example(
    [
        "A mass grave was found near Iguala.",
        "",
        "Katy Perry living it up at a bar in Oxford, Mississippi",
        "Teen felled with killer punch after picking fight with...",
        "Dana Vulin unveils her horrific burns after being set on...",
        "HILARIOUS!",
        "Boy thinks Beyonce lied to him after wisdom tooth...",
        "",
        "He's alive! Moment 'dead' Ebola victim nearly sent to...",
        "But then...",
        "",
        "Who are Boko Haram?",
        "Who are Boko Haram?",
        "",
        "Sources:",
        "Davis, Lauren.",
        '"No, A Spider Did Not Burrow Under A Man\'s Skin and Live There for Days."',
        "",
        "Teen felled with killer punch after picking fight with...",
    ],
    None,
    False,
)
# A picture's credit over its caption, told by the pose or by two people in the frame, and the
# story after it (round 22); and a caption-shaped line under a credit that a tweet's sign-off
# line follows, which the stream takes as the tweet's text first.
@example(
    [
        "Carlos Barria / Reuters.",
        "",
        "President Barack Obama and Vice President Joe Biden place flowers at a memorial.",
        "",
        "Handout/Reuters.",
        "",
        "George Zimmerman (left) shot Trayvon Martin (right) in 2012. He is now selling it.",
        "",
        "Zimmerman said he had received offers for the gun.",
    ],
    None,
    False,
)
@example(
    [
        "(AP Photo/Jane Doe)",
        "President Barack Obama and Vice President Joe Biden place flowers at a memorial.",
        "Islamic State Times (@ISTimes1) October 07, 2014",
    ],
    None,
    False,
)
# The page's questions to its reader closing the article, a paragraph whole and the end of the
# one before it, with a credit after them (round 23).
@example(
    [
        "Others point out that this is a tourist area. What is your take on the issue?",
        "",
        "What do you think? Does she still look like her Teletubbies character?",
        "",
        "[Image via: Shutterstock.com]",
    ],
    None,
    False,
)
# A picture's caption without its stop between two of the story's paragraphs (round 26).
@example(
    [
        "We found out on September 11 what can happen with hijacked planes.",
        "",
        "Damaged airplanes on the tarmac at Tripoli international airport",
        "",
        "September 11 also marks the anniversary of the raid in Benghazi.",
    ],
    None,
    False,
)
# A gallery box's label, title and blurb set close, the story's paragraph under it (round 26).
@example(
    [
        "Seoul statistics show Jong Un is a popular given name.",
        "",
        "Photos",
        "Kim Jong Un",
        "North Korean state propaganda photos show their leader Kim Jong Un inspecting troops.",
        "The names of his father and grandfather were also reserved, the media reported.",
    ],
    None,
    False,
)
# A line in its own paragraph shaped as a caption, once a caption under its credit was told
# (hypothesis found the model lacked the stream's rule, round 28).
@example(
    [
        "(AP Photo/Jane Doe)",
        "A sentence about the distance1. Here.",
        "",
        "The notice issued by the grieving family stated that",
    ],
    None,
    False,
)
# A quotation alone, its credit, then the paragraph that opens with the credit's words: a
# pull quote lifted with its speaker (the stream's _credited; hypothesis found the model
# lacked it, round 31).
@example(
    [
        '"the sad news was given by his wife in a news conference."',
        "Lil Wayne",
        "Lil Wayne has been the subject of more than one death hoax over the years.",
    ],
    None,
    False,
)
# Round 29: a labelled caption with its stop over a labelled caption, and a speaker's name
# set close under a quotation paragraph.
@example(
    [
        "Caf&#233; owners said so.",
        "",
        '"the sad news was given by his wife in a news conference."',
        "Sgt Gill Cherry",
        "",
        "Fears: Nearly a dozen commercial planes are missing in Libya after the attack.",
        "",
        "Aftermath: Tripoli International Airport was overtaken by the group last month",
        "",
        "IBM also noted that it currently has",
        "job postings for more than 10,000 roles.",
    ],
    None,
    False,
)
# Round 32: a caption set close over its credit line; a caption under its credit in a
# picture viewer's box; a caption with its stop between two of the page's captions.
@example(
    [
        "Two friends have kept a burger for twenty years.",
        "",
        "A 20-year-old burger looks pretty much the same as a new Quarter Pounder looks today!",
        "YouTube screen shot",
        "It became a joke over the next few weeks.",
        "",
        "[+] EnlargeTiger Woods",
        "Sam Greenwood/Getty Images",
        "Both the PGA Tour and Woods' agent have emphatically denied the claims.",
        "Olsen said an exempt tour player told him.",
    ],
    None,
    False,
)
@example(
    [
        "Police in Mexico have found mass graves near Iguala.",
        "",
        "Carlos Barria / Reuters.",
        "President Barack Obama and Vice President Joe Biden place flowers at a memorial.",
        "",
        "Mexican authorities are investigating a mass grave discovered on the outskirts of Iguala",
        "",
        "Policemen and forensic personnel holding white bags arrive at Pueblo Viejo, Mexico.",
        "",
        "Four forensic services vans left for the morgue late on Thursday carrying bodies",
        "",
        "A police official said on Saturday that there was video footage.",
    ],
    None,
    False,
)
# A stopless line last but for a zero-width space's reference: the raw text has no more text
# once decoded, so the line is no inline headline with the page's lines after it (found by
# hypothesis in session 44: the model counted the undecoded line).
@example(
    [
        "A sentence about the distance1. Here.",
        "Damaged airplanes on the tarmac at Tripoli international airport",
        "&#8203;",
    ],
    None,
    False,
)
# Round 35: an image's name glued before its caption over its credit (FNC-1 124); a source's
# name alone that the story named, an embed's credit (PolNeAR huff-post 2016-01-02). (The
# bulleted question beside its bulleted link, FNC-1 1489, is the asked links' stage itself
# here, though the model has no rule for the bulleted link; the caption closing a page that
# set its captions under its pointer, FNC-1 2345, is a pointer's rule, which the model has not.)
@example(
    [
        "Still, guy must be pissed.",
        "grafitti penis 2 million car Someone painted a graffiti dick on a $2.5 million car",
        "",
        "images: Metro",
    ],
    None,
    False,
)
@example(
    [
        "A clip is featured in a new video released by Al-Shabaab, the group in Somalia.",
        "",
        "The crowd enthusiastically cheers the words.",
        "",
        "Al-Shabaab.",
        "",
        "Footage of the cleric again appears.",
    ],
    None,
    False,
)
# Session 46: a labelled caption with its stop under a caption without a label, itself under
# a labelled one: the pull quotes' stage reads the caption right above it (found by
# hypothesis: the model read any caption between).
@example(
    [
        "IBM also noted that it currently has",
        "Aftermath: Tripoli International Airport was overtaken by the group last month",
        "The catfish was weighed. Photo is from the Sportex Italia Facebook page",
        "Fears: Nearly a dozen commercial planes are missing in Libya after the attack.",
    ],
    None,
    False,
)
def test_lines_cleaned_one_at_a_time_equal_the_whole_list_cleaner(
    lines: list[str], title: str | None, first_line_is_title: bool
) -> None:
    # KeptStream decides a line once the next non-blank line (or the end) is read, so that a
    # 50 MB article's lines are never all held; the decisions are those of the list version:
    # headings (alone, with text after), titles, duplicates, furniture, footnotes.
    stream = _clean.KeptStream(iter(lines), title=title, first_line_is_title=first_line_is_title)
    pairs = list(stream)
    texts, gaps, want_title, dropped = _kept_lines_as_a_list(lines, title, first_line_is_title)
    assert [line for _, line in pairs] == texts
    assert [gap for gap, _ in pairs] == gaps
    assert stream.title == want_title
    assert stream.dropped == dropped


def test_a_long_line_keeps_its_dateline_out_of_its_first_sentence(tmp_path: Path) -> None:
    # Issue 12's dateline on a line kept as UTF-8 bytes: read on the line's decoded start,
    # the first sentence starts after it (in characters and in bytes: "—" is 3 bytes) and the
    # sentence row carries it, as for a short line.
    line = "WASHINGTON (AP) — U.S. airstrikes killed the leader on Monday. He said so."
    path = tmp_path / "wire.txt"
    path.write_text(f"{line}\n", encoding="utf-8")
    with small_windows():
        (result,) = _process_file(path)
    assert not isinstance(result, (Skipped, Warned))
    article, offsets = result
    cut = len("WASHINGTON (AP) — ")
    assert list(offsets[:4]) == [
        cut,
        cut + 44,
        len(line[:cut].encode()),
        len(line[:cut].encode()) + 44,
    ]
    rows = [r for batch in sentence_rows(article, offsets, 10) for r in batch]
    assert [(r["text"], r["dateline"]) for r in rows] == [
        ("U.S. airstrikes killed the leader on Monday.", "WASHINGTON (AP) —"),
        ("He said so.", None),
    ]


def test_a_long_lines_dateline_must_end_before_the_start_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "BUTTE, Montana - " alone is a dateline on its own line; as the first 17 characters of
    # a line that goes on in lower case it is not one, so the end of what was read must not
    # stand in for the end of the line.
    monkeypatch.setattr(_article, "_DATELINE_PREFIX", 17)
    assert _article._long_dateline(bytearray(b"BUTTE, Montana - he said it."), before=0) == (0, 0)
    monkeypatch.setattr(_article, "_DATELINE_PREFIX", 4096)
    line = "BUTTE, Montana — He said it."
    assert _article._long_dateline(bytearray(line.encode()), before=0) == (17, 19)


def test_a_run_of_joined_lines_longer_than_a_long_line_comes_as_bytes() -> None:
    # A hard-wrapped paragraph whose lines each go on with the one before (_stubs) is joined
    # as main joins it, but held as its pieces and given as UTF-8 bytes once longer than
    # LONG_LINE: never one growing str (main's f"{a} {b}" copied it at every line).
    lines = [
        "IBM also noted that",
        "it currently has",
        "job postings for more",
        "than 10,000 roles.",
    ]
    with small_windows():
        pairs = list(_clean.KeptStream(iter(lines)))
        texts, gaps, _, dropped = _kept_lines_as_a_list(lines, None, False)
        stream = _clean.KeptStream(iter(lines))
        list(stream)
    assert len(pairs) == 1 and isinstance(pairs[0][1], bytearray)
    assert [(g, bytes(t).decode()) for g, t in pairs] == list(zip(gaps, texts, strict=True))
    assert stream.dropped == dropped
    assert [d.kind for d in dropped] == ["joined"] * 3


def test_kept_stream_reads_no_further_ahead_than_the_rules_need() -> None:
    # The heading rule looks at the next line, and the stub join holds the last kept line
    # until the next kept one: so a kept line is given out by the time the reader is two
    # lines past it, however long the article (no list of its lines is built). The body's
    # first line, of a round-up item's heading's shape, waits for the paragraph under it
    # (annotate.corpus._first_items, round 37): one line more, at the top only.
    lines = [f"Sentence number {i} ends here." for i in range(1, 200)]
    read = 0

    def reader() -> Iterator[str]:
        nonlocal read
        for line in lines:
            read += 1
            yield line

    for n, (_, line) in enumerate(_clean.KeptStream(reader()), start=1):
        assert line == lines[n - 1]
        assert read <= n + 2 + (n == 1)
