"""Lines of an article's body with no sentence end: related-story headlines and captions.

News prose ends its sentences with a mark; the lines a page sets between its paragraphs
without one are links to other stories ("Bernie Sanders Pins The Rise Of ISIS On
'Disastrous' Invasion Of Iraq", "PM Harper to address nation tonight; Parliament lockdown
reinstated") and picture captions ("Pamela Hatchfield, a conservator at the Boston's Museum
of Fine Arts, holds the time capsule"). Scraped into text, they sit between sentences as
lines of their own. Two signals of layout tell them from a sentence that lost its mark:

- headline capitalisation (every word of four letters or more capitalised), which prose
  does not have;
- a run: two or more such lines one after the other, as a list of related stories or a
  gallery of captions is set; a sentence that lost its full stop comes alone.

Both only in the body: after a line that ends like a sentence, and with text after it. A
tabloid's summary bullets, sentences without full stops, open the article, before any; a
line opening with a quote mark is a quotation (HuffPost's readers' quotes lose their last
mark) and is kept. A line without the mark alone in sentence case is kept: about one in five
of those in FNC-1 is a sentence (RESULTS.md, issue 12).

Three shapes are headlines whatever their end mark, as a headline may end in ``?`` or ``…``
(``Selena Gomez Cries For Justin Bieber - But Should She?``): a line that capitalises its
closed-class words mid-line (``For``, ``In``, ``But``, ``Should``, ``She``), as headline case
does and prose never does (a title inside a sentence sits among lower-case words, which
headline case does not allow); a line in capitals, a wire's subheading (``U.S. MILITARY
KEEPING "CLOSE EYE"``); and a line set between dashes, AFP's subheading (``– Country less
safe –.``). And one to three words without any mark between paragraphs are a section's
heading or a page's label (``Brief Analysis``, ``Violence continues``, ``Hollywood Life``,
``'Cruel incident'``): on every FNC-1 body and PolNeAR text, the 226 such lines kept before
were all non-prose but for stubs whose sentence a lead-in verb or a function word leaves
open (``Naij.com reported that``, ``It’s not even``), which are kept. Four to six words in
sentence case over a paragraph of prose are a subheading when they hold none of the auxiliaries,
copulas and subject pronouns a clause needs and headlines drop (``King not flying missions``,
``Waiting for Obama's General Assembly speech``); a line in capitals may open with its figure
(``$15/MONTH WOULD MAKE HBO'S SERVICE ...``).

A count opening a line of words with no mark (``7 terrifying mystery beasts that never existed``,
``21 amazing Apple Watch apps``, ``10 common spiders found in British homes``) is a listicle's
headline, a link to another story: news prose spells out a number that opens a sentence, and
on every FNC-1 body and PolNeAR text each such line of four words or more is a link.

Two more shapes need no position: a box of related stories whose links were glued into one
line when the markup was stripped (``... Failing on Poverty and EducationIndia: Girl Burned
Alive ...``: words glued across a capital, and still no sentence end), and one lower-case
word alone, an image's file name or a page's label (``banksy-mugshot``, ``update``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from annotate.corpus._furniture import title_case
from annotate.corpus._held_lines import Item
from annotate.corpus._subheadings import is_verbless

__all__ = [
    "CLOSING_QUOTES",
    "OPENING_QUOTES",
    "TITLE_SMALL_WORDS",
    "ends_sentence",
    "has_inner_end",
    "headline_case",
    "heads_as_related",
    "heads_its_paragraph",
    "is_glued_headlines",
    "is_headline",
    "is_lone_word",
    "is_quotation",
    "is_title_line",
    "restated_headline",
    "restates_headline",
    "unmarked",
]

# The marks that open and close an English quotation, double and single, straight and curly:
# what a quoted line, a quoted paragraph or a sentence opening on a quotation starts with, and
# what a quotation ends with. (Not „ « »: a rule that reads those says so.)
OPENING_QUOTES = "\"“‘'"
CLOSING_QUOTES = "\"”’'"
# The short words a title leaves in lower case when it capitalises every other one ("Knack
# for Deals", "Little Relief for Refugees").
TITLE_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)

# A sentence end inside the line: a mark, a space, then a capital ("... Hatchfield. She ...").
# Such a line holds sentences (a caption with two is rare, prose with two common).
_INNER_END = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘(]*[A-Z]")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
# As the labelled-caption rule (_furniture): no rule drops a paragraph's worth of words.
_MAX_WORDS = 30
# Where two links' texts were glued when their markup was stripped: a word of three lower-case
# letters or more, then a capitalised word ("EducationIndia", "WallKing"). A brand's capital
# inside a word comes after fewer ("iPhone", "MacBook", "McSpadden", "DiCaprio") or is one
# word repeated ("SurveyMonkey ... [SurveyMonkey").
_GLUED = re.compile(r"\b\w*[a-z]{3}['’]?[A-Z][a-z]\w*")
# A list of related stories glued into one line is a few hundred characters; prose of
# several thousand characters on one line is a whole article that lost its line breaks.
_GLUED_CHARS = 1_000
# One word in lower case, maybe hyphenated: an image's file name ("banksy-mugshot") or a
# page's label ("update") left on a line of its own; or a few such words, an image's alt text
# ("banksy paris charlie hebdo", "fur coat made of cats"). On FNC-1 and PolNeAR, the 13 lines
# of two words or more in lower-case letters alone, without a mark, are all alt text or labels.
# An image's file name may carry its size or a number after a hyphen ("potshop-400x404"), its
# alt text the picture's number after a space ("kevin vickers 2", HuffPost Canada's four
# pictures in FNC-1 1472); a hashtag alone ("#KushForCure") is a post's tag left under its
# text, a label as well. So is one token with a letter and a digit in it, of any case, that
# ends on a letter or digit: a file name or an embed's id where the picture stood
# ("5kjqm0H", FNC-1 1599, seed 1576's judge; "gold2", "iphone6-stock", "AD_152311321.jpg"); a
# sentence of one word has no digit inside it, and a lead-in ends on its colon ("9to5Mac:").
_LONE_WORD = re.compile(
    r"[a-z]+(?:[-_][a-z0-9]+|[ ][a-z]+)*(?:[ ]\d{1,3})?|#\w*[A-Za-z]\w*(?:\s+#\w*[A-Za-z]\w*)*"
    r"|(?=\D*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9][\w.-]{1,60}[A-Za-z0-9]"
)


# A listicle's headline: a count, a word in lower case, two words or more, no mark at all.
_LISTICLE = re.compile(r"[1-9]\d{0,2} [a-z][\w'’-]*(?: [\w'’-]+){2,}")


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends as a sentence does: a mark, then any closing quotes or brackets."""
    return bool(_SENTENCE_END.search(line))


