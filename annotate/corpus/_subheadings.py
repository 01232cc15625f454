"""Subheadings set alone between a story's paragraphs, and the verb test they rest on.

A subheading names the topic of the section under it in a few words and no finite verb of
narration ("Troop presence." over "... increasing troops on the ground ..."); a short sentence
of the story has its verb ("Apple declined to comment."). :func:`is_verbless` and
:func:`has_auxiliary` tell the two apart by closed word classes (forms of "be", "have" and
"do", modals, irregular past tenses, contractions) and the past tense's ending; the rest of
cleaning uses them wherever a line's shape turns on whether it has a verb.
"""

from __future__ import annotations

import re

__all__ = [
    "SUBHEAD_WORD",
    "asks_as_crosshead",
    "has_auxiliary",
    "is_subheading",
    "is_verbless",
    "shares_topic",
]

# A subheading names the topic of the section under it, so the paragraph after it takes up
# one of its words ("Troop presence." + "... increasing troops on the ground ..."); a short
# sentence of narration does too, but through its subject ("Apple declined to comment." +
# "Apple Watch is ..."), so function words do not count, and a line with a finite verb of
# narration (a past tense after its first word, a form of "be", "have" or "do") is prose.
_SUBHEAD_WORDS = 4
# Once an article has shown a subheading, a later one may be longer, hold a verb or end in a
# question mark (`Utah is most uncertain state.`, `Room on Obama's coattails?`). At eight words
# prose came in (`He’s also supportive of the state’s testing program.`); at six none did.
_SERIES_WORDS = 6
# The first of a series may be as long, without a verb or a comma, when it shares two content
# words with the section under it (`Federal role in education policy.` + "... shrink the federal
# education department ..."): on FNC-1 and PolNeAR all 7 such lines are headings, while one
# shared word lets prose in (`The video then goes black.`, `Randolph wouldn’t comment for this
# story.`) and a comma does (`The project management, too, raises questions.`).
_LONG_SUBHEAD_SHARED = 2
SUBHEAD_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The small words a title capitalises and prose does not (see is_subheading). Not an article:
# a name may open with one ("Enter The Washington Post.", a sentence of the story).
_TITLE_SMALL_WORDS = frozenset(
    ["of", "and", "for", "in", "on", "to", "at", "with", "from", "by", "or"]
)
# Or two sides set against each other, each capitalised: a contest's title.
_VERSUS_TITLE = re.compile(r"[A-Z][\w'’-]* vs?\. [A-Z]")
# "vs." or "v." between two sides: an abbreviation's stop, no sentence mark.
_VERSUS = re.compile(r" (?:vs?)\. ")
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "not",
        "no",
        "but",
        "so",
        "then",
        "just",
        "also",
        "only",
        "all",
        "some",
        "any",
        "very",
        "than",
        "more",
        "most",
        "new",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "who",
        "where",
        "said",
        "says",
        "could",
        "would",
        "will",
        "can",
    ]
)
_FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "can't",
    ]
)
# A finite verb in the past that the "-ed" test cannot see: English's irregular past forms
# (a closed class) and the modals. "Café owners said so." is a sentence, not a subheading,
# whatever the paragraph under it repeats.
_IRREGULAR_PAST = frozenset(
    [
        "said",
        "told",
        "made",
        "went",
        "came",
        "took",
        "gave",
        "got",
        "found",
        "thought",
        "knew",
        "saw",
        "felt",
        "left",
        "kept",
        "held",
        "met",
        "sent",
        "spent",
        "built",
        "brought",
        "bought",
        "caught",
        "taught",
        "fought",
        "sought",
        "won",
        "lost",
        "paid",
        "laid",
        "led",
        "fled",
        "fell",
        "rose",
        "ran",
        "began",
        "became",
        "broke",
        "chose",
        "drove",
        "ate",
        "forgot",
        "froze",
        "grew",
        "hid",
        "hit",
        "hurt",
        "meant",
        "put",
        "quit",
        "read",
        "rode",
        "rang",
        "sang",
        "sank",
        "sat",
        "shot",
        "shut",
        "slept",
        "spoke",
        "stood",
        "stole",
        "struck",
        "swore",
        "threw",
        "understood",
        "woke",
        "wore",
        "wrote",
        "bore",
        "drew",
        "flew",
        "shook",
        "tore",
        "sold",
        "stuck",
        "spun",
        "split",
        "spread",
        "set",
        "cut",
        "cost",
        "bet",
        "let",
        "bent",
        "lent",
        "dealt",
        "dug",
        "fed",
        "forgave",
        "heard",
        "hung",
        "lit",
        "overcame",
        "overtook",
        "undertook",
        "upheld",
        "withdrew",
        "withheld",
        "sprang",
        "slid",
        "strove",
        "swept",
        "wept",
        "bled",
        "bred",
        "clung",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "will",
        "would",
        "can",
        "could",
    ]
)
_CONTRACTIONS = ("'m", "'re", "'ve", "'ll", "'d")
_INNER_MARKS = frozenset('.!?:;"“”‘')
# The stop inside a single quote that opened on a word of the line: " 'we.'" (not an
# apostrophe's "'s.'" nor a line in quotes whole, which opens on its quote).
_QUOTED_END = re.compile(r"(?<=\s)'[^\s'][^']*\.'$")


