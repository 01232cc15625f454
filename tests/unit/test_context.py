"""Lines without a sentence end among page furniture take its kind (annotate.corpus._context).

Every excerpt is real text from the shared corpora (FNC-1 bodies, PolNeAR), cut to the lines
around the one decided.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from annotate.corpus._clean import Dropped, clean
from annotate.corpus._context import among_furniture
from annotate.corpus._explain import explain

# FNC-1 train 2203 (Daily Mail): a caption without a label after "Scroll down for video",
# among the gallery's labelled captions.
MAGNETO = (
    "Nikolai Kryaglyachenko, 12, had been walking home after school when he lent briefly "
    "against a lamp post that was live from a faulty wire, and was blasted across the "
    "pavement.\n\nHe said: 'When I came round I felt groggy but managed to get home and told "
    "my mum what had happened.\n\nScroll down for video\n\nNikolai Kryaglyachenko, 12, claims "
    "metal objects stick to him like they do to X-Men character Magneto\n\nNikolai pictured "
    "with a load of cutlery and coins sticking to his back. He claims he woke up with the "
    "'superpower' after he suffered an electric shock\n\nStories about living magnets such as "
    "Nikolai (pictured) began to appear in the middle of the 19th century\n\nThe boy said "
    "he now collects spoons.\n"
)
CAPTION = (
    "Nikolai Kryaglyachenko, 12, claims metal objects stick to him like they do to X-Men "
    "character Magneto"
)


def dropped_as(text: str, line: str) -> list[Dropped]:
    return [d for d in clean(text).dropped if d.text == line]


# FNC-1 train 578 (NYT): a related story's picture caption, glued to its headline and date,
# between the box's label and the next related headline.
RELATED = (
    "Continue reading the main story\nRELATED COVERAGE\n\nMEMENTOS FROM CAPTIVITY: Items saved "
    "by Harald Ickler, a Swede living in Germany, from his 54 days as a hostage in 2003. He was "
    "on what he thought would be a four-week adventure vacation when he was kidnapped in the "
    "Algerian desert by jihadists who would soon become an official arm of Al Qaeda.Underwriting "
    "Jihad: Paying Ransoms, Europe Bankrolls Qaeda TerrorJULY 29, 2014\nThe Lede: Investigation "
    "Suggests American Journalist Missing in Syria Is \u2018Likely\u2019 Held by GovernmentMAY 3, "
    "2013\nTitled \u201cA Message to America,\u201d the video shows the journalist kneeling in a "
    "desert landscape.\n"
)
BOXED = RELATED.split("\n")[3]


def test_a_related_item_between_furniture_is_dropped_by_its_own_mark() -> None:
    # Since round 8 the box's item is taken by its own mark, the date in capitals that closes
    # it (annotate.corpus._related), before the context stage reads its neighbours.
    got = dropped_as(RELATED, BOXED)
    assert got == [Dropped(4, "link", BOXED)]
    assert clean(RELATED).text.startswith("Titled \u201cA Message to America,\u201d")


def test_captions_under_a_video_pointer_are_captions() -> None:
    # Since round 4 the Daily Mail's unmarked caption under "Scroll down for video" is taken
    # by the pointer's own rule (annotate.corpus._captions.points_to_video), before the
    # context stage reads its neighbours.
    got = dropped_as(MAGNETO, CAPTION)
    assert [(d.line, d.kind) for d in got] == [(7, "caption")]
    text = clean(MAGNETO).text
    assert CAPTION not in text
    assert "He said: 'When I came round" in text
    assert text.endswith("The boy said he now collects spoons.")


def test_a_gallery_counter_between_captions_is_a_caption() -> None:
    # FNC-1 train 2322: the photo count under a Daily Mail gallery's first caption.
    text = (
        "Michael Phelps' self-proclaimed girlfriend Taylor Lianne Chandler has just made a "
        "shocking admission.\nScroll down for videos \nShocker: Michael Phelps' self-proclaimed "
        "girlfriend Taylor Lianne Chandler (above) has admitted she was born David Roy Fitch, "
        "and had both male and female genitalia \n+12\nIn the dark: Chandler said her new man "
        "Phelps (above) was not aware of her past, though there's no actual proof that the two "
        "were ever an official item \nChandler wrote about it on Facebook.\n"
    )
    assert [d.kind for d in dropped_as(text, "+12")] == ["caption"]
    assert "+12" not in clean(text).text


def test_a_run_of_unended_lines_between_captions_goes_with_them() -> None:
    # FNC-1 train 1895: three captions without a label in a row under labelled ones.
    captions = [
        "A Turkish tank manoeuvres near the Turkish-Syrian border. Ankara has placed a heavy "
        "military presence at the border",
        "A CIA picture of the Muthanna State Establishment, which produced chemical weapons on "
        "an industrial scale",
        "Remnants of Iraq's chemical weapons program at the Muthanna State Establishment. It "
        "was destroyed by American bombs during the 1991 Gulf War",
    ]
    text = "\n\n".join(
        [
            "The militants have taken the town's hospital, officials said.",
            "ISIS fighters inside Kobane: It is believed that Kurdish forces defending the town "
            "have are slowly beating ISIS",
            *captions,
            "Cache: Isis controls a compound in Iraq containing 2,500 chemical weapons rockets, "
            "according to the Iraqi government. Pictured are Navy Explosive Ordnance Disposal "
            "technicians preparing unexploded ordnance for demolition at a safe disposal area "
            "near Baghdad in 2003",
            "The government has not said where the rockets are.",
        ]
    )
    cleaned = clean(text)
    assert [d.kind for d in cleaned.dropped if d.text in captions] == ["caption"] * 3
    assert cleaned.text == (
        "The militants have taken the town's hospital, officials said.\n\n"
        "The government has not said where the rockets are."
    )


def test_the_first_kept_line_dropped_leaves_no_gap() -> None:
    text = MAGNETO.split("Scroll down", 1)[1]
    cleaned = clean("Scroll down" + text)
    assert cleaned.text == "The boy said he now collects spoons."


def test_a_lead_in_between_tweets_is_kept() -> None:
    # PolNeAR, West Journal 2016-03-11: a lead-in ending in ":" introduces the embed after it.
    text = (
        "Twitter users posted their thoughts on the Ohio judge’s ruling.\n\nOne user tweeted:\n\n"
        '<tweet tweet-author="@SilverSummerSun" tweet-date="March 11, 2016">@thehill I teach '
        "that age group. They have no business voting for anything.<tweet/>.\n\n"
        "While another posted this tweet:\n\n"
        '<tweet tweet-author="@kokopatti" tweet-date="March 11, 2016">@thehill@KarenDoe50 '
        "needs those younguns who have never had a job<tweet/>.\n\nThe ruling stands.\n"
    )
    assert "While another posted this tweet:" in clean(text).text


def test_a_paragraph_between_two_headings_is_kept() -> None:
    # FNC-1 test 1241: messages quoted under their senders' names (dropped as headings); one
    # ends with its writer's name, without a mark.
    message = (
        "Hi Tanya, I didn't mention the money when we spoke because it was a child's party, I "
        "hope this is agreeable ? Julie"
    )
    text = "\n\n".join(
        [
            "Tanya Walsh",
            "Hi Julie. This is Alex's mum. I don't know what has happened between you and my "
            "partner, Derek.",
            "Julie Lawrence",
            message,
            "Tanya Walsh",
            "Hi Julie, who's party is Alex supposed to have gone to? This is not agreeable.",
        ]
    )
    assert message in clean(text).text


def test_an_unended_line_after_furniture_at_the_end_is_kept() -> None:
    # Nothing after it: the article's end is not furniture (the stream, as KeptStream feeds
    # it: line 1 dropped as a caption, line 3 kept).
    last = "Stories about living magnets such as Nikolai began to appear in the 19th century"
    decided: deque[tuple[int, str | None]] = deque([(1, "caption"), (3, None)])
    got = list(among_furniture([("\n\n", last, 3, None)], decided))
    assert got == [("", last, 3, None, "")]
    assert not decided


def test_explain_names_the_neighbours(tmp_path: Path) -> None:
    path = tmp_path / "related.txt"
    path.write_text("Foley video\n\n" + RELATED, "utf-8")
    [decision] = [d for d in explain(path) if d.text == BOXED]
    assert decision.action == "dropped"
    assert decision.rule == "link"
