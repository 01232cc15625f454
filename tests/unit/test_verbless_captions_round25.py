"""Round 25 (issue 12): a caption with no verb of its own under its picture's credit.

Real lines from PolNeAR's HuffPost texts and FNC-1 (named beside each), as they come in the
corpus: HuffPost sets a picture's credit as a paragraph, its caption as the next.
"""

from __future__ import annotations

from annotate.corpus._captions import is_credited_caption
from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

BEFORE = "Richards appeared with America Ferrera at the event on Thursday night in New York."
AFTER = "But Richards and Menendez both stressed that it wasn’t all bad news."
CREDIT = "Jemal Countess via Getty Images."


def test_a_name_and_its_participle_under_the_credit_is_a_caption() -> None:
    # PolNeAR huff-post 2016-04-08 (seed 1438-1446 judges, firm).
    caption = "Two powerful ladies having a powerful conversation."
    cleaned = clean(f"{BEFORE}\n\n{CREDIT}\n\n{caption}\n\n{AFTER}\n")
    assert kinds(cleaned.dropped) == {"credit": [CREDIT], "caption": [caption]}
    assert cleaned.text == f"{BEFORE}\n\n{AFTER}"


def test_a_thing_and_its_relative_clause_with_the_caption_s_context() -> None:
    # PolNeAR huff-post 2016-08-23: the thing shown, what is said of it in a relative clause,
    # and the caption's second sentence.
    caption = (
        "Some of the unfinished office space in Trump Tower that the Trump campaign had been "
        "paying $35,000 a month for until May. The campaign paid nearly $170,000 for its Trump "
        "Tower space in July."
    )
    assert is_credited_caption(caption, "Bloomberg via Getty Images.")
    # FNC-1 2498: a thing alone.
    assert is_credited_caption("Anna Wintour’s new office.", "(Photo via Instagram)")


def test_the_story_under_a_credit_stays() -> None:
    # The story's sentences under a picture's credit, all in HuffPost or FNC-1: a finite verb.
    for line, credit in [
        ("Paul then interjected, calling Rubio’s proposed child care credit a payment.", CREDIT),
        ("Gina Rodriguez became the victim of cyberbullying this year.", "Getty."),
        ("Donald Trump may want to check his stats.", "Jim Urquhart / Reuters."),
        ("One Steve Jobs movie isn't cool.", "[Bloomberg]"),
        ("The Verge notes that there are rumors.", "(Getty)"),
        ("Sheikh Munajjid had some supporters, however.", "(Photo courtesy of Twitter)"),
        ("It’s possible.", "Images: Getty Images (3)"),
    ]:
        assert not is_credited_caption(line, credit), line
    cleaned = clean(f"{BEFORE}\n\n{CREDIT}\n\n{AFTER}\n")
    assert AFTER in cleaned.text
