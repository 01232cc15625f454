"""Datelines: where and when a wire story was filed, before its first sentence.

``WASHINGTON (AP) —``, ``LONDON (Reuters) -``, ``NEW YORK, Jan. 5 (AP) --``, ``TEXAS CITY,
Texas —``: a place, perhaps a region and a date, perhaps the agency, then a dash. It is not
part of the sentence an annotator labels, and it is worth keeping: the sentence table carries
it in its ``dateline`` column, on the sentence it was taken from.

The dateline stays in the article text (offsets keep pointing into it); only the sentence's
span starts after it. So the text of the article that no sentence covers is exactly its
datelines, and :func:`annotate.corpus._article.sentence_rows` reads each from the gap before
its sentence.

Two strengths of evidence. Taken at the start of any paragraph (a page can hold several wire
stories, and a byline or a caption kept before the story moves its first paragraph down): a
place with the agency in brackets (several agencies too: "LOS ANGELES (CBS Seattle/AP) —") or
between slashes ("BAGHDAD / Nina /--"), a date and the agency ("Dec 29 (Reuters) -"), and a
place with its region after a comma ("PORTSMOUTH, N.H. —", "ANTAKYA, Turkey —"; 39 of the 40
such paragraph starts past an article's first line in FNC-1 and PolNeAR are datelines, the
40th a fake "NEW YORK, New York -" over a headline), or with its date before a colon
("London, Nov 24 :"). Only where the story opens, on the article's first paragraph or one
with at most :data:`LEAD_SENTENCES` sentences before it (a dek or a byline: NYT's and the
Post's "WASHINGTON - ..." under the summary), where a headline, a label or a subheading can
also stand: a place in capitals alone ("UTAH COUNTY —"), since a capitalised phrase and a
dash also open headlines ("The Racket Report – KFC Gets ...") and subheadings ("QUESTIONABLE
MEDICAL CLAIMS — For years, ..." deep in a politico piece); a place in title case of up to
three words ("Johannesburg - Children are ...", "Perth | A 600-pound woman ..."; see
:func:`_titled`); and the agency alone in brackets ("(CNN) --", "(Reuters) -"), with its
dash, or without one when the bracket is in capitals or a web address ("(RNS) When Pope
Francis ...", "(IraqiNews.com) Thousands ..."); "(L) Police ..." (a caption's "left") and
"(Source) A neighbor ..." are not taken. On FNC-1 and PolNeAR every first line and every
line in capitals or title case with a dash, a hyphen or a bar after it that these rules leave
is not a dateline: a label over a link ("ANALYSIS | ..."), a caption ("FILE - In this ...
photo"), a subheading, a name with an aside between dashes, a market's line ("Tokyo –
Nikkei 225: ..."), a death notice ("SIEGEL--Jerome Arthur, 98, ..."). A place alone before a
colon is not taken: of the 40 first lines that open with a capitalised word or two and a
colon, about 11 are places ("BEIRUT:", "New Delhi:") and the rest labels ("Claim:" 10 times,
"UPDATE:", "DEVELOPING:", "Video:").

A date stamp glued to the text it dates, with no mark between, is taken at the start of any
paragraph too: a whole date with its year, perhaps after the weekday, then a capitalised word
(``Thursday, May 7, 2015 On Tuesday, the New Zealand government ...``, a Wikinews story's
date line run into its first paragraph; ``June 16, 2015 Trump joins the race.``, a timeline's
label in PolNeAR). A sentence never opens with a date followed by a capital: its verb would
follow in lower case (``March 15, 2012 was ...``).

A wire's byline may come glued before its dateline when a scrape ran the lines together (``By
Benjamin Kang Lim and Tony Munroe BEIJING/SEOUL, Oct 9 (Reuters) - North Korean ...``, FNC-1
2230; ``By Isaac Abrak ABUJA, Nov 1 (Reuters) - ...``, FNC-1 1821, whose dateline took the
byline in): :func:`split_byline` cuts it off, to be dropped as a credit, and the dateline is
then read as at any paragraph's start. Its mark is the change of case: "By", names in title
case (joined by "and" or commas), then the place in capitals of a strong dateline (with its
agency or its region). A place in title case after a name gives no boundary ("By Tony Munroe
Hong Kong (Reuters)": which words are the place?), and is left.

A wire story appended to a page may come with its headline glued before its dateline, perhaps
under a label (``The Associated Press update: Obama again faces tug of military action in
Syria WASHINGTON (AP) — For three years, ...``, FNC-1 34): :func:`split_wire_head` cuts it
off, to be dropped as a heading, and the dateline is then read as at any paragraph's start.
Only before a place in capitals with its agency in brackets, which no sentence runs into, and
only a headline's shape: a capital first, a letter or digit last, no sentence end, at most
:data:`_HEAD_WORDS` words, and in headline case (or title case with every word capitalised
but a title's small words: "Officials met in Washington on Friday" is a sentence), or under a
label of a few words and a colon. A sentence-case headline alone is not told from a sentence
that lost its full stop, and is left. On FNC-1 and PolNeAR this takes one headline, FNC-1
34's; every other agency dateline there opens its line.
"""