# A word at least this long loses its final "e" in a stem (see _stem).
_E_STEM = 6


def _stem(word: str) -> str:
    """A crude stem: the word without an inflection's ending, and without a final "e", which
    the endings drop ("cringe-worthy" over "... they have cringed", PolNeAR wash-post
    2016-03-18: "cringe", "cringed" and "cringing" are all "cring"). A short word keeps its
    "e": the common verbs ("come", "make", "take") would meet their every form in the section
    under a story's rhetorical question ("Come again?" over "When it comes to ...")."""
    word = word.lower()
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word[:-1] if word.endswith("e") and len(word) >= _E_STEM else word


# A noun made from a verb keeps the verb's whole stem: at least this long, so that short
# stems ("rule", "part") are not taken as another word's start; and the longer word ends as a
# derived word does, so that a crude stem's leftover ("releas" of "released" against
# "release") is not taken for a derivation.
_DERIVED_STEM = 6
_DERIVED_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ance", "ence", "ly")


def _derived(word: str, other: str) -> bool:
    """Whether one word is derived from the other's stem ("disagreement", "disagree";
    "execution", "execut" of "executed")."""
    short, long_ = sorted((word, other), key=len)
    return (
        len(short) >= _DERIVED_STEM
        and long_.startswith(short)
        and long_.endswith(_DERIVED_ENDINGS)
        and len(long_) > len(short)
    )


# A noun phrase whose only clause is a relative one without its pronoun, closing on the
# preposition it strands: a determiner, a noun, a personal pronoun as the clause's subject, its
# verb and the preposition ("The world we live in.", a USA Today section's head over one on
# the global economy, PolNeAR usa-today 2016-05-02). A sentence with the phrase as subject
# goes on past the preposition with its own verb ("The world we live in is changing."); set
# alone in its paragraph with its stop, the phrase names what its section is about.
_STRANDED_RELATIVE = re.compile(
    r"(?:The|A|An|Our|Their|My|Your|This|That) [a-z]+ (?:we|I|you|they|he|she) [a-z]+"
    r" (?:in|on|at|for|with|from|of|to|about|by|into|under|through)\.$"
)
# A gerund opens a line with its capital: a word of at least six letters ending in "-ing"; the
# words below end so too and are no verb's.
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_NOT_GERUNDS = frozenset(["according", "nothing", "something", "anything", "everything"])


def _present_tense(word: str) -> bool:
    """Whether a word may be a verb in the present tense: lower case, one final ``s``, not a
    possessive ("goes", "ends"; "values" too, which the caller's shape accepts losing)."""
    return word[:1].islower() and word.endswith("s") and not word.endswith(("ss", "'s", "’s"))


