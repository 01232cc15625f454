"""Captions without a label, told by their photo words or by the page's captions (issue 12,
`fix/seg11`).

Real lines, from FNC-1 train and test bodies (named beside each), in the layout they come in.
"""

from __future__ import annotations

import pytest

from annotate.corpus._captions import (
    ends_on_photo_date,
    is_asked_caption,
    is_credit_led_caption,
    is_credited_caption,
    is_cut_stop,
    is_dated_caption,
    is_doubled,
    is_labelled_picture,
    is_photo_caption,
    names_picture,
    opens_entry,
    points_to_video,
)
from annotate.corpus._clean import Dropped, clean


def captions(dropped: list[Dropped]) -> list[str]:
    return [d.text for d in dropped if d.kind == "caption"]


# FNC-1 1468 (seed 1206's hand check), lines 21-31 and 41: an AP story on the Daily Mail's page,
# whose captions have no final mark; two of them repeat a body sentence, one with "(pictured)".
BAGHDADI = (
    "In Lebanon, a military expert was killed and two others wounded Wednesday when a bomb they "
    "were about to dismantle near the border with Syria exploded, the army said.\n\n"
    "The explosion comes a day after an ambush by suspected Islamic militants in the same area "
    "killed six soldiers and wounded one.\n\n"
    "In Lebanon, a military expert was killed and two others wounded Wednesday when a bomb they "
    "were about to dismantle near the border with Syria exploded. Lebanese soldiers are pictured "
    "here patrolling the area\n\n"
    "Lebanese troops (pictured) have been battling Syria-based Islamic militants, including "
    "the extremist Islamic State group and the al-Qaida-linked Nusra Front, in areas near the "
    "border\n\n"
    "No one has so far claimed responsibility for Tuesday's ambush or for planting the bomb that "
    "was discovered Wednesday.\n\n"
    "Lebanese troops have been battling Syria-based Islamic militants, including the extremist "
    "Islamic State group and the al-Qaida-linked Nusra Front, in areas near the border.\n\n"
    "The video was released online this week by a group purporting to be IS supporters. It "
    "shows a gunman pulling up beside a vehicle and firing at the driver.\n\n"
    "Lebanese army special forces in armored personnel carriers patrol near the area militants "
    "ambushed Lebanese soldiers\n"
)


def test_a_tabloids_captions_without_a_mark_are_not_tasks() -> None:
    paragraphs = BAGHDADI.strip().split("\n\n")
    cleaned = clean(BAGHDADI)
    # The two captions with photo words, and the last one, in the page's caption shape.
    assert captions(cleaned.dropped) == [paragraphs[2], paragraphs[3], paragraphs[7]]
    assert cleaned.text.split("\n\n") == [paragraphs[i] for i in (0, 1, 4, 5, 6)]


def test_the_caption_shape_alone_is_not_a_caption() -> None:
    # The same unmarked line, in a story that has set no caption: a sentence that lost its
    # mark is kept (FNC-1 1743's "... not to join the fight against Kony's" is one).
    paragraphs = BAGHDADI.strip().split("\n\n")
    raw = "\n\n".join([paragraphs[0], paragraphs[1], paragraphs[7]])
    assert clean(raw).dropped == []


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1468: an AP photo's caption, on the Daily Mail's page.
        "This file image made from video posted on a militant website purports to show the "
        "leader of the Islamic State group, Abu Bakr al-Baghdadi, delivering a sermon at a "
        "mosque in Iraq",
        # FNC-1 2207: places in the frame.
        "Mohammad Fazzi (left) and Mullah Norullah Nori (right)",
        # FNC-1 test 1914: the photo's words in brackets at the end.
        "According to reports the student may have escaped his captors, but it is not known if "
        "he was recaptured or if he is hiding somewhere in France (Kim Jong-un pictured on a "
        "visit to a fish factory in North Korea)",
        # FNC-1 194 and test 253: a participle right after its subject, and a full stop.
        "ISIS jihadists seen here waving the Islamic State's trademark black flags and moving "
        "around on bikes and cars in Syria's Raqqa.",
        "Abu Bakr al-Baghdadi pictured in a propaganda video earlier this year.",
        # FNC-1 1063 (seed 1233) and 2170 (seed 1228): the frame's places abbreviated, the
        # second a German paper's ("links").
        "The 12-inch MacBook Air (L) is much slimmer than its 11-inch counterpart (R)",
        "BILD reporter Ivo Scepanovic (l.) Has taken the gynecologist Nenad Babic in Banja Luka",
    ],
)
def test_captions_by_their_photo_words(line: str) -> None:
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 2022: a lead-in to an embedded picture ends in a colon.
        "Chosun Ilbo’s report also said that Kim was believed to be wearing shoes with Cuban "
        "heels. Kim is shown below wearing such shoes in a 2012 appearance with his wife, "
        "Ri Sol-ju:",
        # FNC-1 1251 and test 770: the story's passive and an object after the verb.
        "Former Sydney resident Mohamed Elomar, who was pictured holding up the severed heads of "
        "two dead soldiers earlier this year, posted two sick tweets following the attack.",
        "Last month, it was reported that Pyongyang flew in a French surgeon to operate on Kim "
        "Jong-un’s feet after state media pictured him walking with a cane.",
        # FNC-1 1009: the Daily Mail's prose uses "(pictured)" too, and ends its sentences.
        "Six months before he shot and killed unarmed teenager Michael Brown, police Officer "
        "Darren Wilson (pictured) earned a commendation for his “extraordinary effort in the "
        "line of duty.”",
        # A party's initial, without the frame's left: no caption (invented).
        "Sen. John McCain (R) and Sen. Jeff Flake (R) voted against the bill",
    ],
)
def test_prose_with_photo_words(line: str) -> None:
    assert not is_photo_caption(line)