def has_inner_end(line: str) -> bool:
    """Whether a sentence ends inside ``line``: a mark, a space, then a capital."""
    return _INNER_END.search(line) is not None


def unmarked(line: str) -> bool:
    """Whether ``line`` has the shape of a headline or caption: a capital (or a digit) first,
    a letter or digit last, no sentence end inside, at most 30 words.

    Examples
    --------
    >>> unmarked("Eyewitnesses describe fear, confusion as gunshots fired in Ottawa")
    True
    >>> unmarked("“The most unqualified child to ever run for president.” ― Francisco Herrero")
    False
    """
    return (
        bool(line)
        and line[-1].isalnum()
        and (line[0].isupper() or line[0].isdigit())
        and len(line.split()) <= _MAX_WORDS
        and not _INNER_END.search(line)
    )


# Closed-class words: prepositions, conjunctions, auxiliaries, pronouns. Prose writes them in
# lower case but at a sentence's start; headline case capitalises them anywhere. "A", "An"
# and "The" are left out: they open names inside prose ("in The Washington Post").
# fmt: off
_CLOSED = frozenset([
    "for", "in", "on", "at", "to", "of", "with", "from", "by", "about", "into", "over", "after",
    "before", "as", "and", "but", "or", "nor", "so", "yet", "if", "than", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
    "should", "could", "can", "may", "might", "must", "he", "she", "it", "they", "we", "you",
    "his", "her", "their", "its", "our", "your", "him", "them", "us",
])
# fmt: on
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Where a headline's next clause starts, a capital is the sentence's own ("... Dismissed -
# But ..."); the closed-class word after it says nothing.
_CLAUSE_START = re.compile(r"[:—–-]\s*[\"“‘']?$")
# A line set between dashes (AFP's subheadings: "– Country less safe –.", "- Discrepancies
# -"), a few words.
_DASHED = re.compile(r"[-–—]\s+(?:\S+\s+){0,7}\S+\s+[-–—]\.?")
# Thirty words of a headline are under this many characters; a longer line is prose's.
_HEAD_CHARS = 300
_LONG_LOWER = re.compile(r"(?<![\w'’-])[a-z][\w'’-]{3}")
_CAPS_INNER_END = re.compile(r"[A-Z]{2}[.!?][\"”’')\]]*\s")
_QUOTED_TITLE = re.compile(r"['‘\"“][^'’\"”]{1,60}['’\"”]\s+[A-Z]")
# A person's name: two or three capitalised words.
_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}")
# The heading of a few words: the quotes, brackets or marks around it do not count.
_SHORT_HEAD_WORDS = 3
_AROUND = "\"“”‘’'()[]"
# A stub's last word leaves its sentence open: a function word or a verb of saying ("Naij.com
# reported that", "The document reads"): the next line, a quotation or a link cut out, goes
# on with it.
# fmt: off
_OPEN_END = _CLOSED | frozenset([
    "that", "the", "a", "an", "this", "not", "even", "reads", "says", "said", "writes", "wrote",
    "reported", "reports", "adds", "added", "told",
])
# fmt: on


