"""Headings of digests, columns and round-ups: in capitals glued to their item's first
sentence, a verbless question opening a series of subheadings, a round-up's item headings
under its signed items (issue 12, round 6, ``fix/seg36``). Every line is quoted from the
article named."""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._glued_headings import glued_heading

# PolNeAR train huff-post 2016-01-12 (HuffPost's Morning Email): each item's heading in
# capitals runs into its first sentence.
_DIGEST = [
    "TOP STORIES.",
    "",
    "OBAMA’S LAST STATE OF THE UNION “President Barack Obama’s final State of the Union address "
    "will unmistakably attempt to frame the choice facing Americans as they select his "
    "successor.” Tune in tonight for the final State of the Union address at 9 p.m. EST.",
    "",
    "AT LEAST 10 KILLED IN DEADLY ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan said "
    "the reported suicide bomber, who detonated in the middle of Istanbul’s Sultanahmet tourist "
    "district, had “Syrian roots.”",
    "",
    "ROLL TIDE Alabama beat undefeated Clemson 45-40 to take the National Championship in a "
    "college football title game many are calling an “instant classic.”",
    "",
    "TELLING OF THE SYRIAN REFUGEE CRISIS, IN VIRTUAL REALITY “VR provides a combination of "
    "storytelling and immersion.”",
]


def _dropped(lines: list[str], kind: str = "heading") -> list[str]:
    return [d.text for d in clean("\n".join(lines)).dropped if d.kind == kind]


def test_a_digest_s_headings_in_capitals_are_cut_off_their_sentences() -> None:
    cleaned = clean("\n".join(_DIGEST))
    assert [d.text for d in cleaned.dropped if d.kind == "heading"] == [
        "TOP STORIES.",
        "OBAMA’S LAST STATE OF THE UNION",
        "AT LEAST 10 KILLED IN DEADLY ISTANBUL EXPLOSION",
        "ROLL TIDE",
        "TELLING OF THE SYRIAN REFUGEE CRISIS, IN VIRTUAL REALITY",
    ]
    assert "\n\nAlabama beat undefeated Clemson 45-40" in cleaned.text
    assert cleaned.text.startswith("“President Barack Obama’s final State")


def test_a_column_s_section_heads_are_cut_once_two_recur() -> None:
    # PolNeAR dev nyt 2016-09-24 (college savings): the heads stand paragraphs apart.
    lines = [
        "SAVE A QUARTER Let's say you think an undergraduate degree from a state university "
        "will cost $160,000 in 18 years, including room and board.",
        "",
        "Where might it earn that kind of return? In one of those 529 college savings plans that "
        "your state probably offers.",
        "",
        "And where is that $115 supposed to come from?",
        "",
        "SPEND A QUARTER This step is harder.",
    ]
    assert _dropped(lines) == ["SAVE A QUARTER", "SPEND A QUARTER"]


def test_one_paragraph_opening_in_capitals_is_the_story_s() -> None:
    # FNC-1 1346 (the Express's lede in capitals) and FNC-1 test 332: alone on their page.
    lines = [
        "THE ISLAMIC State murderer dubbed 'Jihadi John' has been named as Mohammed Emwazi from "
        "west London, according to reports.",
        "",
        "He said so.",
        "",
        "It was so.",
        "",
        "It was named so.",
        "",
        "It went on and on.",
        "",
        "They said.",
        "",
        "It rose.",
        "",
        "It fell.",
        "",
        "It ended.",
        "",
        "HP CEO Meg Whitman will lead the Enterprise business again.",
    ]
    assert _dropped(lines) == []
    assert clean("\n".join(lines)).text.startswith("THE ISLAMIC State murderer")


def test_a_speaker_s_label_and_a_dateline_are_no_headings() -> None:
    # PolNeAR west-journal 2016-03-29 (a transcript) and a wire's dateline.
    assert glued_heading("KATE BOULDUAN: Why not debate?") == 0
    assert glued_heading("JOEL BENENSON: This is a man who said he’d never run a negative ad.") == 0
    assert glued_heading("WASHINGTON (AP) — The Senate voted on Monday.") == 0
    assert glued_heading("NEW DELHI: The year has just started.") == 0


def test_a_verbless_question_opens_a_series_of_subheadings() -> None:
    # PolNeAR train wash-post 2016-08-26 (Kelly Ayotte): "Down-ballot blues?" opens the series,
    # "Senate matchup." goes on with it.
    lines = [
        '"I was at every event," she said. "I was there introducing him."',
        "",
        "Down-ballot blues?",
        "",
        "Ayotte is one of six Republican incumbents running in states President Obama won in "
        "2012. Republican strategists concede that a Trump loss could pull incumbents such as "
        "Ayotte down with him and hand the Senate majority to Democrats.",
        "",
        "\"No matter what you're doing, you have to deal with the conditions you're given,\" "
        "she said.",
        "",
        "Senate matchup.",
        "",
        "There are other aspects of the race that would make it very competitive regardless of "
        "the Trump factor.",
    ]
    assert _dropped(lines) == ["Down-ballot blues?", "Senate matchup."]


