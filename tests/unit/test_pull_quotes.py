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


# FNC-1 538, lines 2-7: the box's sentence set after a paragraph break and close over the next
# paragraph; the paragraph two lines down says it again (shortened where marked "...").
BARGAINING = (
    "Details about the development are still coming into focus. ...\n\n"
    "By some accounts, the capture of Baghdadi's wife and son provides the Lebanese government "
    "with a valuable bargaining chip.\n"
    'According to a security source quoted in AFP, "the wife and child were taken to the '
    'defense ministry headquarters in Yarze." The source added that the arrests had been kept '
    "under wraps.\n\n"
    "It's unclear how useful these arrests will ultimately be, but they come as Lebanese "
    "authorities attempt to secure the release of 20 soldiers. By some accounts, the capture of "
    "Baghdadi's wife and son provides the Lebanese government with a valuable bargaining "
    "chip.\n\n"
    "This is already proving to be a bad week for ISIS.\n"
)


@pytest.mark.parametrize(
    ("raw", "box"),
    [
        (BARGAINING, 2),
        # FNC-1 1660, lines 6-9: the paragraph under the box says it last.
        (
            'Most of the "English" names I encountered were conventional.\n\n'
            'Sweets-inspired names are "typically thought of as ‘non-smart girl’ names, or '
            '‘stripper’ names."\n'
            "CCTV, China's state-run broadcaster, wants to solve this problem. Sweets-inspired "
            'names are "typically thought of as ‘non-smart girl’ names, or ‘stripper’ names."\n',
            2,
        ),
        # FNC-1 test 2373, lines 8-11: the paragraph above says it.
        (
            "Two fishermen from Neryungri standing camp here, just picked up on the hands of "
            "out-of-darkness bloody Igor. Bear claws and teeth left serious wounds on his stomach "
            "and chest fisherman. But by a happy coincidence did not touch the internal organs.\n\n"
            "Bear claws and teeth left serious wounds on his stomach and chest fisherman.\n"
            "While doctors saved Igor Vorozhbitsyna hunters looking for a bear attacked him.\n",
            2,
        ),
    ],
)
def test_a_sentence_boxed_between_paragraphs_is_a_pull_quote(raw: str, box: int) -> None:
    box_line = raw.replace("\n\n", "\n").splitlines()[box - 1]
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {"pull-quote": [box_line]}
    assert cleaned.text.count(box_line.split(",")[0][:40]) == 1


@pytest.mark.parametrize(
    "raw",
    [
        # The same sentence alone in its paragraph, a blank line under it: the story's (FNC-1
        # 628's "In 1995 Adelaide residents ..." under its dek; The Latest's entries, PolNeAR
        # breitbart 2016-04-14).
        BARGAINING.replace("bargaining chip.\nAccording", "bargaining chip.\n\nAccording"),
        # Set close over the paragraph but not after a paragraph break: a paragraph of a page
        # that breaks its lines once (FNC-1 88's "The original contents ..." under its credit).
        BARGAINING.replace("coming into focus. ...\n\n", "coming into focus. ...\n"),
        # Too short to tell a copy from a chance match (FNC-1 test 1714's "The original
        # photo." beside "... took the original photo of Hasson").
        "Riverfront Times reporter Mitch Ryals took the original photo of Hasson.\n\n"
        "The original photo.\n"
        "Hasson told Daily RFT in September he'd been sleeping in a parking lot.\n",
    ],
)
def test_a_sentence_said_twice_otherwise_is_kept(raw: str) -> None:
    assert "pull-quote" not in kinds(clean(raw).dropped)


# PolNeAR huff-post 2016-08-23, lines 8-11: HuffPost's box drops the attribution between the
# quotation's sentences, so its words are not found whole; each sentence is.
DONOR_SAID = (
    "“If I was a donor, I’d want answers,” said a prominent Republican National Committee member "
    "who supports Trump, asking for anonymity to speak freely. “If they don’t have any more "
    "staff, and they’re paying five times more? That’s the kind of stuff I’d read and try to "
    "make an (attack) ad out of it.”"
)
DONOR_BOX = (
    '"“If I was a donor, I’d want answers. If they don’t have any more staff, and they’re paying '
    "five times more? That’s the kind of stuff I’d read and try to make an (attack) ad out of "
    "it.”"
)
DONOR_NAME = 'Republican National Committee member."'
DONOR_AFTER = "In addition to the rent for Trump Tower space in Manhattan, Trump has paid more."


def test_huffposts_box_that_says_each_sentence_of_the_story_again() -> None:
    raw = f"{DONOR_SAID}\n\n{DONOR_BOX}\n{DONOR_NAME}\n\n{DONOR_AFTER}\n"
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {"pull-quote": [DONOR_BOX], "credit": [DONOR_NAME]}
    assert cleaned.text == f"{DONOR_SAID}\n\n{DONOR_AFTER}"


def test_huffposts_box_across_two_paragraphs() -> None:
    # PolNeAR huff-post 2016-11-07, lines 4-12 (shortened): the box joins two paragraphs'
    # quotations of the same speaker.
    first = "“We haven’t seen anything like this before,” said Norman Ornstein, a scholar."
    second = (
        "“You just assume that people who win presidential nominations are going to have some "
        "knowledge about policy,” Ornstein said."
    )
    box = (
        '"We haven’t seen anything like this before... You just assume that people who win '
        "presidential nominations are going to have some knowledge about policy."
    )
    name = 'Norman Ornstein, American Enterprise Institute scholar, on Donald Trump."'
    cleaned = clean(f"{first}\n\n{second}\n\n{box}\n{name}\n\n{DONOR_AFTER}\n")
    assert kinds(cleaned.dropped) == {"pull-quote": [box], "credit": [name]}


def test_a_quotation_closed_on_the_next_line_that_the_story_does_not_say_is_kept() -> None:
    # FNC-1 266, lines 2-5: the quoted report's two lines, not said elsewhere.
    raw = (
        "They did not give any specific details:\n\n"
        '"The scuttlebutt from sources in Detroit is that one of the Batmobile models being used '
        "in the filming of 'Batman Vs. Superman' has gone missing, believed stolen.\n"
        'Warner Bros representatives did not respond to inquiries."\n'
    )
    assert "pull-quote" not in kinds(clean(raw).dropped)
    # And a box whose sentences are not all said in the story is kept (one of them reworded).
    reworded = DONOR_BOX.replace("I’d want answers", "I would want answers")
    assert "pull-quote" not in kinds(
        clean(f"{DONOR_SAID}\n\n{reworded}\n{DONOR_NAME}\n\n{DONOR_AFTER}\n").dropped
    )
