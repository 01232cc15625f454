"""Whether a full stop after an abbreviation, before a capital, ends a sentence: two joins.

pysbd ends a sentence at an abbreviation (``a.m.``, ``U.S.``, ``Corp.``) before a capitalised
word unless a rule of its own keeps it. Two shapes of the piece around the cut show that no
sentence ended there, whatever the words (Punkt's question, Kiss & Strunk 2006, asked of the
pieces rather than of a list):

- the piece after the abbreviation is one or two words and a full stop, and opens with no word
  that opens sentences (``_learned_words``: learned from news). A sentence has a clause; a
  capitalised word and at most one more, ending the paragraph's sentence, is the tail of the
  noun phrase the abbreviation sits in (``at 11:30 a.m. Tucson time.``, ``at 3:30 p.m.
  TODAY.``);
- the piece before is an abbreviation alone (``Corp.``), and the piece after opens with a
  capitalised word that opens no sentences. An abbreviation is no sentence of its own: it is
  a title or rank before a name (``Corp. Nathan Cirillo, 24, was fatally shot ...``).
  ``No.``, ``May.`` or ``Miss.`` may be one-word sentences, so an abbreviation here is one that
  news does not write as a word in lower case (pysbd's list less those, learned:
  ``_learned_words.ABBREVIATIONS_AS_WORDS``);
- the piece before ends in a company's suffix (``Inc.``, ``Corp.``, ``Bros.``), and the piece
  after opens with a capitalised word that opens no sentences, followed by another capital, a
  digit or a sign. The suffix closes a name that news goes on writing: a division (``Warner
  Bros. Theater Ventures``), the firm's officer (``Vice Media Inc. CEO Shane Smith``) or its
  stock ticker and the day's change (``eBay Inc. EBAY -0.77%``); a sentence after the firm
  opens with a starter (``HP Inc. The services business``) or a name and its verb in lower
  case (``Autonomy Corp. H-P said``). On FNC-1 and PolNeAR all 7 such places were cut, and
  none of the 6 other places after a suffix before a capital is joined;
- the piece before ends in a title news writes before a name (learned, ``_learned_words.TITLES``:
  ``Del.``, ``Pres.``, ``Sgt.``), and the piece after opens with a capitalised word that opens
  no sentences (``said Del. Stacey Plaskett``, ``state Del. Marcia "Cia" Price``). pysbd keeps
  its own titles (``Sen.``, ``Gov.``) but not ``Del.``, which it also lists as a word
  (``Museo del Prado``); the corpus shows which abbreviations are titles, see
  ``benchmarks/learn_starters.py``;
- the piece before ends in an abbreviation that modifies, after a word in lower case (not a
  comma: ``in Miami, Fla.`` may end a sentence), and the piece after opens with a title and a
  capitalised name: a state's abbreviation before an office (``Clinton ties former Fla. | Gov.
  Jeb Bush at 41-41``, PolNeAR west-journal 2015-12-10). The abbreviation is the office's
  place, part of the noun phrase; on FNC-1 and PolNeAR it is the one cut before a title after
  an abbreviation.
"""

from __future__ import annotations

import re

from pysbd.lang.english import English

from annotate.corpus._learned_words import ABBREVIATIONS_AS_WORDS, TITLES
from annotate.corpus._learned_words import STARTERS as LEARNED_STARTERS

__all__ = [
    "ABBREVIATION_READ",
    "CLOSED_STARTERS",
    "FIRST_WORD",
    "STARTERS",
    "TAIL_READ",
    "abbreviation_before_title",
    "glued_abbreviation",
    "is_title",
    "lone_abbreviation",
    "name_goes_on",
    "tail_of_abbreviation",
    "title_before_name",
]

