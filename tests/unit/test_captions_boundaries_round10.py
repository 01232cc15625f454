"""Captions, boundaries and merges, round 10 (issue 12, `fix/seg50`).

Real lines from FNC-1 train bodies and PolNeAR texts (named beside each), in the layout they
come in (a blank line between paragraphs); some articles are cut to the paragraphs that matter.
Each rule has a test on the line it was made for and one on a nearby line that must stay.
"""

from __future__ import annotations

from annotate.corpus._captions import goes_on_story, opens_agency_caption
from annotate.corpus._clean import Dropped, clean
from annotate.corpus._segment import split_sentences


def captions(dropped: list[Dropped]) -> list[str]:
    return [d.text for d in dropped if d.kind == "caption"]


def article(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


# FNC-1 body 2068 (Daily Mail), lines 7-13 and 49-55: a long labelled caption with its photo
# word marks the page as one that sets captions without a label; the story's paragraph that
# lost its stop reports a statement, and the next paragraph refers back to it.
AQAP = [
    (
        "The news comes as Al Qaeda in the Arabian Peninsula sought to mend its strained "
        "relations with ISIS, urging all jihadist groups operating in the Middle East to unite "
        "under the common cause of fighting against Western 'crusader' armies."
    ),
    (
        "Fighter: It is not clear if ISIS' jets are equipped with weaponry nor if the pilots are"
        " able to fly long distances, but witnesses said the planes appear to have been seized "
        "from the Syrian Air Force (pictured)"
    ),
    (
        "Show of strength: ISIS militants take part in a military parade along the streets of "
        "Raqqa earlier this year"
    ),
    (
        "News of the test flights comes as Al Qaeda - which has previously condemned ISIS for "
        "being too brutal - ostensibly sought to repair ties with Abu Bakr al-Baghdadi's group."
    ),
    (
        "In a statement released today, Al Qaeda in the Arabian Peninsula - the notorious terror"
        " collective's Yemen-based franchise - urged jihadists throughout the Middle East to put"
        " their differences aside, according to Charlie Winter, a researcher on jihad at "
        "counter-terrorism think-tank Quilliam"
    ),
    (
        "The document is understood to have called for Al Qaeda - who are represented in Syria "
        "by the Nusra Front and Khorasan terror groups - to stop fighting with ISIS."
    ),
]


def test_a_paragraph_reporting_a_statement_without_its_stop_is_kept() -> None:
    cleaned = clean(article(AQAP))
    assert "In a statement released today, Al Qaeda" in cleaned.text
    # The page's labelled captions still go.
    assert len(captions(cleaned.dropped)) == 2


# FNC-1 body 1429 (Daily Mail), lines 41, 63 and 65: on the same kind of page, a caption
# without a label between the story's paragraphs still goes.
PALER = [
    (
        "Twist: The short film sees 'serial prankster' Josh Paler Lin give $100 to a beggar "
        "named Thomas in Los Angeles, California - only for him to walk into a Liquor Mart "
        "(left) and buy food for his struggling friends (right)"
    ),
    (
        "After shopping at the Mart, Thomas was filmed emerging with bags filled with food, "
        "before going straight to a park, where he handed out the goods to a number of homeless "
        "people."
    ),
    (
        "Wit his new look and wardrobe, Thomas was treated to a buffet meal at the end of the "
        "day by Paler Lin"
    ),
    (
        "However, the user questioned the beggar's choice of a Liquor Mart a 34-minute walk "
        "away for his food shop, saying: 'It seems like an odd coincidence'."
    ),
]


def test_a_bare_caption_on_a_page_of_long_labelled_captions_still_goes() -> None:
    cleaned = clean(article(PALER))
    assert any(c.startswith("Wit his new look") for c in captions(cleaned.dropped))
    assert "After shopping at the Mart" in cleaned.text


def test_reported_speech_goes_on_the_story() -> None:
    assert goes_on_story("In an interview with CNN, the senator said he would not run again")
    assert not goes_on_story("Pro-ISIS supporters wave flags as they parade through Mosul in Iraq")


# FNC-1 body 805 (Daily Mail), lines 21-25: a caption that places its subject in the middle of
# the frame.
KUMAR = [
    (
        "But the police have called for those responsible to come forward, saying people can't "
        "take the law into their 'own hands'."
    ),
    (
        "Kumar, middle, is stripped naked and awaits his fate, as locals record the punishment "
        "he is about to face"
    ),
    (
        "The spokesman said: 'As deplorable as these crimes are, law and order has to be "
        "maintained, and not lynch justice."
    ),
]


def test_a_caption_placing_its_subject_in_the_middle_goes() -> None:
    cleaned = clean(article(KUMAR))
    assert captions(cleaned.dropped) == [KUMAR[1]]
    assert "But the police have called" in cleaned.text


# FNC-1 body 1970 (AP), lines 13-19: the agency's caption that opens "In this photo provided
# by ...", two sentences, with its picture's credit.
GREWAL = (
    "In this photo provided by Conservative MP Nina Grewal, members of Parliament barricade "
    "themselves in a meeting room on Parliament Hill in Ottawa, Canada, Wednesday, Oct. 22, "
    "2014, after shots were fired in the building. A gunman with a scarf over his face shot to "
    "death a Canadian soldier standing guard at the nation's war memorial Wednesday, then "
    "stormed Parliament in a hail of gunfire before he was killed by the usually ceremonial "
    "sergeant-at-arms, authorities and witnesses said. (AP Photo/The Canadian Press, Nina "
    "Grewal)"
)
WITNESSES = (
    "Witnesses said the gunman who killed a soldier at the National War Memorial before "
    "entering Parliament and firing off more shots was dressed in all black and wearing a "
    "scarf around his face."
)


def test_an_agency_caption_opening_in_this_photo_with_its_credit_goes() -> None:
    cleaned = clean(article([WITNESSES, GREWAL]))
    assert "In this photo" not in cleaned.text
    assert "A gunman with a scarf" not in cleaned.text
    assert "Witnesses said the gunman" in cleaned.text


def test_the_agency_opening_is_not_any_photo_mention() -> None:
    assert opens_agency_caption("In this photo taken Oct. 28, 2014, two Jordanian men walk")
    # FNC-1 test body 290: the story's sentence about a photo.
    assert not opens_agency_caption(
        "In a photo of the man, bruises and injuries can be seen on his hands, head and chest."
    )


# FNC-1 body 1554 (Daily Mail), line 57: a labelled caption whose text opens with a figure.
def test_a_labelled_caption_opening_with_a_figure_goes() -> None:
    loss = (
        "Loss: 24-year-old Carillo served with the Argyll and Sutherland Highlanders in "
        "Hamilton, Ontario"
    )
    prose = (
        "A shootout unfolded and Zehaf-Bibeau was killed by Sergeant-At-Arms Kevin Vickers, who"
        " worked for the RCMP for 29 years before joining the Parliament in 2006."
    )
    cleaned = clean(article([prose, loss, prose.replace("A shootout", "Then a shootout")]))
    assert captions(cleaned.dropped) == [loss]
    # A source's field over a short figure is not taken for a caption (FNC-1 521).
    assert "caption" not in [d.kind for d in clean(article([prose, "Via: 9to5mac"])).dropped]


# FNC-1 body 512 (IBTimes), lines 1-5: a caption with its picture's credit glued to its stop.
def test_a_caption_with_its_credit_glued_to_its_stop_goes() -> None:
    lead = (
        'Fans of "Star Wars" may not have to wait until December to watch "The Force Awakens",'
        " as a new report states that director JJ Abrams wants to release the movie this summer."
    )
    caption = (
        "'Star Wars: The Force Awakens' might hit the theaters in summer along with 'Jurassic "
        "World' and 'The Avengers: Age of Ultron'.Facebook/Star Wars"
    )
    cleaned = clean(article([lead, caption]))
    assert "Facebook/Star Wars" not in cleaned.text
    assert "might hit the theaters" not in cleaned.text
    assert "Fans of" in cleaned.text


# PolNeAR west-journal 2015-12-10: a state's abbreviation before an office.
def test_a_state_abbreviation_before_a_title_does_not_end_the_sentence() -> None:
    line = (
        "In head-to-head matchups against Clinton, Rubio tops Clinton 41-40; Clinton ties "
        "former Fla. Gov. Jeb Bush at 41-41; Clinton ties N.J. Gov. Chris Christie at 40-40, "
        "and Clinton beats Cruz 42-40."
    )
    assert split_sentences(line) == [line]
    # After a city and a comma, the state may end the sentence.
    assert split_sentences("He lives in Miami, Fla. Gov. Rick Scott said so.") == [
        "He lives in Miami, Fla.",
        "Gov. Rick Scott said so.",
    ]


# FNC-1 body 1500 (Gawker): two sentences in an editor's bracketed update.
def test_sentences_in_square_brackets_are_cut() -> None:
    first = (
        "[UPDATE: ESPN publicist Josh Krulewitz tells our sister site Deadspin that despite "
        "Esquire's report from the 26th, tonight's programming \"was never going to be\" a "
        "panel on domestic violence."
    )
    second = 'Krulewitz says it\'s a "regular episode of Countdown, hosted by Suzy Kolber."]'
    assert split_sentences(f"{first} {second}") == [first, second]
    # A bracketed list of short items stays one aside.
    assert split_sentences("[Yes. No. Maybe.]") == ["[Yes. No. Maybe.]"]


# FNC-1 body 1002: a stop with no space before "A".
def test_a_stop_glued_before_the_word_a_ends_the_sentence() -> None:
    assert split_sentences(
        "It drew on interviews with competitors and colleagues.A rival biopic, titled Jobs, "
        "was released in 2013."
    ) == [
        "It drew on interviews with competitors and colleagues.",
        "A rival biopic, titled Jobs, was released in 2013.",
    ]
    assert split_sentences("It was made in the U.S.A and sold here.") == [
        "It was made in the U.S.A and sold here."
    ]


# PolNeAR huff-post 2016-05-02 (HuffPollster): the last letter of a range of letters.
def test_the_last_letter_of_a_range_ends_the_sentence() -> None:
    assert split_sentences(
        "The others are identified only by letters A through I. Survey I consistently showed "
        "less bias than any of the other samples."
    ) == [
        "The others are identified only by letters A through I.",
        "Survey I consistently showed less bias than any of the other samples.",
    ]
    assert split_sentences("The memo was signed by John A. Smith and sent on.") == [
        "The memo was signed by John A. Smith and sent on."
    ]
