"""Datelines the unseen draws left inside the first sentence (issue 12, seeds 1205 and 1206).

Each case is the start of a real article from the shared corpora, its paragraphs as they
stand there (the last one cut after its first sentence); ``process`` must take the dateline
out of the sentence into the ``dateline`` column, offsets still into the article text. The
shapes that look like a dateline and are not (a name with an aside between dashes, a
station's name, a label over a related link, a death notice's surname) must stay.
"""

from __future__ import annotations

import pytest

from annotate.corpus._article import process, sentence_rows
from annotate.corpus._dateline import dateline_end
from annotate.corpus._readers import RawArticle
from tests.shared import fnc1_body, shared_data

# (source, its first paragraphs, the dateline taken off the last one)
TAKEN = [
    (
        # After a one-sentence dek: the story's first paragraph (seed 1206).
        "PolNeAR nyt_2016-10-31_confidence-even-as-hillary-clint",
        [
            "ABSTRACT.",
            "Mrs. Clinton's campaign was optimistic that she would weather the F.B.I.'s review of"
            " a top aide's emails, but acknowledged that optimism of gaining ground in places like"
            " Ohio and Iowa was fading.",
            "FULL TEXT.",
            "WASHINGTON - The announcement that the F.B.I. is reviewing newly discovered emails of"
            " a top Hillary Clinton aide has slowed the campaign's momentum and the hopes of"
            " expanding support in traditional Midwestern battleground states.",
        ],
        "WASHINGTON -",
    ),
    (
        # A news agency between slashes, the double hyphen touching both (seed 1206).
        "FNC-1 train 1590",
        [
            'BAGHDAD / Nina /--Vice President Osama Nujaifi condemned the "heinous crime which'
            " perpetrated by terrorist Daash in killing three hundred soldiers were trapped in the"
            " regions of Saqlawiyah and Alsger of Anbar province."
        ],
        "BAGHDAD / Nina /--",
    ),
    (
        # A date before the agency (seed 1205).
        "PolNeAR huff-post_2015-12-30_hillary-clinton-calls-isis-viole",
        [
            "Dec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton on Tuesday"
            " said that Islamic State violence against Iraqi Yazidis and other religious"
            " minorities in the Middle East is genocide."
        ],
        "Dec 29 (Reuters) -",
    ),
    (
        # A place in title case and a bar: a quoted story's dateline, under its labels (seed
        # 1205).
        "FNC-1 train 1303",
        [
            "Description: Fake news / Satire",
            "Circulating since: Feb. 2015",
            "Status: False (see details below)",
            "Example #1:",
            "Via WorldNewsDailyReport.com, Feb. 4, 2015:",
            "CATHOLIC PRIEST WHO DIED FOR 48 MINUTES CLAIMS THAT GOD IS A WOMAN",
            "February 4th, 2015 | by Barbara Johnson",
            "Boston| A Catholic priest from Massachussetts was officially dead for more than 48"
            " minutes before medics were able to miraculously re-start his heart.",
        ],
        "Boston|",
    ),
    (
        # Two places and several agencies.
        "FNC-1 train 2325",
        [
            "BEIJING/SEOUL (Reuters) - North Korean leader Kim Jong Un is in firm control of his"
            " government but has hurt his leg, a source with access to the secretive North's"
            " leadership said on Thursday, playing down speculation over the 31-year-old's health"
            " and grip on power."
        ],
        "BEIJING/SEOUL (Reuters) -",
    ),
    (
        "FNC-1 test 1452",
        [
            "LOS ANGELES (CBS Seattle/AP) — A scorpion stung a woman on the hand just before her"
            " flight from Los Angeles to Portland took off."
        ],
        "LOS ANGELES (CBS Seattle/AP) —",
    ),
    (
        # An em dash touching both words; a double hyphen touching the next one.
        "FNC-1 train 1263",
        [
            "BAGHDAD—An Iraqi official on Wednesday denied that a woman detained in Lebanon is a"
            " wife of Abu Bakr al-Baghdadi, the leader of Islamic State group."
        ],
        "BAGHDAD—",
    ),
    (
        "FNC-1 train 418",
        [
            "VENICE BEACH, Calif. --You've probably heard Apple is launching its latest i-device,"
            " a new Apple Watch, in April and that it will start at $350."
        ],
        "VENICE BEACH, Calif. --",
    ),
    (
        # A place in title case and a hyphen or a bar, where the story opens.
        "FNC-1 train 1549",
        [
            "Boston - So lately, tongues have been wagging due to a recent story of an elderly"
            " priest who died and had a conversation with God, and a female God at that."
        ],
        "Boston -",
    ),
    (
        "FNC-1 train 1979",
        [
            "Perth | A 600-pound woman has given birth to a 40-pound baby at Perth’s King Edward"
            " Memorial Hospital, a record breaking weight that could possibly make the newborn the"
            " largest baby ever born, reports the Western Australian Herald this morning."
        ],
        "Perth |",
    ),
    (
        # A place and its date before a colon.
        "FNC-1 train 832",
        [
            "London, Nov 24 : Kim Jong-un has been guzzling litres of rare snake wine to perk up"
            " his love life with wife, it has been reported."
        ],
        "London, Nov 24 :",
    ),
]


