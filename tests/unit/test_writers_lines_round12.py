"""Writers' lines, credits and notices of issue 12's round 12 (``fix/seg54``).

Real lines from PolNeAR texts and FNC-1 train bodies (named beside each), shortened where
marked "..."; each with a nearby sentence of the story that stays.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from annotate.corpus._signoff import is_sign_off, is_writer_line
from tests.shared import dropped_kinds as kinds


def _sentences(raw: str) -> str:
    return clean(raw).text


# --- a round-up's sections signed by their writers' names --------------------------------------

# PolNeAR nyt 2016-11-07 "Markets Watch Closely as U.S. Elections Near": each section ends with
# its writer's name after its last sentence, the line before the next section's label.
MARKETS = (
    "Here's a look at what's coming this week:\n\n"
    "STOCK MARKETS.\n\n"
    "Nervous markets await election results.\n\n"
    "A victory by Mrs. Clinton would lift markets in the short term, but there is little "
    "certainty that the rally would last, especially if her victory was a narrow one that "
    "increased polarization in Washington. Landon Thomas Jr.\n\n"
    "BANKING.\n\n"
    "Earnings reports for HSBC and UniCredit.\n\n"
    "In 2014, Goldman named 78 new partners, slightly more than it did in 2012. But it was a "
    "far cry from the 111 names Goldman chose in 2010. Leslie Picker.\n\n"
    "ENTERTAINMENT INDUSTRY.\n\n"
    "Disney to address low ratings at ESPN.\n\n"
    "ESPN is also battling a new fire. How will Disney explain it? Brooks Barnes.\n\n"
    "This is a more complete version of the story than the one that appeared in print."
)


def test_a_round_ups_writers_names_after_each_section_are_credits() -> None:
    cleaned = clean(MARKETS)
    dropped = kinds(cleaned.dropped)
    assert dropped["credit"] == ["Landon Thomas Jr.", "Leslie Picker.", "Brooks Barnes."]
    assert dropped["boilerplate"] == [
        "This is a more complete version of the story than the one that appeared in print."
    ]
    assert "polarization in Washington." in cleaned.text
    assert "Goldman chose in 2010." in cleaned.text
    assert "How will Disney explain it?" in cleaned.text


def test_a_name_after_a_title_abbreviation_or_inside_a_section_stays() -> None:
    # FNC-1 body 1509: "Rear Adm." before the name, the article's last line.
    last = (
        "American planes and drones are flying around 60 surveillance flights every day over "
        "Islamic State territory, according to Pentagon spokesman Rear Adm. John Kirby."
    )
    assert _sentences(f"A real sentence here.\n\n{last}").endswith(last)
    # A name after a sentence, the next paragraph the story's: no section closes there.
    line = "But it was a far cry from 2010. Leslie Picker."
    assert line in _sentences(f"{line}\n\nThe firm said so on Tuesday.")


def test_a_writers_name_alone_under_a_sections_heading_is_a_sign_off() -> None:
    # PolNeAR huff-post 2016-07-18: the contributor's name under the section's heading.
    raw = (
        "“The nation’s demographic changes add to the urgency,” the report stated.\n\n"
        "Minority Outreach Undone By Trump.\n\n"
        "S.V. Dáte.\n\n"
        "North Carolina RNC member Ada Fisher believes Donald Trump will do well."
    )
    assert kinds(clean(raw).dropped)["sign-off"] == ["S.V. Dáte."]


def test_a_name_the_story_speaks_of_stays() -> None:
    # PolNeAR breitbart 2016-02-10: "Enter President Trump." is the story's, Trump named above.
    raw = (
        "Donald Trump has a plan for women voters.\n\n"
        "Enter President Trump.\n\n"
        "He offers both sexes what they want most."
    )
    assert "Enter President Trump." in _sentences(raw)


# --- agency and newspaper writers' lines -----------------------------------------------------


def test_an_ap_writers_line_is_a_credit() -> None:
    # FNC-1 body 1795.
    line = (
        "Associated Press writer E. Eduardo Castillo reported this story in Mexico City and "
        "Christopher Sherman reported in Chilpancingo."
    )
    assert split_credits(line) == ("", [line])
    # A sentence about what a paper reported stays.
    assert split_credits("The Times reported in March that the deal was off.")[1] == []


def test_a_follow_call_glued_to_the_reporters_lines_is_dropped() -> None:
    # PolNeAR nyt 2016-10-17 (RT): three lines the scrape glued into one.
    line = (
        "Follow Neil MacFarquhar @NeilMacFarquhar and Kimiko de Freytas-Tamura @kimidefreytas "
        "on Twitter.Neil MacFarquhar reported from Moscow, and Kimiko de Freytas-Tamura from "
        "London. Lincoln Pigman contributed reporting from Moscow."
    )
    prose = "Millions of those hits were for raw disaster footage that had nothing to do with RT."
    cleaned = clean(f"{prose}\n\n{line}")
    assert cleaned.text == prose
    assert kinds(cleaned.dropped) == {"credit": [line]}


def test_an_op_ed_lawmakers_line_about_themselves_is_a_sign_off() -> None:
    # PolNeAR usa-today 2016-06-08, the op-ed's last line.
    last = "Rep. Raul Grijalva, D-Ariz., was an early backer of Bernie Sanders."
    assert is_sign_off(last)
    # The same shape about someone the story named is the story's.
    assert not is_sign_off(last, {"Raul", "Grijalva"})


# --- credits and notices ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # FNC-1 body 1905 (The Straits Times, from the NYT).
        (
            "Mr Dave Warner said in an email that it “certainly does not mean that slaughtering "
            "and eating animals is a sin”. THE NEW YORK TIMES",
            "THE NEW YORK TIMES",
        ),
        # FNC-1 body 313 (Reuters), before its "(Writing by ...)".
        (
            "A Somali government spokesman said the page was not official. STORY_NUMBER: "
            "L5N0R62Q3 STORY_DATE: 05/09/2014 STORY_TIME: 1324 GMT",
            "STORY_NUMBER: L5N0R62Q3 STORY_DATE: 05/09/2014 STORY_TIME: 1324 GMT",
        ),
    ],
)
def test_a_papers_name_or_a_wires_fields_after_the_last_sentence_are_credits(
    line: str, credit: str
) -> None:
    body, credits = split_credits(line)
    assert credits == [credit]
    assert body.endswith((".", "”."))


def test_a_paper_named_in_a_sentence_stays() -> None:
    line = "The story ran in THE NEW YORK TIMES."
    assert split_credits(line) == (line, [])


def test_writer_lines_precheck_takes_every_verb_its_pattern_takes() -> None:
    # The quick test read "edits" and "hosts" only; "produces" and "writes" before a title
    # never reached the pattern.
    assert is_writer_line("Jason Linkins produces “So, That Happened” for The Huffington Post.")
    assert is_writer_line("Jason Linkins writes “Eat The Press” for The Huffington Post.")
    assert not is_writer_line("Jason Linkins produces a show about the Huffington Post.")