def test_a_question_with_its_verb_stays_the_story_s() -> None:
    lines = [
        "The senator declined to say more on Monday.",
        "",
        "Why does it matter?",
        "",
        "It matters because the senator's seat decides the Senate majority this year.",
    ]
    assert _dropped(lines) == []


# PolNeAR train usa-today 2015-12-22 ("IN BRIEF"): each item signed by its writer.
_BRIEF = [
    "Spain struggles to form post-election government.",
    "",
    "Spain braced for weeks of political uncertainty Monday after voters ended decades of "
    "two-party dominance by electing a fragmented Parliament made up of multiple parties.",
    "",
    'Rajoy said Monday that he will "try to form a stable government" and insisted that his '
    'party was "still the No. 1 force in Spain."--Kim Hjelmgaard.',
    "",
    "'Stoic' driver identified in horror on Las Vegas Strip.",
    "",
    "The homeless woman accused of deliberately driving onto a packed sidewalk along the Las "
    "Vegas Strip told police she was stressed out by security guards.",
    "",
    "The Clark County Coroner's Office identified the person killed as Jessica Valenzuela, 32, "
    "of Buckeye, Ariz.--John Bacon.",
    "",
    "Also ...",
    "",
    "Chelsea Clinton announced Monday on Twitter that she is pregnant with her second child, "
    "due next summer.",
]


def test_a_round_up_s_item_heading_under_a_signed_item_is_dropped() -> None:
    # A text file's first line is its title (as ingest reads PolNeAR's texts).
    cleaned = clean("\n".join(["IN BRIEF.", "", *_BRIEF]), first_line_is_title=True)
    # The first item's heading too, at the body's top, once the next one is known (round 37,
    # annotate.corpus._first_items).
    assert [d.text for d in cleaned.dropped if d.kind == "heading"] == [
        "Spain struggles to form post-election government.",
        "'Stoic' driver identified in horror on Las Vegas Strip.",
        "Also ...",
    ]


def test_a_short_sentence_under_an_unsigned_paragraph_stays() -> None:
    lines = [line.replace("--Kim Hjelmgaard.", "") for line in _BRIEF[:8]] + _BRIEF[8:10]
    assert "'Stoic' driver identified in horror on Las Vegas Strip." not in _dropped(lines)


# PolNeAR train politico 2015-12-11 (POLITICO New York's Culture-Business Report): each
# round-up item opens with its label, the headline it links to and the writer, then the item.
_ROUND_UP = [
    'FAREWELL—"The Living Room to close at the end of December," by Times\' Ben Sisario: '
    '"The Living Room, a no-frills nightclub that gave an early start to Norah Jones and the '
    'Lumineers, will close at the end of the month." http://nyti.ms/1U0Xvbm.',
    "",
    'NOW OPEN—"Pop-up art show strives to confront South Bronx gentrification," by DNAinfo\'s '
    'Eddie Small: "Curators of a pop-up art show in the South Bronx are determined to confront '
    "the area's gentrification fears.\" http://dnain.fo/1HTeElU.",
    "",
    '"Met accused of whitewashing baby Jesus," by Post\'s Kathianne Boniello: "A Manhattan man '
    'is suing the Met, claiming it’s committing sacrilege by depicting Jesus as a blond."',
]


def test_a_round_up_s_linked_headlines_and_bylines_are_cut_off_their_items() -> None:
    cleaned = clean("\n".join(_ROUND_UP))
    assert [d.text for d in cleaned.dropped if d.kind == "heading"] == [
        'FAREWELL—"The Living Room to close at the end of December," by Times\' Ben Sisario:',
        'NOW OPEN—"Pop-up art show strives to confront South Bronx gentrification," by '
        "DNAinfo's Eddie Small:",
        '"Met accused of whitewashing baby Jesus," by Post\'s Kathianne Boniello:',
    ]
    assert cleaned.text.startswith('"The Living Room, a no-frills nightclub')


def test_one_quoted_headline_with_its_writer_is_left_whole() -> None:
    # Alone on its page, the shape is not a series: the paragraph stays as it is.
    lines = [_ROUND_UP[0], "", "He said so.", "", "It was so."]
    assert _dropped(lines) == []


