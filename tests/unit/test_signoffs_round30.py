"""Round 30 (issue 12): an op-ed's bio that goes on about its writer under their pronoun
(PolNeAR usa-today 2016-05-11, seed 1534's judge on ``6a2ddcf``)."""

from __future__ import annotations

from annotate.corpus._signoff import is_sign_off


def test_a_bio_that_goes_on_about_its_writer_is_the_sign_off() -> None:
    assert is_sign_off(
        "Zachary Jonathan Jacobson is a Cold War historian. He received his Ph.D. from"
        " Northwestern University."
    )


def test_the_storys_last_lines_about_someone_stay() -> None:
    # A second sentence that is not about the writer, or a person the story named before.
    assert not is_sign_off(
        "Ms Rosenberg is a former member of the Israel Defence Force. A source told Reuters"
        " she had gone to Syria."
    )
    assert not is_sign_off(
        "Zachary Jacobson is a Cold War historian. He received his Ph.D. from Northwestern.",
        named={"Zachary", "Jacobson"},
    )
