"""Promotions, related links, writers' lines and boxes left on the judged seeds 1225-1242
(issue 12, round 4, ``fix/seg30``): a publisher's copyright notice and its newsletter's
promotion, a print teaser, related-video links under the call that leads into them, a
listicle's headline, reporters' lines and a box of figures with their labels.

Each raw text is a real article's lines (FNC-1 train bodies and PolNeAR texts, named beside
each), shortened to the lines around the kind; each kept its non-prose lines before, and a
prose line beside each stays a sentence.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import is_reporters_line


def _dropped(raw: str) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in clean(raw).dropped]


_FT_NOTICE = (
    "High quality global journalism requires investment. Please share this article with "
    "others using the link below, do not cut & paste the article. See our Ts&Cs and Copyright "
    "Policy for more detail. Email ftsales.support@ft.com to buy additional rights. "
    "http://www.ft.com/cms/s/0/e43cdefa-ae2a-11e4-8188-00144feab7de.html#ixzz3Qzwu98DB"
)
_MUELLER = (
    "Officials in Washington said they could not confirm the claim. “We have not at this time "
    "seen any evidence that corroborates Isil’s claim,” said Marie Harf."
)


def test_a_publisher_s_notice_and_its_newsletter_s_promotion_are_not_tasks() -> None:
    # FNC-1 1337 (seed 1235): the FT's terms of reuse over the story, its briefing's name and
    # promotion between paragraphs.
    raw = (
        f"{_FT_NOTICE}\n\nSocial media sites used by the group said Ms Mueller, 26, was killed."
        "\n\nfirstFT\nFirstFT is our new essential daily email briefing of the best stories "
        f"from across the web\n{_MUELLER}"
    )
    cleaned = clean(raw)
    assert cleaned.text == (
        f"Social media sites used by the group said Ms Mueller, 26, was killed.\n\n{_MUELLER}"
    )
    assert [d.kind for d in cleaned.dropped] == ["boilerplate"] * 3


@pytest.mark.parametrize(
    "notice",
    [
        # FNC-1 119, 240, 1249: the AP's notice, three sentences.
        "Copyright 2014 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        # FNC-1 603.
        "© NET Newspapers 2014. All Rights Reserved. Please use sharing tools. Do not cut, copy "
        "or lift any content from this website without our consent.",
        # FNC-1 test 1566.
        "(TM and © Copyright 2014 CBS Radio Inc. and its relevant subsidiaries. Used under "
        "license. All Rights Reserved.",
        # PolNeAR breitbart 2015-11-19: an excerpt's source.
        "From STEALING AMERICA by Dinesh D’Souza. Copyright © 2015 by Dinesh D’Souza. Reprinted "
        "courtesy of Broadside Books, an imprint of HarperCollins Publishers.",
    ],
)
def test_a_copyright_notice_is_boilerplate(notice: str) -> None:
    assert _dropped(f"{_MUELLER}\n\n{notice}") == [("boilerplate", notice)]


@pytest.mark.parametrize(
    "prose",
    [
        # FNC-1 53, 569, 1403: copyright in the story's own words.
        "While the image appears to include a copyright from 1974 and the name of a printer in "
        "Hamburg, the authenticity of the letter could not be verified.",
        "Comcast already monitors its customers internet usage to prevent them from downloading "
        "pirated media in violation of copyright laws.",
        'We do not terminate customers for violating the Copyright Alert System (aka "six '
        'strikes"), which is a non-punitive, educational and voluntary copyright program.',
        # PolNeAR: "is our" said of other things.
        "“Cruz is our best debater, our most articulate fighter,” he says.",
        "He had read more than 100 books on the subject.",
    ],
)
def test_prose_about_copyright_or_ownership_stays(prose: str) -> None:
    assert clean(f"{_MUELLER}\n\n{prose}").text == f"{_MUELLER}\n\n{prose}"


@pytest.mark.parametrize(
    "pointer",
    [
        # FNC-1 660, 1134, 1289 (seed 1237), 120, 72: a pointer to more of the site.
        "Read more about Apple Watch and macbook air.",
        "Read more on Ferguson.",
        "Read more Paramount Moves Forward With 'Baywatch' Movie (Exclusive)",
        # FNC-1 660, 1134 (seed 1237): the category the post was filed in, and its tags.
        "Filed in Apple >Computers >Gadgets >Rumors. Read more about Apple Watch and macbook air.",
        "Filed in Apple >Cellphones. Read more about iphone 6 plus.",
    ],
)
def test_a_pointer_to_more_of_the_site_is_not_a_task(pointer: str) -> None:
    kind = "boilerplate" if pointer.startswith("Filed") else "link"
    assert _dropped(f"{_MUELLER}\n\n{pointer}") == [(kind, pointer)]


def test_a_print_teaser_with_its_page_is_a_link() -> None:
    # PolNeAR wash-post 2016-09-25 (seed 1234): the front page's teaser for page A6.
    teaser = (
        "Frustration with police: Civil rights activists say Charlotte officers have "
        "historically been too aggressive toward black residents. A6."
    )
    prose = "On Thursday, Officer Betty Shelby was charged with first-degree manslaughter."
    cleaned = clean(f"{prose}\n\n{teaser}")
    assert cleaned.text == prose
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("link", teaser)]


_VIDEOS = [
    "– What happened when this man asked 200 women to sleep with him?",
    "– Terrifying headcam shows cyclist land on his feet after being hit by car",
    "– Is this the greatest ever speech by a sports coach?",
    "– Children baffled by Walkman cassette players",
]


def test_bulleted_links_under_a_call_that_leads_into_them_are_links() -> None:
    # FNC-1 1734 (seed 1237): the Telegraph's related videos, one a paragraph.
    prose = "The footage was uploaded to YouTube last month."
    call = "For more videos on Telegraph Men, try one of these:"
    cleaned = clean("\n\n".join([prose, call, *_VIDEOS]))
    assert cleaned.text == prose
    assert [(d.kind, d.text) for d in cleaned.dropped] == [
        ("call", call),
        *(("link", video) for video in _VIDEOS),
    ]


def test_dashed_lines_of_the_story_stay() -> None:
    # FNC-1 1940: a story's points, each after a dash, under a sentence of its own.
    points = [
        "– The article claims Banksy is from Liverpool when all known evidence strongly "
        "suggests he is from Bristol.",
        "– London Police Chief Lyndon Edwards doesn't exist.",
    ]
    raw = "\n\n".join(["There are several problems with the story:", *points])
    assert clean(raw).text == raw


def test_a_listicle_s_headline_between_paragraphs_is_a_headline() -> None:
    # FNC-1 359 (seed 1233): the Mirror's related link inside the story.
    raw = (
        "Although we didn't see anyone, we saw its huge footprints.\n\n"
        "7 terrifying mystery beasts that never existed\n\n"
        '"They were 5 to 6 centimetres deep and couldn\'t come from a human foot."'
    )
    assert _dropped(raw) == [("headline", "7 terrifying mystery beasts that never existed")]


@pytest.mark.parametrize(
    "line",
    [
        "Baldor reported from Newport, Wales.",  # FNC-1 226 (seed 1237)
        # FNC-1 226: the AP's writers and where they were.
        "Associated Press writers Jason Struziuso in Cairo, Rodney Muhumuza in Uganda, Abdi "
        "Guled in Mogadishu, Somalia, and Josh Lederman and Sagar Meghani in Washington "
        "contributed to this report.",
        # FNC-1 2406 (seed 1235): CNN's.
        "CNN's Raja Razek reported from near Suruc, while Laura Smith-Spark wrote in London and "
        "Jason Hanna in Atlanta.",
        # PolNeAR nyt 2016-10-17, wash-post 2016-06-06; FNC-1 1293.
        "Neil MacFarquhar reported from Moscow, and Kimiko de Freytas-Tamura from London.",
        "Phillip reported from Oakland, Calif.; Gearan, from Washington.",
        "— Kristen Welker and Andrea Mitchell contributed to this report",
    ],
)
def test_who_reported_the_story_is_a_credit(line: str) -> None:
    assert is_reporters_line(line)
    assert _dropped(f"{_MUELLER}\n\n{line}") == [("credit", line)]


@pytest.mark.parametrize(
    "prose",
    [
        # FNC-1 1116, test 1694, 1832; PolNeAR breitbart 2016-02-16.
        "Foley reported from some of the most dangerous recent crises and was imprisoned for 44 "
        "days in Libya in 2011.",
        "It is reported from Saudi Arabia that it has introduced a new law - which prohibits "
        'women from having the "tempting eyes".',
        "A number of factors probably contributed to this journalistic train wreck:",
        "He’s reported from every single GOP presidential primary debate this cycle.",
    ],
)
def test_a_sentence_about_reporting_is_not_a_credit(prose: str) -> None:
    assert not is_reporters_line(prose)


def test_a_box_of_figures_drops_each_figure_s_label() -> None:
    # PolNeAR wash-post 2016-06-27 (seed 1235): the Post's numbers of the week, each figure
    # alone and what it counts under it; the story's sentence after the box stays.
    labels = [
        "The amount Trump essentially gave his campaign Thursday, apparently to show hesitant "
        "donors that he's committed to running for president.",
        "The number of people The Washington Post reported Hillary Clinton is actively vetting "
        "to be her running mate.",
    ]
    prose = "The monument encompasses the Stonewall Inn in New York City."
    raw = f"$50 million.\n\n{labels[0]}\n\n3.\n\n{labels[1]}\n\n{prose}"
    cleaned = clean(f"{_MUELLER}\n\n{raw}")
    assert cleaned.text == f"{_MUELLER}\n\n{prose}"
    assert [d.kind for d in cleaned.dropped] == ["scores"] * 4


def test_a_sentence_under_a_figure_alone_stays() -> None:
    # A figure alone, then prose: one figure is no box, so the line under it is the story's.
    prose = "The number of people who attended the rally was not known."
    assert clean(f"{_MUELLER}\n\n$50 million.\n\n{prose}").text == f"{_MUELLER}\n\n{prose}"
