"""Round 30: the help box under a story of suicide or assault, kept as sentences, on the real
lines (left from the 1525-1530 pool on ``7f15b07``; FNC-1 test bodies 1082 and 2105).

Said to the reader, of a service to call or visit, not of the news; a police appeal to anyone
with information, or a story about a hotline, is the story's and stays.
"""

from __future__ import annotations

from annotate.corpus._reader_calls import split_calls

_TRIBUTE = (
    "In a short Facebook tribute Carla Wood Alcorn ignored her child’s female persona, calling"
    " her Joshua."
)
_LIFELINE = (
    "If you or someone you know is in need of crisis or suicide prevention support, please call"
    " Lifeline on 13 11 14 or visit www.lifeline.org.au/gethelp"
)
_URGE = (
    "If you or someone you know is on the verge of committing suicide, please urge them to call"
    " the National Suicide Prevention Lifeline at 1-(800)-273-8255 or visit their website HERE."
)
_BIDEN = (
    "“What I found astounding is that he would so publicly acknowledge it,” Vice President Joe"
    " Biden said."
)
_RAINN = (
    "Visit RAINN’s National Sexual Assault Online Hotline or the National Sexual Violence"
    " Resource Center’s website."
)


def test_a_help_line_for_the_reader_is_a_call() -> None:
    assert split_calls(f"{_TRIBUTE} {_LIFELINE}") == (_TRIBUTE, [_LIFELINE])
    assert split_calls(_URGE) == ("", [_URGE])


def test_the_question_before_a_help_line_goes_with_it() -> None:
    assert split_calls(f"{_BIDEN} Need help? {_RAINN}") == (_BIDEN, ["Need help?", _RAINN])


def test_appeals_and_stories_about_hotlines_stay() -> None:
    for line in (
        "Anyone with information about Kai is urged to contact the charity’s animal helpline"
        " at 03000 999 999.",
        "When veterans ask for help, too many of their calls are not getting through to VA's"
        " suicide hotline (800-273-8255).",
        "The Trevor Project operates a 24-7 confidential hotline for LGBT youth.",
        "If you or your spouse earn more than $200,000, the tax applies, he said.",
    ):
        assert split_calls(line) == (line, [])


def test_a_promise_to_let_the_reader_know_is_a_call() -> None:
    # FNC-1 1420, seed 1536's judge on 6a2ddcf.
    body = "Perhaps the short battery life will be overshadowed by the army of apps."
    call = "We'll let you know all the emerging details leading up to Apple's big event."
    assert split_calls(f"{body} {call}") == (body, [call])
    # A speaker's promise in quotes is news; "let you know" without what is a clause.
    for line in (
        '"We\'ll let you know all the details when we have them," the spokesman said.',
        "We'll let you know we are coming, he told them.",
    ):
        assert split_calls(line) == (line, [])
