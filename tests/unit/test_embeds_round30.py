"""Round 30: embeds the judges found kept as tasks (real FNC-1 and PolNeAR lines)."""

from __future__ import annotations

from annotate.corpus._alt_text import alts_lead_in
from annotate.corpus._broken_elements import ELEMENT_LINES, broken_elements
from annotate.corpus._clean import clean
from annotate.corpus._embed_labels import is_embed_label
from annotate.corpus._slides import numbers_title

# PolNeAR west-journal 2016-05-25 (Dennis Prager): a tweet element wrapping the column's list,
# its lines inside the element's date attribute, the story's sentences around it.
_PRAGER = "\n".join(
    [
        "Prager goes on to list reasons why a victory for Trump, despite his flaws, would be the "
        "preferable outcome for conservatives.",
        "",
        '<tweet tweet-author="just look at Western Europe" tweet-date="',
        "— Reduce job-killing regulations on large and small businesses.",
        "— Lower the corporate income tax and bring back hundreds of billions of offshore "
        "dollars to the United States.",
        '— Continue fracking, which the left, in its science-rejecting hysteria, opposes.">Here, '
        "then, are nine reasons (there are more) why a conservative should prefer a Trump "
        "presidency to a Democrat presidency:<tweet/>.",
        "",
        "He concludes that these reasons make the best case for why conservatives should get "
        "behind Trump.",
    ]
)


def test_an_element_broken_over_lines_is_dropped_whole() -> None:
    cleaned = clean(_PRAGER)
    assert cleaned.text.splitlines() == [
        "Prager goes on to list reasons why a victory for Trump, despite his flaws, would be the "
        "preferable outcome for conservatives.",
        "",
        "He concludes that these reasons make the best case for why conservatives should get "
        "behind Trump.",
    ]
    assert [(d.line, d.kind) for d in cleaned.dropped] == [(n, "tweet") for n in (3, 4, 5, 6)]


def test_a_tweet_element_cut_in_its_date_is_one_tweet() -> None:
    # PolNeAR west-journal 2016-03-10: the two-line case the tweet rule took before.
    cleaned = clean(
        "Rubio's rally was half empty.\n"
        '<tweet tweet-author="@ByronYork" tweet-date="March 9, 2016\n'
        '">Rubio stadium event in Hialeah. Stands empty. pic.twitter.com/9zj0xslwSA<tweet/>.\n'
        "The campaign did not comment."
    )
    assert [d.kind for d in cleaned.dropped] == ["tweet", "tweet"]
    assert "Rubio's rally" in cleaned.text and "did not comment" in cleaned.text


def test_any_tag_is_told_by_its_shape() -> None:
    lines = ['<div class="embed"', 'data-title="NYC Debate">Watch the debate', "</div>", "Prose."]
    assert [tag for _, tag in broken_elements(lines)] == ["div", "div", "div", None]


def test_a_start_tag_never_closed_leaves_the_story_alone() -> None:
    # Near misses: no closing tag within reach, another tag before the close, prose naming a
    # tag: every line stays the story's.
    never = ['<tweet tweet-author="x" tweet-date="'] + ["A sentence of the story."] * ELEMENT_LINES
    assert all(tag is None for _, tag in broken_elements(never))
    other = ['<span class="a', 'b">Photo</span>A young cat was buried.', "</span>"]
    assert all(tag is None for _, tag in broken_elements(other))
    prose = ["The page used a <div> for it.", "He said so.</div>"]
    assert all(tag is None for _, tag in broken_elements(prose))


def test_an_element_opened_after_one_given_up_on_is_still_found() -> None:
    lines = ['<a href="x', '<tweet a="b', 'c">Hi<tweet/>.', "Prose."]
    assert [tag for _, tag in broken_elements(lines)] == [None, "tweet", "tweet", None]


# FNC-1 1802: a video embed's label, its title set close under it, the story going on.
_STOP_AND_FRISK = [
    "Bratton said in a statement on July 8 that police officers will continue to enforce the law.",
    "",
    "Controversial policy ended:",
    "NYC 'Stop and Frisk' Debate",
    "New York Gov. Andrew Cuomo held a signing ceremony July 7 for a bill making New York the "
    "nation's 23rd state to legalize medical marijuana.",
]


def test_an_embeds_label_over_its_title_is_dropped() -> None:
    cleaned = clean("\n".join(_STOP_AND_FRISK))
    assert [(d.line, d.kind) for d in cleaned.dropped] == [(3, "label"), (4, "headline")]
    assert cleaned.text.splitlines() == [_STOP_AND_FRISK[0], "", _STOP_AND_FRISK[4]]


