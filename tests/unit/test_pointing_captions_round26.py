"""Round 26: a gallery's caption that points at its pictures twice, on the real line.

The New York Daily News' caption of Darren Wilson's pictures (FNC-1 1009, round 26's fresh
judges): "(pictured)" after his name and "these photos" in its second sentence, a paragraph
of its own between the story's, kept as two sentences.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._pointing_captions import points_twice
from tests.shared import dropped_kinds as kinds

_CAPTION = (
    "Six months before he shot and killed unarmed teenager Michael Brown, police Officer"
    " Darren Wilson (pictured) earned a commendation for his “extraordinary effort in the line"
    " of duty.” Wilson’s father posted these photos to his Facebook page."
)
_STORY = (
    "CNN said it could not corroborate the tape’s authenticity, and has reached out to the FBI"
    " for confirmation.\n"
    "\n"
    "{line}\n"
    "\n"
    "If the audio is verified by investigators, the pause could bolster the witness accounts.\n"
)


def test_a_caption_pointing_at_its_pictures_twice_is_dropped() -> None:
    cleaned = clean(_STORY.format(line=_CAPTION))
    assert kinds(cleaned.dropped)["caption"] == [_CAPTION]
    assert "these photos" not in cleaned.text


@pytest.mark.parametrize(
    "sentence",
    [
        # Pointing once, in passing: the story's (FNC-1 758; a tabloid's tag).
        "Vorozhbitsyn posted these pictures after the attack.",
        "Police Officer Darren Wilson (pictured) earned a commendation for his effort.",
        # Both, in a paragraph longer than a caption.
        "Police Officer Darren Wilson (pictured) earned a commendation. His father posted these"
        " photos to his Facebook page. The department said the award was routine. It was one"
        " of dozens handed out that year, a spokesman said, and no one had questioned it.",
    ],
)
def test_the_storys_sentences_are_kept(sentence: str) -> None:
    assert not points_twice(sentence)
    assert sentence in clean(_STORY.format(line=sentence)).text
