"""Round 31 (issue 12): a writer's bio by a capitalised newsroom title (PolNeAR breitbart
2016-08-11), an editor's note glued after the last sentence (huff-post 2016-11-07), a
letters page's social labels (usa-today 2016-10-21) and a notebook's item labels (wash-post
2016-07-29), all kept on round 30 (firm)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._letters import is_social_label
from annotate.corpus._notes import split_glued_note
from annotate.corpus._signoff import is_sign_off
from tests.shared import dropped_kinds as kinds


def test_a_capitalised_newsroom_title_signs_off_with_the_book_after_it() -> None:
    assert is_sign_off(
        "Joel B. Pollak is Senior Editor-at-Large at Breitbart News. His new book, See No Evil:"
        " 19 Hard Truths the Left Can’t Handle, is available from Regnery through Amazon."
    )
    assert is_sign_off("Jane Doe is Chief Political Correspondent for The Hill.")


def test_a_capitalised_word_that_is_no_role_stays() -> None:
    assert not is_sign_off("Joel B. Pollak is Senior Fellow Traveller of the movement.")
    assert not is_sign_off("IS is still holding American Journalist Steven Sotloff.")


def test_a_note_glued_after_the_last_sentence_is_cut_with_its_broken_lines() -> None:
    cleaned = clean(
        "“It’s a year where doing your homework has mattered,” Palmieri said.\n\n"
        "“She’s every bit as capable. And this time around that’s going to bring a lot of"
        " people to her side.”Editor’s note: Donald Trump regularly\n"
        "incites\n"
        "political violence and is a serial liar.\n"
    )
    assert cleaned.text.endswith("to her side.”")
    assert "Editor’s note" not in cleaned.text and "incites" not in cleaned.text
    assert kinds(cleaned.dropped)["note"][0] == "Editor’s note: Donald Trump regularly"


def test_a_note_label_inside_a_sentence_or_spaced_stays() -> None:
    spaced = "He read it aloud. Correction: the vote was 5-4."
    assert split_glued_note(spaced) == (spaced, "")
    glued = "The paper ran “Editor’s note: none” on its front page."
    assert split_glued_note(glued) == (glued, "")
    lower = "It was fixed.”correction: none"
    assert split_glued_note(lower) == (lower, "")


LETTERS = (
    "The other candidate may not be perfect, but at least she can accept defeat.\n\n"
    "Peter Ward.\n\n"
    "Rochester, N.H.\n\n"
    "Facebook.\n\n"
    "Republicans should be talking to Al Gore for tips on surviving the questioning of an"
    " election result.\n\n"
    "Bob Smith.\n\n"
    "Twitters.\n\n"
    "Our followers shared their thoughts on Wednesday's presdiential debate between Hillary"
    " Clinton and Donald Trump.\n\n"
    "Clinton presented a vision of hope and national unity, while Trump presented a picture of"
    " darkness and division.\n\n"
    "@Michelle_4681.\n\n"
    "Trump won. He showed us he's the \"change agent\" and Clinton's more of the same.\n\n"
    "@BLayton33.\n"
)


def test_a_social_label_in_the_plural_or_taken_as_a_credit_opens_the_posts() -> None:
    assert is_social_label("Twitters.") and is_social_label("Facebooks.")
    cleaned = clean(LETTERS)
    assert kinds(cleaned.dropped)["heading"] == ["Twitters."]
    assert "Republicans should be talking" in kinds(cleaned.dropped)["comment"][0]
    assert "Twitters" not in cleaned.text and "Clinton presented" not in cleaned.text
    # The page's lead-in over the posts, signed by no one, stays.
    assert "Our followers shared their thoughts" in cleaned.text
    assert "The other candidate may not be perfect" in cleaned.text


def test_a_network_named_in_a_sentence_is_no_label() -> None:
    assert not is_social_label("Twitter users.")
    assert not is_social_label("Facebook said it would appeal.")


NOTEBOOK = (
    "convention notebook.\n\n"
    "Another first.\n\n"
    "Hillary Clinton isn't the only person breaking barriers in Philadelphia.\n\n"
    "When Sarah McBride took the stage Thursday, she became the first openly transgender person"
    " to speak at a major party's convention, Isaac Stanley-Becker reports.\n\n"
    "\"Today in America, LGBTQ people are targeted by hate. And that's why I'm proud to say"
    " that I'm with her,\" McBride said.\n\n"
    "Lawbreaker?\n\n"
    'Senate Minority Leader Harry M. Reid (D-Nev.) told reporters that Donald Trump "may have'
    ' violated the law" by calling on Russia to hack Hillary Clinton.\n\n'
    '"He can have intelligence briefings," Reid said. "But I hope they are fake."\n\n'
    "quotable.\n\n"
    "\"The whole idea of a 'Crooked Hillary' is something that we hear about all the time, and"
    ' it needs to stop."\n\n'
    "-Michelle Marks, Philadelphia.\n"
)


def test_a_notebooks_first_label_and_a_label_asked_in_a_word_are_headings() -> None:
    cleaned = clean(NOTEBOOK, first_line_is_title=True)
    headings = kinds(cleaned.dropped)["heading"]
    assert {"Another first.", "Lawbreaker?", "quotable."} <= set(headings)
    assert cleaned.text.startswith("Hillary Clinton isn't the only person")
    assert "Senate Minority Leader" in cleaned.text


def test_without_a_series_the_first_paragraph_and_a_lone_question_stay() -> None:
    # A lede's pun takes up a word of the story, but no series is known: it stays.
    lede = (
        "Rest in purrs.\n\n"
        "A Florida feline has been dubbed a zombie cat after clawing his way out of a grave.\n\n"
        "He enlisted the help of his neighbor and watched him put Bart to rest, or so he"
        " thought.\n\n"
        "Coincidence?\n\n"
        "Days later, a bedraggled Bart made his way to another neighbor's yard, Fox 13"
        " reports.\n"
    )
    cleaned = clean(lede)
    assert cleaned.text.startswith("Rest in purrs.")
    assert "Coincidence?" in cleaned.text


def test_a_longer_first_paragraph_stays_though_a_series_follows() -> None:
    # A label is a word or two; a short first sentence of the story is not held.
    text = (
        "A real sentence here.\n\nTroop presence.\n\nThe administration is gradually"
        " increasing troops on the ground.\n"
    )
    cleaned = clean(text)
    assert cleaned.text.startswith("A real sentence here.")
    assert kinds(cleaned.dropped) == {"heading": ["Troop presence."]}
