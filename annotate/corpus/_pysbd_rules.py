"""pysbd's English rules, with those that news contradicts changed.

pysbd keeps an abbreviation's full stop inside the sentence when the next word is lower case,
a digit, ``(`` or the pronoun ``I``. The last does not hold: its abbreviation list includes
common words ("is", "me", "no", "man", "may") and sentence-final ones ("etc", "Inc"), and in
news ``... where she is. I don't know ...`` or ``... and so on, etc. I think ...`` start a new
sentence at ``I``. Here ``I`` after an abbreviation is read like any other capitalised word,
which pysbd's other rules decide (a title such as "Gen." or "Mr." still keeps its name).

pysbd finds a title ("Sen.", "Gov.", "Rep.": its prepositive abbreviations) only after
whitespace, so news's ``then-Sen. Obama`` or ``ex-Gov. Perry`` was cut after the title; a title
after a hyphen is a title too. Its list of titles also lacks some that news writes before a
name (``Pres. Obama``, ``Sec. Clinton``, ``Fr. Frank Pavone``, ``Ft. Worth``, ``Insp.
Kevin Vickers``, ``Cpt. Noorullah Aminyar``): pysbd cut after each (14 places in FNC-1 train
and PolNeAR, 3 in the FNC-1 test bodies, all wrong); capitalised and before a capital, these
are titles too.

pysbd ends a sentence at an initialism followed by a word that starts sentences ("in the U.S.
The ...") only for "U.S.", "U.K." and "E.U.", and only before its 23 starters ("The", "He",
"In", ...). News ends sentences on every place or body written in initials ("Washington
D.C. The six-member team", "the U.N. With ...", FNC-1's "the U.S. With more"), so the rule is
applied to any initialism of capitals, before pysbd's starters, the other closed-class words
that open news sentences (pronouns, determiners, conjunctions, prepositions) and the words news
opens sentences with and capitalises nowhere else, learned from FNC-1 and PolNeAR the way Punkt
learns them ("According", "Initially", "Others": ``_abbreviations.STARTERS``; not before another
capital, nor in a title-case line), perhaps followed by a comma; never before a word that can
go on a name ("U.S. Army", "D.C. Mayor", "U.S. Under Secretary"). A state after its city
("Lodi, N.J.") ends its sentence before any capital: news closes it with a comma when the
sentence goes on (the initialisms written so are learned too).

pysbd reads a capital letter and a full stop as an initial, inside a name (``Vladimir V.
Putin``), and ends a sentence there only before ``I``'s few starters. After a noun that is
numbered or lettered (``World War I``, ``the Model X``, ``Plan B``, ``Title I``, ``Phase V``,
``Exhibit A``) the letter is the noun's number, not a name's initial: a given name comes
before an initial, never such a noun. A full stop after the number before a capital ends the
sentence, as after any word (``... used during World War I. Nowadays it is ...``, FNC-1 636;
``the Model X. Both of those vehicles ...``). So does one after any capitalised word (after a
word in lower case) and its letter, before a closed-class starter (``the Core M. Some of these
models ...``, FNC-1 1362): no surname is "Some" or "The"; on all 3,599 articles only that
sentence changes.

pysbd reads two ``--`` as a pair of dashes around an aside and never ends a sentence between
them. News writes ``--`` as one dash, used alone (``(CNN) --``, speech broken off: ``the data
that I use to --``), so the "pair" runs across sentences: on FNC-1 train bodies and PolNeAR,
12 paragraphs held two or three sentences in one (``... he was told," Kasper said. "It makes
sense ...``), and none is split wrongly without the pairing.
"""

from __future__ import annotations

import re

import pysbd
from pysbd.between_punctuation import BetweenPunctuation
from pysbd.lang.english import English

from annotate.corpus._abbreviations import CLOSED_STARTERS, STARTERS
from annotate.corpus._learned_words import PLACE_INITIALISMS

__all__ = ["news_segmenter"]


# A prepositive abbreviation (a title before a name) after a hyphen, before whitespace.
_HYPHENATED_TITLE = re.compile(
    r"(?<=\w-)((?:{}))\.(?=\s)".format(
        "|".join(map(re.escape, English.Abbreviation.PREPOSITIVE_ABBREVIATIONS))
    ),
    re.IGNORECASE,
)

