"""Round 32 (issue 12): a short line opening in lower case after the story's last sentence is a
piece of the page, not the story's (FNC-1 1613, seed 1561's judge on ``7153c6f``, firm)."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# FNC-1 1613, lines 91-95.
END = (
    "'We are very worried. The families are very anxious,' said Vidulfo Rosales, a human rights "
    "lawyer representing relatives of the missing.\n\n"
    "The United Nations has called the case 'one of the most terrible events of recent times.'"
    "\n\n"
)


def test_a_lower_case_line_after_the_last_sentence_is_dropped() -> None:
    cleaned = clean(END + "life is random, meaningless, and grim.\n")
    assert kinds(cleaned.dropped) == {"sign-off": ["life is random, meaningless, and grim."]}
    assert cleaned.text.endswith("recent times.'")


@pytest.mark.parametrize(
    "last",
    [
        # A name's particle, a brand, a prefix: the story's sentence opens so.
        "de Blasio declined to comment on the case.",
        "iGen has been accurate in the past with Apple information.",
        "al-Britani has reportedly been killed in a US airstrike in Syria.",
        # A longer line is a paragraph, however it opens.
        "and so the families wait, as they have for a week, for news of the students who "
        "were taken away by the police.",
    ],
)
def test_a_last_line_that_may_be_the_storys_is_kept(last: str) -> None:
    assert last in clean(END + last + "\n").text


def test_a_lower_case_line_set_close_under_the_last_one_is_kept() -> None:
    # A page that breaks its lines once may set a sentence there (test_clean's normalisation).
    text = END.rstrip("\n") + "\nlife is random, meaningless, and grim.\n"
    assert "life is random, meaningless, and grim." in clean(text).text


def test_a_lower_case_line_inside_the_story_is_not_a_sign_off() -> None:
    text = END + "life is random, meaningless, and grim.\n\nThe search goes on.\n"
    assert "sign-off" not in kinds(clean(text).dropped)
