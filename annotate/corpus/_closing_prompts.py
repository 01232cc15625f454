"""The page's questions to its reader that close the article: ``What do you think?``

A web story often ends on a paragraph that asks the reader's opinion and nothing else
(``What do you think of Gruber's estimates?``, ``What do YOU think, HollywoodLifers? Are you
tired of death hoaxes?``, ``Based on what we know so far about the Apple Watch, which model do
you plan on getting?``). It claims nothing: it is the page's prompt to comment, a call without
its imperative (see :mod:`annotate.corpus._reader_calls`, which takes such questions with a
call after them). The judges of issue 12's unseen draws counted these as furniture.

What tells them is where and what they are together: the article's last kept paragraphs, each
only short questions outside quotation marks, one of which asks what the reader thinks, plans
or wants (:data:`_ASKS_READER`). The same question inside the story is the writer's rhetoric
or a speaker's (``Do you really want an extra item to charge every night?`` with the story
going on under it) and stays, as do a rhetorical one (``Can you blame them?``), one a
speaker asks in quotation marks, an interviewer's (``Q: Do you think ...?``), a long sentence that
claims something before its question, and an article that is nothing but such questions.

On every FNC-1 body and PolNeAR text this takes the prompts closing 15 articles (10 whole
paragraphs, 5 runs at the end of the last one), every one read as the page's (round 23).

The stage holds only paragraphs of this shape, and only until the next kept line: bounded
read-ahead, as every paragraph stage's (see :mod:`annotate.corpus._clean`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from annotate.corpus._held_lines import Item

__all__ = ["closing_prompts", "is_reader_prompt", "split_prompt_tail"]


# A question that asks the reader's own view, plan or wish.
_ASKS_READER = re.compile(
    r"\bwhat\s+(?:do|would)\s+you\s+(?:think|make\s+of)\b"
    r"|\bwhat(?:'s|’s|\s+is|\s+are)\s+your\s+(?:take|thoughts?|opinions?|views?)\b"
    r"|\b(?:do|would)\s+you\s+(?:\w+\s+)?(?:think|agree|believe|plan|hope|want)\b"
    r"|\bwhat\s+are\s+you\s+(?:most\s+)?(?:excited|looking\s+forward)\b"
    r"|^how\s+about\s+you\?"
    # ... or what they did or will do themselves ("WHAT DID YOU GET your parents for the
    # holidays?", closing a story of a son's gift, FNC-1 1535): the reader's own story asked
    # for; not the rhetoric of "What did you expect?".
    r"|\bwhat\s+(?:did|will)\s+you\s+(?!expect\b)[a-z]",
    re.I,
)
# Each question is short: a longer sentence claims something before it asks.
_QUESTION_WORDS = 25
# A speaker's label ("Q:", "TAPPER:") or a quotation mark opening the line: someone else asks.
_SPEAKER = re.compile(r"^(?:[\"“”‘'«]|[A-Z][\w.' -]{0,30}:\s)")
_QUESTIONS = re.compile(r"(?<=\?)\s+")
# A statement's end inside a question's chunk: the paragraph says something before it asks.
_STATEMENT_END = re.compile(r"[.!]\s")
# A question closed by a quotation mark is a speaker's.
_QUOTED_QUESTION = re.compile(r"\?[\"”’]")


def is_reader_prompt(paragraph: str) -> bool:
    """Whether ``paragraph`` is only short questions to the reader, one asking their view.

    Examples
    --------
    >>> is_reader_prompt("What do YOU think, HollywoodLifers? Are you tired of death hoaxes?")
    True
    >>> is_reader_prompt("Can you blame them?")
    False
    >>> is_reader_prompt("He quit. What do you think?")
    False
    """
    questions = _short_questions(paragraph)
    return questions is not None and _asks_reader(questions)


def _asks_reader(questions: list[str]) -> bool:
    """Whether one of ``questions`` asks the reader's view, plan or wish."""
    return any(_ASKS_READER.search(q) for q in questions)


def _short_questions(text: str) -> list[str] | None:
    """``text``'s questions when it is only short questions in the writer's voice, else None."""
    if _SPEAKER.match(text) or _QUOTED_QUESTION.search(text):
        return None
    questions = _QUESTIONS.split(text.strip())
    if all(
        q.endswith("?") and len(q.split()) <= _QUESTION_WORDS and not _STATEMENT_END.search(q)
        for q in questions
    ):
        return questions
    return None


# Where a paragraph's sentences meet: after an end mark (and a closing quote or bracket).
_SENTENCES = re.compile(r"(?<=[.!?])[\"”’)]?\s+")


def split_prompt_tail(paragraph: str) -> tuple[str, str]:
    """Cut the questions to the reader that close ``paragraph`` off it: what is left, and
    the questions ("" when the paragraph does not close on such a run).

    Examples
    --------
    >>> split_prompt_tail("This kind of street justice must only be condemned. What is your "
    ...                   "take on the issue?")
    ('This kind of street justice must only be condemned.', 'What is your take on the issue?')
    >>> split_prompt_tail("Others doubt it. Can you blame them?")
    ('Others doubt it. Can you blame them?', '')
    """
    # Nearly every paragraph ends otherwise: it is read no further.
    if not paragraph.rstrip().endswith("?"):
        return paragraph, ""
    if is_reader_prompt(paragraph):
        return "", paragraph.strip()
    starts = [m.end() for m in _SENTENCES.finditer(paragraph)]
    # The longest run of closing questions that is a prompt, read from the end back.
    cut = None
    for start in reversed(starts):
        questions = _short_questions(paragraph[start:])
        if questions is None:
            break
        if _asks_reader(questions):
            cut = start
    if cut is None:
        return paragraph, ""
    return paragraph[:cut].rstrip(), paragraph[cut:].strip()


def closing_prompts(items: Iterable[Item], *, longest: int) -> Iterator[Item]:
    """The cleaning stream's items, with the reader prompts that close the article dropped as
    ``call``: whole paragraphs, or the run of questions at the end of the last one. Items are
    ``(gap, line, number, kind, reason)``, ``kind`` None for a kept line. A line longer than
    ``longest`` is article text, as the cleaner reads it (a str or bytes, it is never held)."""
    held: list[tuple[Item, str, str]] = []  # a kept line, its story part and its prompt
    kept = False  # a line of the story was kept before the held ones
    for item in items:
        _, line, _, kind, _ = item
        if kind is not None:
            yield item
            continue
        if isinstance(line, str) and len(line) <= longest:
            body, prompt = split_prompt_tail(line)
            # A paragraph that is all prompt is held only after the story's first line.
            if prompt and (body or kept):
                held.append((item, body, prompt))
                kept = kept or bool(body)
                continue
        yield from (h for h, _, _ in held)
        held.clear()
        kept = True
        yield item
    why = "the page's question to its reader, closing the article"
    # What follows the last story sentence goes: held paragraphs before the last one with a
    # story part stay whole, that one loses its closing questions, and those after it go.
    last = max((at for at, (_, body, _) in enumerate(held) if body), default=-1)
    for at, ((gap, line, number, _, _), body, prompt) in enumerate(held):
        if at < last:
            yield gap, line, number, None, ""
            continue
        if at == last:
            yield gap, body, number, None, ""
        yield "", prompt, number, "call", why
