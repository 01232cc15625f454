"""Round 26: a picture's numbered alt text and the caption under it, on the real lines.

HuffPost Canada's slideshow of four pictures of Kevin Vickers among the story's paragraphs
(FNC-1 1472, round 26's fresh judges): each picture's alt text (``kevin vickers 3``) right over
The Canadian Press's caption. Three captions were kept as sentences, and one alt text was glued
to the sentence a picture cut before it.
"""

from __future__ import annotations

from annotate.corpus._alt_text import captions_alt, is_numbered_alt
from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

_CUT = "He has served in the role for the past eight years,"
_CAPTIONS = (
    "Then-RCMP Insp. Kevin Vickers fields questions concerning the force's role in operations"
    " on Miramichi Bay at a news conference in Neguac, N.B., on Monday, Sept. 25, 2000.",
    "Then-RCMP spokesman Kevin Vickers ponders a question, Monday Sept. 17, 2001, in Neguac,"
    " N.B. as he comments on confrontations between natives and non-native fishermen.",
    "The new sargeant-at-arms, Kevin Vickers, is introduced to Members of Parliament, in the"
    " House of Commons in Ottawa, Sept. 18, 2006.",
)
_STORY = (
    "He applied that same professionalism to all issues, big and small, said Lau.\n"
    "\n"
    "kevin vickers 2\n"
    f"{_CAPTIONS[0]}\n"
    "\n"
    "kevin vickers 1\n"
    f"{_CAPTIONS[1]}\n"
    "\n"
    "The sergeant-at-arms is responsible for safeguarding the authority of the House of"
    f" Commons, as well as the safety and security of the Parliament buildings. {_CUT}\n"
    "\n"
    "kevin vickers 3\n"
    f"{_CAPTIONS[2]}\n"
    "\n"
    "Although sergeants-at-arms often operate outside of the public spotlight, the events on"
    " Parliament Hill are not the first time they have been instrumental in preventing"
    " bloodshed in Canadian history.\n"
)


def test_the_captions_under_numbered_alt_text_are_dropped() -> None:
    cleaned = clean(_STORY)
    dropped = kinds(cleaned.dropped)
    assert dropped["caption"] == list(_CAPTIONS)
    assert dropped["label"] == ["kevin vickers 2", "kevin vickers 1", "kevin vickers 3"]
    assert "joined" not in dropped
    assert _CUT in cleaned.text
    assert "kevin vickers 3" not in cleaned.text


def test_a_story_sentence_under_an_image_file_name_is_kept() -> None:
    # FNC-1 1848: the file name's line is dropped, the story's sentence under it is not.
    sentence = (
        "According to reports, beginning January 1, 2015, McDonald’s will no longer serve"
        " customers with a weight capacity over 170 lbs for women and 245 lbs for men."
        " Children’s weight restrictions will vary depending on age and height."
    )
    raw = (
        "With more than two-thirds of the adult population overweight, McDonald’s has decided"
        " to become part of the solution.\n\nfat-kid-in-mcdonalds\n" + sentence + "\n"
    )
    cleaned = clean(raw)
    assert sentence in cleaned.text
    assert kinds(cleaned.dropped)["label"] == ["fat-kid-in-mcdonalds"]


def test_a_dated_present_sentence_without_alt_text_over_it_is_kept() -> None:
    raw = f"The ceremony was held in Ottawa.\n\n{_CAPTIONS[2]}\n\nHe was sworn in a week later.\n"
    assert _CAPTIONS[2] in clean(raw).text


def test_the_shapes() -> None:
    assert is_numbered_alt("kevin vickers 3", _CAPTIONS[2])
    # Words and a number that go on with a sentence, or with nothing under them.
    assert not is_numbered_alt("kevin vickers 3", "")
    assert not is_numbered_alt("kevin vickers 3", "and the rest of the sentence.")
    assert not is_numbered_alt("Kevin Vickers 3", _CAPTIONS[2])
    assert all(captions_alt(c) for c in _CAPTIONS)
    # A date without a present tense after a name; a present tense without a date.
    assert not captions_alt("Vickers was sworn in as sergeant-at-arms on Sept. 1, 2006.")
    assert not captions_alt("Kevin Vickers fields questions at a news conference in Neguac.")
    assert not captions_alt("The Parliament says it was closed on Sept. 18, 2006.")
