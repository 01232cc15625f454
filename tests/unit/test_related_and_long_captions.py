"""Related-stories items closed by a date in capitals, a box's label in quotation marks, and the
tabloid's long labelled captions (issue 12, round 8, `fix/seg42`).

Real lines, from FNC-1 train bodies and PolNeAR texts (named beside each), in the layout they
come in; each with a prose line beside it that stays.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._furniture import is_teaser_label, non_prose
from annotate.corpus._related import is_dated_related

# FNC-1 1374, lines 9-11: the NYT's related-articles box printed into the story, each item a
# caption, a headline and its date in capitals glued together.
NYT_BOX = (
    "He first appeared in Islamic State videos in August, when he appeared to behead the "
    "American journalist James Foley and deliver threats against the West.\n\n"
    "At a mosque in Birmingham, England, a young man carries a Union Jack bag.Britain Appeals to "
    "Anti-Extremist Imams in Effort to Uproot Seeds of RadicalizationAUG. 24, 2014\n\n"
    "Junko Ishido, the mother of the journalist Kenji Goto, spoke to reporters on Sunday at her "
    "house in Tokyo. “My son’s final act was to go to Syria to help a fellow Japanese,” she said. "
    "“Please understand his kindness and courage.”Hostage’s Apparent Beheading by ISIS Stirs "
    "Outrage in JapanFEB. 1, 2015\n\n"
    "Last month, he appeared in a video with Haruna Yukawa and Kenji Goto, both Japanese "
    "hostages, shortly before they were killed.\n"
)


def test_a_related_box_item_closed_by_its_date_in_capitals_is_a_link() -> None:
    paragraphs = NYT_BOX.strip().split("\n\n")
    cleaned = clean(NYT_BOX)
    assert [(d.kind, d.text) for d in cleaned.dropped] == [
        ("link", paragraphs[1]),
        ("link", paragraphs[2]),
    ]
    assert cleaned.text.split("\n\n") == [paragraphs[0], paragraphs[3]]


def test_a_date_in_prose_or_alone_is_no_related_item() -> None:
    # FNC-1 678's headline alone under its date; prose writes its months in lower case.
    assert is_dated_related(
        "Jordan’s King Abdullah II Returns Home to Cheers After Swift ExecutionsFEB. 4, 2015"
    )
    assert not is_dated_related("The pilot was captured by the militants on Dec. 24, 2014")
    assert not is_dated_related("FEB. 4, 2015")


def test_a_related_label_in_quotation_marks_heads_its_box() -> None:
    # PolNeAR huff-post 2015-11-11 watch-the-best-moments: the label was kept as a sentence and
    # so was the box's last headline (the four between them were dropped).
    text = (
        "There was some actual debating, along with some pretty eyebrow-raising statements.\n\n"
        '"Related:"\n\n'
        "Rand Paul Scores Direct Hit On Donald Trump.\n\n"
        "Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen\n"
    )
    cleaned = clean(text)
    assert [d.kind for d in cleaned.dropped] == ["link", "link", "link"]
    assert cleaned.text.strip() == text.split("\n\n")[0]
    assert is_teaser_label('"Related:"')
    assert not is_teaser_label('"Related:" he asked.')


# FNC-1 743, line 7: a Daily Mail caption of three sentences (71 words), the last without its mark.
LONG_CAPTION = (
    "Shocking video: A group of Marines fighting in the Now Zad District of Helmand Province in "
    "Afghanistan were ambushed by insurgents when a sniper's bullet struck one of them directly "
    "in the helmet. Video captured the shocking moment. From right to left, the group are seen "
    "leaving a desert building when the bullet hits the helmet (center and left) and lefts up a "
    "piece of fabric on the Kevlar reinforced helmet"
)


def test_a_long_labelled_caption_is_dropped_whole() -> None:
    assert non_prose(LONG_CAPTION) == "caption"
    # Its closing caption, under a label in quotation marks (FNC-1 743, line 27).
    assert (
        non_prose(
            "'You lucky son of a b****': The group marvel at the lifesaving helmet before moving "
            "on to fight other battles"
        )
        == "caption"
    )


def test_an_answer_or_a_quotations_lead_in_under_a_label_stays() -> None:
    # PolNeAR politico 2016-02-19 (an interview's answer) and FNC-1 1327 (a quoted post), both
    # over 30 words without a final mark: the labels are a speaker's, not a caption's.
    answer = (
        "A: It’s a big mistake. Everybody’s making it. By the way, I just saw that new Rubio ad, "
        "with a tugboat, and I thought it was a good ad, and the country is better positioned "
        "than anyone else in the world, for Christ’s sake. It’s not even close"
    )
    wrote = (
        "She wrote: “So I’ve recently celebrated my 19th birthday and after a lot of thought, "
        "I’ve decided it is time to tell my story, the one the papers have been printing for "
        "years without ever asking me, and the one I want you to hear from me.” (Via)"
    )
    assert non_prose(answer) is None
    assert non_prose(wrote) is None
    # A sentence after a label ends with its mark, and stays.
    assert non_prose(LONG_CAPTION + ".") is None


def test_a_picture_agency_alone_on_its_line_is_a_credit() -> None:
    # PolNeAR huff-post 2016-04-06 black-girls-rock: "Getty." between a quotation and the
    # caption under it was kept as a sentence.
    text = (
        "“I want us to walk confidently in our authentic truth and I want us to be free.”\n\n"
        "Getty.\n\n"
        "Throughout the ceremony, several black women were recognized for their trailblazing "
        "work in their respective fields.\n"
    )
    cleaned = clean(text)
    assert [(d.kind, d.text) for d in cleaned.dropped] == [("credit", "Getty.")]
    assert "Getty" not in cleaned.text
    # An agency named in a sentence stays in it.
    assert clean("Getty Images said it would appeal.\n").text.strip() == (
        "Getty Images said it would appeal."
    )
