"""Lines of the body without a sentence end, and embedded tweets (issue 12): not tasks.

Real lines, from FNC-1 train bodies and PolNeAR texts (named beside each), shortened where
marked "..."; and the shared corpora themselves where present.
"""

from __future__ import annotations

import csv

import pytest

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds
from tests.shared import shared_data

# FNC-1 body 1121: two related-story links set between the paragraphs, in sentence case.
OTTAWA = (
    "Kevin Michael Vickers, Canada’s Sergeant-at-Arms, is being hailed as a hero after "
    "shooting a Parliament Hill gunman in Ottawa.\n"
    "CTV’s Craig Oliver reported Zehaf-Bibeau was carrying a firearm when he walked into "
    "the building.\n"
    "PM Harper to address nation tonight; Parliament lockdown reinstated\n"
    "Eyewitnesses describe fear, confusion as gunshots fired in Ottawa\n"
    "Oliver said Vickers unloaded “a lot of shots,” killing Zehaf-Bibeau.\n"
)


def test_a_run_of_lines_without_a_sentence_end_in_the_body_is_not_a_task() -> None:
    cleaned = clean(OTTAWA)
    assert kinds(cleaned.dropped) == {
        "headline": [
            "PM Harper to address nation tonight; Parliament lockdown reinstated",
            "Eyewitnesses describe fear, confusion as gunshots fired in Ottawa",
        ]
    }
    assert "Oliver said Vickers" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # PolNeAR huff-post 2015-11-15: one related story, alone, in headline case.
        "Bernie Sanders Pins The Rise Of ISIS On ‘Disastrous’ Invasion Of Iraq",
        # FNC-1 body 600: a related story with its source.
        "Why Nigeria Was Able to Beat Ebola, but Not Boko Haram The Atlantic",
    ],
)
def test_a_headline_cased_line_without_a_sentence_end_in_the_body_is_not_a_task(
    line: str,
) -> None:
    raw = f"A real sentence here.\n\n{line}\n\nAnother one."
    assert kinds(clean(raw).dropped) == {"headline": [line]}


@pytest.mark.parametrize(
    "raw",
    [
        # FNC-1 body 782: a tabloid's summary bullets open the article, before any sentence
        # end: they are its sentences, without full stops.
        "American photojournalist James Wright Foley has been beheaded by ISIS forces\n\n"
        "Foley has been missing since Thanksgiving 2012 while working in Syria\n\n"
        "Horrific video of American freelance photo-journalist James Foley emerged today.",
        # FNC-1 body 1667: a sentence that lost its full stop, alone, in sentence case.
        "Officials spoke on Monday.\n\n"
        "He added that educational institutes and parents should play a stronger role in "
        "providing effective sex education\n\nThe ministry did not comment.",
        # FNC-1 body 1554: a live blog's entries, one after another, without their marks.
        "Police sealed the area.\n\n"
        "9.58am: Passersby witness CPR being urgently performed on the soldier\n\n"
        "10.00am: Heavily armed rapid response teams arrive at the Parliament Hill building"
        "\n\n10.12am: Parliament Hill is put into official lockdown\n\nThe day went on.",
    ],
)
def test_sentences_without_their_marks_stay(raw: str) -> None:
    assert clean(raw).dropped == []


def test_a_headline_repeated_lower_down_is_a_duplicate() -> None:
    # FNC-1 body 1728: a list of related stories, repeated.
    links = "CNN begins researching use of drones\nObama takes an economic victory lap\n"
    cleaned = clean(f"A real sentence here.\n\n{links}\nAnother one.\n\n{links}\nThe end.")
    assert [d.kind for d in cleaned.dropped] == ["headline"] * 2 + ["duplicate"] * 2


