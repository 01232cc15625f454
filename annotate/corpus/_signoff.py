"""The line that closes an article: its sources, its credits, its writer.

News ends a story with a line that is not part of it: the agencies it drew on (``With News
Wire Services``, ``Agence France Presse, Reuters``, ``ABC/wires``), where it came from
(``[h/t Uproxx]``, ``This story was first published by Mail Online``), an invitation to follow
its writer, or a line that describes the writer (``Gaudiano is a Washington-based reporter for
the USA TODAY NETWORK.``, ``Bill Sternberg is editor of the editorial page.``). Placed
anywhere else such a line could be a sentence; as the article's last line, after its text,
these shapes are enough (measured on every FNC-1 train body and PolNeAR text: benchmarks/
RESULTS.md, issue 12, "Code glued to prose, sign-offs ..."):

- a short line without a sentence end: prose ends its last sentence with a mark;
- the writer's description: a name, maybe an aside, ``is``, then within a few words the
  name of a newsroom role (a closed class: reporter, editor, columnist, ...; capitalised as
  a title too, ``Senior Editor-at-Large``), the rest of the line the writer's; or the role
  first, after the publication's name (``College Fix contributor Diana Stancy is a student
  at ...``);
- an op-ed writer's description by a position (``Cindy Godwin is a retired marketing
  executive in Tucson ...``, ``Aaron Kall is director of debate at ...``): a full name, ``is``,
  a position close after it, every sentence of the line of that shape, and a name the article
  has not given before (both its first and last word): on FNC-1 and PolNeAR 12 lines in 10
  USA Today op-eds, all writers'; on the FNC-1 test bodies none: the only line of the shape
  there (two copies), kept by the naming check, is about the story's family (``fix/seg9``).
  The office may be the verb, the organisation its object (``Rep. Debbie Wasserman Schultz,
  D-Fla., chairs the Democratic National Committee.``, PolNeAR usa-today 2015-12-23), a shape
  added after that count. An aside between commas may hold a name's suffix with its own comma
  (``Michael Haltzel, former foreign policy advisor to Vice President (then-Senator) Joseph R.
  Biden, Jr., is Senior Fellow at ...``, PolNeAR huff-post 2016-09-10, round 33).
- a few words without a sentence end (at most twelve) alone in their paragraph, under a line
  the page's furniture was dropped from (a caption, a call, a teaser; not a heading or a label,
  which open what follows) after the story's last sentence: the page's foot, a promotion for
  another story (``Manchester United legend's exclusive new column for The Independent``
  under the Independent's gallery teaser, FNC-1 1813, seed 1575's judge), the last of a run
  of captions (FNC-1 test 1204), a newsletter's pitch (test 875). A lead-in's colon is the
  story's and stays. On every FNC-1 body and PolNeAR text these three are the lines of the
  shape (round 33); a longer one may be the story's last sentence that lost its stop.
- a fragment: a short line alone in its paragraph that opens in lower case, its first word a
  plain word and not a name's particle (``de Blasio``) or a brand (``iPhone``,
  ``al-Britani``), after the story's last sentence (``life is random, meaningless, and
  grim.``, FNC-1 1613, after the Daily Mail's last paragraph, seed 1561's judge). A story
  opens each paragraph with a capital; a line without it is a piece of the page whose start
  the scrape lost (a reader's comment under the story, by its words), and the line before it
  ended its sentence, or the two would have been joined (see
  annotate.corpus._stubs.continues). On every FNC-1 body and PolNeAR text it is the only last
  line of this shape (round 32). Set close under the last paragraph (no blank line), such a
  line is left: a page that breaks its lines once may set a sentence's end there.
"""

from __future__ import annotations

import re
from collections.abc import Container

from annotate.corpus._headlines import ends_sentence

__all__ = [
    "is_foot_line",
    "is_fragment",
    "is_name_alone",
    "is_named",
    "is_section_label",
    "is_sign_off",
    "is_writer_line",
    "name_words",
    "split_end_mark",
    "split_section_name",
]

