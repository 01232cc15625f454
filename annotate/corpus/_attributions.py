"""An attribution that opens with its speaker's name after a quotation ending in ``!`` or ``?``.

A quotation that ends in ``!`` or ``?`` carries its own end mark, so the attribution after
the closing quote looks like a new sentence when it opens with a capital::

    "And I'm not being paid!" LeVell declared, adding that ...
    "Who is he?" Salkida wrote on Twitter.
    "Why?" I asked.

A lower-case attribution (``"...?" he asked``) is joined by ``_boundaries`` already. One
that opens with a name is told from a new sentence about that person (``"...?" Clinton says
there needs to be a law ...``) by what follows the speech verb: a sentence end, a comma that
does not open another quotation, or a preposition or time word (``on Twitter``, ``in a
statement``, ``when asked``) is an attribution; an object or a clause (``says there
needs``, ``said Henry's email was``) is a sentence of its own. The name may have an
appositive between commas before the verb (``"Is it in our interest to act?" Lisa O.
Monaco, Obama's adviser on counterterrorism and homeland security, said at a Washington Post
cybersecurity summit Thursday.``); the same test of what follows the verb applies. Adverbs
and a day may stand between the verb and what follows (``Miller, a retired worker from a
nuclear plant, said pleasantly into the phone.``, ``Trump said Friday.``), and after ``told``
or ``asked`` the one spoken to (``Thornberry told Fox News.``, ``Todd asked the real estate
mogul.``; not ``told Dana Loesch that ...``, a clause). Of the
pronouns only ``I`` is taken so: a capitalised ``She`` after a quotation opens a sentence
(``... for the long run!" She replied to him that ...``, PolNeAR). A pronoun is taken only
before a speech verb and a time clause or a comma that opens no quotation (``“Too forced?” He
tweeted when Clinton ended ...``, PolNeAR politico 2016-03-10): the quotation is the verb's
object; ``He said nothing.`` or ``He claims that ...`` is a sentence of its own.

The speech verbs are the finite forms of the attribution cues in the toolkit's cue lexicon
(``annotate/data/lexicon-1.1.0.yaml``, learned from PolNeAR's cue spans; a versioned file,
never edited in place), plus the verbs that follow a quotation in a lower-case attribution in
FNC-1 and PolNeAR (``," he replied``) at least twice and that the lexicon lacks.

A verb the lexicon and those counts lack (``"That must have cost a fortune!" Stan exclaims.``,
FNC-1 2020; ``"Would it be negotiable about the 11 million?" Hannity pressed.``, PolNeAR
politico) is told by the shape alone when the attribution is bare: a name and one finite verb
(``-ed`` or ``-s``), perhaps with an adverb, then a full stop; or a name, a past tense and a
comma that opens no quotation (``"All the way!" Dawson shouted, shorthand for ...``, PolNeAR
politico 2016-07-02; ``Mr. Burton fumed, using ...``, nyt 2016-10-30: the only two such places
in FNC-1 and PolNeAR, both attributions). A sentence of a name and a verb
alone, right after a quotation closed on ``!`` or ``?``, is what the speaker did with the
quotation; a new sentence about that person says more (an object, a clause, a place). On
FNC-1 train bodies and PolNeAR this joins 4 places (``exclaims``, ``pressed``, ``interrupts``,
``laughed``), all attributions.

An attribution alone after a quotation may go on with a short phrase of its own, where or
when or how the words were said (``"... you're not reporting it, Katy." Trump said to
cheers.``, PolNeAR huff-post 2016-11-03, seed 1565's judge; ``Trump said on Monday.``): the
quotation is still the verb's object, and the phrase, a few words with no finite verb, no
comma and no subject of a clause, says nothing of its own (:func:`whole_attribution`). One
whose phrase goes on with a clause (``Trump said on Monday he would win.``) is a sentence.
The full stop before it is the quotation's own, so only a verb whose object the quotation
must be is taken (``said``, ``told``, ``wrote``, not the lexicon's ``appeared`` or
``talked``: ``Trump appeared on Fox News.`` is news of its own), and not before ``about``,
which gives the verb a topic of its own instead.

A question is what was asked, quoted or not: a name and ``asked`` or ``was asked`` alone, after
a question mark (``Why does Mr. Trump remain so popular? Mr. Sanders was asked.``, PolNeAR nyt
2015-12-22: an interviewer's question reported without quote marks) is the question's
attribution, as ``"Why?" I asked.`` is. Not ``Nobody asked.``: a pronoun that names no one
says something of its own about the question.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from annotate._files import package_data
from annotate.corpus._subheadings import is_verbless
from annotate.schema._io import SAFE_LOADER

__all__ = [
    "ATTRIBUTION_READ",
    "asked_attribution",
    "attribution_after_quote",
    "opens_attribution",
    "speech_verbs",
    "whole_attribution",
]

_LEXICON = "lexicon-1.1.0.yaml"
# How much of a piece :func:`opens_attribution` needs to read: a name of four words, an
# appositive and a verb. Callers cut what they pass to it to this length.
ATTRIBUTION_READ = 240
# Learned from FNC-1 train and PolNeAR (``[,!?]" he|she|they|I|we VERB``, two or more times),
# missing from the lexicon.
_LEARNED = ("replied", "replies", "posted", "remarked")
# Verbs that name the voice a quotation was spoken in, which the lexicon (learned from cue
# spans of reported statements) lacks: a quotation ending in "!" is often shouted ("\"This is
# a big year for our potential United States senator, Bobby Scott!\" Scott's niece, ...,
# shouted to the crowd.", PolNeAR wash-post 2016-09-08). The test of what follows the verb
# still applies: "shouted that ..." is a sentence of its own.
_VOICE = ("shouted", "shouts", "yelled", "yells", "screamed", "screams", "exclaimed")
# What a speaker's name may not start with: words that open a sentence of narration.
_NOT_A_NAME = (
    "A|An|And|As|At|But|By|For|From|He|Her|His|How|If|In|It|Its|Now|On|Or|Our|She|So|That|The"
    "|Their|Then|There|These|They|This|Those|To|We|What|When|Where|Which|While|Who|Why|With"
    "|Yet|You"
)
# The words that follow a speech verb in an attribution that goes on: a preposition or a time
# word; never an object or a clause.
_GOES_ON = (
    "on|in|at|to|during|after|before|when|while|as|from|via|with|through|later|then"
    "|afterwards?|today|yesterday|recently|last|earlier|this|into|of|about"
)
# Between the verb and what goes on: adverbs of manner ("said pleasantly into the phone",
# "asked rhetorically,") and the day ("said Friday."), which take no object.
_ADVERB = r"(?:[a-z]+ly|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
# Verbs of speech whose object is the one spoken to ("told Fox News.", "asked the real estate
# mogul."): a pronoun, a name, or a noun phrase after a determiner, of up to four words.
_TO_SOMEONE = "told|tells|asked|asks"
_SOMEONE = (
    r"(?:him|her|them|me|us|reporters|journalists"
    # A group named by a capitalised word and its plural noun: "asked Republican politicians."
    r"|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+[a-z]{3,}s)?"
    r"|(?:the|a|an|his|her|their)(?:\s+[\w'’-]+){1,4}?)"
)

# The phrase an attribution alone may go on with after its preposition or time word (see the
# module docstring): at most this many words, none a subject that opens a clause.
_TAIL_WORDS = 6
_CLAUSE_SUBJECTS = frozenset(["that", "i", "you", "he", "she", "it", "we", "they", "there"])
_TAIL_MARKS = frozenset(',;:"“”‘’()!?…')
# The verbs of saying whose object the quotation before them must be (see the module
# docstring): the verb an attribution that goes on with a phrase is read with.
# fmt: off
_SAYING = frozenset({
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks",
    "replied", "replies", "tweeted", "tweets", "explained", "explains", "declared", "declares",
    "insisted", "insists", "noted", "notes", "continued", "continues", "stated", "states",
    "shouted", "yelled", "screamed", "exclaimed", "remarked", "recalled", "responded",
    "warned", "quipped", "joked",
})
# fmt: on


# The one who asked, or was asked, a question, and the verb alone (see the module docstring):
# a name, not a pronoun that names no one.
_NAMES_NO_ONE = "Nobody|Everybody|Somebody|Anybody|Everyone|Someone|Anyone|None"
_ASKED = re.compile(
    rf"(?:I|(?!(?:{_NOT_A_NAME}|{_NAMES_NO_ONE})\b)"
    r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|bin|al|la|le|da|di|du)){0,3})"
    rf" (?:was |were )?asked(?: {_ADVERB})*\."
)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The finite forms of the lexicon's attribution cues, and the learned ones.

    Examples
    --------
    >>> {"said", "declared", "asked", "replied"} <= speech_verbs()
    True
    """
    lexicon = yaml.load(package_data("data", _LEXICON).read_text("utf-8"), Loader=SAFE_LOADER)
    forms = {
        form
        for cue in lexicon["attribution_cues"]
        for form in cue["forms"]
        if not form.endswith("ing")  # a participle opens no attribution
    }
    return frozenset(forms | set(_LEARNED) | set(_VOICE))