def _rows(paragraphs: list[str]) -> tuple[str, list[tuple[str | None, str]]]:
    raw = RawArticle(origin="t", identity="t", kind="record", text="\n\n".join(paragraphs))
    result = process(raw)
    assert isinstance(result, tuple)
    article, offsets = result
    text = article["text"].decode("utf-8")
    rows = [row for batch in sentence_rows(article, offsets, 100) for row in batch]
    for row in rows:  # offsets still into the article text, which keeps the dateline
        assert text[row["start"] : row["end"]] == row["text"]
    return text, [(row["dateline"], row["text"]) for row in rows]


@pytest.mark.parametrize(("source", "paragraphs", "dateline"), TAKEN, ids=[c[0] for c in TAKEN])
def test_the_dateline_leaves_the_sentence_for_its_column(
    source: str, paragraphs: list[str], dateline: str
) -> None:
    text, rows = _rows(paragraphs)
    last = paragraphs[-1]
    assert [row for row in rows if row[0] is not None] == [
        (dateline, last[len(dateline) :].strip())
    ]
    assert dateline in text


def _paragraphs(source: str) -> list[str]:
    if source.startswith("PolNeAR "):
        name = source.split()[1]
        [path] = sorted((shared_data() / "polnear" / "data").glob(f"*/text/{name}*.txt"))
        return path.read_text("utf-8").splitlines()
    _, split, body_id = source.split()
    name = "train_bodies.csv" if split == "train" else "competition_test_bodies.csv"
    return fnc1_body(body_id, name).splitlines()


@pytest.mark.parametrize(("source", "paragraphs", "dateline"), TAKEN, ids=[c[0] for c in TAKEN])
def test_the_cases_are_the_corpora_s_own_paragraphs(
    source: str, paragraphs: list[str], dateline: str
) -> None:
    # One after the other in the source, each the start of its paragraph.
    real = [p.strip() for p in _paragraphs(source) if p.strip()]
    assert any(
        all(real[at + k].startswith(p) for k, p in enumerate(paragraphs))
        for at in range(len(real) - len(paragraphs) + 1)
    )


@pytest.mark.parametrize(
    ("line", "before"),
    [
        # A name with an aside between dashes, where the story opens (FNC-1 test 519, PolNeAR
        # politico_2016-09-15).
        (
            "Saudia Airlines – Saudi Arabia's national airline – is planning on segregating"
            " passengers after receiving complaints from customers over the free mixing of men and"
            " women.",
            0,
        ),
        (
            "Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been called a"
            " charlatan by fellow physicians.",
            0,
        ),
        # A station's name over a quotation (FNC-1 train 2501).
        ("Via KCTV - 5:", 0),
        # A headline in headline case (FNC-1 train 1161).
        ("Axl Rose Dead — Guns N’ Roses Frontman Dies In West Hollywood Home?", 0),
        # A paid death notice's surname (PolNeAR nyt_2016-04-01).
        (
            "SIEGEL--Jerome Arthur, 98, of Mamaroneck, New York, passed away Friday, March 25,"
            " 2016, in La Romana, Dominican Republic, while vacationing at his villa.",
            0,
        ),
        # Capitals and a dash or a bar past the story's opening: a label over a related link
        # (FNC-1 train 2370), an AP file photo's caption (FNC-1 test 332), a subheading
        # (PolNeAR politico_2016-09-15).
        ("ANALYSIS | Has 'rock star' Pope Francis really launched a revolution?", 4),
        (
            "FILE - In this Aug. 21, 2012, file photo, the Hewlett-Packard Co. logo is seen"
            " outside the company's headquarters in Palo Alto, Calif.",
            5,
        ),
        (
            "QUESTIONABLE MEDICAL CLAIMS — For years, Oz has been dogged by charges that he has"
            " perpetuated questionable medical claims.",
            18,
        ),
        # An initialism and a hyphen open a sentence (invented: the corpora have none).
        ("US - China talks resumed in Beijing on Monday.", 0),
        # A label and a colon: as often as a place (`UPDATE:`, `Claim:` beside `BEIRUT:`).
        ("UPDATE: ESPN has confirmed that no such panel will take place.", 0),
    ],
)
def test_what_looks_like_a_dateline_and_is_not_stays(line: str, before: int) -> None:
    assert dateline_end(line, before=before) == 0


def test_a_place_in_capitals_after_more_than_a_dek_is_not_taken() -> None:
    # The same line as the NYT case, with three sentences before it: a subheading's place.
    line = "WASHINGTON - The announcement has slowed the campaign's momentum."
    assert dateline_end(line, before=2) == len("WASHINGTON - ")
    assert dateline_end(line, before=3) == 0