# FNC-1 59, lines 1-5 and 9-13: the caption under the video says the second sentence again,
# without its mark and its first word; the labelled caption over it was dropped before.
YETI = (
    "This is the moment a group of Russians captured video footage of what they believed was a "
    "Yeti walking through the woods.\n\n"
    "The footage shows a 'bear-like' figure covered in hair emerging from an area of "
    "snow-covered trees in the south-western Adygeya Republic before disappearing again seconds "
    "later.\n\n"
    "A team had set out in search of the mysterious creature after local television reported "
    "that it had been sighted in a remote region an hour's drive away from the city of "
    "Adygeisk.\n\n"
    "Sighting: A team of Russians believe they have captured footage of the elusive Yeti in a "
    "remote patch of woodland\n\n"
    "Footage shows a 'bear-like' figure covered in hair emerging from an area of snow-covered "
    "trees in the south-western Adygeya Republic before disappearing again seconds later\n\n"
    "They said they had questioned residents at a mountainside lodge who claimed to have seen "
    "it.\n"
)


def test_a_caption_that_says_a_sentence_of_the_story_again_is_not_a_task() -> None:
    paragraphs = YETI.strip().split("\n\n")
    cleaned = clean(YETI)
    assert captions(cleaned.dropped) == [paragraphs[3], paragraphs[4]]
    assert cleaned.text.split("\n\n") == [paragraphs[i] for i in (0, 1, 2, 5)]


def test_a_sentence_said_twice_with_its_marks_is_kept() -> None:
    # Only the copy without a mark is the page's: a story that says a sentence twice, both
    # times as a sentence, keeps both (the later one would be a duplicate if it were equal).
    paragraphs = YETI.strip().split("\n\n")
    raw = "\n\n".join([paragraphs[1], paragraphs[2], paragraphs[4] + "."])
    assert clean(raw).dropped == []


# FNC-1 218, lines 3-9 (seed 1430's judge): the Daily Mail's caption says the lead again with
# its phrases in another order (the address first in the story, last in the caption).
POPE = (
    "Speaking at his weekly address in the Vatican's St. Peter's Square, Pope Francis "
    "confirmed that there is a place in heaven for our furry friends, along with 'all of God's "
    "creatures.'\n\n"
    "The head of the Catholic Church had been attempting to console a distraught young boy who "
    "was mourning the death of his dog, according to Time magazine.\n\n"
    "Pope Francis confirmed that there is a place in heaven for dogs and 'all of God's "
    "creatures' during his weekly address in the Vatican's St. Peter's Square\n\n"
    "The statement is at odds with conservative Roman Catholic theology which states that "
    "animals cannot go to heaven because they have no souls.\n"
)


def test_a_caption_that_says_a_sentence_again_in_another_order_is_not_a_task() -> None:
    paragraphs = POPE.strip().split("\n\n")
    cleaned = clean(POPE)
    assert captions(cleaned.dropped) == [paragraphs[2]]
    assert cleaned.text.split("\n\n") == [paragraphs[i] for i in (0, 1, 3)]


def test_a_line_sharing_a_sentences_words_but_few_of_its_phrases_is_kept() -> None:
    # The same words, shuffled out of the sentence's phrases: not a copy of it.
    paragraphs = POPE.strip().split("\n\n")
    shuffled = (
        "Pope Francis spoke of heaven during the weekly address while dogs and God's creatures "
        "filled St. Peter's Square in the Vatican"
    )
    raw = "\n\n".join([paragraphs[0], shuffled, paragraphs[3]])
    assert captions(clean(raw).dropped) == []


