"""Counted sections' numbered heads (issue 12, round 21): a listicle's steps and points; and a
timeline's dated heads (round 22).

Real lines from PolNeAR and FNC-1 (named beside each), in the layout they come in; sections
shortened to their first sentences.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._counted_heads import counted_heads, head_date, head_number
from tests.shared import dropped_kinds as kinds

# PolNeAR test usa-today 2016-11-07 ("12-step plan to cope if your candidate loses"): each
# step's head, a number and an imperative, alone over its section. A judge counted the twelve
# heads as non-prose tasks.
STEPS = (
    "Here's the 12-step action plan:\n\n"
    "1 Feel free to scream.\n\n"
    "Just don't do it in a public place. Aerobic activity, which will release feel-good "
    "endorphins, is a good way to shed some angst, she says.\n\n"
    "2 Practice acceptance.\n\n"
    "Feel better after that therapeutic scream? Fighting it is just going to prolong one's "
    'disappointment."\n\n'
    "3 Take action.\n\n"
    "Decide what you can do to make a difference, Wright says.\n\n"
    '"Take your passion and put it into some kind of action."\n\n'
    "4 Create an exit plan.\n\n"
    'No -- not to leave the country. "The idea is to not escalate the conversation and to '
    'remain neutral," she says.\n'
)


def test_a_listicles_numbered_steps_are_its_heads() -> None:
    cleaned = clean(STEPS)
    assert kinds(cleaned.dropped) == {
        "heading": [
            "1 Feel free to scream.",
            "2 Practice acceptance.",
            "3 Take action.",
            "4 Create an exit plan.",
        ]
    }
    assert "Just don't do it in a public place." in cleaned.text
    assert "Here's the 12-step action plan:" in cleaned.text


def test_heads_that_say_a_clause_are_counted_as_well() -> None:
    # FNC-1 1884: a hoax's debunking, its points numbered over a sentence or two each.
    raw = (
        "Here's why it's definitely a hoax...\n\n"
        "1. Banksy isn't from Liverpool\n\n"
        "He's from Bristol according to his Wikipedia.\n\n"
        "2. There's no London Police force\n\n"
        "There's the Metropolitan Police and the City of London Police, both used "
        "interchangeably in the article.\n\n"
        "3. There's no London Police Chief called Lyndon Edwards\n\n"
        "We call them The Commissioner of Police of the Metropolis. And he is Sir Bernard "
        "Hogan Howe.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped)["heading"] == [
        "1. Banksy isn't from Liverpool",
        "2. There's no London Police force",
        "3. There's no London Police Chief called Lyndon Edwards",
    ]
    assert "He's from Bristol according to his Wikipedia." in cleaned.text


def test_a_line_that_opens_with_a_number_and_no_count_is_the_storys() -> None:
    # A "1" with no "2" after it, and a figure that opens a sentence, are the story's.
    raw = (
        "The police said little on Monday about the raid in the city.\n\n"
        "1. The GOP is fracturing.\n\n"
        "For a sense of just how fractured the GOP is, consider the leaders' words.\n\n"
        "2 men were arrested on Monday.\n\n"
        "They were released on bail later in the day, the police said.\n"
    )
    cleaned = clean(raw)
    assert "1. The GOP is fracturing." in cleaned.text
    assert "2 men were arrested on Monday." in cleaned.text
    assert "heading" not in kinds(cleaned.dropped)


def test_a_head_needs_a_section_under_it() -> None:
    # Numbered lines one under the other are a list's items, not sections' heads.
    paragraphs = [
        ("", "Here are the rules.", 1),
        ("\n\n", "1. The GOP is fracturing.", 3),
        ("\n\n", "2. Democrats face an enthusiasm gap.", 5),
        ("\n\n", "3. Americans are mad.", 7),
    ]
    assert [head for *_, head in counted_heads(paragraphs)] == [False] * 4


def test_a_heads_shape() -> None:
    assert head_number("12 Model good behavior.") == 12
    assert head_number("5. All roads lead to Florida -- and November.") == 5
    assert head_number("3. He won. Then he left.") is None
    assert head_number("1986 was a good year for the team, the coach said.") is None


# PolNeAR train usa-today 2016-02-11 ("What went wrong for Chris Christie"): each year's
# turning point under a dated head, the story's prose under each. A judge counted the heads as
# non-prose tasks (seed 1410).
TIMELINE = (
    '"It just was never meant to be," said Monmouth University political scientist Patrick '
    "Murray of Christie.\n\n"
    'Oct. 31, 2012 The Obama "hug."\n\n'
    "Two days after superstorm Sandy ravaged New Jersey, President Obama toured the devastation "
    "with Christie.\n\n"
    "Sept. 9, 2013 traffic problems.\n\n"
    "This turning point is one nobody realized at the moment.\n\n"
    "Nov. 4, 2014 The one that got away.\n\n"
    "The 2014 election was a triumphant one for Christie, even though he wasn't on the "
    "ballot.\n\n"
    "June 16, 2015 Trump joins the race.\n\n"
    "Donald Trump, a perennial potential candidate for president, descended an escalator at "
    "Trump Tower in New York to declare his candidacy for the White House.\n"
)


def test_a_timelines_dated_heads_are_its_heads() -> None:
    cleaned = clean(TIMELINE)
    assert kinds(cleaned.dropped) == {
        "heading": [
            'Oct. 31, 2012 The Obama "hug."',
            "Sept. 9, 2013 traffic problems.",
            "Nov. 4, 2014 The one that got away.",
            "June 16, 2015 Trump joins the race.",
        ]
    }
    assert "This turning point is one nobody realized at the moment." in cleaned.text


def test_dated_lines_are_heads_only_in_a_forward_series_over_sections() -> None:
    # The same lines as a timeline's entries, one under the other: no section under any.
    entries = [
        ("", "Here is how it went.", 1),
        ("\n\n", 'Oct. 31, 2012 The Obama "hug."', 3),
        ("\n\n", "Sept. 9, 2013 traffic problems.", 5),
        ("\n\n", "June 16, 2015 Trump joins the race.", 7),
    ]
    assert [head for *_, head in counted_heads(entries)] == [False] * 4
    # Days that run backwards are no series: a dated line alone stays the story's.
    backwards = [
        ("", "June 16, 2015 Trump joins the race.", 1),
        ("\n\n", "Donald Trump descended an escalator at Trump Tower in New York.", 3),
        ("\n\n", 'Oct. 31, 2012 The Obama "hug."', 5),
        ("\n\n", "Two days after superstorm Sandy, President Obama toured the devastation.", 7),
    ]
    assert [head for *_, head in counted_heads(backwards)] == [False] * 4
    assert head_date("June 16, 2015 was the day he ran. He won.") is None
