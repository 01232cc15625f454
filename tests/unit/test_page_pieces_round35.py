"""Round 35 (issue 12): four pieces of the page kept as tasks, firm errors of the earlier pools'
judges: a bulleted question beside its bulleted link (FNC-1 1489), an image's name glued before
its caption over the picture's credit (FNC-1 124), a source's name alone that the story named,
an embed's credit (PolNeAR huff-post 2016-01-02 and 2016-10-07), and a caption in the present
closing the body after the story's end (FNC-1 2345). Each with the near misses that stay."""

from __future__ import annotations

from annotate.corpus._alt_text import opens_with_alt
from annotate.corpus._clean import clean
from annotate.corpus._closing_captions import closes_on_caption
from annotate.corpus._named_sources import inner_names, is_named_source
from tests.shared import dropped_kinds as kinds
from tests.shared import fnc1_body


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# FNC-1 1489: BBC's related links, each a bullet; the second lost its question mark.
STORY = "Friends told the Post that Emwazi began to radicalise after a planned safari to Tanzania."
ASKED = "• Who is Jihadi John?"
LINKED = "• Does Jihadi John have a body double"
AFTER = "Scotland Yard has refused to confirm the reports."


def test_a_bulleted_question_beside_its_bulleted_link_is_a_headline() -> None:
    cleaned = clean(_text(STORY, ASKED, LINKED, AFTER))
    assert "Who is Jihadi John?" in kinds(cleaned.dropped)["headline"]
    assert "Who is Jihadi John" not in cleaned.text
    assert AFTER in cleaned.text


def test_a_bulleted_question_after_its_bulleted_link_is_a_headline() -> None:
    cleaned = clean(_text(STORY, LINKED, ASKED, AFTER))
    assert "Who is Jihadi John?" in kinds(cleaned.dropped)["headline"]


def test_a_bulleted_question_alone_stays() -> None:
    # No sibling in its box: the question may be the story's own.
    cleaned = clean(_text(STORY, ASKED, AFTER))
    assert "Who is Jihadi John?" in cleaned.text


def test_a_question_without_a_bullet_beside_a_bulleted_link_stays() -> None:
    cleaned = clean(_text(STORY, "Who is Jihadi John?", LINKED, AFTER))
    assert "Who is Jihadi John?" in cleaned.text


def test_a_bulleted_fact_beside_a_bulleted_link_stays() -> None:
    fact = "• Goldfish have a memory-span of at least three months."
    cleaned = clean(_text(STORY, fact, LINKED, AFTER))
    assert "Goldfish have a memory-span of at least three months." in cleaned.text


def test_fnc1_1489_loses_the_link_and_keeps_the_story() -> None:
    cleaned = clean(fnc1_body("1489"))
    assert "Who is Jihadi John?" in kinds(cleaned.dropped)["headline"]
    assert "Scotland Yard has refused to confirm the reports." in cleaned.text


# FNC-1 124: the image's file name, its hyphens gone, glued before the caption; the credit
# under it.
GLUED = "grafitti penis 2 million car Someone painted a graffiti dick on a $2.5 million car"


def test_an_image_name_glued_to_its_caption_over_its_credit_is_a_caption() -> None:
    text = "If you can afford one of these, you can probably afford a new paint job.\n" + GLUED
    cleaned = clean(text + "\n\nimages: Metro")
    assert GLUED in kinds(cleaned.dropped)["caption"]
    assert "images: Metro" in kinds(cleaned.dropped)["credit"]
    assert "paint job." in cleaned.text


def test_the_glued_line_without_a_credit_under_it_stays() -> None:
    text = "If you can afford one of these, you can probably afford a new paint job."
    cleaned = clean(_text(text, GLUED, "The car was parked on the street."))
    assert GLUED not in kinds(cleaned.dropped).get("caption", [])


def test_the_alt_texts_shape() -> None:
    assert opens_with_alt(GLUED)
    # A clause in lower case (a quotation's run-on), a sentence with its stop, a caption alone.
    assert not opens_with_alt("what was Secretary Clinton’s judgment in setting up this site")
    assert not opens_with_alt("grafitti penis 2 million car Someone painted it on the car.")
    assert not opens_with_alt("Someone painted a graffiti dick on a $2.5 million car")
    assert not opens_with_alt("he said the Bugatti Veyron was parked on the street")


