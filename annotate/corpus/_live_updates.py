"""A live blog's update lines: ``Update at 2:02 p.m. ET. Soldier, Shooter Killed:``.

A page that follows the news as it comes opens each new entry with a stamp of the hour it
was posted (``7 p.m.``, ``6:05 p.m.``; AP's "The Latest" pages, all times in the zone their
first line names), perhaps with a label (``Update at 1:56 p.m. ET.``), and NPR's puts the
entry's headline on the same line, in headline case, ending in a colon (``Update at 1:34 p.m.
ET. U.S. In Close Touch:``). Neither is a sentence about the world: the stamp says when the
page changed, the headline what the entry under it says again. A label alone on its line
(``Update!``, ``UPDATE 2:``) marks the same place without the hour. The stamp alone on its
line is a date stamp (:func:`annotate.corpus._furniture.non_prose`); what this module tells is
a stamp with its headline, or a label with neither.

What keeps prose out: the stamp must be the line's first sentence, with its clock time and its
label only (a sentence that says what happened at that hour, ``At 2 p.m. police arrived.``,
has words of its own), and the rest a headline: at most eight words, each capitalised but
for a few short function words, and a colon at its end, as a lead-in to a quotation never has
in headline case.
"""

from __future__ import annotations

import re

__all__ = ["is_update_line"]

# The stamp: a label ("Update", "Updated at", "UPDATE"), a clock time with a.m./p.m. and
# perhaps a zone ("ET", "EDT", "GMT"), a stop or a colon.
_STAMP = re.compile(
    r"(?:updated?|posted)(?:\s+at)?\s*:?\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?"
    r"(?:\s+[A-Z]{1,4}T\b\.?|\s+GMT\b\.?|\s+UTC\b\.?)?\s*[.:—–-]?\s+",
    re.I,
)
# A label alone: "Update!", "UPDATE:", "Update 2:", "Updated:" (a number counts the updates).
# Capitalised, as a blog sets its label: "update" alone in lower case is a scrape's remnant (a
# widget's element name, FNC-1 409), a ``label`` (see annotate.corpus._stubs).
_LABEL = re.compile(r"[\[(]?(?:U(?i:pdate[ds]?|pdated))(?:\s+\d{1,2})?\s*[:!.]?[\])]?")
# A headline's word: capitalised (or an initialism, "U.S."), or a short function word.
_HEAD_WORD = re.compile(
    r"[\"“‘']?(?:[A-Z\d][\w'’.&-]*|a|an|the|of|to|in|on|at|for|and|or|by|as|vs\.?|with|from)"
    r"[,;\"”’']?"
)
_HEAD_WORDS = 8


def is_update_line(line: str) -> bool:
    """Whether ``line`` is a live blog's update stamp with its entry's headline, or an update
    label alone.

    Examples
    --------
    >>> is_update_line("Update at 2:02 p.m. ET. Soldier, Shooter Killed:")
    True
    >>> is_update_line("Update!")
    True
    >>> is_update_line("update")
    False
    >>> is_update_line("Update at 2 p.m. ET. Police said:")
    False
    >>> is_update_line("Update: KFC confirmed it.")
    False
    """
    if len(line) <= 12 and _LABEL.fullmatch(line) is not None:
        return True
    stamp = _STAMP.match(line)
    if stamp is None or not line.endswith(":"):
        return False
    words = line[stamp.end() : -1].split()
    return 0 < len(words) <= _HEAD_WORDS and all(_HEAD_WORD.fullmatch(w) for w in words)