def _contracted_verb(word: str) -> bool:
    """ "I'm", "we've", "it's" (a pronoun's "'s"; "Trump's" is a possessive)."""
    if word.endswith(_CONTRACTIONS):
        return True
    return word.endswith("'s") and word[:-2] in _FUNCTION_WORDS


# A heading may ask its question as a statement with no verb (`GOP still dominant in the Deep
# South?`, PolNeAR wash-post 2016-09-07, in a series of trend headings); the story asks with a
# verb or opens with a question word or a conjunction ("And what about the rest?").
_STATED_QUESTION_WORDS = 8
_ASKS = frozenset(
    [
        "what",
        "why",
        "how",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "which",
        "and",
        "but",
        "or",
        "so",
        "yet",
        "then",
        "now",
        "really",
        "seriously",
    ]
)


def has_auxiliary(lowered: list[str]) -> bool:
    """Whether any of the (lower-cased) words is a form of "be", "have" or "do", or a
    contracted verb ("it's", "we've"): what a clause has and a participle phrase lacks.

    >>> has_auxiliary(["fur", "coat", "made", "of", "cats"]), has_auxiliary(["it's", "fake"])
    (False, True)
    """
    return any(w in _FINITE or _contracted_verb(w) for w in lowered)


def is_verbless(lowered: list[str]) -> bool:
    """Whether none of the (lower-cased) words is a finite verb of narration."""
    return not any(
        w in _FINITE or w in _IRREGULAR_PAST or _contracted_verb(w) for w in lowered
    ) and not any(w.endswith("ed") for w in lowered[1:])


# Past tenses that are their verb's base and a noun too ("split", "cut"): after a noun, the
# pair reads as a compound noun ("Age split.", PolNeAR wash-post 2016-06-05, whose section
# before was headed "Unique opportunity."; "Tax cut."), and as a past tense only with a subject
# the story names. A singular noun's present would take an "s" ("Age splits"), so the verb's
# reading is the past, which a section's name never is.
_NOUN_PASTS = frozenset(["split", "cut", "hit", "set", "cost", "spread", "bet", "shot", "hurt"])
# A pronoun that stands for a noun is a clause's subject ("Nobody hurt.", "Everything set."),
# never a compound's first noun.
_STANDS_FOR = re.compile(r"(?:no|every|some|any)(?:body|one|thing)|none")


def _is_compound_noun(lowered: list[str]) -> bool:
    """Whether the (lower-cased) words are a noun and one of :data:`_NOUN_PASTS`: a compound
    noun, read in a series of subheadings (see :func:`is_subheading`)."""
    return (
        len(lowered) == 2
        and lowered[1] in _NOUN_PASTS
        and lowered[0] not in _FUNCTION_WORDS
        and _STANDS_FOR.fullmatch(lowered[0]) is None
        and is_verbless(lowered[:1])
        and not lowered[0].endswith(("s", "ed"))
    )


def _stated_question(line: str, words: list[str]) -> bool:
    """A question of three to eight words set as a statement: no verb, no question word."""
    lowered = [w.lower().replace("’", "'") for w in words]
    return (
        line.endswith("?")
        and 3 <= len(words) <= _STATED_QUESTION_WORDS
        and len(line.split()) <= _STATED_QUESTION_WORDS
        and lowered[0] not in _ASKS
        and is_verbless(lowered)
    )


