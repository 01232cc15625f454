"""Round 26 (issue 12): a subheading in capitals inside a line whose paragraphs a scrape ran
into one.

Real text from FNC-1 2230 (fresh judges on round 25's HEAD): a Reuters story set on one line,
its subheading opening the sentence after the last paragraph's end. The near-misses inside a
line stay: a run of acronyms before a name (FNC-1 test 332) and a sentence shouted in capitals
in a quoted forum post (FNC-1 243).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._flattened_heads import split_inner_heads
from tests.shared import dropped_kinds as kinds

KIM = (
    '"The longer he remains out of the public eye, the more uncertainty about him, and the'
    ' status of his regime, will grow," said Curtis Melvin, a researcher at the U.S.-Korea'
    " Institute at the Johns Hopkins School of Advanced International Studies in Washington."
    "  NOT KIM'S FIRST ABSENCE North Korean officials have denied that Kim's public absence"
    " since early September is health-related and a U.S. official following North Korea said"
    " this week there were no indications he was seriously ill or in political trouble."
)


def test_the_subheading_inside_the_line_is_dropped() -> None:
    cleaned = clean(KIM)
    assert kinds(cleaned.dropped)["heading"] == ["NOT KIM'S FIRST ABSENCE"]
    assert "in Washington. North Korean officials have denied" in cleaned.text


def test_acronyms_and_shouts_stay() -> None:
    hp = "HP will split into two companies. HP CEO Meg Whitman will lead the Enterprise business."
    assert split_inner_heads(hp) == (hp, [])
    shout = (
        "For the hell of it, I did it on my iPhone as well. ALL DOCUMENTS LOST! How on earth"
        " does resetting settings wipe out iCloud drive?"
    )
    assert split_inner_heads(shout) == (shout, [])
    assert "heading" not in kinds(clean(shout).dropped)
    # After an initial's stop, not a sentence's end.
    navy = "He served in the U.S. NAVY SEAL TEAMS Overseas for a decade, he said."
    assert split_inner_heads(navy) == (navy, [])


def test_a_subheading_in_sentence_case_before_the_next_sentences_article_is_cut() -> None:
    # FNC-1 2329 (the Economic Times), counted firm by two judges (pools 1456-1464, 1483-1491).
    from annotate.corpus._flattened_heads import split_inner_heads

    line = (
        "The Silicon Valley Business Journal reported this month that Google was close to"
        " completing a deal at the site. Fitness centre The properties Google purchased comprise"
        " about 9,34,200 square feet of Class A office space."
    )
    assert split_inner_heads(line) == (
        "The Silicon Valley Business Journal reported this month that Google was close to"
        " completing a deal at the site. The properties Google purchased comprise about"
        " 9,34,200 square feet of Class A office space.",
        ["Fitness centre"],
    )
    # A name after "The", a clause before it, or one word (a credit, a label) stays.
    for kept in (
        "He said so. Officials told The Huffington Post it was over.",
        "He said so. He thought The end was near.",
        "He said so. Reuters A masked militant speaks next to Steven Sotloff.",
    ):
        assert split_inner_heads(kept) == (kept, [])