def headline_case(line: str) -> bool:
    """Whether ``line`` is in headline case that prose never has: every long word capitalised,
    and its closed-class words capitalised mid-line, at least one, none in lower case; or in
    capitals, at least two words.

    Examples
    --------
    >>> headline_case("Selena Gomez Cries For Justin Bieber - But Should She?")
    True
    >>> headline_case('U.S. MILITARY KEEPING "CLOSE EYE"')
    True
    >>> headline_case("Barack Obama and Hillary Clinton Visited Ohio.")
    False
    """
    caps = not any(c.islower() for c in line)
    # A long word in lower case is prose's (cheap: this runs on most lines of a body).
    if not caps and _LONG_LOWER.search(line):
        return False
    words = list(_WORD.finditer(line))
    if len(words) < 2:
        return False
    if caps:
        return sum(1 for w in words if len(w.group()) >= 2) >= 2
    capital = 0
    for w in words[1:]:
        word = w.group()
        if word.lower() not in _CLOSED:
            continue
        if word[0].islower():
            return False
        if not _CLAUSE_START.search(line, 0, w.start()):
            capital += 1
    return capital >= 1 and title_case(line)


def _is_head_shape(line: str, *, short: bool = True) -> bool:
    """A headline whatever its end mark, a subheading between dashes, or a heading of one to
    three words without a mark (see the module docstring)."""
    if len(line) > _HEAD_CHARS:
        return False
    dashed = line[0] in "-–—"
    caps = line.isupper()
    # In capitals a heading may open with its figure (``$15/MONTH WOULD MAKE HBO'S SERVICE
    # ...``, ``5. ELEVEN POLICE KILLED ...``): every letter a capital says the same.
    figure = caps and (line[0].isdigit() or line[0] in "$£€")
    if not (dashed or figure or line[0].isupper() or line[0] in _AROUND):
        return False
    # Spaces count words: the line is normalised (one space between words).
    spaces = line.count(" ")
    # Cheap first, as this runs on most lines of a body: a long word in lower case leaves only
    # the dashes and the short heading, which prose of more words is not.
    if not (dashed or caps or (short and spaces <= _SHORT_HEAD_WORDS)) and _LONG_LOWER.search(line):
        return False
    # A line that leads into what follows ends with a colon: it is the story's sentence.
    if spaces >= _MAX_WORDS or line.rstrip(CLOSING_QUOTES).endswith(":"):
        return False
    # In capitals every word is a capital: a sentence ends after a word, not an initial
    # ("U.S. MILITARY ...").
    if (_CAPS_INNER_END if caps else _INNER_END).search(line):
        return False
    if dashed:
        return _DASHED.fullmatch(line) is not None
    if headline_case(line):
        return True
    # A headline that opens with a quoted title ("'Sleepy Hollow' Stars Tease Steamy Love
    # Triangle"): the quotation closes inside the line, and headline case follows it.
    if line[0] in _AROUND and _QUOTED_TITLE.match(line) and line[-1].isalnum() and title_case(line):
        return True
    if not short:
        return False
    core = line.strip(_AROUND)
    words = core.split()
    # A quotation opened and not closed begins a quoted paragraph (a letter quoted in full:
    # "“To Parents" over "“The urge to create ..."), not a heading in quotes ("'Like a bomb'").
    opened = line[0] in OPENING_QUOTES
    return (
        0 < len(words) <= _SHORT_HEAD_WORDS
        and (not opened or line[-1] in CLOSING_QUOTES)
        and core[0].isupper()
        and core[-1].isalnum()
        and words[-1].lower() not in _OPEN_END
    )


