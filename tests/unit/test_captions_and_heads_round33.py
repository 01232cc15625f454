"""Round 33 (issue 12), from the judges of seeds 1568, 1571 and 1574: page furniture kept as
the story's sentences. A caption set twice, the copy closed by its credit (FNC-1 1929, test
1080); a content warning in capitals run into the first sentence (FNC-1 1011); a heading that
finishes the paragraph's trailing sentence (FNC-1 2090); a subheading whose noun reads as a
past tense (PolNeAR wash-post 2016-06-05); a video still's caption that opens on a conjunction
among the page's captions without a mark (FNC-1 1568). Each with the story's lines in the
same places that stay."""

from __future__ import annotations

import pytest

from annotate.corpus._captions import goes_on_story, is_caption_among_unmarked
from annotate.corpus._clean import clean
from annotate.corpus._credited_captions import is_caption_over_copy
from annotate.corpus._field_labels import split_field_label
from annotate.corpus._sections import finishes_trailed_line
from annotate.corpus._subheadings import is_subheading
from tests.shared import dropped_kinds as kinds

# FNC-1 1929 (IBTimes): the caption, then its copy closed by the credit "Twitter".
MILLAN = (
    "A report claiming that popular 'dog whisperer' Cesar Millan had died of heart attack on"
    " Tuesday morning, is nothing, but a lie.\n\n"
    "  A hoax report claimed that 'dog whisperer' Cesar Millan had died of heart attack.\n"
    "A hoax report claimed that 'dog whisperer' Cesar Millan had died of heart attack. Twitter\n"
    "The death hoax report was started by a website that claimed to be the popular Spanish news"
    " agency - ProcesoMX.\n"
    "The Cesar Millan death hoax now has gone viral."
)
CAPTION = "A hoax report claimed that 'dog whisperer' Cesar Millan had died of heart attack."


def test_a_caption_set_again_with_its_credit_is_dropped_with_its_copy() -> None:
    cleaned = clean(MILLAN)
    assert CAPTION in kinds(cleaned.dropped)["caption"]
    assert f"{CAPTION} Twitter" in kinds(cleaned.dropped)["duplicate"]
    assert "hoax report claimed" not in cleaned.text
    assert "The death hoax report was started by a website" in cleaned.text
    assert "The Cesar Millan death hoax now has gone viral." in cleaned.text


@pytest.mark.parametrize(
    ("line", "below", "caption"),
    [
        (CAPTION, f"{CAPTION} Twitter", True),
        # The same caption with its credit twice (FNC-1 2415's "(CEN)"): no copy without it.
        (
            "Talent: Nikolai shows off his apparent magnetic powers. (CEN)",
            "Talent: Nikolai shows off his apparent magnetic powers. (CEN)",
            False,
        ),
        # A paragraph that goes on after the line's words says more than a credit.
        (
            "The report on the fake website was soon picked by many on social media.",
            "The report on the fake website was soon picked by many on social media. It spread.",
            False,
        ),
        # A label of two words is no caption's sentence.
        ("Twitter", "Twitter Getty Images", False),
    ],
)
def test_caption_over_copy(line: str, below: str, caption: bool) -> None:
    assert is_caption_over_copy(line, below) is caption


# FNC-1 1011: the warning run into the story's first sentence.
FOLEY = (
    "WARNING: GRAPHIC IMAGES. A masked militant claims the murder is in retaliation for American"
    " airstrikes against the Islamic State militants in Iraq. Missing since Nov. 22, 2012, Foley"
    " appears to be forced to read an anti-American statement before he is beheaded in the"
    " gruesome five-minute clip.\n\n"
    "An American freelance photojournalist missing since being abducted in Syria some 22 months"
    " ago was apparently beheaded by an Islamic State militant in a graphic video released"
    " Tuesday."
)


def test_a_warning_in_capitals_is_cut_off_the_first_sentence() -> None:
    cleaned = clean(FOLEY)
    assert "WARNING: GRAPHIC IMAGES." in kinds(cleaned.dropped)["label"]
    assert cleaned.text.startswith("A masked militant claims the murder")
    assert "Missing since Nov. 22, 2012, Foley appears" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # A transcript's speaker, in capitals, then the speaker's clause (PolNeAR breitbart
        # 2016-07-10).
        "JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing.",
        # A speaker's answer in capitals is a clause: a pronoun and a verb.
        "CLINTON: I DID NOT. He knows that.",
        # A wire's dateline label before the story's sentence (FNC-1 194).
        "BEIRUT: Lebanon's interior minister said that DNA tests have confirmed it.",
        # A teaser in capitals after the label, with no sentence after it (FNC-1 162).
        "LONDON: POLICE ALLEGE ISLAMIST PLOT TO KILL POLICE",
    ],
)
def test_labels_in_capitals_before_a_clause_stay(line: str) -> None:
    assert split_field_label(line) == ("", line)


