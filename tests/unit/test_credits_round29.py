"""Round 29 (issue 12): furniture the judges of round 27's pool (seeds 1501-1509) found kept.

Real lines from FNC-1 bodies; each test pairs the furniture with prose of the same shape that
must stay a sentence.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._credits import is_reporters_line
from tests.shared import dropped_kinds as kinds

RICE = (
    "Cuban officials told news media in Havana that no press conference had been called.\n\n"
    "___\n\n"
    "Associated Press writer John Rice contributed from Mexico City."
)


def test_a_writer_who_contributed_from_a_place_is_a_credit() -> None:
    # FNC-1 2251: AP's credit names where its writer worked, not what was contributed.
    assert kinds(clean(RICE).dropped)["credit"] == [
        "Associated Press writer John Rice contributed from Mexico City."
    ]
    # One capitalised word before the verb may be the subject of a sentence of the story.
    assert not is_reporters_line("Donors contributed from Texas and Ohio.")
    assert not is_reporters_line("Smith contributed from his own savings to the campaign.")
