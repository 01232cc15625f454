"""BRAT standoff (``.ann``) files: text-bound spans (``T`` lines) and events (``E`` lines).

PolNeAR annotates each attribution as an n-ary event anchored on its cue::

    T1	Source 110 112	we
    T2	Cue 113 119	mocked
    T3	Content 120 211;230 240	the presidential ...
    T4	Attribution 113 119	mocked
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1

The event's type (its trigger's type) is ``Attribution`` or ``Attribution-no-source`` (the
text gives no source at all). A span may be discontinuous (``start end;start end``), and a
content may come in two spans (``Content2``). A span's text may hold a line break, so a line
that does not start with ``T<n>`` or ``E<n>`` and a tab continues the previous one and is
skipped; ``#`` notes and other span types (``Discuss``, ``Discard``) are not events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["NO_SOURCE", "Event", "read_brat", "read_events"]

#: The event type of an attribution whose source the text does not give.
NO_SOURCE = "Attribution-no-source"
_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]*)(?:\t|$)")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True)
class Event:
    """One attribution event, in article character offsets.

    Parameters
    ----------
    id : str
        The event's id in its file (``E1``).
    cue : tuple of int
        ``(start, end)`` of the cue; a discontinuous cue is held from its first piece's start
        to its last piece's end, and ``"cue"`` is in ``merged``.
    source : tuple of int or None
        The source, held like the cue; ``None`` when the event links none.
    content : tuple of tuple of int
        Every piece of every content span (``Content``, ``Content2``), sorted: split content
        stays split.
    no_source : bool
        The event's type is ``Attribution-no-source``.
    merged : tuple of str
        The roles (``cue``, ``source``) whose discontinuous span was joined into one.
    """

    id: str
    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]
    no_source: bool = False
    merged: tuple[str, ...] = ()


def _pieces(offsets: str) -> list[tuple[int, int]]:
    out = []
    for piece in offsets.split(";"):
        bounds = piece.split()
        # A few PolNeAR lines carry a type but no offsets (an emptied span): no piece.
        if len(bounds) == 2 and all(b.isdigit() for b in bounds):
            out.append((int(bounds[0]), int(bounds[1])))
    return out


def _spans(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[str]]:
    """Each ``T`` id to ``(type, pieces)``, and the ``E`` lines' argument strings."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _T_LINE.match(line):
            spans[match.group(1)] = (match.group(2), _pieces(match.group(3)))
        elif match := _E_LINE.match(line):
            events.append(f"{match.group(1)} {match.group(2)}")
    return spans, events


def read_brat(path: Path) -> list[tuple[int, int, str]]:
    """Read the ``T`` lines of a BRAT ``.ann`` file as ``(start, end, type)`` fragments.

    Discontinuous spans (``start end;start end``) give one fragment per piece.
    """
    spans, _ = _spans(path)
    return [(s, e, kind) for kind, pieces in spans.values() for s, e in pieces]


def read_events(path: Path) -> list[Event]:
    """Read the attribution events of a BRAT ``.ann`` file, in file order.

    Events sharing one cue are joined into one (see :func:`_join`). An event without a cue
    (PolNeAR has a few: a trigger left behind when its event was
    redrawn, ``E3 Attribution-no-source:T11``) attributes nothing and is skipped, as is a
    role pointing at a span with no offsets.

    Examples
    --------
    >>> import tempfile
    >>> ann = Path(tempfile.mkdtemp()) / "a.ann"
    >>> _ = ann.write_text("T1\\tSource 0 2\\tHe\\nT2\\tCue 3 7\\tsaid\\n"
    ...     "T3\\tContent 8 10;20 25\\tno more\\nT4\\tAttribution 3 7\\tsaid\\n"
    ...     "E1\\tAttribution:T4 Content:T3 Cue:T2 Source:T1\\n")
    >>> [(e.cue, e.source, e.content) for e in read_events(ann)]
    [((3, 7), (0, 2), ((8, 10), (20, 25)))]
    """
    spans, lines = _spans(path)
    out: list[Event] = []
    for line in lines:
        eid, *args = line.split()
        roles: dict[str, list[tuple[int, int]]] = {}
        kind = ""
        for i, arg in enumerate(args):
            role, _, tid = arg.partition(":")
            if i == 0:
                kind = role  # the trigger: the event's type
                continue
            pieces = spans.get(tid, ("", []))[1]
            roles.setdefault(role.rstrip("0123456789"), []).extend(pieces)
        if not roles.get("Cue"):
            continue
        merged = tuple(r.lower() for r in ("Cue", "Source") if len(roles.get(r, [])) > 1)
        source = roles.get("Source")
        event = Event(
            id=eid,
            cue=_hull(roles["Cue"]),
            source=_hull(source) if source else None,
            content=tuple(sorted(roles.get("Content", []))),
            no_source=kind == NO_SOURCE,
            merged=merged,
        )
        twin = next((i for i, e in enumerate(out) if e.cue == event.cue), None)
        if twin is None:
            out.append(event)
        else:
            out[twin] = _join(out[twin], event)
    return out


def _join(first: Event, second: Event) -> Event:
    """Two events on one cue as one: PolNeAR has a few (4 in 1,008 articles), an event
    redrawn beside the old one. A cue is one attribution, so its parts are pooled: the first
    source given, every content piece; "no source" only when neither names one."""
    source = first.source or second.source
    return Event(
        id=f"{first.id}+{second.id}",
        cue=first.cue,
        source=source,
        content=tuple(sorted(set(first.content) | set(second.content))),
        no_source=source is None and first.no_source and second.no_source,
        merged=tuple(sorted(set(first.merged) | set(second.merged))),
    )


def _hull(pieces: list[tuple[int, int]]) -> tuple[int, int]:
    # One span from the first piece to the last: a record has room for one cue and one
    # source, and the words between (often "the" or a comma) belong to the phrase anyway.
    return min(s for s, _ in pieces), max(e for _, e in pieces)