# fix/seg17: the shapes of the unseen draws 1213-1215 (segjudge2), each as a family.


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 296 and test 496: a caption and its copy glued where the markup went.
        "Apple's mid-range smartwatch will likely start at $500Apple's mid-range smartwatch will "
        "likely start at $500",
        "Citigroup analyst thinks Apple Watch Edition will cost $950, not $5,000Citigroup analyst "
        "thinks Apple Watch Edition will cost $950, not $5,000",
        # FNC-1 test 278: the copies a space apart.
        "Girl destroys boyfriends penis in acid attack after video of them having sex goes viral "
        "Girl destroys boyfriends penis in acid attack after video of them having sex goes viral",
    ],
)
def test_a_line_that_is_one_text_twice_is_a_caption(line: str) -> None:
    assert is_doubled(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == [line]


def test_a_doubled_caption_with_a_label_between_and_a_credit_after() -> None:
    # FNC-1 1678, line 13: the Mirror's "UH-OH:" label between the copies, "[AP]" after them.
    line = "And he will find you...UH-OH: And he will find you... [AP]"
    cleaned = clean(f"{BODY}\n\n{line}\n\n{AFTER}")
    assert captions(cleaned.dropped) == [line]
    assert cleaned.text == f"{BODY}\n\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        # A paragraph that says a phrase twice is not one text twice.
        "The footage has already sparked debate. The footage has already sparked debate, and more.",
        # A rule of dashes (FNC-1 862) is no text.
        "-" * 113,
    ],
)
def test_lines_that_repeat_a_piece_are_not_doubled(line: str) -> None:
    assert not is_doubled(line)


# FNC-1 1190, lines 3 and 7: a paragraph of the story before the line tried, one after it.
BODY = (
    "Big Bank Hank, one of the founding members of iconic 1980s hip hop group The Sugarhill "
    "Gang, died early Tuesday morning after a battle with cancer. He was 57."
)
AFTER = (
    "“So sad to hear of our brother’s passing,” wrote fellow group members Wonder Mike and "
    "Master Gee in a statement to TMZ."
)


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 59 (seed 1215): a question for a label; pysbd cut it off as a sentence.
        "Big foot? Some have suggested the video was just a stunt to bring in tourists while "
        "others are convinced this was the first proof that the yeti exists in the area",
        # FNC-1 2207, 2278 and test 1632: questions and exclamations, one with two sentences.
        "Worth it? The men were swapped in exchange for U.S. prisoner Bowe Bergdahl in May",
        "I'm alive! Judd Nelson, 55, poses with front page of today's L.A. Times to confirm that "
        "he is alive despite internet rumors circulating about his death",
        "Hoax? It is shaped like an edible crab, a species that is commonly found in British "
        "water but normally grows to no more than 10 inches. Some claim that the incredible "
        "image is simply a playful hoax",
    ],
)
def test_a_caption_under_a_label_that_asks_or_exclaims(line: str) -> None:
    assert is_asked_caption(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == [line]


def test_a_question_put_to_the_reader_is_no_label() -> None:
    # FNC-1 168: the writer's own question, then a call (see test_reader_calls).
    line = (
        "Do you disagree? Check out my counterpoint, “The Case Against the $10,000 Gold Apple"
        " Watch Edition“"
    )
    assert not is_asked_caption(line)


def test_a_short_question_answered_in_a_sentence_is_prose() -> None:
    line = "Worth it? The men were swapped in exchange for U.S. prisoner Bowe Bergdahl in May."
    assert not is_asked_caption(line)
    assert clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped == []


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1190 (seed 1215): a gallery's captions that place the people in the frame.
        "From left, Wonder Mike, Master G and Big Bank Hank perform live circa 1979.",
        "Big Bank Hank, left, leaves behind fellow group members Wonder Mike, ceinter, and "
        "Master G, right.",
        # FNC-1 1293 and test 123.
        "Kayla Mueller, left, with her mother Marsha Mueller in undated family photo.",
        "From left to right, Fatima, Seema and Reza Gul battled for seven hours against Taliban "
        "forces after they attacked a police checkpoint, manned by Reza's son",
        # FNC-1 962 (seed 1215) and 2149: one bracket for two photos, no final mark.
        "From Yorkshire to Iraq: Security guard Yasir Abdulla (left near his home and right "
        "patrolling the border of his home town of Sheikhan, Iraq) joined hundreds of fighters "
        "trying to stop the spread of ISIS",
    ],
)
def test_captions_that_place_people_in_the_frame(line: str) -> None:
    assert is_photo_caption(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 test 1286 and PolNeAR's Breitbart: "right" as an answer.
        "Um, right.",
        "“That’s right, Donald — USA, baby,” Melanie said to the Republican nominee for "
        "president, who began his speech by marveling at all the Americans who had gotten him "
        "here.",
        # PolNeAR wash-post 2016-01-20: "left" as a verb after a name.
        "The merger opened opportunities for HP that helped the company survive. But its "
        "fortunes truly turned only after Fiorina left, leaving some to question whether she or "
        "her replacement, Mark Hurd, deserved credit.",
    ],
)
def test_right_and_left_in_prose(line: str) -> None:
    assert not is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1190 (seed 1215): the gallery's captions without a place in the frame.
        "Big Bank Hank performs during the Justin Timberlake and Friends Old School Jam concert "
        "benefiting Shriners Hospitals for Children at the Planet Hollywood Theater for the "
        "Performing Arts in October 2011 in Las Vegas.",
        "Big Bank Hank poses for a portrait at Sugar Hill Records in January 1984 in "
        "Englewood, N.J.",
        # PolNeAR huff-post 2016-11-02 and FNC-1 1472: the agencies' dated captions.
        "President Barack Obama arrives to speak during a campaign event for Democratic "
        "Presidential nominee Hillary Clinton in Columbus, Ohio, November 1, 2016.",
        "Sargeant-at-arms Kevin Vickers escorts a protester from the floor of the Senate as "
        "Governor General David Johnston delivers the Speech from the Throne on Parliament Hill "
        "in Ottawa, June 3, 2011.",
    ],
)
def test_a_caption_in_the_present_tense_dated_to_its_photo(line: str) -> None:
    assert is_dated_caption(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 456: a plural noun after the name, a past tense, a bare date at the end.
        "Islamic State militants on Tuesday released a video that purported to show the "
        "beheading of James Foley, an American freelance journalist who has been missing since "
        "he was kidnapped in Syria in November 2012.",
        # FNC-1 229: the present tense after a pronoun, and a date without a day or a place.
        "She lists her hometown as Lages in Santa Catarina, Brazil, and her date of birth as "
        "April 1986.",
        # FNC-1 2113: a date with its day, but the story's past tense.
        "He assumed the position of Sergeant-at-Arms on Sept. 1, 2006.",
    ],
)
def test_dated_prose_is_kept(line: str) -> None:
    assert not is_dated_caption(line)