# A subheading of four to six words in sentence case over its section ("King not flying
# missions" over "Meanwhile, ... King Abdullah was not flying missions ..."). Headlines drop
# the auxiliary, the copula and the subject pronoun that a clause in prose needs; a sentence
# that lost its full stop keeps them ("The unarmed teen was killed on August 9", "He also
# forged ..."). So a line of that length with none of them, over a paragraph that ends as a
# sentence does, is the section's heading.
_HEADLINESE_WORDS = (4, 6)
# fmt: off
_CLAUSE_WORDS = frozenset([
    "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "should", "could", "can", "may", "might", "must", "shall", "i", "he",
    "she", "it", "we", "they", "you", "there", "this", "that", "who", "which", "i'm", "it's",
    "he's", "she's", "we're", "they're", "you're", "there's", "that's", "said", "says",
])
# fmt: on


def _is_headlinese(line: str, after: str) -> bool:
    """A subheading of four to six words without a clause's auxiliary or subject, over a
    paragraph of prose (see above)."""
    words = [w.strip(_AROUND + ",").lower().replace("’", "'") for w in line.split()]
    low, high = _HEADLINESE_WORDS
    return (
        low <= len(words) <= high
        and line[0].isalpha()
        and not title_case(line)
        and not any(w in _CLAUSE_WORDS for w in words)
        and words[-1] not in _OPEN_END
        and ends_sentence(after)
        and len(after.split()) > high
    )


def is_quotation(line: str) -> bool:
    """Whether ``line`` is a quotation whole: an opening quote first, a closing quote last (a
    pull quote, ``“It is very unusual behaviour , ... upset”``).

    Examples
    --------
    >>> is_quotation("“It is very unusual behaviour , and will have left his victims upset”")
    True
    >>> is_quotation('"We contacted the owner registered to the microchip.')
    False
    """
    return len(line) > 1 and line[0] in OPENING_QUOTES and line[-1] in CLOSING_QUOTES


def is_headline(line: str, *, after: str, in_run: bool, after_quotation: bool = False) -> bool:
    """Whether ``line``, in an article's body, is a headline or caption without a sentence end.

    ``after`` is the next line with text; ``in_run`` whether the line before was dropped as one;
    ``after_quotation`` whether the line kept before is a quotation whole: a name under it (two
    or three capitalised words) is its speaker's (``Sgt Gill Cherry``), which the pull-quote
    stage names as a credit when the quotation is a copy, not a heading.

    Examples
    --------
    >>> is_headline("Historic Climate Change Agreement Adopted In Paris", after="", in_run=False)
    True
    >>> is_headline(
    ...     "PM Harper to address nation tonight; Parliament lockdown reinstated",
    ...     after="Eyewitnesses describe fear, confusion as gunshots fired in Ottawa",
    ...     in_run=False,
    ... )
    True
    >>> is_headline("He added that parents should play a stronger role", after="", in_run=False)
    False
    """
    if _is_head_shape(line, short=not (after_quotation and _NAME.fullmatch(line))):
        return True
    if line[0].isdigit() and _LISTICLE.fullmatch(line):
        return True
    if not unmarked(line):
        # A heading in headline case may open or close on a quoted word ("“Maybe” Here Being a
        # Euphemism for “Obviously”", Re/code's digest, FNC-1 282, seeds 1460 and 1463): read
        # without those marks, its case tells it as the digest's other headings.
        bare = line.strip('“”"')
        return bare != line and unmarked(bare) and title_case(bare) and not has_inner_end(line)
    # A name under a quotation whole is its speaker's (see above), whatever its length.
    if not after_quotation and _is_headlinese(line, after):
        return True
    # A run is told by lines that open with a letter: a live blog's entries ("9.58am:
    # Passersby witness CPR ...") are sentences without their marks, one after another.
    return title_case(line) or (line[0].isalpha() and (in_run or _opens_run(after)))


def _opens_run(line: str) -> bool:
    return unmarked(line) and line[0].isalpha()


# A headline opening the text has at least this many words: a short capitalised line there is
# a heading or a name, which other rules decide.
_TITLE_WORDS = 5


