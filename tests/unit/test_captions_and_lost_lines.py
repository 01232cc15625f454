"""Captions and lost lines, round 7 (issue 12, `fix/seg40`).

Real lines from FNC-1 train bodies and a PolNeAR text (named beside each), in the layout they
come in (a blank line between paragraphs); some articles are cut to the paragraphs that matter.
"""

from __future__ import annotations

from annotate.corpus._captions import goes_on_story, is_photo_caption
from annotate.corpus._clean import Dropped, clean


def captions(dropped: list[Dropped]) -> list[str]:
    return [d.text for d in dropped if d.kind == "caption"]


def article(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


# PolNeAR test nyt_2016-10-14 "How to Mend the Tax Code", lines 19-47 (some cut): the lead-in
# ends the first line, and the four reforms open their sections as imperative clauses.
TAX = [
    (
        "Since Mr. Trump hasn't released any of his tax returns, including the schedules from"
        " his 1995 returns, it's impossible to know the precise source of the nearly billion-"
        "dollar loss he reported and other losses he used to shelter his income for years. "
        "Nonetheless, the returns reveal enough about the loopholes Mr. Trump took advantage "
        "of. Here are four simple reforms that would almost surely close them:"
    ),
    (
        "Shorten or eliminate the period in which loss carry-overs can be used to offset "
        "other income."
    ),
    (
        "Mr. Trump was able to use his enormous loss to shelter income for up to 18 years. "
        "Current federal law is even more generous. Businesses and high-net-worth individuals"
        " like Mr. Trump, who get most of their income from so-called pass-through entities "
        "like partnerships and limited liability companies, can smooth their income streams "
        "by using losses to offset income in both past and future years."
    ),
    "Ban the use of passive real estate losses to offset other income.",
    (
        "Even without his enormous loss carry-over, Mr. Trump would have paid no federal or "
        "New York income tax in 1995 because his pass-through losses from partnerships and "
        "limited liability companies, reported on his federal Schedule E, more than offset "
        "all his other income."
    ),
    "Limit depreciation deductions.",
    (
        "Even without the rest of his returns, the source of many of Mr. Trump's ''losses'' "
        "is no mystery: ''I love depreciation,'' he said during Sunday's debate."
    ),
]


def test_a_short_item_among_kept_items_of_a_list_under_a_lead_in_is_kept() -> None:
    cleaned = clean(article(TAX))
    assert "Limit depreciation deductions." in cleaned.text
    assert [d for d in cleaned.dropped if d.kind == "heading"] == []


def test_a_short_imperative_subheading_without_the_list_is_still_dropped() -> None:
    # Without the lead-in and the two items kept before it, the line is a subheading.
    cleaned = clean(article([TAX[4], TAX[5], TAX[6]]))
    assert "Limit depreciation deductions." not in cleaned.text


# FNC-1 467 (seed 1271's hand check), paragraphs 0-11: under "Scroll down for video", a
# caption without a label; lower down, a copy of two sentences and a caption's short copy.
CAPSULE = [
    (
        "Crews removed a time capsule dating back to 1795 on Thursday from the granite "
        "cornerstone of the Massachusetts Statehouse, where historians believe it was "
        "originally placed by Revolutionary War luminaries Samuel Adams and Paul Revere among"
        " others."
    ),
    (
        "The small time capsule is believed to contain items such as old coins, documents, "
        "newspapers and a metal plate that was owned by Revere."
    ),
    (
        "Secretary of State William Galvin speculated that some of the items could have "
        "deteriorated over time."
    ),
    (
        "Official plan to X-ray the capsule on Sunday at Boston's Museum of Fine Arts to get "
        "some idea of the contents and possibly details on their condition, then open it next"
        " week."
    ),
    "Scroll down for video",
    (
        "Pamela Hatchfield, a conservator at the Boston's Museum of Fine Arts, holds a time "
        "capsule she had just removed from the cornerstone of the Statehouse in Boston on "
        "Thursday"
    ),
    (
        "Originally made of cowhide, the time capsule was believed to have been embedded in "
        "the cornerstone when construction on the state Capitol began in 1795. Adams was "
        "governor of Massachusetts at the time."
    ),
    (
        "The time capsule was removed in the mid-19th century and its contents transferred to"
        " a copper box, Galvin said. Its removal Thursday was due to an ongoing water "
        "filtration project at the building. Galvin said the plan is to return it to the site"
        " sometime next year."
    ),
    (
        "Pamela Hatchfield, a conservator at the museum, was exhausted Thursday after "
        "spending hours chiseling and drilling on the massive cornerstone, taking care not to"
        " damage the time capsule or coins that were thrown in the mortar that held it in "
        "place."
    ),
    (
        "The small time capsule is believed to contain items such as old coins, documents, "
        "newspapers and a metal plate that was owned by Revere. Secretary of State William "
        "Galvin speculated that some of the items could have deteriorated over time"
    ),
    (
        "Pamela Hatchfield, a conservator at the Boston's Museum of Fine Arts, holds the time"
        " capsule"
    ),
    (
        "She held up the capsule for viewing by state officials, reporters and contractors "
        "involved in the renovation of the Statehouse."
    ),
]


def test_a_caption_under_the_pointer_tells_the_page_sets_its_captions_so() -> None:
    cleaned = clean(article(CAPSULE))
    assert captions(cleaned.dropped) == [CAPSULE[5], CAPSULE[9], CAPSULE[10]]
    assert CAPSULE[8] in cleaned.text and CAPSULE[11] in cleaned.text


# FNC-1 1797 (seed 1270's hand check), paragraphs 0-16: the Daily Mail's captions quote their
# speaker and close the quotation without its stop.
SPIDER = [
    "It was the story that had everyone paralysed with fear.",
    (
        "However, a group of spider specialists now claim the tale of the 'Bunbury Spiderman'"
        " belongs in nightmares, rather than real life."
    ),
    "Scroll down for video",
    (
        "Dylan Thomas, 21, was holidaying with friends last weekend when he woke up to find a"
        " strange red trail stretching up his stomach"
    ),
    (
        "Dr Volker Framenau, an Archaeologist, says: 'If you look at a spider, the fangs, the"
        " mouth parts they have, they are not able to burrow. They can't get through skin'"
    ),
    (
        "Dylan Thomas was travelling in Bali earlier this month when he suffered from 'a "
        "really burning sensation like a searing feeling' in his stomach."
    ),
    (
        "He claimed he sought medical attention, at which point a dermatologist removed a "
        "'tropical spider' from his stomach with tweezers."
    ),
    (
        "The Age have spoken with a number of local scientists who claim to have debunked the"
        " 'Bunbury Spiderman' story which went viral on Thursday, and was shared thousands of"
        " time around the world."
    ),
    (
        "Dr Volker Framenau, an Archaeologist from the Department of Terrestrial Zoology in "
        "Western Australia, said: 'If you look at a spider, the fangs, the mouth parts they "
        "have, they are not able to burrow. They can't get through skin.'"
    ),
    (
        "Dr Framenau said it was much more likely the animal was mite, as some of these can "
        "resemble a spider."
    ),
    (
        "He said if the creature had been collected, there would be less confusion as what it"
        " actually was, and would prevent the spread of a possible virus."
    ),
    (
        "Dr Mark Harvey, the Senior Curator of Arachnology at the West Australian Museum, "
        "said he had never heard of spiders being able to survive beneath the skin of any "
        "mammal"
    ),
    (
        "Dr Harvey said spiders would suffocate if they burrowed inside human skin: 'Spiders "
        "need air to breathe. Being under the skin of somebody, I would have thought they "
        "wouldn't have enough air to survive'"
    ),
    ("Dr Mark Harvey says the fear of spiders fuels urban myths from people hoping to instil fear"),
    (
        "Dr Mark Harvey, the Senior Curator of Arachnology at the West Australian Museum, "
        "said he had never heard of spiders being able to survive beneath the skin of any "
        "mammal."
    ),
    (
        "'Spiders need air to breathe, they have spiracles on the sides of their bodies where"
        " air comes into their system through a series of what we call book lungs. Being "
        "under the skin of somebody, I would have thought they wouldn't have enough air to "
        "survive,' he told The Age."
    ),
    (
        "Harvey said the fear most people have of spiders fuels urban myths from those hoping"
        " to instil fear."
    ),
]


def test_captions_that_close_a_quotation_without_its_stop() -> None:
    cleaned = clean(article(SPIDER))
    assert captions(cleaned.dropped) == [SPIDER[i] for i in (3, 4, 11, 12, 13)]
    assert all(SPIDER[i] in cleaned.text for i in (8, 14, 15, 16))


# FNC-1 391, paragraphs 0-5 and 29-31: a quotation reported with its speaker, its stop lost.
BORDER = [
    (
        "The Department of Homeland Security flatly denied on Wednesday a claim from a "
        "California Congressman that the ISIS terror army is quietly slipping into the United"
        " States through its porous southern border – and that American border patrol agents "
        "have already captured ten of its soldiers."
    ),
    (
        "Republican Duncan Hunter told a Fox News Channel audience on Tuesday that ISIS, the "
        "self-proclaimed Islamic State of Iraq and al-Sham, is actively infiltrating the U.S."
    ),
    (
        "'I know that at least ten ISIS fighters have been caught coming across the Mexican "
        "border in Texas,' he said. 'There's nobody talking about it.'"
    ),
    ("But DHS fired back, saying in a statement that Hunter's claim is 'categorically false.'"),
    "SCROLL DOWN FOR VIDEO",
    (
        "Rep. Duncan Hunter stunned a Fox News audience by saying that the US has apprehended"
        " about ten ISIS terrorists as they entered the country through the Mexican border"
    ),
    "The Department of Homeland Security flatly denied that in a statement to MailOnline.",
    (
        "'We are aware of absolutely nothing credible to substantiate this claim,' a "
        "bewildered DHS spokesman said"
    ),
    "'In Mexico? I haven't seen that at all.'",
]


# FNC-1 1167, paragraphs 0-4 and 32-34: a quotation's next paragraph, its stop lost.
TRADER = [
    "He has not yet reached his 18th birthday.",
    (
        "But Mohammed Islam, from Queens, New York, has already made an estimated $72million "
        "- from trading stocks on his lunch breaks at school, according to New York "
        "magazine's Monday issue."
    ),
    (
        "The 17-year-old, who started dabbling in penny stocks at the tender age of nine, "
        "spends most of his breaks at Stuyvesant High School trading oil and gold futures, "
        "and small to mid-cap equities."
    ),
    "SCROLL DOWN FOR VIDEO",
    (
        "Multi-millionaire: Mohammed Islam (pictured in a Facebook photo), 17, from Queens, "
        "New York, has already made an estimated $72million - from trading stocks on his "
        "lunch breaks at Stuyvesant High School"
    ),
    (
        "Speaking to Business Insider, he added: 'Jones’s personality and technique are what "
        "make him so successful and I aspire to become even one per cent of the man he is."
    ),
    "'He went through obstacles, yet still came out on top'",
    "And despite his massive fortune, Mohammed has no plans to give up trading just yet.",
]


# FNC-1 1429, paragraphs 0-17: a sentence that goes on from the one before, its stop lost.
HOMELESS = [
    (
        "A homeless man who received a surprise meal and hotel stay after spending a $100 "
        "donation on food for his friends has insisted that no part of the experience was a "
        "hoax - despite the fact one witness is claiming the whole thing was a set-up."
    ),
    (
        "The man - named only as Thomas - had been filmed living on the streets of "
        "California, before being taken to a sushi restaurant, given a hotel room with hot "
        "tub and treated to a new suit and haircut ."
    ),
    (
        "But the resulting video posted online by 'serial prankster' Josh Paler Lin was met "
        "with varying degrees of skepticism, with a number of viewers dismissing it as a "
        "hoax."
    ),
    (
        "One witness, in particular, has insisted that there was no way that Thomas did not "
        "know he was being filmed as in the original video he arrived at the liquor store in "
        "the same car as Paler Lin."
    ),
    "SCROLL DOWN FOR VIDEOS",
    (
        "Smartened up: In Josh Paler Lin's newsest video, homeless Thomas, who became an "
        "internet hit after spending a $100 donation on food for his friends, is given a new "
        "suit and a makeover"
    ),
    (
        "Nursing student Taugan Tan Kadalim, 26, told Vocativ that he was outside the liquor "
        "store on the day in question and he saw Paler Lin - who is recognized from his "
        "previous videos - in the driver's seat."
    ),
    "In the passenger seat, he claims, was Thomas.",
    (
        "Kadalim told the site: 'While I think the guy is homeless, it is clear that from "
        "what I saw every part of that scene was staged.'"
    ),
    (
        "However, Thomas has now spoken to Fox LA, insisting that to him it was 'all a "
        "surprise' and he had never met Josh before he was handed the $100."
    ),
    (
        "He told the news channel: 'I appreciate it, most definitely. It's all a surprise to "
        "me. I thought this was just a project video, I had no idea this was going where it "
        "went."
    ),
    (
        "Thomas added: 'Normally people give you a dollar, maybe five as a big tip, but a "
        "hundred, wow that's a week's worth. Crazy.'"
    ),
    (
        "Paler Lin had initially set out to 'expose homeless people' in Los Angeles by giving"
        " them cash in the expectation that they will spend it on alcohol."
    ),
    (
        "However, Thomas proved to be an exception. Instead, he spent the money on food to "
        "share with his friends, prompting Paler Lin to return and surprise Thomas with a "
        "Christmas meal, makeover and a night in a hotel."
    ),
    (
        "Gesture... with an agenda? Skeptics have picked holes in a viral video showing a "
        "homeless man spending a $100 donation on food for his beggar friends, deeming it a "
        "'fake' creation that was focused on making money"
    ),
    (
        "The feel-good videos, that have gained more than 26million views, are part of a "
        "campaign to raise more than $120,000, via an Indiegogo page for Thomas to get his "
        "life back on track."
    ),
    (
        "But critics pointed to a number of apparent flaws in the footage, as well as the "
        "hefty profit Paler Lin has reportedly made from its success - up to a huge $52,000"
    ),
    (
        "YouTube users have been skeptical about Paler Lin's motivation, suggesting it is a "
        "'set-up' so he can gain traffic and profit."
    ),
]


def test_the_storys_sentences_that_lost_their_stop_stay_on_a_captioned_page() -> None:
    for paragraphs, line in ((BORDER, BORDER[7]), (TRADER, TRADER[6]), (HOMELESS, HOMELESS[16])):
        cleaned = clean(article(paragraphs))
        assert line not in captions(cleaned.dropped)
        assert line in cleaned.text


# FNC-1 1554, paragraphs 0-15: the captions under the pointer have labels ("Gunman: ..."); a
# paragraph that lost its stop is not a caption by its shape.
OTTAWA = [
    (
        "A Muslim convert shot dead a Canadian soldier at the National War Memorial in Ottawa"
        " today before exchanging dozens of shots with guards inside Parliament in a "
        "terrifying attack that left the nation's capital on lockdown."
    ),
    (
        "Michael Zehaf-Bibeau fatally shot Corporal Nathan Cirillo, a 24-year-old father, as "
        "he stood guard at the War Memorial on Wednesday morning."
    ),
    (
        "Zehaf-Bibeau, 32, then ran inside the Parliament, where he opened fire before he was"
        " shot dead by the House of Commons Sergeant-at-Arms."
    ),
    (
        "And now, we have our first look at Zehaf-Bibeau in a photo that shows him holding a "
        "gun and wearing a keffiyeh."
    ),
    "Scroll down for videos",
    (
        "Gunman: Michael Zehaf-Bibeau, the Muslim convert who shot dead solider Nathan "
        "Cirillo and opened fire on Canadian Parliament"
    ),
    (
        "Killed: Corporal Nathan Cirillo, was shot dead by a gunman as he stood guard at the "
        "National War Memorial outside the Canadian Parliament in Ottawa on Wednesday "
        "morning. He leaves behind a young son"
    ),
    (
        "Race: An Ottawa police officer runs with his weapon drawn outside Parliament Hill in"
        " Ottawa on Wednesday after multiple gunmen attacked the Parliament and a nearby "
        "mall, injuring at least three people"
    ),
    (
        "Final moments: Cirillo (left) is pictured guarding the National War Memorial just "
        "minutes before he was shot"
    ),
    "Zehaf-Bibeau was born in Quebec as Michael Joseph Hall.",
    (
        "A criminal court database shows a man with the same name was arrested five times "
        "while living in Montreal."
    ),
    (
        "Zehaf-Bibeau was charged in February 2004 for possession of marijuana and possession"
        " of PCP. He pleaded guilty to both charges in December 2004, serving one day in "
        "prison for marijuana possession and 60 days for PCP possession."
    ),
    (
        "He also spent a day in jail in March of 2004 for a parole violation and was again "
        "convicted of marijuana possession in 2009, reports Global News."
    ),
    (
        "In 2011, he was charged with robbery in Vancouver but served only one day in prison "
        "after he pleaded guilty to the lesser included offence of uttering threats. and was "
        "credited with 66 days in pre-trial custody."
    ),
    (
        "Sources told the Globe and Mail that he had been designated a 'high-risk traveler' "
        "and the government had seized his passport"
    ),
    (
        "His attack comes just two days after another Canadian soldier was killed in Quebec "
        "by a man with jihadist sympathies."
    ),
]


def test_a_page_that_labels_its_captions_keeps_a_paragraph_without_a_stop() -> None:
    cleaned = clean(article(OTTAWA))
    assert OTTAWA[14] in cleaned.text


def test_a_library_image_is_a_photo_word() -> None:
    # FNC-1 402 (seed 1274's hand check).
    assert is_photo_caption(
        "Police are linking two incidents in which a man hit women for sneezing (Library image)"
    )
    assert not is_photo_caption("The library image archive was opened to the public.")


def test_a_caption_does_not_go_on_from_the_story() -> None:
    assert not goes_on_story(CAPSULE[10])
    assert goes_on_story(HOMELESS[16])
