"""A reprinted letter's salutation and signature, a reprinted document's bracketed sources,
an image's file name and a hashtag alone (issue 12, round 3).

Real lines, from FNC-1 bodies and PolNeAR texts (named beside each), shortened where marked
"...".
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from annotate.corpus._letters import letter_part
from tests.shared import dropped_kinds as kinds

# FNC-1 body 2458: a resignation letter printed in the story, salutation and signature kept.
RESIGNATION = (
    "The letter of resignation can reportedly only be accessed if the user gets 100 points on "
    "the final level, but the effort to see it is well worth it.\n\n"
    "Brody –\n\n"
    "Working for you is a living hell. Consider the cartoon animation and this letter, my "
    "resignation from you pathetic company. I quit.\n\n"
    "– D.B.G 05/11/14\n\n"
    "A picture of the resignation letter has gone viral since one user apparently reached 100 "
    "points on the final level."
)


def test_a_letters_salutation_and_signature_are_not_tasks() -> None:
    cleaned = clean(RESIGNATION)
    assert kinds(cleaned.dropped) == {"heading": ["Brody –"], "credit": ["– D.B.G 05/11/14"]}
    assert "I quit." in cleaned.text


# FNC-1 body 1547: Lego's letter to parents; FNC-1 test body 1246: a pupil's note.
@pytest.mark.parametrize(
    ("before", "salutation", "after"),
    [
        (
            "A picture of a letter to parents from a box of Lego in the 1970s is going viral.",
            "To Parents.",
            "The urge to create is equally strong in all children. Boys and girls.",
        ),
        (
            "A couple of days later, he received this note from one of his students:",
            "Dear Mr R—:",
            "Even though you're gay, I will alway's treat you the same way as I do now.",
        ),
    ],
)
def test_a_letters_salutation_on_its_line_is_a_heading(
    before: str, salutation: str, after: str
) -> None:
    cleaned = clean(f"{before}\n\n{salutation}\n\n{after}")
    assert kinds(cleaned.dropped) == {"heading": [salutation]}
    assert cleaned.text.endswith(after)


# PolNeAR usa-today 2016-06-07: a letters page, each letter signed with a name, one with its
# town.
LETTERS_PAGE = (
    'Trump reminds me of Abraham Lincoln saying that "You can fool some of the people all of '
    'the time."\n\n'
    "Martin Litwak.\n\n"
    "Olympia, Wash.\n\n"
    "Trump is such a con artist. It amazes me that more people can't see through the lies.\n\n"
    "Ernie Helton.\n\n"
    "Everyone can see this guy is a fraud except his followers.\n\n"
    # PolNeAR usa-today 2016-10-21: a signature with its town.
    "Peter Ward.\n\n"
    "Rochester, N.H.\n\n"
    "Whoever wins, the debt will be there."
)


def test_a_letters_page_signatures_are_not_tasks() -> None:
    cleaned = clean(LETTERS_PAGE)
    assert kinds(cleaned.dropped) == {
        "credit": [
            "Martin Litwak.",
            "Olympia, Wash.",
            "Ernie Helton.",
            "Peter Ward.",
            "Rochester, N.H.",
        ]
    }


# PolNeAR politico 2016-10-12: the speeches' excerpts, each cited in brackets under it.
EXCERPTS = (
    "Clinton said the firm's people were the smartest in the room. “You see over the horizon.”\n\n"
    "[Goldman Sachs Builders And Innovators Summit, 10/29/13.]\n\n"
    "Clinton also said that the regulation of the banks was a matter for the banks.\n\n"
    "[ Speech to Goldman Sachs, 2013 IBD Ceo Annual Conference, 6/4/13.]\n\n"
    "She thanked them for coming."
)


def test_a_reprinted_documents_bracketed_sources_are_not_tasks() -> None:
    cleaned = clean(EXCERPTS)
    assert kinds(cleaned.dropped) == {
        "credit": [
            "[Goldman Sachs Builders And Innovators Summit, 10/29/13.]",
            "[ Speech to Goldman Sachs, 2013 IBD Ceo Annual Conference, 6/4/13.]",
        ]
    }


# FNC-1 body 68: an image's file name on its own line, and the post's hashtag last.
POST = (
    "Prices begin around $200 and up per ounce along with a 25% marijuana tax.\n\n"
    "potshop-400x404\n\n"
    "In addition to selling the “leafy green” they also have some yummy edibles available.\n\n"
    "KFC is hoping to get all 100 franchisees on board with the new product by March 2016.\n\n"
    "#KushForCure"
)


def test_an_image_file_name_and_a_hashtag_alone_are_labels() -> None:
    cleaned = clean(POST)
    assert kinds(cleaned.dropped) == {"label": ["potshop-400x404", "#KushForCure"]}


def test_an_image_file_name_with_a_number_is_a_label() -> None:
    # FNC-1 test body 2199.
    cleaned = clean(
        "US and Israeli-made weapons have been discovered.\n\naqaba israel_012\n\n"
        "“We have discovered weapons made in the US,” the website quoted him."
    )
    assert kinds(cleaned.dropped) == {"label": ["aqaba israel_012"]}


def test_a_bracketed_source_after_the_excerpt_is_cut_off_as_a_credit() -> None:
    # PolNeAR politico 2016-10-12: the excerpt, its quotation and its source on one line.
    cleaned = clean(
        "Below are more of the excerpts:\n\n"
        "“And many of you in this room are masters of the trend lines.” "
        "[Goldman Sachs Builders And Innovators Summit, 10/29/13.]\n\n"
        "She thanked them."
    )
    assert kinds(cleaned.dropped) == {
        "credit": ["[Goldman Sachs Builders And Innovators Summit, 10/29/13.]"]
    }
    assert "[" not in cleaned.text
    assert "masters of the trend lines.”" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # An editor's word in a quotation; a note in brackets that is a sentence; a year in
        # brackets that is not after a source and a comma.
        "“[He] will not run again,” she said in 2018.",
        "He said so. [Update: he did not run again.]",
        "The law passed. [It was repealed in 2019.]",
    ],
)
def test_brackets_in_prose_are_not_a_source(line: str) -> None:
    assert split_credits(line) == (line, [])


@pytest.mark.parametrize(
    "line",
    [
        # Prose the shapes must leave: a sentence about letters (PolNeAR wash-post), a quoted
        # citation inside a sentence, a name inside a sentence, a dash inside prose.
        'Fiorina and other HP leaders penned a series of excoriating "Dear Walter" letters.',
        "[The senator] said he would not run again in 2018, his aide said.",
        "Martin Litwak wrote to the paper.",
        "He said it was over – and left.",
        "Thank you.",
        "To me.",
    ],
)
def test_prose_is_not_a_letters_frame(line: str) -> None:
    assert letter_part(line) is None