def is_title_line(line: str) -> bool:
    """Whether ``line``, the first of an article without a known title, is its headline: in
    headline case, of 5 to 30 words, one sentence at most, ending with a full stop or without
    a mark, not in capitals (FNC-1's bodies may open with the story's headline, as a text
    file does: "McDonald’s Removing Big Mac, Apple Pies And Eliminating Large Size
    Options.").

    Examples
    --------
    >>> is_title_line("Texas Turkey Farm Contaminated With Ebola, Over 250,000 Holiday Turkeys "
    ...               "Infected.")
    True
    >>> is_title_line("Citigroup Jim Suva on Apple Watch:")
    False
    """
    # The stop may be set apart by a space ("... Beginning 1/1/15 .", FNC-1 1848).
    core = line[:-1].rstrip() if line.endswith(".") else line
    return (
        _TITLE_WORDS <= len(line.split()) <= _MAX_WORDS
        and core[-1:].isalnum()
        and not _INNER_END.search(line)
        and title_case(line)
        # In capitals, a first line is a kicker or a photo credit ("CRAIG WARGA/NY DAILY
        # NEWS/GETTY IMAGES", FNC-1 1987), which other rules name.
        and any(c.islower() for c in line)
    )


# A box's label glued to its first link ("Related'Hello? Is it You, Comrade?' North Korea
# Publishes ...GuidelinesNorth Korea Prisoner: ..."): no word of prose is glued to a capital,
# a digit or a quote after "Related", and the links may end in "?" (IBTimes, FNC-1 1836).
_GLUED_LABEL = re.compile(r"Related(?=[A-Z\d'‘\"“])")


def is_glued_headlines(line: str) -> bool:
    """Whether ``line`` is a list of links glued into one line when their markup was stripped.

    Two different words or more glued across a capital, no sentence end inside the line nor
    at its end (FNC-1's "Related" boxes: "Related2015 UN Millennium Development Goals: ...
    EducationIndia: Girl Burned Alive ...").

    Examples
    --------
    >>> is_glued_headlines(
    ...     "RelatedSecret Contraceptive Implants Forced on Teen GirlsItaly's Silvio "
    ...     "Berlusconi Hit by Fresh Underage Sex Claim"
    ... )
    True
    >>> is_glued_headlines("Clinton leads, according to RealClearPolitics and HuffPollster.")
    False
    """
    if len(line) > _GLUED_CHARS:
        return False
    if _GLUED_LABEL.match(line):
        return True
    if not line[-1:].isalnum() or _INNER_END.search(line):
        return False
    return len(set(_GLUED.findall(line))) >= 2


def is_lone_word(line: str) -> bool:
    """Whether ``line`` is one word in lower case without a mark (a file name, a label), or a
    few (an image's alt text).

    Examples
    --------
    >>> is_lone_word("reddit-mtg-reaction")
    True
    >>> is_lone_word("banksy paris charlie hebdo")
    True
    >>> is_lone_word("kevin vickers 2")
    True
    >>> is_lone_word("5kjqm0H"), is_lone_word("gold2")
    (True, True)
    >>> is_lone_word("Yes."), is_lone_word("9to5Mac:"), is_lone_word("2015")
    (False, False, False)
    """
    return _LONE_WORD.fullmatch(line) is not None


# A headline set over the paragraph it ran beside, a single line break between them: at
# least this many words, each capitalised but the title's small words, and a paragraph of at
# least this many words under it.
_HEADED_WORDS = 4
# A headline that cries its news without a verb ("Macaulay Culkin Alive!"): its "!" tells that
# no line break cut it, so a name and one word are enough.
_CRIED_WORDS = 3
_HEADED_MOST = 12
_HEADED_PARAGRAPH_WORDS = 8
_TOP_LABEL = re.compile(r"[\w'’.-]+(?: [\w'’.-]+)*")


