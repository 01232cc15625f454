"""A speaker's appositive split by a stray stop: ``Zeynep Tufekci, assistant prof at UNC iSchool.
Princeton CITP fellow, ... explains to her ... followers``.

A speaker named before a verb of saying may carry a run of titles between commas. A writer who
types a stop for one of those commas (FNC-1 1679, seed 1625's judge) leaves pysbd a stop
before a capital, which it cuts: the piece before is a name and a title with no verb, the
piece after a run of titles and the verb. A title with no determiner and no name after it
(``Princeton CITP fellow,``) cannot be a sentence's subject: news writes ``Princeton fellow
Jane Doe`` or ``a Princeton fellow``. So when the piece after opens with one or more bare
titles between commas and then a speech verb in the present's third person singular, agreeing
with the name before, the two pieces are one sentence. A piece that opens with a name after the
titles (``Harvard professor Jane Doe, ..., explains``), or with a determiner (``A Harvard
fellow, ..., explains``), has a subject of its own, and the cut stands; so does one after a
piece with a verb of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotate.corpus._attributions import speech_verbs
from annotate.corpus._subheadings import is_verbless

__all__ = ["APPOSITIVE_READ", "titles_go_on"]

# The nouns of a post or a title a person holds (news writes them before or after a name).
_TITLE = (
    r"(?:director|president|professor|prof|fellow|associate|executive|member|coordinator"
    r"|(?:co-)?founder|chair(?:man|woman)?|partner|lecturer|analyst|attorney|lawyer|economist"
    r"|scholar|researcher|consultant|dean|strategist|commentator|historian|advis[eo]r|editor"
    r"|correspondent|reporter|columnist|author|writer|officer|spokes(?:man|woman|person)"
    r"|secretary|manager|chief|head|scientist)"
)
# Words that open a subject's noun phrase: a title after one is no bare title.
_DETERMINERS = "(?:A|An|The|This|That|These|Those|His|Her|Their|Our|Its|My|Your|Every|Each)"
# Words that open a clause in an appositive (``who teaches at UNC``): it has a verb of its own.
_RELATIVES = frozenset(["who", "which", "that", "whose", "whom", "where", "when"])
# One bare title: capitalised words (its school, its company), perhaps a lower-case word or
# two ("faculty associate"), the title noun, and perhaps where it is held ("in Sociology").
_BARE_TITLE = (
    rf"(?!{_DETERMINERS}\b)(?:[A-Z][\w.'’&-]*\s+){{1,4}}(?:[a-z]+\s+){{0,2}}{_TITLE}"
    r"(?:\s+(?:in|of|at|for|on)\s+[^,.;:!?\"“”]{1,60})?"
)
# The piece before: a name of two to four capitalised words, a comma, a phrase and the stop.
_NAMED = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+([^,.;:!?\"“”]{3,100})\.$")
# How much of each piece is read: a name and its title, or a run of titles and the verb.
APPOSITIVE_READ = 240


@lru_cache(maxsize=1)
def _titles_then_verb() -> re.Pattern[str]:
    verbs = "|".join(sorted((v for v in speech_verbs() if v.endswith("s")), key=len, reverse=True))
    return re.compile(rf"{_BARE_TITLE}(?:,\s+{_BARE_TITLE}){{0,3}},\s+(?:{verbs})\b")


def titles_go_on(before: str, following: str) -> bool:
    """Whether ``following`` (a piece's opening) is a run of bare titles and a speech verb that
    go on the name and title ``before`` (the whole piece before), cut off it by a stray stop
    (see the module docstring).

    Examples
    --------
    >>> titles_go_on(
    ...     "Zeynep Tufekci, assistant prof at UNC iSchool.",
    ...     "Princeton CITP fellow, Harvard Berkman faculty associate in Sociology, explains to",
    ... )
    True
    >>> titles_go_on("Zeynep Tufekci, assistant prof at UNC iSchool.",
    ...              "Harvard professor Jane Doe, a fellow, explains to her followers")
    False
    >>> titles_go_on("Jane Doe spoke at UNC iSchool.", "Princeton CITP fellow, explains to")
    False
    """
    named = _NAMED.match(before)
    if named is None:
        return False
    words = named.group(1).lower().replace("’", "'").split()
    if not is_verbless(words) or any(w in _RELATIVES for w in words):
        return False
    return _titles_then_verb().match(following) is not None
