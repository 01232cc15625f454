"""Round 23 (issue 12): credits and sign-offs after the story's last sentence.

Real lines from FNC-1 test bodies and PolNeAR (named beside each), as they come in the corpora.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from annotate.corpus._signoff import is_sign_off
from tests.shared import dropped_kinds as kinds

# FNC-1 test 849 (USA Today network): the reporters by their paper and the contributors, on
# one line after the story's last paragraph.
REPORTERS = "Sean Rossman and Karl Etters report for the Tallahassee (Fla.) Democrat."
CONTRIBUTING = "Contributing: JSetareh Baig & Daniella Abinum, FSView; The Associated Press"
LAST = "Social media immediately lit up with messages of concern and prayer requests."


def test_the_contributors_and_the_reporters_by_their_paper_close_the_story() -> None:
    assert split_credits(f"{REPORTERS} {CONTRIBUTING}") == (REPORTERS, [CONTRIBUTING])
    cleaned = clean(f"{LAST}\n\n{REPORTERS} {CONTRIBUTING}\n")
    assert cleaned.text == LAST
    assert kinds(cleaned.dropped) == {"credit": [CONTRIBUTING], "sign-off": [REPORTERS]}
    # Two writers by their paper, as one writer by theirs (PolNeAR usa-today 2016-10-25).
    assert is_sign_off(REPORTERS)
    assert is_sign_off(
        "Glorioso reports for Naples (Fla.) Daily News; Williams reports for The (Fort Myers, "
        "Fla.) News-Press."
    )


def test_a_sentence_about_two_people_reporting_stays() -> None:
    # Made for the test (no such sentence is in the corpora): lower-case words after the
    # paper's name, a clause going on.
    assert not is_sign_off(
        "Rossman and Etters report for the Democrat that the shooter was a former student."
    )


def test_a_gallery_credit_with_its_count_is_cut_off_the_line() -> None:
    # FNC-1 test 1216: after the last sentence, two spaces before it.
    line = (
        "It’s possible. On Friday, state media confirmed for the first time that Kim’s health "
        "isn’t too good, acknowledging that he’s been dealing with some “discomfort.” Hmm, seems "
        "like a cheese-related problem to me.  Images: Getty Images (3)"
    )
    body, credits = split_credits(line)
    assert credits == ["Images: Getty Images (3)"]
    assert body.endswith("problem to me.")


def test_a_quotations_signature_after_its_closing_mark_is_a_credit() -> None:
    # PolNeAR huff-post 2016-09-27: readers' quotes, each signed on its own line.
    quote = (
        "“Trump must stop portraying Latinos as dangerous gangsters when most of us are "
        "hard-working, tax-paying, successful entrepreneurs, unlike him.”"
    )
    assert split_credits(f"{quote} ― Carla Sanchez.") == (quote, ["― Carla Sanchez."])
    cleaned = clean(f"{quote} ― Carla Sanchez.\n")
    assert cleaned.text == quote
    assert kinds(cleaned.dropped)["credit"] == ["― Carla Sanchez."]
    # FNC-1 test 453: a paper named as the quotation's source.
    line = (
        "I missed Christmas because of this operation but it is the best present I could have "
        'had as I am now feeling great." - Daily Mirror'
    )
    assert split_credits(line)[1] == ["- Daily Mirror"]


def test_a_dash_after_a_quotation_inside_a_sentence_stays() -> None:
    # PolNeAR huff-post 2016-11-03: the dash opens an aside, lower-case words follow.
    line = (
        "It again called Clinton unworthy of the presidency, but this time, it invoked an "
        "infamous boogeyman ― “pervert” Anthony Weiner ― to cast the Democratic nominee as "
        "morally and criminally corrupt."
    )
    assert split_credits(line) == (line, [])


def test_readers_quotations_stay_without_their_signatures() -> None:
    # PolNeAR huff-post 2016-09-27: readers' quotations, one after another, that lost their
    # last mark after the name (round 19 kept them whole as sentences; round 23 cuts the
    # signatures off as credits).
    cleaned = clean(
        "Here is what they said.\n\n"
        "“Donald Trump scares me. Hearing him talk makes me fearful.” ― Carla Sanchez\n"
        "“The most unqualified child to ever run for president.” ― Francisco Herrero\n\n"
        "More came in."
    )
    assert cleaned.text == (
        "Here is what they said.\n\n"
        "“Donald Trump scares me. Hearing him talk makes me fearful.”\n"
        "“The most unqualified child to ever run for president.”\n\n"
        "More came in."
    )
    assert kinds(cleaned.dropped) == {"credit": ["― Carla Sanchez", "― Francisco Herrero"]}


def test_the_new_york_times_credit_without_a_colon_is_a_credit() -> None:
    # FNC-1 1732: under "Photo", the caption with its credit, or the caption and its credit.
    assert split_credits("Credit Chang W. Lee/The New York Times") == (
        "",
        ["Credit Chang W. Lee/The New York Times"],
    )
    line = "Police Commissioner William J. Bratton Credit Michael Appleton for The New York Times"
    assert split_credits(line) == (
        "Police Commissioner William J. Bratton",
        ["Credit Michael Appleton for The New York Times"],
    )
    story = (
        "In an interview on Sunday, Mr. Thompson expressed concern about the mayor’s plan, "
        "calling it an end-run around the district attorneys."
    )
    cleaned = clean(f"Photo\n\n{line}\n\n{story}\n")
    assert cleaned.text == story
    assert kinds(cleaned.dropped)["caption"] == [line]
    # "credit" in a sentence is a word of its clause.
    assert split_credits("He gave them credit for the idea.") == (
        "He gave them credit for the idea.",
        [],
    )


def test_a_comments_widgets_entries_are_comments() -> None:
    # FNC-1 1732: the NYT's RECENT COMMENTS box in the story, each comment under its head.
    story = "In 2011, the police commissioner at the time issued an unusual order."
    box = [
        "Ronski1965 16 minutes ago",
        "The batle cry for marijuana legalization has always been tax it like cigarettes or "
        "alcohol. The societal concern is not necessarily...",
        "David 16 minutes ago",
        'It\'s not "excessive" stop-and-frisk, but the "illegal," unconstitutional stop and frisk.',
    ]
    after = (
        "In 2013, the police still arrested more than 28,000 people for marijuana possession, "
        "and in 2014, the arrests were occurring at a similar pace, Professor Levine said."
    )
    cleaned = clean(f"{story}\n\nRECENT COMMENTS\n\n" + "\n\n".join(box) + f"\n\n{after}\n")
    assert cleaned.text == f"{story}\n\n{after}"
    assert kinds(cleaned.dropped)["comment"] == box