from __future__ import annotations

import re

from annotate.corpus._furniture import title_case
from annotate.corpus._headlines import TITLE_SMALL_WORDS, headline_case, unmarked

__all__ = ["LEAD_SENTENCES", "dateline_end", "split_byline", "split_wire_head", "undated"]

# How many sentences may come before the story's first paragraph: a dek or a byline over it
# (NYT's and the Post's "WASHINGTON - ..." under a one- or two-sentence summary).
LEAD_SENTENCES = 2

_WORD = r"[A-Z][\w.'’-]*"
_CAPS = r"[A-Z][A-Z.'’-]+"
# Two places filed from at once: "BEIJING/SEOUL (Reuters) -".
_PLACE = rf"{_WORD}(?:/{_WORD})?(?:\s+{_WORD}){{0,3}}"
_REGION = rf"(?:\s*,\s*{_WORD}(?:\s+{_WORD}){{0,2}})"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:\s*,?\s*{_MONTH}\s+\d{{1,2}})"
# The agency in brackets, perhaps several ("(CBS Seattle/AP)"), or between slashes
# ("BAGHDAD / Nina /--"). Not a party label: "Sen. Ted Cruz (R-Texas) — Announced ...".
_AGENCY = (
    r"\s*(?:\(\s*(?![RDI]-)[A-Z][\w.&'’/ -]{0,30}\)"
    r"|/\s*[A-Z][\w.&'’ -]{0,30}?\s*/)"
)
# The mark after the dateline: a dash, a hyphen or a bar. An em dash may touch both words
# ("NEW YORK—Oil prices"); an en dash or a double hyphen needs a space on one side, or a
# bracket or slash before it ("(CNN)--The"), since "SIEGEL--Jerome Arthur, 98," heads a paid
# death notice; a hyphen needs a space after it ("U.S.-led" is one word).
_MARK = r"(?:\s*—\s*|(?<=[)/])\s*(?:–|--)\s*|\s+(?:–|--)\s*|\s*(?:–|--|-)\s+|\s*\|\s*)"
# The mark, then what starts a sentence (or the end of the line: a dateline on its own).
_DASH = rf"(?:{_MARK}(?=[\"“‘'A-Z0-9])|\s*(?:—|–|--|-)\s*$)"
_STRONG = re.compile(
    rf"^(?:{_PLACE}(?:{_REGION}{{0,2}}{_DATE}?{_AGENCY}|{_REGION}{{1,2}}{_DATE}?)"
    rf"|{_MONTH}\s+\d{{1,2}}{_AGENCY}){_DASH}"
    # A place and its date before a colon ("London, Nov 24 :", "Rajasthan, Oct 14:"); a
    # place alone before a colon is as often a label ("BEIRUT:" and "UPDATE:").
    rf"|^{_PLACE}{_REGION}{{0,2}}{_DATE}\s*:\s+(?=[\"“A-Z])"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A whole date with its year ("Thursday, March 15, 2012", "15 March 2012"), then a capital.
_STAMP = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH},?)\s+\d{{4}}"
    r"\s+(?=[A-Z])"
)
# A place in capitals: one word of three letters or more ("US - China talks" opens a
# sentence with an initialism), or two to four words.
_WEAK = re.compile(
    rf"^(?:[A-Z]{{3}}[A-Z.'’-]*|{_CAPS}(?:\s+{_CAPS}){{1,3}}){_REGION}{{0,2}}{_DATE}?{_DASH}"
)
# A place in title case (not in capitals: "ANALYSIS | Has 'rock star' Pope Francis ..." heads
# a related link), of up to three words ("Johannesburg - Children ...", "Perth | A
# 600-pound woman ..."); see _titled for what tells it from a name or a headline.
_TITLED = re.compile(
    rf"^(?=[A-Z][a-z])(?!(?:The|A|An|This|That)\b){_WORD}(?:\s+{_WORD}){{0,2}}{_DASH}"
)
# The agency (or a date) alone in brackets, then a dash (which may touch the next word:
# "(CNN) —Three Afghan soldiers"), or no dash after capitals or a web address.
_BRACKETED = re.compile(
    r"^\(\s*(?![RDI]-)[A-Z][\w.,&'’ -]{1,30}\)\s*(?:—|–|--|-)\s*(?=[\"“‘'A-Z0-9])"
    r"|^\((?:[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}|\w+\.(?:com|org|net|co\.uk))\)\s+(?=[\"“‘A-Z])"
)
# The same place and its bar alone on the story's first line ("Boston| ", FNC-1 526: the
# story's dateline, its sentence set on the next line). A bar after a title-case phrase opens
# nothing else in FNC-1 and PolNeAR (see _titled), and alone it cannot be a headline's end.
_BARRED = re.compile(
    rf"^(?=[A-Z][a-z])(?!(?:The|A|An|This|That)\b){_WORD}(?:\s+{_WORD}){{0,2}}\s*\|\s*$"
)
_MARK_CHARS = re.compile(r"—|–|--|\||-")
# What the sentence after a title-case dateline is read on: its first sentence, or so much.
_SENTENCE = re.compile(r".{0,200}?[.!?](?=\s|$)|.{0,200}")
_SENTENCE_WORDS = 4


