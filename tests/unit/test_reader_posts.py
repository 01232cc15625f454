"""Readers' posts on a letters page (issue 12, round 21): a section under a network's name.

Real lines from PolNeAR's USA Today letters pages (named beside each), in their layout; the
letters' and posts' texts shortened where marked "...".
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._letters import is_social_label, signs_post
from tests.shared import dropped_kinds as kinds

# PolNeAR train usa-today 2016-06-07 ("Did Donald Trump really scam students?"): a letter,
# its signature and town, then the readers' Facebook posts, each signed; one post runs over
# two paragraphs. Judges counted such posts as readers' comments kept as tasks.
PAGE = (
    "LETTERS.\n\n"
    "Donald Trump has been a participant in 3,500 lawsuits in 30 years. Analysis shows that "
    "lawsuits are one of his primary negotiating tools.\n\n"
    "Martin Litwak.\n\n"
    "Olympia, Wash.\n\n"
    "FACEBOOK.\n\n"
    "Trump is such a con artist. It amazes me that more people can't see through the lies that "
    "come out with every breath he takes.\n\n"
    "Ernie Helton.\n\n"
    "Everyone can see this guy is a fraud except his followers. He knows this Trump University "
    "scam will hurt and expose him for what he is.\n\n"
    "He flies up in his luxurious jet, with his name on the side, to tell everyone how tough "
    "it is to live here and that this is not a great country.\n\n"
    "Mac Mittenz.\n"
)


def test_readers_posts_under_a_networks_label_are_comments() -> None:
    cleaned = clean(PAGE)
    dropped = kinds(cleaned.dropped)
    assert [text[:27] for text in dropped["comment"]] == [
        "Trump is such a con artist.",
        "Everyone can see this guy i",
        "He flies up in his luxuriou",
    ]
    # The signatures stay credits, and the letter above the section stays the page's text.
    assert dropped["credit"] == [
        "Martin Litwak.",
        "Olympia, Wash.",
        "Ernie Helton.",
        "Mac Mittenz.",
    ]
    assert cleaned.text.startswith("Donald Trump has been a participant in 3,500 lawsuits")
    assert "con artist" not in cleaned.text


def test_the_sections_own_question_and_unsigned_lines_stay() -> None:
    # PolNeAR train usa-today 2016-03-07: the page asks its followers, then their tweets, each
    # signed by a handle. The page's question is its own sentence.
    raw = (
        "TWITTER.\n\n"
        "We asked our followers which candidate won Thursday's GOP debate.\n\n"
        "Kasich. He has the experience and is mature enough not to get drawn into the mud.\n\n"
        "@antnyj.\n\n"
        "The winner is Hillary Clinton. The losers? The Republican Party.\n\n"
        "@SujOfficial.\n"
    )
    cleaned = clean(raw)
    assert cleaned.text == "We asked our followers which candidate won Thursday's GOP debate."
    assert len(kinds(cleaned.dropped)["comment"]) == 2


def test_a_story_that_names_a_network_keeps_its_sentences() -> None:
    # A signed line under no network's label is a letter's; a network's name in a sentence is
    # no label.
    raw = (
        "Facebook said it would appeal the ruling on Monday.\n\n"
        "The company's lawyers declined to comment on the case any further.\n\n"
        "Ernie Helton.\n"
    )
    cleaned = clean(raw)
    assert "Facebook said it would appeal" in cleaned.text
    assert "declined to comment" in cleaned.text
    assert "comment" not in kinds(cleaned.dropped)


def test_a_labels_and_a_signatures_shapes() -> None:
    assert is_social_label("FACEBOOK.") and is_social_label("From Twitter:")
    assert not is_social_label("Facebook said it would appeal.")
    assert signs_post("Ernie Helton.") and signs_post("@antnyj.")
    assert not signs_post("He said so.")
