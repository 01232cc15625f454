"""Pull quotes and their names, and a headline alone at the top (issue 12, `fix/seg8`).

Real lines, from FNC-1 train bodies and PolNeAR texts (named beside each), in the layout they
come in; shortened where marked "...".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from annotate.corpus import _pull_quotes
from annotate.corpus._clean import clean
from annotate.corpus._pull_quotes import is_attribution, quotation_alone
from tests.shared import dropped_kinds as kinds

# FNC-1 148 (the seed-1203 hand check): the pull quote and its speaker's name two lines before
# the paragraph that says it; the page's copy lost its full stop.
SNEEZE = (
    "Cumbrian Police believe the man to be in his mid-to-late 50s.\n\n"
    "“It is very unusual behaviour , and will have left his victims feeling confused and upset”\n"
    "Sgt Gill Cherry\n"
    'Sgt Gill Cherry said: "We are treating these two reported incidents as linked.\n\n'
    '"It is very unusual behaviour , and will have left his victims feeling confused and '
    'upset."\n\n'
    "Cumbria Police are still trying to trace the first female victim.\n"
)


def test_a_pull_quote_and_the_name_under_it_are_not_tasks() -> None:
    cleaned = clean(SNEEZE)
    assert kinds(cleaned.dropped) == {
        "pull-quote": [
            "“It is very unusual behaviour , and will have left his victims feeling confused "
            "and upset”"
        ],
        "credit": ["Sgt Gill Cherry"],
    }
    # The paragraph that says it is kept, and the gap left is a paragraph break.
    assert cleaned.text == (
        "Cumbrian Police believe the man to be in his mid-to-late 50s.\n\n"
        'Sgt Gill Cherry said: "We are treating these two reported incidents as linked.\n\n'
        '"It is very unusual behaviour , and will have left his victims feeling confused and '
        'upset."\n\n'
        "Cumbria Police are still trying to trace the first female victim."
    )


def test_huffposts_pull_quote_after_the_paragraph_it_repeats() -> None:
    # PolNeAR huff-post 2016-11-05: the copy comes after, and the name closes the quote mark.
    said = (
        "“Michigan is a state we feel we’ve got a lead on. We want to make sure we hold that "
        "lead,” campaign chairman John Podesta told reporters on the short flight."
    )
    copy = (
        '"Michigan is a state we feel we’ve got a lead on. We want to make sure we hold that lead.'
    )
    name = 'John Podesta, campaign chairman for Hillary Clinton."'
    after = "For her part, Clinton told her audience that her opponent is wrong."
    cleaned = clean(f"{said}\n\n{copy}\n{name}\n\n{after}\n")
    assert cleaned.text == f"{said}\n\n{after}"
    assert kinds(cleaned.dropped) == {"pull-quote": [copy], "credit": [name]}


def test_a_quotation_that_goes_on_from_an_open_one_is_the_speakers_words() -> None:
    # FNC-1 1481: each paragraph of the soldier's words opens with a mark; the last one is
    # also quoted in the first paragraph, but it is the story, not a copy set apart.
    raw = (
        "The bullet ricochets off the man's helmet, prompting his comrade to yell: "
        '"You lucky son of a b****h."\n\n'
        '"I saw it hit your Kevlar.\n\n'
        '"You lucky son of a b***h."\n\n'
        "The video was uploaded to YouTube by a user known as Sam Arnold.\n"
    )
    assert clean(raw).dropped == []


# FNC-1 1678, lines 11-18 (seed 1215): the pull quote is reworded ("We'll train them ..." for
# "... and train them ..."), so no copy of its words is found; its credit opens the paragraph
# that says it, as FNC-1 148's does.
KIM = (
    "His name game was said to have been set up by a directive shortly after cheese-loving Kim "
    "was made Supreme Leader.\n\n"
    "“We'll train them to voluntarily change their names.”\n"
    "The document reads\n"
    'The document reads: "All party organs and public security authorities should make a list '
    "of residents named Kim Jong-Un... and train them to voluntarily change their names.\n\n"
    "“Authorities should make sure that there is no one making unnecessary complaints or "
    'spreading gossip … regarding this project."\n'
)


def test_a_reworded_pull_quote_whose_credit_opens_the_next_paragraph() -> None:
    lines = KIM.replace("\n\n", "\n").splitlines()
    cleaned = clean(KIM)
    assert kinds(cleaned.dropped) == {"pull-quote": [lines[1]], "credit": [lines[2]]}
    assert cleaned.text.split("\n\n") == [lines[0], lines[3], lines[4]]


def test_a_quotation_before_a_paragraph_that_opens_otherwise_is_kept() -> None:
    # The same quotation, with the paragraph under it and no credit between: the story's.
    lines = KIM.replace("\n\n", "\n").splitlines()
    raw = "\n\n".join([lines[0], lines[1], lines[3]])
    assert clean(raw).dropped == []


def test_a_quotation_with_its_attribution_is_not_a_copy() -> None:
    # FNC-1 345 and FNC-1 test 67: words after the closing mark, or a comma before it.
    assert not quotation_alone('"I think it was one of those spur of the moment things," he said.')
    assert not quotation_alone("'Everybody is required to have the same high level of combat,'")
    assert quotation_alone("‘Barbaric crime must not remain unpunished’")


@pytest.mark.parametrize(
    "line",
    [
        "Sgt Gill Cherry",
        "- Vatican's deputy spokesman, Father Ciro Benedettini",
        'Bill Clinton."',
        "Weapons expert Hamish de Bretton-Gordon",
    ],
)
def test_names_under_pull_quotes(line: str) -> None:
    # FNC-1 148, 2370, PolNeAR huff-post 2016-02-01, FNC-1 1251.
    assert is_attribution(line)


def test_a_copy_beyond_the_window_is_not_looked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    # The window bounds what the cleaner holds; a copy farther than it from its paragraph is
    # kept (none in FNC-1 or PolNeAR is farther than a few paragraphs).
    monkeypatch.setattr(_pull_quotes, "WINDOW", 100)
    filler = "\n\n".join(
        f"Paragraph {i} of the story goes on here at some length." for i in range(6)
    )
    raw = SNEEZE.replace("Cumbria Police are still", f"{filler}\n\nCumbria Police are still")
    raw = (
        raw.replace(
            'Sgt Gill Cherry said: "We are treating these two reported incidents as linked.\n\n'
            '"It is very unusual behaviour , and will have left his victims feeling confused and '
            'upset."\n\n',
            "",
        )
        + '\n"It is very unusual behaviour , and will have left his victims feeling confused."\n'
    )
    assert "pull-quote" not in kinds(clean(raw).dropped)


def test_a_headline_alone_at_the_top_of_a_body_is_its_title() -> None:
    # FNC-1 65 (seed 1203): the record has no title; its first line is the headline.
    headline = "McDonald’s Removing Big Mac, Apple Pies And Eliminating Large Size Options."
    body = "McDonald’s has just announced that it will be phasing out 8 menu items."
    cleaned = clean(f"{headline}\n\n{body}\n")
    assert (cleaned.title, cleaned.text) == (headline, body)
    # A photo credit in capitals (FNC-1 1987) or a lead-in (FNC-1 1201) is not a title.
    for first in ["CRAIG WARGA/NY DAILY NEWS/GETTY IMAGES", "Citigroup Jim Suva on Apple Watch:"]:
        assert clean(f"{first}\n\n{body}\n").title is None


def test_a_quotation_holds_back_no_more_than_the_window() -> None:
    # Lines after a quotation alone wait with it, but only until WINDOW characters of lines
    # after it have been read: the cleaner's memory stays bounded on a long article.
    from annotate.corpus._clean import KeptStream

    lines = ["“A quotation set alone on its line here”"]
    lines += [f"Sentence number {i} of the story ends here." for i in range(2_000)]
    read = 0

    def reader() -> Iterator[str]:
        nonlocal read
        for line in lines:
            read += 1
            yield line

    longest = max(map(len, lines))
    for n, (_, line) in enumerate(KeptStream(reader()), start=1):
        assert line == lines[n - 1]
        ahead = sum(len(x) for x in lines[n:read])
        # Two lines more are read by the rules before this one (the heading's and the join's).
        assert ahead <= _pull_quotes.WINDOW + 3 * longest
