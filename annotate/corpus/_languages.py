"""Which language an article is written in, identified from its text.

Why: the cleaning and sentence rules read English, and a crawl or a news API's dump mixes
languages. A page in another script is skipped whatever is asked (:mod:`annotate.corpus._scripts`),
but German, Spanish or Indonesian news is in the Latin script and would be split by English
rules and sent to annotators. ``ingest(..., language="en")`` keeps only the articles whose text
is identified as that language.

What a page declares (``<html lang>``, a record's ``language`` field) is not what decides: news
sites serve every page with the CMS's default ``en-US``, and crawls rewrite it. The text is
identified by py3langid (trafilatura's own language identifier, a naive Bayes model over byte
n-grams; its codes are :func:`known`) on its first :data:`SAMPLE` characters, with probabilities
normalised so that a short or mixed text gives a low share: an article is skipped only when the
identifier is at least :data:`SURE` that it is in another language, so that a short English
text it cannot place is kept.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["SAMPLE", "SURE", "identify", "known"]

#: Characters of an article read to identify its language: a few paragraphs decide it, and a
#: 50 MB article costs no more than a short one.
SAMPLE = 8192
#: Probability of another language above which an article is skipped.
SURE = 0.9


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str | bytes) -> tuple[str, float]:
    """The language of ``text`` (ISO 639-1 where the language has a code there, else ISO 639-3)
    and the identifier's probability for it.

    Examples
    --------
    >>> identify("The council voted on Tuesday to close the bridge for repairs.")[0]
    'en'
    >>> identify("Der Stadtrat hat am Dienstag beschlossen, die Brücke zu schließen.")[0]
    'de'
    """
    language, share = _identifier().classify(text[:SAMPLE])
    return str(language), float(share)


def known() -> list[str]:
    """The language codes the identifier can tell, sorted."""
    return sorted({str(code) for code in _identifier().nb_classes})
