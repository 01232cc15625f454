"""Round 38 (issue 12), from the judges of seeds 1612-1629: lines that label or point, kept as
the story's sentences. A ``From <source>:`` line alone over the text it names (FNC-1 2261,
773); Newser's bracketed closer ending on a pointer to a related story (FNC-1 5); an
imperative to look at a picture below (FNC-1 648); an editor's bracketed placeholder with no
sentence in it (FNC-1 1453). Each with near misses that stay sentences."""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._notes import is_bracketed_insert
from annotate.corpus._quoted_sources import is_quoted_source
from annotate.corpus._reader_calls import split_calls
from tests.shared import dropped_kinds as kinds

QUOTED = (
    "[A]n ongoing U.S. intelligence program turned up evidence in recent months that one of"
    " them has reached out, one official said. The official would offer no further details."
)


@pytest.mark.parametrize(
    "label",
    [
        "From CNN:",  # FNC-1 773, seed 1618's judge
        "From the midweek edition of the Morning Jolt:",  # FNC-1 2261, seed 1621's judge
        "From the Associated Press:",  # FNC-1 1071: a name's capital is no verb's "-ed"
        "From a reader in Hong Kong:",  # FNC-1 test 1872, over a letter
        "From Andrea Peyser writing at The New York Post:",  # PolNeAR breitbart 2016-04-07
    ],
)
def test_a_from_source_line_alone_is_a_label(label: str) -> None:
    assert is_quoted_source(label)
    cleaned = clean(f"The name of the detainee has not been disclosed.\n\n{label}\n\n{QUOTED}")
    assert label in kinds(cleaned.dropped)["label"]
    assert "The official would offer no further details." in cleaned.text


@pytest.mark.parametrize(
    "lead_in",
    [
        "From there, she wrote:",  # a clause after the comma
        "From 2010 to 2014, the agency reported:",  # a span of time, then a clause
        "From what we know:",  # a question word: a clause
        "From the start they had said:",  # a finite verb
        "From his cell he wrote to the court:",  # a subject pronoun
    ],
)
def test_a_from_lead_in_with_a_clause_stays(lead_in: str) -> None:
    assert not is_quoted_source(lead_in)
    cleaned = clean(f"The name of the detainee has not been disclosed.\n\n{lead_in}\n\n{QUOTED}")
    assert lead_in in cleaned.text


# FNC-1 5 (Newser): the story's last paragraph, its bracketed closer of related stories.
NEWSER = (
    "And they're selling an iTunes song for $1.69, and giving proceeds to the charity Beyond"
    " Blue. (A few years ago, a man sold a 20-year-old bottle of McDonald's McJordan sauce for"
    " $10,000. Here's why Mickey D's food seemingly never decays.)"
)


def test_a_presentative_closing_a_bracketed_aside_is_a_pointer() -> None:
    kept, calls = split_calls(NEWSER)
    assert calls == ["Here's why Mickey D's food seemingly never decays.)"]
    assert kept.endswith("sauce for $10,000.")
    assert split_calls("He left the band. (Here's why he quit.)")[1] == ["(Here's why he quit.)"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The story's own presentative, followed by what it presents.
        "Here's why he quit. The pay was too low.",
        "He left the band. Here's why he quit.",
        # An object the page embeds there (FNC-1 235), a lead-in as "Here is the video:" is.
        "He posted two. (Here is another video the YouTuber uploaded that's blurred.)",
        # A lead-in that says its piece itself.
        "It fell. (Here's the thing: nobody knew why.)",
    ],
)
def test_a_presentative_that_presents_stays(paragraph: str) -> None:
    assert split_calls(paragraph) == (paragraph, [])


# FNC-1 648 (iMediaEthics): a pointer at the screenshot set under each paragraph.
@pytest.mark.parametrize(
    ("paragraph", "pointer"),
    [
        (
            "The real CCTV English-language news site is at the web address"
            " www.english.cntv.cn. Below see a screenshot.",
            "Below see a screenshot.",
        ),
        (
            "The fake site is at: www.cctvnews.cn. See a screenshot below from July in the"
            " WayBack Machine.",
            "See a screenshot below from July in the WayBack Machine.",
        ),
        ("Prices rose again. See the chart below.", "See the chart below."),
    ],
)
def test_an_imperative_to_look_at_a_picture_below_is_a_call(paragraph: str, pointer: str) -> None:
    kept, calls = split_calls(paragraph)
    assert calls == [pointer]
    assert pointer not in kept


@pytest.mark.parametrize(
    "paragraph",
    [
        # No place on the page: the story tells of a picture.
        "He was there. See the photo of him at the rally.",
        # A subject: the writer's own sentence.
        "He was there. Below, we see a screenshot of the page.",
        # A picture in the news, not on the page.
        "Police released a photo. Officers see the image below the fold as key.",
    ],
)
def test_a_sentence_about_a_picture_stays(paragraph: str) -> None:
    assert split_calls(paragraph) == (paragraph, [])


BUGATTI = (
    "According to this Reddit post four days ago, the image was taken in downtown Seattle.\n\n"
    "{line}\n\n"
    "The thing is, the graffiti appears to be the work of YouTube pranksters TwinzTV."
)


def test_a_bracketed_placeholder_is_a_note() -> None:
    line = "[Insert outrage/uncontrollable glee here]"  # FNC-1 1453, seed 1624's judge
    assert is_bracketed_insert(line)
    cleaned = clean(BUGATTI.format(line=line))
    assert line in kinds(cleaned.dropped)["note"]
    assert "the work of YouTube pranksters" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # An editor's sentence in brackets, with its stop (FNC-1 879).
        "[Taibbi responded again.]",
        # Two sentences, the last without a stop: a sentence is in it.
        "[He said it twice. Nobody listened]",
    ],
)
def test_an_editors_sentence_in_brackets_stays(line: str) -> None:
    assert not is_bracketed_insert(line)
    assert line.strip("[]").split()[0] in clean(BUGATTI.format(line=line)).text