@lru_cache(maxsize=1)
def _longest_first() -> tuple[str, ...]:
    """The speech verbs, longest first: built once for both patterns, whose alternation then
    tries a whole verb before a shorter one it starts with ("says" before "say")."""
    return tuple(sorted(speech_verbs(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern[str]:
    # A verb may be capitalised after the name: Breitbart writes "Tweeted" so ("“Not us but
    # can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday ...").
    verbs = "|".join(f"[{v[0]}{v[0].upper()}]{re.escape(v[1:])}" for v in _longest_first())
    name = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|bin|al|la|le|da|di|du)){0,3}"
    # A kinship or a post of a named person: "Scott's niece", "Trump's campaign manager".
    described = r"(?:(?<=[a-z])['’]s(?: [a-z]{3,}){1,2})?"
    # An appositive: a phrase between commas with no sentence mark and no quote mark in it,
    # but for a nickname in quotes and a party and place in brackets ("Scott's niece, state
    # Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.", PolNeAR wash-post
    # 2016-09-08). One stop may stand in it, an abbreviation's, its last letter's too: a
    # party and state ("Rep. Glenn Thompson, R-Pa., said of ...", PolNeAR usa-today
    # 2016-07-22, seed 1533's judge).
    part = r"(?:[^,.!?;:\"“”()]|\([^()\"“”.!?;:]{1,40}\)|[\"“][A-Z][\w'’-]*[\"”])"
    appositive = rf"(?:, {part}{{1,120}}(?:\.{part}{{0,60}})?,)?"
    goes_on = r"(?:[.!?;]|,(?!\s*[\"“‘']))"
    return re.compile(
        rf"(?:I|(?!(?:{_NOT_A_NAME})\b){name}{described}{appositive}) "
        rf"(?:(?:{verbs})(?:\s+{_ADVERB})*(?:{goes_on}|\s+(?:{_GOES_ON})\b)"
        # Not "to" after the one spoken to: "asked the court to rule" is a sentence.
        rf"|(?:{_TO_SOMEONE})\s+{_SOMEONE}(?:\s+{_ADVERB})*"
        rf"(?:{goes_on}|\s+(?!to\b)(?:{_GOES_ON})\b))"
    )


@lru_cache(maxsize=1)
def _bare_attribution() -> re.Pattern[str]:
    name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
    return re.compile(
        rf"(?:I|(?!(?:{_NOT_A_NAME})\b){name}) (?:{_ADVERB} )?"
        rf"(?:[a-z]{{2,}}(?:ed|s)(?: {_ADVERB})?\.(?:\s|$)"
        # A past tense and a comma that opens no quotation: the attribution goes on with a
        # phrase of its own ("Dawson shouted, shorthand for ...", "Mr. Burton fumed, using a
        # profane ..."). Not "-s": a plural noun and a comma ("Trump supporters, ...") open
        # sentences.
        rf"|[a-z]{{2,}}ed,(?!\s*[\"“‘']))"
    )


@lru_cache(maxsize=1)
def _pronoun_opening() -> re.Pattern[str]:
    # A pronoun, a speech verb and a time clause or a comma that opens no quotation: the
    # quotation is the verb's object ("“Too forced?” He tweeted when Clinton ended a
    # Democratic debate ...", PolNeAR politico 2016-03-10). Not a preposition: "She replied to
    # him that ..." after a quotation is a sentence about the reply, nor an object ("He said
    # nothing.").
    verbs = "|".join(_longest_first())
    return re.compile(
        rf"(?:He|She|They|We) (?:{verbs})(?:\s+{_ADVERB})*(?:\s+(?:when|while)\b|,(?!\s*[\"“‘']))"
    )


def opens_attribution(text: str) -> bool:
    """Whether ``text`` (a sentence's start) is a speaker's name and a speech verb that end
    or go on as an attribution (see the module docstring).

    Examples
    --------
    >>> opens_attribution("LeVell declared, adding that the show had used his name.")
    True
    >>> opens_attribution("Clinton says there needs to be a law")
    False
    >>> opens_attribution("Lisa O. Monaco, Obama's adviser on counterterrorism, said at a summit.")
    True
    >>> opens_attribution("Miller, a retired worker, said pleasantly into the phone.")
    True
    >>> opens_attribution("Josie told Dana Loesch that Brown taunted Wilson.")
    False
    >>> opens_attribution("Stan exclaims. He was not wrong.")
    True
    >>> opens_attribution("Stan exclaims that it cost too much.")
    False
    """
    return (
        _attribution().match(text) is not None
        or _bare_attribution().match(text) is not None
        or _pronoun_opening().match(text) is not None
    )


@lru_cache(maxsize=1)
def _lower_attribution() -> re.Pattern[str]:
    # An attribution in lower case: a pronoun and a speech verb ("he said"), or the verb first
    # and its speaker ("said Clinton", "said the senator").
    verbs = "|".join(_longest_first())
    return re.compile(
        rf"(?:(?:he|she|they|we|it) (?:{verbs})|(?:{verbs}) (?:[A-Z]|the |a |an |his |her ))"
    )


def attribution_after_quote(text: str) -> bool:
    """Whether ``text``, after a quote mark set off by spaces (``? " Clinton asked``), opens
    that quotation's attribution: a speaker's name and a speech verb that end or go on as one
    (:func:`opens_attribution`), a pronoun and a speech verb in lower case, or the verb first.

    The mark closes the quotation before it then: a quotation opens on its words, never on a
    speaker and a verb of saying with no object of their own.

    Examples
    --------
    >>> attribution_after_quote("Clinton asked, according to a transcript of the interview.")
    True
    >>> attribution_after_quote("said the senator.")
    True
    >>> attribution_after_quote("Clinton says there needs to be a law")
    False
    >>> attribution_after_quote("Which, sure, is a fine thing.")
    False
    """
    return opens_attribution(text) or _lower_attribution().match(text) is not None


@lru_cache(maxsize=1)
def _pronoun_attribution() -> re.Pattern[str]:
    verbs = "|".join(_longest_first())
    return re.compile(rf"(?:He|She|It|They|We) (?:{verbs})(?:\s+{_ADVERB})*[.!?]")


@lru_cache(maxsize=1)
def _inverted_attribution() -> re.Pattern[str]:
    # The verb before the name, capitalised as a piece's first word: "Says Dino Ferrari." after
    # "\"Who am I to take his life?\"" (FNC-1 1338, a translation that capitalised the verb
    # after the quotation's own mark). Only a verb, a name and its stop: "Says Trump of ..." or
    # "Said to be ..." goes on and is a sentence.
    verbs = "|".join(v.capitalize() for v in _longest_first())
    name = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|bin|al|la|le|da|di|du)){0,3}"
    return re.compile(rf"(?:{verbs}) {name}\.")


