"""The non-prose kinds of the fresh draws 1207-1209 (issue 12, ``fix/seg14``): related-story
widgets, galleries and video teasers, notes of origin, calls to the reader, an op-ed writer's
line with an appositive, and quote marks that lost their high byte.

Each raw text is a real article's lines (FNC-1 train bodies and PolNeAR texts, named beside
each), shortened to the lines around the kind; each kept its non-prose lines before.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean

_STORY = (
    "Anna Wintour doesn't even want to go inside in the building at all now, much less her office."
)


def _dropped(raw: str) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in clean(raw).dropped]


@pytest.mark.parametrize(
    ("raw", "kept", "dropped"),
    [
        (  # FNC-1 2370 (seed 1225): CBC's related stories, two under their section's name.
            "It was veritable catnip to social media.\n\n"
            "ANALYSIS | Pope Francis turns up the heat on church's future — behind closed doors\n"
            "Vatican sparks controversy by saying gay couples have 'gifts and qualities'\n"
            "ANALYSIS | Has 'rock star' Pope Francis really launched a revolution?\n"
            "However, it turned out the pope had not made the comment.",
            "It was veritable catnip to social media.\n\n"
            "However, it turned out the pope had not made the comment.",
            [
                (
                    "link",
                    "ANALYSIS | Pope Francis turns up the heat on church's future — behind"
                    " closed doors",
                ),
                (
                    "link",
                    "Vatican sparks controversy by saying gay couples have 'gifts and qualities'",
                ),
                ("link", "ANALYSIS | Has 'rock star' Pope Francis really launched a revolution?"),
            ],
        ),
        (  # FNC-1 834 (seed 1209): a bulleted list of links, each with its source.
            _STORY + "\n· Rat problem worsens at One World Trade Center offices of Conde Nast"
            " [Daily News]\n· Rumor: Vogue's Rat Problem Is Getting Worse [Racked]",
            _STORY,
            [
                (
                    "link",
                    "· Rat problem worsens at One World Trade Center offices of Conde Nast"
                    " [Daily News]",
                ),
                ("link", "· Rumor: Vogue's Rat Problem Is Getting Worse [Racked]"),
            ],
        ),
        (  # FNC-1 2496 (seeds 1208, 1209): a video's title and teaser on one line.
            "This was the second recent example of a Macedonian man cutting off a penis.\n\n"
            "Does penis size matter? Watch US actor and filmmaker Patrick Moote on why he told"
            " the world about his small manhood",
            "This was the second recent example of a Macedonian man cutting off a penis.",
            [
                (
                    "link",
                    "Does penis size matter? Watch US actor and filmmaker Patrick Moote on why he"
                    " told the world about his small manhood",
                )
            ],
        ),
        (  # FNC-1 1806 (seed 1209): a gallery's caption and its call, one line.
            "He allegedly could often be found with Taylor Lianne Chandler.\n\n"
            "Taylor Lianne Chandler is Michael Phelps' alleged cougar girlfriend. This was sent to"
            " THG directly from a source claiming it's from her. Decide for yourself in this"
            " gallery!\nLate last week, a tipster contacted The Hollywood Gossip.",
            "He allegedly could often be found with Taylor Lianne Chandler.\n\n"
            "Late last week, a tipster contacted The Hollywood Gossip.",
            [
                (
                    "link",
                    "Taylor Lianne Chandler is Michael Phelps' alleged cougar girlfriend. This was"
                    " sent to THG directly from a source claiming it's from her. Decide for"
                    " yourself in this gallery!",
                )
            ],
        ),
        (  # FNC-1 10 (seed 1208): a slideshow's titles glued on one line under its label.
            '"We have no plans to offer a free streaming-media service," an Amazon spokesperson'
            " said at the time.\n Smile for Charity Go With the Flow Make Amazon Your Android"
            " App Store Prime the Whole Family Prime-ary Gift Get Prime Free (For A While) Don't"
            " Get Trapped by Prime VIEW ALL PHOTOS IN GALLERY\nBut the Post's"
            " sources now say an ad-supported version is definitely happening.",
            '"We have no plans to offer a free streaming-media service," an Amazon spokesperson'
            " said at the time.\n\nBut the Post's sources now say an ad-supported version is"
            " definitely happening.",
            [
                (
                    "link",
                    "Smile for Charity Go With the Flow Make Amazon Your Android App Store Prime"
                    " the Whole Family Prime-ary Gift Get Prime Free (For A While) Don't Get"
                    " Trapped by Prime VIEW ALL PHOTOS IN GALLERY",
                )
            ],
        ),
        (  # FNC-1 204 (seed 1208): a note of where a syndicated story came from.
            "“We have to be more direct in the educational system.”\n\n"
            "This article originally appeared on News.com.au.",
            "“We have to be more direct in the educational system.”",
            [("note", "This article originally appeared on News.com.au.")],
        ),
        (  # FNC-1 1045 (seed 1207): a call and its promise, one sentence each.
            "What we currently lack, however, are photos of the damage. Send us an email."
            " Anonymity guaranteed.",
            "What we currently lack, however, are photos of the damage.",
            [("call", "Send us an email. Anonymity guaranteed.")],
        ),
        (  # FNC-1 1806 (seed 1209): a call to write to the site, and its prompt (round 22).
            "Phelps is going to rehab, he confirms on Twitter.\n\n"
            "Have any tips that could confirm Michael Phelps is dating Taylor Lianne Chandler?"
            " Drop us a line and let us know!",
            "Phelps is going to rehab, he confirms on Twitter.",
            [
                (
                    "call",
                    "Have any tips that could confirm Michael Phelps is dating Taylor Lianne"
                    " Chandler? Drop us a line and let us know!",
                )
            ],
        ),
        (  # FNC-1 2054 (seed 1207): a question about the page itself that leads into a call.
            "The video has been viewed more than 1 million times.\n\nHave something to add to"
            " this story? Share it in the comments.",
            "The video has been viewed more than 1 million times.",
            [("call", "Have something to add to this story? Share it in the comments.")],
        ),
    ],
    ids=[
        "FNC-1 2370 section links",
        "FNC-1 834 bulleted links",
        "FNC-1 2496 video teaser",
        "FNC-1 1806 gallery line",
        "FNC-1 10 slideshow titles",
        "FNC-1 204 note of origin",
        "FNC-1 1045 call and its promise",
        "FNC-1 1806 call",
        "FNC-1 2054 question leading into a call",
    ],
)
def test_widget_lines_are_dropped_with_their_kind(
    raw: str, kept: str, dropped: list[tuple[str, str]]
) -> None:
    cleaned = clean(raw)
    assert cleaned.text == kept
    assert [(d.kind, d.text) for d in cleaned.dropped] == dropped


def test_teasers_under_their_headlines_and_date_stamped_bylines_are_the_box_s() -> None:
    # FNC-1 1728 (seed 1209): a "MORE STORIES" box; each story's one-sentence teaser follows
    # its headline and byline, and the article goes on after the box.
    raw = (
        '"You are not allowed to eat anything during daylight in Ramada Inns," one person'
        " tweeted with the hashtag #FoxNewsFacts.\n\nMORE STORIES\n"
        "CNN begins researching use of drones\nBY EDDIE SCARRY | 01/12/15 12:35 PM\n"
        "Drones are often at the center of controversy for their ability to access private"
        " areas by air.\nMark Sanford accused of violating House ethics rules\n"
        "BY SEAN LENGELL | 01/12/15 12:15 PM\nCREW says the South Carolina Republican violated"
        " ethics rules by accepting more than $100,000 in stock from...\n\n"
        "The fake @FoxNewsPress account then emerged Sunday to apparently further mock Fox."
    )
    cleaned = clean(raw)
    assert cleaned.text.endswith(
        "#FoxNewsFacts.\n\nThe fake @FoxNewsPress account then emerged Sunday to apparently"
        " further mock Fox."
    )
    assert (
        "link",
        "Drones are often at the center of controversy for their ability to access"
        " private areas by air.",
    ) in _dropped(raw)


def test_a_list_item_under_a_box_label_without_a_colon_is_the_box_s() -> None:
    # FNC-1 593 (seed 1208): the items of "MORE FROM GOLF", dropped under several kinds, and
    # one the other rules kept; the story goes on under them.
    raw = (
        "Now that he’s taken “a leave of absence” until his golf game is “tournament ready,”"
        " he’s facing criticism.\n\nMORE FROM GOLF\n"
        "3/2 - Tiger Woods’ Agent, PGA Refute Claims Of PED Suspension\n"
        "3/1 - Rickie Fowler And Kid Rock Give Advice To Tiger Woods\n"
        "2/28 - Ian Poulter’s Caddie Chases A Duck (Video)\n"
        "2/27 - Rory McIlroy Thinks U.S. Is Desperate For Ryder Cup Win\n"
        "2/25 - Yahoo Fantasy Golf Picks: The Honda Classic 2015\n"
        "This criticism blew up Monday morning when PGA Tour golfer Dan Olsen went on a radio"
        " interview."
    )
    cleaned = clean(raw)
    assert "Rory McIlroy" not in cleaned.text
    assert cleaned.text.endswith("went on a radio interview.")


def test_quote_marks_that_lost_their_high_byte_are_quote_marks_not_line_breaks() -> None:
    # FNC-1 514 (seed 1209): U+201C and U+201D written as U+001C and U+001D, which cleaning's
    # line split (as str.splitlines) took for line breaks: one sentence became two.
    raw = (
        "Everything you read on this site is based on fact, except for the lies.\n\n"
        "Why the title, \x1cThe Adobo Chronicles,\x1d you might ask? Well, adobo is the"
        " national dish of our home country."
    )
    assert clean(raw).text == (
        "Everything you read on this site is based on fact, except for the lies.\n\n"
        "Why the title, “The Adobo Chronicles,” you might ask? Well, adobo is the national dish"
        " of our home country."
    )


def test_an_op_ed_writer_s_line_with_an_appositive_and_a_named_chair_is_a_sign_off() -> None:
    # PolNeAR usa-today 2016-10-26 (seed 1207): the last line; the position is capitalised.
    raw = (
        "Congress could never control a president.\n\n"
        "Lawmakers cannot read the president's mind.\n\n"
        "John J. Pitney Jr., a former policy aide to Republicans in Congress, is the Roy P."
        " Crocker Professor of Politics at Claremont McKenna College."
    )
    cleaned = clean(raw, first_line_is_title=True)
    assert cleaned.text == "Lawmakers cannot read the president's mind."
    assert _dropped(raw)[-1][0] == "sign-off"
