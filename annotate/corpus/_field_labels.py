"""A fact-check's field label run into its first sentence: ``Claim: Actor Macaulay Culkin ...``

A fact-checking page is a form: each field has its label (Snopes sets ``Claim:``, ``Origins:``,
``Example:``, ``Rating:``, ``Status:``, ``Last updated:``), and the scrape runs the label into
the field's first sentence. The label names a part of the page, not anything in the story, so
it is cut off and the sentence after it kept (on every FNC-1 body and PolNeAR text, the 22
lines that open with ``Claim:`` or ``Origins:`` are Snopes' fields, each with a whole sentence
after the label). A label alone on its line, or over a bracketed source (``Example:
[Collected via email, December 2014]``), is a heading and left to the rules for those.
"""

from __future__ import annotations

import re

__all__ = ["split_field_label"]

# The form's field names, then a colon, then the field's sentence, opening with a capital or
# a figure ("Origins: On 14 October 2014, the National Report ...").
_FIELD = re.compile(
    r"(?:Claim|Origins?|Rating|Status|Examples?|Variations?|Last updated|"
    r"What['’]s (?:True|False|Undetermined)):\s+(?=[A-Z\d])"
)


def split_field_label(line: str) -> tuple[str, str]:
    """Cut a fact-check's field label off the start of ``line``.

    Returns the label ("" when there is none) and the rest of the line.

    Examples
    --------
    >>> split_field_label("Claim: Kanye West has been banned from all future award shows.")
    ('Claim:', 'Kanye West has been banned from all future award shows.')
    >>> split_field_label("Claims of fraud were never proven.")
    ('', 'Claims of fraud were never proven.')
    """
    label = _FIELD.match(line)
    if label is None:
        return "", line
    return line[: label.end()].rstrip(), line[label.end() :]
