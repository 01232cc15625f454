"""A fact-checker's list of its sources at the article's end (issue 12, round 19: seed 1366,
31 tasks of one article). Every line is quoted from the article named; the first test fails
without ``annotate.corpus._sources``."""

from __future__ import annotations

from annotate.corpus._clean import clean

# FNC-1 test body 489 (a hoax checker): the verdict, an ad's markup, the label, a citation.
_CRABZILLA = [
    "There is no other proof confirming that Crabzilla exists. Judging by the image source, the "
    "unbelievable size, and the fact that this picture could easily be created with Photoshop, "
    "we have to rate the Crabzilla photograph as a likely fake.",
    "",
    "Sources:",
    "",
    'Bullen, Jamie. "50ft Crustacean, Dubbed Crabzilla, Photographed Lurking Beneath the '
    'Waters." Kent Online. 13 October 2014.',
]

# FNC-1 body 1057 (Snopes): citations whose line breaks the scrape lost, run together.
_SPIDER = [
    "Perhaps there's a germ of truth to this story that has been distorted through "
    "misdiagnosis or misunderstanding.",
    "",
    "Sources:",
    "",
    'Davis, Lauren. "No, A Spider Did Not Burrow Under A Man\'s Skin and Live There for Days."',
    'i09. 16 October 2014 McDonald, Dani. "Bunbury Local Discovered a Spider Had Burrowed '
    'Under His Skin on Bali Holiday." NT News. 16 October 2014 Orr, Aleisha. "Spider Burrowed '
    "Into Appendix Scar, Crawled Through WA Man's Body.\" The Age. 16 October 2014",
    'Woodcock, Mitchell. "Bunbury Man\'s Bali horror." South Western Times. 16 October 2014',
]


def test_a_list_of_sources_under_its_label_is_dropped() -> None:
    for lines in (_CRABZILLA, _SPIDER):
        cleaned = clean("\n".join(lines))
        assert cleaned.text == lines[0]
        kinds = [d.kind for d in cleaned.dropped]
        assert kinds[0] == "label"
        assert set(kinds[1:]) <= {"credit", "date"}


def test_a_paragraph_after_the_list_ends_it() -> None:
    # A story that goes on after its sources keeps its paragraph.
    tail = (
        "Update: the newspaper that first ran the picture has since said that it could not "
        "confirm where the photograph had come from, and that it was looking into the matter."
    )
    cleaned = clean("\n".join([*_CRABZILLA, "", tail]))
    assert cleaned.text.split("\n\n") == [_CRABZILLA[0], tail]


def test_a_sources_label_before_the_story_is_left_to_other_rules() -> None:
    # Not under a story: the label alone is no list's (the story has not begun).
    lines = ["Sources:", "", _CRABZILLA[0]]
    assert _CRABZILLA[0] in clean("\n".join(lines)).text
