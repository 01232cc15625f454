"""Round 35 (session 45): an op-ed writer's line by what they taught and where, after a long
aside (PolNeAR usa-today 2016-08-19, seed 1588's judge); the newsroom's request for comment
with its promise to update the page (FNC-1 1477, 1817, seed 1590's judge); the site asking to
hear from its readers in the comments (FNC-1 2178, seed 1588's judge); another outlet's
correction quoted under the story's lead-in (FNC-1 772, seed 1586's judge); a page not in the
Latin script skipped (FNC-1 624, seed 1592's judge)."""

from __future__ import annotations

import pytest

from annotate.corpus._article import process
from annotate.corpus._clean import clean
from annotate.corpus._readers import RawArticle, Skipped
from annotate.corpus._scripts import LetterCount
from annotate.corpus._signoff import is_sign_off
from tests.shared import dropped_kinds as kinds

# PolNeAR usa-today 2016-08-19 ("Whigs died, but GOP can survive"), its last two paragraphs.
OP_ED = (
    "That is hardly sufficient going forward, especially once Obama is former president "
    "Obama. This is a party that desperately needs to confront its internal divisions and "
    "demons, and to decide who and what it is.\n\n"
)
DAVIS = (
    "M. Thomas Davis, a retired Army officer who commanded an artillery unit during "
    "operations Desert Shield and Desert Storm, taught U.S. politics and government at West "
    "Point."
)


def test_a_writers_line_by_what_they_taught_is_a_sign_off() -> None:
    cleaned = clean(OP_ED + DAVIS + "\n")
    assert kinds(cleaned.dropped) == {"sign-off": [DAVIS]}
    assert cleaned.text.endswith("who and what it is.")


@pytest.mark.parametrize(
    "last",
    [
        # Taught something else than a subject at a school.
        "John Smith, a retired Army officer, taught his son to shoot at the range.",
        # A last line about someone by an aside, doing something else (FNC-1 and PolNeAR).
        "Jeb Bush, a former two-term Florida governor, sits at just 10%.",
        "Dog Andres, a spokesman for House Speaker Paul Ryan, said the speech went too far.",
    ],
)
def test_a_last_line_about_someone_else_stays(last: str) -> None:
    assert not is_sign_off(last)
    assert last in clean(OP_ED + last + "\n").text


def test_a_teacher_the_story_named_is_not_its_writer() -> None:
    # Named before, as the story's subject: the story's own sentence about them.
    named = {"Jane", "Doe"}
    assert not is_sign_off("Jane Doe teaches history at Ohio State University.", named)


# FNC-1 1477 (Gizmodo) and 1817 (Mashable): the last paragraphs.
STORY = "Apple no longer thinks it can even hit that in this first generation.\n\n"


@pytest.mark.parametrize(
    "promise",
    [
        "We've reached out to Apple for comment, and will update as soon as we hear back.",
        "Mashable has reached out to both Blumenthal and Crump for comment and we will update "
        "this post if and when we hear back.",
        # FNC-1 2405, FNC-1 test 1704.
        "Business Insider reached out to Comcast for comment on this story, and we will update "
        "this article when we hear back.",
        "We've contacted both Microsoft and Mojang for comment, and will update if we hear back.",
    ],
)
def test_a_request_for_comment_with_the_pages_promise_is_a_call(promise: str) -> None:
    cleaned = clean(STORY + promise + "\n")
    assert kinds(cleaned.dropped) == {"call": [promise]}


@pytest.mark.parametrize(
    "news",
    [
        # Another body's update, not the page's.
        "The FBI contacted the company, and will update its guidance next week.",
        "Police contacted the family and will update the public when they know more.",
        # A refusal to comment is the story's (FNC-1 test 2095's shape, no promise of the page).
        "Apple did not respond to a request for comment.",
        "We reached out to Apple for comment, but the company declined to respond.",
    ],
)
def test_other_requests_and_updates_stay(news: str) -> None:
    assert news in clean(STORY + news + "\n").text


# FNC-1 2178 (Ars Technica), the last paragraph.
ARS = (
    "Douglas told Ars that \"it's impossible to speculate\" whether that's what happened in "
    "this case, since the reports mentioned no specific customers.\n\n"
)
ASK = (
    "If any Ars readers are subscribers of Comcast and use the Tor browser, we'd love to hear "
    "about your experiences in the comments."
)


def test_the_site_asking_to_hear_from_readers_in_the_comments_is_a_call() -> None:
    cleaned = clean(ARS + ASK + "\n")
    assert kinds(cleaned.dropped) == {"call": [ASK]}


def test_hearing_from_someone_in_the_comments_elsewhere_stays() -> None:
    # Readers' comments as the story's material: no "we" asking to hear.
    line = "Readers would love to hear more, one person wrote in the comments."
    assert line in clean(ARS + line + "\n").text


# FNC-1 772 (Washington Post), its first paragraphs.
LEAD_IN = (
    "Vox.com, the brainy news-explainer site, has announced that it fell for one of the "
    "Internet’s many tricks. Allow it to explain:\n\n"
)
VOX = (
    "Correction: This post originally presented the video of a bird pooping on Putin as real, "
    "but comparison with Russian news footage from the event shows it to be a hoax."
)
AFTER = (
    "Right here is where a media critic generally hammers the offender for naivete, stupidity "
    "and a failure to observe reportorial protocol.\n"
)


def test_a_note_between_a_lead_in_and_the_story_is_quoted() -> None:
    cleaned = clean(LEAD_IN + VOX + "\n\n" + AFTER)
    assert VOX in cleaned.text
    assert "note" not in kinds(cleaned.dropped)


def test_the_pages_own_note_stays_a_note() -> None:
    # Under the lead-in with nothing after it: the page's own note closing the article.
    assert kinds(clean(LEAD_IN + VOX + "\n").dropped)["note"] == [VOX]
    # In brackets: the page's aside where an embed stood.
    note = "[Editor's note: The video has since been removed by its poster.]"
    assert kinds(clean(LEAD_IN + note + "\n\n" + AFTER).dropped)["note"] == [note]
    # Under a paragraph that ends a sentence.
    text = "Vox.com fell for it.\n\n" + VOX + "\n\n" + AFTER
    assert kinds(clean(text).dropped)["note"] == [VOX]


def _processed(text: str) -> tuple[object, ...] | Skipped:
    return process(RawArticle(origin="t", identity="t", kind="record", text=text))


def test_a_page_not_in_the_latin_script_is_skipped() -> None:
    # FNC-1 624: a Chinese server's error page, its home link after it.
    result = _processed("您所访问的资源已不存在。\n查看更多请返回网站主页。\n» cctvnews.cn\n")
    assert isinstance(result, Skipped)
    assert "not in the Latin script" in result.reason


def test_an_english_story_quoting_another_script_is_kept() -> None:
    # FNC-1 2015's shape: an English story around a tweet in Arabic.
    text = (
        "A Texas plumber was left bewildered after a truck he sold last year resurfaced this "
        "week in the hands of Syrian rebels.\n\n"
        "The group wrote: «الله أكبر التصدي للطيران الحربي»\n\n"
        "Oberholtzer traded in his truck to a Texas dealership.\n"
    )
    assert not isinstance(_processed(text), Skipped)


def test_letters_are_counted_by_script() -> None:
    count = LetterCount()
    count.add("Zoë's café: 42 «ça va»")
    assert (count.latin, count.other) == (12, 0)
    count.add("Привет")
    assert (count.other, count.is_latin()) == (6, True)
    count.add("мир, как дела сегодня")
    assert not count.is_latin()