def _titled(line: str, *, lead: bool) -> int:
    """The end of a title-case place and its mark opening ``line``; 0 when there is none.

    A capitalised phrase and a dash also open a name with an aside between dashes ("Saudia
    Airlines – Saudi Arabia's national airline – is planning ...", "Mehmet Oz — Ivy
    League-trained surgeon ... — has been called ...") and a headline ("Axl Rose Dead — Guns
    N' Roses Frontman Dies ..."): the sentence after a dateline holds no second mark of its
    kind, is not in headline case, and has words ("Via KCTV - 5:" names a station). Past
    the story's opening (``lead`` false) only a bar is taken ("Boston| A Catholic priest
    ...", a quoted story's dateline): in FNC-1 and PolNeAR a title-case phrase and a bar
    open nothing else, while dashes also open subheadings and captions there.
    """
    match = _TITLED.match(line)
    if match is None:
        return 0
    mark = _MARK_CHARS.search(match.group())
    kind = " - " if mark is None or mark.group() == "-" else mark.group()
    if not lead and kind != "|":
        return 0
    sentence = _SENTENCE.match(line, match.end()).group()  # type: ignore[union-attr]
    if kind in sentence or title_case(sentence) or len(sentence.split()) < _SENTENCE_WORDS:
        return 0
    return match.end()