def heads_its_paragraph(line: str, after: str, top: bool = False) -> bool:
    """Whether ``line``, after a blank line and with the next line right under it, is a headline
    (a related story's link, or a section's head) set over that paragraph, not a sentence the
    line break cut: every word capitalised but the title's small words, no end mark, and the
    line under it a whole sentence or more of its own, opening with a capital (ABC's "Homemade
    Eggnog Can Kill Salmonella with Booze" over "Roche, 33, said ...", FNC-1 667).

    Examples
    --------
    >>> heads_its_paragraph("Homemade Eggnog Can Kill Salmonella with Booze",
    ...                     "Roche, 33, said he shaved 10 seconds off the previous best time.")
    True
    >>> heads_its_paragraph("The Senate voted on Tuesday to",
    ...                     "Approve the bill, which the House passed last month by a wide margin.")
    False

    With ``top``, the line is the page's first before any sentence, and a section's label of
    one word or more heads the first paragraph so (Hoax-Slayer's ``Outline`` over
    "Circulating report claims that ...", FNC-1 906, 1035 and test 2358; its "Brief
    Analysis" and "Detailed Analysis" lower down are dropped as headings): no sentence of the
    story stands in title case without its mark over the story's first paragraph.

    >>> heads_its_paragraph("Outline", "A story circulating via social media reports that "
    ...                     "more than 250,000 holiday turkeys may be infected.", top=True)
    True

    A headline may cry its news with a "!" and no verb, a subheading over the paragraph that
    tells it (E! Online's "Macaulay Culkin Alive!" over "According to the latest Macaulay
    Culkin death hoax, he was found dead ...", FNC-1 1559); a story's cry has a verb ("We Did
    It!") or is a quotation.

    >>> heads_its_paragraph("Macaulay Culkin Alive!", "According to the latest Macaulay Culkin "
    ...                     "death hoax, he was found dead in his Manhattan apartment.")
    True
    >>> heads_its_paragraph("We Did It!", "The team won the final on Sunday in a close game.")
    False
    """
    # A dateline set over its first paragraph ("Boston|", FNC-1 526) is the dateline's: a
    # label at the top is words alone.
    if top and _TOP_LABEL.fullmatch(line) is None:
        return False
    words = line.split()
    cried = _cries_news(words)
    least = 1 if top else _CRIED_WORDS if cried else _HEADED_WORDS
    if not least <= len(words) <= _HEADED_MOST or (_SENTENCE_END.search(line) and not cried):
        return False
    if not all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words):
        return False
    if any(w in TITLE_SMALL_WORDS for w in words[-1:]):
        return False
    return (
        after[:1].isupper()
        and len(after.split()) >= _HEADED_PARAGRAPH_WORDS
        and _SENTENCE_END.search(after) is not None
    )


def _cries_news(words: list[str]) -> bool:
    """Whether the words end in one "!" after a word, with no verb among them."""
    last = words[-1] if words else ""
    return (
        last.endswith("!")
        and last[-2:-1].isalnum()
        and is_verbless([w.lower().rstrip("!").replace("’", "'") for w in words])
    )


# A related story's headline in sentence case over a paragraph of the body: as many words as a
# headline has; no address or handle (a comment's line that ends on its link, FNC-1 230, is
# its writer's); a quoted phrase that opens it is closed inside the line.
_RELATED_WORDS = (4, 15)
_ADDRESS = re.compile(r"https?://|www\.|@\w")
_QUOTED_OPENING = re.compile(r"['‘\"“][A-Z][^'’\"”]{0,60}['’\"”] \w")
# A label before the question, a colon or a spaced dash after it (Al Jazeera's programme:
# "Inside Story - Who are Nigeria's Boko Haram?", FNC-1 531).
_LABELLED_QUESTION = re.compile(r"[^:?]{3,60}(?::| [-–—]) [A-Z]")
# The words a question and its answer share by grammar, not by topic.
# fmt: off
_FUNCTION_WORDS = _CLOSED | _OPEN_END | _CLAUSE_WORDS | frozenset([
    "what", "when", "where", "which", "whom", "whose", "why", "how", "these", "those", "here",
    "more", "most", "some", "such", "just", "also", "very", "than", "then", "into", "only",
    "still", "ever", "even", "much", "many", "other", "there", "their", "about", "really",
])
# fmt: on
_CONTENT_WORD = re.compile(r"[^\W\d_][\w-]{3,}")


def _content_words(text: str) -> set[str]:
    """The words of four letters or more that are not function words, case-folded, without a
    possessive's ending."""
    words = (w.lower().removesuffix("'s") for w in _CONTENT_WORD.findall(text.replace("’", "'")))
    return {w for w in words if w not in _FUNCTION_WORDS}


def _takes_up(paragraph: str, question: str) -> bool:
    """Whether ``paragraph`` says one of ``question``'s content words again."""
    return not _content_words(question).isdisjoint(_content_words(paragraph))