# A wire's end mark after the story's last sentence, on the same line: "... because of
# suffocation. / End" (FNC-1 1590; the only one FNC-1 and PolNeAR hold, the other forms,
# "(END)", "###", "-30-", none). Alone on the last line, it is a short line: a sign-off.
_END_MARK = re.compile(r"(?<=[.!?\"”’])\s*[/–—-]+\s*end\s*[/–—-]*$", re.I)
# A campaign's hashtags after the story's last sentence, on the same line: "... by March
# 2016. #KushForCure" (FNC-1 68 and 1360). The sentence is the story's and stays; the tag
# after its mark is the page's label, as it is alone on the last line (_headlines' lone
# word). A sentence that ends with its hashtag before the mark ("... using #hairgate.") is
# not cut: the tag must follow the mark.
_TAG_MARK = re.compile(r"(?<=[.!?\"”’])\s+#\w*[^\W\d_]\w*(?:\s+#\w*[^\W\d_]\w*)*\s*$")

# A last line of at most this many words without a sentence end is a sign-off. Longer ones
# are mixed: sentences that lost their full stop, related-story headlines, captions.
_SIGN_OFF_WORDS = 8
# Under the page's furniture at its foot, a last line without a sentence end is the page's up
# to this many words: the story ended above it (a longer one may be its last sentence that
# lost its stop to the scrape).
_FOOT_WORDS = 12
# A fragment is at most this many words: a longer line is a paragraph, however it opens.
_FRAGMENT_WORDS = 12
# A plain word in lower case first, then not a capital (a name's particle: "de Blasio").
_LOWER_FIRST = re.compile(r"^[a-z][a-z'’]*[\s,;:]+(?![A-Z])")
# Ending in a colon, at most this many: a label ("Online:", "Also on WorldPost:", "SEE THE
# PHOTO:"); a longer one leads into an embed the scrape lost ("And here's how it looks on the
# wrist:", "Here's a Real Radio 104.1 interview:"), a sentence of the story.
_LEAD_IN_WORDS = 4
_ROLE = (
    r"(?:reporter|correspondent|writer|editor|columnist|contributor|author|co-author|"
    r"journalist|blogger|co-host)s?"
)
# A name (maybe after a dash), an aside between commas, "is", then the predicate up to the
# role. "Katherine Timpf is a reporter at ...", "David A. Andelman, a member of ..., is editor
# emeritus of ...", "John Stoehr is a lecturer ... and a contributing writer at ...".
# The role may be capitalised as the newsroom's title, the rest of the line the writer's too
# ("Joel B. Pollak is Senior Editor-at-Large at Breitbart News. His new book, See No Evil:
# ..., is available from Regnery through Amazon.", PolNeAR breitbart 2016-08-11).
# An aside between commas after the name, a name's suffix in it with its own comma ("Michael
# Haltzel, former foreign policy advisor to Vice President (then-Senator) Joseph R. Biden, Jr.,
# is Senior Fellow at ...", PolNeAR huff-post 2016-09-10, seed 1572's judge).
_ASIDE = r"(?:,(?:[^,]|,\s+(?:Jr|Sr)\.){3,80},)"
_WRITER = re.compile(
    rf"^(?:[—–-]\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}{_ASIDE}?\s+is\s+"
    rf"(?P<predicate>(?:\S+\s+){{0,16}}?)(?i:{_ROLE})\b"
)
# The same description with the role first, the publication's name before it, as a paper
# introduces a student or freelance writer: "College Fix contributor Diana Stancy is a student
# at Elon University and ..." (FNC-1 2321): capitalised words, the role, a full name, "is a".
_ROLE_FIRST = re.compile(
    rf"^(?:[A-Z][\w.'’&-]*\s+){{1,4}}{_ROLE}\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,2}}"
    r"\s+is\s+(?:a|an|the)\s"
)
# A writer's line by what they write for, wherever it stands (a page puts it under the
# headline too: "Kashmira Gander writes for the Independent and Independent on Sunday", FNC-1
# 2154): a full name, "writes" (perhaps "a weekly column", "regularly"), "for" or "about ...
# for", and a publication's name (capitalised words, "and", "of", "on", "the" between them):
# the whole line, one sentence.
_PUBLICATION = r"[A-Z][\w.'’&-]*(?:,?\s+(?:(?:and|of|on|the|&)\s+)*[A-Z][\w.'’&-]*){0,8}"
_WRITES_FOR = re.compile(
    r"^(?:[—–-]\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+(?:regularly\s+|also\s+)?writes\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:column|blog|newsletter)\s+)?"
    rf"(?:about\s+[^.!?]{{1,60}}?\s+)?(?:for|at)\s+(?:the\s+)?{_PUBLICATION}[.]?$"
)
# Or by the blog or the column they write, by its name, perhaps after the publication's
# possessive, and what more the writer is after "and is": "Phil Plait writes Slate’s Bad
# Astronomy blog and is an astronomer, public speaker, science evangelizer, and author of Death
# From the Skies!" (FNC-1 1722, set under the post's first paragraph; seed 1567's judge). The
# blog's name is capitalised, and the whole line is the one sentence.
_WRITES_BLOG = re.compile(
    r"^(?:[—–-]\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+(?:regularly\s+|also\s+)?writes\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4}"
    rf"(?:blog|column|newsletter)(?:\s+(?:for|at)\s+(?:the\s+)?{_PUBLICATION})?"
    r"(?:,?\s+and\s+is\s+(?:a|an|the)\s+[^.!?]{3,200})?[.!]?$"
)
# Or by the column or the show they run for it, its title in quotes: "Jason Linkins edits
# “Eat The Press” for The Huffington Post and co-hosts the HuffPost politics podcast “So,
# That Happened.”" (PolNeAR huff-post 2016-02-24): a full name, the verb of running it, the
# title, "for" and the publication, perhaps a second title run so after "and"; the whole line.
_TITLE = r"[“\"][^“”\"]{1,60}[”\"]"
_RUNS = r"(?:edits|(?:co-)?hosts|produces|writes)"
_RUNS_HINT = re.compile(rf"\s{_RUNS}\s")
_RUNS_FOR = re.compile(
    rf"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}}\s+{_RUNS}\s+(?:the\s+)?{_TITLE}\s+"
    r"(?:for|at)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}"
    rf"(?:,?\s+and\s+{_RUNS}\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,5}}{_TITLE})?\.?$"
)
# A writer by the paper they work for, as a network's papers sign a shared story: a name
# (the surname alone, as the story named them in the byline), "reports/writes for", then the
# paper's name: capitalised words, a place in brackets ("Naples (Fla.) Daily News"). Or two
# writers by their paper ("Sean Rossman and Karl Etters report for the Tallahassee (Fla.)
# Democrat.", FNC-1 test 849).
_WRITER_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_REPORTS_FOR = re.compile(
    rf"^(?:[—–-]\s*)?(?:{_WRITER_NAME}\s+(?:reports|writes)"
    rf"|{_WRITER_NAME}(?:,\s+{_WRITER_NAME})*,?\s+(?:and|&)\s+{_WRITER_NAME}\s+(?:report|write))"
    r"\s+for\s+"
    r"(?:[Tt]he\s+)?(?:\([A-Z][^()]{1,30}\)\s+)?[A-Z][\w.'’&-]*"
    r"(?:,?\s+(?:(?:and|of|on|the|&)\s+)*(?:\([A-Z][^()]{1,30}\)|[A-Z][\w.'’&-]*)){0,8}\.?$"
)
# A writer who is not a journalist (an op-ed's author) is described by a position rather than
# a newsroom role: "Cindy Godwin is a retired marketing executive in Tucson and ...", "Aaron
# Kall is director of debate at the University of Michigan.", "James M. Danko is president of
# Butler University". Such a line is the shape of a story's last sentence about its subject
# only in name, so it needs more: a full name (two to four capitalised words, not an article
# or a pronoun first), the position within five words of "is", and after it a place in an
# organisation (of, at, in, for, with) or the line's end. The position may be capitalised, as
# a named chair or a title is ("is the Roy P. Crocker Professor of Politics at ...").
# Or the position is the verb, the organisation its object by its name: "Rep. Debbie Wasserman
# Schultz, D-Fla., chairs the Democratic National Committee." (an op-ed's last line, PolNeAR
# usa-today 2015-12-23).
_POSITION = (
    r"(?i:director|president|professor|fellow|executive|member|coordinator|(?:co-)?founder|"
    r"chair(?:man|woman)?|partner|lecturer|analyst|attorney|lawyer|economist|scholar|"
    r"researcher|consultant|dean|playwright(?:-in-residence)?|strategist|commentator|"
    r"historian|adviser|advisor|governor|mayor)s?"
)
# An aside that describes the writer at length, a clause of its own in it (``who commanded
# ...``), no quotation: a bio's, read only before what the writer teaches.
_LONG_ASIDE = r"(?:,[^,\"“”]{3,160},)"
_BIO = re.compile(
    r"^(?!(?:The|This|That|These|Those|It|He|She|They|We|There|Here)\b)"
    # A nickname in brackets may sit among the names ("Michael A. (Mike) Moodian").
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:\([A-Z][\w.'’-]*\)\s+)?[A-Z][\w.'’-]*){1,3})"
    rf"(?:{_ASIDE}?\s+(?:is\s+"
    rf"(?:(?:a|an|the)\s+)?(?P<predicate>(?:\S+\s+){{0,4}}?){_POSITION}"
    r"(?:\s+(?:of|at|in|for|with)\b|[.]?$)"
    r"|(?:chairs|heads|directs|co-chairs)\s+the\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}\.$)"
    # Or by what the writer teaches or taught and where, after an aside that says who they are
    # and may run long with its own clause ("M. Thomas Davis, a retired Army officer who
    # commanded an artillery unit during operations Desert Shield and Desert Storm, taught U.S.
    # politics and government at West Point.", PolNeAR usa-today 2016-08-19, seed 1588's
    # judge): the subject, then "at" the school by its name, the line's end.
    rf"|{_LONG_ASIDE}?\s+(?:teaches|taught)\s+(?:\S+\s+){{1,8}}?at\s+(?:the\s+)?"
    r"[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,5}\.$)"
)
# A lawmaker's own op-ed signed by a line about them: the title, the full name, the party
# and state between commas, "is" or "was" ("Rep. Raul Grijalva, D-Ariz., was an early backer
# of Bernie Sanders.", PolNeAR usa-today 2016-06-08); the writer's only when the article has
# not named them before (an op-ed speaks in the first person), as for a position.
_MEMBER = re.compile(
    r"^(?:Rep|Sen|Gov)\.\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+"
    r"[DRI]-[A-Z][\w.]{1,12},\s+(?:is|was)\s+[^.!?]{3,120}\.$"
)
# A person's name as a byline gives it: initials and a surname ("S.V. Dáte"), or a first name,
# perhaps an initial, one or two surnames, perhaps "Jr." ("Landon Thomas Jr.", "Chad Bray").
# Each word capitalised and then in lower case ("MacFarquhar", "O'Neill"), not in capitals.
_NAME_PART = r"[A-Z](?:['’][A-Z])?[^\W\d_A-Z][\w'’-]*"
_PERSON = (
    rf"(?:(?:[A-Z]\.\s?){{1,3}}{_NAME_PART}|{_NAME_PART}(?:\s+[A-Z]\.)?"
    rf"(?:\s+(?:de|van|von|del|da|di|du|le|la))?(?:\s+{_NAME_PART}){{1,2}})"
    r"(?:,?\s+(?:Jr|Sr)\.|\s+I{2,3}\b)?"
)
# A writer's name alone as a paragraph, with its stop (without one, a heading's shape).
_NAME_ALONE = re.compile(rf"(?P<name>{_PERSON})\.")
# A title's abbreviation before a name: capitalised, at most four letters, its stop.
_TITLE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.")
# Or it closes a section of a round-up, after its last sentence on the same line ("... the
# rally would last, ... polarization in Washington. Landon Thomas Jr.", NYT's "Markets Watch
# Closely", PolNeAR nyt 2016-11-07: five sections, each signed so).
_SECTION_NAME = re.compile(
    rf"(?:(?<=[a-z\d]{{2}}[.!?])|(?<=\)[.!?])|(?<=[.!?][\"”’]))\s+(?P<name>{_PERSON})\.$"
)
# A capitalised word: what a name is made of.
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]+")
# Between the sentences of a line: a stop after a word of two lower-case letters or more (not
# an initial, "James M. Danko"), then a capital.
# Or a stop after a closing bracket ("... of Orange County (Calif.). Hasmik Piliposyan is ...").
# Not after a title's abbreviation before a name ("Rep. Debbie Wasserman Schultz").
_SENTENCES = re.compile(
    r"(?:(?<=[a-z]{2}[.!?])|(?<=\)[.!?]))(?<!Rep\.)(?<!Sen\.)(?<!Gov\.)(?<!Mrs\.)(?<!Rev\.)"
    r"(?<!Gen\.)(?<!Col\.)(?<!Sgt\.)(?<!Prof\.)\s+(?=[A-Z])"
)
# A sentence more about the writer a bio has named: their pronoun, a verb, a short predicate.
# An abbreviation's stop (before a letter, or a word in lower case: "his Ph.D. from") is in it.
_ABOUT_WRITER = re.compile(
    r"(?:He|She|They|His|Her|Their)\s(?:[^.!?\"“”]|\.(?=\S| [a-z])){3,140}[.!]"
)
# A participle in the predicate is a clause about someone ("is still holding American
# journalist ...", "is also facing trial ... of a journalist"), unless it qualifies the role
# itself ("a contributing writer").
_PARTICIPLE = re.compile(r"\w+ing\s+\S")


