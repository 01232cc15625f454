"""A fact-checker's list of its sources at the article's end: ``Sources:`` / ``Davis, Lauren.`` /
``"No, A Spider Did Not Burrow Under A Man's Skin and Live There for Days."`` / ``i09.`` /
``16 October 2014``.

Snopes closes a check with the pieces it read, one field of a citation per line (author, title,
publication, date), under a label alone; a science blog closes with its numbered references
(FNC-1 test 2570: ``(13) Reese W, Schubert D. Safety testing and regulation of genetically
engineered foods.``). Each field reaches the tasks as a "sentence" (FNC-1 1057: 31 of them),
and none is the story's. Told by the label, alone on its line after the story has begun, and
by what follows it: lines made of names, titles and dates (a citation's fields), to the
article's end or to the first line of prose.
"""

from __future__ import annotations

import re

__all__ = ["is_citation", "is_sources_label"]

_LABEL = re.compile(
    r"(?:Sources?|References|Bibliography|Works cited|Citations|Further reading)\s*:",
    re.IGNORECASE,
)
# A citation is names, titles, publications and dates: at most half its words in lower case,
# even with a paper's title in sentence case ("(13) Reese W, Schubert D. Safety testing and
# regulation of genetically engineered foods. Biotechnol Genet Eng Rev. 2004;21:299–324": 7
# of 18); a sentence of prose has most of its words in lower case.
_CITATION_LOWER = 1 / 2


def is_sources_label(line: str) -> bool:
    """Whether ``line`` is a list of sources' label alone.

    >>> is_sources_label("Sources:"), is_sources_label("References:")
    (True, True)
    >>> is_sources_label("Sources: the White House said it would not comment.")
    False
    """
    return _LABEL.fullmatch(line.strip()) is not None


def is_citation(line: str) -> bool:
    """Whether ``line``, under a list of sources' label, is a citation's field or several
    citations run together (a scrape that lost the line breaks between them) rather than a
    paragraph: made mostly of capitalised words, figures and titles, where prose is mostly
    words in lower case.

    >>> is_citation("Davis, Lauren."), is_citation("16 October 2014")
    (True, True)
    >>> is_citation("(14) Schubert D. A different perspective on GM food. Nat Biotechnol.")
    True
    >>> is_citation("Orr, Aleisha. “Spider Burrowed Into Appendix Scar, Crawled Through WA "
    ...             "Man’s Body.” The Age. 16 October 2014 Woodcock, Mitchell. “Bunbury Man’s "
    ...             "Bali horror.” South Western Times. 16 October 2014 McDonald, Dani.")
    True
    >>> is_citation("Perhaps there's a germ of truth to this story that has been distorted "
    ...             "through misdiagnosis or misunderstanding, but in the absence of any other "
    ...             "evidence, it is best regarded as a tall tale.")
    False
    """
    words = line.split()
    lower = sum(1 for w in words if w.lstrip("\"'“‘(")[:1].islower())
    return lower <= len(words) * _CITATION_LOWER