# PolNeAR dev nyt 2016-09-20 (the U.N.'s record): each section's first paragraph opens with a
# headline in title case and its colon.
_SECTIONS = [
    "Little Relief for Refugees: The refugee crisis is precisely the sort of issue the United "
    "Nations was made to tackle: a global problem crying out for a global solution.",
    "",
    "A record 65 million people are displaced worldwide because of conflict, both within their "
    "countries and outside their borders.",
    "",
    "War and Peace.",
    "",
    'Veto Power Impedes Peace Efforts: Eliminating "the scourge of war" is one of the original '
    "goals of the United Nations.",
    "",
    "The Gap Goes On: It was under Mr. Ban's watch that the General Assembly established U.N. "
    "Women, which is dedicated to promoting gender equality.",
]


def test_a_series_of_title_case_headings_is_cut_off_their_sections() -> None:
    cleaned = clean("\n".join(_SECTIONS))
    headings = [d.text for d in cleaned.dropped if d.kind == "heading"]
    assert headings == [
        "Little Relief for Refugees:",
        "War and Peace.",
        "Veto Power Impedes Peace Efforts:",
        "The Gap Goes On:",
    ]
    assert cleaned.text.startswith("The refugee crisis is precisely")


def test_names_before_their_colons_and_a_repeated_label_are_no_headings() -> None:
    # FNC-1 2207: a list of the freed Taliban, each name before its colon (three words);
    # FNC-1 test 2507: the same warning twice is one line repeated, not a series.
    lines = [
        "Abdul Haq Wasiq: Served as the Taliban deputy minister of intelligence in Kabul.",
        "",
        "Mullah Norullah Nori: A senior Taliban commander in the northern city of "
        "Mazar-e-Sharif when the Taliban fought U.S. forces in late 2001.",
        "",
        "Warning Graphic Content Ahead: The video shows a homeless man shot dead by police.",
        "",
        "Warning Graphic Content Ahead: The video shows a homeless man shot dead by police.",
    ]
    assert _dropped(lines) == []


def test_a_count_of_numbered_section_headings_is_dropped() -> None:
    # PolNeAR train politico 2016-02-11 ("5 things to watch in tonight's debate"): numbered
    # headings over sections, the first a noun phrase, the later ones counting on (and asking).
    lines = [
        "Here are POLITICO’s five things to watch for tonight:",
        "",
        "1) The race to be the next black president.",
        "",
        "As soon as the results were counted Tuesday, the competition between Sanders and "
        "Clinton turned into a fight over race.",
        "",
        "2) The art of front-running.",
        "",
        "Clinton has to remind the Democratic Party rank and file why she was the dominating "
        "front-runner for well over a year.",
        "",
        "4) How hard will Clinton attack?",
        "",
        "Clinton faces a conundrum as she considers how to attack Sanders in the debate.",
        "",
        "3) Bernie’s bio.",
        "",
        "Yes, we know that Sanders grew up in a rent-controlled apartment in Brooklyn.",
    ]
    # "4)" does not count on from "2)": it stays; "3)" does.
    assert _dropped(lines) == [
        "1) The race to be the next black president.",
        "2) The art of front-running.",
        "3) Bernie’s bio.",
    ]


def test_a_numbered_list_of_claims_stays_prose() -> None:
    # FNC-1 body 8 (the Washington Post's "what was fake on the Internet this week"): each
    # numbered item is a sentence with its verb, the article's claim.
    lines = [
        "Here's what was fake on the Internet this week:",
        "",
        "1. The Nobel Committee doesn’t regret giving President Obama the Peace Prize.",
        "",
        "The story started on a satirical site and spread across Facebook within a day.",
        "",
        "6. Shakira is not dead.",
        "",
        "A hoax site announced the singer's death, and the rumour spread across social media.",
    ]
    assert _dropped(lines) == []


def test_a_question_set_as_a_statement_goes_on_a_series_of_subheadings() -> None:
    # PolNeAR train wash-post 2016-09-07 (five key trends): "GOP still dominant in the Deep
    # South?" heads a section among the trends' other headings.
    lines = [
        "Five key trends to watch ahead of election.",
        "",
        "The nation's political geography has shifted in several important ways since that "
        "year. Here are five key trends to watch across the states this year.",
        "",
        "Coastal states swing toward Democrats.",
        "",
        "Demographic and ideological shifts have pushed states on the east and west edges of "
        "the nation in Democrats' direction. Bush also won narrower victories in coastal states "
        "that have moved firmly into the Democratic column.",
        "",
        "GOP still dominant in the Deep South?",
        "",
        "Back in 1988, North Carolina, Georgia, Mississippi and Texas were firmly Republican.",
        "",
        "And what about the rest of the country?",
        "",
        "Voters elsewhere have moved less, according to the new poll released this week.",
    ]
    assert _dropped(lines) == [
        "Coastal states swing toward Democrats.",
        "GOP still dominant in the Deep South?",
    ]