def name_words(text: str) -> list[str]:
    """The words of ``text`` as :func:`is_sign_off`'s ``named`` takes them: split at white
    space only, with their punctuation (cheap, as this runs on every kept line; the few
    words a writer's line asks about are looked up with and without it).

    Examples
    --------
    >>> name_words("Shlomo and Nehama Tawil, parents of seven boys")
    ['Shlomo', 'and', 'Nehama', 'Tawil,', 'parents', 'of', 'seven', 'boys']
    """
    return text.split()


def is_named(word: str, named: Container[str]) -> bool:
    """Whether ``word`` is among ``named`` (words of :func:`name_words`), perhaps with
    punctuation or a possessive after it."""
    return any(
        form in named
        for form in (word, *(word + tail for tail in (",", ".", ";", ":", "'s", "’s", ")")))
    )


def is_fragment(line: str) -> bool:
    """Whether ``line``, the last line of an article, alone in its paragraph after its text, is
    a fragment of the page: a few words opening in lower case with a plain word (see the
    module docstring). A line set close under the story's last one is left: a page that breaks
    its lines once may set a sentence's end there.

    Examples
    --------
    >>> is_fragment("life is random, meaningless, and grim.")
    True
    >>> is_fragment("de Blasio declined to comment.")
    False
    >>> is_fragment("iGen has been accurate in the past.")
    False
    """
    return _LOWER_FIRST.match(line) is not None and len(line.split()) <= _FRAGMENT_WORDS


