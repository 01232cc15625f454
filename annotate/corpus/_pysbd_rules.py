"""pysbd's English rules, with two that news contradicts changed.

pysbd keeps an abbreviation's full stop inside the sentence when the next word is lower case,
a digit, ``(`` or the pronoun ``I``. The last does not hold: its abbreviation list includes
common words ("is", "me", "no", "man", "may") and sentence-final ones ("etc", "Inc"), and in
news ``... where she is. I don't know ...`` or ``... and so on, etc. I think ...`` start a new
sentence at ``I``. Here ``I`` after an abbreviation is read like any other capitalised word,
which pysbd's other rules decide (a title such as "Gen." or "Mr." still keeps its name).

pysbd finds a title ("Sen.", "Gov.", "Rep.": its prepositive abbreviations) only after
whitespace, so news's ``then-Sen. Obama`` or ``ex-Gov. Perry`` was cut after the title; a title
after a hyphen is a title too.
"""

from __future__ import annotations

import re

import pysbd
from pysbd.lang.english import English

__all__ = ["news_segmenter"]


# A prepositive abbreviation (a title before a name) after a hyphen, before whitespace.
_HYPHENATED_TITLE = re.compile(
    r"(?<=\w-)((?:{}))\.(?=\s)".format(
        "|".join(map(re.escape, English.Abbreviation.PREPOSITIVE_ABBREVIATIONS))
    ),
    re.IGNORECASE,
)


class _AbbreviationReplacer(English.AbbreviationReplacer):  # type: ignore[name-defined,misc]
    def replace(self) -> str:
        # "∯" is pysbd's mark for a full stop that is not a boundary; it restores the "." itself.
        text: str = self.text  # type: ignore[has-type]  # set by pysbd's (untyped) __init__
        self.text = _HYPHENATED_TITLE.sub(r"\1∯", text)
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


class _NewsEnglish(English):  # type: ignore[misc]
    AbbreviationReplacer = _AbbreviationReplacer


def news_segmenter() -> pysbd.Segmenter:
    """A pysbd segmenter for English with the rule above changed (pysbd is pinned at 0.3.4)."""
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = _NewsEnglish
    return segmenter