# Titles before a name that pysbd's list lacks, capitalised as news writes them; a full stop
# after one, before a capitalised word, is no boundary. ("Sec." and "Ft." in lower case are
# seconds and feet, which may end a sentence.)
_MORE_TITLES = [
    "Amb",
    "Asst",
    "Atty",
    "Cdr",
    "Cpt",
    "Fr",
    "Ft",
    "Gens",
    "Insp",
    "Msgr",
    "Ofc",
    "Pres",
    "Pvt",
    "Sec",
    "Secs",
    "Spc",
    "Treas",
]
# Any one of them, as an alternation for the two patterns below.
_ANY_MORE_TITLE = "|".join(_MORE_TITLES)
_TITLE_BEFORE_NAME = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=-))({_ANY_MORE_TITLE})\.(?=\s+[A-Z])")
# A title and its stop anywhere: the cheap test before the pattern above, whose lookbehinds
# are tried at every character of the line (a title is in a few lines in a thousand).
_TITLE_STOP = re.compile(rf"(?:{_ANY_MORE_TITLE})\.")


# Initials joined by an ampersand, as the New York Times writes them ("the S.&P. 500", "Texas
# A.&M. University", "AT&T" is one word): pysbd reads the "&" after "S." as a new sentence and
# cuts "the S." / "&P." / "500 ...". Their full stops are an initialism's, not boundaries.
_AMPERSAND_INITIALS = re.compile(r"(?<![\w.&])((?:[A-Z]\.)+&(?:[A-Z]\.)+)")


def _mask_stops(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "∯")


# An initialism as pysbd has marked it by then ("D∯C∯": every full stop a non-boundary),
# before a capital. It ends its sentence (see the module docstring) after a word (and perhaps a
# comma) or a hyphen ("D-N.Y."), never when it opens its sentence ("“P.S. You can ..."), and
# before a sentence starter (perhaps followed by a comma) or two spaces: a quote mark masked
# (_quotes; cleaned lines have no runs of spaces), "Binghamton, N.Y. “Secretary Clinton’s ...”"
# opens a quotation after the end. What stands before and after is read by hand, not by
# lookarounds: a pattern that opens with a lookbehind is tried at every character of the line.
_INITIALISM = re.compile(r"((?:[A-Z]∯&?)+[A-Z])∯(?=\s\s?[A-Z])")
_STARTER_AFTER = re.compile(r"\s({})[\s,]".format("|".join(sorted(STARTERS))))
_STARTER_READ = max(map(len, STARTERS)) + 2
# A state after its city ("Lodi, N.J."), before a capital: news closes such a place with a
# comma when its sentence goes on ("in Lodi, N.J., police said"), so without one the sentence
# ended ("... on a highway in Lodi, N.J. Harmony's phone number is ..."). The initialisms
# written so are learned (``_learned_words``); "U.S." is not one ("On Tuesday, U.S. officials
# said"). As pysbd has marked them: "N∯J".
_PLACES = frozenset(place[:-1].replace(".", "∯") for place in PLACE_INITIALISMS)
_WORD = re.compile(r"(?<![\w'’])[^\W\d_]")
# In a line this much in capitals (a headline in title case: "Is In Syria With A Green Light
# From The U.S. And Iran", "Enter U.S. As Refugees") a capital is no evidence of a sentence
# start, so only the closed-class starters end a sentence there, not the learned ones.
_TITLE_CASE = 0.75


def _title_case(text: str) -> bool:
    """Whether most of the words of ``text`` open with a capital (see ``_TITLE_CASE``)."""
    initials = _WORD.findall(text)
    capitals = sum(1 for initial in initials if initial.isupper())
    return len(initials) >= 4 and capitals >= _TITLE_CASE * len(initials)


def _after_word(before: str) -> bool:
    """Whether ``before`` (what precedes an initialism) ends in a word, ``)`` or ``,`` and a
    space: the initialism does not open its sentence."""
    return (
        len(before) >= 2 and before[-1].isspace() and (before[-2].isalnum() or before[-2] in "_),")
    )