def whole_attribution(text: str) -> bool:
    """Whether ``text`` is an attribution and nothing else: a name, a speech verb and its stop.

    A pronoun may stand for the name here (``It added.``, FNC-1 2374): a pronoun and a speech
    verb alone say nothing of their own, so they are the quotation's attribution; one that goes
    on (``She replied to him that ...``) opens a sentence (see the module docstring). The verb
    may come first, capitalised (``Says Dino Ferrari.``, FNC-1 1338): still only a verb and a
    name.

    Examples
    --------
    >>> whole_attribution("Trump said.")
    True
    >>> whole_attribution("It added.")
    True
    >>> whole_attribution("Says Dino Ferrari.")
    True
    >>> whole_attribution("Trump said to cheers.")
    True
    >>> whole_attribution("Trump said it was over.")
    False
    >>> whole_attribution("Trump said on Monday he would win.")
    False
    >>> whole_attribution("She replied to him.")
    False
    """
    if (
        _pronoun_attribution().fullmatch(text) is not None
        or _inverted_attribution().fullmatch(text) is not None
    ):
        return True
    match = _attribution().match(text)
    if match is None or text[-1:] not in ".!?":
        return False
    if match.end() == len(text):
        return True
    return _said_where(text[: match.end()], text[match.end() : -1])