_ABBREVIATIONS = frozenset(English.Abbreviation.ABBREVIATIONS) - ABBREVIATIONS_AS_WORDS
# Words that open a sentence and cannot go on a name: pysbd's SENTENCE_STARTERS (less
# "Millions", "More" and "Being", which it lists from its own test texts), closed classes
# (pronouns, determiners, conjunctions, prepositions: never part of a name), and the words news
# opens sentences with and capitalises nowhere else, learned from FNC-1 and PolNeAR
# (``_learned_words``, Punkt's evidence: "According", "However", "Authorities", "Officials", ...).
# A capitalised word news also writes mid-sentence ("Army", "President", "King") may go on the
# initialism's name, so it never ends the sentence here.
_CLOSED_CLASS = [
    "A",
    "After",
    "An",
    "At",
    "But",
    "By",
    "Did",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "How",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "You",
]
CLOSED_STARTERS = frozenset(
    (set(_CLOSED_CLASS) | set(English.AbbreviationReplacer.SENTENCE_STARTERS))
    - {"Millions", "More", "Being"}
)
STARTERS = CLOSED_STARTERS | LEARNED_STARTERS
# The longest piece :func:`tail_of_abbreviation` takes as a tail; how much of the sentence
# before it reads (the initialism), and the longest piece :func:`lone_abbreviation` takes as an
# abbreviation alone: a long line's reader keeps a dozen characters before a span's start.
TAIL_READ = 32
ABBREVIATION_READ = 12
# An initialism at the end of a sentence: letters each with a full stop ("a.m.", "U.S.").
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")
# One or two words, the first capitalised, and a full stop ("Tucson time.", "TODAY.").
_TAIL = re.compile(r"([A-Z][\w'’-]*)(?: [\w'’-]+)?\.$")
# A capitalised abbreviation and its stop, alone.
_LONE = re.compile(r"([A-Z][a-z]*)\.$")
# A capitalised abbreviation glued to a dash or slash before it, at the end of a piece: a dash
# typed without its spaces ("in Brooklyn -Mrs. Clinton said", "the debate—Mr. Trump"). pysbd
# knows an abbreviation only after a space or a line's start, so it ended a sentence there.
_GLUED_END = re.compile(r"(?<=[-–—/])[A-Z][a-z]*\.$")
# The capitalised word that opens the piece after a cut: a name's next word, or a starter.
FIRST_WORD = re.compile(r"[A-Z][\w'’]*")
# A company's suffix at the end of a sentence, after its name's last word.
_COMPANY_END = re.compile(r"(?<=\w )(?:Bros|Co|Cos|Corp|Inc|Ltd)\.$")
# A capitalised word and its stop at the end of a piece, not glued to a word or a dash before.
_TITLE_END = re.compile(r"(?<![\w.'’/-])([A-Z][a-z]+)\.$")
# An abbreviation after a word in lower case and a space ("former Fla."), at a piece's end.
_MODIFYING_END = re.compile(r"(?<=[a-z] )([A-Z][a-z]+)\.$")
# A title news writes before a name, its stop and the name's capital ("Gov. Jeb").
_TITLE_OPENING = re.compile(r"([A-Z][a-z]+)\. [A-Z]")
# A capitalised word (a ticker may hold a hyphen or a dot: "BRK.B"), then another capital, a
# digit or a sign: the name goes on ("Theater Ventures", "CEO Shane", "EBAY -0.77%").
_NAME_ON = re.compile(r"([A-Z][\w'’&.-]*?)\s+[A-Z\d+\-−]")


def _opens_sentences(word: str) -> bool:
    """Whether ``word`` is one that opens sentences and goes on no name (in any case)."""
    return word in STARTERS or word.capitalize() in STARTERS


def tail_of_abbreviation(before: str, piece: str) -> bool:
    """Whether ``piece`` goes on the sentence whose last characters are ``before``.

    ``before`` ends in an initialism (``a.m.``, ``U.S.``) and ``piece`` is one or two words and
    a full stop that open no sentence (see the module docstring).
    """
    if _INITIALISM_END.search(before) is None:
        return False
    tail = _TAIL.fullmatch(piece)
    return tail is not None and not _opens_sentences(tail.group(1))


