"""Round 29: page furniture kept as tasks (a wire's contribution line, a comment box's comment,
an ad over its sponsor's name, a quotation box's signature without a dash).

Every excerpt is real text from the shared corpora (FNC-1 bodies), cut to the lines around
the one decided.
"""

from __future__ import annotations

from annotate.corpus._ads import is_sponsor_label
from annotate.corpus._clean import clean
from annotate.corpus._credits import is_reporters_line
from annotate.corpus._dash_items import signs_quotation_close
from annotate.corpus._subheadings import asks_as_crosshead
from annotate.corpus._widgets import is_comments_label


def _dropped(text: str) -> dict[str, str]:
    return {d.text: d.kind for d in clean(text).dropped}


# FNC-1 2251 (AP): where the contributing writer worked, no "to this report".
def test_contributed_from_a_place_is_a_credit() -> None:
    assert is_reporters_line("Associated Press writer John Rice contributed from Mexico City.")
    assert not is_reporters_line("He contributed from his own pocket to the campaign.")
    text = (
        "Cuban officials told news media in Havana that no press conference had been called.\n\n"
        "___\n\nAssociated Press writer John Rice contributed from Mexico City.\n"
    )
    assert "contributed from Mexico City" not in clean(text).text


# FNC-1 test 2019 (Los Angeles Times): the comment box between two paragraphs.
SCORPION = (
    "The woman had brushed the scorpion off of her before stepping on it.\n\n"
    "cComments\n"
    "If Republicans would stop dragging their feet on immigration reform, we would not have "
    "incidents like this.\n"
    "EDWARD GROOVY\n"
    "AT 8:08 AM FEBRUARY 17, 2015\n"
    "ADD A COMMENTSEE ALL COMMENTS\n"
    "10\n\n"
    "Among the 139 passengers were players and coaches for the Oregon State University men's "
    "basketball team.\n"
)


def test_the_comment_under_a_comment_box_label_is_dropped() -> None:
    assert is_comments_label("cComments") and not is_comments_label("Comments (73)")
    comment = (
        "If Republicans would stop dragging their feet on immigration reform, we would not "
        "have incidents like this."
    )
    assert _dropped(SCORPION)[comment] == "comment"
    assert "Among the 139 passengers" in clean(SCORPION).text


def test_a_paragraph_set_apart_under_a_comments_label_stays() -> None:
    # The story's paragraph after a blank line is no comment in the box.
    text = (
        "The woman had brushed the scorpion off of her before stepping on it.\n\ncComments\n\n"
        "Employees searched the plane and checked the overhead bins.\n\nThey found nothing.\n"
    )
    assert "Employees searched the plane" in clean(text).text


# FNC-1 567 (the Christian Post): an ad between a newsletter's call and its sponsor's name.
AD = (
    "Feig said that the Iraqi government hasn't yet responded to the news of possible Ebola "
    "cases in the country.\n\n\nFree Sign Up CP Newsletter!\n\n \n \n\n"
    "Want to build your credit? Start with us.\n\n"
    "Apply for a Capital One® MasterCard® in just a few clicks. It’s fast, easy and secure.\n\n"
    "Sponsored by Capital One\n\n\nRELATED\n\n"
    "ISIS Executes Nearly 2,000 People in Syria in Six Months\n\n"
    "An unconfirmed number of jihadists apparently sought treatment at the hospital in Mosul, "
    "which was captured by ISIS earlier this year.\n"
)


def test_the_lines_over_a_sponsors_name_are_its_ad() -> None:
    assert is_sponsor_label("Sponsored by Capital One")
    assert not is_sponsor_label("Sponsored by the city, the fair drew thousands.")
    text = clean(AD).text
    assert "Capital One®" not in text and "build your credit" not in text
    assert "Feig said" in text and "An unconfirmed number" in text


def test_short_lines_after_furniture_without_a_sponsor_stay() -> None:
    text = clean(AD.replace("Sponsored by Capital One", "RELATED STORIES")).text
    assert "Want to build your credit?" in text


# FNC-1 1802 (USA Today): a quotation box's speaker set close under it, no dash.
BRATTON = (
    "The majority of arrests were of black people.\n\n"
    '"Our police officers must enforce the laws of the State of New York uniformly throughout '
    "all five boroughs of the City. Accordingly, the Kings County policy change will not result "
    'in any changes in the policies and procedures of the NYPD."\n'
    "Bill Bratton, New York City police commissioner\n"
    "Bratton said in a statement on July 8 that police officers will continue to enforce the "
    "law.\n"
)


def test_a_quotations_signature_set_close_under_it_is_a_credit() -> None:
    assert signs_quotation_close("Bill Bratton, New York City police commissioner")
    assert signs_quotation_close("H.M. Davenport, Navarro County Judge")
    assert not signs_quotation_close("Bill Bratton, the commissioner, said so.")
    assert not signs_quotation_close("Bratton, who ran the department in the 1990s")
    kinds = _dropped(BRATTON)
    assert kinds["Bill Bratton, New York City police commissioner"] == "credit"
    assert "Bratton said in a statement" in clean(BRATTON).text


def test_a_line_under_a_quotation_after_a_blank_line_is_not_so_signed() -> None:
    text = BRATTON.replace('NYPD."\nBill', 'NYPD."\n\nBill')
    assert _dropped(text).get("Bill Bratton, New York City police commissioner") != "credit"


# PolNeAR huff-post 2015-12-12: HuffPost's related posts at the page's foot, the last with a
# full stop.
CLIMATE = (
    "“The next decade of action is critical,” she wrote.\n\n\n\n"
    "Historic Climate Change Agreement Adopted In Paris\n"
    "The Paris Climate Agreement Is One Huge Step For Mankind\n"
    "Speaking with One Voice to Solve the Climate Crisis\n"
    "Work Starts Tomorrow, But For Today, Congratulations.\n"
)


def test_the_last_headline_of_a_run_may_end_with_a_stop() -> None:
    text = clean(CLIMATE).text
    assert "Congratulations" not in text and "she wrote" in text


def test_a_sentence_set_apart_after_a_run_of_headlines_stays() -> None:
    # After a blank line, and in sentence case, it is the story's.
    last = "Work starts tomorrow, but for today the delegates celebrate."
    assert (
        last
        in clean(
            CLIMATE.replace("Work Starts Tomorrow, But For Today, Congratulations.", last)
        ).text
    )


# FNC-1 1073 (BBC): a crosshead that asks, after a quoted one, between the story's paragraphs.
METEORITE = (
    "No-one was hurt when it hit the wooded area near the international airport.\n\n"
    "'Like a bomb'\n\n"
    "Locals said they heard a large blast just before midnight local time.\n\n"
    '"We thought it was a bomb because we felt an expansive wave," Jorge Santamaria told '
    "Associated Press news agency.\n\n"
    "Asteroid link?\n\n"
    "Managua, which has more than a million inhabitants is densely populated.\n"
)


def test_a_question_set_as_a_crosshead_after_another_head_is_dropped() -> None:
    assert asks_as_crosshead("Asteroid link?")
    assert _dropped(METEORITE)["Asteroid link?"] == "heading"


def test_the_storys_questions_stay() -> None:
    # A question word, a verb or a function word first: the story asks its reader.
    for question in ("Why?", "Is it real?", "The result?", "Really?"):
        assert not asks_as_crosshead(question)
        assert question in clean(METEORITE.replace("Asteroid link?", question)).text
    # Without a head set so before it, the page has no crossheads.
    assert "Asteroid link?" in clean(METEORITE.replace("'Like a bomb'\n\n", "")).text
