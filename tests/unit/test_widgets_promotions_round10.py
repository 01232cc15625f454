"""Widgets, related links, calls and promotions (issue 12, round 10, `fix/seg49`).

Real lines, from FNC-1 bodies and PolNeAR texts (named beside each), in the layout they come
in; each with a prose line beside it that stays.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from annotate.corpus._notices import is_site_notice
from annotate.corpus._page_talk import is_page_lead
from annotate.corpus._reader_calls import split_calls
from annotate.corpus._widgets import is_widget_line

STORY = "Tribal leaders said they saw helicopters flying nearby after the strike."

# PolNeAR west-journal 2016-10-19: the related and trending boxes, their headlines glued.
RELATED = (
    "Related StoriesAfter Criticism, NFL Player Changes Mind And Will Stand For National "
    "AnthemESPN Anchor Rips Colin Kaepernick For Not Voting In ElectionAnthem Singer Benched By "
    "NBA Team Prior To Her Performance Due To Controversial Shirt."
)
TRENDING = (
    "Trump Adds Former Fox News Analyst, Former Reagan Official To His National Security "
    "TeamClinton Campaign Will Join in Recount Effort Despite Finding No Voter FraudTrump To "
    "Meet With Sheriff David Clarke About Possible White House Job."
)


def test_glued_headlines_are_a_widget() -> None:
    assert is_widget_line(RELATED)
    assert is_widget_line(TRENDING)
    # Brands in camel case join no headlines.
    assert not is_widget_line(
        "The YouTube clip, which WikiLeaks posted on Monday, was shared on LinkedIn."
    )


def test_the_west_journal_boxes_are_dropped() -> None:
    before = "Brewer later explained to Millikin president Patrick White why he felt compelled."
    text = (
        f"{before}\n\nAdvertisement - story continues below.\n\n{RELATED}\n\n{STORY}\n\n"
        f"Trending Stories\n\n{TRENDING}\n"
    )
    cleaned = clean(text)
    assert cleaned.text.split() == f"{before}\n\n{STORY}".split()
    assert is_page_lead("Advertisement - story continues below.")
    assert not is_page_lead("The advertisement continues to run below the fold, he said.")


@pytest.mark.parametrize(
    ("line", "body", "calls"),
    [
        # FNC-1 689 and test 248: CNN's show slot and its link, under the story.
        (
            "Watch The Situation Room with Wolf Blitzer weekdays at 4pm to 6pm ET and Saturdays "
            "at 6pm ET. For the latest from The Situation Room click here.",
            "",
            [
                "Watch The Situation Room with Wolf Blitzer weekdays at 4pm to 6pm ET and "
                "Saturdays at 6pm ET.",
                "For the latest from The Situation Room click here.",
            ],
        ),
        (
            "Watch Anderson Cooper 360° weeknights 8pm ET. For the latest from AC360° click here.",
            "",
            [
                "Watch Anderson Cooper 360° weeknights 8pm ET.",
                "For the latest from AC360° click here.",
            ],
        ),
        # PolNeAR west-journal 2016-03-29.
        ("Share and comment below.", "", ["Share and comment below."]),
        # FNC-1 696, 382: Mediaite's writer's line after its rule of dashes, anywhere in the
        # article (the last line's sign-off rule took the shorter ones).
        (
            "—— >> Follow Evan McMurry (@evanmcmurry) on Twitter",
            "",
            ["—— >> Follow Evan McMurry (@evanmcmurry) on Twitter"],
        ),
        (
            "– – >> Follow Tina Nguyen (@Tina_Nguyen) on Twitter",
            "",
            ["– – >> Follow Tina Nguyen (@Tina_Nguyen) on Twitter"],
        ),
        # FNC-1 639: the Daily Caller's related link after the paragraph's last sentence.
        (
            "The paper reported that foreign terrorists brought the disease into Mosul from "
            "“several countries” in Africa. (RELATED: ISIS Massacred Every Man And Boy Over 15 In "
            "Muslim Town)",
            "The paper reported that foreign terrorists brought the disease into Mosul from "
            "“several countries” in Africa.",
            ["(RELATED: ISIS Massacred Every Man And Boy Over 15 In Muslim Town)"],
        ),
        # Prose that opens alike stays.
        (
            "For the latest quarter, sales rose 4 percent.",
            "For the latest quarter, sales rose 4 percent.",
            [],
        ),
        ("Watch the show, he said, on weekdays.", "Watch the show, he said, on weekdays.", []),
        ("He said it was over (and left).", "He said it was over (and left).", []),
    ],
)
def test_calls_and_related_links_are_cut(line: str, body: str, calls: list[str]) -> None:
    assert split_calls(line) == (body, calls)


def test_a_newsletter_offer_is_a_notice() -> None:
    # PolNeAR huff-post 2016-02-03 and 2016-05-02: HuffPollster's offer of itself.
    assert is_site_notice(
        "HUFFPOLLSTER VIA EMAIL! - You can receive this daily update every weekday morning via "
        "email! Just click here, enter your email address, and click “sign up.” That’s all there "
        "is to it (and you can unsubscribe anytime)."
    )
    assert not is_site_notice(
        "Clinton said she would receive this update from aides by email on Tuesday."
        " It was the first such update."
    )


@pytest.mark.parametrize(
    ("line", "body", "credits"),
    [
        # PolNeAR huff-post 2016-05-02: a source's tag whose bracket the scrape lost.
        (
            "-SurveyMonkey offers some advice on how to QA a survey. [SurveyMonkey",
            "-SurveyMonkey offers some advice on how to QA a survey.",
            ["[SurveyMonkey"],
        ),
        # FNC-1 1359: Boing Boing's link to its source and its thanks.
        (
            "Comcast Declares War on Tor? [Nathan Wold/Deep Dot Web] (Thanks, Alan!)",
            "Comcast Declares War on Tor?",
            ["[Nathan Wold/Deep Dot Web]", "(Thanks, Alan!)"],
        ),
        # A bracket inside the sentence, or thanks that are the story's, stay.
        (
            "The report [SurveyMonkey data] was released. (Thanks to the team, he added.)",
            "The report [SurveyMonkey data] was released. (Thanks to the team, he added.)",
            [],
        ),
    ],
)
def test_source_tags_and_thanks_are_credits(line: str, body: str, credits: list[str]) -> None:
    assert split_credits(line) == (body, credits)


def test_a_three_word_name_on_a_signed_page_is_a_signature() -> None:
    # PolNeAR usa-today 2016-09-01: a readers' comments page, each comment signed.
    first = "So golf and fundraising aren't what make an effective president? Huh."
    second = "He is treating his supporters as ignorants who will believe anything he says. Sad."
    third = "Trump had an opportunity to demonstrate maturity instead of petulance."
    text = (
        f"{first}\n\nDavid Groner.\n\n{second}\n\nNoemi Acevedo Garcia.\n\n{third}\n\n"
        "Division Over Iran.\n\n" + STORY + "\n"
    )
    cleaned = clean(text)
    kinds = {d.text: d.kind for d in cleaned.dropped}
    assert kinds["David Groner."] == "credit"
    assert kinds["Noemi Acevedo Garcia."] == "credit"
    assert kinds.get("Division Over Iran.") != "credit"  # a title's words are no name
    # Unsigned, three capitalised words stay.
    assert "Noemi Acevedo Garcia." in clean(f"{first}\n\nNoemi Acevedo Garcia.\n\n{third}\n").text


def test_an_op_eds_writer_by_the_post_they_hold() -> None:
    # PolNeAR usa-today 2015-12-23: the op-ed's last line.
    body = (
        "Our candidates have made me so proud to be a Democrat, and I look forward to our "
        "debates and conversations about the issues that matter to the American people."
    )
    writer = "Rep. Debbie Wasserman Schultz, D-Fla., chairs the Democratic National Committee."
    cleaned = clean(f"{STORY}\n\n{body}\n\n{writer}\n")
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("sign-off", writer)]
    # The story's last sentence about whom it named stays.
    named = "Debbie Wasserman Schultz spoke on Monday. Wasserman Schultz chairs the party."
    assert "chairs the party" in clean(f"{named}\n\n{STORY}\n\nShe chairs the Committee.\n").text


def test_a_blogs_link_to_its_source_is_a_link() -> None:
    # FNC-1 1359: Boing Boing's pointer, headline, writer/site and thanks.
    line = "Comcast Declares War on Tor? [Nathan Wold/Deep Dot Web] (Thanks, Alan!)"
    cleaned = clean(f"{STORY}\n\n{line}\n")
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("link", line)]
