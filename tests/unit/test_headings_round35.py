"""Round 35 (session 45): two section heads left on the tasks.

A section heading in sentence case run into its paragraph by a spaced hyphen, on a
HuffPollster page whose heads in capitals make a series (PolNeAR train huff-post 2016-02-03,
seed 1587's judge): the paragraph's quotation was closed with the opening mark mistyped
(``... stand.“``), so it did not read as ending like a sentence. And a quotation set alone
between two paragraphs as a section's heading, repeating no sentence of the story (FNC-1 2178,
seed 1588's judge; FNC-1 test 248 and 2105).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds

# PolNeAR train huff-post 2016-02-03: heads in capitals before a spaced hyphen make the series.
_DIGEST = (
    "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: "
    "“Although the polls failed to predict Ted Cruz’s Iowa win on Tuesday night, it isn’t "
    "because they were dead wrong. They just ended too early.”\n\n"
    "NEW HAMPSHIRE SHOWS STRONG TRUMP LEAD, BUT COULD IT BE MISLEADING? - Donald Trump has "
    "enjoyed a 20-point lead in New Hampshire polls for much of the fall and winter.\n\n"
    "{line}\n\n"
    "SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE - Since January, Sen. Bernie Sanders has opened up "
    "a 15-point lead over Hillary Clinton in the polls of the state.\n"
)
_MISTYPED = (
    "Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of "
    "heat from the public and the media. In short, because polls are the only thing that give "
    "us an idea of where voters stand.“"
)


def test_a_run_in_lead_over_a_quotation_closed_by_a_mistyped_mark_is_cut() -> None:
    cleaned = clean(_DIGEST.format(line=_MISTYPED))
    assert "Media shares blame in Iowa poll overhype -" in kinds(cleaned.dropped)["heading"]
    assert "\nHuffPollster: “Pollsters are taking a lot of heat" in cleaned.text


def test_prose_with_a_dash_on_the_same_page_stays_whole() -> None:
    # A sentence with a dash inside it, not a lead: the dash is followed by lower case.
    line = (
        "Trump won in Indiana - and Cruz said it was over. He quit the race that night, "
        "telling supporters the path had closed.“"
    )
    cleaned = clean(_DIGEST.format(line=line))
    assert "Trump won in Indiana - and Cruz said it was over." in cleaned.text


# FNC-1 2178 (Ars Technica): a speaker's words head the section under them.
_ARS = (
    "Comcast has lately found itself issuing public apologies on a somewhat regular basis.\n\n"
    "“Kelly” allegedly told the customer that “Users who try to use anonymity are usually "
    "doing things that aren’t so-to-speak legal. We have the right to terminate your account "
    "at anytime due to you violating the rules.”\n\n"
    "{line}\n\n"
    "There was good reason to be skeptical of this report. Any organized campaign would "
    "likely inspire numerous complaints, as noted by Julian Sanchez, who wrote on Twitter:\n\n"
    "Comcast spokesperson Charlie Douglas told Ars that the story was wildly inaccurate.\n"
)


def test_a_quotation_alone_between_paragraphs_without_a_stop_is_a_heading() -> None:
    cleaned = clean(_ARS.format(line="“I think the story is nonsense”"))
    assert "“I think the story is nonsense”" in kinds(cleaned.dropped)["heading"]
    assert "nonsense" not in cleaned.text
    assert "There was good reason to be skeptical of this report." in cleaned.text


def test_a_quotation_with_its_stop_stays() -> None:
    cleaned = clean(_ARS.format(line="“I think the story is nonsense.”"))
    assert "“I think the story is nonsense.”" in cleaned.text


def test_a_long_quotation_without_its_stop_stays() -> None:
    # A quoted tweet or rule of a sentence's length, not a line's few words (FNC-1 test 1685).
    line = (
        "“NHL expansion – four teams added by 2017, Quebec City, Toronto, Seattle, and Las "
        "Vegas $1.4b in expansion fees”"
    )
    cleaned = clean(_ARS.format(line=line))
    assert line in cleaned.text


def test_the_next_paragraph_of_a_quotation_left_open_stays() -> None:
    # FNC-1 1167: the paragraph above opens a single-quoted quotation it does not close, so the
    # line goes on with the speaker's words, its stop lost.
    body = (
        "Speaking to Business Insider, he added: 'Jones’s personality and technique are what "
        "make him so successful and I aspire to become even one per cent of the man he is.\n\n"
        "'He went through obstacles, yet still came out on top'\n\n"
        "And despite his massive fortune, Mohammed has no plans to give up trading just yet.\n"
    )
    cleaned = clean(body)
    assert "'He went through obstacles, yet still came out on top'" in cleaned.text