def asks_as_crosshead(line: str) -> bool:
    """Whether ``line`` has a crosshead's shape that asks: a few words and a question mark, no
    verb, opening on a noun (not a question word, a conjunction or a function word).

    Read only where the page has already set a head alone between two paragraphs of its
    story (BBC's ``'Like a bomb'`` then ``Asteroid link?``, FNC-1 1073): the story asks with
    a verb or a question word ("Why?", "And what about the rest?", "Is it real?").

    >>> asks_as_crosshead("Asteroid link?"), asks_as_crosshead("The result?")
    (True, False)
    >>> asks_as_crosshead("Why?"), asks_as_crosshead("Is it real?")
    (False, False)
    """
    if len(line) > 40 or not line[0].isupper() or not line.endswith("?"):
        return False
    if any(c in _INNER_MARKS for c in line[:-1]):
        return False
    words = SUBHEAD_WORD.findall(line)
    lowered = [w.lower().replace("’", "'") for w in words]
    return (
        2 <= len(words) <= _SUBHEAD_WORDS
        and len(line.split()) == len(words)
        and lowered[0] not in _ASKS
        and lowered[0] not in _FUNCTION_WORDS
        and is_verbless(lowered)
    )


def is_subheading(line: str, after: str, series: bool = False) -> bool:
    """Whether ``line``, alone in its paragraph, is a subheading (PolNeAR ends them in a stop).

    ``after`` is the next paragraph's text. A subheading here is at most four words, starts
    with a capital, has no other sentence mark, no finite verb of narration, and shares a
    content word (compared by a crude stem) with the paragraph under it.

    ``series`` says the article has already had such a subheading. Sections come in series:
    then a line of that shape is a subheading without the shared word (`Young entrepreneur.`
    + a section on one protester, in an article that opened a section with `Demanding
    equality.`), and a line of at most six words that also may hold a verb or end in a
    question mark is one with it. The first of a series may be as long when it has no verb and
    no comma and shares two content words with the paragraph under it.

    Examples
    --------
    >>> is_subheading("Troop presence.", "The administration is increasing troops there.")
    True
    >>> is_subheading("Apple declined to comment.", "Apple Watch is the first new product.")
    False
    >>> is_subheading("Message of love.", "Hundreds marched downtown on Sunday.", series=True)
    True
    >>> is_subheading("The world we live in.", "Lost job growth isn't due to bad deals.")
    True
    """
    if len(line) > 80 or not line[0].isupper():
        return False
    # A heading that closes on a quoted word sets the stop inside the quote ("The power of
    # 'we.'", PolNeAR wash-post 2016-07-06): read with the stop after it.
    if _QUOTED_END.search(line):
        line = f"{line[:-2]}{line[-1]}."
    if not line.endswith((".", "?")):
        return False
    # A "vs." is a title's abbreviation, not a sentence's end ("Das Volk vs. The State.").
    if any(c in _INNER_MARKS for c in _VERSUS.sub(" vs ", line[:-1])):
        return False
    # A request is said to someone, never a section's name ("Please release Alan.", a hostage's
    # wife's plea, FNC-1 1416): its verb is an imperative, which the verb lists do not hold.
    if line.startswith("Please "):
        return False
    words = SUBHEAD_WORD.findall(line)
    if series and _stated_question(line, words):
        return True
    # Up to six words: a series may be as long, and so may its first (see _LONG_SUBHEAD_SHARED).
    most = _SERIES_WORDS
    if not 1 <= len(words) <= most or len(line.split()) > most:
        return False
    lowered = [w.lower().replace("’", "'") for w in words]
    plain = (
        line.endswith(".")
        and len(words) <= _SUBHEAD_WORDS
        and len(line.split()) <= _SUBHEAD_WORDS
        and (is_verbless(lowered) or (series and _is_compound_noun(lowered)))
    )
    if plain and series:
        return True
    # A title's capitals: a function word capitalised inside the line is a headline's style,
    # which prose never sets, and so are two capitalised sides set against each other ("Das
    # Volk vs. The State." over a section on the people's will against the political class,
    # PolNeAR huff-post 2016-03-21, seed 1534's judge); such a line names its section without
    # taking up a word of it. Up to a series' length, with no verb and no comma.
    if (
        line.endswith(".")
        and len(words) >= 2
        and "," not in line
        and (
            any(w[0].isupper() and w.lower() in _TITLE_SMALL_WORDS for w in words[1:])
            or _VERSUS_TITLE.search(line) is not None
        )
        and not any(w in _FINITE or w in _IRREGULAR_PAST or _contracted_verb(w) for w in lowered)
        and not any(w.endswith("ed") for w in lowered[1:])
    ):
        return True
    if _STRANDED_RELATIVE.fullmatch(line) is not None and is_verbless(lowered):
        return True
    # A gerund's phrase alone is a section's name, never a clause: Reuters' "Recovering from a
    # mistep." over "Some 14 candidates are still in the race ..." (PolNeAR breitbart
    # 2015-12-20, seed 1435's judge) shares no word with its section. The gerund is a verb's
    # when a preposition or a determiner follows it; a noun in "-ing" heads a compound
    # ("Clothing supply closet.", an answer in GUM's dungeon interview). A gerund that is a
    # clause's subject has its verb after it: a present tense ("Spending goes up.") as well
    # as the finite verbs "plain" excludes.
    if (
        plain
        and len(words) >= 2
        and _GERUND.fullmatch(words[0]) is not None
        and lowered[0] not in _NOT_GERUNDS
        and lowered[1] in _FUNCTION_WORDS
        and not any(_present_tense(w) for w in words[1:])
    ):
        return True
    # Longer than a plain one, the first of a series: no verb, no comma (see above).
    longer = (
        not series
        and not plain
        and line.endswith(".")
        and "," not in line
        and not any(w in _FINITE or w in _IRREGULAR_PAST or _contracted_verb(w) for w in lowered)
        and not any(w.endswith("ed") for w in lowered[1:])
    )
    # The first of a series may ask, when it has no verb ("Down-ballot blues?" over a
    # section on Republicans down the ballot): a question the story asks its reader holds one.
    asked = (
        not series
        and line.endswith("?")
        and 2 <= len(words) <= _SUBHEAD_WORDS
        and len(line.split()) <= _SUBHEAD_WORDS
        and not any(w in _FINITE or w in _IRREGULAR_PAST or _contracted_verb(w) for w in lowered)
        and not any(w.endswith("ed") for w in lowered[1:])
    )
    if not plain and not series and not longer and not asked:
        return False
    return len(_shared(lowered, after, derived=not longer)) >= (
        _LONG_SUBHEAD_SHARED if longer else 1
    )


