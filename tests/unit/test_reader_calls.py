"""Calls to the reader at the end of a paragraph are not tasks (issue 12, ``fix/seg9``).

Real lines from FNC-1 train and test bodies and PolNeAR texts (named beside each).
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._reader_calls import split_calls


@pytest.mark.parametrize(
    ("line", "kept", "calls"),
    [
        # FNC-1 403: the last sentence of a paragraph, and of the article after a question.
        (
            "“We will solely rely on artificial light for the six days, which is not a problem "
            "at all”, says NASA scientist Earl Godoy. Visit our website daily for more shocking "
            "news!",
            "“We will solely rely on artificial light for the six days, which is not a problem "
            "at all”, says NASA scientist Earl Godoy.",
            ["Visit our website daily for more shocking news!"],
        ),
        (
            "What do you plan to do during these six days of darkness? Tweet ‘#6DaysOfDarkness‘ "
            "including your plan for these six days!",
            "",
            [
                "What do you plan to do during these six days of darkness?",
                "Tweet ‘#6DaysOfDarkness‘ including your plan for these six days!",
            ],
        ),
        # FNC-1 565: two calls in a row.
        (
            "Check out HuffPost Weddings on Facebook, Twitter and Pinterest. Sign up for our "
            "newsletter here.",
            "",
            [
                "Check out HuffPost Weddings on Facebook, Twitter and Pinterest.",
                "Sign up for our newsletter here.",
            ],
        ),
        ("Follow Reuters on Twitter.", "", ["Follow Reuters on Twitter."]),  # FNC-1 2325
        (  # FNC-1 2498
            "You can reach this post's author, J. Assita Camara, on twitter.",
            "",
            ["You can reach this post's author, J. Assita Camara, on twitter."],
        ),
        ("Share it in the comments.", "", ["Share it in the comments."]),  # FNC-1 81
        (
            "Follow her at Twitter.com/danahull.",
            "",
            ["Follow her at Twitter.com/danahull."],
        ),  # T 2510
        # PolNeAR politico 2016-06-24 (seed 1227): a call set in brackets, as an aside.
        (
            "(Subscribe to the 2016 Nerdcast on iTunes or download from Soundcloud here.)",
            "",
            ["(Subscribe to the 2016 Nerdcast on iTunes or download from Soundcloud here.)"],
        ),
        # FNC-1 2130 (seed 1230): the site asks the reader to join "us" next week.
        (
            "Join us next week, for the Vice Guide To Surviving Private Jet Rental!",
            "",
            ["Join us next week, for the Vice Guide To Surviving Private Jet Rental!"],
        ),
    ],
)
def test_calls_to_the_reader_are_cut_off_the_line_s_end(
    line: str, kept: str, calls: list[str]
) -> None:
    assert split_calls(line) == (kept, calls)


@pytest.mark.parametrize(
    "line",
    [
        # The second person, a reader's question, a quotation calling someone, a comparison.
        "Still, if you were betting today, you would bet on Rubio.",
        "What do you think?",
        # FNC-1 1521: "You can" and a verb that is not a contact's.
        "You can find the same image on stock-photo sites like Dreamstime and Photolia.",
        "“Join us here on Cape Breton Island!”",  # PolNeAR huff-post 2016-02-18
        # An aside in brackets that is no call (invented).
        "The senator spoke last. (Read into that what you will.)",
        "Like his comments about Mr. Curiel, Mr. Graham said, Mr. Trump's jabs at Mr. and Mrs. "
        "Khan were entirely unacceptable.",  # PolNeAR nyt 2016-08-01
        # PolNeAR huff-post 2016-01-28: a call, but to a website of the story's subject.
        "Check out the Sanders campaign website, and you’ll find a collection of serious papers "
        "on domestic policy issues.",
    ],
)
def test_the_story_s_sentences_stay(line: str) -> None:
    assert split_calls(line) == (line, [])


def test_a_call_is_recorded_and_the_paragraph_before_it_kept() -> None:
    raw = (
        "NASA has confirmed that the Earth will experience 6 days of almost complete darkness.\n\n"
        "“We will solely rely on artificial light for the six days, which is not a problem at "
        "all”, says NASA scientist Earl Godoy. Visit our website daily for more shocking news!"
        "\n\nWhat do you plan to do during these six days of darkness? Tweet ‘#6DaysOfDarkness‘ "
        "including your plan for these six days!"
    )
    # FNC-1 403, shortened: the reader's question goes with the call to tweet its answer
    # (round 22, see the module docstring).
    cleaned = clean(raw)
    assert cleaned.text.endswith("says NASA scientist Earl Godoy.")
    assert [(d.kind, d.text) for d in cleaned.dropped] == [
        ("call", "Visit our website daily for more shocking news!"),
        (
            "call",
            "What do you plan to do during these six days of darkness? Tweet ‘#6DaysOfDarkness‘ "
            "including your plan for these six days!",
        ),
    ]


# FNC-1 168 (seeds 1220, 1221): a question put to the reader, then a pointer to the writer's
# other post, a link's title with no final mark. Round 1 dropped the whole line as a caption
# under a label that asks; the question is the article's own.
_COUNTERPOINT = (
    "Do you disagree? Check out my counterpoint, “The Case Against the $10,000 Gold Apple Watch"
    " Edition“"
)


def test_a_pointer_after_a_question_to_the_reader_is_a_call_and_the_question_stays() -> None:
    raw = (
        "Apple will sell a gold watch for $10,000, and it will sell out.\n\n"
        f"{_COUNTERPOINT}\n\n"
        "Here are the basic facts about the watch and its price."
    )
    cleaned = clean(raw)
    assert "sell out.\n\nDo you disagree?\n\nHere are the basic facts" in cleaned.text
    assert [(d.kind, d.text) for d in cleaned.dropped] == [
        (
            "call",
            "Check out my counterpoint, “The Case Against the $10,000 Gold Apple Watch Edition“",
        )
    ]


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 2496: a label's question about the video, not put to the reader.
        "Does penis size matter? Watch US actor and filmmaker Patrick Moote on why he told the "
        "world about his small manhood",
        # A question to the reader answered in the story's words.
        "Do you remember it? See, the thing is that nobody does.",
    ],
)
def test_a_pointer_needs_a_question_put_to_the_reader_before_it(line: str) -> None:
    assert split_calls(line) == (line, [])


@pytest.mark.parametrize(
    ("line", "kept", "calls"),
    [
        # FNC-1 1269: a promotion's teaser on a line of its own, with no stop.
        (
            "Keep up with Star Wars VII latest news, rumours and spoilers",
            "",
            ["Keep up with Star Wars VII latest news, rumours and spoilers"],
        ),
        # The Mirror, FNC-1 587: a clause that leads into another story's link, no stop.
        (
            "As Danger Mouse prepares to grace our televisions once again, see the cartoons who "
            "blazed the trail before him",
            "",
            [
                "As Danger Mouse prepares to grace our televisions once again, see the cartoons "
                "who blazed the trail before him"
            ],
        ),
        # BBC, FNC-1 674: a hashtag to follow the site's reports by.
        (
            "Use #NewsfromElsewhere to stay up-to-date with our reports via Twitter.",
            "",
            ["Use #NewsfromElsewhere to stay up-to-date with our reports via Twitter."],
        ),
        # FNC-1 78: a sentence that ends in its link, after the paragraph's last sentence.
        (
            "As I said, it's probably been stolen! Remember, you can check out the first "
            "official image of the Batmobile by clicking here!",
            "As I said, it's probably been stolen!",
            [
                "Remember, you can check out the first official image of the Batmobile by clicking "
                "here!"
            ],
        ),
    ],
)
def test_promotions_and_links_set_as_sentences_are_calls(
    line: str, kept: str, calls: list[str]
) -> None:
    assert split_calls(line) == (kept, calls)


@pytest.mark.parametrize(
    "line",
    [
        # A paragraph ends with its mark: the same openings in the story's prose stay.
        "As the storm moved east, see the damage it left behind in the photos.",
        "Keep up with the news, she told her students.",
        "As the vote neared, the senator said voters could see the difference",
        "Use of the hashtag #BlackLivesMatter grew to millions of tweets.",
        "He said readers could find it by clicking here and there on the old site, a maze.",
        '"You can see it by clicking here!" the ad said.',
    ],
)
def test_the_story_s_openings_like_a_promotion_stay(line: str) -> None:
    assert split_calls(line) == (line, [])
