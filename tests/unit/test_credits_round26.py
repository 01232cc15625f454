"""Round 26: the credit line that closes a story with the sources it drew on, on the real lines.

The Canadian Press's credit that names its own agency before the paper it drew on (FNC-1 1666,
round 26's fresh judges), and "With additional reporting by" (FNC-1 254, test 1113), were kept
as sentences.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

_STORY = (
    "“I told my caregiver if the opportunity comes to get out, she has to take it,” said"
    " Mr. Fletcher.\n"
    "\n"
    "{credit}\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "The Canadian Press, with files from the Winnipeg Free Press",
        "With additional reporting by Ford Sypher and Eli Lake.",
        "With additional reporting by Munzer al-Awad in Turkey.",
    ],
)
def test_a_credit_with_the_sources_it_drew_on_is_dropped(credit: str) -> None:
    cleaned = clean(_STORY.format(credit=credit))
    assert kinds(cleaned.dropped)["boilerplate"] == [credit]
    assert credit not in cleaned.text


@pytest.mark.parametrize(
    "sentence",
    [
        # The sources in an aside, the sentence's verb after them.
        "Police, with files from the FBI, reopened the case.",
        "The report, with files from the archive, was released on Monday.",
        # The files are the story's subject.
        "Investigators with files from the FBI reopened the case.",
    ],
)
def test_a_sentence_that_names_files_is_kept(sentence: str) -> None:
    assert sentence in clean(_STORY.format(credit=sentence)).text
