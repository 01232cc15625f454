"""Embedded social posts a scrape kept as text: a tweet's words, a retweet, an Instagram post's
signature, a tweet glued into a paragraph, and a tweet element broken over lines.

``_furniture`` takes a tweet by its sign-off ("— Name (@handle) Month D, YYYY") or its short
link. A tweet round-up keeps tweets with neither; each is then told by what only a post is
written with (measured on every FNC-1 body and PolNeAR text, benchmarks/RESULTS.md, issue 12,
``fix/seg34``):

- a hashtag in a paragraph that does not end as a sentence, when the hashtag closes it, opens
  it, or the paragraph opens in lower case ("horrified at news that macklemore has joined
  ISIS #MacklemoreJoinedISIS", "#MacklemoreJoinedISIS but he still better than Kanye tho"):
  prose names a hashtag inside a sentence it ends with a mark ("... using the hashtags
  #hairgate and #beardgate."); a dek or a caption that names one mid-line and stops without
  a mark ("... sparking the #BringBackOurGirls campaign") is left alone;
- a retweet's mark, "RT @handle", which only a post writes: the line is a post from the mark
  on, and the whole line is one when it fits in a tweet: a retweet with a comment is the
  retweeter's words, the mark and the post retweeted, in one tweet ("Utterly speechless. RT
  @Lahlahlindsey THIS IS HORRIFYING http://t.co/...", FNC-1 610; "Whoa if true RT
  @arabthomness: ...", FNC-1 620; "Respect. Prayers up. God Bless. RT @Combat_Jack: ...",
  FNC-1 1556: on every FNC-1 body and PolNeAR text, each of the six lines with the mark is a
  tweet whole);
- an Instagram embed's signature: "A photo posted by Banksy (@banksy) on Jan 7, 2015 at
  3:02pm PST" (FNC-1 1196, 1688, 824, test 441);
- a tweet's sign-off inside a line, prose going on after it: the tweet is the sign-off and the
  whole sentences before it that fit in a tweet (140 characters then), back to a lead-in's
  colon if there is one ("... created by illustrator Lucille Clerc: Break one, thousand will
  rise #CharlieHebdo ... pic.twitter.com/3n5fOEmrwJ— Lucille Clerc (@LucilleClerc) January
  7, 2015 Clerc, an illustrator based in London, ...", FNC-1 1196).

A PolNeAR ``<tweet tweet-author="@handle" tweet-date="...`` element that line breaks cut is
told by its markup, as any element is (``annotate.corpus._broken_elements``).
"""

from __future__ import annotations

import re

__all__ = [
    "TWEET_CHARS",
    "fits_in_tweet",
    "holds_hashtag",
    "is_hashtag_post",
    "is_post_signature",
    "retweet_start",
    "split_glued_tweet",
    "tweet_start",
]

# A hashtag: "#" after a space, a quote or a bracket (not "&#39;", not "C#"), then a word that
# holds a letter.
_HASHTAG = re.compile(r"(?:^|(?<=[\s\"'“‘(\[*]))#\w*[^\W\d_]\w*")
# A closing run of hashtags and handles, with any stray marks between (a post's tail).
_TAG_TAIL = re.compile(r"(?:^|\s)[*\"'“‘(]*[#@]\w*[^\W\d_]\w*[*\"'”’)]*$")
_TAG_HEAD = re.compile(r"^[*\"'“‘(]*#\w*[^\W\d_]\w*")
_QUOTE_MARKS = '"“”‘«»'
# What a sentence (or a quotation closing one) ends with.
_ENDS = tuple(".!?…:;\"”’')")
# At most this many words: a post, not a paragraph that lost its stop.
_POST_WORDS = 40

# A retweet's mark: "RT", a handle, then the retweeted post.
_RETWEET = re.compile(r"(?:^|(?<=\s))RT @\w{1,30}\b:?")

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# An Instagram embed's signature: "A photo posted by Name (@handle) on Jan 7, 2015 at 3:02pm
# PST" (a video's too).
_POST_SIGNATURE = re.compile(
    rf"^A (?:photo|video|post) (?:posted|shared) by .{{0,60}}\(@[\w.]{{1,30}}\) on {_MONTH}"
    r" \d{1,2}, \d{4}(?: at \d{1,2}:\d\d ?[ap]\.?m\.?(?: [A-Z]{2,4})?)?\.?$"
)

# A tweet's sign-off inside a line with more after it: a dash, the name, the handle, a date.
_SIGN_OFF = re.compile(
    rf"\s?[—–]\s?[^—–()]{{1,80}}\(@\w{{1,30}}\)\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
)
# Tweets had at most 140 characters in the years the corpora cover; a short link counts 23.
TWEET_CHARS = 140
_SHORT_LINK = 23
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
# Where a sentence of the text before a sign-off starts: after a sentence's mark and a space,
# or a lead-in's colon (which always ends the tweet's span).
_SENTENCE_START = re.compile(r"[.!?…:][\"'”’)]?\s+(?=\S)|[.!?][\"'”’)]?(?=[A-Z])")


def _post_words(line: str) -> bool:
    return len(line.split(None, _POST_WORDS)) <= _POST_WORDS


