"""Round 30 (issue 12): a gallery's label, a name set close between two of the gallery's
counters (FNC-1 2322, seed 1533's judge on ``6a2ddcf``, firm: ``Michael Phelps`` kept)."""

from __future__ import annotations

from annotate.corpus._clean import clean
from tests.shared import dropped_kinds as kinds
from tests.shared import fnc1_body


def test_a_name_between_two_counters_is_the_gallerys() -> None:
    cleaned = clean(fnc1_body("2322"))
    assert "Michael Phelps" in kinds(cleaned.dropped)["caption"]
    assert "\nMichael Phelps\n" not in f"\n{cleaned.text}\n"
    assert "She had previously detailed their first date" in cleaned.text


def test_a_sentence_between_a_caption_and_its_copy_stays() -> None:
    text = (
        "Striking dockworkers picket the port on Monday. (AP Photo/Jane Doe)\n"
        "He has served in the role for the past eight years.\n"
        "Striking dockworkers picket the port on Monday. (AP Photo/Jane Doe)\n\n"
        "The union said talks would resume."
    )
    assert "He has served in the role" in clean(text).text


def test_the_last_line_of_a_caption_block_without_a_mark_is_a_caption() -> None:
    # FNC-1 2322: the video's title set close under the gallery's last caption, a blank line
    # under it, then the story.
    cleaned = clean(fnc1_body("2322"))
    assert (
        "Scene of Michael Phelps arrested again for drunk driving"
        in kinds(cleaned.dropped)["caption"]
    )
    assert "Now however, Chandler thinks Phelps may 'leave her'" in cleaned.text


def test_a_paragraph_set_apart_under_a_caption_stays() -> None:
    text = (
        "The swimmer entered rehab a few days after the incident.\n"
        "So sweet: Chandler posted this image of Phelps to her account\n\n"
        "Phelps has been training again in Baltimore since the summer ended\n\n"
        "He is expected to compete next year."
    )
    assert "Phelps has been training again in Baltimore" in clean(text).text
