"""Lines that are not prose: line-ups and name lists, score tables, dates, link lines, code.

A task is one sentence to label for claim type, hedging and attribution; a line-up or a table
of results has no claim in it. These rules decide by what a line is made of, measured on its
tokens, not by a list of phrases: the share of lower-case words (prose is held together by
them: "the", "of", "said"; a line-up or a score line has almost none), the share of digits
and dashes, how many short items the commas and semicolons cut it into, and what is left of
it outside markup. The few word sets used (months, the interaction verbs of link text) are
closed classes, and each rule also asks for the measured shape.

The rules were counted on FNC-1 bodies and PolNeAR texts (benchmarks/RESULTS.md, "Non-prose
and credits"), with every dropped line of a sample read by hand.
"""

from __future__ import annotations

import re

from annotate.corpus._code import is_call_statement, is_code, is_style_rule
from annotate.corpus._credits import is_bare_source, is_maker_credit
from annotate.corpus._letters import letter_part
from annotate.corpus._live_updates import is_entry_stamp, is_update_line
from annotate.corpus._page_talk import is_page_lead
from annotate.corpus._related import (
    CAPS_TEASER,
    is_dated_related,
    is_reprint_head,
    is_source_link,
)
from annotate.corpus._subheadings import SUBHEAD_WORD, is_verbless
from annotate.corpus._table_rows import is_price_list
from annotate.corpus._tweets import is_post_signature

__all__ = [
    "MAX_LINE",
    "element_tag",
    "ends_with_tweet_sign_off",
    "is_figure",
    "is_teaser",
    "is_teaser_label",
    "is_tweet_sign_off",
    "is_tweet_text",
    "non_prose",
    "title_case",
]

