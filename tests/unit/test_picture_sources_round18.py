"""Picture credits of issue 12, round 18 (``fix/seg73``): a stock library's contributor handle
twice about its slash and BuzzFeed's "Via" and a domain. Every line is quoted from the article
named."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits

_STORY = (
    "Bloomberg reported Wednesday that Vice founder Shane Smith recently balled out "
    "exceptionally hard on a dinner for a group of 12 at the Prime Steakhouse in Las Vegas."
)


def _dropped(lines: list[str]) -> dict[str, str]:
    return {d.text: d.kind for d in clean("\n".join(lines)).dropped}


def test_a_stock_library_handle_credit_is_dropped() -> None:
    # FNC-1 body 2130 (BuzzFeed on Vice's $300,000 dinner): a credit under each picture.
    lines = [_STORY, "", "federicofoto/federicofoto", "", _STORY.replace("12", "30")]
    assert _dropped(lines) == {"federicofoto/federicofoto": "credit"}


def test_a_caption_closed_by_via_and_a_domain_is_dropped() -> None:
    # FNC-1 body 2130: the lead picture's caption, its source after two spaces.
    caption = "Vice founder Shane Smith, with something that is not caviar.  Via twitter.com"
    kept = clean("\n".join([caption, "", _STORY])).text
    assert kept == _STORY
    assert split_credits(caption)[1] == ["Via twitter.com"]


def test_prose_with_a_slash_or_via_is_kept() -> None:
    assert split_credits("He sent the file via twitter.com and then by mail.")[1] == []
    assert split_credits("The deal was struck via the company's own site.")[1] == []
    assert split_credits("He said it was an either/or choice.")[1] == []