def _initialisms_ended(text: str) -> str:
    """``text`` with each initialism that ends a sentence given back its full stop."""
    if "∯" not in text:
        return text
    title_case: list[bool] = []  # computed once, and only for a learned starter

    def ended(match: re.Match[str]) -> str:
        initialism, start, end = match.group(1), match.start(), match.end()
        before = text[max(0, start - 3) : start]
        if (
            initialism in _PLACES
            and before[1:] == ", "
            and (before[0].isalnum() or before[0] == "_")
        ):
            return initialism + "."
        if not (_after_word(before) or before.endswith("-")):
            return match.group()
        if text.startswith("  ", end):
            return initialism + "."
        starter = _STARTER_AFTER.match(text, end, end + _STARTER_READ)
        if starter is None:
            return match.group()
        if starter.group(1) not in CLOSED_STARTERS:
            # A learned starter is an open-class word ("Military", "Campaign"); before another
            # capital it may be a name's first word ("the U.S. Military Academy"), while the
            # sentences it opens go on in lower case or after a comma ("According to",
            # "Initially, the").
            after = starter.end()
            if text[after - 1].isspace() and text[after : after + 1].isupper():
                return match.group()
            if not title_case:
                title_case.append(_title_case(text))
            if title_case[0]:
                return match.group()
        return initialism + "."

    return _INITIALISM.sub(ended, text)


# Nouns news numbers or letters with a capital ("World War I", "Model X", "Plan B", "Title I",
# "Type A"), capitalised as in a name: the letter after one is its number, no initial.
_NUMBERED_NOUNS = [
    "Act",
    "Appendix",
    "Article",
    "Book",
    "Category",
    "Chapter",
    "Class",
    "Exhibit",
    "Grade",
    "Level",
    "Model",
    "Part",
    "Phase",
    "Plan",
    "Proposition",
    "Schedule",
    "Section",
    "Stage",
    "Tier",
    "Title",
    "Type",
    "Volume",
    "War",
]
# As pysbd has marked it by then ("War I∯"), before a capital (or two spaces: a quote mark
# masked, see _INITIALISM).
_NUMBER_AFTER_NOUN = re.compile(
    r"(?<![\w.])((?:{}) [A-Z])∯(?=\s\s?[A-Z])".format("|".join(_NUMBERED_NOUNS))
)


# A capitalised word and a single capital as pysbd has marked it by then ("Core M∯"), before a
# closed-class sentence starter ("Some", "The", "It": see _INITIALISM) and whitespace or a
# comma. A name's initial comes before a surname, and no surname is such a word, so the letter
# is a product's or a thing's (``the Core M. Some of these models will be available``, FNC-1
# 1362), as after a numbered noun. The word comes after one in lower case: a reference list
# names a surname first, after the item's number or a comma ("(14) Schubert D. A different
# perspective on GM food.", FNC-1 test body 2570), and the title after it is no new sentence.
_LETTER_BEFORE_STARTER = re.compile(
    r"\b([a-z]+ [A-Z][a-z]+ [A-Z])∯(?=\s\s?(?:{})[\s,])".format("|".join(sorted(CLOSED_STARTERS)))
)


def _numbers_ended(text: str) -> str:
    """``text`` with the full stop after a numbered noun's letter, or a letter before a
    closed-class sentence starter, given back (see the module docstring)."""
    if "∯" not in text:
        return text
    return _LETTER_BEFORE_STARTER.sub(r"\1.", _NUMBER_AFTER_NOUN.sub(r"\1.", text))


# pysbd looks for each of its 188 abbreviations in every line: a substring test, then a regex
# for the abbreviation at a word's start (``(?:^|\s)abbr``, case folded), a third of the cost of
# segmenting news. An abbreviation of letters can only match where a word starts with its first
# two letters, so the line's word starts are read once and only the abbreviations they open are
# looked for, in pysbd's order and by pysbd's own test: the result is pysbd's. The characters
# other than ASCII letters that match one when case is folded (dotted and dotless i, long s, the
# Kelvin sign) are read as that letter (``tests/unit/test_abbreviation_scan.py`` checks the set).
_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_WORD_START = re.compile(r"(?:^|(?<=\s))\S\S?")
_PLAIN = re.compile(r"[a-z]+")


def _abbreviation_index(
    abbreviations: list[str],
) -> tuple[dict[str, list[tuple[int, str]]], list[tuple[int, str]]]:
    """pysbd's abbreviations by their first two letters (one for a one-letter abbreviation),
    each with its place in pysbd's list, and those not of letters alone (looked for always)."""
    by_start: dict[str, list[tuple[int, str]]] = {}
    always: list[tuple[int, str]] = []
    for place, abbr in enumerate(abbreviations):
        stripped = abbr.strip()
        if _PLAIN.fullmatch(stripped):
            by_start.setdefault(stripped[:2], []).append((place, abbr))
        else:
            always.append((place, abbr))
    return by_start, always


