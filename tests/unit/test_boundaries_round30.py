"""Round 30: sentence boundaries the judges found missed or misplaced (real FNC-1 lines)."""

from __future__ import annotations

from annotate.corpus import segment


def _texts(line: str) -> list[str]:
    return [line[s:e] for s, e in segment(line)]


def test_stop_glued_before_a_name_with_an_inner_capital() -> None:
    # FNC-1 664: a lost line break after "accessories.", the next sentence opening with a
    # brand's possessive.
    line = (
        "A source says that there is nothing preventing it from being a connection port for "
        "future accessories.TechCrunch's Matthew Panzarino is careful to state that he has no "
        "knowledge of any plans."
    )
    assert _texts(line) == [
        "A source says that there is nothing preventing it from being a connection port for "
        "future accessories.",
        "TechCrunch's Matthew Panzarino is careful to state that he has no knowledge of any plans.",
    ]


def test_addresses_and_brands_with_inner_capitals_stay() -> None:
    # Near misses: a domain, a file's suffix, a brand before the stop, initials.
    for line in (
        "The report was first published on TechCrunch.com and then on YouTube.",
        "He wrote the server in Node.js and it ran for years.",
        "Then promptly synced it in iCloud.YouTube says nothing more.",
        "The novel by J.R.R.Tolkien was on the list.",
        "The share rose to 3.5 percent on the day.",
    ):
        assert _texts(line) == [line]