def is_foot_line(line: str) -> bool:
    """Whether ``line``, the article's last, alone in its paragraph under the page's furniture
    after the story's last sentence, is the page's: a few words without a sentence end (see
    the module docstring).

    Examples
    --------
    >>> is_foot_line("Manchester United legend's exclusive new column for The Independent")
    True
    >>> is_foot_line("However, at that point it will be even more gigantic.")
    False
    >>> is_foot_line("And here's how it looks on the wrist:")
    False
    """
    # A lead-in's colon is the story's, leading into an embed the scrape lost.
    return not ends_sentence(line) and not line.endswith(":") and len(line.split()) <= _FOOT_WORDS


def is_sign_off(line: str, named: Container[str] = frozenset()) -> bool:
    """Whether ``line``, the last line of an article with text before it, is its sign-off.

    ``named`` holds the capitalised words of the article's text before the line
    (:func:`name_words`): a line describing someone by a position (not a newsroom role) is the
    writer's only if the article has not named both their first and last name before (``Shlomo
    Tawil is the director of the Chabad House ...`` ends a story about the Tawils).

    Examples
    --------
    >>> is_sign_off("With News Wire Services")
    True
    >>> is_sign_off("Gaudiano is a Washington-based reporter for the USA TODAY NETWORK.")
    True
    >>> is_sign_off("IS is still holding American journalist Steven Sotloff.")
    False
    >>> is_sign_off("He added: 'It was pretty intense.'")
    False
    """
    limit = _LEAD_IN_WORDS if line.endswith(":") else _SIGN_OFF_WORDS
    if not ends_sentence(line) and len(line.split()) <= limit:
        return True
    writer = _WRITER.match(line)
    if writer is not None and not _PARTICIPLE.search(writer.group("predicate")):
        return True
    if is_writer_line(line) or _ROLE_FIRST.match(line) is not None:
        return True
    # Several writers, each by the paper they report for, the story's last line: "Glorioso
    # reports for Naples (Fla.) Daily News; Williams reports for The (Fort Myers, Fla.)
    # News-Press." (PolNeAR usa-today 2016-10-25).
    if " for " in line and all(_REPORTS_FOR.match(part.strip()) for part in line.split(";")):
        return True
    # A writer's name alone, or a lawmaker's line about themselves, by a name the article has
    # not given before: "S.V. Dáte." (PolNeAR huff-post 2016-07-18).
    if is_name_alone(line, named):
        return True
    member = _MEMBER.match(line)
    if member is not None:
        return not _named_before(member.group("name"), named)
    # A line of positions is a writer's line only when each of its sentences is one (several
    # writers: "Gina Glantz is founder of ... Julie Burton is president of ..."); "Ms
    # Rosenberg is a former member of the Israel Defence Force. A source ... told Reuters
    # ..." is the story's.
    sentences = _SENTENCES.split(line)
    if all(_is_position(sentence, named) for sentence in sentences):
        return True
    # Or the writer's position, then more about the writer under their pronoun ("Zachary
    # Jonathan Jacobson is a Cold War historian. He received his Ph.D. from Northwestern
    # University.", PolNeAR usa-today 2016-05-11, seed 1534's judge): the bio goes on.
    return (
        len(sentences) > 1
        and _is_position(sentences[0], named)
        and all(_ABOUT_WRITER.fullmatch(sentence) for sentence in sentences[1:])
    )