def is_hashtag_post(line: str) -> bool:
    """Whether ``line`` is a post's text told by its hashtag (see the module docstring).

    Examples
    --------
    >>> is_hashtag_post("horrified at news that macklemore has joined ISIS #MacklemoreJoinedISIS")
    True
    >>> is_hashtag_post("#MacklemoreJoinedISIS but he still better than Kanye tho")
    True
    >>> is_hashtag_post("People took to Twitter using the hashtags #hairgate and #beardgate.")
    False
    >>> is_hashtag_post("More than 200 schoolgirls were kidnapped, sparking the #BringBackOurGirls "
    ...                 "campaign")
    False
    """
    if "#" not in line or not _post_words(line) or line.rstrip().endswith(_ENDS):
        return False
    if _HASHTAG.search(line) is None:
        return False
    return bool(
        _TAG_TAIL.search(line) or _TAG_HEAD.match(line) or (line[0].islower() and " " in line)
    )


def holds_hashtag(line: str | bytearray, longest: int | None = None) -> bool:
    """Whether ``line`` could be a post whole: it holds a hashtag, fits in a tweet, and quotes
    nothing (the story quotes a post in quotation marks: ``Another person tweeted: “EPIC Troll
    at Hillary town hall. ... #feelthebern.”``, PolNeAR). A long line, or one given as bytes,
    is article text (see ``_context.unended``).

    >>> holds_hashtag("Wait, so #MacklemoreJoinedISIS? What does that say about the Mariners?")
    True
    >>> holds_hashtag("Thousands of mourners took to social media with the hashtag #RIPFidel, as "
    ...               "they paid their final respects to the Kenyan Fidel ahead of his funeral.")
    False
    """
    if not isinstance(line, str) or "#" not in line or len(line) > 4 * TWEET_CHARS:
        return False
    if longest is not None and len(line) > longest:
        return False
    if any(mark in line for mark in _QUOTE_MARKS) or _length(line) > TWEET_CHARS:
        return False
    return _HASHTAG.search(line) is not None


def retweet_start(line: str) -> int | None:
    """Where a retweet's mark ("RT @handle") starts in ``line``, or None.

    Examples
    --------
    >>> retweet_start("Utterly speechless. RT @Lahlahlindsey THIS IS HORRIFYING")
    20
    >>> retweet_start("He said RT is a Russian channel.") is None
    True
    """
    if "RT @" not in line:
        return None
    match = _RETWEET.search(line)
    return None if match is None else match.start()


def is_post_signature(line: str) -> bool:
    """Whether ``line`` is an Instagram embed's signature.

    Examples
    --------
    >>> is_post_signature("A photo posted by Banksy (@banksy) on Jan 7, 2015 at 3:02pm PST")
    True
    >>> is_post_signature("A video posted by ISIL terrorists purports to show the beheading.")
    False
    """
    return line.startswith("A ") and _POST_SIGNATURE.match(line) is not None


def _length(text: str) -> int:
    """A tweet's length: each link counts as a short link."""
    return len(_LINK.sub("x" * _SHORT_LINK, text))


def fits_in_tweet(text: str) -> bool:
    """Whether ``text`` fits in one tweet (140 characters then, a link counting as a short one).

    >>> fits_in_tweet("Utterly speechless. RT @Lahlahlindsey THIS IS HORRIFYING http://t.co/ycDWFvwtfI")
    True
    """
    return _length(text) <= TWEET_CHARS


def split_glued_tweet(line: str) -> tuple[int, int] | None:
    """Where a tweet glued inside ``line`` starts and its sign-off ends, when prose goes on
    after the sign-off; None when there is none (a sign-off at the line's end is a whole
    line's, see ``_furniture.ends_with_tweet_sign_off``).

    The tweet's text is the run of whole sentences before the sign-off that fits in a tweet,
    and no further back than a lead-in's colon.

    Examples
    --------
    >>> line = ("It was drawn by Lucille Clerc: Break one, thousand will rise #CharlieHebdo "
    ...         "pic.twitter.com/3n5fOEmrwJ— Lucille Clerc (@LucilleClerc) January 7, 2015 "
    ...         "Clerc, an illustrator based in London, shared it.")
    >>> start, end = split_glued_tweet(line)
    >>> line[start:end].split("pic")[0], line[end:].split(",")[0]
    ('Break one, thousand will rise #CharlieHebdo ', ' Clerc')
    """
    if "(@" not in line:
        return None
    for sign in _SIGN_OFF.finditer(line):
        rest = line[sign.end() :].strip()
        if not rest or not rest[0].isalnum():
            continue
        start = tweet_start(line[: sign.start()])
        if start is None:
            continue
        return start, sign.end()
    return None


def tweet_start(before: str) -> int | None:
    """Where the text of the tweet whose sign-off follows ``before`` starts in it: the run of
    whole sentences at its end that fits in a tweet, and no further back than a lead-in's
    colon; None when not even the last sentence fits.

    >>> before = ("Andy Lines is down at the scene where Emwazi grew up in Queen's Park, north "
    ...           "west London.He reports that neighbours are stunned at the news that the young "
    ...           "man has been unmasked.Outside Jihadi John's home in west London. In dark red "
    ...           "brick small block.")
    >>> before[tweet_start(before):]
    "Outside Jihadi John's home in west London. In dark red brick small block."
    """
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(before)]
    start = None
    for at in reversed(starts):
        if at >= len(before) or not before[at:].strip():
            continue
        if _length(before[at:].strip()) > TWEET_CHARS:
            break
        start = at
        if at and before[:at].rstrip().endswith(":"):
            break
    return start
