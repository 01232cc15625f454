"""Boundaries at an abbreviation before a capital, decided from evidence (issue 12).

Every line here is copied from FNC-1 or PolNeAR; each was segmented wrongly before
``_abbreviations``, the learned words (``_learned_words``) and ``_pysbd_rules._PLACE_END``
(except the kept cases at the end, which must stay as they are).
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from annotate.corpus._abbreviations import lone_abbreviation, tail_of_abbreviation
from annotate.corpus._learned_words import ABBREVIATIONS_AS_WORDS, PLACE_INITIALISMS, STARTERS
from annotate.corpus._segment import segment_utf8, split_sentences

ROOT = Path(__file__).resolve().parents[2]


def _learner() -> ModuleType:
    path = ROOT / "benchmarks" / "learn_starters.py"
    spec = importlib.util.spec_from_file_location("learn_starters", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (where it comes from, line, expected sentences)
CASES = [
    (
        # A clock time's zone, a capitalised place and a noun: the tail of the sentence.
        "FNC-1 885",
        "The asteroid made its closest approach on Sunday at 11:30 a.m. Tucson time. The Managua"
        " impact was reported 13 hours before then, Larson said.",
        [
            "The asteroid made its closest approach on Sunday at 11:30 a.m. Tucson time.",
            "The Managua impact was reported 13 hours before then, Larson said.",
        ],
    ),
    (
        "FNC-1 1129",
        "A news conference is scheduled for 3:30 p.m. TODAY.",
        ["A news conference is scheduled for 3:30 p.m. TODAY."],
    ),
    (
        "PolNeAR breitbart_2016-09-15_pat-caddell-democrat-voters-worr",
        "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m."
        " Eastern.",
        [
            "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m."
            " Eastern."
        ],
    ),
    (
        # A rank alone at a paragraph's start, before the name it belongs to.
        "FNC-1 1569",
        "Corp. Nathan Cirillo, 24, was fatally shot by the assailant while he was standing guard"
        " at the National War Memorial.",
        [
            "Corp. Nathan Cirillo, 24, was fatally shot by the assailant while he was standing"
            " guard at the National War Memorial."
        ],
    ),
    (
        # "Others" opens sentences in news and is capitalised nowhere else (learned).
        "PolNeAR politico_2016-07-06_atlantic-city-officials-welcome-",
        '"Even the once great Caesars is bankrupt in A.C. Others to follow.',
        ['"Even the once great Caesars is bankrupt in A.C.', "Others to follow."],
    ),
    (
        # A starter followed by a comma.
        "PolNeAR huff-post_2016-07-26_obama-administration-to-expand-p",
        "The program was established in November 2014 to deter unauthorized arrivals into the"
        " U.S. Initially, the program allowed U.S. citizens to apply.",
        [
            "The program was established in November 2014 to deter unauthorized arrivals into the"
            " U.S.",
            "Initially, the program allowed U.S. citizens to apply.",
        ],
    ),
    (
        # A state after its city, not closed by a comma: the sentence ended.
        "PolNeAR west-journal_2016-10-27_daughter-of-eric-garner-blasts-c",
        "Garner’s father died on July 17, 2014, after he resisted arrest for selling illegal loose"
        " cigarettes on Staten Island, N.Y. Officer Daniel Pantaleo applied a chokehold to take"
        " Garner down, and he died a short time later.",
        [
            "Garner’s father died on July 17, 2014, after he resisted arrest for selling illegal"
            " loose cigarettes on Staten Island, N.Y.",
            "Officer Daniel Pantaleo applied a chokehold to take Garner down, and he died a short"
            " time later.",
        ],
    ),
    (
        "PolNeAR nyt_2016-08-18_trump-hires-conservative-website",
        "The moves were hammered out beginning on Sunday in meetings at Mr. Trump's golf club at"
        " Bedminster, N.J. Roger Ailes, the former chairman of Fox News, also met with Mr. Trump"
        " that day.",
        [
            "The moves were hammered out beginning on Sunday in meetings at Mr. Trump's golf club"
            " at Bedminster, N.J.",
            "Roger Ailes, the former chairman of Fox News, also met with Mr. Trump that day.",
        ],
    ),
    (
        "PolNeAR usa-today_2016-08-24_turkish-suspect-donated-to-clint",
        "The address listed on the corporate records is a used-car lot on a highway in Lodi,"
        " N.J. Harmony's phone number is disconnected.",
        [
            "The address listed on the corporate records is a used-car lot on a highway in Lodi,"
            " N.J.",
            "Harmony's phone number is disconnected.",
        ],
    ),
]

# Lines in the corpora's shapes (the headline verbatim) that were right and stay so: a name
# after "U.S.", a place closed by its comma, a headline, a one-word sentence that is a word too.
KEPT = [
    # FNC-1 train: "Army" is capitalised mid-sentence in news, so it may go on the name.
    "Jordan Matson, 28, a former U.S. Army soldier speaking from Syria, said so.",
    # FNC-1 test: "U.S." after a comma goes on ("On Friday, U.S. officials said").
    "On Friday, U.S. President Barack Obama authorized the strikes.",
    "Police in Lodi, N.J., said the lot was empty.",
    # PolNeAR huff-post_2016-07-26_obama-administration-to-expand-p, its headline: in title case
    # a capital is no evidence, so a learned starter ("As") ends nothing there.
    "Obama Administration To Expand Program To Allow Central Americans To Enter U.S. As Refugees.",
    # A learned starter (an open-class word) before a capital may be a name's first word.
    "He graduated from the U.S. Military Academy at West Point in 1990.",
    "No. Nathan said he had not seen it.",
]


@pytest.mark.parametrize(("source", "line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_abbreviation_boundaries(source: str, line: str, expected: list[str]) -> None:
    assert split_sentences(line) == expected


@pytest.mark.parametrize(("source", "line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_abbreviation_boundaries_on_a_long_line_read_as_bytes(
    source: str, line: str, expected: list[str]
) -> None:
    # A long line read a window at a time keeps only a dozen characters before a span's start:
    # the joins must decide from no more than that.
    long_line = " ".join(["He said so."] * 150 + [line] + ["He said so."] * 150)
    spans = list(segment_utf8(long_line.encode(), window=400))
    sentences = [long_line[s:e] for s, e, _, _ in spans]
    assert sentences[150 : 150 + len(expected)] == expected


@pytest.mark.parametrize("line", KEPT)
def test_kept_as_they_were(line: str) -> None:
    expected = ["No.", "Nathan said he had not seen it."] if line.startswith("No.") else [line]
    assert split_sentences(line) == expected


def test_a_tail_needs_an_initialism_before_it_and_no_starter() -> None:
    assert tail_of_abbreviation("at 11:30 a.m.", "Tucson time.")
    assert not tail_of_abbreviation("at 11:30 am", "Tucson time.")  # no initialism
    assert not tail_of_abbreviation("in the U.S.", "He left.")  # a word that opens sentences
    assert not tail_of_abbreviation("in the U.S.", "Officials said so.")  # three words


def test_a_lone_abbreviation_is_one_news_does_not_write_as_a_word() -> None:
    assert lone_abbreviation("Corp.", "Nathan Cirillo, 24,")
    assert not lone_abbreviation("No.", "Nathan said")  # "no" is a word too
    assert not lone_abbreviation("Corp.", "The shooting")  # "The" opens sentences
    assert "no" in ABBREVIATIONS_AS_WORDS and "corp" not in ABBREVIATIONS_AS_WORDS


def test_the_learned_words_hold_what_the_rules_rely_on() -> None:
    assert {"According", "However", "Others", "Initially"} <= STARTERS
    assert not {"Army", "President", "King", "Officer", "Senate"} & STARTERS
    assert "N.J." in PLACE_INITIALISMS and "U.S." not in PLACE_INITIALISMS


def test_the_learner_counts_the_way_punkt_does() -> None:
    text = "\n".join(
        ["It rained today. According to him, it did."] * 5
        + ["He spoke according to plan.", "The Army said so, as the army does."]
        + ["Police in Lodi, N.J., said so."] * 3
        + ["On Tuesday, U.S. officials said so."] * 3
    )
    learner = _learner()
    starts, mid_upper, mid_lower = learner.count([text])
    assert starts["according"] == 5 and mid_lower["according"] == 1
    words = learner.learned(starts, mid_upper, mid_lower)
    assert "According" in words and "Army" not in words
    assert learner.place_initialisms([text]) == ["N.J."]
    assert Counter(mid_upper)["army"] == 1
