"""A picture's caption closing the body after the story's end, in the caption's present tense.

The Daily Mail sets its pictures among the story's paragraphs and under its last one, each
caption a paragraph without a stop that tells what the picture shows as it is seen: a name
and the verb right after it in the present tense (``Lesley McSpadden, mother of Michael Brown,
is overwhelmed by grief as she approaches the casket of her son at the beginning of his
funeral at Friendly Temple Missionary Baptist Church``, the last line of FNC-1 2345, under
the story's "Michael Brown's funeral was held on Monday at a St Louis church in front of
thousands of mourners."; seed 1582's judge). The tabloid points at its video ("Scroll down
for video") and sets captions under it without a label; once a caption was dropped there, the
caption rules read a line without a stop among the paragraphs as a caption (see
:func:`annotate.corpus._captions.is_unmarked_caption`), but not the body's last line: such a
page's paragraphs may lose their stop, and the scrape may cut the story's last one off
mid-sentence.

So the last line needs what the story's last paragraph does not say: the picture's present,
a subject named (not a pronoun pointing back at the story: ``He is believed ...``) and its
verb in the present tense within its first words, ``is``/``are`` with a participle or a verb
with an ``-s``, not a verb of report (``is believed``, ``is expected``, ``says``: the story's
own). The story tells what happened, in the past (``Wilson ... has not been arrested``).
Read only on a page that has set a caption under its pointer, after a paragraph that ends its
sentence: on every FNC-1 body and PolNeAR text, the one last line so is that caption.
"""

from __future__ import annotations

import re

from annotate.corpus._captions import is_unmarked_caption

__all__ = ["closes_on_caption"]

# A name's last word (perhaps with the comma closing an apposition), then its verb in the
# present: "is"/"are" and a participle, or a verb with one "-s" ("approaches", "walks").
_PRESENT = re.compile(
    r"\b(?P<subject>[A-Z][\w'’-]*),? (?:(?:is|are) (?P<participle>[a-z]+(?:ed|en))\b"
    r"|(?P<verb>[a-z]+[^\Ws]s)\b)"
)
# The story's verbs: of report, in the passive or with an "-s".
_REPORTED = frozenset(
    {"believed", "thought", "expected", "alleged", "reported", "understood", "estimated"}
    | {"said", "known", "considered", "rumoured", "rumored", "feared", "accused", "charged"}
    | {"says", "claims", "reports", "believes", "thinks", "adds", "tells", "insists"}
    | {"seems", "appears", "remains", "means", "needs", "wants", "writes", "explains"}
)
_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "I", "You", "This", "That"})
# The name and its verb open the caption: within its first words.
_SUBJECT_WORDS = 8


def closes_on_caption(line: str) -> bool:
    """Whether ``line``, the body's last, alone after the story's end on a page that set its
    captions under its pointer, is a picture's caption in the present tense (see the module
    docstring).

    Examples
    --------
    >>> closes_on_caption("Lesley McSpadden, mother of Michael Brown, is overwhelmed by grief "
    ...                   "as she approaches the casket of her son at the beginning of his "
    ...                   "funeral at Friendly Temple Missionary Baptist Church")
    True
    >>> closes_on_caption("Wilson, a six-year veteran of the Ferguson force, has not been "
    ...                   "arrested or charged with any crime")
    False
    >>> closes_on_caption("He is believed to have ordered the Westgate Mall massacre in Kenya")
    False
    >>> closes_on_caption("Lesley McSpadden approaches the casket of her son at the church.")
    False
    """
    if not is_unmarked_caption(line):
        return False
    present = _PRESENT.search(line)
    if present is None or len(line[: present.start()].split()) >= _SUBJECT_WORDS:
        return False
    verb = present.group("participle") or present.group("verb")
    return present.group("subject") not in _PRONOUNS and verb not in _REPORTED
