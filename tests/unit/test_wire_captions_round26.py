"""Round 26: a Reuters photo caption left as the body's last line, on the real line.

Reuters' caption closes on the place and the day with nothing between them ("..., in Abuja
October 17, 2014."); FNC-1 227's page left it after the story's last paragraph, without its
credit, and it was kept as a sentence (round 26's fresh judges).
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._wire_captions import is_wire_caption
from tests.shared import dropped_kinds as kinds

_CAPTION = (
    'Campaigners from "#Bring Back Our Girls" march during a rally calling for the release of'
    " the Abuja school girls who were abducted by Boko Haram militants, in Abuja October 17,"
    " 2014."
)
_STORY = (
    "The government says the attacks may not have been Boko Haram but one of several criminal"
    " groups exploiting the chaos of its insurgency. Analysts point out that Boko Haram is"
    " anyway heavily factionalized, so what matters is whether the faction the government is"
    " talking to has control over the girls' fate.\n"
    "\n"
    "{last}\n"
)


def test_a_reuters_caption_closing_the_body_is_dropped() -> None:
    cleaned = clean(_STORY.format(last=_CAPTION))
    assert kinds(cleaned.dropped)["caption"] == [_CAPTION]
    assert "Campaigners" not in cleaned.text


@pytest.mark.parametrize(
    "sentence",
    [
        # The main clause in the past or the future: the story's.
        "He was born in a small village near the capital in London May 3, 1960.",
        "Police arrested the two men outside a hotel in Abuja October 17, 2014.",
        "The court will hear the case of the two men in Abuja October 17, 2015.",
        # The day after "on" or a comma, as the story gives it.
        "Campaigners march during a rally calling for the release of the girls in Abuja on"
        " October 17, 2014.",
        # Not one sentence.
        "Campaigners march in the capital. They call for the release of the girls in Abuja"
        " October 17, 2014.",
    ],
)
def test_the_storys_sentences_in_that_shape_are_kept(sentence: str) -> None:
    assert not is_wire_caption(sentence)
    assert sentence in clean(_STORY.format(last=sentence)).text


def test_a_passive_in_the_present_is_a_caption() -> None:
    # The Daily Mail's copy of a wire caption (FNC-1 1554), its label cut off.
    assert is_wire_caption(
        "A car thought to be the car of one of the suspects is pictured on Parliament Hilll"
        " following a shooting incident in Ottawa October 22, 2014"
    )
