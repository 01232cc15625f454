"""An advertising widget's label and its ads are not tasks (issue 12, ``fix/seg9``).

Real lines from FNC-1 train and test bodies, laid out as they are there.
"""

from __future__ import annotations

from annotate.corpus._clean import Dropped, clean


def _dropped(dropped: list[Dropped], kind: str) -> list[str]:
    return [d.text for d in dropped if d.kind == kind]


# FNC-1 body 833: Adblade's box, its ads after blank lines, the story on the next line.
ADBLADE = (
    "The new Saudi king shook hands with President Obama at the Erga Palace but did not "
    "acknowledge the first lady at all during a brief aside at the funeral for King Abdullah, "
    "Bloomberg View reported.\n\n"
    "Ads by Adblade\n \n\n"
    "Get fit before the holidays.\n\n"
    "1 Weird Trick for 20+ Yards. 12 Time PGA Winner's Shocking Claim: Ditch the Conventional "
    "Golf Swing\n\n"
    "9 Embarrassing Situations Caught On Camera. Warning: You Never Know Who's Watching...\n"
    "Mrs. Obama did not wear a head scarf during the funeral, as is custom for any woman "
    "appearing in public in Saudi Arabia.\n\n"
    "Other news organizations, such as Al Jazeera, showed the meeting without censoring Mrs. "
    "Obama’s face, Bloomberg reported."
)


def test_an_ad_widget_and_its_ads_are_not_tasks() -> None:
    cleaned = clean(ADBLADE)
    assert "holidays" not in cleaned.text
    assert "Watching" not in cleaned.text
    assert _dropped(cleaned.dropped, "link")[:2] == [
        "Ads by Adblade",
        "Get fit before the holidays.",
    ]
    assert "Mrs. Obama did not wear a head scarf" in cleaned.text


# FNC-1 body 1303: a box of ads on consecutive lines, their addresses between them; the story
# goes on after a blank line with short lines of its own.
ADS = (
    "With the aid of a high-tech machine called LUCAS 2, that kept the blood flowing to his "
    "brain, doctors managed to unblock vital arteries and return his heart to a normal "
    "rhythm.\n\n"
    "Ads\n"
    "Catholic Priest Vocation\n"
    "vocations.companionscross.org\n"
    "How to become a Priest. Info on The Companions of the Cross\n"
    "Miracle Prayer Requests\n"
    "www.christianprayercenter.com\n"
    "Need Prayers? Thousands Will Pray For You.\n\n"
    "Example #2:\n"
    "Via Metro.co.uk, Feb. 22, 2015 (article subsequently revised):\n\n"
    "We’ve all seen the traditional depictions of God as a cloud-dwelling figure with a "
    "flowing mane and a white beard."
)


def test_the_box_ends_where_its_spacing_does() -> None:
    cleaned = clean(ADS)
    assert "Priest Vocation" not in cleaned.text
    assert "Thousands Will Pray" not in cleaned.text
    # The box ends above the quoted piece's labels: they are labels (fix/seg12), not ads.
    assert [d.kind for d in cleaned.dropped if d.text == "Example #2:"] == ["label"]
    assert "We’ve all seen the traditional depictions" in cleaned.text


def test_a_long_line_after_the_label_is_the_story_s() -> None:
    # FNC-1 test body 1211's box without its ads: the story under the label stays.
    raw = (
        "The man was escorted off the plane, the Post reported.\n\n"
        "Ads by Adblade\n\n\n"
        "The man then encountered another flight attendant who wished him a “Merry Christmas,” "
        "at which point his rage required removal from the aircraft, The Post reported."
    )
    assert clean(raw).text.endswith("The Post reported.")


def test_a_placeholder_or_an_empty_box_keeps_the_story_under_it() -> None:
    # FNC-1 test body 389: "Sponsored links" over the story's own short lines; FNC-1 1880:
    # "Advertisement" where an ad was.
    for label, line in [
        ("Sponsored links", "It’s not true."),
        (
            "Advertisement",
            "But it seems we may have all been caught in a web... of misinformation.",
        ),
    ]:
        raw = f"The meme has been circulating heavily in January 2015.\n\n{label}\n\n{line}"
        assert clean(raw).text.endswith(line)
