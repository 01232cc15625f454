"""Round 30 (issue 12): a picture's title said a third time in other words, set close under
its two copies (FNC-1 1513, seeds 1531 and 1538's judges on ``6a2ddcf``, firm)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

SAMSUNG = (
    "Now, industry sources suggest that this partnership will tighten even further, as Samsung"
    " is expected to supply more components.\n\n"
    "iPhone 6 and Even Apple Watch To Feature Samsung Components (Rumor)\n"
    "iPhone 6 and Even Apple Watch To Feature Samsung Components (Rumor)\n"
    "iPhone 6 and Apple Watch to feature Samsung-made Components\n\n"
    "A fresh report from Korea suggests that iPhone 6 units will use batteries made by Samsung SDI."
)


def test_a_reworded_copy_under_a_caption_is_the_caption() -> None:
    cleaned = clean(SAMSUNG)
    assert (
        "iPhone 6 and Apple Watch to feature Samsung-made Components"
        in kinds(cleaned.dropped)["caption"]
    )
    assert "A fresh report from Korea" in cleaned.text


def test_a_sentence_that_takes_up_the_caption_in_its_own_paragraph_stays() -> None:
    # After a blank line the story may take up the caption's words: a paragraph of its own.
    text = SAMSUNG.replace("Samsung-made Components\n\n", "Samsung-made Components.\n\n").replace(
        "(Rumor)\niPhone 6 and Apple", "(Rumor)\n\niPhone 6 and Apple"
    )
    cleaned = clean(text)
    assert "iPhone 6 and Apple Watch to feature Samsung-made Components." in cleaned.text
