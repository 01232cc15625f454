"""Round 24 (issue 12): related stories' headlines in sentence case set over a paragraph.

Real lines from FNC-1 bodies (named beside each), as they come in the corpus: the paragraph
above, a blank line, the headline, and the paragraph right under it with a single line break.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._headlines import heads_as_related
from tests.shared import dropped_kinds as kinds

# FNC-1 1881 (seed 1434's judge, firm): a related story's headline between the statement's
# paragraph and the next one, whose "It" is that statement.
ISIS = (
    "No ISIS militants were killed in the airstrikes, the statement further claimed.\n"
    "\n"
    "Has ISIS's latest horror show backfired in the Middle East?\n"
    "It published photos allegedly of the bombed site, showing a severely damaged brown "
    "coloured three-storey building — but no images of the woman.\n"
    "\n"
    "American officials said they were looking into the report.\n"
)
# FNC-1 1408 (seed 1436's judge, firm): a related CBC story's headline between two paragraphs.
CBC = (
    "The RNC has posted an item on the force's Facebook page stating that they were seeking "
    'Constantine. Underneath the post, the wanted man commented that he would "See you Monday '
    'morn."\n'
    "\n"
    "'See you Monday,' wanted man writes to police on Facebook\n"
    "While he didn't make it to the police station before noon Monday, police confirmed "
    "shortly before 5 p.m. that Constantine was in custody.\n"
    "\n"
    "Constantine was wanted on charges of assault, breach of probation, breach of "
    "recognizance and failure to appear in court.\n"
)


def test_a_related_question_over_a_paragraph_is_dropped() -> None:
    cleaned = clean(ISIS)
    assert kinds(cleaned.dropped) == {
        "heading": ["Has ISIS's latest horror show backfired in the Middle East?"]
    }
    assert "It published photos" in cleaned.text


def test_a_related_headline_opening_on_a_quote_is_dropped() -> None:
    cleaned = clean(CBC)
    assert kinds(cleaned.dropped) == {
        "heading": ["'See you Monday,' wanted man writes to police on Facebook"]
    }


def test_a_lead_question_over_the_first_paragraph_stays() -> None:
    # PolNeAR train huff-post 2015-12-19: the lead's own question, under the title and before
    # any sentence of the story, is the story's.
    text = (
        "What would Donald Trump sound like if he had elocution lessons?\n"
        "English comedian and actor Peter Serafinowicz needed to know, so he dubbed himself "
        "over footage of Trump talking about Hillary Clinton on Fox News.\n"
    )
    assert clean(text).dropped == []


def test_a_question_alone_between_blank_lines_stays() -> None:
    # The story's own rhetorical question is set in its paragraph or alone between blank
    # lines: FNC-1 test 2585's "Obamacare thuds to the pavement?" after a paragraph.
    text = (
        "A question looms: Is Obamacare plunging in a so-called insurance death spiral?\n"
        "\n"
        "Obamacare thuds to the pavement?\n"
        "\n"
        "We won't predict that, but neither do we see a mathematical alternative.\n"
    )
    assert "Obamacare thuds to the pavement?" in clean(text).text


def test_a_question_its_paragraph_answers_stays() -> None:
    # FNC-1 1362 (Macworld's round-up, before the page has had a section's heading): the
    # paragraph under the question takes up its words, as an answer does.
    text = (
        "The smaller 12in model could still accommodate a reasonably sized screen and keyboard "
        "if it had a smaller bezel, and Apple has done so on its other laptops in the past two "
        "years.\n"
        "\n"
        "Will the old non-Retina MacBook Air remain?\n"
        "If Apple launches a 12in MacBook Air, will it discontinue the existing models? It's "
        "possible that if Apple launches a 12in Retina MacBook Air model it will discontinue "
        "both.\n"
    )
    assert "Will the old non-Retina MacBook Air remain?" in clean(text).text


def test_a_programme_s_question_under_its_label_is_dropped() -> None:
    # FNC-1 531 (Al Jazeera): the paragraph under it names Nigeria too, but the programme's
    # label opens the line.
    assert heads_as_related(
        "Inside Story - Who are Nigeria's Boko Haram?",
        "A senior adviser to Nigeria's President Goodluck Jonathan told Al Jazeera that the "
        "deal reached on Friday included the release of the girls.",
    )


def test_near_misses_keep_their_lines() -> None:
    # FNC-1 230: a comment's line that ends on its link, with its next line under it.
    assert not heads_as_related(
        "I found the twitter feed that uses that picture as its profile pic: "
        "https://twitter.com/ISOiOS_2",
        "He started using this as his profile picture on Oct 3.",
    )
    # FNC-1 test 501: the line under it is no sentence of a paragraph.
    assert not heads_as_related(
        "Some say it could be a spoof but you would be shellfish to stop somebody having a "
        "bit of fun",
        "Attack of the giant crab??",
    )
    # A stub a link cut, its sentence left open.
    assert not heads_as_related(
        "Naij.com reported on Monday that the",
        "Police confirmed shortly before 5 p.m. that Constantine was in custody.",
    )
