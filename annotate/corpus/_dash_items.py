"""Items a page sets with a dash before each: a newsletter's links, a wire's roster, and the
signature under a quotation.

Three shapes, each told by its dash and by what comes after it, never by what an item says:

- A newsletter's list of links, each item a paragraph opened by a hyphen glued to its first
  word (HuffPollster's "Outliers": ``-Nate Cohn explains why the polls were way off on
  Donald Trump. [NYT.]``, ``-Philip Bump illustrates ...``, PolNeAR huff-post 2016-02-03 and
  2016-05-02). Prose never opens a paragraph so: a dialogue's dash has its space after it
  (``- When I do not even want, everything appears.``, FNC-1 80), and in FNC-1 and PolNeAR the
  only kept paragraphs that open with a glued hyphen are these items and the signatures below.
  An item is one of a run (see :func:`opens_glued`): the first has a dashed line under it,
  the others follow an item (one set with a space, ``- The New York Times provides ...``,
  stands in the run as well).
- A wire's roster after a lead-in (AP's ``This year's winners are:`` / ``— Carol Lee of the
  Wall Street Journal, winner of the Aldo Beckman Memorial Award for excellence in White House
  coverage.``, PolNeAR breitbart 2016-04-29): a dash, a name (capitalised words and the small
  words names hold), a comma, and what the name is (an appositive, no finite verb until a
  relative clause). AP sets full sentences after dashes too (``— As the figure above shows,
  ...``, FNC-1 test 2586; a column's ``— Trump's one and only policy guy is the magnificent
  Stephen Miller ...``, PolNeAR breitbart 2016-05-04): those open with lower-case words, or
  hold a verb, and stay prose (see :func:`is_roster_item`). Items come two or more in a row.
- A quotation's signature: a dash, a name, a comma and who or where the speaker is, under a
  quotation set as its own paragraph (``-Michelle Marks, Philadelphia.``, ``-President Obama,
  tweeting after Clinton's speech.``, the Washington Post's convention notebook, PolNeAR
  wash-post 2016-07-29; FNC-1 test 1609's and 2574's pull quotes are signed so too, ``- Rami
  Abdurrahman, director of Syrian Observatory for Human Rights``). See :func:`signs_quotation`.
  Signed by its occasion instead of a name, the description opens in lower case (the Post's
  Fact Checker under its epigraph, an exchange of two speakers: ``- exchange during an Oct. 22
  hearing before the House Select Committee on Benghazi.``, PolNeAR wash-post 2015-11-16):
  under a line that closes a quotation, a dash and a few words without a verb. See
  :func:`signs_occasion`. Set close under the quotation (no blank line between), the
  signature needs no dash: a name, a comma and what the speaker is, no verb and no stop
  (USA Today's quotation boxes: ``"Our police officers must enforce the laws ..."`` /
  ``Bill Bratton, New York City police commissioner``, FNC-1 1802). See
  :func:`signs_quotation_close`.
- A newsletter's items set with a tilde (HuffPost's Morning Email under ``BEFORE YOU GO.``,
  PolNeAR huff-post 2016-01-12 and 2016-07-25), each a link to another story. A tilde is no
  mark prose opens a paragraph with; items come two or more in a row, as the glued ones do
  (see :func:`opens_tilde`). An item that is a sentence is the newsletter's own, written as its
  blurbs under the headings above are (``~ Two former college punters died in a car wreck over
  the weekend.``, ``~ Meet the robots taking over waitressing in China.``, ``~ Congrats to
  British rider Chris Froome ...``): it says something, in the writer's voice, and stays (seed
  1565's judge counted ten such items lost); the tilde is its bullet, cut as one (see
  annotate.corpus._bullets.split_bullet). An item without a sentence's end, or in a headline's
  shape with no clause of its own, a gerund's phrase (``~ Finding the three $53 million
  delegates at the RNC.``) or an indirect question (``~ Why all the fruits and vegetables in
  the U.S. are disappearing.``, ``~ When your car gets frozen into a block of ice.``), is a
  link's title and goes as ``link`` (see :func:`is_item_sentence`).
"""

