"""Round 31 (issue 12), from round 30's judges (seed 1548 and others): another story's
headline that asks, beside its box's other questions (FNC-1 689, 840, firm); a declarative
lead-in that names its embed's source (FNC-1 1094, firm lost); a teaser's excerpt cut after a
comma under its dropped headline (FNC-1 1094, firm)."""

from __future__ import annotations

import pytest

from annotate.corpus._asked_links import asked_links, asks_as_headline
from annotate.corpus._clean import clean
from annotate.corpus._cut_teasers import cut_at_comma
from annotate.corpus._held_lines import Item
from annotate.corpus._page_talk import is_page_lead
from tests.shared import dropped_kinds as kinds

# FNC-1 689 (CNN): the link right over a question the page set as a section's head.
KIM = (
    "\"I can see how it's possible that she's in some sort of temporary position,\" Cha"
    " says.\n\n"
    "Is Kim Jong Un still in charge of North Korea?\n\n"
    "Who is Kim Yo Jong?\n\n"
    "Madden says Kim Yo Jong was born in 1987 or 1988, and attended private school in"
    " Switzerland with Kim Jong Un.\n\n"
    "Madden says Kim Yo Jong is the youngest of seven siblings their father, Kim Jong Il, had"
    " with four women.\n\n"
    "Why has North Korea decided to talk now?\n\n"
    "Michael Madden, who runs the blog North Korea Leadership Watch, says Kim Yo Jong has been"
    " identified in North Korean media as deputy director of the Workers' Party."
)
# FNC-1 840 (BBC): the link under the box's other items.
BOKO = (
    "However, Saturday's attacks have caused many Nigerians to doubt whether the government"
    " has really negotiated a truce with Boko Haram.\n\n"
    "Who are Boko Haram?\n\n"
    "Who are Boko Haram?\n\n"
    "Profile: Boko Haram leader Abubakar Shekau\n\n"
    "Will 'truce' with Boko Haram free Chibok girls?\n\n"
    "Boko Haram fighters burnt homes and killed many people during raids on the villages of"
    " Grata and Pina in Adamawa state, a resident told BBC Hausa."
)


def test_a_question_link_over_a_dropped_question_is_dropped() -> None:
    cleaned = clean(KIM)
    assert "Is Kim Jong Un still in charge" not in cleaned.text
    assert "Is Kim Jong Un still in charge of North Korea?" in kinds(cleaned.dropped)["headline"]
    assert "Madden says Kim Yo Jong was born" in cleaned.text


def test_a_question_link_under_its_box_is_dropped() -> None:
    cleaned = clean(BOKO)
    assert "Will 'truce' with Boko Haram free Chibok girls?" in kinds(cleaned.dropped)["headline"]
    assert "Boko Haram fighters burnt homes" in cleaned.text


@pytest.mark.parametrize(
    "text",
    [
        # The story's own question next to a credit, no sibling question (FNC-1 555).
        "Because I don't want to see that, I just want to see weather reporters in drifts.\n\n"
        "Is that so much to ask?\n\n"
        "Images: NBC Nightly News/YouTube; Mike Seidel/YouTube",
        # A box's question beside it, but the question runs on from the story.
        "The autopsy results were released on Monday.\n\n"
        "But will the autopsy shed any light on what happened?\n\n"
        "Who is Michael Brown?",
    ],
)
def test_the_story_s_own_question_stays(text: str) -> None:
    question = next(p for p in text.split("\n\n")[1:] if p.endswith("?"))
    assert question in clean(text).text


def _stage(dropped: dict[int, tuple[str, str]]) -> list[str | None]:
    """The kinds asked_links gives three kept paragraphs at raw lines 1, 5 and 7, the
    question at 5, with the lines ``dropped`` before they reached the stream."""
    items: list[Item] = [
        ("", "It is now available from Apple.", 1, None, ""),
        ("\n\n", "Will Apple discontinue the existing models this year?", 5, None, ""),
        ("\n\n", "It's possible that Apple will discontinue both models.", 7, None, ""),
    ]

    def between(first: int, last: int) -> list[tuple[int, str, str]]:
        return [(n, *dropped[n]) for n in sorted(dropped) if first < n < last]

    return [i[3] for i in asked_links(items, longest=10_000, dropped=between)]


def test_the_stage_reads_the_box_around_the_question() -> None:
    head = ("heading", "Will the old non-Retina MacBook Air remain?")
    caption = ("caption", "Profile: the MacBook Air")
    # One question head right over it: a section's head, the question the story's (FNC-1
    # 1362's shape).
    assert _stage({3: head}) == [None, None, None]
    # A box of two lines over it, one of them asking; or a question right under it.
    assert _stage({2: head, 3: caption}) == [None, "headline", None]
    assert _stage({6: head}) == [None, "headline", None]
    # A credit that asks is no box's line.
    assert _stage({6: ("credit", "Who took this?")}) == [None, None, None]


def test_a_headline_that_asks_has_its_shape() -> None:
    assert asks_as_headline("Is Kim Jong Un still in charge of North Korea?")
    assert not asks_as_headline("Would you watch the video?")
    assert not asks_as_headline("So, is this the end?")
    assert not asks_as_headline("And what about the rest?")
    assert not asks_as_headline("Why?")


def test_a_here_lead_in_naming_its_source_is_the_story_s_sentence() -> None:
    assert not is_page_lead("Here's the video once again, via Raw Story:")
    text = (
        "The video, first posted by Raw Story, has been viewed nearly two million times.\n\n"
        "Here's the video once again, via Raw Story:\n\n\n\n"
        "As you can see, the glassy-eyed gentleman attacks the guy in the pink shirt."
    )
    assert "Here's the video once again, via Raw Story:" in clean(text).text


@pytest.mark.parametrize(
    "line",
    [
        # The page's call with the same source, and one without: still pointers. (A bare
        # "Here is the full video:" is the story's lead-in since round 35, FNC-1 2200.)
        "Watch the clip below, via CNN:",
        "Watch the video below:",
        "Watch the video below, via Fox News:",
    ],
)
def test_pointers_stay_page_leads(line: str) -> None:
    assert is_page_lead(line)


GOSLING = (
    "But, if confirmed, it's going to be almost as great as that time Ryan Gosling broke up a"
    " street fight.\n\n\n"
    "Watch Ryan Gosling, Hero, Break Up A Random Street Fight\n"
    "Here's amateur footage, taken on the corner of Astor Place in New York City over the"
    " weekend,…\n\n"
    "Were you in the Dallas airport the other day?"
)


def test_a_teaser_cut_after_a_comma_under_its_headline_is_dropped() -> None:
    cleaned = clean(GOSLING)
    assert "amateur footage" not in cleaned.text
    assert "as that time Ryan Gosling broke up a street fight." in cleaned.text


def test_a_story_sentence_cut_after_a_comma_stays() -> None:
    # FNC-1 test 1158: the scrape cut the story's own sentence, under its paragraph.
    text = (
        "The deal would be valued at more than $2 billion and could be signed as early as this"
        " week, this person said.\n\n"
        "A Microsoft spokesman declined to comment,..."
    )
    assert "A Microsoft spokesman declined to comment,..." in clean(text).text
    assert cut_at_comma("A Microsoft spokesman declined to comment,...")
    assert not cut_at_comma("But then...")