def dateline_end(line: str, *, before: int) -> int:
    """Where the text after the dateline that opens ``line`` starts; 0 when there is none.

    ``before`` is how many sentences of the article come before ``line``: a dateline without
    an agency or a region is taken only where the story opens, with at most
    :data:`LEAD_SENTENCES` before it.

    Examples
    --------
    >>> line = "WASHINGTON (AP) — U.S. airstrikes killed the leader."
    >>> line[dateline_end(line, before=5) :]
    'U.S. airstrikes killed the leader.'
    >>> line = "NEW YORK, Jan. 5 (AP) -- Stocks fell."
    >>> line[dateline_end(line, before=0) :]
    'Stocks fell.'
    >>> dateline_end("The Racket Report – KFC Gets A Licence", before=0)
    0
    >>> line = "(CNN) -- The mother of James Foley spoke."
    >>> line[dateline_end(line, before=0) :]
    'The mother of James Foley spoke.'
    >>> line = "PORTSMOUTH, N.H. — He may be a big underdog."
    >>> line[dateline_end(line, before=9) :]
    'He may be a big underdog.'
    >>> line = "Thursday, May 7, 2015 On Tuesday, the government announced a new flag."
    >>> line[dateline_end(line, before=9) :]
    'On Tuesday, the government announced a new flag.'
    >>> line = "WASHINGTON - The announcement has slowed the campaign's momentum."
    >>> line[dateline_end(line, before=1) :]
    "The announcement has slowed the campaign's momentum."
    >>> dateline_end(line, before=3)
    0
    >>> dateline_end("Boston|", before=0)
    7
    """
    match = _STRONG.match(line) or _STAMP.match(line)
    if match is not None:
        return match.end()
    if before > LEAD_SENTENCES:
        return _titled(line, lead=False)
    match = _WEAK.match(line) or _BRACKETED.match(line)
    if match is None and (barred := _BARRED.match(line)) is not None:
        return barred.end()
    end = match.end() if match is not None else _titled(line, lead=True)
    # A line of capitals and a dash alone is as likely a headline ("ISIS USES CHEMICAL
    # WEAPONS—"): a dateline on its own line needs its region ("BUTTE, Montana -").
    if end == len(line) and "," not in line:
        return 0
    return end