def _head_words(line: str, bounds: tuple[int, int]) -> bool:
    """Whether ``line`` has a headline's words: as many as ``bounds`` allows, no sentence end
    inside, no address, and a last word that does not leave a clause open (shared by the
    related stories' headlines and the page's own on top)."""
    words = line.split()
    low, high = bounds
    return (
        low <= len(words) <= high
        and _INNER_END.search(line) is None
        and _ADDRESS.search(line) is None
        and words[-1].lower() not in _OPEN_END
    )


def heads_as_related(line: str, after: str) -> bool:
    """Whether ``line``, in the body after a blank line and with the next line right under it,
    is a related story's headline (or a caption, or a section's head) in sentence case set
    over that paragraph, when no rule has taken it as anything else.

    A page that spaces its paragraphs with blank lines sets its own sentences in a paragraph
    or alone between blank lines. A short line glued over a paragraph, ending without a mark or
    with a question's, is what the page set in the story's flow: a link to another story
    (CBC's "'See you Monday,' wanted man writes to police on Facebook" over "While he didn't
    make it to the police station ...", FNC-1 1408; "Has ISIS's latest horror show backfired
    in the Middle East?" over "It published photos ...", whose "It" is the statement of the
    paragraph above, FNC-1 1881; judges of seeds 1434 and 1436). On every FNC-1 body and
    PolNeAR text, the lines of this shape kept before in the body were all furniture:
    related stories' headlines and videos' titles (FNC-1 531, test 1409), captions (FNC-1 510,
    test 216, test 274) and sections' headings (Vox's "Conservative media has a field day",
    FNC-1 test 2575). The line has four to fifteen words, opens with a capital, has no
    sentence end inside, and does not end on a word that leaves a stub's sentence open; the
    line under it is a sentence or more of its own, as in :func:`heads_its_paragraph`. The
    caller asks it only in the body, after a sentence: a HuffPost lead's own question over
    its first paragraph ("What would Donald Trump sound like if he had elocution lessons?",
    PolNeAR huff-post 2015-12-19) comes before any. A question is the story's own when the
    paragraph under it answers it, taking up one of its words (a round-up's "Will the old
    non-Retina MacBook Air remain?" over "If Apple launches a 12in MacBook Air, will it
    discontinue ...", FNC-1 1362, which the section rule takes once the page has had a
    heading); another story's headline asks about that story, and the paragraph under it
    goes on with the one above (FNC-1 1881), unless a programme's label opens it (Al
    Jazeera's "Inside Story - Who are Nigeria's Boko Haram?", FNC-1 531).

    Examples
    --------
    >>> heads_as_related("'See you Monday,' wanted man writes to police on Facebook",
    ...                  "While he didn't make it to the police station before noon Monday, "
    ...                  "police confirmed that Constantine was in custody.")
    True
    >>> heads_as_related("Has ISIS's latest horror show backfired in the Middle East?",
    ...                  "It published photos allegedly of the bombed site, showing a "
    ...                  "severely damaged building.")
    True
    >>> heads_as_related("Will the old non-Retina MacBook Air remain?",
    ...                  "If Apple launches a 12in MacBook Air, will it discontinue the "
    ...                  "existing models?")
    False
    >>> heads_as_related("Some say it could be a spoof but you would be shellfish to stop "
    ...                  "somebody having a bit of fun", "Attack of the giant crab??")
    False
    >>> heads_as_related("IBM also noted that it currently has",
    ...                  "Job postings for more than 10,000 positions are open around the world.")
    False
    """
    if not _head_words(line, _RELATED_WORDS) or not (line[-1].isalnum() or line[-1] == "?"):
        return False
    # The story's own question leads into the paragraph that answers it, which takes up its
    # words ("Will the old non-Retina MacBook Air remain?" over "If Apple launches a 12in
    # MacBook Air, will it discontinue ...", FNC-1 1362); another story's headline asks about
    # that story, and the paragraph under it goes on with the one above.
    if line[-1] == "?" and not _LABELLED_QUESTION.match(line) and _takes_up(after, line):
        return False
    # A quotation opened and not closed inside the line is a quoted paragraph's start.
    if line[0] in OPENING_QUOTES and _QUOTED_OPENING.match(line) is None:
        return False
    return (
        (line[0].isupper() or line[0] in OPENING_QUOTES)
        and after[:1].isupper()
        and len(after.split()) >= _HEADED_PARAGRAPH_WORDS
        and _SENTENCE_END.search(after) is not None
    )


