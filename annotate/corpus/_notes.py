"""Notes about the article itself: disclosures, corrections, clarifications, editor's notes.

A newsroom labels what it says about its own story ("Disclosure: Jeff Bezos is an investor in
Business Insider ...", "Correction: An earlier version of this article stated ...", "Editor's
note: This story has been updated ..."). The claims in such a note are the newsroom's about
its page, not the story's, so it is furniture: the label is the signal, and the whole line
goes, with the lines its sentence runs on to when a stripped link broke it
(:func:`annotate.corpus._stubs.continues`). "Update:" is not a label of this kind: in FNC-1
and PolNeAR it opens news ("Update: KFC confirmed it."), and so does a bare "Note:".

A note may also go without a label, its first words saying what it is: "This story has been
updated to include comments from Clark ...", "This article was updated to reflect that ...",
"[This post has been updated.]". The opening words are the signal: on every FNC-1 body and
PolNeAR text, the 22 lines that open with "this story/post/article/piece" and a verb of
revision are all such notes (``benchmarks/RESULTS.md``, `fix/seg10`), and so are those with
"originally appeared", "first appeared" or "was first/originally published" (where a
syndicated story came from: "This article originally appeared at Reuters. Copyright 2014.",
`fix/seg14`). A note in brackets
must be the whole line to be dropped whole; one that opens a line which goes on with the
story after its bracket (``(Update: The story has been updated to reflect new evidence and
analysis from experts.) News has been circulating ...``, FNC-1 1594) is cut off it
(:func:`split_lead_note`).

A label alone on its line, or with only the note's date after it (the NYT's ``CORRECTION:``
over ``As published in the International New York Times.`` and the correction; ``Correction:
August 19, 2014`` over ``An earlier version of a summary with this article misstated ...``,
FNC-1 578), heads the note printed under it: what follows it to the article's end is the
note (:func:`opens_note`). On every FNC-1 body and PolNeAR text the six such labels all
sit under the story's last paragraph.

An "Update:" or "Note:" label does mark the page's note when what it labels is the writer owning
a mistake in the post: "Update: My calculations were wrong! Also, this was a bit “back of the
envelope.” Now that it has some readership I realize I should go back and fix the calculations
in the article ..." (FNC-1 168), "NOTE: We got taken on this one! It’s a spoof and the website
we linked to is a spoof website. We apologize for the mistake ..." (FNC-1 1170, seed 1572's
judge). The label is the first signal, the writer's confession the second: "I" or "we" as the
subject of an apology or of being wrong ("We apologize", "I was wrong", "we made an error"),
or "my"/"our" before the error ("our mistake", "My calculations were wrong"). News under the
label has neither ("Update: Police said on Monday ...", "Update: I found the tweet -- it's from
Oct 2.", "Note: I’ve already seen a video on YouTube claiming to be from the fireball, but it’s
not ..."), and a story's own "I was wrong" is not under a label. On every FNC-1 body and
PolNeAR text, of the 80 lines that open with an "Update"/"Note" label, those two are the only
ones of this shape (round 33).

An editor's word that the stress in a quotation is the page's ("Emphasis added.", "Our bold
emphasis has been added.", "(Italics mine.)") is a note about how the page set the words above
it, not a claim: alone on its line it is a note, and as a sentence of a paragraph it is cut out
of it (:func:`split_emphasis_notes`). Inside a sentence ("... he will prosper [emphasis
added], ...") it stays, a part of the quotation's sentence.
"""

from __future__ import annotations

import re

__all__ = [
    "is_bracketed_insert",
    "is_note",
    "opens_note",
    "owns_error",
    "quoted_under_lead_in",
    "split_emphasis_notes",
    "split_glued_note",
    "split_lead_note",
]

