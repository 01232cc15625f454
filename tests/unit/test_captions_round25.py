"""Round 25: captions the fresh draws on round 24 found kept, on the real lines.

HuffPost's captions of the missing passengers' pictures, names only, over their credits
(PolNeAR train huff-post 2016-05-19, seed 1447's judge, firm): a position in brackets and an
age, a name's particle in lower case, and a network's name alone as the credit.
"""

from __future__ import annotations

from annotate.corpus._captions import is_verbless_caption
from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

_STORY = (
    "“He had so many projects and ambitions,” his friend Mahamat Saleh Oumar told the website.\n"
    "\n"
    "{caption}\n"
    "\n"
    "{credit}\n"
    "\n"
    "Osman is believed to have been on the flight, according to an interview his brother"
    " Alastair Osman gave to ITV.\n"
)


def test_names_with_a_position_and_an_age_over_a_credit_are_a_caption() -> None:
    raw = _STORY.format(
        caption="Richard Osman (left), 40.", credit="Facebook/Mostafa Mohamed Talaat."
    )
    assert kinds(clean(raw).dropped)["caption"] == ["Richard Osman (left), 40."]


def test_names_over_a_networks_name_are_a_caption() -> None:
    caption = "Faycal Bettiche, Nouha Saoudi, Mohamed and Joumana Bettiche."
    raw = _STORY.format(caption=caption, credit="Twitter.")
    assert kinds(clean(raw).dropped) == {"caption": [caption], "credit": ["Twitter."]}


def test_names_with_a_particle_over_a_credit_are_a_caption() -> None:
    raw = _STORY.format(
        caption="Ahmed al Ashry and Reham Mosad.", credit="Facebook/Leaders’ College."
    )
    assert kinds(clean(raw).dropped)["caption"] == ["Ahmed al Ashry and Reham Mosad."]


def test_a_sentence_with_its_verb_is_not_a_verbless_caption() -> None:
    assert not is_verbless_caption("Richard Osman (left) was 40.")
    assert not is_verbless_caption("Smith left the room.")
    assert not is_verbless_caption("Ahmed al Ashry met Reham Mosad.")
