"""Headings, links and widgets, round 13 (issue 12, `fix/seg57`).

Real lines from PolNeAR texts and FNC-1 train bodies (named beside each). Each rule has a test
on the lines it was made for and one on nearby lines that must stay as they were.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._furniture import non_prose
from annotate.corpus._sections import numbered_heading
from annotate.corpus._subheadings import is_subheading


def _dropped(lines: list[str], kind: str) -> list[str]:
    return [d.text for d in clean("\n".join(lines)).dropped if d.kind == kind]


# PolNeAR wash-post 2015-11-24 (Pfizer deal's tax strategy): a WaPo subheading whose section
# takes up its noun as the verb it is made from; its sibling below follows as a series.
_PFIZER = [
    "The final combined company is expected to generate an operating cash flow of more than "
    "$25 billion by 2018.",
    "",
    "Disagreement on response.",
    "",
    "Although there's broad agreement that action should be taken to curb inversions, "
    "politicians disagree on how it should happen. Republicans have argued that curtailing tax "
    "inversions should be part of comprehensive tax reform.",
    "",
    '"What is going on here is a dereliction of duty by Congress, and Treasury is doing the '
    'best it can in an impossible situation."',
    "",
    "Savings - and risks.",
    "",
    "Allergan is best known for making the wrinkle-smoothing treatment Botox, while Pfizer is "
    "well known for making a wide variety of iconic drugs.",
]


def test_a_subheading_named_by_the_noun_of_its_sections_verb_is_dropped() -> None:
    assert _dropped(_PFIZER, "heading") == ["Disagreement on response.", "Savings - and risks."]


# PolNeAR usa-today 2016-09-23 (ready for Trump vs. Clinton): "Flawless execution." over "...
# and flawlessly executed it."
def test_a_derived_word_links_a_subheading_to_its_section() -> None:
    assert is_subheading(
        "Flawless execution.",
        "But Trump didn't achieve positive results by accident and good fortune. He entered each "
        "debate with a game plan and flawlessly executed it.",
    )


# FNC-1 body 1416: a hostage's wife's plea, a short sentence over "... militants with ISIS
# released a new propaganda video": an inflection's stem is no derivation.
def test_a_short_plea_over_a_paragraph_with_its_verb_stays() -> None:
    assert not is_subheading(
        "Please release Alan.",
        "Earlier on Tuesday, militants with ISIS released a new propaganda video in which another "
        "British hostage, John Cantlie, compares the fight against the militants to the American "
        "quagmire in Vietnam.",
    )


def test_a_short_sentence_sharing_no_root_with_its_paragraph_stays() -> None:
    assert not is_subheading(
        "Pause.", "Then Sanders went on with the speech he gives at every stop."
    )


# FNC-1 body 1743 (the Mirror's cannibal listicle): numbered headings with no end mark, one
# ("3. The Mum ...") taken as a caption by another rule, the count going on past it.
_MIRROR = [
    "Sick cannibals have been known to devour all kinds of body parts over the years.",
    "",
    "1. The Irishman who was forced to eat his own ear",
    "",
    "Traumatised: Brendan Higginbotham was forced to eat his own ear after being attacked by a "
    "gang in Ireland",
    "",
    "A man in Ireland was forced to eat his own ear by a gang who attacked him in 2011.",
    "",
    "2. The pair who killed and ate their victim before selling him to a kebab van",
    "",
    "Two men in Russia killed a man and ate parts of his body, police said.",
    "",
    "4. The finger in the burger",
    "",
    "A diner found a finger in the burger she had bought at a fast food restaurant.",
]


def test_a_listicles_unstopped_numbered_headings_are_dropped() -> None:
    assert _dropped(_MIRROR, "heading") == [
        "1. The Irishman who was forced to eat his own ear",
        "2. The pair who killed and ate their victim before selling him to a kebab van",
        "4. The finger in the burger",
    ]


def test_an_unstopped_numbered_line_needs_a_noun_phrase_and_its_count() -> None:
    body = "A diner found a finger in the burger she had bought at a fast food restaurant."
    assert numbered_heading("1. The Irishman who was forced to eat his own ear", body, 0) == 1
    # Not a noun phrase: an item of a list that says something.
    assert numbered_heading("1. Police found him at home", body, 0) == 0
    # Out of count.
    assert numbered_heading("7. The finger in the burger", body, 2) == 0


# FNC-1 body 921: a wire's name in full alone over the story's dateline, as "AFP" would be.
def test_a_wires_full_name_alone_is_a_credit() -> None:
    lines = [
        "Agence France Presse",
        'LONDON: "Jihadi John", the masked ISIS militant apparently responsible for the '
        "beheading of western hostages, was Thursday named as London man Mohammad Emwazi.",
    ]
    assert _dropped(lines, "credit") == ["Agence France Presse"]


def test_a_sentence_naming_a_wire_stays() -> None:
    line = "Agence France Presse reported the arrest on Thursday."
    assert non_prose(line) is None
    assert clean(line).text.strip() == line


# FNC-1 body 1855: a gallery's teaser in sentence case under its label in capitals; its
# siblings lower down ("PHOTOS: More stars who messed up on live TV") are dropped too.
def test_a_verbless_teaser_under_a_label_in_capitals_is_a_link() -> None:
    assert non_prose("PHOTOS: Celebrity flubs!") == "link"
    assert non_prose("PHOTOS: More stars who messed up on live TV") == "link"


def test_a_sentence_under_a_teasers_word_stays() -> None:
    # Not in capitals, and a sentence with its verb.
    assert non_prose("Photos: the crowd.") is None
    assert non_prose("MORE: Police said the two men had fled the scene.") is None
