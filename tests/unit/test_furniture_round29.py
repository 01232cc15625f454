"""Round 29 (issue 12): furniture the judges of round 27's pool (seeds 1501-1509) found kept.

Real lines from FNC-1 bodies and PolNeAR texts; each test pairs the furniture with prose of
the same shape that must stay a sentence.
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


BRATTON = (
    "Thompson said the policy change was meant to avoid giving criminal records.\n\n"
    '"Our police officers must enforce the laws of the State of New York uniformly throughout'
    " all five boroughs of the City. Accordingly, the Kings County policy change will not"
    ' result in any changes in the policies and procedures of the NYPD."\n'
    "Bill Bratton, New York City police commissioner\n"
    "Bratton said in a statement on July 8 that police officers will continue to enforce the law."
)


def test_a_name_set_close_under_a_quotation_paragraph_is_its_credit() -> None:
    # FNC-1 1802 (and 968's "H.M. Davenport, Navarro County Judge"): the block quote stays.
    cleaned = clean(BRATTON)
    assert kinds(cleaned.dropped)["credit"] == ["Bill Bratton, New York City police commissioner"]
    assert "Our police officers must enforce" in cleaned.text


def test_a_line_under_a_quotation_that_is_not_a_name_stays() -> None:
    # A sentence that lost its stop: its second word is no name's.
    after = "\n\nThe club will parade the trophy through the city on Sunday afternoon."
    text = '"We won the title."\nSmith said the team trained hard all season' + after
    assert "Smith said the team" in clean(text).text
    # A blank line between: the name is no block quote's credit.
    text = '"We won the title."\n\nBill Bratton, New York City police commissioner' + after
    assert "credit" not in kinds(clean(text).dropped)


PARIS = (
    "She called for a redoubling of efforts to transition to a clean energy economy.\n\n\n\n"
    "Historic Climate Change Agreement Adopted In Paris\n"
    "The Paris Climate Agreement Is One Huge Step For Mankind\n"
    "Speaking with One Voice to Solve the Climate Crisis\n"
    "Work Starts Tomorrow, But For Today, Congratulations."
)


def test_a_related_headline_with_a_stop_closing_a_run_of_them_is_one() -> None:
    # PolNeAR huff-post 2015-12-12: the box's last headline ends with a stop.
    assert kinds(clean(PARIS).dropped)["headline"][-1] == (
        "Work Starts Tomorrow, But For Today, Congratulations."
    )


def test_a_last_sentence_after_a_run_of_headlines_stays() -> None:
    # In sentence case, or after a blank line, the last line is the story's.
    for last in (
        "Work starts tomorrow, but for today, congratulations.",
        "\nWork Starts Tomorrow, But For Today, Congratulations.",
    ):
        text = PARIS.rsplit("\n", 1)[0] + "\n" + last
        assert "Congratulations" not in " ".join(kinds(clean(text).dropped)["headline"])