# A page's own headline in sentence case at the top of the body: as many words as a headline
# has, and the words of it the lead says again (see restated_headline).
_TOP_HEAD_WORDS = (5, 20)
_RESTATED_LEAST = 3
_ARTICLES = frozenset(["a", "an", "the"])


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (see :func:`_content_words`) cut to their first five
    letters, so that a headline's "kill" meets its lead's "killed", and its figures."""
    return {w[:5] for w in _content_words(text)} | set(re.findall(r"\d[\d,.]*\d|\d", text))


def restates_headline(line: str, lead: str) -> bool:
    """Whether ``line``, the first of the body alone in its paragraph, is the page's own
    headline in sentence case, which the lead paragraph ``lead`` under it says again.

    A headline set in sentence case has no end mark, which the story's first sentence has;
    and a story's lead restates its headline in full sentences, taking up its words ("British
    man suspected of appearing in videos of hostages being beheaded" over "The British Isis
    militant suspected of appearing in videos showing the beheading of US and UK hostages has
    been named ...", FNC-1 1939; "IS jihadists kill 300 Iraqi soldiers in chlorine gas
    attack; urge killing of citizens from US-led coalition" over "... Islamic State militants
    have killed over 300 soldiers using chlorine gas ...", FNC-1 1136; judges of seeds
    1438-1446). A first line without a mark that the lead does not take up three of the words
    of is kept (a sentence that lost its stop goes on to another).

    Examples
    --------
    >>> restates_headline("British man suspected of appearing in videos of hostages being "
    ...                   "beheaded", "The British Isis militant suspected of appearing in "
    ...                   "videos showing the beheading of US and UK hostages has been named.")
    True
    >>> restates_headline("The council met on Monday to discuss the new budget for schools",
    ...                   "Parents said they had not been told about the meeting in advance.")
    False
    """
    if not _head_words(line, _TOP_HEAD_WORDS) or not (line[:1].isupper() and line[-1].isalnum()):
        return False
    words = line.split()
    # Headlinese drops the article that opens a sentence and the auxiliaries, copulas and
    # pronouns of a clause; a line with them is a deck, a sentence of its own that lost its
    # stop ("Corporal Nathan Cirillo, 24, was shot in the chest by a masked gunman, ...",
    # "A spokesman for the Iraqi health ministry denied reports ...", FNC-1 1380 and 1175).
    # A word in capitals is a name ("IS jihadists kill 300 Iraqi soldiers ...", FNC-1 1136),
    # but not the article "A" ("A Russian stamp for Paralympic Games in Sochi in 2014", a
    # picture's caption over the GUM interview's lead, which restates it).
    folded = [
        w.strip(_AROUND + ",").lower().replace("’", "'")
        for w in words
        if not (w.isupper() and len(w) > 1)
    ]
    if not folded:
        return False
    if folded[0] in _ARTICLES or any(w in _CLAUSE_WORDS for w in folded):
        return False
    if not (lead[:1].isupper() and (_SENTENCE_END.search(lead) or _INNER_END.search(lead))):
        return False
    return len(_stems(line) & _stems(lead)) >= _RESTATED_LEAST


def restated_headline(items: Iterable[Item], *, longest: int) -> Iterator[Item]:
    """The cleaning stream's items, with the page's own headline at the top of the body
    dropped as ``title`` (see :func:`restates_headline`). Only the first kept line is held,
    and only until the next kept one; a line longer than ``longest`` is article text, never
    held. Items are ``(gap, line, number, kind, reason)``, ``kind`` None for a kept line."""
    stream = iter(items)
    for item in stream:
        _, line, number, kind, _ = item
        if kind is not None:
            yield item
            continue
        if not isinstance(line, str) or len(line) > longest or not unmarked(line):
            yield item
            yield from stream
            return
        held = [item]
        for later in stream:
            held.append(later)
            if later[3] is None:
                break
        lead = held[-1]
        body = lead[1]
        text = body if isinstance(body, str) else _opening_text(body)
        if lead[3] is None and lead[0] == "\n\n" and restates_headline(line, text):
            yield "", line, number, "title", "the page's headline: the lead under it restates it"
            yield from held[1:-1]
            yield ("", *lead[1:])
        else:
            yield from held
        yield from stream
        return


def _opening_text(line: bytearray) -> str:
    """The first few thousand characters of a long line given as UTF-8 bytes."""
    return bytes(line[:4000]).decode("utf-8", "ignore")
