"""Headings run into their sections (a spaced dash, two spaces), subheadings in title case, a
serial format's standing header, a letters page's label and a signature with a middle name
(issue 12, round 9, ``fix/seg45``). Every line is quoted from the article named."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._glued_headings import run_in_gap
from annotate.corpus._letters import is_signature
from annotate.corpus._live_updates import is_standing_header
from annotate.corpus._sections import is_titled_subheading
from tests.shared import dropped_kinds as kinds

# PolNeAR dev politico 2016-09-15 (Dr. Oz): each section's head in capitals, a spaced dash,
# the section's first sentence.
_DASHED = [
    "Below, POLITICO rounded up just a sampling of the ways that Oz has been discredited by "
    "the medical, health care and political establishment.",
    "",
    "QUESTIONABLE MEDICAL CLAIMS — For years, Oz has been dogged by charges that he has "
    "perpetuated questionable medical advice on his show. He has promoted a raft of "
    "scientifically unproven therapies.",
    "",
    "A 2014 study that appeared in the British Medical Journal found that medical research "
    "either didn’t support or flatly contradicted half of Oz’s TV recommendations.",
    "",
    "CONGRESS HAS INVESTIGATED HIM — Oz’s dubious medical advice earned him the attention of "
    "Congress, where he appeared at a 2014 Senate hearing.",
]


def test_a_feature_s_heads_before_a_spaced_dash_are_cut_off_their_sections() -> None:
    cleaned = clean("\n".join(_DASHED))
    assert kinds(cleaned.dropped)["heading"] == [
        "QUESTIONABLE MEDICAL CLAIMS —",
        "CONGRESS HAS INVESTIGATED HIM —",
    ]
    assert "\n\nFor years, Oz has been dogged" in cleaned.text


def test_one_dateline_before_a_dash_is_left_to_its_sentence() -> None:
    # A wire's dateline has the same shape, once on its page.
    text = (
        "NEW YORK — The city's subway ridership rose for the sixth straight year in 2015, the "
        "transit authority said on Monday.\n\nThe authority said the trend would continue."
    )
    assert "heading" not in kinds(clean(text).dropped)


# PolNeAR train nyt 2015-12-30 (DealBook's roasts and toasts): each head runs into its section,
# two spaces between; the spacing is the only mark.
_SPACED = [
    "Now on to the toasts and roasts as we look back on 2015 and look ahead to the new year:",
    "",
    "Cheers, Ms. Yellen  The Federal Reserve chairwoman, Janet Yellen, seated on the dais, has "
    "been repeatedly criticized by many Wall Street players for not raising interest rates fast "
    "enough.",
    "",
    "It is hard to imagine it going much more smoothly, given all the consternation around a "
    "raise over the last two years.",
    "",
    "Don't hold your breath  Just when we thought tax inversion deals had been slowed by new "
    "rules from the Treasury Department, we got the biggest inversion deal in history.",
    "",
    "The activists won. Now what?  First, Ellen Kullman, DuPont's longtime chief executive, was "
    "shown the door.",
    "",
    "In case there was any confusion,  this ''dinner'' is all fictitious. (Every year, at least "
    "one reader asks about getting invited.)",
]


def test_a_column_s_run_in_heads_set_off_by_two_spaces_are_cut() -> None:
    cleaned = clean("\n".join(_SPACED))
    assert kinds(cleaned.dropped)["heading"] == [
        "Cheers, Ms. Yellen",
        "Don't hold your breath",
        "The activists won. Now what?",
    ]
    assert "\n\nThe Federal Reserve chairwoman" in cleaned.text
    # A comma before two spaces is the sentence's own: the spaces collapse as before.
    assert "In case there was any confusion, this ''dinner''" in cleaned.text
    assert "  " not in cleaned.text


def test_a_page_that_spaces_its_sentences_so_has_no_run_in_heads() -> None:
    # PolNeAR dev huff-post 2016-09-10: two spaces after every sentence, a question first.
    raw = (
        "How much do these figures matter?  Scholars have long debated the salience of ethnic "
        "ties in voters’ preferences.  Variables of age, gender and income matter too."
    )
    assert run_in_gap(raw) is None
    assert run_in_gap("C'mon guys  It was the corporate scandal of the year.") == (10, 12)


def test_one_run_in_line_alone_is_left_whole_with_one_space() -> None:
    text = (
        "Cheers, Ms. Yellen  The Federal Reserve chairwoman, Janet Yellen, has been criticized "
        "by many Wall Street players.\n\nShe raised rates in December."
    )
    cleaned = clean(text)
    assert cleaned.text.startswith("Cheers, Ms. Yellen The Federal Reserve")
    assert "heading" not in kinds(cleaned.dropped)


def test_subheadings_in_title_case_are_dropped() -> None:
    # PolNeAR dev nyt 2016-10-02 (a curious plan), FNC-1 body 817.
    body = "The Natural Bridge is a rocky arch towering 215 feet above a small creek in Virginia."
    assert is_titled_subheading("Knack for Deals.", body)
    assert is_titled_subheading("A Reclamation Plan.", body)
    kim = "While Kim has a half-sister, Kim Yo-jong is his only full sister."
    assert is_titled_subheading("Who Is Kim Yo-Jong?", kim)
    text = (
        '"They would try to sell their best assets and leave their biggest environmental '
        'problems behind."\n\nKnack for Deals.\n\n' + body
    )
    assert kinds(clean(text).dropped) == {"heading": ["Knack for Deals."]}


def test_short_paragraphs_and_names_in_title_case_stay() -> None:
    body = "The Natural Bridge is a rocky arch towering 215 feet above a small creek in Virginia."
    for line in (
        "Jeremy Oakley.",  # a name (PolNeAR usa-today 2016-08-16)
        "He's back.",  # PolNeAR usa-today 2016-01-05
        "Q: Does Marco Rubio?",  # PolNeAR politico 2016-02-19, an interview's question
        "Who is Kim Yo-jong?",
        "Another first.",  # PolNeAR wash-post 2016-07-29
    ):
        assert not is_titled_subheading(line, body), line


def test_a_serial_format_s_standing_header_is_dropped() -> None:
    # PolNeAR test breitbart 2016-10-25 (AP's "The Latest"), train breitbart 2016-08-25.
    latest = "WASHINGTON (AP) — The Latest on the U.S. presidential race (all times EDT):"
    text = (
        "The Latest: FBI ready to respond to Election Day crimes.\n\n"
        f"{latest}\n\n12:50 p.m.\n\n"
        "The Justice Department and FBI say they will have officials ready on Election Day."
    )
    cleaned = clean(text, first_line_is_title=True)
    assert kinds(cleaned.dropped)["heading"] == [latest]
    daily = (
        "Your daily look at late-breaking news, upcoming events and the stories that will be "
        "talked about today:"
    )
    assert is_standing_header(daily, "1. WHAT TRUMP’S IMMIGRATION WAFFLING REFLECTS.", "heading")


def test_a_story_s_lead_in_stays() -> None:
    assert not is_standing_header("Trump told the crowd:", "“We will win.”", None)
    text = (
        "Headline here.\n\nTrump told the crowd on Tuesday night in Florida:\n\n"
        "“We are going to win so much, you will get tired of winning.”"
    )
    assert "Trump told the crowd" in clean(text, first_line_is_title=True).text


# PolNeAR dev usa-today 2016-09-29 (letters page), shortened.
_LETTERS = [
    "Can you imagine if Trump were a woman?",
    "",
    "Letters.",
    "",
    "If Donald Trump were a woman would you still vote for her? Seriously, please ask "
    "yourself that question.",
    "",
    "And if you would never vote for this woman, then why are you voting for Trump?",
    "",
    "John Gorra.",
    "",
    "Staunton Va.",
]


def test_a_letters_page_s_label_is_dropped_by_the_signatures_under_it() -> None:
    cleaned = clean("\n".join(_LETTERS), first_line_is_title=True)
    assert kinds(cleaned.dropped)["heading"] == ["Letters."]
    assert cleaned.text.startswith("If Donald Trump were a woman")


def test_a_short_first_line_over_an_unsigned_story_stays() -> None:
    # PolNeAR train usa-today 2016-01-05: the story opens with a short sentence.
    text = (
        "Bill is back: Hillary's husband on the trail.\n\nHe's back.\n\n"
        "Bill Clinton returned to the campaign trail on Monday in New Hampshire, where he "
        "spoke for his wife."
    )
    cleaned = clean(text, first_line_is_title=True)
    assert cleaned.text.startswith("He's back.")


def test_a_signature_with_a_middle_name_over_its_town() -> None:
    # PolNeAR train usa-today 2016-08-16.
    assert is_signature("Richard Hays Powell.", "Gainesville, Fla.")
    assert not is_signature("Richard Hays Powell.", "He wrote the letter in August.")
    assert not is_signature("Happy New Year.", "The party went on until dawn.")
