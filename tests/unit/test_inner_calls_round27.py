"""Round 27: calls to the reader set between a paragraph's sentences, kept as tasks on real
news (the rule-free judges' errors on ``aafec48``).

A live blog's pointer glued into its entry ("For more, read on.", The Mirror, FNC-1 1800); the
page's promise to tell its reader more, with the story going on after it ("We'll keep you
posted on further developments.", FNC-1 266); pointers to more elsewhere before the next
sentence (FNC-1 376, 1888). A speaker's promise in quotes, a "For more than ..." opening and a
promise that is a clause after the story's own stay.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._reader_calls import split_inner_calls
from tests.shared import dropped_kinds as kinds

_POSTED = "We'll keep you posted on further developments."
_MEANTIME = "In the meantime, be on the lookout for the Batmobile. It looks like this."
_READ_ON = "For more, read on."
_SERVICES = (
    "According to the reports, the man who has been seen in a series of horrific beheading"
    " videos is a British man from west London who was known to the security services."
)
_SEE = "For more, see PCMag's Hands On With the Apple Watch and the slideshow above."
_ALSO = (
    "Also check out 5 Reasons the Apple Watch Is a Winner and 5 Wearables More Interesting"
    " Than the Apple Watch, as well as Understanding Apple's Watch Strategy."
)
_VISIT = "For more information on the listing, visit vladi-private-islands.de."
_ISLANDS = (
    "'Apart from the island, the property also includes the two small Skinnpälsarna islands"
    " and a water area of around two million square metres.'"
)


def test_a_promise_to_keep_the_reader_posted_is_cut_from_its_paragraph() -> None:
    assert split_inner_calls(f"{_POSTED} {_MEANTIME}") == (_MEANTIME, [_POSTED])
    cleaned = clean(f"The Batmobile is missing.\n{_POSTED} {_MEANTIME}\n")
    assert kinds(cleaned.dropped)["call"] == [_POSTED]
    assert _POSTED not in cleaned.text
    assert _MEANTIME in cleaned.text


def test_a_pointer_glued_after_a_sentence_is_cut() -> None:
    line = f"{_SERVICES}{_READ_ON} In this video you can hear the accent."
    assert split_inner_calls(line) == (
        f"{_SERVICES} In this video you can hear the accent.",
        [_READ_ON],
    )


def test_pointers_to_more_elsewhere_are_cut_mid_paragraph() -> None:
    assert split_inner_calls(f"Ads are avoided. {_SEE} {_ALSO}") == (
        f"Ads are avoided. {_ALSO}",
        [_SEE],
    )
    assert split_inner_calls(f"{_ISLANDS} {_VISIT} The price is €1m.") == (
        f"{_ISLANDS} The price is €1m.",
        [_VISIT],
    )


def test_a_line_that_is_its_call_alone_is_left_to_split_calls() -> None:
    assert split_inner_calls(_POSTED) == (_POSTED, [])


def test_the_storys_sentences_stay() -> None:
    for line in (
        # A speaker's promise, in quotes.
        "Police said: “We will provide more information when it is available.” He left.",
        "“We will provide more information when it is available.” The police left.",
        # "For more than ..." is a time, not a pointer.
        "For more than half a century, Vigurie has dedicated his life to the movement. He won.",
        "For more than 10 years, conservatives have met. Few knew.",
        # The promise as a clause after the story's own.
        "At present, there are no new images to share with you, but we will update this story"
        " as soon as one surfaces on the web. The end.",
        # Someone else keeping others informed.
        "Police will keep the public informed. The road is closed.",
    ):
        assert split_inner_calls(line) == (line, [])
