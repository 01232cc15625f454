"""Round 32 (issue 12): a box's sentence whose attribution kept only its dash, the dash line
dropped between the sentence and the paragraph that says it again (FNC-1 2398, seed 1564's
judge on ``7153c6f``, firm)."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# FNC-1 2398, lines 5-9 (the quotation in line 9 shortened).
BOX = (
    "Hank was introducing a flow that in the decades to come would move through culture one "
    "boasted rhyme at a time."
)
FLOW = (
    "The news was confirmed by David Mallie, the business manager for the two surviving members "
    "of the original Sugarhill Gang.\n\n"
    f"{BOX}\n"
    "-  \n"
    "“They say that miracles never cease,” rapped Big Bank Hank on “Rapper’s Delight.” Little "
    "did he know at the time how accurate he was, and that through said devastation Hank was "
    "introducing a flow that in the decades to come would move through culture one boasted "
    "rhyme at a time.\n"
)


def test_a_boxed_sentence_over_its_lone_dash_is_a_pull_quote() -> None:
    cleaned = clean(FLOW)
    assert kinds(cleaned.dropped)["pull-quote"] == [BOX]
    assert cleaned.text.count("Hank was introducing a flow") == 1


@pytest.mark.parametrize(
    "raw",
    [
        # A blank line between the sentence and its dash: the dash is a section's rule, the
        # sentence alone in its paragraph the story's.
        FLOW.replace(f"{BOX}\n", f"{BOX}\n\n"),
        FLOW.replace("-  \n", "\n-  \n"),
        # The story's sentence said only once: nothing to copy (FNC-1 560's "—" between an
        # update and the earlier story).
        FLOW.replace("and that through said devastation Hank was introducing a flow", "and"),
    ],
)
def test_a_sentence_over_a_dash_that_is_no_box_is_kept(raw: str) -> None:
    cleaned = clean(raw)
    assert "pull-quote" not in kinds(cleaned.dropped)
    assert BOX in cleaned.text
