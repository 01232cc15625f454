"""Round 34 (session 44): an image's file name or an embed's id alone on its line, left where
the picture stood, is a label (the kind the page's lone lower-case file names already had), not
a task (FNC-1 1599's `5kjqm0H`, read as firm by seed 1576's judge; FNC-1 test 491, 1993,
2586)."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._headlines import is_lone_word
from tests.shared import dropped_kinds as kinds


@pytest.mark.parametrize(
    "line",
    [
        "5kjqm0H",  # FNC-1 1599: an Imgur id under "Here's a photo of ..."
        "iphone6-stock",  # FNC-1 test 491
        "gold2",  # FNC-1 test 1993
        "gold2222",
        "hi2",  # FNC-1 test 2586
        "AD_152311321.jpg",  # FNC-1 1029
        "potshop-400x404",  # FNC-1 68
    ],
)
def test_a_file_name_or_an_id_alone_is_a_lone_word(line: str) -> None:
    assert is_lone_word(line)


@pytest.mark.parametrize(
    "line",
    [
        # A lead-in naming its source before the quotation (FNC-1 test 1749).
        "9to5Mac:",
        # A sentence of one word, and words without a digit in capitals.
        "Ugh.",
        "iPhone",
        "Again.",
        # A figure alone is the figures' rule's, not a file name.
        "2015",
        # A name and a number are two tokens, no file name.
        "iPhone 6",
    ],
)
def test_words_and_lead_ins_are_no_file_names(line: str) -> None:
    assert not is_lone_word(line)


def test_the_id_between_the_story_paragraphs_is_dropped_and_the_story_stays() -> None:
    body = (
        "In this video posted to YouTube and all over Reddit, a young man gives his parents an"
        " envelope for Christmas.\n\n"
        "Here’s a photo of what was in the envelope, along with some nice reaction shots.\n\n"
        "5kjqm0H\n\n"
        "Ugh. I’m not crying, you’re crying. You’re the baby."
    )
    cleaned = clean(body)
    assert "5kjqm0H" in kinds(cleaned.dropped)["label"]
    assert "5kjqm0H" not in cleaned.text
    assert "along with some nice reaction shots." in cleaned.text
    assert "Ugh. I’m not crying" in cleaned.text
