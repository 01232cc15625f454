"""Captions without a label, told by their photo words or by the page's captions (issue 12,
`fix/seg11`).

Real lines, from FNC-1 train and test bodies (named beside each), in the layout they come in.
"""

from __future__ import annotations

import pytest

from annotate.corpus._captions import is_photo_caption
from annotate.corpus._clean import Dropped, clean


def captions(dropped: list[Dropped]) -> list[str]:
    return [d.text for d in dropped if d.kind == "caption"]


# FNC-1 1468 (seed 1206's hand check), lines 21-31 and 41: an AP story on the Daily Mail's page,
# whose captions have no final mark; two of them repeat a body sentence, one with "(pictured)".
BAGHDADI = (
    "In Lebanon, a military expert was killed and two others wounded Wednesday when a bomb they "
    "were about to dismantle near the border with Syria exploded, the army said.\n\n"
    "The explosion comes a day after an ambush by suspected Islamic militants in the same area "
    "killed six soldiers and wounded one.\n\n"
    "In Lebanon, a military expert was killed and two others wounded Wednesday when a bomb they "
    "were about to dismantle near the border with Syria exploded. Lebanese soldiers are pictured "
    "here patrolling the area\n\n"
    "Lebanese troops (pictured) have been battling Syria-based Islamic militants, including "
    "the extremist Islamic State group and the al-Qaida-linked Nusra Front, in areas near the "
    "border\n\n"
    "No one has so far claimed responsibility for Tuesday's ambush or for planting the bomb that "
    "was discovered Wednesday.\n\n"
    "Lebanese troops have been battling Syria-based Islamic militants, including the extremist "
    "Islamic State group and the al-Qaida-linked Nusra Front, in areas near the border.\n\n"
    "The video was released online this week by a group purporting to be IS supporters. It "
    "shows a gunman pulling up beside a vehicle and firing at the driver.\n\n"
    "Lebanese army special forces in armored personnel carriers patrol near the area militants "
    "ambushed Lebanese soldiers\n"
)


def test_a_tabloids_captions_without_a_mark_are_not_tasks() -> None:
    paragraphs = BAGHDADI.strip().split("\n\n")
    cleaned = clean(BAGHDADI)
    # The two captions with photo words, and the last one, in the page's caption shape.
    assert captions(cleaned.dropped) == [paragraphs[2], paragraphs[3], paragraphs[7]]
    assert cleaned.text.split("\n\n") == [paragraphs[i] for i in (0, 1, 4, 5, 6)]


def test_the_caption_shape_alone_is_not_a_caption() -> None:
    # The same unmarked line, in a story that has set no caption: a sentence that lost its
    # mark is kept (FNC-1 1743's "... not to join the fight against Kony's" is one).
    paragraphs = BAGHDADI.strip().split("\n\n")
    raw = "\n\n".join([paragraphs[0], paragraphs[1], paragraphs[7]])
    assert clean(raw).dropped == []


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1468: an AP photo's caption, on the Daily Mail's page.
        "This file image made from video posted on a militant website purports to show the "
        "leader of the Islamic State group, Abu Bakr al-Baghdadi, delivering a sermon at a "
        "mosque in Iraq",
        # FNC-1 2207: places in the frame.
        "Mohammad Fazzi (left) and Mullah Norullah Nori (right)",
        # FNC-1 test 1914: the photo's words in brackets at the end.
        "According to reports the student may have escaped his captors, but it is not known if "
        "he was recaptured or if he is hiding somewhere in France (Kim Jong-un pictured on a "
        "visit to a fish factory in North Korea)",
        # FNC-1 194 and test 253: a participle right after its subject, and a full stop.
        "ISIS jihadists seen here waving the Islamic State's trademark black flags and moving "
        "around on bikes and cars in Syria's Raqqa.",
        "Abu Bakr al-Baghdadi pictured in a propaganda video earlier this year.",
    ],
)
def test_captions_by_their_photo_words(line: str) -> None:
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 2022: a lead-in to an embedded picture ends in a colon.
        "Chosun Ilbo’s report also said that Kim was believed to be wearing shoes with Cuban "
        "heels. Kim is shown below wearing such shoes in a 2012 appearance with his wife, "
        "Ri Sol-ju:",
        # FNC-1 1251 and test 770: the story's passive and an object after the verb.
        "Former Sydney resident Mohamed Elomar, who was pictured holding up the severed heads of "
        "two dead soldiers earlier this year, posted two sick tweets following the attack.",
        "Last month, it was reported that Pyongyang flew in a French surgeon to operate on Kim "
        "Jong-un’s feet after state media pictured him walking with a cane.",
        # FNC-1 1009: the Daily Mail's prose uses "(pictured)" too, and ends its sentences.
        "Six months before he shot and killed unarmed teenager Michael Brown, police Officer "
        "Darren Wilson (pictured) earned a commendation for his “extraordinary effort in the "
        "line of duty.”",
    ],
)
def test_prose_with_photo_words(line: str) -> None:
    assert not is_photo_caption(line)


# FNC-1 59, lines 1-5 and 9-13: the caption under the video says the second sentence again,
# without its mark and its first word; the labelled caption over it was dropped before.
YETI = (
    "This is the moment a group of Russians captured video footage of what they believed was a "
    "Yeti walking through the woods.\n\n"
    "The footage shows a 'bear-like' figure covered in hair emerging from an area of "
    "snow-covered trees in the south-western Adygeya Republic before disappearing again seconds "
    "later.\n\n"
    "A team had set out in search of the mysterious creature after local television reported "
    "that it had been sighted in a remote region an hour's drive away from the city of "
    "Adygeisk.\n\n"
    "Sighting: A team of Russians believe they have captured footage of the elusive Yeti in a "
    "remote patch of woodland\n\n"
    "Footage shows a 'bear-like' figure covered in hair emerging from an area of snow-covered "
    "trees in the south-western Adygeya Republic before disappearing again seconds later\n\n"
    "They said they had questioned residents at a mountainside lodge who claimed to have seen "
    "it.\n"
)


def test_a_caption_that_says_a_sentence_of_the_story_again_is_not_a_task() -> None:
    paragraphs = YETI.strip().split("\n\n")
    cleaned = clean(YETI)
    assert captions(cleaned.dropped) == [paragraphs[3], paragraphs[4]]
    assert cleaned.text.split("\n\n") == [paragraphs[i] for i in (0, 1, 2, 5)]


def test_a_sentence_said_twice_with_its_marks_is_kept() -> None:
    # Only the copy without a mark is the page's: a story that says a sentence twice, both
    # times as a sentence, keeps both (the later one would be a duplicate if it were equal).
    paragraphs = YETI.strip().split("\n\n")
    raw = "\n\n".join([paragraphs[1], paragraphs[2], paragraphs[4] + "."])
    assert clean(raw).dropped == []
