"""Round 25 (issue 12): a wire's credit in capitals cut after its first word, closing a caption.

Real lines from FNC-1 298 (seeds 1438-1446's judges), as they come in the corpus: the page's
other captions end "THE CANADIAN PRESS/Justin Tang"; this one was cut after "THE".
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from tests.shared import dropped_kinds as kinds

BEFORE = (
    "On Wednesday, Quebecer Michaël Bideau noted on his Facebook page that he shared virtually "
    "the same name and birth year of the alleged shooter."
)
CAPTION = (
    "RCMP intervention team members walk past a gate on Parliament hill in Ottawa Wednesday "
    "Oct.22, 2014. THE"
)
AFTER = (
    "“You will have hate messages on your Facebook before long!!” wrote one of his friends, "
    "although as of Wednesday night nobody appears to have mistaken him for the shooting suspect."
)


def test_a_caption_closed_by_its_cut_credit_is_a_caption() -> None:
    cleaned = clean(f"{BEFORE}\n\nOttawa Shooting\n{CAPTION}\n{AFTER}\n")
    assert "THE" not in cleaned.text.split()
    assert "RCMP intervention" not in cleaned.text
    assert kinds(cleaned.dropped)["caption"] == [CAPTION]
    assert AFTER in cleaned.text


def test_the_word_inside_or_whole_stays() -> None:
    # "THE" only after a stop at the end is a cut credit; a sentence in capitals keeps it.
    assert split_credits("He shouted THE END IS NEAR.") == ("He shouted THE END IS NEAR.", [])
    assert split_credits("The vote was close. THE END") == ("The vote was close. THE END", [])
