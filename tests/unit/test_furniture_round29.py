"""Round 29 (issue 12): furniture the judges of round 27's pool (seeds 1501-1509) found kept.

Real lines from FNC-1 bodies and PolNeAR texts; each test pairs the furniture with prose of
the same shape that must stay a sentence.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._credits import is_reporters_line
from annotate.corpus._notes import is_note, split_lead_note
from annotate.corpus._numbered import item_number
from annotate.corpus._widgets import is_widget_line
from tests.shared import dropped_kinds as kinds

RICE = (
    "Cuban officials told news media in Havana that no press conference had been called.\n\n"
    "___\n\n"
    "Associated Press writer John Rice contributed from Mexico City."
)


def test_a_writer_who_contributed_from_a_place_is_a_credit() -> None:
    # FNC-1 2251: AP's credit names where its writer worked, not what was contributed.
    assert kinds(clean(RICE).dropped)["credit"] == [
        "Associated Press writer John Rice contributed from Mexico City."
    ]
    # One capitalised word before the verb may be the subject of a sentence of the story.
    assert not is_reporters_line("Donors contributed from Texas and Ohio.")
    assert not is_reporters_line("Smith contributed from his own savings to the campaign.")


BRATTON = (
    "Thompson said the policy change was meant to avoid giving criminal records.\n\n"
    '"Our police officers must enforce the laws of the State of New York uniformly throughout'
    " all five boroughs of the City. Accordingly, the Kings County policy change will not"
    ' result in any changes in the policies and procedures of the NYPD."\n'
    "Bill Bratton, New York City police commissioner\n"
    "Bratton said in a statement on July 8 that police officers will continue to enforce the law."
)


def test_a_name_set_close_under_a_quotation_paragraph_is_its_credit() -> None:
    # FNC-1 1802 (and 968's "H.M. Davenport, Navarro County Judge"): the block quote stays.
    cleaned = clean(BRATTON)
    assert kinds(cleaned.dropped)["credit"] == ["Bill Bratton, New York City police commissioner"]
    assert "Our police officers must enforce" in cleaned.text


def test_a_line_under_a_quotation_that_is_not_a_name_stays() -> None:
    # A sentence that lost its stop: its second word is no name's.
    after = "\n\nThe club will parade the trophy through the city on Sunday afternoon."
    text = '"We won the title."\nSmith said the team trained hard all season' + after
    assert "Smith said the team" in clean(text).text
    # A blank line between: the name is no block quote's credit.
    text = '"We won the title."\n\nBill Bratton, New York City police commissioner' + after
    assert "credit" not in kinds(clean(text).dropped)


PARIS = (
    "She called for a redoubling of efforts to transition to a clean energy economy.\n\n\n\n"
    "Historic Climate Change Agreement Adopted In Paris\n"
    "The Paris Climate Agreement Is One Huge Step For Mankind\n"
    "Speaking with One Voice to Solve the Climate Crisis\n"
    "Work Starts Tomorrow, But For Today, Congratulations."
)


def test_a_related_headline_with_a_stop_closing_a_run_of_them_is_one() -> None:
    # PolNeAR huff-post 2015-12-12: the box's last headline ends with a stop.
    assert kinds(clean(PARIS).dropped)["headline"][-1] == (
        "Work Starts Tomorrow, But For Today, Congratulations."
    )


def test_a_last_sentence_after_a_run_of_headlines_stays() -> None:
    # In sentence case, or after a blank line, the last line is the story's.
    for last in (
        "Work starts tomorrow, but for today, congratulations.",
        "\nWork Starts Tomorrow, But For Today, Congratulations.",
    ):
        text = PARIS.rsplit("\n", 1)[0] + "\n" + last
        assert "Congratulations" not in " ".join(kinds(clean(text).dropped)["headline"])


FEARS = (
    "On Sunday, the Libyan government announced that they had lost control of the capital.\n\n"
    "Fighters from Al-Qaeda affiliated group Libyan Dawn pose on top of a heavily armoured truck"
    " as Tripoli Airport burns in the background following fighting there last month\n\n"
    "Fears: Nearly a dozen commercial planes are missing in Libya after a radical Islamic group"
    " overtook the international airport in the capital of Tripoli late last month.\n\n"
    "Aftermath: Tripoli International Airport was overtaken by the group Libyan Dawn last month"
    " and now 11 aircraft for Libyan Airlines and Afriqiyah Airways are missing\n\n"
    "Moroccan military expert Abderrahmane Mekkaoui told Al Jazeera television after the airport"
    " attack that the planes had been taken by another Islamic group."
)
EVIL = (
    "But it was revealed today that it has been recruiting foreign doctors for months.\n\n"
    "Lucrative: The terror organisation even set up a specialist organ-smuggling division whose"
    " sole responsibility is to sell human hearts, livers and kidneys\n\n"
    "Evil: The jihadist group has until now filled its $2million-a-year war chest through a"
    " variety of shadowy sources including oil production.\n\n"
    "The shocking news was revealed in a report by al-Monitor news website."
)


def test_a_labelled_caption_with_its_stop_next_to_a_labelled_caption_is_one() -> None:
    # FNC-1 1958 (the labelled sibling after it) and test 1067 (before it).
    assert "Fears: Nearly a dozen" in " ".join(kinds(clean(FEARS).dropped)["caption"])
    assert "Evil: The jihadist group" in " ".join(kinds(clean(EVIL).dropped)["caption"])


def test_a_labelled_paragraph_among_the_storys_stays() -> None:
    # No labelled caption next to it: the story's paragraph.
    text = FEARS.replace("Aftermath:", "Aftermath")
    assert "Fears: Nearly a dozen" in clean(text).text
    # A story paragraph between the label and the caption.
    text = EVIL.replace("\n\nEvil:", "\n\nThe report was published on Monday.\n\nEvil:")
    assert "Evil: The jihadist group" in clean(text).text
    # A speaker's lead-in is no label.
    text = EVIL.replace("Evil: The jihadist", "He explained: The jihadist")
    assert "He explained: The jihadist" in clean(text).text
    # The story's first line: a place and a colon is its dateline (FNC-1 2283).
    text = (
        "Wanted: Islamic State group chief Abu Bakr al-Baghdadi delivers a sermon at a mosque"
        " in Iraq in July. Photo: AP\n\n"
        "Beirut: The second wife of Islamic State leader Abu Bakr al-Baghdadi is under"
        " interrogation in military detention in Lebanon, security officials revealed.\n\n"
        "It is unclear whether she was fleeing the self-proclaimed caliph, experts said."
    )
    assert "Beirut: The second wife" in clean(text).text


def test_a_bracketed_call_to_follow_a_writer_for_updates_is_a_call() -> None:
    # FNC-1 2281 (seed 1520, read by the lead on 6ea03b7): the network is unnamed.
    text = (
        "Parliament Hill is in lockdown after shots were fired in the building today.\n\n"
        "(Follow The Globe's Josh Wingrove (@josh_wingrove) for updates.)\n\n"
        "Eyewitnesses said an armed man emerged at the war memorial and fired."
    )
    assert kinds(clean(text).dropped)["call"] == [
        "(Follow The Globe's Josh Wingrove (@josh_wingrove) for updates.)"
    ]
    # The story's sentence that says who follows whom stays.
    text = text.replace("(Follow The", "Reporters follow The").replace("updates.)", "updates.")
    assert "call" not in kinds(clean(text).dropped)


def test_a_rankings_first_item_with_last_weeks_rank_is_an_item() -> None:
    # PolNeAR usa-today 2015-11-25 (seed 1521, read by the lead on 6ea03b7).
    assert item_number("1. Donald Trump (Last week: 2.)") == 1
    assert item_number("2. Marco Rubio (1.)") == 2
    # The aside does not make a sentence a name.
    assert item_number("1. Trump leads the field (polls show)") is None


def test_a_pointer_or_a_link_element_in_brackets_is_furniture() -> None:
    # PolNeAR huff-post 2016-06-17 (seed 1521): the page's pointer to its embed, and the
    # Storify link under the story, each set in brackets.
    before = "Sexton tweeted his observations of the rally as he lined up outside the venue.\n\n"
    after = "\n\nSexton, a creative writing professor, said he holds his roots dear."
    pointer = "(See Sexton’s full timeline of the Trump rally below.)"
    assert kinds(clean(before + pointer + after).dropped)["link"] == [pointer]
    link = (
        "[<a href=”https://storify.com/case_face/a-trump-rally” target=”_blank”>A Trump Rally"
        " in Greensboro (with tweets)</a>.]"
    )
    assert kinds(clean(before + link + after).dropped)["markup"] == [link]
    # A bracketed aside of the story's stays.
    aside = "(Mr. Podesta is now the chairman of Mrs. Clinton's presidential campaign.)"
    assert aside in clean(before + aside + after).text


def test_a_wires_revision_note_and_contact_labels_are_furniture() -> None:
    # FNC-1 343 (seed 1513's judge): Bloomberg's foot.
    text = (
        "Obama said so on Monday in a statement to reporters.\n\n"
        "(Updates with comment from Saudi embassy in third paragraph.)\n\n"
        "To contact the author on this story:\nJosh Rogin at joshrogin@bloomberg.net\n\n"
        "To contact the editor on this story:\nTobin Harshaw at tharshaw@bloomberg.net"
    )
    dropped = kinds(clean(text).dropped)
    assert dropped["note"] == ["(Updates with comment from Saudi embassy in third paragraph.)"]
    assert dropped["call"] == [
        "To contact the author on this story:",
        "To contact the editor on this story:",
    ]
    # Reuters sets the note over its byline and dateline: the story goes on after it.
    line = "(Updates with victim killing scorpion) A scorpion stung a passenger on a flight."
    assert split_lead_note(line) == (
        "(Updates with victim killing scorpion)",
        "A scorpion stung a passenger on a flight.",
    )
    # A story's own bracket that opens with such a word stays.
    assert not is_note("(Adds to that the fact that he lied.) He did.")
    assert split_lead_note("(Adds up to $5 million) said the report.") == (
        "",
        "(Adds up to $5 million) said the report.",
    )


def test_a_wires_photo_licence_lines_and_a_share_bar_are_furniture() -> None:
    # FNC-1 1832 (RNS, seed 1510's judge).
    text = (
        "14.3K 3077reddit70  32\n\n"
        "When Pope Francis recently sought to comfort a distraught boy, the pontiff did so.\n\n"
        "Pope Francis greets a crowd on his way to a meeting. RNS photo by David Gibson\n"
        " This image is available for Web and print publication. For questions, contact Sally"
        " Morrow.\n\n"
        "It was a sparkling moment on a rainy November day in the square."
    )
    cleaned = clean(text)
    assert cleaned.text.startswith("When Pope Francis")
    assert "available for Web" not in cleaned.text and "Sally Morrow" not in cleaned.text
    # Prose about sharing, with figures, stays.
    assert (
        "shared 14,000 times"
        in clean(
            "The post was shared 14,000 times on Facebook by Monday.\n\nMore text of the story."
        ).text
    )


def test_a_note_the_story_quotes_under_its_lead_in_stays() -> None:
    # FNC-1 648 (seed 1512's judge): a story about corrections quotes the BBC's.
    text = (
        "The BBC re-wrote its article within days of the inquiry.\n\n"
        "The following correction was added:\n\n"
        '"Correction 9 December 2014: An earlier version of this story said the post came from'
        ' the official CCTV website. The post was actually from a satirical news site."'
    )
    assert "An earlier version of this story" in clean(text).text
    # The page's own note, with no lead-in over it, goes.
    text = text.replace("The following correction was added:\n\n", "")
    assert "note" in kinds(clean(text).dropped)


def test_a_link_under_a_pointer_glyph_is_a_widgets() -> None:
    # FNC-1 2255 (seed 1511's judge); a line ended as a sentence after the glyph is left.
    assert is_widget_line("» More Kim Kardashian: The 31 Best Instagram Posts By Celebs At The")
    assert not is_widget_line("» The rapper is still eligible to win a Grammy.")