def lone_abbreviation(piece: str, following: str) -> bool:
    """Whether ``piece`` is an abbreviation alone before a name that starts ``following``."""
    lone = _LONE.fullmatch(piece)
    if lone is None or lone.group(1).lower() not in _ABBREVIATIONS:
        return False
    first = FIRST_WORD.match(following)
    return first is not None and not _opens_sentences(first.group())


def glued_abbreviation(before: str, following: str) -> bool:
    """Whether ``before`` (the end of a piece) ends in an abbreviation glued to a dash or a
    slash, before a name that starts ``following``: :func:`lone_abbreviation`, the dash read as
    the space it stands for.

    Examples
    --------
    >>> glued_abbreviation("in Brooklyn -Mrs.", "Clinton said she would sign")
    True
    >>> glued_abbreviation("in Brooklyn -Mrs.", "The bill")
    False
    """
    glued = _GLUED_END.search(before)
    return glued is not None and lone_abbreviation(glued.group(), following)


def name_goes_on(before: str, following: str) -> bool:
    """Whether ``following`` goes on the company's name that ``before`` ends with its suffix.

    ``before`` is the end of the piece before the cut (``"Warner Bros."``), ``following`` the
    start of the piece after (see the module docstring).

    Examples
    --------
    >>> name_goes_on("alongside Warner Bros.", "Theater Ventures and Langley Park")
    True
    >>> name_goes_on("use the name HP Inc.", "The services business")
    False
    >>> name_goes_on("company Autonomy Corp.", "H-P said then it")
    False
    """
    if _COMPANY_END.search(before) is None:
        return False
    name = _NAME_ON.match(following)
    return name is not None and not _opens_sentences(name.group(1))


def is_title(word: str) -> bool:
    """Whether ``word`` (without its stop) is a title news writes before a name, or the plural
    of one: ``Govs. Jeb Bush and Chris Christie`` titles two names as ``Gov.`` titles one, and a
    plural is too rare to be learned on its own (``Govs.`` is in the corpora twice). A title
    that ends in "s" has no such plural: ``Press`` is no more ``Pres.`` than ``Figs`` is a title.

    >>> is_title("Gov"), is_title("Govs"), is_title("Sgts"), is_title("Ms")
    (True, True, True, True)
    >>> is_title("Press"), is_title("Figs")
    (False, False)
    """
    if word in TITLES:
        return True
    single = word[:-1]
    return word[-1] == "s" and len(single) > 1 and single[-1] != "s" and single in TITLES


def title_before_name(before: str, following: str) -> bool:
    """Whether ``before`` (the end of a piece) ends in a title before the name that starts
    ``following`` (see the module docstring).

    Examples
    --------
    >>> title_before_name("Another possibility is Del.", "Jennifer L. McClellan (D-Richmond)")
    True
    >>> title_before_name("the park on Elm Dr.", "The police said")
    False
    """
    title = _TITLE_END.search(before)
    if title is None or not is_title(title.group(1)):
        return False
    first = FIRST_WORD.match(following)
    return first is not None and not _opens_sentences(first.group())


def abbreviation_before_title(before: str, following: str) -> bool:
    """Whether ``before`` (the end of a piece) ends in an abbreviation after a word in lower
    case, and ``following`` opens with a title before a name: the office's place, as in
    ``former Fla. Gov. Jeb Bush`` (see the module docstring).

    Examples
    --------
    >>> abbreviation_before_title("ties former Fla.", "Gov. Jeb Bush at 41-41")
    True
    >>> abbreviation_before_title("in Miami, Fla.", "Gov. Rick Scott said")
    False
    >>> abbreviation_before_title("ties former Fla.", "The poll")
    False
    """
    place = _MODIFYING_END.search(before)
    if place is None or place.group(1).lower() not in _ABBREVIATIONS:
        return False
    title = _TITLE_OPENING.match(following)
    return title is not None and is_title(title.group(1))
