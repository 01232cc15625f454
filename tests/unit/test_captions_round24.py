"""Round 24 (issue 12): a picture's title set close over its caption closed by a credit.

Real lines from FNC-1 bodies (named beside each), as they come in the corpus.
"""

from __future__ import annotations

from annotate.corpus._captions import titles_picture
from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

BEFORE = (
    "Veteran Affairs Minister Julian Fantino told QMI Agency that Parliament’s sergeant-at-arms, "
    "Kevin Vickers, shot one gunman dead."
)
AFTER = "Here again is the amazing shooting video from inside the parliament building today."
# FNC-1 1631 (seed 1435's judge, firm): the picture's title, its caption set close under it,
# and the caption's credit in brackets after its stop.
TITLE = "Kevin Vickers"
CAPTION = (
    "The Sergeant-at-Arms Kevin Vickers carries the Mace from the House of Commons at the "
    "conclusion of the session in 2011. (Prince Albert Herald)"
)


def test_a_picture_s_title_and_its_credited_caption_are_captions() -> None:
    cleaned = clean(f"{BEFORE}\n\n{TITLE}\n{CAPTION}\n\n{AFTER}\n")
    assert kinds(cleaned.dropped) == {"caption": [TITLE, CAPTION]}
    assert cleaned.text == f"{BEFORE}\n\n{AFTER}"


def test_cbc_s_alt_text_over_its_caption() -> None:
    # FNC-1 test 535 (CBC): the image's alt text over the caption credited "(CBC)".
    alt = "Denise Sooley-Critch mittens hermaphrodite cat strays"
    caption = (
        "Denise Sooley-Critch says there is a problem with stray cats in the Heart's Desire "
        "region, but animals like Mittens show the value of the kind of pet a stray can be. (CBC)"
    )
    cleaned = clean(f"{BEFORE}\n\n{alt}\n{caption}\n\n{AFTER}\n")
    assert kinds(cleaned.dropped) == {"caption": [alt, caption]}


def test_without_the_title_or_the_credit_the_lines_stay() -> None:
    # The same caption spaced from the line above, as a paragraph: its credit is cut, the
    # sentence stays (no title tells the picture).
    cleaned = clean(f"{BEFORE}\n\n{CAPTION}\n\n{AFTER}\n")
    assert "carries the Mace" in cleaned.text
    # A title over a paragraph that closes on no credit is no picture's.
    assert not titles_picture(TITLE, CAPTION.removesuffix(" (Prince Albert Herald)"))
    # A stub whose sentence the line under it goes on with.
    assert not titles_picture("The minister said on Monday that", CAPTION)