# FNC-1 2090 (Wareable): the paragraph trails off, the heading finishes it, a related link
# set close under the heading.
APPS = (
    "The invite reads 'Spring forward' and simply says that the event will take place at 10am"
    " San Francisco time which is 5pm in the UK. The main focus, though, should be apps...\n\n"
    "... With 100,000 Watch apps\n"
    "21 amazing Apple Watch apps \n\n"
    "Reports are coming in that Apple is hurrying key app developers in order that there's an"
    " impressive selection by 9 March."
)


def test_a_heading_that_finishes_a_trailing_sentence_is_dropped() -> None:
    cleaned = clean(APPS)
    assert "... With 100,000 Watch apps" in kinds(cleaned.dropped)["heading"]
    assert "The main focus, though, should be apps..." in cleaned.text
    assert "Reports are coming in that Apple is hurrying" in cleaned.text


@pytest.mark.parametrize(
    ("line", "before"),
    [
        # The story goes on after the ellipsis in its sentence and ends it (FNC-1 test 2583).
        ("… Or your doctor.", "You may not be able to pick a plan and stick with it…"),
        # A lead-in after an ellipsis (FNC-1 1957).
        ("...And afterward:", 'It had to be perfectly clean during those moments..."'),
        # No trailing paragraph above it.
        ("... With 100,000 Watch apps", "The main focus, though, should be apps."),
        # A clause.
        ("... He said it was apps", "The main focus, though, should be apps..."),
    ],
)
def test_lines_after_an_ellipsis_that_stay(line: str, before: str) -> None:
    assert not finishes_trailed_line(line, before)


# PolNeAR train wash-post 2016-06-05 (its lines 25-49): two subheadings of one series;
# "split" is a noun here.
SANDERS = "\n\n".join(
    [
        (
            '"Literally, because of the nature of the screen - which is very, very tight - the '
            "only physical contact that husbands and wives and children can have is literally "
            'putting their pinkies through their fence," he said. "No hugging. No kissing. That\'s'
            ' the kind of contact they have. And what a tragedy that is."'
        ),
        "Unique opportunity.",
        (
            "Since the start of the primary season, Sanders has struggled to earn the support of "
            "minorities. The main barrier has been black voters, who overwhelmingly rejected the "
            "self-described democratic socialist and handed Clinton her still-strong delegate "
            "lead in a string of Southern states. Sanders had hoped to do better with Latinos, "
            "but his ability to do so seemed shaky after he lost the Texas primary to Clinton in "
            "March."
        ),
        (
            "But California offered a unique opportunity. According to a January 2016 study by "
            "the Pew Research Center based on census data from 2014, eligible voters who are "
            "Hispanic skew younger in California than elsewhere in the country and make up a "
            "larger slice of the state's Democratic electorate. As another Pew study from 2011 "
            "noted, the average age of Latinos born in California was 18; the average age of "
            "white Californians was 44."
        ),
        (
            "There was also hope for Sanders in polling. A Field Poll of the Democratic race in "
            "May 2015 put his overall support among likely Democratic voters at 5 percent. By the"
            " end of the year, he had climbed to 35 percent overall and to 32 percent among "
            "nonwhites."
        ),
        (
            '"That was even though he\'d barely campaigned in California," said Weaver, the '
            "campaign manager. \"We hadn't even advertised here. There was just a tremendous "
            'movement with Latino voters."'
        ),
        (
            "The Clinton campaign watched this happen all year, and at key moments, like Nevada's"
            " caucuses and Illinois's close primary, it appeared to hold off the tide. In 2008, "
            "Clinton won California's Latino voters by a 35-point margin over Barack Obama. Among"
            " Latinos younger than 30, she won by 30 points."
        ),
        (
            "Yet in this past week's final pre-primary Field Poll, Clinton led among Latinos by "
            "just four points. The Sanders campaign thinks he has progressively sliced into her "
            "numbers by winning landslide support from younger voters, including Latinos."
        ),
        (
            "Sanders sees these gains as evidence that early losses among nonwhite voters were "
            "tricks of the front-loaded Southern campaign schedule. In California, he proved that"
            " nonwhite voters could be won over if they simply learned who he was. In a telephone"
            " interview Thursday, he said his message is now resonating more with minority voters"
            " not because he's doing much differently but because of a greater familiarity with "
            "him."
        ),
        (
            '"Let me give you my prediction," he said of his performance in California. "If there'
            ' is a record-breaking turnout, I think we will win by big numbers."'
        ),
        "Age split.",
        (
            "In the first six months of this year, 1.8 million new California voters were "
            "registered. Latino registration was up by 123 percent compared with the same period "
            "in 2012. The rise of Donald Trump propelled that increase, but Sanders seemed to "
            "reap the benefits."
        ),
        (
            "\"We're doing very well with Latinos, in general, and very, very well with younger "
            'Latinos," Sanders told Rolling Stone in late May. "What\'s been very interesting is '
            "that the demographic splits have been less white, black and Latino than they have "
            'been on age."'
        ),
    ]
)