def is_writer_line(line: str) -> bool:
    """Whether ``line`` is a writer's line by what they write for, anywhere in an article.

    Examples
    --------
    >>> is_writer_line("Kashmira Gander writes for the Independent and Independent on Sunday")
    True
    >>> is_writer_line("John Smith writes for the Guardian that the vote was rigged.")
    False
    >>> is_writer_line("Phil Plait writes Slate’s Bad Astronomy blog and is an astronomer.")
    True
    >>> is_writer_line("Jason Linkins edits “Eat The Press” for The Huffington Post.")
    True
    >>> is_writer_line("Jason Linkins produces “So, That Happened” for The Huffington Post.")
    True
    """
    if " writes " in line and (
        _WRITES_FOR.match(line) is not None or _WRITES_BLOG.match(line) is not None
    ):
        return True
    # The quick test names every verb _RUNS takes: "writes" and "produces" a title in quotes
    # ("... writes “Fault Lines” for ...") were read by the pattern but never reached it.
    return _RUNS_HINT.search(line) is not None and _RUNS_FOR.match(line) is not None


def split_section_name(line: str, closes: bool, named: Container[str]) -> tuple[str, str]:
    """``line`` without the writer's name after its last sentence, and the name ("" when
    there is none), when the line closes a section (``closes``: the next line is a section's
    label, :func:`is_section_label`, or a notice, or there is none).

    A name alone after a sentence is no sentence of the story; it is told from a one-word
    answer ("Who won? Clinton.") by the name's shape (two words or more, or initials), by the
    line's place (the last before the next section), and by the article not having named the
    person before (``named``, as for :func:`is_sign_off`).

    Examples
    --------
    >>> split_section_name("But it was a far cry from 2010. Leslie Picker.", True, set())
    ('But it was a far cry from 2010.', 'Leslie Picker.')
    >>> split_section_name("It was a far cry from 2010. Leslie Picker.", False, set())
    ('It was a far cry from 2010. Leslie Picker.', '')
    """
    if not closes or not line.endswith("."):
        return line, ""
    match = _SECTION_NAME.search(line, max(0, len(line) - 60))
    if match is None:
        return line, ""
    name = match.group("name")
    if _any_named(name, named) or _any_named(name, set(name_words(line[: match.start()]))):
        return line, ""
    # Not after a title's abbreviation, which stands before a name in a sentence ("...,
    # according to Pentagon spokesman Rear Adm. John Kirby.", FNC-1 1509).
    before = line[: match.start()].split()
    if before and _TITLE_ABBREVIATION.fullmatch(before[-1]):
        return line, ""
    return line[: match.start()].rstrip(), match.group().strip()


