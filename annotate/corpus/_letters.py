"""The frame of a letter a story reprints: its salutation and its signature.

A story that prints a letter (a resignation posted online, a school's note to parents, a
letters page) keeps the letter's frame on lines of their own: the salutation above it
(``Dear Mr. Smith,``, ``Brody –``) and the signature under it (``– D.B.G 05/11/14``, a
letters page's ``Martin Litwak.`` and ``Olympia, Wash.``). Neither says anything: a
salutation names whom the letter is to, a signature who wrote it and where from. Each is told
by its shape alone, as a sentence never has it (a reprinted document's source in square
brackets after each excerpt is a credit: :mod:`annotate.corpus._credits`):

- a salutation: ``Dear`` and a few words, then a comma, a colon or a dash, the line's end; or a
  name of up to three capitalised words and a dash, as a note opens (prose does not end a
  line on a dash after a bare name);
- a signature: a dash, then initials, names and a date, no lower-case word; a full name alone
  with a full stop (two capitalised words, perhaps a middle initial between them), or a
  place and its state in AP style (``Olympia, Wash.``): a sentence has a verb. A name with a
  middle name (``Richard Hays Powell.``) is a title's shape too, so it signs only over its
  town or on a page already signed.

A letters page's label over its first letter (``Letters.``) is told by the signatures under
it (:func:`letters_label`), as a short first line is as often the story's.

An email the story prints whole is signed on the last line of its paragraph, after its last
sentence: the writer's first name alone, or after a closing formula (``... get to some real
answers. Paul``, ``... a few weeks back. Best of luck, Paul``, FNC-1 879, round 30's judges;
:func:`split_signed_tail`). Prose does not end a paragraph on a capitalised word with no mark
after a sentence's stop; a one-word answer after a question ("Who won? Clinton") may, so a
bare name is cut only after a stop or an exclamation, and never a word that opens sentences
(``Yes``, ``Nothing``: :data:`annotate.corpus._learned_words.STARTERS`), nor one the sentence
before it says (a caption's source after it: ``A screenshot of the Path iPad app. Path``,
FNC-1 test 1390). On every FNC-1 body and PolNeAR text the two signatures of FNC-1 879 are
cut, and nothing else; FNC-1 test 1241's ``... I hope this is agreeable ? Julie`` stays,
after its question.

A letters page may close on a section of readers' posts, under the name of the network they
were posted on (USA Today's ``FACEBOOK.`` and ``TWITTER.``: ``Trump is such a con artist.
...`` / ``Ernie Helton.``; ``Kasich. He has the experience ...`` / ``@antnyj.``). A post is a
comment on the page, not a letter it prints, and no story's sentence: judges of three pools
counted 40 such tasks as readers' comments. Under such a label (:func:`is_social_label`), a
paragraph signed on the line under it, by a name alone (:func:`is_signature`) or a handle
alone (:func:`signs_post`), is a post; a paragraph with no signature under it stays. On every
FNC-1 body and PolNeAR text 18 headings are so read: the 13 of ten USA Today letters pages,
whose posts are taken, and five over embedded tweets and a post in FNC-1 571 and 1327, under
which no line is signed so and none is taken. A page may set the label in the plural
(``Twitters.``), and the name alone with its stop is a credit's shape as well (``Facebook.``
under a letter's signature, dropped as one): in a paragraph of its own it opens the section
too (round 31, PolNeAR usa-today 2016-10-21, the page's two labels and its six posts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from annotate.corpus._learned_words import STARTERS

__all__ = [
    "is_comment_header",
    "is_signature",
    "is_social_label",
    "letter_part",
    "letters_label",
    "signs_post",
    "split_signed_tail",
]

# "Dear Walter,", "Dear Mr. and Mrs. Smith:", "Dear friends --": the salutation opens the
# line and a comma, colon or dash closes it, a few words between.
_SALUTATION = re.compile(r"^(?:(?:My\s+)?Dear|Hi|Hello)\s+[^!?,:;]{1,40}?\s*(?:[,:]|\s[–—-]+)$")
# "To Parents.", "To whom it may concern:": a letter addressed on its own line (a sentence
# opening with "To" has a verb after its object).
_ADDRESSED = re.compile(
    r"^To\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|whom it may concern)[.:,]$"
)
# A name alone and a dash: "Brody –". A name of up to three capitalised words.
_NAMED_DASH = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+[–—-]+$")
# "– D.B.G 05/11/14", "— J.S.": a dash, then up to four tokens of capitals, initials, digits.
_DASHED_SIGNATURE = re.compile(r"^[–—-]+\s*[A-Z][A-Z.]*(?:\s+(?:[A-Z][\w.'’-]*|\d[\d/.-]*)){0,3}$")
# A name's word, capitalised; a surname may open with its prefix ("McCain", "O'Neill").
_NAME_WORD = r"[A-Z][a-z'’-]+"
# A double surname joins two with a hyphen ("Mauricio Fraga-Rosenfeld.", over "Washington,
# D.C.", PolNeAR usa-today 2016-09-16).
_SURNAME = rf"(?:Mc|Mac|O['’])?{_NAME_WORD}(?:-{_NAME_WORD})?"
# "Martin Litwak.", "Mary J. Blige.", "Mac Mittenz.": first name, maybe an initial, surname.
_FULL_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+[A-Z]\.)?\s+{_SURNAME}\.$")
# AP's abbreviations of the states, as a letters page signs a writer's town.
_STATE = (
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|"
    r"Wash|W\.Va|Wis|Wyo|D\.C)\."
)
_TOWN = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}},\s+{_STATE}$")
# "Richard Hays Powell.": a first name, a middle name and a surname. Three capitalised words
# with a stop are a title's words as well ("Happy New Year."), so the name is a signature
# only over its writer's town (USA Today's letters, PolNeAR usa-today 2016-08-16), or on a
# page whose pieces are signed already: a readers' comments page signs each comment with its
# writer's name, two words or three ("David Groner.", "Sy Burr.", then "Noemi Acevedo
# Garcia.", PolNeAR usa-today 2016-09-01).
# A given name may have a capital inside it ("Toni LeAnn Williams.", a comment signed between
# "Chris Smith." and "Vicki Venhuizen.", PolNeAR usa-today 2016-09-08): only here, where the
# name is a signature over its town or on a signed page, not in a full name alone.
_GIVEN = r"[A-Z][a-z'’-]+(?:[A-Z][a-z]+)?"
_MIDDLE_NAME = re.compile(rf"^{_GIVEN}\s+{_GIVEN}\s+{_SURNAME}\.$")
# Words of a title, never of a name: on a signed page a title's words are a subheading's
# ("Division Over Iran.", "The Pinocchio Test.") or a source's ("The Daily Beast.").
_TITLE_WORDS = frozenset(["The", "A", "An", "Of", "Over", "In", "On", "For", "And", "To", "At"])


def letter_part(line: str) -> str | None:
    """The kind of letter frame ``line`` is: ``heading`` for a salutation, ``credit`` for a
    signature after a dash; None for anything else (a name alone: :func:`is_signature`).

    Examples
    --------
    >>> letter_part("Dear Mr. Smith,")
    'heading'
    >>> letter_part("– D.B.G 05/11/14")
    'credit'
    >>> letter_part("To Parents.")
    'heading'
    >>> letter_part("Dear Walter letters were sent.") is None
    True
    """
    if len(line) > 60:
        return None
    first, last = line[0], line[-1]
    if last in ",:–—-" and (_SALUTATION.match(line) or _NAMED_DASH.match(line)):
        return "heading"
    if first == "T" and _ADDRESSED.match(line):
        return "heading"
    if first in "–—-" and _DASHED_SIGNATURE.match(line):
        return "credit"
    return None


def is_signature(line: str, after: str = "", signed: bool = False) -> bool:
    """Whether ``line`` is a letter's signature in prose's dress: a full name, or a town and
    its state, alone with a full stop; a name with a middle name when ``after``, the next
    line, is its writer's town, or when ``signed``, a signature was dropped above it. Asked
    after the subheading rule: ``Human Rights.`` over a section that takes it up is a
    subheading (the section under it tells), the same shape under a letter is its writer's
    name.

    Examples
    --------
    >>> is_signature("Martin Litwak.")
    True
    >>> is_signature("Olympia, Wash.")
    True
    >>> is_signature("Martin Litwak wrote.")
    False
    >>> is_signature("Richard Hays Powell.", "Gainesville, Fla.")
    True
    >>> is_signature("Happy New Year.", "The party went on until dawn.")
    False
    >>> is_signature("Noemi Acevedo Garcia.", "Trump had an opportunity.", signed=True)
    True
    """
    if len(line) > 60 or line[-1:] != ".":
        return False
    if _FULL_NAME.match(line) is not None or _TOWN.match(line) is not None:
        return True
    if _MIDDLE_NAME.match(line) is None:
        return False
    if _TOWN.match(after) is not None:
        return True
    return signed and not any(word in _TITLE_WORDS for word in line[:-1].split())


# An email's closing formula before its writer's first name: "Best,", "Best of luck,",
# "Thanks,", "Kind regards,", "Cheers,", "Sincerely,".
_CLOSING = (
    r"(?:(?:All the |My )?[Bb]est(?: wishes| regards| of luck)?|(?:Good|Best of) luck|"
    r"(?:Many )?[Tt]hanks(?: again)?|Thank you|Cheers|(?:Kind |Warm |Best )?[Rr]egards|"
    r"Sincerely|Yours(?: truly| sincerely)?|Take care|Love)"
)
# After the last sentence's mark (and its closing quote or bracket): the closing formula and
# a comma, then one or two name words; or, with no formula, one name word alone, after a stop
# or an exclamation only (see the module docstring).
_SIGNED_TAIL = re.compile(
    rf"(?:(?<=[a-z\d]{{2}}[.!?])|(?<=[)\"”’'][.!?])|(?<=[.!?][\"”’')]))\s+"
    rf"{_CLOSING},\s+(?P<named>{_NAME_WORD}(?:\s+{_SURNAME})?)$"
    rf"|(?<=[a-z\d]{{2}}[.!])\s+(?P<name>{_NAME_WORD})$"
)


def split_signed_tail(line: str) -> tuple[str, str]:
    """``line`` without the writer's name (and closing formula) that signs it after its last
    sentence, and that signature ("" when there is none): see the module docstring.

    Examples
    --------
    >>> split_signed_tail("Now let's get to some real answers. Paul")
    ("Now let's get to some real answers.", 'Paul')
    >>> split_signed_tail("I read your book on a flight. Best of luck, Paul")
    ('I read your book on a flight.', 'Best of luck, Paul')
    >>> split_signed_tail("Who won the vote? Clinton")
    ('Who won the vote? Clinton', '')
    >>> split_signed_tail("Did they find anything? Nothing")
    ('Did they find anything? Nothing', '')
    >>> split_signed_tail("He met Mr. Paul")
    ('He met Mr. Paul', '')
    >>> split_signed_tail("A screenshot of the Path iPad app. Path")
    ('A screenshot of the Path iPad app. Path', '')
    """
    if not line[-1:].isalpha() or len(line) < 4:
        return line, ""
    tail = _SIGNED_TAIL.search(line, max(0, len(line) - 60))
    if tail is None:
        return line, ""
    # A name alone that the sentence before it says is what that sentence shows, credited:
    # "A screenshot of the Path iPad app. Path" (a caption and its source, FNC-1 test 1390).
    name = tail.group("name")
    if name and (name in STARTERS or name in _last_sentence(line[: tail.start()]).split()):
        return line, ""
    return line[: tail.start()].rstrip(), tail.group().strip()


def _last_sentence(text: str) -> str:
    """The last sentence of ``text``, roughly: after the last stop followed by a space."""
    cut = max(text.rfind(". ", 0, len(text) - 1), text.rfind("! ", 0, len(text) - 1))
    return text[cut + 2 :] if cut >= 0 else text


# A section of readers' posts, labelled with the network's name alone ("FACEBOOK.",
# "TWITTER."), or where they come from ("From Facebook:", "On Twitter:"); the words a label
# gives are the page's, in capitals or not, and a page may name the network in the plural
# ("Twitters.", over the readers' tweets of PolNeAR usa-today 2016-10-21).
_SOCIAL_LABEL = re.compile(
    r"(?:(?:from|on|via|readers on|your views on|what you said on) )?"
    r"(?:facebook|twitter|instagram|social media)s?[.:]?",
    re.IGNORECASE,
)
# A post's signature by its writer's handle alone: "@antnyj.", "@trialattorney12".
_HANDLE_SIGNATURE = re.compile(r"@\w{1,15}\.?")


# A comments widget's entry head: the commenter's screen name and how long ago they wrote
# ("Ronski1965 16 minutes ago", "DavidFNYC 59 minutes ago", the NYT's RECENT COMMENTS box in
# FNC-1 1732); the comment is the line under it.
_COMMENT_HEADER = re.compile(
    r"^[\w.@'’-]{2,40}(?:\s[\w.@'’-]{1,30}){0,2}\s+(?:\d{1,2}|an?)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$"
)


def is_comment_header(line: str) -> bool:
    """Whether ``line`` heads a reader's comment in a widget: a screen name and its age.

    Examples
    --------
    >>> is_comment_header("Ronski1965 16 minutes ago")
    True
    >>> is_comment_header("He left 16 minutes ago.")
    False
    """
    return _COMMENT_HEADER.match(line) is not None


def is_social_label(line: str) -> bool:
    """Whether ``line`` labels a section of readers' posts: the network's name alone.

    >>> is_social_label("FACEBOOK.")
    True
    >>> is_social_label("From Twitter:")
    True
    >>> is_social_label("Twitters.")
    True
    >>> is_social_label("Facebook said it would appeal.")
    False
    """
    return _SOCIAL_LABEL.fullmatch(line.strip()) is not None


def signs_post(line: str) -> bool:
    """Whether ``line`` signs a reader's post under it: a name alone, or a handle alone.

    >>> signs_post("Ernie Helton."), signs_post("@antnyj."), signs_post("He said so.")
    (True, True, False)
    """
    return is_signature(line, signed=True) or _HANDLE_SIGNATURE.fullmatch(line) is not None


# A page's label alone on its first line: one or two capitalised words and a full stop
# ("Letters.", USA Today's letters pages in PolNeAR).
_LABEL = re.compile(r"[A-Z][a-z]+(?: [A-Z]?[a-z]+)?\.")
# Paragraphs read under it for a letter's signature: a letter is a few paragraphs long (the
# longest first letter of PolNeAR's letters pages, a list set as paragraphs, has 12).
_LETTER_HOLD = 16

Item = tuple[str, str | bytearray, int, str | None, str]


def letters_label(items: Iterable[Item], signed_after: Callable[[int], bool]) -> Iterator[Item]:
    """The cleaning stream's items, with a letters page's label on its first kept line dropped.

    A short first line is as often the story's ("He's back.", "Another first."); what tells
    a letters page's label ("Letters.") is the page under it, letters signed by their
    writers. So the first kept line in a label's shape (see :data:`_LABEL`) waits for the
    next :data:`_LETTER_HOLD` items, and is dropped as a ``heading`` when
    ``signed_after(number)`` says a signature (:func:`is_signature`) was dropped under it.
    Items are ``(gap, line, number, kind, reason)``, ``kind`` None for a kept line.
    """
    stream = iter(items)
    for item in stream:
        gap, line, number, kind, _ = item
        if kind is not None:
            yield item
            continue
        if not (isinstance(line, str) and _LABEL.fullmatch(line)):
            yield item
            yield from stream
            return
        held = [item]
        for later in stream:
            held.append(later)
            if signed_after(number) or len(held) > _LETTER_HOLD:
                break
        if not signed_after(number):
            yield from held
            yield from stream
            return
        yield gap, line, number, "heading", "a letters page's label: signed letters under it"
        for at, (_, text, n, k, why) in enumerate(held[1:], 1):
            if k is None:
                # The first kept line takes the label's gap: the text opens with it.
                held[at] = (gap, text, n, k, why)
                break
        yield from held[1:]
        yield from stream
        return
