"""A picture's caption set twice, its short wording over its caption: ``ISIS jihadists marching
through the Syrian town of Raqqa.`` over ``ISIS jihadists seen here waving the Islamic State's
trademark black flags ... in Syria's Raqqa.``.

A page sets a picture with its caption in two wordings, a short one (the image's alt text or
its title) and the caption under the picture; scraped into text, both are paragraphs, the short
one over the other (FNC-1 194, the article's last two paragraphs, seed 1585's judge). The
caption under it is told by its photo words (``seen here``: see
:func:`annotate.corpus._captions.is_photo_caption`); the short wording has none, but it has a
caption's grammar: its subject, then what the subject is doing as a participle, ``marching``,
and no finite verb, so it says what a picture shows and tells no news. The story's sentence has
a verb (``ISIS jihadists were marching ...``); a fragment of the story set without one
(``Not so fast.``) is no subject and participle. So the line in that shape, with the next line
with text a caption by its photo words, is the picture's caption too. On every FNC-1 body and
PolNeAR text, the lines so set are FNC-1 194's.
"""

from __future__ import annotations

import re

from annotate.corpus._captions import has_no_verb
from annotate.corpus._headlines import has_inner_end

__all__ = ["is_participle_caption"]

# The subject, one to four words opening with a capital, then its participle ("-ing") with no
# word between; then where or what, up to the stop.
_SUBJECT_PARTICIPLE = re.compile(
    r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}? (?P<participle>[a-z]{2,}ing) [^.!?]+\."
)
_WORDS = (4, 25)


def is_participle_caption(line: str) -> bool:
    """Whether ``line`` is a caption's short wording: a subject, its participle and no finite
    verb, one sentence with a stop (see the module docstring); the caller reads the caption
    under it.

    Examples
    --------
    >>> is_participle_caption("ISIS jihadists marching through the Syrian town of Raqqa.")
    True
    >>> is_participle_caption("ISIS jihadists were marching through the Syrian town of Raqqa.")
    False
    >>> is_participle_caption("Not so fast.")
    False
    """
    low, high = _WORDS
    return (
        low <= len(line.split()) <= high
        and _SUBJECT_PARTICIPLE.fullmatch(line) is not None
        and not has_inner_end(line)
        # The subject's words then the rest: a plural noun after a name is no verb here.
        and has_no_verb(_without_plural_after_name(line))
    )


def _without_plural_after_name(line: str) -> str:
    """``line`` with the word after its first one in the singular, so that a plural noun after
    a name or an acronym ("ISIS jihadists") is not read as a verb's present tense."""
    first, _, rest = line.partition(" ")
    second, _, tail = rest.partition(" ")
    return f"{first} {second.rstrip('s')} {tail}"
