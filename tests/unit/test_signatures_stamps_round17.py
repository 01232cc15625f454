"""Letters' signatures, update stamps and a wire's credit run into a note (issue 12, round 17).

Real lines, from FNC-1 bodies and PolNeAR texts (named beside each), shortened where marked
"...".
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_lead_wire
from annotate.corpus._field_labels import split_field_label
from tests.shared import dropped_kinds as kinds

# PolNeAR dev usa-today 2016-09-08: readers' comments, each signed on a line of its own.
COMMENTS = (
    "FACEBOOK.\n\n"
    "Will the investigations of Hillary Clinton's emails ever stop? Her political career has "
    "been constantly investigated to no avail.\n\n"
    "Chris Smith.\n\n"
    "Clinton's statements to the FBI don't really mean much because she was never sworn in to "
    "tell the truth. Not important enough, I guess.\n\n"
    "Toni LeAnn Williams.\n\n"
    "The FBI needs to stay out of this election process now unless it wants to release all its "
    "investigations. Play fair or don't play, boys.\n\n"
    "Vicki Venhuizen.\n\n"
    "I'm not a Clinton fan, but enough with the emails! Who cares?"
)


def test_a_signature_with_a_capital_inside_a_given_name_is_not_a_task() -> None:
    cleaned = clean(COMMENTS)
    assert "Toni LeAnn Williams." in kinds(cleaned.dropped)["credit"]
    # The posts it signs, under the page's "FACEBOOK." label, are readers' comments since
    # round 21 (test_reader_posts.py), dropped with their kind, not lost.
    assert any("Play fair or don't play, boys." in t for t in kinds(cleaned.dropped)["comment"])


# PolNeAR dev usa-today 2016-09-16: a letter signed with a double surname over its town.
def test_a_signature_with_a_double_surname_is_not_a_task() -> None:
    cleaned = clean(
        "She is right! My wife and I arrived in the U.S. as teens. His intolerance has turned "
        "me into a combatant!\n\n"
        "Mauricio Fraga-Rosenfeld.\n\n"
        "Washington, D.C."
    )
    assert kinds(cleaned.dropped)["credit"] == ["Mauricio Fraga-Rosenfeld.", "Washington, D.C."]


# Three capitalised words with a stop on an unsigned page stay the story's ("Enter The
# Washington Post.", PolNeAR politico 2016-01-29).
def test_three_capitalised_words_on_an_unsigned_page_stay() -> None:
    cleaned = clean(
        "The campaign had a plan for the week.\n\n"
        "Enter The Washington Post.\n\n"
        "The paper ran a story on the plan the next morning."
    )
    assert "Enter The Washington Post." in cleaned.text


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # FNC-1 456 (GlobalPost), with the zone after the hour.
        (
            "UPDATED 8:28 p.m. ET: GlobalPost CEO Philip Balboni released a statement Tuesday "
            "about the video that purportedly shows the beheading of journalist James Foley.",
            "UPDATED 8:28 p.m. ET:",
        ),
        # FNC-1 664 and 1435 (MacRumors).
        (
            "Update 2:13 PM: The diagnostic port will not be included on the Apple Watch that "
            "ships to consumers, according to 9to5Mac.",
            "Update 2:13 PM:",
        ),
        # FNC-1 test 1845.
        (
            "UPDATE 6:30pm: Apple has denied TechCrunch's claims that Beats Music is being shut "
            'down, saying the report "is not true."',
            "UPDATE 6:30pm:",
        ),
        # FNC-1 1362 (Macworld), a comma and the day.
        (
            "UPDATE, 7 Jan 2015: Sure enough, no MacBook Air appeared over Christmas.",
            "UPDATE, 7 Jan 2015:",
        ),
        # FNC-1 292, 553 and test 1118's stamp, a space before the colon, over news (their own
        # "This story seems to be false." is the page's note on itself, dropped whole: round 25).
        ("UPDATE 03/12/2014 : Police have arrested a second man.", "UPDATE 03/12/2014 :"),
    ],
)
def test_an_update_stamp_is_cut_off_its_sentence(line: str, label: str) -> None:
    assert split_field_label(line) == (label, line[len(label) :].lstrip())
    cleaned = clean("Apple said nothing on Monday.\n\n" + line)
    assert kinds(cleaned.dropped) == {"label": [label]}
    assert line[len(label) :].lstrip() in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Update at 1:34 p.m. ET. U.S. In Close Touch:",  # a live entry's head: its own rule
        "Updated 20 minutes ago: the page was moved.",
        "Updates to the software arrive on 7 Jan 2015: Apple said so.",
    ],
)
def test_what_is_no_update_stamp_keeps_its_words(line: str) -> None:
    assert split_field_label(line) == ("", line)


# PolNeAR test huff-post 2016-10-25: Reuters' credit, then HuffPost's note with no break.
GLUED_NOTE = (
    "(Additional reporting by Emily Stephenson, Alana Wise and Ginger Gibson in Washington and "
    "Emily Flitter in New York, editing by Paul Thomasch and Ross Colvin)Editor’s note: Donald "
    "Trump regularly incites political violence and is a serial liar ... from entering the U.S."
)


def test_a_wire_credit_run_into_a_note_is_cut_off_and_the_note_dropped() -> None:
    cleaned = clean(
        "He said if he wins he would not consider putting Democrats in his cabinet.\n\n"
        + GLUED_NOTE
    )
    dropped = kinds(cleaned.dropped)
    assert dropped["credit"] == [GLUED_NOTE[: GLUED_NOTE.index(")") + 1]]
    assert dropped["note"] == [GLUED_NOTE[GLUED_NOTE.index(")") + 1 :]]
    assert cleaned.text.strip() == (
        "He said if he wins he would not consider putting Democrats in his cabinet."
    )


@pytest.mark.parametrize(
    "line",
    [
        # A credit alone is its own rule's (split_credits), nothing follows it.
        "(Reporting by Amanda Becker in Washington; Editing by Eric Beech.)",
        # A bracket that opens a sentence on another subject.
        "(Reporting on the case was thin.) The court ruled on Monday.",
    ],
)
def test_what_is_no_lead_wire_credit_stays(line: str) -> None:
    assert split_lead_wire(line) == ("", line)
