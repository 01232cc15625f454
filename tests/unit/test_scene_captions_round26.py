"""Round 26: a picture's caption set without its stop as a paragraph among the story's, on the
real lines.

FNC-1 189's "Damaged airplanes on the tarmac at Tripoli international airport" (no verb) and
FNC-1 495's "A fighter aircraft of the US-led coalition flies over Mursitpinar ..." (the
present tense after its subject) were kept as sentences (round 26's fresh judges).
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._scene_captions import is_placed_scene, shows_scene
from tests.shared import dropped_kinds as kinds

_PLACED = "Damaged airplanes on the tarmac at Tripoli international airport"
_SHOWN = (
    "A fighter aircraft of the US-led coalition flies over Mursitpinar in the outskirts of"
    " Suruc, at the Turkey-Syria border"
)
_STORY = (
    "The Observatory said the militants are being trained at the al Jarrah airbase on the"
    " eastern side of Aleppo.\n"
    "\n"
    "{line}\n"
    "\n"
    "Rami Abdulrahman, who runs the SOHR, said officers from the Iraqi army had overseen the"
    " training.\n"
)


@pytest.mark.parametrize("caption", [_PLACED, _SHOWN])
def test_a_caption_without_its_stop_between_paragraphs_is_dropped(caption: str) -> None:
    cleaned = clean(_STORY.format(line=caption))
    assert kinds(cleaned.dropped)["caption"] == [caption]
    assert caption not in cleaned.text


@pytest.mark.parametrize(
    "sentence",
    [
        # The story's sentences that lost their stop: a past tense, a source's verb.
        "Militias seized eleven airplanes on the tarmac at Tripoli international airport",
        "The spokesman says the jets are kept at the airbase near Aleppo",
        "The largest jets in the fleet are kept at the airbase near Aleppo",
        "He added that the militants had been trained by defected officers",
    ],
)
def test_the_storys_sentence_without_its_stop_is_kept(sentence: str) -> None:
    assert sentence in clean(_STORY.format(line=sentence)).text


def test_only_as_a_paragraph_of_its_own() -> None:
    # Glued to the paragraph under it, the line may be the story's: kept.
    glued = _STORY.format(line=_SHOWN).replace(f"{_SHOWN}\n\n", f"{_SHOWN}\n")
    assert _SHOWN in clean(glued).text


def test_the_shapes() -> None:
    assert is_placed_scene(_PLACED) and shows_scene(_SHOWN)
    assert not shows_scene("A wrap of online fakes and hoaxes")
    assert not shows_scene("The largest crabs in British waters are spider crabs")
    assert not is_placed_scene("The airport remains closed to traffic in Tripoli")