def _shared(lowered: list[str], after: str, *, derived: bool = True) -> set[str]:
    """The content words (crude stems) of a heading's ``lowered`` words that the opening of
    the paragraph ``after`` takes up, or, with ``derived`` and none, the heading's nouns it
    takes up as the verbs they are made from."""
    # A compound's parts are words of the topic too: "Stepped-up outreach." + "Sanders stepped
    # up his emphasis ...".
    parts = {part for w in lowered for part in (w, *w.split("-"))}
    content = {_stem(w) for w in parts if w and w not in _FUNCTION_WORDS}
    # Only the paragraph's opening is read: where a section's topic is taken up.
    opening = {_stem(w) for w in SUBHEAD_WORD.findall(after[:1000])}
    shared = content & opening
    if not shared and derived:
        # A heading names its topic with a noun the section may take up as the verb it is
        # made from ("Disagreement on response." over "... politicians disagree on how ...").
        shared = {w for w in content if any(_derived(w, o) for o in opening)}
    return shared


def shares_topic(line: str, paragraph: str) -> bool:
    """Whether the paragraph ``paragraph`` takes up a content word of the heading ``line`` (as
    :func:`is_subheading` reads the paragraph under a heading).

    Examples
    --------
    >>> shares_topic("Russian opposition.", "It was met with fear by the Russian leadership.")
    True
    >>> shares_topic("Russian opposition.", "The plans did not go down well in Moscow.")
    False
    """
    words = SUBHEAD_WORD.findall(line)
    return bool(_shared([w.lower().replace("’", "'") for w in words], paragraph))
