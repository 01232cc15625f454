"""Heads before a spaced hyphen and the run-in leads under them, an explainer's question
headings, a figure head among figures alone, a live page's heads under its update stamp and an
update's label run into its sentence (issue 12, round 10, ``fix/seg48``). Every line is quoted
from the article named."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._field_labels import split_field_label
from annotate.corpus._sections import is_question_head
from tests.shared import dropped_kinds as kinds

# PolNeAR train huff-post 2016-05-02 (HuffPollster): items under heads in capitals before a
# spaced hyphen, and run-in leads in sentence case set off the same way.
_POLLSTER = [
    "INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - David Wasserman: “Indiana, "
    "which bills itself as the Crossroads of America, has long looked like a huge fork in the "
    "road to the GOP nomination.” [538]",
    "The demographic/economic interplay has been important for Republican contests - Philip "
    "Bump: “Two weeks ago, [Trump’s] strongest territory had been the South. Now, it’s the "
    "Northeast.”",
    "",
    "VOTERS CARE MORE ABOUT CANDIDATES’ ABILITY TO INSPIRE THAN THEIR COMPETITIVENESS - Frank "
    "Newport and Jim Harter: “We found that, across candidates, the leadership strengths most "
    "highly correlated with likelihood to vote for a given candidate were inspiring.” [Gallup]",
    "HOW ACCURATE ARE ONLINE PANELS? - A new Pew Research report compares a variety of web "
    "samples against government data sources like the Census to determine how well the samples "
    "represent the population.",
    "What the report does mean - Not all web panels are created equal. From the report: “In "
    "general, samples with more elaborate sampling and weighting procedures and longer field "
    "periods produced more accurate results.”",
    "MONDAY’S ‘OUTLIERS’ - Links to the best of news at the intersection of polling, politics "
    "and political data:",
    "-Craig Fehrman explains why Indiana is “weird.” [538]",
]


def test_a_digest_s_heads_before_a_spaced_hyphen_and_its_run_in_leads_are_cut() -> None:
    cleaned = clean("\n".join(_POLLSTER))
    assert kinds(cleaned.dropped)["heading"] == [
        "INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP -",
        "The demographic/economic interplay has been important for Republican contests -",
        "VOTERS CARE MORE ABOUT CANDIDATES’ ABILITY TO INSPIRE THAN THEIR COMPETITIVENESS -",
        "HOW ACCURATE ARE ONLINE PANELS? -",
        "What the report does mean -",
        "MONDAY’S ‘OUTLIERS’ -",
    ]
    assert "\nA new Pew Research report compares" in cleaned.text
    assert "\nNot all web panels are created equal." in cleaned.text


def test_a_lead_before_a_hyphen_is_left_on_a_page_without_heads_in_capitals() -> None:
    # The same sentence-case lead, with no heads in capitals on its page: a dash in prose.
    text = "\n\n".join([_POLLSTER[4], _POLLSTER[1]])
    assert "heading" not in kinds(clean(text).dropped)


# FNC-1 body 1791 ("What they earn"): an explainer's sections under the questions they answer.
_EXPLAINER = [
    "Shane Smith is the CEO of Vice Media, the youth media company and digital content "
    "creation studio.",
    "",
    "What’s he buying?",
    "",
    "During a recent trip to Las Vegas, Smith paid $300,000 for dinner at the Bellagio casino’s "
    "Prime Steakhouse.",
    "",
    "$300,000? On a steak?",
    "",
    "It wasn’t just one steak. He paid the bill for the entire dinner party.",
    "",
    "How much do these steaks cost?",
    "",
    "The Prime Steakhouse’s most expensive steak – the 28oz bone-in rib eye – comes in at $85.",
]


def test_an_explainer_s_questions_over_their_answers_are_headings() -> None:
    cleaned = clean("\n".join(_EXPLAINER))
    assert kinds(cleaned.dropped)["heading"] == [
        "What’s he buying?",
        "$300,000? On a steak?",
        "How much do these steaks cost?",
    ]
    assert "It wasn’t just one steak." in cleaned.text


def test_one_question_alone_in_a_story_stays() -> None:
    # A story's own question, once on its page, is its sentence (FNC-1 body 689's related
    # link asks twice, but its answer is no paragraph under it).
    text = "\n\n".join(_EXPLAINER[:5])
    assert "heading" not in kinds(clean(text).dropped)


def test_a_question_to_the_reader_or_in_quotes_is_no_heading() -> None:
    assert is_question_head("Who is Kim Yo Jong?")
    assert not is_question_head("What would you do?")
    assert not is_question_head("“Why now?” he asked.")


# FNC-1 body 1077: a numbers-of-the-week page, each figure alone over what it counts.
_FIGURES = [
    "$1.61",
    "That's how much WalMart reported pulled in per share in the fourth quarter – higher than "
    "the predicted $1.53.",
    "",
    "35 miles",
    "That's the length of two proposed long water diversion tunnels that would pull water from "
    "the California Delta further south.",
]


def test_a_figure_with_its_unit_among_figures_alone_is_a_head() -> None:
    cleaned = clean("\n".join(_FIGURES))
    assert kinds(cleaned.dropped)["scores"] == ["$1.61", "35 miles"]
    assert "That's the length of two proposed" in cleaned.text


# FNC-1 body 1442: a live page's update stamp and heads over the story.
_LIVE = [
    "Updates at 5:10 p.m.",
    "",
    "Soldier killed in War Memorial confirmed as Cpl. Nathan Cirillo",
    "",
    "Police call situation ‘fluid'; won’t say if other suspects involved",
    "",
    "Downtown security zone reduced in size: Ottawa police, 5:09 p.m.:",
    "Three victims treated at Ottawa Hospital Civic campus",
    "",
    "A terrorist struck at the heart of the nation Wednesday, gunning down a sentry at the "
    "National War Memorial and wreaking havoc on Parliament Hill.",
]


def test_a_live_page_s_heads_under_its_update_stamp_are_dropped() -> None:
    cleaned = clean("\n".join(_LIVE))
    assert kinds(cleaned.dropped)["date"] == ["Updates at 5:10 p.m."]
    assert kinds(cleaned.dropped)["headline"] == [*_LIVE[2:7:2], _LIVE[7]]
    assert cleaned.text.startswith("A terrorist struck at the heart of the nation")


def test_an_update_s_label_is_cut_off_its_sentence() -> None:
    # FNC-1 body 2469, FNC-1 body 1699.
    assert (
        split_field_label(
            "Update A regional security expert reports Predator drones were seen operating in the "
            "civilian airport near Erbil."
        )[0]
        == "Update"
    )
    assert split_field_label("Update: And here is a statement from ESPN:") == (
        "Update:",
        "And here is a statement from ESPN:",
    )
    cleaned = clean("Update: Trump said he would win.")
    assert cleaned.text == "Trump said he would win."
    assert kinds(cleaned.dropped) == {"label": ["Update:"]}
    # The update's date goes with its label (PolNeAR train huff-post 2016-05-12, FNC-1 body 83).
    assert (
        split_field_label(
            "UPDATE: 5/12 — The website that originally listed the weapon for auction, "
            "GunBroker.com, has removed the listing from its site."
        )[0]
        == "UPDATE: 5/12 —"
    )
    assert (
        split_field_label(
            'UPDATE: Nov. 4-- Brian Williams issued a statement during "Nightly News" Monday night.'
        )[0]
        == "UPDATE: Nov. 4--"
    )
    # The update's stamp before the colon goes with its label too (FNC-1 body 1435, MacRumors'
    # update paragraph under the story; round 17, ``fix/seg70``): the hour says when the page
    # changed, as the label does, and the sentence after it is kept whole.
    assert split_field_label("Update 12:23 PM: Sources speaking to 9to5Mac have indicated.") == (
        "Update 12:23 PM:",
        "Sources speaking to 9to5Mac have indicated.",
    )


# GUM_interview_dungeon (Wikinews): an interviewer's questions, alone in their paragraphs, are
# the interview's sentences. Two answers here say neither "I" nor "we", but a question to
# "you" between them tells the interview.
_INTERVIEW = [
    "What are the startup costs involved?",
    "",
    "It varies; look around Manhattan, look around rents, look around build-outs, look around "
    "hiring, look around advertising ...",
    "",
    "What's your greatest non-fixed cost?",
    "",
    "The single most costly thing we spend on is rent and advertising, those two together make "
    "up the bulk of what we spend.",
    "",
    "In the back of the paper?",
    "",
    "Typically in the back of the paper. Magazines constantly change their policy on it; they "
    "want it, they don't want it ...",
]


def test_an_interview_s_questions_stay_sentences() -> None:
    assert "heading" not in kinds(clean("\n".join(_INTERVIEW)).dropped)
