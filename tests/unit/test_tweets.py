"""Embedded posts kept as sentences on the judged draws of issue 12 round 5 (``fix/seg34``): a
tweet round-up's tweets told by their hashtags, a retweet, an Instagram post's signature, a
tweet glued inside a paragraph, and a PolNeAR tweet element broken over two lines; and the
prose around them, which stays (a tweet quoted in prose, a hashtag named in a sentence).

Real lines from FNC-1 train bodies and PolNeAR texts, laid out as they are there.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._segment import split_sentences
from tests.shared import dropped_kinds as _kinds

# FNC-1 body 1413: a tweet round-up under numbered stages; the story's own lines around it.
ROUND_UP = (
    "But on Thursday, thanks to fake tweets circulated online, people also thought he joined "
    "the terrorist organization ISIS.\n\n"
    "horrified at news that macklemore has joined ISIS #MacklemoreJoinedISIS\n\n"
    "Not everyone believed it, but that didn’t stop #MacklemoreJoinsISIS from trending on "
    "Twitter with tweets of disbelief, memes, and more photoshopped pictures.\n\n"
    "In fact, all five stages of grief exploded on Twitter:\n\n"
    "1. Denial.\n\n"
    "Incriminating stuff. In shock that #MacklemoreJoinedISIS\n\n"
    "I wasn't buying it, but man...it's real. #MacklemoreJoinedISIS\n\n"
    "Why is #MacklemoreJoinedISIS trending? Is this real??\n\n"
    "The most shocking news today is that #MacklemoreJoinedISIS really\n\n"
    "2. Anger.\n\n"
    "sick and tired of hearing that #MacklemoreJoinedISIS. everyone knows by now. can't we talk "
    "about something other than pop stars for once\n\n"
    "#MacklemoreJoinedISIS I just wanna punch the person who made this ridiculous trend\n\n"
    "3. Bargaining.\n\n"
    "If only #MacklemoreJoinedISIS were true, and he could take Kanye and Kim with him.\n\n"
    "*#MacklemoreJoinedISIS* *Iggy Azalea is still the most hated rapper*\n\n"
    "4. Depression.\n\n"
    "Still reeling. #MacklemoreJoinedISIS\n\n"
    "Wait, so #MacklemoreJoinedISIS? What does that say about the Mariners?\n\n"
    "5. Acceptance.\n\n"
    "What would we do without CNN???? RT @SMetter26: BREAKING: CNN style #MacklemoreJoinedISIS\n\n"
    "Kendrick Lamarr must be so pissed he lost his Grammy to a terrorist #macklemorejoinedISIS\n\n"
    "Macklemore ain’t mad tho, he’s yet to respond on Twitter."
)


def test_a_tweet_round_ups_tweets_are_dropped_by_their_hashtags() -> None:
    cleaned = clean(ROUND_UP)
    assert "#MacklemoreJoinedISIS" not in cleaned.text
    assert "Mariners" not in cleaned.text
    assert len(_kinds(cleaned.dropped)["tweet"]) == 13
    # The story's own lines stay, the one naming a hashtag inside its sentence too.
    assert split_sentences(cleaned.text) == [
        "But on Thursday, thanks to fake tweets circulated online, people also thought he "
        "joined the terrorist organization ISIS.",
        "Not everyone believed it, but that didn’t stop #MacklemoreJoinsISIS from trending on "
        "Twitter with tweets of disbelief, memes, and more photoshopped pictures.",
        "In fact, all five stages of grief exploded on Twitter:",
        "Macklemore ain’t mad tho, he’s yet to respond on Twitter.",
    ]


def test_prose_naming_a_hashtag_between_tweets_stays() -> None:
    # FNC-1 body 1401: a sentence of the story between a tweet's sign-off and another tweet.
    text = (
        "The rumours spread quickly.\n\n"
        "Rest in peace Fidel.\n"
        "— Raila Odinga (@RailaOdinga) January 4, 2015\n\n"
        "Thousands of mourners took to social media with the hashtag #RIPFidel, as they paid "
        "their final respects to the Kenyan Fidel ahead of his funeral Saturday, likely fueling "
        "rumors about Cuban Fidel's death.\n\n"
        "Mourners flock at Jaramogi Odinga Oginga University to give Fidel a send off #RIPFIDEL "
        "#FarewellFidelCastro pic.twitter.com/gZYa4joWjH\n\n"
        "Castro has not been seen in public for months."
    )
    cleaned = clean(text)
    assert "Thousands of mourners took to social media" in cleaned.text
    assert "Jaramogi" not in cleaned.text


def test_a_tweet_quoted_in_prose_stays_prose() -> None:
    # PolNeAR west-journal_2016-02-10: the story quotes a tweet, between two embedded ones.
    quoted = (
        "Another person tweeted: “EPIC Troll at Hillary town hall. Still from CNN Clip "
        "#SettleForHillary #feelthebern.”"
    )
    text = (
        '<tweet tweet-author="@jeets" tweet-date="February 9, 2016">People behind '
        "@HillaryClinton wearing “Settle For Hillary” shirts at her event in Hudson, NH… ouch. "
        "#nhpolitics pic.twitter.com/PwK0NwCrat<tweet/>.\n\n"
        f"{quoted}\n\n"
        '<tweet tweet-author="@bintfilm" tweet-date="February 9, 2016">EPIC Troll at Hillary '
        "town hall. Still from CNN Clip #SettleForHillary #feelthebern "
        "pic.twitter.com/nzaaq6rcaH<tweet/>.\n\n"
        "The message coincides with what others are saying about the candidate choices."
    )
    cleaned = clean(text)
    assert quoted in cleaned.text
    assert "pic.twitter.com" not in cleaned.text


def test_the_articles_last_line_keeps_its_campaign_tag() -> None:
    # FNC-1 body 68: the story's last sentence with a hashtag after it is not a tweet.
    text = (
        "Prices begin around $200 and up per ounce.\n\n"
        "KFC is hoping to get all 100 franchisees on board with the new product by March 2016. "
        "#KushForCure"
    )
    assert "KFC is hoping" in clean(text).text


def test_a_retweet_with_its_comment_is_one_tweet() -> None:
    # FNC-1 body 610: the retweeter's words and the retweet fit in one tweet, and are one
    # (round 17, judged: the comment kept as a task was the post's, not the story's).
    text = (
        "The assertion sparked outrage.\n\n"
        "Utterly speechless. RT @Lahlahlindsey THIS IS HORRIFYING http://t.co/ycDWFvwtfI …\n\n"
        "Several other blogs wrote posts questioning why."
    )
    cleaned = clean(text)
    assert _kinds(cleaned.dropped)["tweet"] == [
        "Utterly speechless. RT @Lahlahlindsey THIS IS HORRIFYING http://t.co/ycDWFvwtfI …"
    ]
    assert "Utterly speechless." not in cleaned.text
    # "RT" as a word of prose is no retweet.
    assert "RT is" in clean("Officials said RT is a state channel.").text


def test_an_instagram_posts_signature_is_dropped() -> None:
    # FNC-1 body 1688.
    signature = "A photo posted by Banksy (@banksy) on Jan 1, 2015 at 3:02pm PST"
    text = (
        "A popular Banksy Instagram account weighed in on Wednesday.\n\n"
        "Take a look:\n\n"
        f"{signature}\n\n"
        "The account has nearly one million followers."
    )
    cleaned = clean(text)
    assert _kinds(cleaned.dropped)["credit"] == [signature]
    assert "Take a look:" in cleaned.text
    # A sentence about a video posted by someone is prose.
    prose = (
        "A video posted by ISIL terrorists in Iraq purports to the show the beheading of an "
        "American photojournalist."
    )
    assert prose in clean(f"{prose}\n\nHe had been missing since 2012.").text


def test_a_tweet_glued_inside_a_paragraph_is_cut_out() -> None:
    # FNC-1 body 1196: a lead-in, the tweet and its sign-off, then the story goes on.
    text = (
        'The "Break One, Thousands Will Rise" illustration was actually created by illustrator '
        "Lucille Clerc: Break one, thousand will rise #CharlieHebdo #JeSuisCharlie "
        "#raiseyourpencilforfreedom pic.twitter.com/3n5fOEmrwJ— Lucille Clerc (@LucilleClerc) "
        "January 7, 2015 Clerc, an illustrator based in London, shared her artwork on Facebook , "
        "Twitter, and Instagram on 7 January 2015. She also confirmed she created the piece:"
    )
    cleaned = clean(text)
    assert _kinds(cleaned.dropped)["tweet"] == [
        "Break one, thousand will rise #CharlieHebdo #JeSuisCharlie #raiseyourpencilforfreedom "
        "pic.twitter.com/3n5fOEmrwJ— Lucille Clerc (@LucilleClerc) January 7, 2015"
    ]
    assert split_sentences(cleaned.text) == [
        'The "Break One, Thousands Will Rise" illustration was actually created by illustrator '
        "Lucille Clerc:",
        "Clerc, an illustrator based in London, shared her artwork on Facebook , Twitter, and "
        "Instagram on 7 January 2015.",
        "She also confirmed she created the piece:",
    ]


def test_a_glued_tweet_takes_only_the_sentences_that_fit_in_a_tweet() -> None:
    # FNC-1 body 1800: the reporter's tweet inside a live blog's entry.
    text = (
        "The Mirror's Andy Lines is down at the scene where Emwazi grew up in Queen's Park, "
        "north west London.He reports that neighbours are stunned at the news that the young "
        "man has been unmasked as the feared terrorist Jihadi John.Outside Jihadi John's home "
        "in west London. In dark red brick small block. Neighbours genuinely shocked at this "
        "morning's revelation.— Andy Lines (@andylines) February 26, 2015 The man known as "
        "Jihadi John has appeared in a series of sickening videos."
    )
    cleaned = clean(text)
    assert _kinds(cleaned.dropped)["tweet"] == [
        "Outside Jihadi John's home in west London. In dark red brick small block. Neighbours "
        "genuinely shocked at this morning's revelation.— Andy Lines (@andylines) February 26, "
        "2015"
    ]
    assert "He reports that neighbours are stunned" in cleaned.text
    assert cleaned.text.endswith(
        "\nThe man known as Jihadi John has appeared in a series of sickening videos."
    )


def test_a_tweet_element_broken_over_two_lines_is_dropped_whole() -> None:
    # PolNeAR train west-journal_2016-03-10_look-shocking-photos-of-gop-cand.
    opening = '<tweet tweet-author="@ByronYork" tweet-date="March 9, 2016'
    closing = (
        '">Rubio stadium event in Hialeah. Stands empty; crowd in one end zone. '
        "pic.twitter.com/9zj0xslwSA<tweet/>."
    )
    text = (
        "Even right-leaning journalist Byron York took a moment to point out the lack of a "
        "crowd at Rubio’s event.\n\n"
        f"{opening}\n{closing}\n\n"
        "Still, one has to feel bad for the tough job Rubio staffers have."
    )
    cleaned = clean(text)
    assert _kinds(cleaned.dropped)["tweet"] == [opening, closing]
    assert "tweet" not in cleaned.text
    assert "Rubio staffers" in cleaned.text


def test_a_tweet_with_its_sign_off_and_polnears_full_stop_is_dropped() -> None:
    # PolNeAR dev breitbart 2016-09-28: an Apple Music tweet, text and sign-off on one line,
    # closed by the full stop PolNeAR's export adds after the year.
    tweet = (
        "Like you’ve never seen them before.@MaryJBlige sits down with @HillaryClinton.#The411"
        "Coming September 30th.https://t.co/hbaWqfjJcp pic.twitter.com/P2qpm3h3Pm— Apple Music "
        "(@AppleMusic) September 27, 2016."
    )
    prose = "The full interview will premiere on Sept. 30 on Apple Music."
    cleaned = clean(f"{prose}\n\n{tweet}\n\nThe clip has faced ridicule online.\n")
    assert _kinds(cleaned.dropped)["tweet"] == [tweet]
    assert cleaned.text == f"{prose}\n\nThe clip has faced ridicule online."