def test_a_subheading_whose_noun_reads_as_a_past_tense_is_dropped_in_a_series() -> None:
    cleaned = clean(SANDERS)
    assert {"Unique opportunity.", "Age split."} <= set(kinds(cleaned.dropped)["heading"])
    assert "In the first six months of this year" in cleaned.text


AFTER = "In the first six months of this year, 1.8 million new California voters were registered."


@pytest.mark.parametrize(
    ("line", "series", "heading"),
    [
        ("Age split.", True, True),
        ("Tax cut.", True, True),
        # Outside a series the past tense still reads as the verb.
        ("Age split.", False, False),
        # A clause's subject: a pronoun, a plural's past or an indefinite pronoun.
        ("He hit.", True, False),
        ("Prices cut.", True, False),
        ("Nobody hurt.", True, False),
        ("Everything set.", True, False),
    ],
)
def test_compound_nouns_on_a_past_tense(line: str, series: bool, heading: bool) -> None:
    assert is_subheading(line, AFTER, series=series) is heading


# FNC-1 1568 (the Daily Mail's video stills): captions without a mark among the paragraphs.
STILLS = [
    "At first all seems as normal as the man bends down to remove his shoes - a common request"
    " by security when passing through metal detectors at airports",
    "Suddenly the man surprises staff by removing his trousers altogether and placing them in a"
    " tray",
    "As startled workers look on, seemingly unsure what to do, the man continues stripping off",
]
STORY = [
    "It is one of the most annoying aspects of modern air travel - kicking off shoes and"
    " removing belts to get through security without setting off the scanner.",
    "One security worker can be seen nudging his colleague and pointing to the man, but neither"
    " appears to know what to do next.",
    "Unbothered by the attention, the man moves onto his top half and whips off his jumper,"
    " leaving him completely naked.",
    "Passengers at airports around the world have long complained of 'invasive' searches at"
    " security points.",
]
LAST = (
    "And instead of hurriedly getting changed, the man simply bundles up his clothes and walks off"
)
CLOSE = "It seems this gentleman isn't the first to stage a naked protest either."


def test_a_still_caption_on_a_conjunction_among_unmarked_captions_is_dropped() -> None:
    text = "\n\n".join([*STORY[:2], *STILLS, *STORY[2:], LAST, CLOSE])
    cleaned = clean(text)
    assert LAST in kinds(cleaned.dropped)["caption"]
    for line in [*STORY, CLOSE]:
        assert line in cleaned.text


def test_a_sentence_on_a_conjunction_without_its_stop_stays_without_captions_so_set() -> None:
    # Near miss: the same line where the page set only one caption without a mark.
    text = "\n\n".join([*STORY[:2], STILLS[0], *STORY[2:], LAST, CLOSE])
    assert LAST in clean(text).text


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (LAST, True),
        # The story's lead-in without its colon (FNC-1 1424), and its sentence without a stop
        # (FNC-1 1554), among captions so set: no conjunction, left to the other rules.
        ("One of Emwazi’s close friends who identified him told the Post", False),
        (
            "Sources told the Globe and Mail that he had been designated a 'high-risk traveler'"
            " and the government had seized his passport",
            False,
        ),
        # A quotation goes on the story's quotation.
        ("'And he went through obstacles, yet still came out on top'", False),
    ],
)
def test_caption_among_unmarked(line: str, caption: bool) -> None:
    assert is_caption_among_unmarked(line, 5) is caption


def test_a_conjunction_still_tells_the_story_elsewhere() -> None:
    assert goes_on_story(LAST)
    assert not goes_on_story(LAST, conjunction=False)
