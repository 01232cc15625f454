"""Round 21 (issue 12): a poll box's notes, a label that asks before its colon, a copy of a
speaker's sentence that lost its stop.

Real lines, from PolNeAR and FNC-1 train bodies (named beside each), in the layout they come
in; shortened where marked "...".
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._table_rows import is_box_note
from tests.shared import dropped_kinds as kinds

# PolNeAR train usa-today 2015-12-08 (most oppose defunding Planned Parenthood): the poll box
# at the story's foot, its heading, question and rows dropped, its notes kept as three tasks.
POLL_BOX = (
    'Law enforcement sources have said he said "no more baby parts" in comments to officials '
    "after the shooting.\n\n"
    "DEFUNDING DEBATE.\n\n"
    "Should federal funding for Planned Parenthood be eliminated?\n\n"
    "No 58%.\n\n"
    "Yes 33%.\n\n"
    "Undecided 9%.\n\n"
    "Poll of 1,000 likely voters taken Wednesday through Sunday. Margin of error +/- 3 "
    "percentage points.\n\n"
    "Source USA TODAY/Su!olk University.\n"
)


def test_a_poll_boxs_notes_under_its_rows_are_the_boxs() -> None:
    cleaned = clean(POLL_BOX)
    assert cleaned.text.startswith("Law enforcement sources")
    assert "Poll of 1,000" not in cleaned.text
    assert "Source USA TODAY" not in cleaned.text
    assert kinds(cleaned.dropped)["scores"][-2:] == [
        "Poll of 1,000 likely voters taken Wednesday through Sunday. Margin of error +/- 3 "
        "percentage points.",
        "Source USA TODAY/Su!olk University.",
    ]


def test_the_story_after_a_box_is_the_storys() -> None:
    # A sentence with a verb after the rows goes on with the story, whatever figure it holds;
    # and a note's shape away from a box is the story's line.
    raw = POLL_BOX.replace(
        "Source USA TODAY/Su!olk University.",
        "Forty-six percent of people in the poll held heated political rhetoric partly "
        "responsible for a shooting.",
    )
    cleaned = clean(raw)
    assert "Forty-six percent of people in the poll held" in cleaned.text
    alone = clean(
        "The survey was small.\n\nPoll of 1,000 likely voters taken Wednesday through Sunday.\n"
    )
    assert "Poll of 1,000" in alone.text


def test_a_box_note_has_a_figure_or_a_sources_word_and_no_verb() -> None:
    assert is_box_note("Margin of error +/- 3 percentage points.")
    assert is_box_note("Source USA TODAY/Su!olk University.")
    # FNC-1 2130: the story's sentence under a receipt's total ("offers" is its verb: no
    # figure, no source's word, so not a note whatever the verb test misses).
    assert not is_box_note(
        "Prime Steakhouse in the Bellagio Hotel & Casino in Las Vegas offers a wide variety of "
        "surf and turf creations from celebrity chef Jean-Georges Vongerichten."
    )
    # PolNeAR train politico 2016-01-28: a source in the story's sentence, with its verb.
    assert not is_box_note(
        "Source familiar with the ad says the group is spending “substantial” funds to air it."
    )
    assert not is_box_note("How many voters were polled?")


# FNC-1 2322 (and 1342, the same page): the Daily Mail's caption under a label that asks
# before its colon. Its copy under the "+12" gallery count was dropped as a duplicate, the
# first kept as a task.
STILL_ON = "Still on?: Phelps has yet to comment on any of this"


def test_a_label_that_asks_before_its_colon_labels_a_caption() -> None:
    raw = (
        "She also seems to repost any and all stories that mention their relationship.\n"
        "He's out: Chandler said on her Facebook on Wednesday that Phelps is out of rehab\n"
        f"{STILL_ON} \n"
        "+12\n"
        f"{STILL_ON} \n"
        "Chandler claims she was with Phelps when he was arrested on suspicion of DUI on "
        "September 30 in Baltimore, Maryland.\n"
    )
    cleaned = clean(raw)
    assert "Still on" not in cleaned.text
    assert kinds(cleaned.dropped)["caption"].count(STILL_ON) == 2
    assert "Chandler claims she was with Phelps" in cleaned.text


# FNC-1 438: the Daily Mail ends the story with the police sergeant's words again, set as a
# caption without its stop under the quotation's close, after the paragraph that says them.
SERGEANT = "Sgt Gill Cherry from said: 'We are treating these two reported incidents as linked"


def test_a_copy_of_a_speakers_sentence_that_lost_its_stop_is_the_pages() -> None:
    raw = (
        "The force have now asked for anyone with any information to contact them.\n\n"
        f"{SERGEANT}, and are appealing to the local community to help trace the man "
        "responsible. 'It is very unusual behaviour, and will have left his victims feeling "
        "confused and upset.'\n\n"
        "Trainee shop assistant Gemma Prosser, 19, added: 'We heard as it happened in the town "
        "centre and at first we just thought it was a bit weird.\n\n"
        "'When you think about it, it is really awful because anyone can sneeze at any time "
        "and it's not your fault.'\n\n"
        f"{SERGEANT}'"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped) == {"caption": [f"{SERGEANT}'"]}
    assert cleaned.text.count("We are treating these two") == 1


def test_a_bullet_over_the_story_that_quotes_it_stays() -> None:
    # FNC-1 test 122: the Daily Mail's bullets over the story close on a quotation too; they
    # say again a sentence below them, the story's summary, and stay (a dek's policy).
    raw = (
        "Jasmine Tridevil, 21, 'paid $20,000 to add a breast to become a TV star'\n\n"
        "She was 'rejected by 50 doctors who feared violating ethical codes'\n\n"
        "A 21-year-old woman claims to have paid $20,000 to add a breast to become a TV star.\n\n"
        "She was rejected by 50 doctors who feared violating ethical codes, she said.\n"
    )
    cleaned = clean(raw)
    assert "Jasmine Tridevil, 21, 'paid $20,000" in cleaned.text
    assert "She was 'rejected by 50 doctors" in cleaned.text


def test_a_follow_call_by_handles_alone_is_a_call() -> None:
    # PolNeAR train usa-today 2016-03-07: the foot of a letters page, after the readers'
    # tweets; a judge counted it as a social-media promo line kept as a task.
    raw = (
        "Marco came in last, Kasich next to bottom, then a tie with Trump and Cruz.\n\n"
        "@johnghadley.\n\n"
        "Follow @USATOpinion or #tellusatoday.\n"
    )
    cleaned = clean(raw)
    assert kinds(cleaned.dropped)["call"] == ["Follow @USATOpinion or #tellusatoday."]
    # Handles in the story's sentence leave it the story's.
    kept = clean("Follow @jack and @ev, the founders told their staff in a memo on Monday.\n")
    assert "Follow @jack and @ev" in kept.text


def test_keep_in_touch_over_a_sites_calls_is_one_of_them() -> None:
    # FNC-1 565: HuffPost's sign-off line; the two calls after it were cut, "Keep in touch!"
    # stayed a task.
    raw = (
        "The bride and groom were married in front of 150 guests in Ohio on Saturday.\n\n"
        "Keep in touch! Check out HuffPost Weddings on Facebook, Twitter and Pinterest. Sign up "
        "for our newsletter here.\n"
    )
    cleaned = clean(raw)
    assert "Keep in touch" not in cleaned.text
    assert "call" in kinds(cleaned.dropped)
    kept = clean("Keep in touch with your family, doctors told the patients on Monday.\n")
    assert "Keep in touch with your family" in kept.text
