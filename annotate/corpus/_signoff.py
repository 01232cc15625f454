"""The line that closes an article: its sources, its credits, its writer.

News ends a story with a line that is not part of it: the agencies it drew on (``With News
Wire Services``, ``Agence France Presse, Reuters``, ``ABC/wires``), where it came from
(``[h/t Uproxx]``, ``This story was first published by Mail Online``), an invitation to follow
its writer, or a line that describes the writer (``Gaudiano is a Washington-based reporter for
the USA TODAY NETWORK.``, ``Bill Sternberg is editor of the editorial page.``). Placed
anywhere else such a line could be a sentence; as the article's last line, after its text,
two shapes are enough (measured on every FNC-1 train body and PolNeAR text: benchmarks/
RESULTS.md, issue 12, "Code glued to prose, sign-offs ..."):

- a short line without a sentence end: prose ends its last sentence with a mark;
- the writer's description: a name, maybe an aside, ``is``, then within a few words the
  name of a newsroom role (a closed class: reporter, editor, columnist, ...).
"""

from __future__ import annotations

import re

from annotate.corpus._headlines import ends_sentence

__all__ = ["is_sign_off"]

# A last line of at most this many words without a sentence end is a sign-off. Longer ones
# are mixed: sentences that lost their full stop, related-story headlines, captions.
_SIGN_OFF_WORDS = 8
# Ending in a colon, at most this many: a label ("Online:", "Also on WorldPost:", "SEE THE
# PHOTO:"); a longer one leads into an embed the scrape lost ("And here's how it looks on the
# wrist:", "Here's a Real Radio 104.1 interview:"), a sentence of the story.
_LEAD_IN_WORDS = 4
_ROLE = (
    r"(?:reporter|correspondent|writer|editor|columnist|contributor|author|co-author|"
    r"journalist|blogger|co-host)s?"
)
# A name (maybe after a dash), an aside between commas, "is", then the predicate up to the
# role. "Katherine Timpf is a reporter at ...", "David A. Andelman, a member of ..., is editor
# emeritus of ...", "John Stoehr is a lecturer ... and a contributing writer at ...".
_WRITER = re.compile(
    r"^(?:[—–-]\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,[^,]{3,80},)?\s+is\s+"
    rf"(?P<predicate>(?:\S+\s+){{0,16}}?){_ROLE}\b"
)
# A participle in the predicate is a clause about someone ("is still holding American
# journalist ...", "is also facing trial ... of a journalist"), unless it qualifies the role
# itself ("a contributing writer").
_PARTICIPLE = re.compile(r"\w+ing\s+\S")


def is_sign_off(line: str) -> bool:
    """Whether ``line``, the last line of an article with text before it, is its sign-off.

    Examples
    --------
    >>> is_sign_off("With News Wire Services")
    True
    >>> is_sign_off("Gaudiano is a Washington-based reporter for the USA TODAY NETWORK.")
    True
    >>> is_sign_off("IS is still holding American journalist Steven Sotloff.")
    False
    >>> is_sign_off("He added: 'It was pretty intense.'")
    False
    """
    limit = _LEAD_IN_WORDS if line.endswith(":") else _SIGN_OFF_WORDS
    if not ends_sentence(line) and len(line.split()) <= limit:
        return True
    writer = _WRITER.match(line)
    return writer is not None and not _PARTICIPLE.search(writer.group("predicate"))
