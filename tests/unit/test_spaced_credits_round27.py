"""Round 27: a tabloid's caption with its picture's credit set before it, apart by three
spaces in the raw line, kept as a sentence (FNC-1 1562, 544, test 579, test 2023; the
rule-free judges' error on ``aafec48``).
"""

from __future__ import annotations

from annotate.corpus._clean import clean

_STORY = (
    "Struggling parents tried to sell their son in a street auction to pay for life saving"
    " cancer treatment for his twin sister.\n\n"
)
_CAPTIONS = (
    "CEN   Mum Meng Xiangyan has gone onto the street to try and raise the money for her ill"
    " daughter by selling their son who is the girl's twin.",
    "Facebook / Dylan Thomas   Sore: When the red line began to blister Dylan knew something"
    " was really wrong",
    "Enterprise News and Pictures   Bizarre Claim: A journalist has alleged that Burton wanted"
    " to put Manson on display in a glass coffin",
    "Weird Whitstable   Claws for concern: Is this picture shared on the internet the biggest"
    " crab the banks of Britain have ever seen?",
)
_AFTER = "\n\nHis sister is suffering from acute leukemia.\n"


def test_a_caption_after_its_spaced_credit_is_dropped() -> None:
    for raw in _CAPTIONS:
        cleaned = clean(f"{_STORY}{raw}{_AFTER}")
        credit = raw.split("   ")[0]
        assert credit not in cleaned.text, raw
        assert any(d.kind == "caption" and d.text.startswith(f"{credit} ") for d in cleaned.dropped)
        assert "acute leukemia." in cleaned.text


def test_lines_set_apart_otherwise_are_kept() -> None:
    for raw in (
        # Two spaces: a typist's, in prose.
        "Billionaire  Donald Trump has dominated the race without investing in a single TV"
        " commercial.",
        # A reader's question before the run.
        "Who is going to try this??   Cause I most definately am! 2 weeks from today folks!",
        # Several sentences after the run: a paragraph.
        "CEN   Mum Meng Xiangyan has gone onto the street. She wants to raise money.",
    ):
        cleaned = clean(f"{_STORY}{raw}{_AFTER}")
        assert raw.split()[0] in cleaned.text, raw


def test_the_first_paragraph_is_not_read_so() -> None:
    raw = "LONDON   The Prime Minister said on Tuesday that the vote would go ahead."
    assert "The Prime Minister said" in clean(f"{raw}{_AFTER}").text
