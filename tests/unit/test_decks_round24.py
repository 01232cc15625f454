"""Round 24: a deck in headlinese under the title, on the real lines.

The Washington Post's texts in PolNeAR set the deck a blank line under the title. One in
headlinese, a subject and a participle with no finite verb, is the headline's (PolNeAR train,
wash-post 2015-12-23, seed 1429's judge); a deck that is a sentence stays the story's (seeds
1434 and 1436's judges: ``At Tennessee college, Republicans struggle over public
endorsement.``).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._decks import is_participle_deck

_TITLE = "As spotlight shines on Trump and GOP, Clinton is gathering her strength."
_DECK = "Lack of attention to Democratic race hurting rivals Sanders, O'Malley."
_LEAD = (
    "Amid the din of the Republican race for president and the scramble of the week before "
    "Christmas, you can be forgiven for not knowing that there was a Democratic debate Saturday "
    "night. And the fact that you probably did not watch - that you had other things to do - is "
    "just fine by Hillary Clinton."
)


def _text(deck: str) -> str:
    return f"{_TITLE}\n\n{deck}\n\n{_LEAD}\n"


def test_a_deck_in_headlinese_is_the_headlines() -> None:
    cleaned = clean(_text(_DECK), first_line_is_title=True)
    assert [d.text for d in cleaned.dropped if d.kind == "headline"] == [_DECK]
    assert cleaned.text.startswith("Amid the din")


def test_a_deck_that_is_a_sentence_stays() -> None:
    deck = "At Tennessee college, Republicans struggle over public endorsement."
    cleaned = clean(_text(deck), first_line_is_title=True)
    assert cleaned.text.startswith(deck)


def test_the_deck_is_read_only_under_the_title() -> None:
    # The same line as the story's second paragraph is left to the other rules.
    text = f"{_TITLE}\n\n{_LEAD}\n\n{_DECK}\n\n{_LEAD}\n"
    assert _DECK in clean(text, first_line_is_title=True).text


def test_the_participle_is_the_predicate() -> None:
    assert is_participle_deck(_DECK)
    # PolNeAR wash-post 2016-04-07 and 2016-02-21: a participle, a passive one.
    assert is_participle_deck(
        "Nation shuffling top diplomats and honing its rhetoric to defend image."
    )
    assert is_participle_deck(
        "Case of still-jailed acerbic 'new-media journalist' being watched by ACLU."
    )
    # Decks that are sentences: a present tense before the "-ing" word, a speech verb, a
    # finite verb after the participle, an "-ing" noun after a preposition.
    assert not is_participle_deck(
        "Sanders praises Obama after 45-minute meeting on policy and politics."
    )
    assert not is_participle_deck(
        "Campaign criticizes spy agencies and timing of finding's release."
    )
    assert not is_participle_deck("Patrick Howley, writing on Breitbart, shared those sentiments.")
    assert not is_participle_deck("Unlike Trump, Clinton's supporting civil rights.")
    assert not is_participle_deck("Lack of attention hurting rivals, aides say.")