def test_an_embedded_tweet_is_not_a_task() -> None:
    # FNC-1 body 269: each tweet is its text, then its sign-off on a line of its own (the
    # third with its dash mis-decoded, as the body has it).
    raw = (
        "Islamic State militants have released a video, multiple unconfirmed reports said.\n\n"
        "IS Beheads Briton David Haines, Threatens to Execute Another Briton, Alan Henning "
        "http://t.co/GOgalAc1mA\n\n"
        "— SITE Intel Group (@siteintelgroup) September 13, 2014\n\n"
        "Stills from the purported Haines execution video were released Saturday.\n\n"
        "This time around, the message from the Islamic State is very much aimed at "
        "@David_Cameron, with a 2nd British hostage threatened.\n\n"
        "â€” Brown Moses (@Brown_Moses) September 13, 2014\n\n"
        "The UK Foreign Office is working urgently to verify the video."
    )
    cleaned = clean(raw)
    assert [d.kind for d in cleaned.dropped] == ["tweet", "credit", "tweet", "credit"]
    assert cleaned.text == (
        "Islamic State militants have released a video, multiple unconfirmed reports said.\n\n"
        "Stills from the purported Haines execution video were released Saturday.\n\n"
        "The UK Foreign Office is working urgently to verify the video."
    )


def test_fnc1_related_stories_and_tweets_are_not_tasks() -> None:
    path = shared_data() / "fnc1" / "train_bodies.csv"
    if not path.exists():
        pytest.skip("FNC-1 not present")
    csv.field_size_limit(2**31 - 1)
    with path.open(encoding="utf-8", newline="") as fh:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
    assert {
        "PM Harper to address nation tonight; Parliament lockdown reinstated",
        "Eyewitnesses describe fear, confusion as gunshots fired in Ottawa",
    } <= set(kinds(clean(bodies["1121"]).dropped)["headline"])
    assert (
        "Islamic State releases video showing beheading of British aid worker David Haines"
        in kinds(clean(bodies["269"]).dropped)["tweet"]
    )


# FNC-1 body 1787 (seed 1242): a subheading of four words in sentence case over its section.
KING = (
    "The Jordan times also reported that mosques and churches around the Kingdom held prayers"
    " on Wednesday in memory of al-Kasasbeh.\n\n"
    "King not flying missions\n"
    "Meanwhile, a Jordanian government official on Thursday told Al Arabiya News that King"
    " Abdullah was not flying missions against ISIS himself.\n"
)


def test_a_short_subheading_without_a_clause_over_its_section_is_not_a_task() -> None:
    cleaned = clean(KING)
    assert kinds(cleaned.dropped) == {"headline": ["King not flying missions"]}
    assert "Meanwhile, a Jordanian government official" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 body 2345 and 77: sentences of a few words that lost their full stop keep their
        # auxiliary or subject, which a headline drops.
        "The unarmed teen was killed on August 9",
        "He also forged the groups alliance with al-Qaeda",
        # A stub a lead-in leaves open (FNC-1 body 1187's shape).
        "The statement from his family reads",
    ],
)
def test_a_few_words_that_keep_a_clause_stay(line: str) -> None:
    raw = f"A real sentence here.\n\n{line}\n\nFerguson police and friends of the officer say so."
    assert "headline" not in kinds(clean(raw).dropped)


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 body 22 (seed 1235) and PolNeAR breitbart 2016-08-25: headings in capitals that
        # open with their figure.
        "$15/MONTH WOULD MAKE HBO'S SERVICE NEARLY TWICE THE COST OF NETFLIX",
        "5. ELEVEN POLICE KILLED, DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK.",
    ],
)
def test_a_heading_in_capitals_may_open_with_a_figure(line: str) -> None:
    raw = f"A real sentence here.\n\n{line}\n\nApple is reportedly one of the partners."
    assert kinds(clean(raw).dropped) == {"headline": [line]}


def test_a_sentence_opening_with_a_figure_stays() -> None:
    raw = "A real sentence here.\n\n2014 was a bad year for the company.\n\nIt said so."
    assert clean(raw).dropped == []
