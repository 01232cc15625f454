"""Round 23 (issue 12): an editor's note on emphasis is a note, alone or inside a paragraph;
a heading in headline case that ends in a colon is a heading.

Real lines from FNC-1 train bodies and PolNeAR (named beside each), as they come in the corpora.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._notes import split_emphasis_notes
from tests.shared import dropped_kinds as kinds

# FNC-1 2133: the note alone on its line, under the quotation it speaks of.
QUOTED = (
    "When he was fired, Conal’s employer explained that the reason for the dismissal was an "
    "e-mail from Comcast that summarized conversations between Conal and Comcast employees."
)
AFTER = "Consumerist, never a Comcast-friendly publication to begin with, seethes:"


def test_a_note_on_emphasis_alone_is_a_note() -> None:
    cleaned = clean(f"{QUOTED}\n\nEmphasis added.\n\n{AFTER}\n")
    assert cleaned.text == f"{QUOTED}\n\n{AFTER}"
    assert kinds(cleaned.dropped)["note"] == ["Emphasis added."]


def test_a_note_on_emphasis_inside_a_paragraph_is_cut_out() -> None:
    # FNC-1 2137: the quotation's blockquote was lost and the note ran into the paragraph.
    line = (
        "Namely, the network would be having a domestic violence panel featuring 11 different "
        "voices.  All men.  Our bold emphasis has been added.  On Monday night, a panel on a "
        "two-hour pregame show for Monday Night Football will, among other things, address "
        "domestic abuse."
    )
    cleaned = clean(f"{line}\n")
    assert "emphasis" not in cleaned.text
    assert cleaned.text.startswith("Namely,")
    assert cleaned.text.endswith("address domestic abuse.")
    assert kinds(cleaned.dropped)["note"] == ["Our bold emphasis has been added."]


def test_emphasis_inside_a_sentence_stays() -> None:
    # PolNeAR west-journal 2015-12-16 and FNC-1 test 2584: the bracket is a part of the
    # quotation's sentence, which stays whole.
    for line in (
        "Trump told the Washington Post in a written statement, “I really don’t want Jeb’s "
        "endorsement [emphasis added], because he is a low-energy person.”",
        "For the most part, CBO says, they “will choose not to have insurance because they "
        "chose to be covered by insurance under current law only to avoid paying penalties” "
        "[emphasis added].",
    ):
        assert split_emphasis_notes(line) == (line, [])
    west_journal = (
        "Trump told the Washington Post in a written statement, “I really don’t want Jeb’s "
        "endorsement [emphasis added], because he is a low-energy person.”"
    )
    assert clean(f"{west_journal}\n").text == west_journal


def test_a_heading_in_headline_case_ending_in_a_colon_is_a_heading() -> None:
    # FNC-1 1929: over the fans' posts, set with no blank line around it.
    story = (
        "A self-taught dog trainer, the Mexican American TV show host, is widely known for his "
        "television series, Dog Whisperer with Cesar Millan."
    )
    post = (
        'Meanwhile, Invisible Man @CHADinAMSTERDAM posted: "RIP to Cesar Millan. Dude always '
        'came across as good folks."'
    )
    head = "Social Media Reactions on Cesar Millan Death Hoax:"
    cleaned = clean(f"{story}\n{head}\n{post}\n")
    assert head not in cleaned.text
    assert kinds(cleaned.dropped)["heading"] == [head]


STORY_1349 = "No one can say they knew me as a man or produce a photo of me as a man.”"


def test_a_lead_in_naming_its_source_in_headline_case_stays() -> None:
    # FNC-1 1349 (its definition under its lead-in) and 1071: lead-ins to a quotation,
    # sentences of the story.
    quoted = (
        "A general term used for a variety of conditions in which a person is born with a "
        "reproductive or sexual anatomy that doesn’t seem to fit the typical definitions of "
        "female or male."
    )
    lead = "According to the Intersex Society of America:"
    text = f"{STORY_1349}\n\n{lead}\n\n{quoted}\n"
    assert lead in clean(text).text
    # Round 38: "From" and the source alone, a noun phrase with no clause, is the quoted
    # text's source label, as a "Via" line is (seed 1435's judge; FNC-1 2261, 773, seed 1621's
    # judge); see test_labels_round38.py.
    label = "From the Associated Press:"
    cleaned = clean(f"{STORY_1349}\n\n{label}\n\n{quoted}\n")
    assert label not in cleaned.text
    assert ("label", label) in [(d.kind, d.text) for d in cleaned.dropped]
