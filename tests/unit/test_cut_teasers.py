"""A box of other stories' headlines cut off at its width (issue 12, round 19: seed 1362 held
eight such tasks in one article). Every line is quoted from the article named; each test fails
without ``annotate.corpus._cut_teasers``."""

from __future__ import annotations

from annotate.corpus._clean import clean

# FNC-1 body 1613 (MailOnline): a mass grave's caption, then the sidebar's headlines, cut off
# at its width, two with a kicker, between headlines it did not cut; then the story goes on.
_MASS_GRAVE = [
    "Twenty-two police officers were arrested in Guerrero today, accused of killing two "
    "students during the clashes last week.",
    "",
    "Teen felled with killer punch after picking fight with...",
    "",
    "Dana Vulin unveils her horrific burns after being set on...",
    "",
    "HILARIOUS! Boy thinks Beyonce lied to him after wisdom tooth...",
    "",
    "He's alive! Moment 'dead' Ebola victim nearly sent to...",
    "",
    "Couple shares their fertility journey in heartwarming video",
    "",
    "Adorable baby elephant needs rescuing after going belly up",
    "",
    "Katy Perry living it up at a bar in Oxford, Mississippi",
    "",
    "Health officials issue order to Ebola patient family to stay...",
    "",
    "British jihadi challenges Cameron to put troops on the...",
    "",
    "Adorable bear cub gets rescued after he gets head stuck in...",
    "",
    "Peter Kassig's parents make plea to ISIS for son's return",
    "",
    "Inaky Blanco, is chief prosecutor for the violence-plagued state of Guerrero.",
]

# FNC-1 test body 1005 (a post of pictures): the writer's own lines trail off between embedded
# posts (scripts, dropped as code); they are the story's, not a box of headlines.
_SANDWICH = [
    "It's unclear whether Liam Neeson will hold on to his starring role in Taken 3.",
    "",
    "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if "
    "(d.getElementById(id)) return; js = d.createElement(s); js.id = id; }(document, "
    "'script', 'facebook-jssdk'));",
    "",
    "But then...",
    "",
    "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if "
    "(d.getElementById(id)) return; js = d.createElement(s); js.id = id; }(document, "
    "'script', 'facebook-jssdk'));",
    "",
    "Sandwich Thief backs down for no-one.",
    "",
    "And Sandwich Thief starts to get cocky...",
    "",
    "We're back to Comic Sans.",
]


def test_a_box_of_cut_headlines_is_dropped_with_its_kickers() -> None:
    cleaned = clean("\n".join(_MASS_GRAVE))
    kinds = {d.text: d.kind for d in cleaned.dropped}
    for line in (_MASS_GRAVE[2], _MASS_GRAVE[4], _MASS_GRAVE[6], _MASS_GRAVE[8]):
        assert kinds[line] == "headline"
    for line in _MASS_GRAVE[16:21:2]:
        assert kinds[line] == "headline"
    assert cleaned.text.split("\n\n") == [_MASS_GRAVE[0], _MASS_GRAVE[-1]]


def test_the_box_set_again_lower_down_is_a_duplicate() -> None:
    # FNC-1 test body 222 and 2507 set the sidebar twice.
    lines = [*_MASS_GRAVE, "", _MASS_GRAVE[2], "", _MASS_GRAVE[4]]
    dropped = clean("\n".join(lines)).dropped
    assert [d.kind for d in dropped[-2:]] == ["duplicate", "duplicate"]


def test_a_writers_lines_that_trail_off_between_embeds_stay() -> None:
    cleaned = clean("\n".join(_SANDWICH))
    assert "But then..." in cleaned.text.split("\n\n")
    assert "And Sandwich Thief starts to get cocky..." in cleaned.text.split("\n\n")


def test_a_quoted_posts_short_lines_stay() -> None:
    # FNC-1 body 824: DJ Funkmaster Flex's post, line by line, under its lead-in.
    lines = [
        "DJ Funkmaster Flex was among the many people to pay tribute to Jackson:",
        "",
        "Rest in peace...",
        "",
        "Big Bank Hank...",
        "",
        "Hip hop pioneer dies of Cancer ....",
    ]
    assert clean("\n".join(lines)).text.split("\n\n") == lines[::2]