from __future__ import annotations

import re

from annotate.corpus._headlines import ends_sentence
from annotate.corpus._subheadings import is_verbless

__all__ = [
    "is_item_sentence",
    "is_roster_item",
    "opens_dash",
    "opens_glued",
    "opens_tilde",
    "signs_occasion",
    "signs_quotation",
    "signs_quotation_close",
]

# Leading spaces a scrape leaves (a no-break space before the dash, PolNeAR huff-post
# 2016-05-02).
_LEAD = " \u00a0\t"
_GLUED = re.compile(r"-(?=[A-Z“\"])")
_DASHED = re.compile(r"(?:-|–|—)\s*(?=[A-Z“\"])")
_TILDE = re.compile(r"~\s*(?=[A-Z“\"‘'])")
# A word of a name, and the small words names hold ("Carol Lee of the Wall Street Journal");
# a roster's item may name several, with commas between ("Terrence McCoy of The Washington
# Post and Neela Banerjee, John Cushman Jr., David Hasemyer and Lisa Song of InsideClimate").
_NAME_WORD = r"[A-Z][\w.'’&-]*"
_JOINER = r"(?:of|the|and|for|at|de|&)"
_ROSTER = re.compile(
    rf"[-–—]\s+{_NAME_WORD}(?:,?\s+(?:{_JOINER}\s+)*{_NAME_WORD})*,\s+(?P<rest>[a-z].*)$"
)
# A relative clause ends the appositive: "winners of the Edgar A. Poe award, which recognizes
# ..." says what the award is.
_RELATIVE = re.compile(r",\s+(?:which|who|whose|that)\b")
_WORD = re.compile(r"[A-Za-z'’]+")
# A signature's description: who or where the speaker is, a few words.
_SIGNATURE_WORDS = 8
_SIGNATURE = re.compile(
    rf"[-–—]+\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}},\s+(?P<rest>[^.!?\"“”]+)[.]?$"
)

