"""Round 26 (issue 12): a lone subheading whose section takes up its topic past its first
paragraph, and a subheading closing on a quoted word.

Real paragraphs from PolNeAR wash-post 2015-12-28 ("Russian opposition." over a first
paragraph that names only Moscow, the Russian leadership in the second) and 2016-07-06 ("The
power of 'we.'", the stop inside the quote; its topic taken up in the section's fifth
paragraph). A short sentence alone in its paragraph, with a person's pronoun, stays however
its section goes on (FNC-1 481: "He then beheads Foley."), and so does a question (GUM).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._subheadings import is_subheading
from tests.shared import dropped_kinds as kinds
from tests.unit.test_captions_and_lost_lines import TAX, article

BEFORE = (
    "But the scene at Horgos underlines the fact that the economies of China's Central Asian"
    " neighbors are simply too small to provide much of a stimulus to China's giant financial"
    " system."
)
RUSSIA = [
    "Russian opposition.",
    "China's ambitious Central Asian plans did not go down well, at least initially, in Moscow.",
    '"When China announced its Silk Road plan in Kazakhstan, it was met with a lot of skepticism'
    ' and even fear by the Russian leadership," said Alexander Gabuyev, head of the Russia in the'
    " Asia Pacific Program at the Carnegie Moscow Center.",
    "Russia had long blocked China's attempts to create an infrastructure development bank under"
    " the auspices of the Shanghai Cooperation Organization, a regional body, fearing it would"
    " become a tool for Chinese economic expansion.",
]
FOLEY = [
    "Then the ISIS member makes a statement. Speaking in what may possibly be a British accent,"
    " he identifies Foley and says his death is a direct result of American intervention in"
    " Iraq.",
    '"So any attempt by you Obama, to deny the Muslims of living in safety under Islamic'
    ' caliphate will result in the bloodshed of your people."',
    "He then beheads Foley.",
    "Freelance journalist Steven Joel Sotloff is then shown also in an orange jumpsuit on his"
    " knees.",
    "About 20 minutes after posting the video was removed from YouTube.",
    "According to BuzzFeed, two people who know Foley confirmed that the man in the video looks"
    " and sounds like him.",
]


def test_the_section_takes_up_the_subheading_s_topic_later() -> None:
    cleaned = clean("\n\n".join([BEFORE, *RUSSIA]))
    assert kinds(cleaned.dropped)["heading"] == ["Russian opposition."]
    assert cleaned.text.startswith(f"{BEFORE}\n\nChina's ambitious")


def test_the_stop_inside_a_closing_quote() -> None:
    assert is_subheading("The power of 'we.'", "", series=True)
    # A line in quotes whole is a quotation, not a heading that closes on a quoted word.
    assert not is_subheading("'A change warrior.'", "", series=True)


def test_a_short_sentence_with_a_pronoun_stays() -> None:
    cleaned = clean("\n\n".join(FOLEY))
    assert "heading" not in kinds(cleaned.dropped)
    assert "He then beheads Foley." in cleaned.text


def test_an_interviewer_s_question_stays() -> None:
    # GUM's dungeon interview: the question, then its answer taking up its words.
    lines = [
        "A lot on the web, we've used most of the local city papers, New York Press, things"
        " like that, L Magazine.",
        "In the back of the paper?",
        "Typically in the back of the paper. Magazines constantly change their policy on it;"
        " they want it, they don't want it ...",
        "Who's buying the paper, who's selling the paper. So it changes, so one year we got to"
        " be in the Press, but they have now stopped adult ads.",
    ]
    cleaned = clean("\n\n".join(lines))
    assert "In the back of the paper?" in cleaned.text


def test_an_imperative_item_of_a_listed_proposal_stays() -> None:
    # PolNeAR nyt 2016-10-14: the third of the reforms the op-ed lists as paragraphs under its
    # lead-in, kept with its siblings ("Shorten or eliminate ...", "Ban the use of ..."), though
    # a later paragraph of its section opens with a word of it ("Depreciation schedules ...").
    cleaned = clean(
        article(
            [
                *TAX,
                "No wonder: Depreciation, which allows businesses to write off the value of fixed"
                " assets over time, is the largest noncash charge that can be used to offset"
                " income.",
                "Depreciation schedules could be lengthened to reflect the reality that little,"
                " if any, real estate is worthless at the end of the current schedule, Ms."
                " Batchelder said.",
            ]
        )
    )
    assert "Limit depreciation deductions." in cleaned.text