class _AbbreviationReplacer(English.AbbreviationReplacer):  # type: ignore[name-defined,misc]
    _index: tuple[tuple[str, ...], dict[str, list[tuple[int, str]]], list[tuple[int, str]]] = (
        (),
        {},
        [],
    )

    def search_for_abbreviations_in_string(self, text: str) -> str:
        # pysbd 0.3.4's loop over the abbreviations a word of the line starts with (see
        # _FOLDS above); the line's text as it changes is pysbd's. Each of pysbd's
        # replacements turns a full stop right after the abbreviation as found into its mark,
        # so a line without a full stop, or without one after an abbreviation of letters
        # (case folded), is left as it is without looking further.
        if "." not in text:
            return text
        abbreviations = tuple(self.lang.Abbreviation.ABBREVIATIONS)
        if _AbbreviationReplacer._index[0] != abbreviations:
            _AbbreviationReplacer._index = (
                abbreviations,
                *_abbreviation_index(list(abbreviations)),
            )
        _, by_start, always = _AbbreviationReplacer._index
        folded = text.translate(_FOLDS).lower()
        starts = {word.translate(_FOLDS).lower() for word in _WORD_START.findall(text)}
        keys = starts | {start[:1] for start in starts}
        candidates = list(always)
        for key in keys:
            candidates.extend(
                (place, abbr)
                for place, abbr in by_start.get(key, ())
                if abbr.strip() + "." in folded
            )
        candidates.sort()
        lowered = text.lower()
        for _, abbr in candidates:
            stripped = abbr.strip()
            if stripped not in lowered:
                continue
            abbrev_match = re.findall(rf"(?:^|\s|\r|\n){stripped}", text, flags=re.IGNORECASE)
            if not abbrev_match:
                continue
            next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
            char_array = re.findall(next_word_start, text)
            for ind, match in enumerate(abbrev_match):
                text = self.scan_for_replacements(text, match, ind, char_array)
        return text

    def replace_abbreviation_as_sentence_boundary(self) -> str:
        text = str(super().replace_abbreviation_as_sentence_boundary())
        self.text = _numbers_ended(_initialisms_ended(text))
        return str(self.text)

    def replace(self) -> str:
        # "∯" is pysbd's mark for a full stop that is not a boundary; it restores the "." itself.
        text: str = self.text  # type: ignore[has-type]  # set by pysbd's (untyped) __init__
        # Each pattern opens with a lookbehind, tried at every character: the mark each needs
        # is looked for first (a third of these lines has a hyphen, hardly any "&" or title).
        if "&" in text:
            text = _AMPERSAND_INITIALS.sub(_mask_stops, text)
        if "-" in text:
            text = _HYPHENATED_TITLE.sub(r"\1∯", text)
        if _TITLE_STOP.search(text) is not None:
            text = _TITLE_BEFORE_NAME.sub(r"\1∯", text)
        self.text = text
        return str(super().replace())

    def replace_period_of_abbr(self, txt: str, abbr: str) -> str:
        # pysbd 0.3.4's rule without its "I\s|I'm|I'll" alternatives.
        txt = " " + txt
        txt = re.sub(
            rf"(?<=\s{re.escape(abbr.strip())})\.(?=((\.|\:|-|\?|,)|(\s([a-z]|\d|\())))",
            "∯",
            txt,
        )
        return txt[1:]


class _BetweenPunctuation(BetweenPunctuation):  # type: ignore[misc]
    def sub_punctuation_between_em_dashes(self, txt: str) -> str:
        # pysbd reads two "--" as a pair of dashes around an aside and never ends a sentence
        # between them; news writes "--" as a single dash ("(CNN) -- ...", "Just --" for
        # speech broken off), so the pair runs across sentences. Inside a real aside the
        # abbreviation and number rules still keep its full stops.
        return txt


class _NewsEnglish(English):  # type: ignore[misc]
    AbbreviationReplacer = _AbbreviationReplacer
    BetweenPunctuation = _BetweenPunctuation


def news_segmenter() -> pysbd.Segmenter:
    """A pysbd segmenter for English with the rule above changed (pysbd is pinned at 0.3.4)."""
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = _NewsEnglish
    return segmenter