def _said_where(head: str, tail: str) -> bool:
    """Whether ``tail``, the rest of an attribution ``head`` after its preposition or time
    word (``to cheers``, ``on Monday``) and before its stop, is a short phrase and no clause,
    and the attribution's verb one of saying (see the module docstring)."""
    if not tail[:1].isspace() or any(c in _TAIL_MARKS for c in tail):
        return False
    said = head.split()
    if said[-1] == "about":
        return False
    verbs = speech_verbs()
    verb = next((w for w in reversed(said) if w.lower() in verbs), "")
    if verb.lower() not in _SAYING:
        return False
    words = tail.lower().replace("’", "'").split()
    return (
        0 < len(words) <= _TAIL_WORDS
        and not any(w in _CLAUSE_SUBJECTS for w in words)
        and is_verbless(words)
    )


def asked_attribution(text: str) -> bool:
    """Whether ``text``, after a question, is that question's attribution and nothing else: a
    name and ``asked`` or ``was asked`` (see the module docstring).

    Examples
    --------
    >>> asked_attribution("Mr. Sanders was asked.")
    True
    >>> asked_attribution("Trump asked.")
    True
    >>> asked_attribution("Nobody asked.")
    False
    >>> asked_attribution("Mr. Sanders was asked about it.")
    False
    """
    return _ASKED.fullmatch(text) is not None