# FNC-1 1707, lines 7 and 11-17: after a caption with "(pictured)", the next caption says two
# sentences and leaves the last without its mark; the story's paragraphs end theirs.
GOLDFISH = (
    "The company boss initially turned down the treatment but changed his mind 10 minutes later "
    "and went back to give the go-ahead.\n\n"
    "The pet owner, who has not been named, took his goldfish (pictured) to Toll Barn Veterinary "
    "Centre in North Walsham, Norfolk, and paid £300 for it to have a special operation after "
    "noticing it had become constipated\n\n"
    "Vet Faye Bethell, 29, put anaesthetising agent into the fish's water before using tiny "
    "instruments to remove two lumps from its body. The three-inch pet went on to make a full "
    "recovery after the 50-minute operation\n\n"
    "Vet Faye Bethell, 29, was then tasked with carefully administering anaesthetic before using "
    "tiny instruments to remove a lump close to the fish's backside.\n"
)


def test_a_captions_second_sentence_without_its_mark_after_a_caption() -> None:
    paragraphs = GOLDFISH.strip().split("\n\n")
    cleaned = clean(GOLDFISH)
    assert captions(cleaned.dropped) == paragraphs[1:3]
    assert cleaned.text.split("\n\n") == [paragraphs[0], paragraphs[3]]


def test_two_sentences_without_a_final_mark_and_no_caption_before_are_kept() -> None:
    paragraphs = GOLDFISH.strip().split("\n\n")
    raw = "\n\n".join([paragraphs[0], paragraphs[2], paragraphs[3]])
    assert clean(raw).dropped == []


def test_the_sentence_copy_is_kept_when_the_copy_without_a_mark_comes_first() -> None:
    # FNC-1 2161, lines 1-7: a dek that the second paragraph says again with its full stop.
    # The later copy was dropped as a duplicate of the first: the task was the dek's words.
    paragraphs = [
        "Dino Ferrari hooked the whopper wels catfish, which was 2.67m in length, last week in "
        "the Po Delta in Italy",
        "A fisherman has reeled in a monster 19 stone catfish, which could be the biggest in the "
        "world caught with a rod and reel.",
        "Dino Ferrari hooked the whopper wels catfish, which was 2.67m in length, last week in "
        "the Po Delta in Italy.",
        "While the fish might set a new record for the biggest caught on a line, it is far from "
        "the heaviest ever landed.",
    ]
    cleaned = clean("\n\n".join(paragraphs))
    assert captions(cleaned.dropped) == [paragraphs[0]]
    assert cleaned.text.split("\n\n") == paragraphs[1:]


# FNC-1 93 (seed 1226), paragraphs 2, 4, 5, 20-21: the Daily Mail's captions without a mark,
# the first of which restates the second paragraph; the later one restates nothing.
KFC = [
    "Lovesick Tan Shen, 26, from Chengdu, in China’s southwest Sichuan Province, went to the fast"
    " food chain in search of some comfort food to get over the break-up.",
    "Lovesick Tan Shen, 26, went to the fast food chain in search of some comfort food to get over"
    " the break-up",
    "She even phoned in sick to work to stay at the restaurant.",
    "Tan even called in sick to her work so she could spent time at the KFC recovering from her"
    " break-up",
    "He said the Tan was doing no harm eating her way through boxes of chicken so they let her"
    " stay.",
]