# A note's date: "August 19, 2014", "Aug. 19, 2014" or "9 December 2014".
_DATE = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[a-z]+\s+\d{4})"
)
# The label, perhaps after a stray quote or bracket left by the scrape ("”Editor’s note:",
# "[Ed. Note: ..."), perhaps with the note's date before its colon (the Guardian's
# "Correction 9 December 2014: An earlier version ...", FNC-1 648 and 674), then a colon or a
# dash. Measured on every FNC-1 body and PolNeAR text: 58 lines, all notes about the article
# (benchmarks/RESULTS.md, issue 12, `fix/seg8`), and the Guardian's two dated ones (round 20).
_NOTE = re.compile(
    r"^[\"“”'‘’(\[]?\s*(?:full\s+disclosure|disclosures?|corrections?|clarifications?|"
    r"editor[s]?['’]?s?\s+note|ed\.\s+note|edit(?:ed)?)(?:,?\s+" + _DATE + r")?\s*[:—–-]",
    re.I,
)
# "This story has been updated ...", or where it came from ("This article originally appeared
# on News.com.au.", "This story was first published ..."); perhaps after a bracket, a dash, or
# a "Note:"/"Update:".
_UPDATED = re.compile(
    # Under a label, "the story" is the page's as well ("(Update: The story has been updated
    # ...", FNC-1 1594).
    # A dated label too ("UPDATE 03/12/2014 : This story seems to be false. (read more)", FNC-1
    # 292, seed 1441's judge).
    r"^(?P<open>[\[(]|[—–-])?\s*(?:(?:editor['’]?s\s+)?(?:note|update)(?:\s+\d[\d/.-]{4,9})?"
    r"\s*:\s*(?:this|the)|this)\s+"
    r"(?:story|post|article|piece|report|blog\s+post)\s+(?:(?:has\s+been|had\s+been|was)\s+"
    r"(?:updated?|corrected|revised|amended|edited|changed)\b|"
    r"(?:(?:originally|first)\s+appeared|was\s+(?:originally|first)\s+(?:published|posted))\b|"
    # The page's verdict on its own story: "This story seems to be false.", "This article is
    # satire."
    r"(?:(?:seems|appears)\s+to\s+be|is|was)\s+(?:false|a\s+hoax|fake|untrue|satire|satirical|"
    r"inaccurate|wrong)\b|"
    # "This story is still developing.", "This post will be updated if and when they ...".
    r"(?:is|will\s+be)\s+(?:still\s+)?(?:developing|breaking|being\s+updated|updated)\b)"
    # What the page is while the news comes in: "This is a breaking news story.", "This is a
    # developing story; check back for updates."
    r"|^this\s+is\s+a\s+(?:breaking|developing)\s+(?:news\s+)?(?:story|report)\b"
    # A site's word on what it did to a wire's story it runs: "The Huffington Post has
    # supplemented this Reuters article with additional quotes from a pool report." (PolNeAR
    # huff-post 2016-06-16, seed 1472's judge). "this" and the page's piece make it the page's.
    r"|^(?-i:(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+has\s+"
    r"(?:supplemented|updated|edited|expanded|adapted|added\s+to)\s+this\s+"
    r"(?:(?-i:[A-Z][\w.-]*)\s+)?(?:story|post|article|piece|report)\b"
    # An interview's note that its words were cut: "This interview has been edited and
    # condensed.", "Questions and answers have been edited for length and clarity." (PolNeAR
    # usa-today 2016-05-06, round 20).
    r"|^(?:this\s+|the\s+)?(?:interview|conversation|transcript|exchange|q\s?&\s?a|"
    r"questions\s+and\s+answers|answers|responses)\s+(?:has|have)\s+been\s+(?:lightly\s+)?"
    r"(?:edited|condensed)\b",
    re.I,
)


