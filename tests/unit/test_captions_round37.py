"""Round 37 (issue 12), from round 36's judges: pictures' captions kept as the story's
sentences. A closing caption of two sentences with their stops, placing the picture's things
in its frame (FNC-1 321); pictures' labels and bracketed credits glued after a paragraph's
last sentence (FNC-1 26); a caption of a few words with no verb alone on its line among
paragraphs that lost their stops (FNC-1 86). Each with near misses that stay sentences."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credited_labels import split_credited_labels
from annotate.corpus._framed_captions import places_in_frame
from annotate.corpus._told_things import is_bare_phrase
from tests.shared import dropped_kinds as kinds

# FNC-1 321 (CBC): the picture's caption under the story's last paragraph, over "More to come".
MEMORIAL = (
    "The National War Memorial stands in Confederation Square in the heart of downtown Ottawa."
    " The Parliament buildings and the Gatineau Hills are in the background."
)
OTTAWA = (
    "Witnesses said they then heard shots fired near the Library of Parliament.\n\n"
    "Police said the man was not yet in custody.\n\n"
    f"{MEMORIAL} \n\n"
    "More to come\n\n"
    "[CUSTOM]"
)


def test_a_closing_caption_that_places_its_picture_in_the_frame_is_dropped() -> None:
    cleaned = clean(OTTAWA)
    assert MEMORIAL in kinds(cleaned.dropped)["caption"]
    assert "War Memorial stands" not in cleaned.text
    assert "Police said the man was not yet in custody." in cleaned.text


@pytest.mark.parametrize(
    "paragraph",
    [
        # FNC-1 186: a sound in the background, with a verb of its own.
        "Six shots fired in rapid succession are heard in the background.",
        # PolNeAR huff-post 2016-08-29: the story's past tense.
        "One of the raunchy selfies included his young son in the background.",
        # A pronoun pointing back at the story, or a source's quotation.
        "The men fled to the hills. They are in the background.",
        "\u201cThe hills are in the background,\u201d he said.",
    ],
)
def test_the_story_saying_background_is_no_framed_caption(paragraph: str) -> None:
    assert not places_in_frame(paragraph)
    cleaned = clean(f"Police said the man was not yet in custody.\n\n{paragraph}\n\nMore to come")
    assert paragraph.split()[1] in cleaned.text


# FNC-1 26: the blog's last paragraph, its pictures' labels and credits glued after it.
KOBANI = (
    "Pro-IS sources are still claiming that she is captured, while other sources are staying"
    " quiet. A link will be added in the comments if the story is officially confirmed or"
    " denied. Pictures of Rosenberg (Not a repost! The article is completely original content."
    " These images are merely appended for informational purposes) Kobani map November 28"
    " (credits to @deSyracuse) Kobani map late November 29 (credits to @macroarch). Note: Some"
    " IS gains have been pushed back, but claims of a total reversal are untrue."
)


def test_pictures_labels_told_by_their_bracketed_credits_are_cut_out() -> None:
    cleaned = clean(KOBANI)
    (labels,) = kinds(cleaned.dropped)["caption"]
    assert labels.startswith("Pictures of Rosenberg (Not a repost!")
    assert labels.endswith("(credits to @macroarch).")
    assert "Kobani map" not in cleaned.text
    assert "officially confirmed or denied. Note: Some IS gains" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1435: a source credited "via", in the story's clause.
        "Apple may hold an event, according to iGen (via iDownloadBlog). It did so in 2014.",
        # A credit the sentence goes on after.
        "He was seen there. The man (credit: AP) walked out of court.",
        # FNC-1 test 435: a credit after a caption's stop closes that caption.
        "It purports to show IS soldiers. (photo credit: AP) The video was released.",
    ],
)
def test_a_credit_that_ends_no_run_of_labels_is_left(line: str) -> None:
    assert split_credited_labels(line) == (line, "")


# FNC-1 86: a page whose paragraphs lost their stops, one to a line, the caption among them.
CASTRATED = (
    "After brutally beating up African youth at a metro station in New Delhi, the mob has now"
    " delivered brute justice, this time by castrating a man who was trying to rape a teenage"
    " girl in Ganganagar, Rajasthan\n"
    "The mob dragged Suresh Kumar to a butcher's shop and castrated him with a meat cleaver\n"
    "The accused Suresh Kumar\n"
    "They then dumped his body parts and left him bleeding in the middle of the road. \n"
)


def test_a_bare_phrase_alone_on_its_line_is_a_caption() -> None:
    cleaned = clean(CASTRATED)
    assert "The accused Suresh Kumar" in kinds(cleaned.dropped)["caption"]
    assert "They then dumped his body parts" in cleaned.text
    assert "The mob dragged Suresh Kumar" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "The mob dragged Suresh Kumar to a butcher's shop",  # a verb in the past
        "The man walks home alone",  # a verb in the present
        "The accused Suresh Kumar.",  # a stop: a fragment the story ends on
        "The man who fled the scene",  # a relative clause
        "The accused",  # too short to tell
    ],
)
def test_a_line_with_a_verb_or_a_stop_is_no_bare_phrase(line: str) -> None:
    assert not is_bare_phrase(line)


def test_a_bare_phrase_the_next_line_goes_on_with_is_kept() -> None:
    cleaned = clean("Police said it was over.\nThe accused Suresh Kumar\nwas taken to hospital.")
    assert "caption" not in kinds(cleaned.dropped)