def test_a_caption_without_a_mark_after_one_that_restates_a_sentence() -> None:
    cleaned = clean("\n\n".join(KFC))
    assert captions(cleaned.dropped) == [KFC[1], KFC[3]]
    assert cleaned.text.split("\n\n") == [KFC[0], KFC[2], KFC[4]]


def test_a_line_without_a_mark_and_no_restated_caption_before_is_kept() -> None:
    # Without the caption that restates a sentence, the page has set no caption so.
    raw = "\n\n".join([KFC[0], KFC[2], KFC[3], KFC[4]])
    assert clean(raw).dropped == []


# Round 4 (`fix/seg28`), on the captions seeds 1234-1242 left as sentences.


def test_two_people_placed_in_brackets_with_a_full_stop() -> None:
    # FNC-1 1009 (seed 1240), line 17: the NY Daily News's caption between paragraphs.
    line = "Michael Brown (left) was shot by Ferguson, Mo., Police Officer Darren Wilson (right)."
    assert is_photo_caption(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1009, line 15: one place in brackets, in the story's sentence.
        "Six months before he shot and killed unarmed teenager Michael Brown, police Officer "
        "Darren Wilson (pictured) earned a commendation for his “extraordinary effort in the "
        "line of duty.”",
        # FNC-1 2497: two places, but in a line of two sentences.
        "9to5Mac's artist Michael Steeber designed renditions of what the new Air could look "
        "like. Here's a side view of the rumored 12-inch Air (left) compared to the current "
        "11-inch Air (right).",
    ],
)
def test_one_place_or_two_sentences_stay(line: str) -> None:
    assert not is_photo_caption(line)


# PolNeAR huff-post 2016-08-12 (seed 1234) and 2016-02-29 (seed 1240): the picture's credit,
# then its caption, then the story.
CREDITED = [
    (
        "Bloomberg/Getty Images.",
        "Hillary Clinton cast herself as a champion of working people during a speech in "
        "Warren, Michigan on Thursday, Aug. 11, 2016.",
    ),
    (
        "MICHAEL B. THOMAS via Getty Images.",
        "Republican presidential candidate Donald Trump signs autographs for supporters at the "
        "conclusion of a rally at Millington Regional Jetport on February 27, 2016 in "
        "Millington, Tennessee.",
    ),
    # FNC-1 1795: an AP gallery, each credit before the next caption.
    (
        "(AP Photo/Felix Marquez)",
        "Firefighters try to extinguish the flames after the state capital building was set on "
        "fire by protesting college students in Chilpancingo, Mexico, Monday Oct. 13, 2014.",
    ),
]


@pytest.mark.parametrize(("credit", "line"), CREDITED)
def test_a_dated_line_under_a_photo_credit_is_its_caption(credit: str, line: str) -> None:
    assert is_credited_caption(line, credit)
    text = f"{BODY}\n\n{credit}\n\n{line}\n\n{AFTER}"
    assert captions(clean(text).dropped) == [line]


def test_a_dated_sentence_without_a_photo_credit_above_is_kept() -> None:
    # PolNeAR's HuffPost caption as prose: no credit just above it.
    line = CREDITED[0][1]
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == []
    # FNC-1 2113: the story's date under a tweet's sign-off, which names no photo.
    assert not is_credited_caption(
        "He assumed the position of Sergeant-at-Arms on Sept. 1, 2006.",
        "— Caleb Weiss (@Weissenberg7) December 15, 2014",
    )
    # FNC-1 1491: a photo's caption that does not end on its date stays for other rules.
    assert not is_credited_caption(
        "This photo taken near Karasjok in Norway at around 10am local time, on January 1, "
        "1996, shows a dark morning.",
        "(Getty Images photo)",
    )