def test_fnc1_124_loses_its_caption() -> None:
    cleaned = clean(fnc1_body("124"))
    assert GLUED in kinds(cleaned.dropped)["caption"]
    assert "Still, guy must be pissed." in cleaned.text


# PolNeAR huff-post 2016-01-02: the video's credit, the group the story named.
NAMED = (
    "A clip of Donald Trump is featured in a purported new recruitment video released by "
    "Al-Shabaab, the terrorist group based in Somalia."
)
CHEERS = "The crowd enthusiastically cheers Trump’s words."
FOOTAGE = "Footage of Al-Awlaki again appears."


def test_a_source_the_story_named_alone_is_a_credit() -> None:
    cleaned = clean(_text(NAMED, CHEERS, "Al-Shabaab.", FOOTAGE))
    assert "Al-Shabaab." in kinds(cleaned.dropped)["credit"]
    assert FOOTAGE in cleaned.text


def test_an_answer_after_a_question_stays() -> None:
    # "Why? Money." and its kind: the name answers the story's question.
    cleaned = clean(_text(NAMED, "Who released the video?", "Al-Shabaab.", FOOTAGE))
    assert "Al-Shabaab." in cleaned.text


def test_a_word_the_story_never_named_inside_a_sentence_stays() -> None:
    # "Tennis." / "Boating." (NYT), "Money." where the story opens a sentence with it.
    cleaned = clean(_text(NAMED, "Money talks in Somalia.", CHEERS, "Money.", FOOTAGE))
    assert "Money." in cleaned.text
    cleaned = clean(_text(NAMED, CHEERS, "Tennis.", FOOTAGE))
    assert "Tennis." in cleaned.text


def test_the_names_inside_sentences() -> None:
    assert inner_names(NAMED) == {"Donald", "Trump", "Al-Shabaab", "Somalia"}
    assert is_named_source("Al-Shabaab.", inner_names(NAMED))
    # "A" opens the sentence only; "Money" too.
    assert not is_named_source("Clip.", inner_names(NAMED))
    assert not is_named_source("Money.", inner_names("Money talks. Nobody knows."))
    assert not is_named_source("Al-Shabaab did.", inner_names(NAMED))


# FNC-1 2345: the Daily Mail's last caption, after the story's last sentence, on a page that set
# its captions under its pointer ("Scroll down for video").
CLOSING = (
    "Lesley McSpadden, mother of Michael Brown, is overwhelmed by grief as she approaches the "
    "casket of her son at the beginning of his funeral at Friendly Temple Missionary Baptist "
    "Church"
)
OPENING = (
    "Glide released a lengthy statement on their website today which said the user had been "
    "live video-messaging with a friend."
)
POINTED = (
    "Scroll down for video",
    "Glide, an app which provides a real-time video texting service, said on Thursday that "
    "the audiotape was genuine and that it was now in the hands of the FBI",
)
FUNERAL = "Michael Brown's funeral was held on Monday at a St Louis church."


def test_a_present_caption_closing_a_page_of_pointed_captions_is_a_caption() -> None:
    cleaned = clean(_text(OPENING, *POINTED, FUNERAL, CLOSING))
    assert POINTED[1] in kinds(cleaned.dropped)["caption"]
    assert CLOSING in kinds(cleaned.dropped)["caption"]
    assert FUNERAL in cleaned.text


def test_the_closing_line_on_a_page_without_captions_stays() -> None:
    cleaned = clean(_text(OPENING, FUNERAL, CLOSING))
    assert CLOSING in cleaned.text


def test_the_stories_last_line_without_its_stop_stays() -> None:
    # In the past, as the story tells; or pointing back with a pronoun, a verb of report.
    for last in (
        "Wilson, a six-year veteran of the Ferguson force with a clean record, has not been "
        "arrested or charged with any crime",
        "He is believed to have been at the church with his family",
    ):
        cleaned = clean(_text(OPENING, *POINTED, FUNERAL, last))
        assert last in cleaned.text


def test_the_captions_present() -> None:
    assert closes_on_caption(CLOSING)
    assert not closes_on_caption("He is believed to have ordered the Westgate Mall massacre")
    assert not closes_on_caption("Wilson is expected to be charged by the grand jury next week")
    assert not closes_on_caption(CLOSING + ".")


def test_fnc1_2345_loses_its_last_caption() -> None:
    cleaned = clean(fnc1_body("2345"))
    assert CLOSING in kinds(cleaned.dropped)["caption"]
    assert "in front of thousands of mourners." in cleaned.text