def test_a_lead_in_over_a_title_stays() -> None:
    # Near misses: a clause with a verb of saying, a lead-in opening on an article, and a
    # label with a blank line between it and the title (FNC-1 test 642's "Before:").
    for lead_in in ("She writes:", "Obama tweeted:", "The proof:"):
        lines = [*_STOP_AND_FRISK[:2], lead_in, *_STOP_AND_FRISK[3:]]
        assert lead_in in clean("\n".join(lines)).text.splitlines()
    lines = [*_STOP_AND_FRISK[:3], "", *_STOP_AND_FRISK[3:]]
    assert "Controversial policy ended:" in clean("\n".join(lines)).text.splitlines()
    assert not is_embed_label("Here's a look at what's coming this week:")


# FNC-1 1938: a picture's alt text alone under the lead-in that introduces the picture.
_FUR_COATS = [
    "Prosecutors allege that the retired fashion designer skinned the cats in her basement. "
    "The following is a photo of the woman wearing one of her fur coats:",
    "",
    "fur coat made of cats",
    "",
    "Investigators estimate that a total of 30 coats were required to make a single jacket.",
]


def test_alt_text_under_a_lead_in_is_dropped() -> None:
    cleaned = clean("\n".join(_FUR_COATS))
    assert [(d.line, d.kind, d.text) for d in cleaned.dropped] == [
        (3, "label", "fur coat made of cats")
    ]
    assert _FUR_COATS[0] in cleaned.text and _FUR_COATS[4] in cleaned.text


def test_lower_case_words_under_a_lead_in_that_are_a_clause_stay() -> None:
    # Near misses: a clause in lower case (a post quoted under its lead-in), words after a
    # sentence rather than a lead-in, one word alone.
    for words in ("she says it is fake", "they're not real"):
        lines = [*_FUR_COATS[:2], words, *_FUR_COATS[3:]]
        assert words in clean("\n".join(lines)).text
    assert not alts_lead_in("fur coat made of cats", "She was arrested on Monday.")
    assert not alts_lead_in("cats", _FUR_COATS[0])


# FNC-1 1559: a gallery's first slide set in the story, the story going on right under it.
_SLIDE = [
    "He was seen with his band, The Pizza Underground, last night (see above).",
    "",
    "Celebrity Death Hoaxes: Stars the Internet Fake-Killed",
    "Lil Wayne",
    "1. Lil Wayne",
    "Lil Wayne has been the subject of more than one death hoax over the years ... and more "
    "than one actual near-death experience. So it's believalble.",
    "Culkin has become much lower profile as an adult than when he was one of the biggest child "
    "stars of all time, so it's easy to see how one would believe this.",
]


def test_a_slides_caption_under_its_numbered_title_is_dropped() -> None:
    cleaned = clean("\n".join(_SLIDE))
    assert [(d.line, d.kind) for d in cleaned.dropped] == [
        (3, "caption"),
        (4, "headline"),
        (5, "headline"),
        (6, "caption"),
    ]
    assert cleaned.text.splitlines() == [_SLIDE[0], "", _SLIDE[6]]


def test_a_numbered_list_of_heads_keeps_its_items() -> None:
    # Near misses: a head numbered once, a numbered head under a different line, a blank line
    # between the numbered title and the paragraph.
    assert numbers_title("1. Lil Wayne", "Lil Wayne")
    assert not numbers_title("1. Lil Wayne", "Celebrity Death Hoaxes")
    assert not numbers_title("Lil Wayne", "Lil Wayne")
    lines = [*_SLIDE[:5], "", *_SLIDE[5:]]
    assert _SLIDE[5] in clean("\n".join(lines)).text


def test_a_headline_crying_its_news_over_its_paragraph_is_a_heading() -> None:
    # FNC-1 1559: E! Online's subheading, set close over the paragraph that tells it.
    lines = [
        "The troubled and sometimes reclusive actor, 34, is alive and well.",
        "",
        "Macaulay Culkin Alive!",
        "According to the latest Macaulay Culkin death hoax, he was found dead in his Manhattan "
        "apartment. Facebook and Twitter users quickly bought in.",
    ]
    cleaned = clean("\n".join(lines))
    assert [(d.line, d.kind) for d in cleaned.dropped] == [(3, "heading")]
    # Near misses: a cry with a verb, a cry of two words, a cry alone in its paragraph.
    for cry in ("We Did It!", "Culkin Alive!"):
        assert cry in clean("\n".join([*lines[:2], cry, *lines[3:]])).text
    assert "Macaulay Culkin Alive!" in clean("\n".join([*lines[:3], "", lines[3]])).text