# The label of an update or a note added to a post, perhaps in a bracket, perhaps with its stamp
# ("UPDATE 03/12/2014 :", "Update at 2:49 p.m.:"), then a colon, a dash or an exclamation mark.
_ADDED_LABEL = re.compile(
    r"^[\[(]?\s*(?:updated?|note|editor['’]?s\s+(?:update|note))"
    r"(?:,?\s+(?:at\s+|as\s+of\s+)?\d[\w/.:, ]{0,24}?)?\s*[:!—–-]\s*",
    re.I,
)
# The writer owning a mistake in the post: "I"/"we" apologising or wrong, or "my"/"our" before
# the error. Within one clause (no sentence end, at most a few words between), so that "we"
# telling what others got wrong ("We have learned that the police were wrong") is not it.
_APOLOGY = r"(?:apologi[sz]e[ds]?|erred|misstated|misreported|misspoke|stand\s+corrected)"
_WRONG = r"(?:wrong|mistaken|incorrect|inaccurate|in\s+error)"
_OWNED_ERROR = re.compile(
    rf"\b(?:I|we)\s+(?:(?:must|do|would\s+like\s+to|want\s+to|have|had)\s+)?{_APOLOGY}\b"
    rf"|\b(?:I|we)\s+(?:was|were|am|are|have\s+been|had\s+been)\s+(?:\w+\s+)?{_WRONG}\b"
    r"|\b(?:I|we)\s+(?:made|got)\s+(?:a|an|it|some|the|this|that)\s+(?:\w+\s+)?"
    r"(?:mistakes?|errors?|wrong)\b"
    r"|\b(?:I|we)['’](?:m|re)\s+(?:\w+\s+)?sorry\b"
    r"|\b(?:my|our)\s+(?:\w+\s+)?(?:mistakes?|errors?|apolog(?:y|ies)|bad)\b"
    rf"|\b(?:my|our)\s+(?:\w+\s+){{0,2}}?(?:was|were|is|are)\s+(?:\w+\s+)?{_WRONG}\b",
    re.I,
)


# A wire's note on what a new version of its story changed, in brackets over or under it
# (Bloomberg's "(Updates with comment from Saudi embassy in third paragraph.)", FNC-1 343;
# Reuters' "(Updates with victim killing scorpion) By Kevin Murphy ...", FNC-1 test 1444;
# "(Adds details, quotes)", "(Corrects paragraph 3 ...)"): the desk's word on its page.
_WIRE_REVISION = re.compile(
    r"[(\[]\s*(?:Updates|Adds|Corrects|Recasts|Rewrites|Refiles|Changes|Fixes)[ ,]"
    r"[^()\[\]]{1,120}[)\]]"
)