# A place before a colon, opening the story ("New Delhi: AK Verma, ...", NDTV, FNC-1 35):
# not taken as a dateline (a label reads the same: "Claim: ..."), but set aside when a copy of
# the line is looked for. What follows is a sentence of at least _UNDATED_WORDS words, so that
# an interview's "A: No." leaves no short key a later reply would repeat.
_PLACE_COLON = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*:\s+(?=[\"“‘A-Z])")
_UNDATED_WORDS = 6


def undated(line: str) -> str:
    """``line`` without the dateline or the place and colon that open it; "" when none does.

    A page repeats its story's lead in a related-story box or a teaser without the dateline
    the story opened with ("New Delhi: AK Verma, an executive engineer ..., was fired ..."
    and lower down "AK Verma, an executive engineer ..., was fired ...", FNC-1 35): the copy
    is the same sentence once the dateline is set aside. The dateline is read as loosely as
    where a story opens (only a copy of the rest is matched against it).

    Examples
    --------
    >>> undated("New Delhi: AK Verma, an engineer at the department, was fired on Thursday.")
    'AK Verma, an engineer at the department, was fired on Thursday.'
    >>> undated("WASHINGTON (AP) — U.S. airstrikes killed the group's leader in Syria.")
    "U.S. airstrikes killed the group's leader in Syria."
    >>> undated("A: No.")
    ''
    >>> undated("He said the vote would come on Thursday, not Friday.")
    ''
    """
    end = dateline_end(line, before=0)
    if not end and (match := _PLACE_COLON.match(line)) is not None:
        end = match.end()
    rest = line[end:].strip() if end else ""
    return rest if len(rest.split()) >= _UNDATED_WORDS else ""


# A byline's opening and the words of its names: capitalised with a lower-case letter after
# ("Benjamin", "McCarthy", "O'Neil"), or an initial ("J."), joined by "and" or commas.
_BY = re.compile(r"By ")
_NAME_WORD = re.compile(r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)(?=,? )")
_JOINER = re.compile(r",? and |, ")
# The place of the dateline after it: a word in capitals.
_CAPS_PLACE = re.compile(r"[A-Z]{2}[A-Z/.'’-]*\b(?![a-z])")
_BYLINE_WORDS = 2


def split_byline(line: str) -> tuple[str, str]:
    """Cut a byline glued before a strong dateline off the start of ``line`` (see the module
    docstring): the byline ("" when there is none) and the rest of the line.

    Examples
    --------
    >>> split_byline("By Isaac Abrak ABUJA, Nov 1 (Reuters) - A man said more.")
    ('By Isaac Abrak', 'ABUJA, Nov 1 (Reuters) - A man said more.')
    >>> split_byline("By Tony Munroe Hong Kong (Reuters) - A man said more.")
    ('', 'By Tony Munroe Hong Kong (Reuters) - A man said more.')
    >>> split_byline("By Friday NATO will have left.")
    ('', 'By Friday NATO will have left.')
    """
    if _BY.match(line) is None:
        return "", line
    at, words = len("By "), 0
    while True:
        word = _NAME_WORD.match(line, at)
        if word is None:
            break
        at, words = word.end(), words + 1
        joiner = _JOINER.match(line, at)
        if joiner is not None and _NAME_WORD.match(line, joiner.end()):
            at = joiner.end()
        elif line[at : at + 1] == " ":
            at += 1
        else:
            break
    rest = line[at:]
    if words < _BYLINE_WORDS or not _CAPS_PLACE.match(rest) or not _STRONG.match(rest):
        return "", line
    return line[:at].rstrip(), rest


# Where an agency's dateline may start after a headline: a word in capitals after a word and
# a space ("... in Syria WASHINGTON (AP) —"), within a headline's length of the line's start.
_PLACE_AFTER_HEAD = re.compile(r"(?<=[^\W_] )[A-Z]{2}[A-Z/.'’-]*\b(?![a-z])")
_AGENCY_MARK = re.compile(_AGENCY)
_HEAD_WORDS = 20
_HEAD_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HEAD_READ = 200
# A label over the headline: a few words and a colon, then the headline's capital ("The
# Associated Press update: Obama ...", "UPDATE: ...").
_LABEL = re.compile(r"[A-Z][\w'’]*(?: [\w'’]+){0,3}: (?=[A-Z])")


def split_wire_head(line: str) -> tuple[str, str]:
    """Cut a headline glued before an agency's dateline off the start of ``line`` (see the
    module docstring): the headline ("" when there is none) and the rest of the line.

    Examples
    --------
    >>> head, rest = split_wire_head(
    ...     "The Associated Press update: Obama again faces tug of military action in Syria "
    ...     "WASHINGTON (AP) — For three years, Obama has resisted the pull."
    ... )
    >>> head
    'The Associated Press update: Obama again faces tug of military action in Syria'
    >>> rest
    'WASHINGTON (AP) — For three years, Obama has resisted the pull.'
    >>> split_wire_head("Officials met in Washington on Friday WASHINGTON (AP) — They met.")
    ('', 'Officials met in Washington on Friday WASHINGTON (AP) — They met.')
    """
    if "(" not in line:
        return "", line
    for place in _PLACE_AFTER_HEAD.finditer(line, 0, _HEAD_READ):
        rest = line[place.start() :]
        dateline = _STRONG.match(rest)
        if dateline is None or _AGENCY_MARK.search(dateline.group()) is None:
            continue
        # The place all in capitals (its region may follow in title case), so that a head in
        # headline case does not lend the place its last words ("ISIS Threat Grows
        # WASHINGTON (AP)").
        if any(c.islower() for c in re.split(r"[,(/]", dateline.group(), maxsplit=1)[0]):
            continue
        head = line[: place.start()].rstrip()
        return (head, rest) if _is_wire_head(head) else ("", line)
    return "", line


def _is_wire_head(head: str) -> bool:
    """Whether ``head``, glued before an agency's dateline, has a headline's shape (see the
    module docstring)."""
    if not unmarked(head) or len(head.split()) > _HEAD_WORDS:
        return False
    if _LABEL.match(head) is not None or headline_case(head):
        return True
    # Title case with no closed-class word to show it ("Obama Orders Airstrikes"): every word
    # capitalised but a title's small words; a sentence has a verb or a noun in lower case
    # ("Officials met in Washington on Friday").
    words = [w for w in _HEAD_WORD.findall(head) if w.lower() not in TITLE_SMALL_WORDS]
    return title_case(head) and all(w[0].isupper() for w in words)
