"""Round 31 (issue 12): a site's promotion of its own product closing the story, in the form of
a call: what the reader gets, then the offer to sign up for it (FNC-1 test 875's Benzinga Pro,
test 953's text alerts; the kind round 30's judges counted in PolNeAR politico 2016-08-30)."""

from __future__ import annotations

import pytest

from annotate.corpus._reader_calls import split_calls


@pytest.mark.parametrize(
    "call",
    [
        "To get this story before it's news, sign up for Benzinga Pro, Wall Street's most"
        " timely real-time newswire.",
        "For up-to-the-minute information on Nantucket's breaking news, boat and plane"
        " cancellations, weather alerts, sports and entertainment news, deals and promotions at"
        " island businesses and more, Sign up for Inquirer and Mirror text alerts.",
    ],
)
def test_a_purpose_then_the_offer_to_sign_up_is_a_call(call: str) -> None:
    before = "BlackBerry closed Friday at $9.49, a gain of 2 percent."
    assert split_calls(f"{before} {call}") == (before, [call])


@pytest.mark.parametrize(
    "line",
    [
        # Who signs up, or a purpose the story tells: no offer to the reader.
        "To vote, residents must sign up by Friday.",
        "For years, he refused to subscribe to the theory.",
        "To keep his seat, he signed up 4,000 new voters.",
        # The offer in a speaker's words is the speaker's.
        '"To get the news first, sign up for our alerts," the company said in its filing.',
    ],
)
def test_the_story_s_sentences_stay(line: str) -> None:
    assert split_calls(line) == (line, [])
