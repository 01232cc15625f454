"""The non-prose kinds of the judged draws 1258-1266 (issue 12, round 6, ``fix/seg37``): a
digest's bracketed source tags, writers' sign-offs glued to a sentence's end, a contributor's
line, a live blog's rows of buttons, a video player's error, and calls to the reader (to
another site, to a video with the reader's opinion, to a telephone number).

Each raw text is a real article's lines (FNC-1 train and test bodies and PolNeAR texts, named
beside each), shortened to the lines around the kind; each kept its non-prose before; and a
nearby prose sentence of the same shape stays.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import split_credits
from annotate.corpus._reader_calls import split_calls
from annotate.corpus._widgets import is_widget_line


def _dropped(raw: str) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in clean(raw).dropped]


@pytest.mark.parametrize(
    ("line", "body", "tag"),
    [
        # PolNeAR huff-post 2016-01-12 (Morning Email, seed 1261): every outlet alike, as
        # "[AP.]" and "[Reuters.]" already were.
        (
            "HILLARY CLINTON IS FEELING THE BERN As the race tightens in Iowa, Bernie Sanders"
            " said his rival candidate is in “serious trouble.” [NYT.]",
            "HILLARY CLINTON IS FEELING THE BERN As the race tightens in Iowa, Bernie Sanders"
            " said his rival candidate is in “serious trouble.”",
            "[NYT.]",
        ),
        (
            "FIGURING OUT THE NEW SOCIAL MEDIA PLATFORM PEACH Prepare yourself for an"
            " onslaught of GIFs. [HuffPost.]",
            "FIGURING OUT THE NEW SOCIAL MEDIA PLATFORM PEACH Prepare yourself for an"
            " onslaught of GIFs.",
            "[HuffPost.]",
        ),
        (
            "Rand Paul and Carly Fiorina didn’t make the cut for the main stage Thursday for"
            " the Fox Business debate. [Mollie Reilly.]",
            "Rand Paul and Carly Fiorina didn’t make the cut for the main stage Thursday for"
            " the Fox Business debate.",
            "[Mollie Reilly.]",
        ),
        # FNC-1 test 705: a picture's credit with its stop.
        ("[Lead image via SoundCloud.]", "", "[Lead image via SoundCloud.]"),
        # PolNeAR usa-today 2015-12-22 ("In Brief", seed 1258): the byline glued to the end.
        (
            'Rajoy said Monday that he will "try to form a stable government" and insisted'
            ' that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.',
            'Rajoy said Monday that he will "try to form a stable government" and insisted'
            ' that his party was "still the No. 1 force in Spain."',
            "--Kim Hjelmgaard.",
        ),
        (
            "The Clark County Coroner's Office identified the person killed as Jessica"
            " Valenzuela, 32, of Buckeye, Ariz.--John Bacon.",
            "The Clark County Coroner's Office identified the person killed as Jessica"
            " Valenzuela, 32, of Buckeye, Ariz.",
            "--John Bacon.",
        ),
    ],
)
def test_a_source_tag_or_a_glued_byline_is_cut_off_as_a_credit(
    line: str, body: str, tag: str
) -> None:
    assert split_credits(line) == (body, [tag])


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 879: an editor's sentence in brackets, before the e-mail it introduces.
        "[Taibbi responded again.]",
        # PolNeAR huff-post: links' labels, not a source.
        "Clinton won. [Democratic results, Republican results.]",
        # An abbreviation's stop before a dash is inside a name.
        "The fighting began before the U.S.--Mexico War.",
    ],
)
def test_a_bracketed_sentence_or_an_abbreviation_s_dash_stays(line: str) -> None:
    assert split_credits(line) == (line, [])


def test_a_contributor_s_line_with_the_role_first_is_the_article_s_sign_off() -> None:
    # FNC-1 2321 (seed 1259): the last kept line, above the follow-us box.
    raw = (
        "“ ‘Freshman’ isn’t necessarily wrong,” Zaiser said in an email to The College Fix.\n\n"
        "College Fix contributor Diana Stancy is a student at Elon University and president of"
        " the Network of enlightened Women (NeW) chapter at Elon.\n\n"
        "Like The College Fix on Facebook / Follow us on Twitter\n\n"
        "IMAGE: Facebook screenshot\n"
    )
    assert (
        "sign-off",
        "College Fix contributor Diana Stancy is a student at Elon University and president of"
        " the Network of enlightened Women (NeW) chapter at Elon.",
    ) in _dropped(raw)
    # A story's contributor named in its body is the story's.
    prose = (
        "The network said so on Monday.\n\n"
        "CNN contributor Donna Brazile is expected to leave the network this week.\n\n"
        "She did not comment.\n"
    )
    assert "CNN contributor Donna Brazile" in clean(prose).text


@pytest.mark.parametrize(
    "line",
    [
        # PolNeAR huff-post 2016-02-07 (the GOP debate live blog, seed 1265).
        "FlagShareLikeReplySara Bondioli 5ptsmoderatorFeaturedFebruary 6, 2016 8:21PMWTF Was That?",
        "Daniel MaransFlagShareLikeReplyPaige Lavender 5ptsmoderatorFeaturedFebruary 6, 2016"
        " 8:57PMChristie Doing Favors?",
        "FlagShareLikeReplyShow More Posts.",
    ],
)
def test_a_row_of_buttons_glued_into_one_word_is_a_widget_line(line: str) -> None:
    assert is_widget_line(line)


def test_a_live_blog_post_header_with_its_caption_is_dropped_whole() -> None:
    raw = (
        "The debate was held at St. Anselm College.\n\n"
        "FlagShareLikeReplyPaige Lavender 5ptsmoderatorFeaturedFebruary 6, 2016 10:14PM"
        "BuddiesASSOCIATED PRESSOhio Gov. John Kasich shakes hands with former Florida Gov. Jeb"
        " Bush after an exchange during a Republican presidential primary debate.\n\n"
        "Trump said he would bring back waterboarding.\n"
    )
    cleaned = clean(raw)
    assert "FlagShare" not in cleaned.text
    assert "Trump said he would bring back waterboarding." in cleaned.text
    # Prose naming the buttons keeps its spaces.
    assert not is_widget_line("Readers can flag, share, like or reply to each post.")


def test_a_video_player_s_error_is_boilerplate() -> None:
    # PolNeAR huff-post 2016-02-28 and three more huff-post texts.
    raw = (
        "Republican turnout was up more than 70 percent from 2008.\n\n"
        "We Are Sorry,This video is restricted from playing in your locationEcode: 17.\n\n"
        "South Carolina’s turnout numbers are not an anomaly.\n"
    )
    assert (
        "boilerplate",
        "We Are Sorry,This video is restricted from playing in your locationEcode: 17.",
    ) in _dropped(raw)


@pytest.mark.parametrize(
    ("line", "body", "calls"),
    [
        # FNC-1 1013 (seed 1264): over to another site for the rest.
        (
            "If that is what Apple actually does, of course. Click over the 9to5Mac for more on"
            " the new laptop design.",
            "If that is what Apple actually does, of course.",
            ["Click over the 9to5Mac for more on the new laptop design."],
        ),
        # FNC-1 1567 (seed 1259): after a quotation's close.
        (
            "Riquelme wrote, “Sometimes the best gifts come in the lamest packages. Merry"
            " Christmas everyone!” Check out the emotional video below, and tell us what you"
            " think!",
            "Riquelme wrote, “Sometimes the best gifts come in the lamest packages. Merry"
            " Christmas everyone!”",
            ["Check out the emotional video below, and tell us what you think!"],
        ),
        # FNC-1 27 (seed 1261) and FNC-1 test 2510: whom to telephone.
        (
            "To contact Arizona Governor Jan Brewer, call (602) 542-4331.",
            "",
            ["To contact Arizona Governor Jan Brewer, call (602) 542-4331."],
        ),
        (
            "For more information or if you would like the group to visit your child’s school"
            " call (785) 273-0325.",
            "",
            [
                "For more information or if you would like the group to visit your child’s"
                " school call (785) 273-0325."
            ],
        ),
        (
            "Contact Dana Hull at 408-920-2706. Follow her at Twitter.com/danahull.",
            "",
            ["Contact Dana Hull at 408-920-2706.", "Follow her at Twitter.com/danahull."],
        ),
    ],
)
def test_calls_to_another_site_a_video_or_a_telephone_are_cut(
    line: str, body: str, calls: list[str]
) -> None:
    assert split_calls(line) == (body, calls)


@pytest.mark.parametrize(
    "line",
    [
        # PolNeAR usa-today 2016-09-16: a number the story reports.
        "When veterans ask for help, too many of their calls are not getting through to VA's"
        " suicide hotline (800-273-8255).",
        # FNC-1 test 2573: a police appeal the story reports.
        "If there are any individuals who feel they have information, we urge them to call us"
        " at 202-727-9099 or text us at 50411.",
        # A quotation that ends the story's sentence, and a sentence after it.
        "He wrote, “Merry Christmas everyone!” The video spread quickly.",
    ],
)
def test_a_story_s_number_or_sentence_after_a_quotation_stays(line: str) -> None:
    assert split_calls(line) == (line, [])