# Longer lines are prose (or too long to be a task anyway): the longest non-prose line in
# FNC-1 and PolNeAR is a 1,094-character script. The bound also keeps the token lists below
# from copying a 50 MB single-line article.
MAX_LINE = 5_000
_TOKEN = re.compile(r"\S+")
_LOWER = re.compile(r"^[\"'“‘(\[]*[a-z][a-z'’-]*[.,;:!?\"'”’)\]]*$")
_WORDISH = re.compile(r"[^\W\d_]")
# A number, score, time, measure or rank: "3-1", "6.56", "90+2'", "17:31", "1.", "(2)", "60m".
_NUMBER = re.compile(r"^[(\[]?[-+−]?\d[\d.,:/'’+x×-]*(?:st|nd|rd|th|s|m|km|kg|pts|%)?[)\].,;:]?$")
_DASH = re.compile(r"^[-–—]+$")
# Items of a list: cut at commas and semicolons, and at "and" before the last one.
_ITEM_SEP = re.compile(r"\s*[;,]\s*(?:and\s+)?|\s+and\s+")
# A label that opens a list: "Wales:", "Subs not used:", "Best actor:".
_LABEL = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,3}:\s+")
# One item of a name list: capitalised words, initials, a parenthesised note ("(capt)"), a
# number (a shirt number, a minute) and lower-case name particles ("van", "de", "da").
_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w'’.-]*|[A-Z]\.?|\([^()]{1,12}\)|\d{1,3}(?:['’]|\+\d+['’]?)?|"
    r"van|von|de|der|den|da|di|du|del|la|le|el|al|bin|ibn|dos|das|ter)[.,;:]?$"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
# A token of a date or time stamp: a month or weekday, a number, a clock time or zone; a
# clock time perhaps glued to its "a.m."/"p.m." (The Latest's "6:00p.m.", PolNeAR breitbart
# 2016-03-01).
_DATE_TOKEN = re.compile(
    rf"^(?:{_MONTH}|{_DAY}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:[ap]\.m\.)?|"
    r"[ap]\.?m\.?|gmt|utc|(?-i:[A-Z]{1,4}T)|at|on|update[ds]?|last|published|posted|[-–—/|,.:])[.,:]?$",
    re.I,
)
# A stamp's core: a month, a weekday or a clock time; an hour is one with its "a.m."/"p.m."
# (a live blog's "7 p.m.": the figure alone may be anything).
_DATE_CORE = re.compile(
    rf"^(?:{_MONTH}|{_DAY}|\d{{1,2}}[:.]\d{{2}}(?:[ap]\.m\.)?|[ap]\.m\.)[.,:]?$", re.I
)
# Link text addresses the reader's hand: "click here", "tap to watch", "swipe".
# After a comma too: "For mobile users, click here to watch the video".
_CLICK = re.compile(r"(?:^|[.?!:*»›|,]\s*)\**(?:click|tap|swipe)\b", re.I)
# Top-level domains that mark a bare web address ("nytimes.com", "bbc.co.uk/news").
_TLDS = r"(?:com|org|net|co|uk|gov|edu|tv|ly|io|info|news)"
_URL = re.compile(
    rf"^(?:https?://\S+|www\.\S+|\S+@\S+\.\w+|@\w+|[\w-]+(?:\.[\w-]+)*\.{_TLDS}(?:/\S*)?)[.,;]?$",
    re.I,
)
_TAG = re.compile(r"<[^<>]*>")
# A line that is one element of the page's markup, text and all: it opens with a tag and ends
# with the same element's closing tag (perhaps written "<tweet/>", then a stray stop). PolNeAR
# embeds each tweet so (`<tweet tweet-author="@jeets" ...>People behind ...<tweet/>.`), an
# Engadget body its product link (`<a href="...">   Apple   Watch  </a>`, FNC-1 521). A line
# that goes on after the closing tag is left to the other rules (`<span class=meta>Photo/...
# </span>A young cat in Florida ...`, FNC-1 test 1272). On FNC-1 train and PolNeAR: 43 lines,
# 41 tweets, 2 links, and one PolitiFact passage that a broken embed wrapped as a tweet.
_ELEMENT = re.compile(
    r"<(?P<tag>[A-Za-z][\w-]*)(?:\s[^<>]*)?>[^<>]*(?:</(?P=tag)>|<(?P=tag)\s*/>)\W*"
)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def element_tag(text: str) -> str | None:
    """The tag, in lower case, of the one element of markup ``text`` is whole (see
    ``_ELEMENT``), or None. Line breaks may stand inside it (see
    annotate.corpus._broken_elements).

    Examples
    --------
    >>> element_tag('<tweet tweet-author="@edhenry" tweet-date="March 10, 2016">Candidates '
    ...             'are not supposed to confer w staff<tweet/>.')
    'tweet'
    >>> element_tag('<span class=meta>Photo/Humane Society</span>A young cat was buried.') is None
    True
    """
    element = _ELEMENT.fullmatch(text)
    return None if element is None else element.group("tag").lower()


# The tail of a start tag a scrape cut the "<p" off, its attributes and its ">" left glued to
# the start of the paragraph's text (`class="cnn_storypgraphtxt cnn_storypgraph3">In the
# recording, ...`, FNC-1 149's CNN excerpt). Prose never writes a word straight against `="`,
# nor closes such a run with ">"; the text must go on after it.
_TAG_TAIL = re.compile(r'(?:[A-Za-z][\w:-]*="[^"<>]*"\s*)+/?>\s*(?=\S)')
# The label of a box of links to other stories, alone on its line: "SEE ALSO:", "MORE:",
# "RECOMMENDED:", "Related Links", "RELATED READING:" (the headlines follow on lines of their
# own; "Related" and one word: 14 labels in FNC-1 and PolNeAR, every one a box's).
# PolNeAR's HuffPost texts keep the label in the quotation marks of its element ("\"Related:\"",
# three texts, each over the box's headlines). Western Journal's "Trending Stories" is one
# over its glued headlines (PolNeAR west-journal 2016-10-19).
_TEASER_LABEL = re.compile(
    r"^[\[(\"“]?\s*(?:see also|also read|read more|related(?:\s+[a-z]+)?|"
    r"more(?: stories)?|recommended|you may also like|don't miss|must see|top stories|"
    r"most popular|trending(?: stories| now)?)\s*:?\s*[\])\"”]?$",
    re.I,
)
# A pointer to more of the site, the whole line one sentence: "Read more about Apple Watch and
# tim cook.", "Read more on Ferguson.", "Read more Paramount Moves Forward With 'Baywatch' Movie
# (Exclusive)" (a link's title after it; FNC-1 660, 120, 72). "Read more" opening a line is
# the imperative; prose's "read more than ..." is a comparison.
_READ_MORE = re.compile(r"^read more\b(?! than)[^.!?]{0,150}[.!]?$", re.I)
# A link to another story set in brackets between a story's paragraphs, its label then its
# headline: "[Read: The tactics of Islamic State beheadings]" (The Washington Post, FNC-1
# 831). The label and its colon open the bracket, so no editor's note or aside ("[Insert
# outrage/uncontrollable glee here]", FNC-1 1453) is taken.
_BRACKETED_TEASER = re.compile(
    r"^[\[(]\s*(?:read|read more|see|see also|also read|related|more|watch)\s*:\s*"
    r"[^\[\]()]{1,150}[\])]$",
    re.I,
)
# The sign-off of an embedded tweet: "— Max Fisher (@Max_Fisher) August 19, 2014". A scrape
# may put its dash on a line of its own ("—" / "Islamic State Times (@ISTimes1) October 07,
# 2014", FNC-1 6): without the dash, the handle must be followed by a full date, and a dash
# inside is the sign-off's, glued to the tweet's text (see _TWEET_TAIL).
_TWEET_SIGN_OFF = re.compile(
    rf"^(?:[—–-]\s.{{1,80}}\(@\w{{1,30}}\)\s+.{{0,20}}|"
    rf"[^\s—–-][^—–]{{0,80}}\(@\w{{1,30}}\)\s+{_MONTH}\.?\s+\d{{1,2}},\s+)\d{{4}}$",
    re.I,
)
# A post's sign-off that names its writer only as the network's user, in place of the name and
# handle: "– TWITTER USER" under the tweet it closes (FNC-1 399, the Daily Telegraph). The
# network's name marks a post; a quotation's sign-off names its speaker ("– SHEIKH MUNAJJID").
_USER_SIGN_OFF = re.compile(
    r"^[—–-]\s*(?:(?:an?|one|another)\s+)?(?:twitter|facebook|instagram)\s+user\.?$", re.I
)
# The text of an embedded tweet ends with the tweet's own short link: Twitter's address for
# a link or a picture in it ("... 2 weeks ago. #IS http://t.co/N1PUeXI7iR", "... No problem.
# #HairGate pic.twitter.com/DMoWGXkQ46"). Prose that cites a tweet names it, and a web page
# links with its own address: on FNC-1 and PolNeAR, 72 lines end so, every one a tweet's text.
# The link may be followed by the tweet's closing hashtags ("We are monitoring the news with
# huge expectations http://t.co/L01FrUFKwz #BringBackOurGirls", FNC-1 1761) or by the closing
# quotation mark of a tweet copied in quotes with its sign-off stripped ('M/T "He cleared up
# internet rumor about what I was REALLY doing http://t.co/MoogDLa3z1"', FNC-1 1926): neither
# is prose's, which names a link inside a sentence it ends with a mark.
_TWEET_LINK = re.compile(
    r"(?:\bhttps?://t\.co|pic\.twitter\.com)/\w+(?:\s+#\w*[^\W\d_]\w*)*[\"”]?$"
)
# An embedded post as a page that lost the embed's markup labels it: the network, a colon,
# the account's name and a dash before the post's text ("Twitter: David Cameron - The murder
# of David Haines is an act of pure evil. My heart goes out ...", the Telegraph).
_POST_LABEL = re.compile(
    r"^(?:twitter|instagram|facebook)\s*:\s*[^\s:.!?—–-][^:.!?—–]{0,60}?\s[-–—]\s+\S", re.I
)
# The same sign-off at the end of the tweet's own text, as a scrape that lost the embed's line
# breaks leaves it: "... pic.twitter.com/mZetDARLOI — Joseph Braude (@josephbraude) February 4,
# 2015", "... Hurts!— Quinn Nelson (@SnazzyQ) October 6, 2014".
# PolNeAR's export closes the line with a full stop after the year ("... — Apple Music
# (@AppleMusic) September 27, 2016.", breitbart 2016-09-28).
_TWEET_TAIL = re.compile(r"\S\s*[—–-]\s*[^—–()]{1,80}\(@\w{1,30}\)\s+.{0,20}\d{4}\.?$")
# The signs non_prose looks for before it splits a line into tokens.
_DATE_HINT = re.compile(rf"\b(?:{_MONTH}|{_DAY})\b|\d[:.]\d\d|\d [ap]\.m\.", re.I)
_TLD = re.compile(rf"\.{_TLDS}\b")
_LOWER_START = re.compile(r"(?:^|(?<= ))[\"'“‘(\[]*[a-z]")
_TWO_NUMBERS = re.compile(r"\d\D+\d")
# Labels of teaser links to other stories ("SEE ALSO: ...", "PHOTOS: ...").
_TEASER = re.compile(
    r"^[\[(]?\s*(?:see also|also read|read more|read|related(?: stories| story)?|more|"
    r"photos|pictures|gallery|videos?|watch|special|must see|don't miss|trending|top stories|"
    r"most popular|recommended|sponsored|promoted|latest)\s*:\s*(?P<rest>.+?)\s*[\])]?$",
    re.I,
)

# A line addressing the reader about the page itself, as "click here" does: "Watch the video on
# RadarOnline.com:", "Read the full report here.", "You can read the whole article here.",
# "Visit our website daily for more shocking news!", "Follow the rest of our March 2015 event
# coverage ...", "More from Fox News:". An imperative of reading, watching or visiting (or
# "you can" and one), and what it points at on the page or off it: the rest of a story on
# another site ("Read the rest of the story at Mediaite."), or the writer's account ("Follow
# Pam Key on Twitter @pamkeyNEN.", a sign-off under 49 FNC-1 and PolNeAR articles; once inside
# a transcript's quote mark: "\"Follow Pam Key on Twitter @pamkeyNEN.\"").
_ADDRESS = re.compile(
    # The page may set it in brackets, as an aside ("(See Sexton's full timeline of the Trump
    # rally below.)", PolNeAR huff-post 2016-06-17).
    r"^[\"“(]?\**(?:you\s+can\s+)?"
    r"(?:watch|read|visit|follow|listen\s+to|view|check\s+out|see)\b[^.!?]{0,120}?\b"
    r"(?:here|below|above|video|website|site|page|coverage|full\s+(?:report|story|interview|"
    r"article|text|statement)|more\s+(?:news|stories|updates|coverage)|rest\s+of\s+(?:the|this)"
    r"\s+(?:story|article|interview|report|post)|on\s+(?:twitter|facebook|instagram))\b"
    r"|^more\s+from\s+[^:]{1,60}:$",
    re.I,
)
# A teaser to another story: a label in capitals, a colon, a headline that does not end like
# a sentence ("ANTI-GAY STANCE: Casey councillor slammed for ‘cheap stunt’", "HOLY EUNUCHS:
# Do Islamic State jihadists face the ‘big snip?’"); a wire lead-in ("BEIRUT: Lebanon's
# minister said ...") ends with a full stop and stays (see annotate.corpus._related).
_CAPS_TEASER = CAPS_TEASER
# A caption in the form of British tabloids and their copies: a label of a few words, a colon,
# then what the picture shows, with no sentence-final mark ("Heartbroken: Relatives and
# colleagues blockade a toll road near the site", "On patrol: Mr Abdulla (right) pictured
# with ..."): 396 lines of FNC-1 train bodies and one of PolNeAR, every one read a caption, a
# teaser, a note or a subheading ("Clinton: Keep it"). A sentence after a label ends with its
# mark ("Update: Trump said he would win."), a transcript turn too ("TAPPER: Do you think
# ...?"), or with a dash when it breaks off. The label's words may have a comma between them
# ("New digs, big problem:", FNC-1 959 and 821: the two more lines this takes, both captions).
# The label may be a quotation in its marks ("'You lucky son of a b****': The group marvel at
# the lifesaving helmet ...", FNC-1 743; four such lines in FNC-1, all captions or teasers).
# The label may ask or exclaim before its colon ("Still on?: Phelps has yet to comment on any
# of this", FNC-1 2322 and 1342, as a label asks without one: _captions.is_asked_caption).
# A quoted label may hold an apostrophe between letters and run to a long clause ("'I was
# afraid one had left, but they told me they're all still there': Senator Graham was assured
# that all five men remain in Qatar", FNC-1 2207, round 30's judges): an apostrophe with a
# letter on each side is a word's, not the quotation's close.
_LABELLED = re.compile(
    r"^(?P<label>[A-Z][\w'’.-]*,?(?:\s+[\w'’.-]+,?){0,3}[?!]?"
    r"|['‘\"“](?:[^'’\"”]|(?<=[^\W\d_])['’](?=[^\W\d_])){1,100}['’\"”])"
    # The caption may open with a figure: "Loss: 24-year-old Carillo served with ..." (FNC-1
    # 1554), a few words at least (not "Via: 9to5mac", "Phone: 703-614-4309", a source's
    # and a contact's fields).
    r":\s+[\"“‘']?(?:[A-Z]|\d(?=\S*(?:\s+\S+){3}))"
)
# Longer, a line is kept: no rule drops a paragraph's worth of words (tests/unit/test_clean.py);
# about 60 of those FNC-1 captions are longer.
_CAPTION_WORDS = 30
_CAPTION_CHARS = 300
LABELLED_CAPTION_WORDS = _CAPTION_WORDS  # for _clean: the long ones are told otherwise
# But for the tabloid's long captions, which say two or three sentences and leave the last
# without its mark ("Shocking video: A group of Marines ... helmet. Video captured the
# shocking moment. From right to left, ... on the Kevlar reinforced helmet", 71 words, FNC-1
# 743): on every FNC-1 body and PolNeAR text, the 108 labelled lines of 31 to 80 words without
# a final mark are captions and related links but for an interview's answer ("A: It's a big
# mistake. ...", PolNeAR politico 2016-02-19) and a quotation's lead-in ("She wrote: ...",
# FNC-1 1327), whose labels a caption's never are: a letter alone, a verb of saying.
_LONG_CAPTION_WORDS = 80
# The longest a long caption may be, at a short one's characters per word (tested first).
_LONG_CAPTION_CHARS = _CAPTION_CHARS * _LONG_CAPTION_WORDS // _CAPTION_WORDS
_SPEAKER_LABEL = re.compile(
    r"^(?:[A-Z]|.*\b(?:said|says|wrote|writes|added|adds|asked|asks|told|tweeted))$", re.I
)
_CLOSING_MARKS = "\"'”’)]"
_ENDINGS = (".", "!", "?", ":", ";", "…", ",", "-", "—", "–")
# A figure alone, as the "by the numbers" boxes and poll tables give them: "$50 million.",
# "3.", "7.7.", "No 58%.", "Undecided 9%.": a number, and at most a unit or one label word.
_FIGURE_NUMBER = re.compile(r"^[$€£]?\d[\d.,]*(?:%|m|bn|k)?\.?$")
_FIGURE_UNIT = re.compile(r"^(?:million|billion|trillion|percent|points?)\.?$", re.I)
_FIGURE_LABEL = re.compile(r"^[A-Z][a-z]+[.:]?$")


# An image's file name with its width by height, glued to the quotation mark or capital that
# opens the text after it; at most this many characters.
_FILE_NAME_CHARS = 60
_GLUED_FILE_NAME = re.compile(r"[\w.,-]{0,40}?\b\d{2,4}x\d{2,4}\b[\w.,-]{0,20}?(?=[\"“‘]?[A-Z])")


def split_tag_tail(line: str) -> tuple[str, str]:
    """Cut the tail of a broken start tag (its attributes and its ">") off a line's start.

    Returns the tail ("" when there is none) and the rest of the line.

    Examples
    --------
    >>> split_tag_tail('class="cnn_storypgraphtxt cnn_storypgraph3">In the recording, shots.')
    ('class="cnn_storypgraphtxt cnn_storypgraph3">', 'In the recording, shots.')
    >>> split_tag_tail('He said the class="a" attribute was wrong.')
    ('', 'He said the class="a" attribute was wrong.')
    >>> split_tag_tail("fc,550x550,white.u1“In order to succeed,” he says.")
    ('fc,550x550,white.u1', '“In order to succeed,” he says.')
    >>> split_tag_tail("The 1920x1080 screen is sharp.")
    ('', 'The 1920x1080 screen is sharp.')
    """
    # Or an image's file name glued before the text, its size in it ("fc,550x550,white.u1“In
    # order to be successful ...", FNC-1 68, seed 1553's judge): one token, no space.
    glued = _GLUED_FILE_NAME.match(line) if "x" in line[:_FILE_NAME_CHARS] else None
    if glued is not None:
        return line[: glued.end()], line[glued.end() :]
    if "=" not in line[:200]:
        return "", line
    tail = _TAG_TAIL.match(line)
    if tail is None:
        return "", line
    return line[: tail.end()].rstrip(), line[tail.end() :]


def _is_figure(tokens: list[str]) -> bool:
    if not 1 <= len(tokens) <= 3 or not any(_FIGURE_NUMBER.match(t) for t in tokens):
        return False
    rest = [t for t in tokens if not _FIGURE_NUMBER.match(t) and not _FIGURE_UNIT.match(t)]
    return len(rest) == 0 or (len(rest) == 1 and bool(_FIGURE_LABEL.match(rest[0])))


def is_figure(line: str) -> bool:
    """Whether ``line`` is a figure alone (``$50 million.``, ``7.7.``), as ``non_prose``
    drops it (``scores``).

    >>> is_figure("$50 million."), is_figure("3 people died.")
    (True, False)
    """
    return len(line) <= 30 and _is_figure(_TOKEN.findall(line))


_LABEL_WORDS = 3
_CAPS_DASH_WORDS = 4
_WORDS_DASH = re.compile(r"[A-Z'’]+(?: [A-Z'’]+)+[-—–]")
_SAYING = frozenset(["SAID", "SAYS", "SAY", "TOLD", "WROTE", "WRITES", "ADDED", "ADDS", "ASKED"])


def _is_caps_heading(line: str) -> bool:
    """A heading or kicker in capitals, full stop or not: "DEFUNDING DEBATE.", "FULL TEXT."."""
    # Capitals counted, not letters: a script without case (Arabic, Chinese) has no headings
    # in capitals, only prose that has no lower-case letters either.
    capitals = sum(1 for c in line if c.isupper())
    if capitals < 4 or any(c.islower() for c in line):
        return False
    words = line.split()
    # A box's or a section's label alone ("SHORT READS:", "PREVIOUSLY:", "UPDATE:") ends in a
    # colon over what it labels; a longer line so is a lead-in ("TRUMP SAID IN A STATEMENT:"),
    # and so is a short one with a verb of saying. A related box's label ("RELATED READING:")
    # is a link, which opens the box (see annotate.corpus._clean).
    if line.endswith(":"):
        return (
            len(words) <= _LABEL_WORDS
            and words[-1].rstrip(":") not in _SAYING
            and _TEASER_LABEL.match(line) is None
        )
    # A dash at the end leads into the next line (a dateline "WASHINGTON —", "KANSAS CITY, MO
    # (KCTV) -", run into its story) unless the line is words alone, four or more, with the
    # dash glued to the last: a heading, which no dateline is ("ISIS USES CHEMICAL WEAPONS—"
    # over a dropped link, FNC-1 466).
    if line.endswith(("-", "—", "–")):
        return _CAPS_DASH_WORDS <= len(words) <= 8 and _WORDS_DASH.fullmatch(line) is not None
    return not line.endswith(("?", "!", '"', "”")) and len(words) <= 8


def is_tweet_sign_off(line: str) -> bool:
    """Whether ``line`` is the sign-off of an embedded tweet: "— Name (@handle) Month D, YYYY".

    Examples
    --------
    >>> is_tweet_sign_off("— SITE Intel Group (@siteintelgroup) September 13, 2014")
    True
    >>> is_tweet_sign_off("– TWITTER USER")
    True
    """
    return bool(_TWEET_SIGN_OFF.match(line) or _USER_SIGN_OFF.match(line))


def is_tweet_text(line: str) -> bool:
    """Whether ``line`` is an embedded tweet's text: it ends with the tweet's short link.

    Examples
    --------
    >>> is_tweet_text("No hair. No problem. #HairGate pic.twitter.com/DMoWGXkQ46")
    True
    >>> is_tweet_text("The photo was posted on Twitter at pic.twitter.com.")
    False
    >>> is_tweet_text("We are monitoring http://t.co/L01FrUFKwz #BringBackOurGirls")
    True
    """
    # Only the end can hold it: a plain search spares the pattern nearly every line.
    # (Its closing hashtags may follow it: a wider look.)
    if line.find(".co", max(0, len(line) - 80)) < 0:
        return False
    return _TWEET_LINK.search(line, max(0, len(line) - 100)) is not None


def is_teaser_label(line: str) -> bool:
    """Whether ``line`` is the label of a box of links alone on its line ("SEE ALSO:").

    Examples
    --------
    >>> is_teaser_label("SEE ALSO:"), is_teaser_label("See also the report.")
    (True, False)
    """
    return _TEASER_LABEL.match(line) is not None


def is_teaser(line: str) -> bool:
    """Whether ``line``, under a box's label, is one of its links: at most 30 words, in
    headline case ("Mental Health and Dating: Love or Heartache?") or ending in a letter or
    digit ("Islamic State militants behead missing American journalist").

    Examples
    --------
    >>> is_teaser("'Home Alone' House for Sale for $2.4 Million")
    True
    >>> is_teaser("Online rumors of actor Macaulay Culkin's death have been revealed to be false.")
    False
    """
    return len(line.split()) <= _CAPTION_WORDS and (title_case(line) or line[-1:].isalnum())


def ends_with_tweet_sign_off(line: str) -> bool:
    """Whether ``line`` is an embedded tweet's text with its sign-off at its end.

    Examples
    --------
    >>> ends_with_tweet_sign_off(
    ...     "Kevin Vickers, Sergeant At Arms is a Canadian Hero.— I'm Mike M (@iMike_M) "
    ...     "October 22, 2014"
    ... )
    True
    >>> ends_with_tweet_sign_off("— SITE Intel Group (@siteintelgroup) September 13, 2014")
    False
    """
    # Only the end can hold it (a line may be a whole article), and its handle is within the
    # last 60 characters: a plain search for "(@" spares the pattern nearly every line.
    if line.find("(@", max(0, len(line) - 60)) < 0:
        return False
    return _TWEET_TAIL.search(line, max(0, len(line) - 200)) is not None


def _lower_share(tokens: list[str]) -> float:
    words = [t for t in tokens if _WORDISH.search(t)]
    return sum(1 for t in words if _LOWER.match(t)) / len(words) if words else 0.0


def title_case(text: str) -> bool:
    """Headline case: every word of four letters or more capitalised, at least three of them."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _is_name_list(line: str) -> bool:
    """A line-up or a list of names: short items made of name words, no clause around them.

    Five or more items, or one to four after a capitalised label ("Booked: Keane, Smith.",
    "Referee: M Riley (W Yorkshire)."). Prose that lists names ("Trump won Virginia,
    Georgia, Alabama, ...") has a clause around the list: lower-case words outside brackets,
    which a line-up has next to none of (and a labelled short list none at all).
    """
    label = _LABEL.match(line)
    body = _BRACKETED.sub("", line[label.end() :] if label else line).rstrip(". ")
    tokens = _TOKEN.findall(body)
    lower = _lower_share(tokens)
    items = [i for i in _ITEM_SEP.split(body) if i.strip()]
    # After a label, "and" before the last item only separates items ("Contributing: Iris
    # Ouyang, Grant Miller and Raquel Zaldivar."); without one, it may join clauses.
    labelled = _lower_share([t for t in tokens if t not in ("and", "&")]) if label else 1.0
    if label is not None and label.group()[0].isupper() and labelled == 0 and 0 < len(items) < 5:
        # One word alone after a label is as likely an answer: "Rep. Hunter: Yes."
        return len(body.split()) > 1 and all(_is_name_item(i) for i in items)
    if lower > 0.1 or len(items) < 5:
        return False
    bad = sum(1 for item in items if not _is_name_item(item))
    # One stray item (a club name with "of", a split-off note) is tolerated.
    return bad <= max(1, len(items) // 10)


def _is_name_item(item: str) -> bool:
    words = item.split()
    return 1 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


def _is_scores(tokens: list[str]) -> bool:
    """A table row or a result: mostly numbers and dashes, almost no lower-case words."""
    if any(_DATE_CORE.match(t) for t in tokens):  # dates are not scores (see _is_date)
        return False
    numbers = sum(1 for t in tokens if _NUMBER.match(t))
    dashes = sum(1 for t in tokens if _DASH.match(t))
    return (
        numbers >= 2
        and (numbers + dashes) / len(tokens) >= 0.3
        and _lower_share(tokens) <= 0.15
        and not tokens[-1].endswith(("?", "!"))
    )


def _is_date(line: str) -> bool:
    """A date or time stamp: "Tuesday, September 1, 2015", "Last Update: Monday, 12 ...".

    After an optional label of up to three words, at least four tokens in five are parts of
    dates and times (one being a month, a weekday or a clock time), and at most twelve tokens.
    """
    tokens = _TOKEN.findall(_LABEL.sub("", line, count=1))
    if not tokens or len(tokens) > 12 or not any(_DATE_CORE.match(t) for t in tokens):
        return False
    return sum(1 for t in tokens if _DATE_TOKEN.match(t)) >= 0.8 * len(tokens)


# The link that closes a teaser box, alone on its line: "more ..." (Bild's "THE CASE" box,
# FNC-1 2170), "Read more »". The word and a mark that points on; prose never ends a
# paragraph so.
_MORE = re.compile(r"(?:read |see |show )?more\s*(?:\.{3}|…|»|›|>>?)", re.I)
_MORE_CHARS = 16
# A newsletter's link to a story elsewhere: its headline in quotes, by whom, and the address
# alone after them ('—"An NYPD sketch artist gets a gallery show," by Hyperallergic's Carey
# Dunne: http://bit.ly/1NSbMIk.'). A sentence that quotes a headline says something of it
# after the byline; this one has only the address.
_CITED_LINK = re.compile(
    r"[—–-]?\s*[\"“][^\"“”]{3,200}[\"”],?\s+by\s+[^\"“”:]{3,100}?:?\s+"
    r"(?:https?://|www\.)\S+?[.]?"
)

# A link under its label: a few words, a colon and the address alone ("2016 delegate tracker:
# http://politi.co/2176fPm.", under "View full results: http://politi.co/1oGcEFv.", PolNeAR
# politico 2016-04-05). A sentence that gives an address says something beside it.
_LABELLED_LINK = re.compile(r"[^:.!?\"“”]{1,60}:\s+(?:https?://|www\.)\S+")


def _is_link(line: str, tokens: list[str]) -> bool:
    """Link text: web addresses, "click here", a teaser to another story, a newsletter's
    link to a story elsewhere."""
    if line[0] in '—–-"“' and _CITED_LINK.fullmatch(line) is not None:
        return True
    if len(tokens) <= 10 and _LABELLED_LINK.fullmatch(line) is not None:
        return True
    urls = [t for t in tokens if _URL.match(t)]
    # Mostly addresses, with at most one short ordinary word ("at", "via"): "He tweets
    # @pmorici1." is a sentence, and "Space.com reports:" leads into a quotation.
    rest = [t for t in tokens if not _URL.match(t) and _LOWER.match(t)]
    short = len(rest) <= 1 and all(len(t.strip(".,;:")) <= 3 for t in rest)
    mostly = bool(urls) and sum(map(len, urls)) >= 0.5 * sum(map(len, tokens))
    if mostly and short and len(tokens) - len(urls) <= 4 and not line.endswith(":"):
        return True
    if len(tokens) <= 20 and _CLICK.search(line):
        return True
    teaser = _TEASER.match(line)
    if teaser is None:
        return False
    headline = teaser.group("rest")
    return title_case(headline) or (
        line[: line.index(":")].isupper() and _verbless_teaser(headline)
    )


# A teaser under a label in capitals may be a headline in sentence case, a few words with no
# verb ("PHOTOS: Celebrity flubs!", FNC-1 body 1855, over its siblings "PHOTOS: More stars who
# messed up on live TV"): a sentence after a label has its verb ("VIDEO: Obama speaks.").
_TEASER_HEADLINE_WORDS = 6


def _verbless_teaser(rest: str) -> bool:
    words = SUBHEAD_WORD.findall(rest)
    return (
        0 < len(words) <= _TEASER_HEADLINE_WORDS
        and len(rest.split()) <= _TEASER_HEADLINE_WORDS
        and not rest.endswith((".", ":", ","))
        and is_verbless([w.lower().replace("’", "'") for w in words])
    )


def non_prose(line: str) -> str | None:
    """The kind of non-prose ``line`` is, or None for a line that may hold sentences.

    Kinds: ``list`` (line-ups, lists of names), ``scores`` (tables, results, a figure alone),
    ``heading`` (a short line in capitals), ``date`` (a
    date or time stamp alone), ``link`` (addresses, "click here", "Watch the video ...",
    teasers), ``caption`` (a label, a colon and a caption: "Heartbroken: Relatives ..."),
    ``code`` (script or style text), ``markup`` (tags with no text between them) and ``credit`` (the
    sign-off of an embedded tweet, or the signature of an Instagram post).

    Examples
    --------
    >>> non_prose("Wales: G Thomas; H Luscombe, T Shanklin, G Henson, S Williams; S Jones")
    'list'
    >>> non_prose("Group F — Sweden 1 – 0 Korea Republic")
    'scores'
    >>> non_prose("Tuesday, September 1, 2015")
    'date'
    >>> non_prose("ON A MOBILE DEVICE? CLICK HERE TO WATCH THE VIDEO.")
    'link'
    >>> non_prose("Tarik Hassane, 21; Suhaib Majeed, 20; and Momen Motasim, 21, were remanded.")
    """
    if len(line) > MAX_LINE or not line:
        return None
    if len(line) <= 2 and line[0].isalpha() and line[1:] in ("", "."):
        # One letter alone on its line is an embed's close button ("X.", under 11 HuffPost
        # texts of PolNeAR) or a scrape's remnant ("K."), never a sentence.
        return "link"
    if len(line) <= 200:
        # Short lines only: headings, figures, teasers and lines addressing the reader are.
        if line.upper() == line and _is_caps_heading(line):
            return "heading"
        if _TEASER_LABEL.match(line) or _READ_MORE.match(line) or _BRACKETED_TEASER.match(line):
            return "link"
        if _ADDRESS.match(line) and len(_TOKEN.findall(line)) <= 20:
            return "link"
        if is_page_lead(line):
            return "link"
        teaser = _CAPS_TEASER.match(line)
        # A rest ending like a sentence or a lead-in is a speaker's turn in a transcript
        # ("TAPPER: Do you think ...?") or a wire lead-in ("UPDATE: ... told TVA Sports:").
        rest = teaser.group("rest") if teaser else "."
        if not rest.endswith((".", ":", "?", "!")) and len(rest.split()) <= 15:
            return "link"
        if len(line) <= 30 and _is_figure(_TOKEN.findall(line)):
            return "scores"
    # A reprinted letter's salutation or signature, a reprinted document's bracketed source
    # (see annotate.corpus._letters).
    if (letter := letter_part(line)) is not None:
        return letter
    # Cheap signs first (one C-level pass each), so that a prose line, nearly every line,
    # costs no per-token work: every rule below needs its sign.
    if "<" in line and not _WORDISH.search(_TAG.sub("", line)):
        return "markup"
    # In brackets too, as HuffPost sets its Storify link under a story ("[<a href=...>A Trump
    # Rally in Greensboro ... (with tweets)</a>.]", PolNeAR huff-post 2016-06-17).
    if line[0] in "<[(" and (tag := element_tag(line.lstrip("[("))) is not None:
        return "tweet" if tag == "tweet" else "markup"
    if is_code(line) or is_style_rule(line) or is_call_statement(line):
        return "code"
    # An embedded tweet's sign-off, or an Instagram post's signature under its picture.
    # A source's name alone with its stop: an embed's credit (see _credits.is_bare_source).
    # A maker's credit for an outlet (see _credits.is_maker_credit).
    if (
        is_tweet_sign_off(line)
        or is_post_signature(line)
        or is_bare_source(line)
        or ((" for " in line or "/" in line) and is_maker_credit(line))
    ):
        return "credit"
    if line[0] in "TtIiFf" and _POST_LABEL.match(line) is not None:
        return "tweet"
    if len(line) <= 160 and _DATE_HINT.search(line) and _is_date(line):
        return "date"
    # A live blog's update stamp with its entry's headline, or its label alone.
    if (line[0] in "UuPp[(" and is_update_line(line)) or is_entry_stamp(line):
        return "date"
    # A teaser box's "more ..." alone (see _MORE).
    if len(line) <= _MORE_CHARS and _MORE.fullmatch(line) is not None:
        return "link"
    tokens = None
    lower = line.lower()
    clicks = ("click" in lower or "tap" in lower or "swipe" in lower) and _CLICK.search(line)
    urls = "@" in line or "://" in line or "www." in lower or _TLD.search(lower)
    if clicks or _TEASER.match(line) or urls:
        tokens = _TOKEN.findall(line)
        if _is_link(line, tokens):
            return "link"
    # An item of a related-stories box, closed by its date in capitals (see _related).
    if line[-1:].isdigit() and is_dated_related(line):
        return "link"
    # A reprinted report's headline, closed by where and when it ran (see _related).
    if line[-1:] == ")" and is_reprint_head(line):
        return "link"
    # A blog's link to its source, the writer and the site after the headline (see _related).
    if line[-1:] in ")]" and "/" in line and is_source_link(line):
        return "link"
    # What a table or a list would be is the more telling kind for a labelled line.
    return _table(line, tokens) or ("caption" if _is_labelled_caption(line) else None)


def has_caption_label(line: str) -> bool:
    """Whether ``line`` opens with a caption's label: a few words and a colon before a
    capital (``Killed: Corporal Nathan Cirillo, was shot dead ...``).

    >>> has_caption_label("Show of strength: ISIS militants take part in a parade")
    True
    >>> has_caption_label("Dylan Thomas, 21, was holidaying with friends last weekend")
    False
    """
    return _LABELLED.match(line) is not None


def _is_labelled_caption(line: str) -> bool:
    if len(line) > _LONG_CAPTION_CHARS:
        return False
    label = _LABELLED.match(line)
    if label is None or line.rstrip(_CLOSING_MARKS + " ").endswith(_ENDINGS):
        return False
    words = len(line.split())
    if words <= _CAPTION_WORDS:
        return len(line) <= _CAPTION_CHARS
    return words <= _LONG_CAPTION_WORDS and _SPEAKER_LABEL.match(label.group("label")) is None


# A list whose items the page set on lines of their own, flattened with nothing between them:
# each item's last word runs into the next item's first ("Sen. Kelly AyotteRep. Bradley
# ByrneAl CardenasRep. Mike CoffmanRep. ...", PolNeAR politico 2016-10-08, three such lists
# of 14 to 35 names). A joint is one word of two capitalised pieces, the first of at least
# three letters. A name has one now and then ("WikiLeaks", "YouTube"; "McDonald" is not one), a
# list has one in every item: at least this many joints, at most this many words per joint. A
# word of three or more pieces ("FlagShareLikeReply") is a widget's row, not a list's joint.
_JOINT = re.compile(r"(?:^|(?<=\s))[A-Z][a-z]{2,}[A-Z][a-z]*\.?(?=\s|$)")
_LIST_JOINTS = 5
_WORDS_PER_JOINT = 3.5
# A lower-case letter before a capital: each joint holds one, so a line with fewer than
# _LIST_JOINTS is no glued list (the cheap test before _JOINT, whose lookbehind is tried at
# every character).
_LOWER_UPPER = re.compile(r"[a-z][A-Z]")


def _is_glued_list(line: str) -> bool:
    """Whether ``line`` is a list of names or titles glued together with no separator.

    >>> _is_glued_list("Gov. Robert BentleyRep. Jason ChaffetzGov. Gary HerbertRep. Will "
    ...                "HurdRep. David JollyGov. John KasichRep. Steve Knight.")
    True
    >>> _is_glued_list("WikiLeaks said YouTube and PayPal had cut off WikiLeaks and its "
    ...                "founder, and that LinkedIn and FedEx had not.")
    False
    """
    if len(_LOWER_UPPER.findall(line)) < _LIST_JOINTS:
        return False
    joints = len(_JOINT.findall(line))
    words = line.count(" ") + 1
    return (
        joints >= _LIST_JOINTS
        and words <= _WORDS_PER_JOINT * joints
        # Scores and lists have next to no lower-case words (see _table).
        and len(_LOWER_START.findall(line)) <= 0.3 * words
    )


def _table(line: str, tokens: list[str] | None) -> str | None:
    """``scores`` or ``list`` for a table row, a result or a list of names; else None."""
    if _is_glued_list(line):
        return "list"
    numbers = _TWO_NUMBERS.search(line) is not None
    items = line.count(",") + line.count(";") >= 4
    if not (numbers or items or ":" in line):
        return None
    # Before the share of lower-case words: a price list's items are in lower case
    # ("4 bottles 2003 Dom Perignon ($400 each)").
    if numbers and is_price_list(line):
        return "scores"
    if len(_LOWER_START.findall(line)) > 0.3 * (line.count(" ") + 1):
        return None  # prose: scores and lists have next to no lower-case words
    if numbers and _is_scores(tokens or _TOKEN.findall(line)):
        return "scores"
    if (items or (":" in line and len(line) <= 120)) and _is_name_list(line):
        return "list"
    return None
