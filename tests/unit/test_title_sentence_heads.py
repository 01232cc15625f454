"""Headings of issue 12, round 18 (``fix/seg73``): a roundup's excerpt headings, whole
sentences in title case run into the excerpts they head. Every line is quoted from the
article named."""

from __future__ import annotations

from annotate.corpus._clean import clean

# PolNeAR test politico 2016-10-12 (hacked roundup of paid speeches): each excerpt under its
# source in brackets, its heading in title case run into the quoted excerpt.
_ROUNDUP = [
    "Below are more of the excerpts from her Wall Street speeches, as presented by her "
    "speaker’s bureau:",
    "",
    "[Goldman Sachs Builders And Innovators Summit, 10/29/13.]",
    "",
    "At A Goldman Summit, Hillary Clinton Said “Many Of You In This Room Are Masters Of The "
    "Trend Lines. You See Over The Horizon, You Think About Products That Nobody Has Invented, "
    "And You Go About The Business Of Trying To Do That.” “And, you know, let me just briefly "
    "say that one of the ways I look at domestic as well as international issues is by trying "
    "to focus not just on the headlines.”",
    "",
    "[Goldman Sachs AIMS Alternative Investments Symposium, 10/24/13.]",
    "",
    "Clinton Said Dodd-Frank Was Something That Needed To Pass “For Political Reasons.” “And "
    "with political people, again, I would say the same thing, you know, there was a lot of "
    "complaining about Dodd-Frank.”",
    "",
    "[Clinton Remarks to Deutsche Bank, 10/7/14.]",
    "",
    "Clinton Said Financial Reform “Really Has To Come From The Industry Itself.” “Remember "
    "what Teddy Roosevelt did. Yes, he took on what he saw as the excesses in the economy.”",
    "",
    "[Goldman Sachs AIMS Alternative Investments Symposium, 10/24/13.]",
    "",
    "Goldman Sachs Representative Thanked Clinton For Her Courage In Continuing To Associate "
    "Herself With Wall Street After Crisis. “MR. O'NEILL: By the way, we really did appreciate "
    "when you were the senator from New York.”",
]


def _headings(lines: list[str]) -> list[str]:
    return [d.text for d in clean("\n".join(lines)).dropped if d.kind == "heading"]


def test_a_roundup_s_title_case_excerpt_heads_are_cut_off_their_excerpts() -> None:
    assert _headings(_ROUNDUP) == [
        "At A Goldman Summit, Hillary Clinton Said “Many Of You In This Room Are Masters Of The "
        "Trend Lines. You See Over The Horizon, You Think About Products That Nobody Has "
        "Invented, And You Go About The Business Of Trying To Do That.”",
        "Clinton Said Dodd-Frank Was Something That Needed To Pass “For Political Reasons.”",
        "Clinton Said Financial Reform “Really Has To Come From The Industry Itself.”",
        "Goldman Sachs Representative Thanked Clinton For Her Courage In Continuing To "
        "Associate Herself With Wall Street After Crisis.",
    ]
    kept = clean("\n".join(_ROUNDUP)).text
    # The excerpts stay, a speaker's label in capitals with its excerpt.
    assert "“And with political people, again" in kept
    assert "“MR. O'NEILL: By the way, we really did appreciate" in kept
    assert "Below are more of the excerpts" in kept


def test_one_title_case_sentence_alone_is_not_cut() -> None:
    # Only a series is cut: one such paragraph keeps its opening sentence.
    assert _headings(_ROUNDUP[:6]) == []


def test_prose_opening_with_names_or_capitals_is_not_cut() -> None:
    lines = [
        # PolNeAR test politico 2016-10-12: the excerpt itself, a speaker's label in capitals.
        "PARTICIPANT: Secretary, Ann Chow from Houston, Texas. I have had the honor to raise "
        "money for you when you were running for president in Texas.",
        "",
        "MS. CLINTON: You are the smartest people. PARTICIPANT: I think you actually called me "
        "on my cell phone, too. I talked to you afterwards.",
        "",
        "Senator Barbara Boxer of California said she had been threatened by the crowd in the "
        "hall that night. She left early.",
        "",
        "The Sunday Times and Sunday People identified Bary as a member of a group of at least "
        "three British-born ISIS fighters.",
    ]
    assert _headings(lines) == []