def test_the_agencys_picture_label_holds_a_whole_story() -> None:
    # FNC-1 497 (seed 1238), line 9 shortened: CEN's caption field with its story in it.
    line = (
        "Pic shows: Schoolboy Nikolai Kryaglyachenko who was almost killed when he was knocked "
        "out by a massive electrical shock claims he now has superpowers like those of Marvel's "
        "Magneto.nnA schoolboy who was almost killed when he was knocked out by a massive "
        "electrical shock from a loose wire on a street lamp claims he now has superpowers like "
        "those of Marvel's Magneto.nn(ends)n"
    )
    assert is_labelled_picture(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == [line]
    # The story's own sentence about a picture stays.
    prose = "The picture shows the boy with a spoon stuck to his face."
    assert not is_labelled_picture(prose)


# FNC-1 2207 (seed 1238), lines 1-9 shortened: the Daily Mail's page, whose captions under
# "Scroll down for video" have no final mark.
GRAHAM = (
    "Sen. Lindsey Graham says the Taliban detainees released from Guantanamo Bay in exchange "
    "for Sgt. Bowe Bergdahl have been in touch with members of the al-Qaida-linked Haqqani "
    "network, yet all five still are being monitored in Qatar.\n\n"
    "Scroll down for video\n\n"
    "Suspicious: South Carolina Republican Senator Lindsey Graham said Thursday that Taliban "
    "detainees released from Guantanamo Bay in exchange for Sgt. Bowe Bergdahl have been in "
    "touch with members of the al-Qaida-linked Haqqani network\n\n"
    "The Pentagon says it is confident in Qatar's ability to mitigate any threat posed by the "
    "former detainees.\n\n"
    "Qatar gained public praise from President Barack Obama for brokering the controversial "
    "deal that freed Army Sgt. Bowe Bergdahl from Taliban captivity in May 2014 in exchange for "
    "the release of the five Taliban detainees from Guantanamo\n\n"
    "The Pentagon said in a statement that it would not comment on specific cases involving "
    "the detainees.\n"
)


def test_unmarked_captions_under_the_tabloids_video_pointer() -> None:
    assert points_to_video("Scroll down for video")
    kept = clean(GRAHAM)
    # The pointer's captions end at the story's next sentence: a later line without its mark
    # may be the story's own (FNC-1 1554: "Sources told the Globe and Mail that he had been
    # designated a 'high-risk traveler' ..."), and stays.
    assert [c[:20] for c in captions(kept.dropped)] == ["Suspicious: South Ca"]
    assert "The Pentagon says it is confident" in kept.text
    assert "Qatar gained public praise" in kept.text


def test_unmarked_lines_without_the_pointer_are_kept() -> None:
    kept = clean(GRAHAM.replace("Scroll down for video\n\n", ""))
    assert "Qatar gained public praise" in kept.text


def test_a_lead_in_that_places_two_in_the_frame_stays() -> None:
    # FNC-1 1362: the lead-in to the renders, ending in a colon.
    line = (
        "Here (according to the renders, at any rate) is how the new 12in MacBook Air (left) "
        "will compare to the current 11in MacBook Air (right):"
    )
    assert not is_photo_caption(line)


# Round 5 (`fix/seg35`). FNC-1 781, lines 1, 9, 11, 15, 25 and 27: under the Daily Mail's
# pointer, a caption that restates the first sentence; lower down, a caption without a mark
# that no rule of its own tells.
KOBANE = [
    "Turkey's president has said it was wrong for the United States to deliver military "
    "supplies to Kurdish fighters defending the Syrian city of Kobane after some of the weapons "
    "ended up in ISIS' hands.",
    "Scroll down for video",
    "Error: Turkish president Tayyip Erdogan said it was wrong for the United States to deliver "
    "military supplies to Kurdish fighters defending the Syrian city of Kobane after some of the "
    "weapons ended up in ISIS' hands",
    "Speaking at a news conference in Ankara today, Erdogan described the weapons drop as a "
    "mistake.",
    "He added that talks were continuing among officials on the details of the peshmergas' "
    "transit through Turkey.",
    "One Turkish journalist close to the government said on Wednesday some 500 of them were "
    "expected to cross into Kobani this weekend",
]


def test_a_caption_the_line_rules_dropped_that_restates_a_sentence_sets_the_page() -> None:
    # The pointer's caption is dropped by the line rules; that it restates the first sentence
    # tells the later stage that the page sets captions without a mark (round 3 did so when
    # that stage dropped it itself).
    cleaned = clean("\n\n".join(KOBANE))
    assert captions(cleaned.dropped) == [KOBANE[2], KOBANE[5]]
    assert cleaned.text.split("\n\n") == [KOBANE[0], KOBANE[3], KOBANE[4]]


def test_a_pointer_caption_that_restates_nothing_sets_nothing() -> None:
    # Without the restatement (the first sentence gone), the pointer's caption alone does not
    # make the page's later unmarked lines captions (it took prose on 17 pages).
    cleaned = clean("\n\n".join(KOBANE[1:]))
    assert captions(cleaned.dropped) == [KOBANE[2]]
    assert KOBANE[5] in cleaned.text


def test_a_line_between_a_timelines_entries_stays() -> None:
    # FNC-1 1554, lines 159 and 165-175: a caption page's timeline, whose entries have no
    # final mark; the line between two entries is the text of the one above it.
    lines = [
        "The caucuses for the Conservative and Liberal and NDP were holding their Wednesday "
        "meetings when the incident happened, the Citizen reported.",
        "Scroll down for video",
        "Defense: People inside the Conservative Party caucus room blocked the door with a stack "
        "of chairs",
        "9.54am: Gunfire breaks out in the Ottawa Parliament's Centre Block building",
        "9.56am: Multiple gunshots ring out inside the Parliament building and a reporter says "
        "he witnesses a body lying motionless on the ground outside the Library of Parliament.",
        "At the same time it is reported that a soldier has been shot at the War Memorial",
        "9.58am: Passersby witness CPR being urgently performed on the soldier as he lies "
        "stricken on the ground",
    ]
    lines[0] = (
        "As gunfire erupted in the hallways, journalists and politicians scrambled for safety, "
        "while members in the Conservative Party caucus room blocked the door with a stack of "
        "chairs."
    )
    cleaned = clean("\n\n".join(lines))
    assert captions(cleaned.dropped) == [lines[2]]
    assert lines[5] in cleaned.text
    assert opens_entry(lines[3]) and not opens_entry(lines[5])


@pytest.mark.parametrize(
    ("line", "above"),
    [
        # FNC-1 1422 (seed 1253): the Mirror's agency name before its caption.
        ("Getty Attack of the sneezes: Police say the incidents were 'very unusual'", ""),
        # FNC-1 test 2119: the same, with the agency's longer name.
        (
            "Rex Features Dr Lawrence Cohen the Yorkville Endoscopy doctor has been fired since "
            "Joan Rivers death - he did not carry out reported biopsy",
            "",
        ),
        # FNC-1 754, lines 57-58: the credit line said again, glued to the caption.
        (
            "AFP PHOTO/JORDANIAN TV An image grab taken from the Jordanian TV on Feb. 5 shows a "
            "warplane of the Jordanian Air forces eagles taking off from Amman before launching "
            "airstrikes against Islamic State group.",
            "AFP PHOTO/JORDANIAN TV",
        ),
    ],
)
def test_a_caption_with_its_credit_before_it(line: str, above: str) -> None:
    assert is_credit_led_caption(line, above)
    dropped = clean(f"{BODY}\n\n{above}\n\n{line}\n\n{AFTER}".replace("\n\n\n\n", "\n\n"))
    assert captions(dropped.dropped) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # A sentence that opens with a name that is also an agency's ends with its stop.
        "Reuters Breakingviews columnist Rob Cox said the deal was too costly.",
        "PA Consulting Group said on Monday it had been hired by the ministry.",
    ],
)
def test_a_sentence_that_opens_with_an_agency_s_name_stays(line: str) -> None:
    assert not is_credit_led_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # FNC-1 1435 (seed 1253), test 762 and 2488: MacRumors' renderings and their maker.
        "Rendering of the 12-inch MacBook Air by Martin Hajek",
        "Rendering of 12-inch MacBook Air done by Martin Hajek",
        # FNC-1 825 (seed 1255): a grab from a video.
        "A grab taken from a propaganda video released by al-Malahem Media on December 4, 2014 "
        "purportedly shows US hostage Luke Somers, 33, kidnapped more than a year ago in the "
        "Yemeni capital Sanaa, saying that his life is in danger",
        # FNC-1 1836 (seed 1250): a gallery's counter glued to the caption.
        "1 of 3Kim Yo-jong (circled), the younger sister of North Korean dictator Kim Jong-un, "
        "trails her brother",
    ],
)
def test_a_caption_that_names_its_picture_first(line: str) -> None:
    assert names_picture(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Photos of the crash were taken by a passer-by.",
        # FNC-1 1435, line 6: the sentence under the rendering.
        "Apple's 12-inch MacBook Air is rumored to feature a new ultrathin design that does away "
        "with fans and introduces a revamped trackpad.",
        "A grab bag of proposals was sent to Congress on Tuesday.",
    ],
)
def test_prose_about_pictures_stays(line: str) -> None:
    assert not names_picture(line)