def is_name_alone(line: str, named: Container[str]) -> bool:
    """Whether ``line`` is a writer's name alone, one the article has not given before (see
    :func:`split_section_name`): set as a paragraph of its own, it signs the section above it
    ("S.V. Dáte." over the next section's heading, PolNeAR huff-post 2016-07-18).

    Examples
    --------
    >>> is_name_alone("S.V. Dáte.", set())
    True
    >>> is_name_alone("Donald Trump.", {"Donald", "Trump"})
    False
    >>> is_name_alone("Why?", set())
    False
    """
    person = _NAME_ALONE.fullmatch(line)
    return person is not None and not _any_named(person.group("name"), named)


def is_section_label(line: str) -> bool:
    """Whether ``line`` is a section's label in capitals, a few words ("BANKING.", "STEEL
    INDUSTRY.").

    Examples
    --------
    >>> is_section_label("ENTERTAINMENT INDUSTRY.")
    True
    >>> is_section_label("Disney to address low ratings at ESPN.")
    False
    """
    return (
        len(line.split()) <= 5
        and any(c.isalpha() for c in line)
        and not any(c.islower() for c in line)
    )


def _named_before(name: str, named: Container[str]) -> bool:
    """Whether the article has given both the first and the last word of ``name``."""
    words = _NAME_WORD.findall(name)
    words = [w for w in words if w not in ("Jr", "Sr")] or words
    return bool(words) and is_named(words[0], named) and is_named(words[-1], named)


