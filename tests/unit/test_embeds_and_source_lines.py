"""Non-prose that unseen news still showed (issue 12, ``fix/seg12``): an embedded tweet whose
sign-off's dash sits on a line of its own, a tweet's text ending in its short link, hat tips,
a wire's end mark, an image's alt text, a link line addressed to "you", a lone subheading
with a hyphenated word, the labels and headline of an article a story quotes whole, and a
product widget under its link.

Real lines from FNC-1 train bodies and PolNeAR texts, laid out as they are there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._explain import explain
from tests.shared import dropped_kinds as _kinds

# FNC-1 body 6: the tweet's text, a blank line, its sign-off's dash alone, then the rest of
# the sign-off, then the story.
TWEET = (
    "While ISIS fighters commonly refer to themselves as lions of the Islamic State, Mr. Cooper "
    "said, they refer to child soldiers as cubs of Abu Bakr Al-Baghdadi, ISIS’s self-proclaimed "
    "caliph.\n\n"
    "Abu Ubaidah, the youngest fighter in the Islamic State got martyred with his father by US "
    "airstrikes 2 weeks ago. #IS http://t.co/N1PUeXI7iR\n\n"
    "— \n"
    "Islamic State Times (@ISTimes1) October 07, 2014\n"
    "Mr. Cooper first saw ISIS supporters tweeting that the young boy was dead on Sept. 26."
)


def test_a_tweet_whose_sign_off_dash_is_alone_is_dropped_whole() -> None:
    cleaned = clean(TWEET)
    kinds = _kinds(cleaned.dropped)
    assert "Abu Ubaidah" not in cleaned.text
    assert "t.co" not in cleaned.text
    assert kinds["tweet"] == [
        "Abu Ubaidah, the youngest fighter in the Islamic State got martyred with his father "
        "by US airstrikes 2 weeks ago. #IS http://t.co/N1PUeXI7iR"
    ]
    assert kinds["credit"] == ["Islamic State Times (@ISTimes1) October 07, 2014"]
    assert cleaned.text.endswith("young boy was dead on Sept. 26.")


@pytest.mark.parametrize(
    "tweet",
    [
        # FNC-1 1659, 2326, 1400: tweets embedded without a sign-off line.
        "At the war memorial in. Ottawa. A soldier has been shot. They are giving him treatment "
        "now. #breaking pic.twitter.com/cTmlb1LvgG",
        "Can't believe this. Remember going up town with my dad to watch Home Alone in the "
        "cinema. RIP Kevin xx http://t.co/2536YI8JmM",
        "Because safe sex is important, no matter what season it is. 🎃 #pumpkinspice "
        "pic.twitter.com/kzHSBgw87a",
    ],
)
def test_a_line_ending_in_a_tweets_short_link_is_a_tweet(tweet: str) -> None:
    cleaned = clean(f"A real sentence here.\n\n{tweet}\n\nAnother one.")
    assert _kinds(cleaned.dropped) == {"tweet": [tweet]}


def test_a_dash_inside_a_line_before_a_handle_is_not_a_sign_off_without_its_dash() -> None:
    # FNC-1 1884: the tweet's text and its sign-off glued on one line (a dash inside) is the
    # tweet's; the story's line above it stays.
    above = "9. And as if you needed any more proof, Banksy's PR has confirmed it is a hoax"
    glued = "@JDBeauvallet it's a hoax— jo brooks (@brightonseagull) October 20, 2014"
    cleaned = clean(f"A real sentence here.\n\n{above}\n\n{glued}\n\nAnother one.")
    assert above in cleaned.text
    assert _kinds(cleaned.dropped) == {"tweet": [glued]}


@pytest.mark.parametrize(
    "tip",
    [
        "[h/t ABC News]",  # FNC-1 2385, above the credit and the sign-off
        "H/T FTVLive",  # FNC-1 83, between paragraphs
        "h/t: The Hill.",  # PolNeAR west-journal 2016-03-11
        "[h/t Consumerist, Photo: Mr. T in DC/Flickr]",  # FNC-1 155
    ],
)
def test_a_hat_tip_is_a_credit_wherever_it_stands(tip: str) -> None:
    raw = (
        "Hunter didn’t back down.\n\n"
        f"{tip}\n\n"
        "[Image via screengrab]\n\n"
        "—— >> Follow Evan McMurry (@evanmcmurry) on Twitter"
    )
    cleaned = clean(raw)
    assert cleaned.text == "Hunter didn’t back down."
    assert tip in _kinds(cleaned.dropped)["credit"]


def test_a_hat_tip_as_the_last_line_is_a_credit() -> None:
    # FNC-1 15 (a sign-off before this round: the kind now says what it is).
    cleaned = clean("Naturally, Jennifer Lawrence did not comment.\n\n[h/t Uproxx]")
    assert _kinds(cleaned.dropped) == {"credit": ["[h/t Uproxx]"]}


def test_a_wire_end_mark_is_cut_off_the_last_line() -> None:
    # FNC-1 1590, its last line.
    raw = (
        "Nujaifi said in a statement by his press office that the crime was terrible.\n\n"
        "Terrorist, Daash used Chlorine gas in the area of Saqlawiyah, after surrounding more "
        "than 400 soldiers, which led to the death of three hundreds of them because of "
        "suffocation. / End"
    )
    cleaned = clean(raw)
    assert cleaned.text.endswith("because of suffocation.")
    assert _kinds(cleaned.dropped) == {"sign-off": ["/ End"]}


def test_an_end_mark_inside_the_article_stays() -> None:
    raw = "The talks came to an / end. / End\n\nThe next day, they began again."
    assert "/ End" in clean(raw).text


@pytest.mark.parametrize(
    "alt",
    # FNC-1 1584, 466, 1784; FNC-1 test 575.
    [
        "banksy paris charlie hebdo",
        "iraqi news gas attack",
        "app store manipulation prices",
        "hugh hefner dead rumors started by bogus website",
    ],
)
def test_an_images_alt_text_is_a_label(alt: str) -> None:
    cleaned = clean(
        f"Both posts carried only the message “RIP”.\n\n{alt}\n\nThat said, it is fake."
    )
    assert _kinds(cleaned.dropped) == {"label": [alt]}


def test_lower_case_words_whose_sentence_goes_on_are_joined() -> None:
    cleaned = clean("A real sentence.\n\nthe president said that\nthe talks would resume.")
    assert cleaned.text.endswith("the president said that the talks would resume.")


@pytest.mark.parametrize(
    "line",
    # FNC-1 621, 2211.
    [
        "You can read the whole article here.",
        "You can read the full report over at The Hollywood Reporter.",
    ],
)
def test_a_link_line_addressed_to_you_is_a_link(line: str) -> None:
    cleaned = clean(
        f"Warren also said this about the airstrikes.\n\n{line}\n\nAnd an article says more."
    )
    assert _kinds(cleaned.dropped) == {"link": [line]}


def test_you_can_in_prose_stays() -> None:
    line = "You can read a lot into what the senator did not say, aides said."
    assert line in clean(f"A real sentence here.\n\n{line}\n\nAnother one.").text


def test_a_lone_subheading_with_a_hyphenated_word_of_its_section() -> None:
    # PolNeAR wash-post 2016-02-17: the only subheading of its article.
    raw = (
        "\"You can't start building relationships a few weeks before a vote and think that's "
        'enough."\n\n'
        "Stepped-up outreach.\n\n"
        "Here in Columbia, Sanders stepped up his emphasis on criminal justice issues."
    )
    cleaned = clean(raw)
    assert _kinds(cleaned.dropped) == {"heading": ["Stepped-up outreach."]}


# FNC-1 1303: an About.com hoax page quoting two articles, each under its number and source.
QUOTED = (
    "Status: False (see details below)\n\n"
    "Example #1: \n"
    "Via WorldNewsDailyReport.com, Feb. 4, 2015:\n\n"
    "CATHOLIC PRIEST WHO DIED FOR 48 MINUTES CLAIMS THAT GOD IS A WOMAN\n\n"
    "Boston| A Catholic priest from Massachussetts was officially dead for more than 48 "
    "minutes before medics were able to miraculously re-start his heart.\n\n"
    "Example #2:\n"
    "Via Metro.co.uk, Feb. 22, 2015 (article subsequently revised):\n\n"
    "Priest who died for 48 minutes says he met God and she’s a woman\n\n"
    "We’ve all seen the traditional depictions of God as a cloud-dwelling figure with a "
    "flowing mane and a white beard."
)


def test_the_labels_and_headline_of_a_quoted_article_are_not_tasks() -> None:
    cleaned = clean(QUOTED)
    kinds = _kinds(cleaned.dropped)
    assert kinds["label"] == [
        "Example #1:",
        "Via WorldNewsDailyReport.com, Feb. 4, 2015:",
        "Example #2:",
        "Via Metro.co.uk, Feb. 22, 2015 (article subsequently revised):",
    ]
    assert kinds["headline"] == [
        "CATHOLIC PRIEST WHO DIED FOR 48 MINUTES CLAIMS THAT GOD IS A WOMAN",
        "Priest who died for 48 minutes says he met God and she’s a woman",
    ]
    assert cleaned.text.startswith("Boston| A Catholic priest")
    assert "We’ve all seen" in cleaned.text


@pytest.mark.parametrize(
    "lead_in",
    # FNC-1 2414, 1170: a clause, and a source whose quoted text follows.
    ["Via Yahoo News, she explains:", "Via The Daily Currant:"],
)
def test_a_lead_in_or_the_text_under_a_source_stays(lead_in: str) -> None:
    quoted = "When completed, the landfill will be the largest waste disposal site in the state."
    cleaned = clean(f"A real sentence here.\n\n{lead_in}\n{quoted}\n\nAnother one.")
    assert quoted in cleaned.text
    if lead_in.startswith("Via Yahoo"):
        assert lead_in in cleaned.text


# FNC-1 521 (and 2124, test 2461): Engadget's product widget at the article's end, under the
# story's sources: the product's link alone, then its two calls.
WIDGET = (
    "The company has a good track record of substantially improving its devices after a debut "
    "model appears.\n\n"
    "Via: 9to5mac\n\n"
    "Source: The Wall Street Journal\n\n"
    '<a href="http://www.engadget.com/products/apple/watch/">   Apple   Watch  </a>\n\n'
    "Get better reviews from people who actually have this product!\n\n"
    "Talk about the Apple Watch with other people who own it too!"
)


def test_a_product_widget_under_its_link_is_not_a_task() -> None:
    cleaned = clean(WIDGET)
    assert cleaned.text == (
        "The company has a good track record of substantially improving its devices after a "
        "debut model appears."
    )
    kinds = _kinds(cleaned.dropped)
    assert kinds["markup"] == [
        '<a href="http://www.engadget.com/products/apple/watch/"> Apple Watch </a>'
    ]
    assert kinds["link"] == [
        "Get better reviews from people who actually have this product!",
        "Talk about the Apple Watch with other people who own it too!",
    ]


@pytest.mark.parametrize(
    "story",
    [
        # Longer than an ad: the box ends (as under an ad label).
        "Apple Watch became known as a black hole within the company, the WSJ's sources said, "
        "as it continued sucking in resources for four years despite all the failures.",
        # Short, but not a call: a link is no label by its words, so only calls are its box's.
        "Apple declined to comment.",
    ],
)
def test_the_story_under_a_link_element_stays(story: str) -> None:
    raw = (
        "A real sentence here.\n\n"
        '<a href="http://www.engadget.com/products/apple/watch/">Apple Watch</a>\n\n'
        f"{story}\n\nAnother one."
    )
    assert story in clean(raw).text


def test_explain_shows_the_end_mark_as_cut(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    raw = (
        "Nujaifi said in a statement by his press office that the crime was terrible.\n\n"
        "Terrorist, Daash used Chlorine gas in the area of Saqlawiyah. / End"
    )
    path.write_text(json.dumps({"text": raw}) + "\n", encoding="utf-8")
    rows = [(d.line, d.action, d.rule, d.text) for d in explain(path)]
    assert rows[1:] == [
        (
            3,
            "kept",
            "1 sentence",
            "Terrorist, Daash used Chlorine gas in the area of Saqlawiyah. / End",
        ),
        (3, "cut", "sign-off", "/ End"),
    ]
