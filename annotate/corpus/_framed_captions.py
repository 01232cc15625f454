"""A picture's caption with its stops, set as a paragraph after the story's, that places
what the picture shows in its frame: ``... The Parliament buildings and the Gatineau Hills
are in the background.``

A page that sets a picture under the story's last paragraph keeps, scraped into text, the
caption as a paragraph of its own; a broadcaster's site writes it in full sentences with their
stops (CBC's "The National War Memorial stands in Confederation Square in the heart of
downtown Ottawa. The Parliament buildings and the Gatineau Hills are in the background.",
FNC-1 321, under "Police said the man was not yet in custody." and over "More to come"; round
36's judges). Its stops hide it from the rules that read a caption by its missing stop
(:mod:`annotate.corpus._closing_captions`, :mod:`annotate.corpus._told_things`); what tells it
is a sentence only a picture's caption writes: one whose whole predicate puts its subject in
the frame, ``is``/``are`` (perhaps ``seen``) ``in the background``/``in the foreground``, in
the present of the picture as it is seen. The story puts a sound or an act in the background
inside a clause of its own (``gunfire can be heard in the background``, ``Radiohead's Creep
plays in the background``, ``included his young son in the background``), with a verb of its
own, never ``is``/``are`` and the frame alone; nor does it end a paragraph on where a thing
stands in a picture. So the shape: a paragraph of at most three sentences, no quotation in it
(a source may describe a scene), whose last sentence is a named subject (no pronoun pointing
back at the story) and that predicate, to its stop. On every FNC-1 body and PolNeAR text, one
paragraph has it: FNC-1 321's.
"""

from __future__ import annotations

import re

__all__ = ["places_in_frame"]

# The paragraph's last sentence: its subject, then "is"/"are" and the frame, to the stop.
_FRAMED = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<subject>[A-Z][\w'’-]*)[^.!?]*? (?:is|are)(?: (?:seen|visible))? "
    r"in the (?:background|foreground)\.$"
)
_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "I", "You", "This", "That", "There"})
_QUOTES = '"“”‘’'
# A sentence end inside the paragraph: a mark, a space, a capital.
_ENDS = re.compile(r"[.!?] (?=[A-Z])")
_MOST_SENTENCES = 3


def places_in_frame(paragraph: str) -> bool:
    """Whether ``paragraph`` is a picture's caption whose last sentence places its subject in
    the picture's background or foreground (see the module docstring).

    Examples
    --------
    >>> places_in_frame("The National War Memorial stands in Confederation Square in the "
    ...                 "heart of downtown Ottawa. The Parliament buildings and the Gatineau "
    ...                 "Hills are in the background.")
    True
    >>> places_in_frame("Six shots fired in rapid succession are heard in the background.")
    False
    >>> places_in_frame("He said the hills were there. They are in the background.")
    False
    >>> places_in_frame("'The hills are in the background,' he said.")
    False
    """
    framed = _FRAMED.search(paragraph)
    return (
        framed is not None
        and framed.group("subject") not in _PRONOUNS
        and not any(mark in paragraph for mark in _QUOTES)
        and len(_ENDS.findall(paragraph)) < _MOST_SENTENCES
    )