def _any_named(name: str, named: Container[str]) -> bool:
    """Whether the article has given any word of ``name``: a name alone is the writer's only
    when the story never speaks of them ("Enter President Trump." is the story's)."""
    return any(is_named(w, named) for w in _NAME_WORD.findall(name) if w not in ("Jr", "Sr"))


def _is_position(sentence: str, named: Container[str]) -> bool:
    bio = _BIO.match(sentence)
    if bio is None or _PARTICIPLE.search(bio.group("predicate") or ""):
        return False
    return not _named_before(bio.group("name"), named)


def split_end_mark(line: str) -> tuple[str, str]:
    """``line``, the article's last, without a wire's end mark after its last sentence, and
    the mark ("" when there is none).

    Examples
    --------
    >>> split_end_mark("... which led to the death of three hundreds of them. / End")
    ('... which led to the death of three hundreds of them.', '/ End')
    >>> split_end_mark("Nothing was said about the end.")
    ('Nothing was said about the end.', '')
    >>> split_end_mark("KFC is hoping to be ready by March 2016. #KushForCure")
    ('KFC is hoping to be ready by March 2016.', '#KushForCure')
    """
    match = _END_MARK.search(line, max(0, len(line) - 20))
    if match is None and "#" in line:
        match = _TAG_MARK.search(line, max(0, len(line) - 80))
    if match is None:
        return line, ""
    return line[: match.start()].rstrip(), match.group().strip()