# --- round 6 (fix/seg38): what marks a caption on its page -----------------------------------

# FNC-1 787, lines 5-11: the Daily Mail's pointer to its video, then a caption whose label is
# in quotes, without a final mark, then the story.
_GURU = (
    "The Central Bureau of Investigation (CBI) said Rahim is being investigated for criminal "
    "intimidation and causing grievous bodily hurt after an alleged 400 castrations were carried "
    "out.\n\nScroll down for video\n\n"
    "'Guru in bling': Gurmeet Ram Rahim is being probed by India's Central Bureau of "
    "Investigation after a former follower alleged he ordered 400 men to submit to castrations "
    "he said would bring them closer to god\n\n"
    "The guru, who heads the Dera Sacha Sauda organisation based in Haryana state, is already "
    "facing trial for conspiracy over the murder of a journalist in 2002.\n"
)


def test_a_caption_under_a_quoted_label_after_the_video_pointer() -> None:
    paragraphs = _GURU.strip().split("\n\n")
    cleaned = clean(_GURU)
    assert captions(cleaned.dropped) == [paragraphs[2]]
    assert cleaned.text.split("\n\n") == [paragraphs[0], paragraphs[3]]


def test_a_quotation_with_its_mark_after_the_video_pointer_is_prose() -> None:
    # FNC-1 787, line 15: the story's quotation, which ends with its mark.
    quote = (
        "'They were told that only those who get castrated will be able to meet god,' Mr "
        "Chauhan's lawyer, Navkiran Singh, told AFP."
    )
    cleaned = clean(_GURU.replace(_GURU.strip().split("\n\n")[2], quote))
    assert quote in cleaned.text and captions(cleaned.dropped) == []


