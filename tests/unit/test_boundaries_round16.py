"""Boundaries at quotations and abbreviations, round 16 (issue 12, `fix/seg66`).

Real lines from FNC-1 bodies and PolNeAR texts (named beside each). Each rule has a test on
the line it was made for and one on a nearby line that must stay as it was.
"""

from __future__ import annotations

from annotate.corpus._segment import split_sentences


# PolNeAR politico 2016-07-02 sanders-california-supporters and nyt 2016-10-30
# for-democrats-anthony-weiner: a name, a past tense the lexicon lacks and a comma.
def test_a_name_a_past_tense_and_a_comma_after_an_exclamation_are_its_attribution() -> None:
    assert split_sentences(
        '“I am still Sanders,” it read. "All the way!" Dawson shouted, shorthand for taking the '
        "pro-Sanders fight all the way to the Democratic convention."
    ) == [
        "“I am still Sanders,” it read.",
        '"All the way!" Dawson shouted, shorthand for taking the pro-Sanders fight all the way '
        "to the Democratic convention.",
    ]
    line = (
        '"We\'re still talking about that guy during a presidential election?" Mr. Burton '
        'fumed, using a profane seven-letter word instead of "guy."'
    )
    assert split_sentences(line) == [line]


# PolNeAR train politico 2016-02-19 (HuffPost-style "Feel the Bern!") and FNC-1: a plural noun
# and a comma, or a name and a verb before a quotation, open sentences of their own.
def test_a_new_sentence_after_an_exclamation_stays_its_own() -> None:
    assert split_sentences(
        'They chanted "Feel the Bern!" Trump supporters, many in red hats, stood across the street.'
    ) == [
        'They chanted "Feel the Bern!"',
        "Trump supporters, many in red hats, stood across the street.",
    ]
    assert split_sentences('"Why?" He said nothing. "Why not?" He asked, "Is it over?"') == [
        '"Why?"',
        "He said nothing.",
        '"Why not?"',
        'He asked, "Is it over?"',
    ]


# PolNeAR politico 2016-03-10 hillary-clinton-s-backseat-drive: a pronoun, a speech verb and a
# time clause; the quotation is what was tweeted.
def test_a_pronoun_a_speech_verb_and_a_time_clause_are_the_attribution() -> None:
    line = (
        "“Too forced?” He tweeted when Clinton ended a Democratic debate last December with a "
        'reference to the blockbuster "Star Wars" sequel hitting the theaters.'
    )
    assert split_sentences(line) == [line]


# PolNeAR (a reply after a quotation, and a claim with a clause): sentences of their own.
def test_a_pronoun_and_a_speech_verb_with_an_object_open_a_sentence() -> None:
    assert split_sentences(
        '"Will you serve?" she asked. "Yes!" She replied to him that it was an "honor to serve."'
    ) == [
        '"Will you serve?" she asked.',
        '"Yes!"',
        'She replied to him that it was an "honor to serve."',
    ]
    assert split_sentences(
        '"Can it reach us?" He claims that North Korea has Scotland in its sights.'
    ) == ['"Can it reach us?"', "He claims that North Korea has Scotland in its sights."]


# PolNeAR train politico 2016-02-19 more-hillary-clinton-emails: a party-and-state tag's stop
# ends the sentence before a capitalised word that opens the next.
def test_a_party_tag_closed_after_its_stop_ends_the_sentence() -> None:
    assert split_sentences(
        "It comes at a crucial time, against an unexpectedly formidable challenge from Sen. "
        "Bernie Sanders (I-Vt.) Clinton eked out a victory over Sanders in Iowa, and was "
        "walloped in New Hampshire."
    ) == [
        "It comes at a crucial time, against an unexpectedly formidable challenge from Sen. "
        "Bernie Sanders (I-Vt.)",
        "Clinton eked out a victory over Sanders in Iowa, and was walloped in New Hampshire.",
    ]
    line = "Sen. Charles Schumer (D-N.Y.) Tuesday said the vote would wait."
    assert split_sentences(line) == [line]


# FNC-1 body 879 and FNC-1 test body 836: an aside closed after a word in lower case and its
# stop ended the sentence around it.
def test_an_aside_closed_on_a_clause_ends_the_sentence() -> None:
    assert split_sentences(
        "I laid out the state of First Look as I saw it (with a little help from some well "
        "placed sources.) The discussion was… uh… spirited on both sides."
    ) == [
        "I laid out the state of First Look as I saw it (with a little help from some well "
        "placed sources.)",
        "The discussion was… uh… spirited on both sides.",
    ]
    assert (
        split_sentences(
            'with the note "You can\'t make this up!!!!" (It was subsequently shared more than '
            "28,000 times.) Gleason explained to the Times what was apparently self-evident."
        )[-1]
        == "Gleason explained to the Times what was apparently self-evident."
    )


# PolNeAR usa-today (credits) and Hill pieces: a place's or a title's abbreviation in brackets
# goes on the name after it.
def test_an_abbreviation_in_brackets_before_a_name_stays_in_its_sentence() -> None:
    for line in (
        "Glorioso reports for Naples (Fla.) Daily News; Williams reports for The (Fort Myers, "
        "Fla.) News-Press.",
        "Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio spoke.",
        '"Both Donald Trump and (Texas Sen.) Ted Cruz scare me," Harry Bond said.',
    ):
        assert split_sentences(line) == [line]


# FNC-1 body 2091: an opening mark typed as a closing one, after a sentence whose quotation
# closed inside it, opens the next sentence.
def test_a_closing_mark_with_nothing_to_close_opens_the_next_sentence() -> None:
    assert split_sentences(
        "“If you are going out shopping early on Friday please keep your eyes open”, Phillips "
        "advised. ” At this juncture we are unsure as to how great the threat from these "
        "attacks is going to be."
    ) == [
        "“If you are going out shopping early on Friday please keep your eyes open”, Phillips "
        "advised.",
        "” At this juncture we are unsure as to how great the threat from these attacks is "
        "going to be.",
    ]


# After PolNeAR breitbart 2016-01-19 long-time-leaders-of-conservativ (Bozell, there closed
# after a comma): a mark that closes a quotation opened sentences before stays with it.
def test_a_closing_mark_that_closes_a_quotation_stays_with_it() -> None:
    assert split_sentences(
        "“They viewed Ronald Reagan that way. This is how they view Ted Cruz today. ” Bozell "
        "adds more."
    ) == [
        "“They viewed Ronald Reagan that way.",
        "This is how they view Ted Cruz today. ”",
        "Bozell adds more.",
    ]
