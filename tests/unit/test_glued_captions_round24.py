"""Round 24 (issue 12): a picture's caption and its credit glued inside a flattened paragraph.

Real lines from FNC-1 bodies (named beside each), as they come in the corpus.
"""

from __future__ import annotations

from annotate.corpus._captions import split_glued_caption
from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# FNC-1 645 (IBTimes, the body one paragraph; seed 1433's judge, firm): the caption and its
# "(Apple)" credit glued in front of the story's sentence "Foskett says not."
LINE = (
    "So they generally price somewhat higher than they would, even taking into consideration "
    'all the rest of the materials, labour, distribution and profit in a watch." Will the Apple '
    "Watch be gold plated to save costs? Apple Watch will go on sale before the end of "
    "April(Apple) Foskett says not. Although Apple doesn't describe the Watch Edition as being "
    '"solid gold," it does say it is "crafted from 18-karat gold."'
)
CAPTION = "Apple Watch will go on sale before the end of April(Apple)"


def test_a_glued_caption_is_cut_out_of_its_paragraph() -> None:
    cleaned = clean(f"{LINE}\n")
    assert kinds(cleaned.dropped) == {"caption": [CAPTION]}
    assert "to save costs?\nFoskett says not. Although" in cleaned.text


def test_a_credit_glued_at_the_line_s_end_or_a_bracket_in_a_sentence_is_not_cut() -> None:
    # FNC-1 552: the caption's own line, which the credits rule reads.
    assert (
        split_glued_caption(
            "Unlike human security guards, the egg-like Knightscopes are not armed(Knightscope)"
        )
        is None
    )
    # A bracket glued to a word inside a sentence that goes on in lower case.
    line = "Apple said so on Monday. It sells the iPhone(Apple) in April and May."
    assert split_glued_caption(line) is None
    assert clean(f"{line}\n").text == line