# The same signature without its dash or a stop, set close under the quotation.
_CLOSE_SIGNATURE = re.compile(
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}},\s+(?P<rest>[^.!?\"“”:;]+)$"
)

# An occasion's description: in lower case after the dash, what was said where and when, a
# date's abbreviation allowed ("Oct. 22").
_OCCASION_WORDS = 15
_OCCASION = re.compile(r"[-–—]+\s*(?P<rest>[a-z][^!?\"“”:;]+?)[.]?$")


def _verbless(text: str) -> bool:
    """Whether ``text`` holds no finite verb (its words lower-cased, apostrophes straight)."""
    return is_verbless([w.lower().replace("’", "'") for w in _WORD.findall(text)])


def opens_glued(line: str) -> bool:
    """Whether ``line`` opens with a hyphen glued to a capitalised word, a list's bullet.

    >>> opens_glued("-Nate Cohn explains why the polls were way off on Donald Trump.")
    True
    >>> opens_glued("- When I do not even want, everything appears.")
    False
    """
    return _GLUED.match(line.lstrip(_LEAD)) is not None


def opens_tilde(line: str) -> bool:
    """Whether ``line`` opens with a tilde before a capitalised word, a teaser's bullet.

    >>> opens_tilde("~ Meet the robots taking over waitressing in China.")
    True
    >>> opens_tilde("~50 people were there.")
    False
    """
    return _TILDE.match(line.lstrip(_LEAD)) is not None


# A headline's indirect question opens with a question word and runs to its stop with no
# comma: no main clause follows it ("Why all the fruits ... are disappearing.").
_ASKED = re.compile(r"(?:why|how|what|when|where|who)\b[^,]*[.]$", re.I)


def is_item_sentence(line: str) -> bool:
    """Whether the list item ``line`` (its bullet first) is a sentence of the writer's, not a
    link's title: it ends a sentence, and is neither a gerund's phrase with no finite verb nor
    an indirect question (see the module docstring).

    >>> is_item_sentence("~ Two former college punters died in a car wreck over the weekend.")
    True
    >>> is_item_sentence("~ Finding the three $53 million delegates at the RNC.")
    False
    >>> is_item_sentence("~ Why all the fruits and vegetables in the U.S. are disappearing.")
    False
    """
    text = line.lstrip(_LEAD).lstrip("~-–—").strip()
    if not ends_sentence(text) or _ASKED.match(text):
        return False
    first = _WORD.match(text)
    gerund = first is not None and first.group().lower().endswith("ing")
    return not (gerund and _verbless(text))


def opens_dash(line: str) -> bool:
    """Whether ``line`` opens with a dash (glued or spaced) before a capitalised word.

    >>> opens_dash("- The New York Times provides entrance poll results.")
    True
    >>> opens_dash("Polls projected a very close race.")
    False
    """
    return _DASHED.match(line.lstrip(_LEAD)) is not None


def is_roster_item(line: str) -> bool:
    """Whether ``line`` is a roster's item: a dash, a name, a comma and an appositive.

    >>> is_roster_item("— Carol Lee of the Wall Street Journal, winner of the Aldo Beckman "
    ...                "Memorial Award for excellence in White House coverage.")
    True
    >>> is_roster_item("— Trump’s one and only policy guy is the magnificent Stephen Miller, "
    ...                "who was Sen. Jeff Sessions’ main immigration guy.")
    False
    >>> is_roster_item("– Banksy's PR Jo Brooks, despite apparently being quoted in the "
    ...                "original story, has tweeted saying it is a hoax.")
    False
    """
    match = _ROSTER.match(line.lstrip(_LEAD))
    if match is None:
        return False
    return _verbless(_RELATIVE.split(match.group("rest"), maxsplit=1)[0])


def signs_quotation(line: str) -> bool:
    """Whether ``line`` has a quotation's signature's shape: a dash, a name, a comma and a
    few words on who or where the speaker is, no sentence of its own.

    >>> signs_quotation("-Michelle Marks, Philadelphia.")
    True
    >>> signs_quotation("-President Obama, tweeting after Clinton's speech.")
    True
    >>> signs_quotation("- Obama, who spoke first, said the party was united.")
    False
    """
    return _says_who(_SIGNATURE.match(line.lstrip(_LEAD)))


def _says_who(match: re.Match[str] | None) -> bool:
    """Whether a signature's match has, after the name and its comma, a few words on who the
    speaker is: no verb, no relative clause."""
    if match is None:
        return False
    rest = match.group("rest")
    return (
        len(rest.split()) <= _SIGNATURE_WORDS
        and _RELATIVE.search(", " + rest) is None
        and _verbless(rest)
    )


def signs_quotation_close(line: str) -> bool:
    """Whether ``line`` has the shape of a quotation's signature set close under it without a
    dash: a full name, a comma and a few words on who the speaker is, no verb, no stop.

    >>> signs_quotation_close("Bill Bratton, New York City police commissioner")
    True
    >>> signs_quotation_close("Bill Bratton, the commissioner, said so.")
    False
    >>> signs_quotation_close("Bratton, who ran the department in the 1990s")
    False
    """
    return _says_who(_CLOSE_SIGNATURE.fullmatch(line))


def signs_occasion(line: str) -> bool:
    """Whether ``line`` has the shape of a quotation's signature by its occasion: a dash and a
    few words in lower case on where and when it was said, no verb (read under a line that
    closes a quotation).

    >>> signs_occasion("- exchange during an Oct. 22 hearing before the House Select "
    ...                "Committee on Benghazi.")
    True
    >>> signs_occasion("- and then he said the party was united.")
    False
    """
    match = _OCCASION.match(line.lstrip(_LEAD))
    if match is None:
        return False
    rest = match.group("rest")
    return len(rest.split()) <= _OCCASION_WORDS and _verbless(rest)
