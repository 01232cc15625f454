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


def test_ellipsis_before_a_bracketed_placeholder_ends_a_sentence() -> None:
    # FNC-1 879: an email whose other side's words were taken out.
    head = (
        "I’ve told you what I believe, but I’ll humor you — and your enjoyment at playing PR "
        "flack — by saying it again, this time line by line"
    )
    tail = "[Redacted Taibbi quote] I think it’s unlikely Pierre *ordered* you to stop writing."
    for mark in ("…", "..."):
        assert _texts(f"{head}{mark} {tail}") == [head + mark, tail]


def test_ellipsis_before_a_bracket_inside_a_sentence_stays() -> None:
    # Near misses: lower case after the bracket (FNC-1 test 735's "depends upon…[Obama's]...
    # next decision"), a bracket in lower case, an article before the mark.
    for line in (
        'He says his life "depends upon…[Obama\'s]...next decision."',
        "He says his life depends upon… [Obama's] next decision, he said.",
        "We will fight them… [applause] And we will win this fight.",
        "It was the… [Redacted] Great one, he said.",
    ):
        assert _texts(line) == [line]


def test_wire_headline_glued_before_its_dateline_is_cut_off() -> None:
    # FNC-1 34: an AP story appended under its label and headline, glued to its dateline.
    from annotate.corpus._dateline import dateline_end, split_wire_head

    line = (
        "The Associated Press update: Obama again faces tug of military action in Syria "
        "WASHINGTON (AP) — For three years, President Barack Obama has resisted the pull of "
        "potential U.S. military action in Syria."
    )
    head, rest = split_wire_head(line)
    assert head == "The Associated Press update: Obama again faces tug of military action in Syria"
    assert rest[dateline_end(rest, before=14) :].startswith("For three years, President")
    # Other agencies, a headline in headline case, a region after the place.
    for head, dateline in (
        ("Iraqi Pilots Train Militants To Fly Jets", "BEIRUT (Reuters) –"),
        ("UPDATE: Hostage freed in Sydney", "SYDNEY (AFP) -"),
        ("Obama Orders Airstrikes", "OTTAWA, Ontario (AP) --"),
    ):
        glued = f"{head} {dateline} The minister said more on Monday."
        assert split_wire_head(glued) == (head, glued[len(head) + 1 :])


def test_prose_or_placeless_text_before_a_dateline_stays() -> None:
    from annotate.corpus._dateline import split_wire_head

    for line in (
        # A sentence that lost its stop: verbs and nouns in lower case, no label.
        "Officials met in Washington on Friday WASHINGTON (AP) — They met again.",
        # A sentence before: its stop ends it.
        "Obama spoke. WASHINGTON (AP) — He said more.",
        # No agency in brackets: a place and a dash may be a subheading's.
        "Obama Orders Airstrikes WASHINGTON — The president ordered them.",
        # The place not in capitals.
        "Obama Orders Airstrikes Washington (AP) — The president ordered them.",
        # A dateline at the line's start is the dateline rules' own.
        "WASHINGTON (AP) — The president ordered airstrikes.",
    ):
        assert split_wire_head(line) == ("", line)


def test_quoted_subordinate_clause_broken_off_by_an_ellipsis_goes_on() -> None:
    # FNC-1 352: the speaker's pause after the clause fronted before his main clause.
    line = (
        '"Since I got the phone calls here in the location... I looked into it myself and '
        "after I'd seen pictures from fighters... from Kobane, I contacted the local field "
        'doctor," Matson said.'
    )
    assert _texts(line) == [line]


def test_trailing_clauses_and_unquoted_ones_stay_cut() -> None:
    # Near misses: "Because" answering on its own (FNC-1 test 561), a wish, a clause with its
    # main clause before the mark, and the writer's own prose.
    for pieces in (
        [
            "“I got it because I wanted to be unattractive to men.",
            "Because I don’t want to date anymore…",
            "Most guys would think it weird.”",
        ],
        ['"If only I had known...', 'It would have been different," he said.'],
        ['"When I got there, it was over...', 'I left," he said.'],
        ["Since I got the phone calls here in the location...", "I looked into it myself."],
    ):
        assert _texts(" ".join(pieces)) == pieces