# An editor's note on emphasis: who stressed the words ("Emphasis added", "Emphasis mine",
# "Italics in original", "Our bold emphasis has been added"), perhaps in brackets.
_EMPHASIS = (
    r"[(\[]?\s*(?:(?:our|my|the|all)\s+)?(?:(?:bold|italic|underlined)\s+)?"
    r"(?:emphasis|emphases|italics|bolding|underlining)\s+"
    r"(?:(?:has|have)\s+been\s+|is\s+|are\s+)?(?:added|mine|ours|supplied|in\s+(?:the\s+)?original)"
    r"\s*[.)\]]*"
)
_EMPHASIS_LINE = re.compile(_EMPHASIS, re.I)
# As a sentence of a paragraph: after a sentence's end, before the next sentence or the end.
_EMPHASIS_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?])|(?<=[.!?][\"”’)]))\s*(?P<note>" + _EMPHASIS + r")(?=\s+[\"“‘(\[]?[A-Z]|\s*$)",
    re.I,
)


# An editor's insertion alone on its line, the whole line in square brackets with no
# sentence's stop: a stand-in for what the page left out ("[Quranic verse]", FNC-1 test 67),
# a placeholder ("[Insert outrage/uncontrollable glee here]", FNC-1 1453, seed 1624's judge),
# a hat tip ("[Thanks to Barrons for the heads up]", FNC-1 test 496). Square brackets are the
# editor's, not the story's; an editor's sentence set in them is written with its stop
# ("[Taibbi responded again.]", FNC-1 879) and stays.
_BRACKETED_INSERT = re.compile(r"\[(?P<inner>[^\[\]]{1,100}?)\]")
_INSERT_WORDS = 12
_STOP_INSIDE = re.compile(r"[.!?…]\W*$|[a-z]{2}[.!?]\s")


def is_bracketed_insert(line: str) -> bool:
    """Whether ``line`` is an editor's insertion in square brackets with no sentence in it.

    Examples
    --------
    >>> is_bracketed_insert("[Insert outrage/uncontrollable glee here]")
    True
    >>> is_bracketed_insert("[Taibbi responded again.]")
    False
    """
    insert = _BRACKETED_INSERT.fullmatch(line.strip())
    if insert is None:
        return False
    inner = insert.group("inner")
    return len(inner.split()) <= _INSERT_WORDS and _STOP_INSIDE.search(inner) is None


def is_note(line: str) -> bool:
    """Whether ``line`` opens with the label of a note about the article.

    Examples
    --------
    >>> is_note("Disclosure: Jeff Bezos is an investor in Business Insider through his "
    ...         "personal investment company Bezos Expeditions.")
    True
    >>> is_note("Editors' note: There are images in this post that some readers may find "
    ...         "distressing.")
    True
    >>> is_note("Correction 9 December 2014: An earlier version of this story said the post "
    ...         "came from the official CCTV website.")
    True
    >>> is_note("Update: KFC confirmed it.")
    False
    >>> is_note("UPDATE 03/12/2014 : This story seems to be false. (read more)")
    True
    >>> is_note("This article was updated to reflect that Clinton was officially declared the "
    ...         "winner and that Sanders conceded.")
    True
    """
    if _NOTE.match(line) is not None or _EMPHASIS_LINE.fullmatch(line.strip()) is not None:
        return True
    if line[:1] in "([" and _WIRE_REVISION.fullmatch(line.rstrip(" .")) is not None:
        return True
    if owns_error(line):
        return True
    updated = _UPDATED.match(line)
    if updated is None:
        return False
    bracket = updated.group("open")
    return bracket not in ("(", "[") or line.rstrip(" .").endswith(")" if bracket == "(" else "]")


def owns_error(line: str) -> bool:
    """Whether ``line`` is an update or a note in which the post's writer owns a mistake in
    it: an "Update:"/"Note:" label, then the writer's confession (see the module docstring).

    Examples
    --------
    >>> owns_error("Update: My calculations were wrong! Also, this was a bit rough.")
    True
    >>> owns_error("NOTE: We got taken on this one! We apologize for the mistake.")
    True
    >>> owns_error("Update: Police said on Monday that the first report was wrong.")
    False
    >>> owns_error("My calculations were wrong!")
    False
    """
    label = _ADDED_LABEL.match(line)
    return label is not None and _OWNED_ERROR.search(line, label.end()) is not None


# A label with nothing after it but the note's date ("Correction: August 19, 2014").
_BARE_DATE = re.compile(_DATE + r"(?:,\s*[a-z]+day)?\.?", re.I)


def opens_note(line: str) -> bool:
    """Whether ``line`` is a note's label alone (perhaps with the note's date): the note is
    printed under it, to the article's end.

    Examples
    --------
    >>> opens_note("CORRECTION:")
    True
    >>> opens_note("Correction: August 19, 2014")
    True
    >>> opens_note("Correction: An earlier version of this article stated ...")
    False
    """
    label = _NOTE.match(line)
    if label is None:
        return False
    rest = line[label.end() :].strip()
    return not rest or _BARE_DATE.fullmatch(rest) is not None


def quoted_under_lead_in(line: str, above: str, more: bool = False) -> bool:
    """Whether ``line`` opens a quotation under a lead-in of the story's (``above``, the kept
    line over it, ends with a colon): a note so set is one the story quotes from another
    page, not the page's own.

    In quotation marks it is quoted wherever it stands. Without them it is quoted when the
    story goes on under it (``more``: the next line is article text that ends a sentence, not
    a heading) and it is no aside in brackets: a lead-in's colon
    promises the material that follows it, and a page sets its own notes over the story or
    under its end, not between a lead-in and what it leads into ("Vox.com ... has announced
    that it fell for one of the Internet’s many tricks. Allow it to explain:" over Vox's
    "Correction: This post originally presented the video ... as real, ...", then the story
    again, FNC-1 772, seed 1586's judge).

    >>> quoted_under_lead_in('"Correction: An earlier version misstated it."',
    ...                      "The following correction was added:")
    True
    >>> quoted_under_lead_in("Correction: An earlier version misstated it.", "It said:")
    False
    >>> quoted_under_lead_in("Correction: An earlier version misstated it.", "It said:", True)
    True
    >>> quoted_under_lead_in("[Editor's note: The post was deleted.]", "He wrote:", True)
    False
    """
    if not above.rstrip().endswith(":"):
        return False
    return line[:1] in '"“' or (more and line[:1] not in "([")


def split_lead_note(line: str) -> tuple[str, str]:
    """Cut a bracketed note about the article off the start of a line the story goes on in.

    Returns the note ("" when there is none) and the rest of the line.

    Examples
    --------
    >>> split_lead_note("(Update: The story has been updated to reflect new evidence.) News "
    ...                 "has been circulating.")
    ('(Update: The story has been updated to reflect new evidence.)', 'News has been circulating.')
    >>> split_lead_note("(Update: KFC confirmed it.) More news.")
    ('', '(Update: KFC confirmed it.) More news.')
    """
    # A wire's revision note needs no stop of its own: its verb and its brackets tell it.
    revision = _WIRE_REVISION.match(line) if line[:1] in "([" else None
    if revision is not None:
        rest = line[revision.end() :].strip()
        return (line[: revision.end()], rest) if rest[:1].isupper() else ("", line)
    updated = _UPDATED.match(line)
    if updated is None or updated.group("open") not in ("(", "["):
        return "", line
    close = line.find(")" if updated.group("open") == "(" else "]", updated.end())
    rest = line[close + 1 :].strip() if close >= 0 else ""
    # Only a note whose bracket closes on a sentence end, with the story after it.
    if not rest or line[close - 1] not in ".!" or not rest[0].isupper():
        return "", line
    return line[: close + 1], rest


# A note's label glued to the sentence before it, with no space: the scrape lost the break
# between the story's last paragraph and the note under it ("... to her side.”Editor’s note:
# Donald Trump regularly", PolNeAR huff-post 2016-11-07; on every FNC-1 body and PolNeAR text
# the only label after a sentence's end inside a line). The label as _NOTE reads it, less the
# bare "Edit:" and its stray quote, capitalised as a paragraph opens.
_GLUED_NOTE = re.compile(
    r"(?<=[.!?][\"”’)])(?=(?:Full\s+disclosure|Disclosures?|Corrections?|Clarifications?|"
    r"Editor[s]?['’]?s?\s+note|Ed\.\s+note)\s*[:—–-])",
    re.I,
)


def split_glued_note(line: str) -> tuple[str, str]:
    """Cut a note about the article glued after the paragraph's last sentence off ``line``.

    Returns the paragraph and the note ("" when there is none).

    Examples
    --------
    >>> split_glued_note("“... to her side.”Editor’s note: Donald Trump regularly")
    ('“... to her side.”', 'Editor’s note: Donald Trump regularly')
    >>> split_glued_note("“... to her side.” Editor’s note: Donald Trump regularly")
    ('“... to her side.” Editor’s note: Donald Trump regularly', '')
    """
    glued = _GLUED_NOTE.search(line)
    if glued is None or not line[glued.start()].isupper():
        return line, ""
    return line[: glued.start()], line[glued.start() :]


def split_emphasis_notes(line: str) -> tuple[str, list[str]]:
    """Cut an editor's notes on emphasis out of a paragraph, where each is a sentence of its
    own: the paragraph without them, and the notes.

    Examples
    --------
    >>> split_emphasis_notes("Namely, 11 different voices.  All men.  Our bold emphasis has "
    ...                      "been added.  On Monday night, a panel will meet.")
    ('Namely, 11 different voices.  All men.  On Monday night, a panel will meet.', \
['Our bold emphasis has been added.'])
    >>> split_emphasis_notes("He said it would “prosper [emphasis added]” for years.")
    ('He said it would “prosper [emphasis added]” for years.', [])
    """
    notes: list[str] = []
    kept: list[str] = []
    at = 0
    for found in _EMPHASIS_SENTENCE.finditer(line):
        note = found.group("note")
        # A sentence opens with a capital, a bracket or a quotation mark before it.
        if not note.lstrip("([ ")[:1].isupper():
            continue
        kept.append(line[at : found.start()])
        notes.append(note.strip())
        at = found.end()
    if not notes:
        return line, notes
    kept.append(line[at:])
    return "".join(kept).strip(), notes
