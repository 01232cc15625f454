"""Round 33 (issue 12): an update or a note in which the post's writer owns a mistake is the
page's; a writer's bio by the blog they write or with a suffix in its aside is a sign-off; a
few words under the page's furniture at its foot are the page's.

Real lines from FNC-1 bodies and PolNeAR (named beside each), as they come in the corpora
(seed 1567, 1572 and 1575's judges).
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._notes import is_note, owns_error
from annotate.corpus._signoff import is_foot_line, is_sign_off, is_writer_line
from tests.shared import dropped_kinds as kinds

# FNC-1 168 and 1170: the writer's correction of the post under its label.
CALCULATIONS = (
    "Update: My calculations were wrong! Also, this was a bit “back of the envelope.” Now that "
    "it has some readership I realize I should go back and fix the calculations in the article "
    "to be more realistic…"
)
SPOOF = (
    "NOTE: We got taken on this one! It’s a spoof and the website we linked to is a spoof "
    "website. We apologize for the mistake but are leaving it up because it’s still funny!"
)


def test_an_update_owning_the_posts_mistake_is_a_note() -> None:
    assert owns_error(CALCULATIONS)
    assert owns_error(SPOOF)
    assert is_note(CALCULATIONS)
    assert is_note(SPOOF)


@pytest.mark.parametrize(
    "line",
    [
        # News under the label: the story's (FNC-1 230, 1722, 1018, test 58).
        "Update: I found the tweet -- it's from Oct 2.",
        "Note: I’ve already seen a video on YouTube claiming to be from the fireball, but it’s "
        "not; it’s a bright meteor that came in over Spain. Don’t be fooled by hoaxes!",
        "Update: It has now been discovered that the woman in the video is not a teacher and the "
        "‘boy’ featured in it is actually a university student in his 20s.",
        "Update: As reader Michal Kvasnica points out, the Apple Watch Edition will literally be "
        "worth its weight in gold. My original headline was intended rhetorically, not literally.",
        # Others' error told by the writer: news.
        "Update: We have learned that the police had been quoting a figure from 2013.",
        "Update: Police said on Monday that the first report was wrong.",
        # The writer's confession without a label: prose of an op-ed.
        "My calculations were wrong! Also, this was a bit “back of the envelope.”",
        "I was wrong about Trump, and I apologize to my readers.",
        # A quotation that opens with "Note" (PolNeAR).
        "“Note to muslim terrorists: Over my dead body,” Palin posted via Facebook and Twitter.",
    ],
)
def test_news_under_a_label_and_unlabelled_confessions_stay(line: str) -> None:
    assert not owns_error(line)


def test_the_note_goes_and_the_story_around_it_stays() -> None:
    before = "So this is a good place to begin the discussion."
    after = "Here are the basic facts:"
    cleaned = clean(f"{before}\n\n{CALCULATIONS}\n\n{after}\n")
    assert cleaned.text == f"{before}\n\n{after}"
    assert kinds(cleaned.dropped)["note"] == [CALCULATIONS]


# FNC-1 1722: the writer's line under the post's first paragraph.
PLAIT = (
    "Phil Plait writes Slate’s Bad Astronomy blog and is an astronomer, public speaker, science "
    "evangelizer, and author of Death From the Skies!"
)


def test_a_writer_by_the_blog_they_write_is_a_writer_line() -> None:
    assert is_writer_line(PLAIT)
    assert is_writer_line("Chris Cillizza writes The Fix blog for The Washington Post.")
    first = (
        "Claims are being made that this was a meteorite impact, a space rock a meter or so "
        "across slamming into the ground at high speed."
    )
    rest = "… but I’m unconvinced. Reports are still a bit sketchy."
    cleaned = clean(f"{first}\n\n{PLAIT}\n\n{rest}\n")
    assert cleaned.text == f"{first}\n\n{rest}"
    assert kinds(cleaned.dropped)["sign-off"] == [PLAIT]


@pytest.mark.parametrize(
    "line",
    [
        "Phil Plait writes that the crater was not made by a meteorite.",
        "The Post’s Chris Cillizza writes: “Should Rubio win Florida, it’s a near-certainty.”",
        "Apple Insider writes “The rumor would suggest that Apple’s buyout was about headphones.",
        "Jane Doe writes a blog about her garden and is a retired teacher who lost her home.",
    ],
)
def test_what_someone_writes_stays(line: str) -> None:
    assert not is_writer_line(line)


# PolNeAR dev huff-post 2016-09-10: the op-ed's last line, its aside with "Biden, Jr.,".
HALTZEL = (
    "Michael Haltzel, former foreign policy advisor to Vice President (then-Senator) Joseph R. "
    "Biden, Jr., is Senior Fellow at the Center for Transatlantic Relations at Johns Hopkins "
    "University’s School of Advanced International Studies."
)


def test_a_bio_whose_aside_holds_a_suffix_is_the_sign_off() -> None:
    assert is_sign_off(HALTZEL)
    # A person the article named before is its own (the naming check still holds).
    assert not is_sign_off(HALTZEL, named={"Michael", "Haltzel"})
    # A story's last sentence with a suffix in its aside and no position stays.
    assert not is_sign_off(
        "Martin Luther King, the son of Martin Luther King, Sr., is buried in Atlanta."
    )


# FNC-1 1813: the Independent's promotion under its gallery teaser, the page's last line.
STORY = (
    "Unluckily for many for the animals involved, Putin’s publicity stunts can end badly, as "
    "with the Siberian tiger that died after being over-sedated."
)
PROMOTION = "Manchester United legend's exclusive new column for The Independent"


def test_a_few_words_under_the_pages_foot_furniture_are_the_pages() -> None:
    assert is_foot_line(PROMOTION)
    cleaned = clean(f"{STORY}\n\nIn pictures: Putin's macho adventures\n\n{PROMOTION}\n")
    assert cleaned.text == STORY
    assert kinds(cleaned.dropped)["sign-off"] == [PROMOTION]


def test_a_last_line_without_furniture_over_it_stays() -> None:
    # Straight under the story, the line may be its last sentence that lost its stop (FNC-1
    # 1338: "However, at that point it will be even more gigantic").
    last = "However, at that point it will be even more gigantic"
    cleaned = clean(f"{STORY}\n\n{last}\n")
    assert cleaned.text == f"{STORY}\n\n{last}"


def test_a_lead_in_and_a_line_under_a_heading_stay() -> None:
    # FNC-1 test 1723: a lead-in to an embed the scrape lost is the story's.
    assert not is_foot_line("And here's how it looks on the wrist:")
    # FNC-1 803: a fact box's sentence under its heading, its stop lost.
    fact = "Modern goldfish are a domesticated version of a wild carp"
    cleaned = clean(f"{STORY}\n\nFishy facts\n\n{fact}\n")
    assert cleaned.text.endswith(fact)