def test_an_agencys_one_sentence_caption_before_its_credit() -> None:
    # FNC-1 1794, line 5: Getty's caption of 41 words, one sentence, its credit after it.
    caption = (
        "ournalist Brian Williams speaks on stage at The New York Comedy Festival and The Bob "
        "Woodruff Foundation present the 8th Annual Stand Up For Heroes Event at The Theater at "
        "Madison Square Garden on November 5, 2014 in New York City."
    )
    credit = "(Monica Schipper/Getty Images for New York Comedy Festival)"
    prose = "“Brokaw wants Williams’ head on a platter,” an NBC source told Page Six."
    cleaned = clean(f"{prose}\n\n{caption} {credit}\n\n{prose}\n")
    assert captions(cleaned.dropped) == [f"{caption} {credit}"]


def test_a_paragraph_of_two_sentences_before_a_credit_stays() -> None:
    # FNC-1 1198's shape: the story's paragraph, the next picture's credit glued after it;
    # over 40 words and two sentences, it is the story's.
    body = (
        "Mohammed Emwazi grew up in west London and studied computer programming at the "
        "University of Westminster, where he graduated in 2009. Friends said he was polite and "
        "kept to himself, and that his family had come to Britain from Kuwait when he was six "
        "years old."
    )
    cleaned = clean(f"{body} Carl Court / Getty Images\n")
    assert body in cleaned.text and captions(cleaned.dropped) == []


def test_a_picture_agencys_name_glued_before_its_caption() -> None:
    # FNC-1 1311, line 22: Central European News' credit glued to the picture's name and its
    # caption, no final mark.
    line = (
        "Europics[CEN]Mcdonalds burgerSnack: A man decided to buy the last McDonald's burger on "
        "sale in October 2009 before the chain closed in Iceland"
    )
    assert is_credit_led_caption(line)
    assert not is_credit_led_caption("Europics said the deal was too costly.")


def test_an_agency_code_in_brackets_before_its_caption_in_any_spelling() -> None:
    # FNC-1 612, line 23 (seed 1423's judge): the same credit spelt "EuroPics", three spaces
    # before an unmarked caption; the story's own sentence about the blaze ends with its stop.
    assert is_credit_led_caption(
        "EuroPics[CEN]   The flames which were up to three metres tall destroyed the sports hall"
    )
    assert not is_credit_led_caption(
        "EuroPics[CEN] The flames which were up to three metres tall destroyed the sports hall. "
        "It took firemen over an hour to extinguish the blaze."
    )


# FNC-1 720 (seed 1337's judge) and test body 1935: a caption without a stop that ends on the
# day its photo was taken; the story's sentence on a date ends with its stop (FNC-1 2113).
@pytest.mark.parametrize(
    "line",
    [
        "Islamic State (IS) group leader Abu Bakr al-Baghdadi addresses worshippers at a mosque "
        "in Mosul, after he established a self-declared caliphate across Iraq and Syria on July "
        "5, 2014",
        "A view of the Syrian town of Kobani (Ayn al-Arab) where clashes between ISIL militants "
        "and Kurdish armed groups continue, on November 07, 2014",
    ],
)
def test_a_caption_without_a_stop_ends_on_its_photo_date(line: str) -> None:
    assert ends_on_photo_date(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == [line]


def test_a_sentence_that_ends_on_a_date_with_its_stop_stays() -> None:
    line = "He assumed the position of Sergeant-at-Arms on Sept. 1, 2006."
    assert not ends_on_photo_date(line)
    assert captions(clean(f"{BODY}\n\n{line}\n\n{AFTER}").dropped) == []


# FNC-1 1174 (seed 1334's judge): the Mirror's picture cut its sentence's stop off, and the stop
# heads the next line with the picture's credit and the heading below it. The Post's spaced
# ellipsis that opens a quotation's next sentence stays (PolNeAR wash-post 2015-11-08).
def test_a_cut_stop_with_its_embeds_credit_is_dropped() -> None:
    text = (
        "The photo, uploaded on Friday, showed the former child actor surrounded by his "
        "bandmates and looking at a laptop\n\n.   FameFlynet   The truth\n\nUsers have since "
        "reacted angrily to being duped and hit out at those who started the hoax."
    )
    dropped = clean(text).dropped
    assert [(d.kind, d.text) for d in dropped] == [("credit", ". FameFlynet The truth")]


def test_a_spaced_ellipsis_line_stays() -> None:
    line = (
        ". . . If you're walking down the street, you'll have a candidate come up to you and "
        'offer to carry your groceries."'
    )
    assert not is_cut_stop(line)
    assert not is_cut_stop(". The truth came out on Friday.")
