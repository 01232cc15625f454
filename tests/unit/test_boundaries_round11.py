"""Boundaries and merges, round 11 (issue 12, `fix/seg52`).

Real lines from FNC-1 train bodies and PolNeAR texts (named beside each). Each rule has a test
on the line it was made for and one on a nearby line that must stay as it was.
"""

from __future__ import annotations

from annotate.corpus._segment import split_sentences


# FNC-1 body 2020: a bare attribution after "!", its verb not among the lexicon's cues.
def test_a_name_and_a_bare_verb_after_an_exclamation_are_its_attribution() -> None:
    line = (
        "Stan, 68, is incredulous when he hears the good news. In the video, a reporter tells "
        'Stan that it took 10 people a total of three days to retrieve the message. "That must '
        'have cost a fortune!" Stan exclaims.'
    )
    assert split_sentences(line)[-1] == '"That must have cost a fortune!" Stan exclaims.'


# PolNeAR politico 2016-03-01 (Trump on immigration) and FNC-1 body 1020: the same after "?".
def test_a_name_and_a_bare_verb_after_a_question_are_its_attribution() -> None:
    assert split_sentences(
        "“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe let some people "
        "stay if they register in a period of time?”"
    ) == [
        "“Would it be negotiable about the 11 million?” Hannity pressed.",
        "“Maybe let some people stay if they register in a period of time?”",
    ]
    assert split_sentences(
        '"You thought I was going to get all smacked up drunk, huh?" Thomas interrupts. "But '
        "there's things money can't buy and I get a happiness out of what I'm doing.\""
    ) == [
        '"You thought I was going to get all smacked up drunk, huh?" Thomas interrupts.',
        "\"But there's things money can't buy and I get a happiness out of what I'm doing.\"",
    ]


# PolNeAR usa-today 2016-07-26 and wash-post 2015-11-16: a sentence that goes on after its verb
# is a sentence of its own.
def test_a_sentence_that_goes_on_after_a_quotation_stays_its_own() -> None:
    assert split_sentences(
        'Media activists joined in a thunderous chant of "Feel the Bern!" Their voices drowned '
        "out traffic cop whistles and car horns along the busy street."
    ) == [
        'Media activists joined in a thunderous chant of "Feel the Bern!"',
        "Their voices drowned out traffic cop whistles and car horns along the busy street.",
    ]
    assert split_sentences(
        '"What difference does it make?" Her critics cited it as evidence that she '
        "couldn't have cared less."
    ) == [
        '"What difference does it make?"',
        "Her critics cited it as evidence that she couldn't have cared less.",
    ]


# FNC-1 body 2423: a brand that mixes its cases, glued by its stop to "I".
def test_a_stop_glued_after_a_brand_before_i_ends_the_sentence() -> None:
    assert split_sentences(
        "Then promptly synced and deleted it in iCloud.I have public beta of Yosemite so can't "
        "roll back via time machine."
    ) == [
        "Then promptly synced and deleted it in iCloud.",
        "I have public beta of Yosemite so can't roll back via time machine.",
    ]
    # A site's name before a part that is no one-letter word stays whole (FNC-1 body 1425).
    line = (
        "Citing an anonymous source, the French website iGen.Fr reports that stainless steel "
        "versions of the Apple Watch will retail for $500 while the gold models may retail for "
        "as high as $5,000."
    )
    assert split_sentences(line) == [line]


# PolNeAR politico 2016-02-04 (insiders): an inline "1) ... 2) ..." list inside one sentence.
def test_an_inline_list_after_a_colon_stays_in_its_sentence() -> None:
    line = (
        "“Rubio will come on strong for two reasons: 1) Unlike Cruz, Rubio will live in New "
        "Hampshire through the primary, while Cruz has already shown that he’s hedging his bets "
        "and has traveled to South Carolina and 2) Kasich, Christie and Bush’s support will "
        "collapse as mainstream voters view them as bad horses.”"
    )
    assert split_sentences(line) == [line]


# FNC-1 body 1722: a list item in its own paragraph after the colon, ending in its own stop,
# is a sentence (the rule reads one line).
def test_a_list_item_with_its_own_stop_is_a_sentence() -> None:
    assert split_sentences(
        "Reports are still a bit sketchy, but my biggest doubts come in two parts:\n\n1) In a "
        "city of over two million people, you’d expect a fireball around midnight would’ve been "
        "seen by a lot of people. I haven’t heard any confirmed reports of witnesses."
    ) == [
        "Reports are still a bit sketchy, but my biggest doubts come in two parts:",
        "1) In a city of over two million people, you’d expect a fireball around midnight "
        "would’ve been seen by a lot of people.",
        "I haven’t heard any confirmed reports of witnesses.",
    ]
