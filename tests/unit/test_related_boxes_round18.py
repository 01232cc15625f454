"""Related-story boxes of issue 12, round 18 (``fix/seg73``): a box's label that names it, and
its last headline closing the article. Every line is quoted from the article named."""

from __future__ import annotations

from annotate.corpus._clean import clean

# FNC-1 body 1076 (the Washington Post's Checkpoint): the story's last paragraph, then a box of
# related stories, a label with its first headline, then three headlines, the last closing the
# body.
_CHECKPOINT = [
    "Turkish officials said they changed their mind on Monday, but the deal is tentative and "
    "depends on whether separate Kurdish groups can resolve longterm differences to confront "
    "the Islamic State.",
    "",
    "Related on Checkpoint: Does this mysterious video show the Islamic State flying a fighter "
    "jet?",
    "",
    "U.S. airstrikes in Syria are now dwarfing those in Iraq, thanks to the fight for one town",
    "",
    "Operation against the Islamic State to be called Inherent Resolve",
    "",
    "Islamic State’s shootdown of an Iraqi helicopter amplifies fears of shoulder-fired missiles",
]


def _dropped(lines: list[str]) -> dict[str, str]:
    return {d.text: d.kind for d in clean("\n".join(lines)).dropped}


def test_a_named_related_box_and_its_last_headline_are_dropped() -> None:
    dropped = _dropped(_CHECKPOINT)
    assert dropped[_CHECKPOINT[2]] == "boilerplate"
    assert dropped[_CHECKPOINT[-1]] == "headline"
    assert clean("\n".join(_CHECKPOINT)).text == _CHECKPOINT[0]


def test_a_related_roundups_label_is_dropped() -> None:
    # FNC-1 body 989 (MacRumors): the article's last line names the site's roundups.
    lines = [
        "The individual components of the S1 are undoubtedly being provided by several "
        "different manufacturers, but the main application processor will come from Samsung.",
        "",
        "Related roundups: iPhone 6, iPhone 6s (2015), Apple Watch",
    ]
    assert _dropped(lines) == {lines[-1]: "boilerplate"}


def test_a_last_line_after_prose_is_not_a_box_s_headline() -> None:
    # The same last line under a sentence, no headline before it: a sign-off's or the
    # story's, not a box's.
    lines = [*_CHECKPOINT[:1], "", "Related to the fight, the group shot down an Iraqi helicopter"]
    assert "Related to the fight" in clean("\n".join(lines)).text
    lines = [*_CHECKPOINT[:1], "", _CHECKPOINT[-1]]
    assert _dropped(lines).get(_CHECKPOINT[-1]) != "headline"
