"""A call to the reader at the end of a paragraph: ``Share it in the comments.``

Web news closes a paragraph, or the article, with a line addressed to its reader rather than a
claim about the world: an invitation to comment (``Let us know in the comments.``, ``Tell us
what you think!``), to share, to follow the site or its writer (``Follow Reuters on Twitter.``,
``Follow her on Twitter @KatreaseS_Freep.``), to sign up or come back (``Visit our website daily
for more shocking news!``, ``Stay tuned for more updates.``), or to reach its writer (``You can
reach this post's author, J. Assita Camara, on twitter.``). A reader's question (``What do you
think?``) alone is left here: inside the story it is a sentence a reader can be asked about, and
closing the article it is the page's prompt, which the stage that knows the article's end takes
(see ``_closing_prompts``). Before a call to answer it (``Tell us``, ``Let us know in the
comments.``, an address to write to) it is the call's prompt and goes with it: the judges of
issue 12's unseen draws counted such prompts as furniture (FNC-1 1161, 339, 1806). On every
FNC-1 body and PolNeAR text this takes questions in 17 articles, all prompts but perhaps West
Journal's two before ``Share and comment below.`` (2016-03-29), which read as the writer's own
as well. The second person alone is no signal (``Still, if you were betting today, you would bet
on Rubio.``: 96 such sentences among the last three of the FNC-1 and PolNeAR articles, mixed);
what is, is an imperative from a closed class that names the page, the site, its comments or a
social network, or ``us``. Only the sentences that end a line are read, from its end, and none
with a double quote mark after its opening words (a quotation may call anyone: ``Join us here on
Cape Breton Island!”``; a title in quotes may name what "for more" is on: ``For more news on the
"Man of Steel" ...``). On FNC-1 train bodies and PolNeAR this cut 47 sentences in 44 articles,
on the FNC-1 test bodies 18, every one a call (benchmarks/RESULTS.md, issue 12, ``fix/seg9``).

What such lines share is whom they speak to and of: the reader, told where to look, write or
come back (``See a news report on ... here: http://...``, ``For more news on ... head on over
to ...``, ``You can read the full account ... at Consumerist.``, ``Check back for updates.``),
and the page's own future (``More to come.``, ``We'll update this post as more information
becomes available.``, ``Cosmic Book News will update when more becomes available.``). An
e-mail address outside a quotation is the strongest of these: a sentence that gives one tells
the reader whom to write to (``To report problems or to leave feedback about this article,
e-mail: ...``, ``For licensing opportunities ..., please contact licensing@...``,
``Write to Joann S. Lublin at joann.lublin@wsj.com``); on every FNC-1 body and PolNeAR text,
of the 20 sentences with one, the only one that is the story's holds it in quotes.

A question put to the reader (``you``), then an imperative that points away from the page
(``Do you disagree? Check out my counterpoint, “The Case Against ...“``, FNC-1 168) is the
same call: the question leads into the pointer, which names where to go, often a link's title
with no final mark. The pointer is cut whatever it ends with; the question stays, as any
reader's question does. A tabloid's label over a caption is a noun phrase or an exclamation
(``Big foot?``, ``Found!``), never a question to the reader (see ``_captions``).
"""

from __future__ import annotations

import re

from annotate.corpus._notices import BROADCAST_SLOT

__all__ = ["split_calls", "split_inner_calls"]

# A piece of the page a sentence may point at, and the words that make it the whole of one.
_PIECE = (
    r"(?:video|clip|story|article|piece|post|letter|statement|poll|report|footage|transcript|"
    r"interview|speech|memo|document|review|segment|stunt|exchange)s?"
)
_WHOLE = r"(?:(?:full|original|entire|whole|complete|unedited) )"
# A picture of the page, and the words that may open its noun phrase.
_PICTURE = (
    r"(?:screen ?shot|screen ?grab|screen ?capture|photo(?:graph)?|picture|image|chart|graph|"
    r"graphic|infographic|map|snapshot)s?"
)
_DETERMINER = r"(?:a|an|the|this|these|that|those|our|its|his|her|their)"
# A telephone number (North American, as the corpora's are): "(602) 542-4331", "408-920-2706".
_PHONE = r"(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}"
# The words that may lead into a call to read or find out ("Also: read our ...", "Plus: read
# our ..."): one source for the pattern and for its cheap pre-check (_OPENER).
_LEAD_WORD = r"(?:Also|Plus|Now),?:?"
# Over to another site to read the rest ("Head to io9 to read the rest of Lauren Davis's
# research into this odd story.", FNC-1 1321, seed 1562's judge): the verb of moving the
# reader, a place, then the rest to read there ("Head to the hospital to see the rest of the
# family." is no pointer). Closing a paragraph or inside one.
_ONWARD = (
    r"(?:Head|Go|Hop|Jump|Click)(?: on)?(?: over)? to [^.!?\"“”«»]{1,60}? "
    r"(?:to read|for) (?:the (?:rest|full|whole|complete)|more)\b"
)
# Its verbs: a line without one holds no such call (a cheap look before the pattern).
_ONWARD_VERBS = ("Head ", "Go ", "Hop ", "Jump ", "Click ")
# A pointer whose last word is the link's text, "here": an imperative to look at or read (not
# "See you here.", a speaker's), then what sits behind the link, then "here" (round 37). Read
# at a paragraph's end by _CALL and between its sentences by _INNER_CALL.
_POINTER_VERB = r"(?:See|Read|Watch|View|Check out|Listen to)\b(?![,:])"
_TO_HERE = r" (?!you\b|yourself\b)(?:[^.!?\"“”«»]|\.(?=\w)){1,120}? (?:over )?here"
# The imperatives: each names the site, its comments or a network, or addresses "us".
_CALL = re.compile(
    r"(?:Share (?:it|this|your|and comment)\b|Tell us\b|Let us know\b|Leave (?:us|a comment)\b|"
    r"Send us\b|Drop us\b|Contact us\b|Write (?:to )?us\b|Give us a\b|Get in touch\b|"
    # A request for tips on the story, on a condition put to the reader ("(If you have any
    # other details, do get in touch.)", Gawker, FNC-1 1149, seed 1563's judge): to get in
    # touch with the site, not with the police or another body the story names.
    r"If you (?:have|know|see|saw|hear|heard|witnessed)\b[^.!?\"“”«»]{0,100}?,? "
    r"(?:please |do )?(?:get in touch(?: with us)?(?=[.!])|contact us\b|let us know\b|"
    r"tell us\b|drop us\b|e-?mail us\b|send us\b|write to us\b)|"
    rf"{_ONWARD}|"
    r"E-?mail (?:us|me)\b|Sign up\b|Subscribe\b|Stay tuned\b|"
    # The sign-off over a site's calls ("Keep in touch! Check out HuffPost Weddings on
    # Facebook ...", FNC-1 565).
    r"(?:Keep|Stay) in touch(?=[.!]$)|"
    # A newsletter's box, its price first ("Free Sign Up CP Newsletter!", FNC-1 567).
    r"Free,? (?:Sign [Uu]p|Subscribe)\b[^.!?\"“”«»]{0,40}\b[Nn]ewsletter\b|"
    r"Join the conversation\b|Join us\b|Visit our\b|Check out our\b|"
    # The site's own earlier piece ("Take a look at our first list of 9 outrageous things
    # Donald Trump said about Latinos below.", PolNeAR huff-post 2016-07-18, seed 1460's
    # judge): "our" is the page's, as in "Check out our".
    r"Take a look at our\b|"
    # A blog's thanks to its reader, and its hat tip to whom it had the news from ("Thanks
    # for reading guys and I hope you gained some information ...!", "(Thanks to Votesaxon07
    # and following the nerd for the awesome news!)", FNC-1 1843, seed 1446's judge). Not
    # "Thanks to his efforts, ...": the thanks is for the news, a tip or a link.
    r"Thanks? (?:you )?for (?:reading|watching|listening|stopping by|visiting)\b|"
    r"(?:Thanks|Hat tip|H/T) to [^.!?\"“”«»,]{1,80} for (?:the|this|that)\b[^.!?\"“”«»]{0,40}"
    r"\b(?:news|tip|heads[- ]up|link|story)\b|"
    # A hashtag to follow the site's reports by ("Use #NewsfromElsewhere to stay up-to-date
    # with our reports via Twitter.", BBC, FNC-1 674): the tag is the network's, not the story's.
    r"Use #\w+ to\b|"
    # Tell the site what one thinks, in its comments or its poll ("Sound off in today’s WND
    # poll.", FNC-1 2448; "Sound off in the comments below.", test 1851).
    r"Sound off (?:in|below|on|here)\b|"
    r"Be sure to ['‘]?(?:check|like|follow)\b|"
    # Come back to the site ("Make sure you come back to Wareable for the latest ...").
    r"Make sure (?:you |to )?(?:come back|check back|follow|like|subscribe|sign up)\b|"
    r"Don['’]t forget to (?:like|share|follow|subscribe)\b|Like us\b|"
    # "As always leave us your thoughts ...": the call after a stock opener.
    r"As always,? (?:leave|tell|send) us\b|"
    # The site asks to hear from its reader ("We want to hear from you!", "The Huffington
    # Post wants to know about all the campaign ads ... happening by you.").
    r"We(?:['’]d| would)? (?:want|love|like) to hear from you\b|"
    r"(?:We|The [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) wants? to (?:know|hear) "
    r"(?:about|from|what)\b"
    r"[^.!?]*\byou\b[^.!?]*(?=[.!]$)|"
    # The site's own app ("Download the Fansided.com app for more Batman news!").
    r"Download (?:the|our) (?:\S+ ){0,4}app\b|"
    # "Google+" ends in a mark, so no word boundary after it ("on Google+ and Twitter.").
    r"(?:Follow|Check out|Find|Like) (?:[^.!?]{1,60} )?(?:on|at) (?:Twitter|Facebook|Google\+|"
    r"Instagram)(?!\w)|"
    r"Follow (?:him|her|us|me|them) (?:on|at)\b|Tweet [^.!?]*#|"
    # Whom to follow by their handles, which make the names longer ("Follow Neil MacFarquhar
    # @NeilMacFarquhar and Kimiko de Freytas-Tamura @kimidefreytas on Twitter.", PolNeAR nyt
    # 2016-10-17).
    r"Follow [^.!?]{1,120}@\w{1,15} (?:on|at) (?:Twitter|Instagram)(?!\w)|"
    # ... or for what they will post, the network unnamed ("(Follow The Globe's Josh Wingrove
    # (@josh_wingrove) for updates.)", FNC-1 2281).
    r"Follow [^.!?]{1,120}@\w{1,15}\)? for (?:live )?(?:updates|coverage|the latest)\b|"
    # The network first, then whom to follow there ("On Twitter follow Ken Thomas
    # https://twitter.com/KThomasDC and Lisa Lerer ...", AP, PolNeAR breitbart 2016-05-24).
    r"On (?:Twitter|Facebook|Instagram),? follow\b|"
    # Or by their handles and hashtags alone, the network unnamed ("Follow @USATOpinion or
    # #tellusatoday.", the foot of USA Today's letters pages, PolNeAR usa-today 2016-03-07):
    # a handle is no one's name in a sentence.
    r"Follow (?:[@#]\w{1,40}(?:,? (?:or|and) |, )?)+(?=[.!]?$)|"
    r"You can (?:reach|follow|contact|e-?mail|write to) (?:us|me|him|her|them|this|our)\b|"
    # Pointers away from the story: to a link ("See ... here: http://...", "View full
    # results: http://..."), to more elsewhere ("For more, head to The Guardian.", "For more
    # news on ... head on over to ..."; not "For more than a decade, ..."), to the rest of
    # something ("You can read the full account ... at Consumerist.", "You can see more of
    # her work here."; not "You can find the same image on stock-photo sites ...").
    # A tweet that opens so is a tweet ("Watch the ... footage http://t.co/... — Daily Express
    # (@Daily_Express) January 14, 2015"): its sign-off names its handle.
    r"(?:See|View|Watch|Read|Find|Visit|Click|Go to|Head (?:on )?over to)\b(?![^\n]*\(@)"
    r"[^\"“”«»]{0,160}"
    # Or to a link element the scrape kept, its address quoted ("Watch the latest video at
    # <a href="http://video.foxnews.com">video.foxnews.com</a>.", Fox's video box).
    r"(?:https?://|www\.|<a href=[\"'][^\"'<>]{1,120}[\"']>)|"
    # Or to a bare site name after "more at" ("(Excerpt) Read more at washingtontimes.com
    # ...", the excerpt's pointer to the rest, FNC-1 913): an excerpt tells its reader where
    # the rest is.
    r"(?:\(Excerpt\) )?Read (?:more|the rest|the full (?:story|article)) (?:at|on) "
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk)\b|"
    # ... or full coverage ("For full coverage of the Mobile World Congress from Barcelona,
    # visit our MWC 2015 page.").
    # Or the latest from a show or a desk ("For the latest from The Situation Room click
    # here.", CNN's line under its shows' stories, FNC-1 689, test 248).
    r"For (?:more|the latest|(?:full|complete|live|continuing|the latest) coverage)"
    r"(?:\s+(?:news|information|info|stories|videos?|video news|coverage|details|"
    r"discussion|updates|photos))?(?:\s+(?:on|about|from|of)\b[^.!?]{0,100}?)?,?\s+"
    r"(?:please\s+)?(?:head|go|visit|check out|see|read|click|sign up|download|like|try|"
    r"watch)\b|"
    # What the reader gets, then the site's offer to sign up for it: a product of the page
    # promoted ("To get this story before it's news, sign up for Benzinga Pro, Wall Street's
    # most timely real-time newswire.", FNC-1 test 875; "For up-to-the-minute information on
    # Nantucket's breaking news, ..., Sign up for Inquirer and Mirror text alerts.", test 953).
    r"(?:To|For) [^.!?\"“”«»]{1,240}?, (?:please )?(?:[Ss]ign up|[Ss]ubscribe)\b|"
    r"You can (?:read|see|watch|find|listen to) (?:(?:the (?:full|whole|entire|rest)|more|our|"
    r"them|it all)\b|[^.!?\"“”«»]{0,80} here[.!]$)|"
    r"Check back\b|"
    # An imperative to look at or read what sits behind the word "here", the link's text
    # ("Read the re/code.net coverage here.", FNC-1 test 644; "See the latest results here."):
    # nothing of the story is in it but where to click. Not "See you here." (a speaker's).
    rf"{_POINTER_VERB}{_TO_HERE}(?=[.!]$)|"
    # A show's slot, to watch or hear it ("Watch The Situation Room with Wolf Blitzer weekdays
    # at 4pm to 6pm ET and Saturdays at 6pm ET.", "Watch Anderson Cooper 360° weeknights 8pm
    # ET.", CNN): a schedule, the promotion of a show (see _notices.BROADCAST_SLOT).
    rf"(?:Watch|Listen to|Tune in to|Catch) [^.!?\"“”«»]{{1,60}}? {BROADCAST_SLOT}|"
    # Over to another site for the rest ("Click over the 9to5Mac for more on the new laptop
    # design.", FNC-1 1013; "Head over to CNET for the full review."): the verb of moving
    # the reader, then what the other page holds for them.
    r"(?:Click|Head|Hop|Go|Jump)(?: on)? over\b[^.!?\"“”«»]{1,80}? for (?:more|the (?:full|rest|"
    r"latest|whole|complete))\b|"
    # The wire's label over its writers' and editors' addresses (Bloomberg's "To contact the
    # author on this story:" over "Josh Rogin at joshrogin@bloomberg.net", FNC-1 343).
    r"To contact the (?:authors?|reporters?|writers?|editors?)(?: responsible for| on| of| for)"
    r" this (?:story|article|post|report)(?=:$)|"
    # Whom to ask about a picture's use, and that it may be used (RNS under its photos: "This
    # image is available for Web and print publication. For questions, contact Sally
    # Morrow.", FNC-1 1832): said to the publishers who take the wire, not the story's.
    r"For (?:questions|inquiries|more information),? (?:please )?contact "
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?=\.?$)|"
    r"This (?:image|photo|photograph|picture|graphic|video) is available for "
    r"(?:(?:Web|online|print|broadcast|publication)(?: and | or |, )?)+|"
    # Whom to phone, as a writer's or a group's contact ("To contact Arizona Governor Jan
    # Brewer, call (602) 542-4331.", "For more information or if you would like the group to
    # visit your child's school call (785) 273-0325.", FNC-1 27; "Contact Dana Hull at
    # 408-920-2706.", FNC-1 test 2510): the number ends the sentence, as an address does.
    r"(?:To (?:contact|reach)\b[^.!?\"“”«»]{1,80}?,? (?:please )?(?:call|phone|dial|text)|"
    r"For more information\b[^.!?\"“”«»]{0,100}?\b(?:please )?(?:call|phone|contact)|"
    r"Contact [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?: at|:))"
    rf"[^.!?\"“”«»]{{0,40}}?{_PHONE}(?=[.!]?$)|"
    # The site's own pieces promoted by name ("Read our review of the new £899 iMac and see
    # how it compares to the MacBook Air.", "Also: read our Best Mac to Buy Mac Buyers Guide
    # where we compare every Mac.", Macworld, FNC-1 1362): "our" is the page's.
    rf"(?:{_LEAD_WORD} )?[Rr]ead our\b|"
    # Where to find out, here ("Find out if you should buy a Mac laptop or Mac desktop
    # here."): the answer is a link, not the story's.
    rf"(?:{_LEAD_WORD} )?[Ff]ind out\b[^.!?\"“”«»]{{0,120}} here(?=[.!]$)|"
    # A pointer to another section of the page ("More info in the MacBook Air redesign
    # section.", "See more details and images in the Design section, below.").
    r"(?:See|More)\b[^.!?\"“”«»]{0,80}\b(?:in|under) the [^.!?\"“”«»]{1,60} section"
    r"(?:,? (?:below|above))?(?=[.!]$)|"
    # The page's own future: what it will add once the news comes in ("Updates to come as
    # story develops.", "We will bring you more details as they are confirmed…", "More
    # details will be made available once they emerge.", "We'll keep you posted ...").
    # Or "More coming..." (a breaking story's foot, FNC-1 1437, seed 1442's judge).
    r"(?:There will be )?More (?:to (?:come\b|follow(?=\s?[.…!]))|coming(?=\s?[.…!]))|"
    r"Updates? (?:to come|to follow|will follow)\b|"
    # Where a reader in need finds help: the box under a story of suicide or assault ("If you
    # or someone you know is in need of crisis or suicide prevention support, please call
    # Lifeline on 13 11 14 or visit www.lifeline.org.au/gethelp", FNC-1 test 2105; "Need help?
    # Visit RAINN’s National Sexual Assault Online Hotline or ...", PolNeAR huff-post
    # 2016-10-14). Said to the reader, of a service, not of the news; a police appeal to
    # "anyone with information" is the story's and opens otherwise.
    r"If you or (?:someone|anyone|a (?:[\w-]+ ){0,2}(?:person|one|friend|relative)) you know\b"
    r"[^.!?\"“”«»]{0,120}?,? (?:please )?(?:call|contact|text|visit|reach out|urge them)\b|"
    r"(?:Call|Visit|Contact|Text) [^.!?\"“”«»]{0,80}\b(?:Hotline|Helpline|Lifeline)\b|"
    # Or the newsroom's flag that the news is still coming in, set as a sentence of its own
    # ("Story developing …", FNC-1 2214; "Developing...refresh this post for the latest.",
    # FNC-1 test 1054): the word, then its mark, never a sentence's subject ("Developing
    # countries ...") nor a label over the lead ("DEVELOPING: An Internet video ...").
    r"(?:(?:The |This )?[Ss]tory (?:is )?(?:still )?developing|Developing(?: story)?)(?=\s?[.…!])|"
    # "Additional details and information will be updated as it becomes available." (FNC-1
    # 1382, round 20).
    r"(?:More|Additional|Further) (?:details|information|info|updates)(?: and "
    r"(?:details|information|info|updates))? (?:to come|to follow|will follow|"
    r"will be made available|will be (?:updated|added|posted|provided) (?:as|when|once))\b|"
    # Or the page itself, passive, as it waits for the news ("This post will be updated if
    # and when they provide a response.", HuffPost, FNC-1 258, seeds 1511 and 1569's judges):
    # "this" piece is the page's own; "The report will be updated annually." is news.
    r"This (?:post|story|article|page|piece|report|blog post) (?:will|may) be updated\b|"
    r"We(?:'ll|’ll| will) (?:continue to )?(?:keep you (?:posted|updated|informed)|"
    r"bring you (?:more|further|the latest|any|updates)|have more (?:on this|details|as)|"
    # Or to tell the reader what comes in ("We'll let you know all the emerging details
    # leading up to Apple's big event ...", FNC-1 1420, seed 1536's judge).
    r"let you know (?:more|all|any|the|what|when|as|if|once)\b)\b|"
    # A sentence about a piece of the story that sits behind a link ("The full story is
    # here.", "The (extremely disturbing) video can be viewed here."): "here" is the link's
    # text, and nothing of the story is in the sentence. One that says where the piece sits on
    # the page itself ("The video is embedded below.", FNC-1 691, seed 1573's judge; "The full
    # post can be read below:") is no call: a statement, with no imperative and no "you", it
    # is the story's lead-in to what it shows, as "Here's the video:" is. Reading it is the
    # imperative ("Read the full piece.", "Read more here.", "Watch above.").
    rf"(?:The|Its|Our|His|Her|Their) (?:\([^()]{{1,40}}\) )?{_WHOLE}?{_PIECE} "
    r"(?:is|are|can be (?:found|read|seen|viewed|watched|heard))(?: posted)? "
    r"(?:in full )?here(?=[.!:]$)|"
    # Or looking at it, and telling the site what one thinks ("Check out the emotional video
    # below, and tell us what you think!", FNC-1 1567).
    # Or enjoying it there ("Enjoy them both here.", a newsletter's item, PolNeAR huff-post
    # 2016-07-25, seed 1565's judge): "here" is the link.
    r"(?:Enjoy|Watch|See|View|Check out) (?:it|them|this|these) (?:both|all) (?:here|below|above)"
    r"(?=[.!:]$)|Enjoy (?:it|them|this|these)(?:,? (?:here|below|above))(?=[.!:]$)|"
    rf"(?:Read|Watch|View|See|Listen to|Hear|Check out) (?:more|it|them|the rest|(?:the|our|this) "
    rf"{_WHOLE}?(?:[\w-]+ )?{_PIECE})(?:,? (?:embedded )?(?:here|below|above))"
    r"(?:,? and (?:tell|let) us\b[^.!?\"“”«»]{0,60})?(?=[.!:]$)|"
    # With or without its article: "Read full article." (a blog's pointer under its
    # source's name, FNC-1 2404).
    rf"Read (?:(?:the|our) )?{_WHOLE}{_PIECE}(?=[.!]$)|"
    r"(?:Watch|Listen|Read on) (?:here|below|above)(?=[.!:]$)|"
    # Or a piece the page embeds, named at length ("Listen to HuffPost’s interview with Frank
    # in the latest episode of the So, That Happened podcast embedded below.", PolNeAR
    # huff-post 2016-03-23, seed 1478's judge), or everything there ("Check everything out
    # below.", FNC-1 45, seed 1480's judge).
    r"(?:Listen to|Watch|View|See|Check out|Hear) [^.!?\"“”«»]{1,160}? (?:embedded|posted) "
    r"(?:below|above)(?=[.!:]$)|"
    r"Check (?:it|them|this|that|these|those|everything|it all) out (?:below|above|here)"
    r"(?=[.!:]$)|"
    # Or a picture the page sets below or above the paragraph, pointed at with the
    # imperative to look ("Below see a screenshot.", "See a screenshot below from July in
    # the WayBack Machine.", iMediaEthics, FNC-1 648, seed 1625's judge): the picture is not
    # in the text; what the sentence says of it (its date, its source) is the picture's
    # caption. Not a picture the story describes ("See the photo of him at the rally" has no
    # place on the page), nor a sentence with a subject ("Below, we see a screenshot").
    rf"(?:(?:Below|Above),? (?:see|view|look at|check out|take a look at) {_DETERMINER} "
    rf"(?:[\w-]+ ){{0,2}}{_PICTURE}\b|"
    rf"(?:See|View|Look at|Check out|Take a look at) {_DETERMINER} (?:[\w-]+ ){{0,2}}"
    rf"{_PICTURE} (?:below|above)\b)[^\"“”«»!?]{{0,80}}?(?=[.!:]$)|"
    # Where in the embed to listen or look ("The discussion starts at the 15:20 mark.", the
    # same page; "(The Trump comments start around the 2:05 mark.)", PolNeAR huff-post
    # 2016-08-12): a time in the page's player, said to its reader.
    r"(?:The|His|Her|Their|Our|This)\b[^.!?\"“”«»]{0,80}? (?:starts?|begins?|kicks? off|comes?)"
    r" (?:at|around|about|near|just after|just before) (?:the )?(?:\d{1,2}:)?\d{1,2}:\d\d"
    # The player's "mark" makes it the embed's time, not a clock's ("His speech begins at
    # 12:30." is news).
    r"(?: mark| into the (?:video|clip|podcast|episode|interview|segment))(?=[.!]$)|"
    # A warning about the page's pictures or video, to its viewer ("(WARNING: Video contains
    # graphic images.)", PolNeAR west-journal 2016-09-21, seed 1479's judge; "WARNING: GRAPHIC
    # IMAGES.", FNC-1 1011).
    r"(?i:warning)\b:?[^.!?\"“”«»]{0,60}\b(?i:graphic|disturbing|distressing|nsfw|explicit)"
    # The warning is its sentence's whole: one glued before a story's first words ("WARNING
    # CONTAINS GRAPHIC IMAGES Kobani, Syria ...", FNC-1 test 434) is not cut so.
    r"\b[^.!?\"“”«»]{0,60}(?=[.!]?$)|"
    # Or a note that the interview's words were cut, at the end of its introduction
    # ("Questions and answers have been edited for length and clarity.", PolNeAR usa-today
    # 2016-03-18 and 2016-05-06, round 20; "This interview has been edited and condensed.").
    r"(?:(?:This|The) )?(?:[Ii]nterview|[Cc]onversation|[Tt]ranscript|Q ?& ?A|"
    r"Questions and answers|Answers|Responses) (?:has|have) been (?:lightly )?"
    r"(?:edited|condensed)\b|"
    # "We'll continue to update this story as more info becomes available." (FNC-1 195).
    r"(?:We|I|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) ?(?:'ll|’ll| will) (?:continue to )?"
    r"update (?:this|when|as|"
    # A clause after a semicolon is the story's ("...; so far, Islam has not yet responded").
    r"once|if|you|accordingly)\b(?![^.!?]*;))"
    # A button's name in quotes is no quotation ('clicking the "subscribe" button').
    # Only a sentence that gives a link or an address may end without a mark (_call_start).
    # A call may run long: "We'll update this article whenever we hear of new information,
    # ..., so bookmark this page and check back here regularly for the latest ..." (Macworld,
    # FNC-1 1362, seed 1443's judge) is 234 characters.
    r"(?:[^\"“”«»]|[\"“]\w+[\"”]){0,220}(?:[.!:…]|(?<=[\w/>]))$"
)
# A share or follow button's text left on its own line, with no stop ("Share this story on
# Facebook", ">Share this story on Facebook"): the whole line is the call.
_BUTTON = re.compile(
    r"[>»›]*\s*(?:Share|Follow|Like|Tweet|Pin)\b[^.!?\"“”«»]{0,40}\b(?:on|via) "
    r"(?:Facebook|Twitter|Google\+|Instagram|Pinterest|LinkedIn|WhatsApp|Reddit)\W*"
)
# A promotion's teaser set as a line of its own, with no stop: a link's text, never a
# paragraph (a paragraph ends with its mark). An invitation to keep up with a subject's news
# ("Keep up with Star Wars VII latest news, rumours and spoilers", FNC-1 1269), or a clause
# that leads into what to see elsewhere ("As Danger Mouse prepares to grace our televisions
# once again, see the cartoons who blazed the trail before him", The Mirror, FNC-1 587).
_TEASER = re.compile(
    r"Keep up(?: to date)? with [^.!?\"“”«»]{1,80}\b(?:latest|news|updates|rumou?rs|spoilers)\b"
    r"[^.!?\"“”«»]{0,40}|"
    r"As [^.!?,\"“”«»]{1,100}, (?:see|watch|read|check out|take a look at) "
    r"(?:the|our|how|what|who|why)\b[^.!?\"“”«»]{1,100}"
)
# A sentence that ends in its link ("Remember, you can check out the first official image of
# the Batmobile by clicking here!", FNC-1 78; "For the full story, click here."): whatever
# opens it, its end sends the reader to another page.
# A site may set the link's words in capitals ("... text alerts. Click Here.", FNC-1 test 953).
_CLICK_HERE = re.compile(r"[^\"“”«»]{0,200}\b(?i:(?:by )?click(?:ing)? here)[.!]")
# Likewise a sentence that asks the reader to answer in the comments, whatever opens it
# ("Ch-ch-check out the video (below) and let us know in the comments if you think it's legit
# ...!", FNC-1 794, seed 1444's judge): the comments are the page's.
# The site may ask in its own voice, wishing to hear ("If any Ars readers are subscribers of
# Comcast and use the Tor browser, we'd love to hear about your experiences in the comments.",
# FNC-1 2178, seed 1588's judge): "we", hearing, the comments as where it hears.
_IN_COMMENTS = re.compile(
    r"[^\"“”«»]{0,200}\b(?:let us know|tell us|[Ww]e(?:'d|’d| would) love to hear|"
    r"[Ww]e (?:want|wish) to hear)\b[^\"“”«».!?]{0,40}\bin the comments\b"
    r"[^\"“”«»]{0,160}[.!?]"
)
# Or a request that the reader post their own below the story, in the comments ("So share
# your top picks down below, and help us find the perfect Steve ...", Gizmodo, FNC-1 852): an
# imperative to share, post or leave "your" something, and "below" (closing its clause: not
# "below deck") or the comments as where.
# A word or two may open it ("So", "Please"); a quotation may not.
_SHARE_BELOW = re.compile(
    r"(?:[A-Z][a-z]*,? ){0,2}(?:[Ss]hare|[Pp]ost|[Ll]eave|[Dd]rop) (?:us )?your\b"
    r"[^\"“”«».!?]{0,60}?\b(?:(?:down )?below(?=[,.!?]| and\b)|in the comments(?: section)?\b)"
    r"[^\"“”«»]{0,160}[.!?]"
)
# Or the newsroom's request for comment and its promise to update the page, one sentence
# ("We've reached out to Apple for comment, and will update as soon as we hear back.", FNC-1
# 1477; "Mashable has reached out to both Blumenthal and Crump for comment and we will update
# this post if and when we hear back.", FNC-1 1817, seed 1590's judge): both clauses are the
# newsroom's own doing for its page, as "We'll update this post ..." alone is; no claim about
# the world is in it. What is updated is the page or nothing ("and will update its guidance"
# is another body's), and the clause closes the sentence.
_ASKED_AND_PROMISED = re.compile(
    r"(?:We|I|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:'ve|’ve| have| has)? "
    r"(?:reached out to|contacted|asked|e-?mailed|approached) [^.!?\"“”«»;]{1,120}?,? "
    r"(?:and|but) (?:we(?:'ll|’ll| will)|I(?:'ll|’ll| will)|will) update"
    r"(?: (?:this|the|our) (?:post|story|article|piece|page|report))?"
    r"(?: (?:as soon as|when|if|once|accordingly|should|whenever)\b[^.!?\"“”«»]{0,80})?[.!]"
)
# The dashes and arrows a writer's line may open with: a rule over it, a pointer at it.
_LEAD_MARKS = re.compile(r"(?:[-–—]+\s*)*(?:[>»›]+\s*)?")
# A link to another story, in brackets after the paragraph's last sentence: "(RELATED: ISIS
# Massacred Every Man And Boy Over 15 In Muslim Town)" (The Daily Caller, FNC-1 639, test
# 2073): the label in capitals, a colon, a headline; an aside of the story is not labelled so.
_RELATED_TAIL = re.compile(
    r"(?:^|(?<=[.!?\"”’]\s))\((?:RELATED|SEE ALSO|READ MORE|ALSO READ):\s[^()]{1,160}\)$"
)
# A pointer to a link that the page sets in brackets after the paragraph's last sentence,
# the bracketed aside's whole: an imperative to see, read, watch or get what the link holds
# ("(See the latest results here.)", HuffPost's live blog, PolNeAR huff-post 2016-02-01, seed
# 1606's judge; "(Get the latest quote here.)", CNBC, FNC-1 test 627 and 1953; "(Check out 5
# more high-protein snacks.)", Prevention, test 2539). A story's aside in brackets states or
# explains ("(In other words, there's no way to tell ...)"); one that opens on an imperative
# to go and look sends the reader off the page, when it says what the link holds: it ends on
# the link's own words ("here", "below"), offers more or the latest, or ends on the linked
# piece's title in capitals ("... with Happier Hens On The Horizon.)", the same page). Not an
# aside that tells the reader how to take the story ("(Read into that what you will.)"), nor
# "(See, ...)" nor "(Read: ...)" (a word set off, a label), nor a question ("(Get it?)").
_BRACKETED_POINTER = re.compile(
    r"\((?:See|Read(?! into\b)|Watch|View|Get|Check out|Listen to)\b(?![,:])"
    r"(?=[^()]*?(?: (?:here|below|above)[.!]\)$|\b(?:more|latest)\b|"
    r" [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){2,}[.!]\)$))"
    r"[^()\"“”«»?]{1,200}[.!]\)"
)
# A presentative that closes a bracketed aside at the paragraph's end ("(A few years ago, a
# man sold a 20-year-old bottle of McDonald's McJordan sauce for $10,000. Here's why Mickey
# D's food seemingly never decays.)", Newser's bracketed closer of related stories, FNC-1 5,
# seed 1628's judge): "here's why ..." promises an account that comes next, and the bracket
# closes on it with nothing after, so the account is behind its link. A story's own "Here's
# why:" or "Here's how it happened." is followed by what it presents; a lead-in with a colon
# inside ("(Here's the thing: ...)") says its piece itself; one that presents an object
# ("(Here is another video the YouTuber uploaded that's blurred.)", FNC-1 1598) leads into
# the embed the page shows there, as "Here is the full video:" does (see _page_talk).
_CLOSING_PRESENTATIVE = re.compile(
    r"Here(?:'s|’s| is) (?:why|how|what|where|who|when)\b"
    r"(?:[^()\"“”«»:;?!.]|\.(?=\w)){1,160}[.!]\)"
)
# A quotation run over paragraphs may close after that aside: its mark, unpaired in the line.
_QUOTE_AFTER_BRACKET = ('.)"', '!)"', ".)”", "!)”")
# How much of a line's end is read for such a link (its label and headline).
_RELATED_READ = 170
# A site that asks for writers ("Caped Crusades is always looking for volunteer writers!").
_RECRUIT = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:is|are) (?:always |now )?(?:looking for|seeking|"
    r"hiring) (?:new |volunteer |more |guest )*(?:writers|contributors|bloggers)\b[^.!?]*[.!]$"
)
# An e-mail address: a sentence that gives one, outside a quotation, is whom to write to.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QUOTES = re.compile(r"[\"“”«»]")
# A sentence's start: after a stop that ends a word of two letters or more (not an initial:
# "Write to Joann S. Lublin at ...") or a closing bracket.
_WORD_STOP = re.compile(r"(?:[a-z\d]{2}|[)\]])[.!?]$")
# A word's stop glued to the next sentence's capital: "1000.Watch".
_GLUED_STOP = re.compile(r"(?<=[a-z\d]{2})[.!?](?=[A-Z][a-z])")
# The first letters of the imperatives above: most lines end with no sentence that opens so.
_FIRST = frozenset("STLSEVCBDFJYWGRHMIPAUONQK(")
# The opening words alone: a cheap look before the whole pattern.
_OPENER = re.compile(
    r"(?:Share|Tell|Let|Leave|Send|Drop|Contact|Write|Give|Get|E-?mail|Sign|Subscribe|Stay|"
    r"Join|Visit|Check|Be|Don['’]t|As|Download|Make|Tune|Catch|Use|Keep|Thanks?|Hat|H/T|Take|"
    r"Like|Follow|Find|Tweet|You|See|View|Watch|Read|Click|Go|Head|For|There|More|We|We['’]ll|I|"
    r"Below,?|Above,?|Look|"
    r"Enjoy|"
    r"WARNING:?|Warning:?|"
    rf"{_LEAD_WORD}|Hop|Jump|To|On|Sound|"
    r"Updates?|The|Its|Our|His|Her|Their|Listen|Hear|Story|Free,?|\(Excerpt\)|"
    r"Additional|Further|This|Questions|Answers|Responses|Interview|If|Call|Text) "
    r"|Developing\b"
)
# Or a newsroom's name before its promise to update ("Cosmic Book News will update ..."),
# looked for only where the sentence holds "update".
_PROMISE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:'ll|’ll| will) update ")
# A sentence end inside what would be a call: a word's stop, then a capital (not an
# initial, "J. Assita"): the call is one sentence, but for a tail of at most three words with
# no sentence end of its own, a promise or a thanks that goes with it ("Send us an email.
# Anonymity guaranteed.").
_INNER_END = re.compile(r"[a-z\d]{2}[.!?]\s+[A-Z](?!\S*(?:\s\S+){0,2}$)")
# A question about the page itself just before a call, which it leads into ("Have something
# to add to this story? Share it in the comments."): a reader's question about the news
# ("What do you think?") stays.
_LEAD_QUESTION = re.compile(
    r"[^.!?\"“”«»]*\bthis (?:story|post|article|piece|report)\b[^.!?\"“”«»]*\?$"
    # Or the reader asked what they know, before where to tell it ("Do you know Rehana? Email
    # John.Hall@mailonline.co.uk").
    r"|(?:Do|Did|Have|Can|Could|Are|Were) you (?:know|recognise|recognize|"
    r"witness|witnessed)\b[^.!?\"“”«»]*\?$"
    # Or a verb of wanting with no subject, a promotion's teaser ("Want more Batman?", "Want
    # to receive this in your inbox?", "Really love Batman?"): news asks its question whole.
    r"|(?:Really (?:want|need|love)|Want|Need|Love|Looking for)\b[^.!?\"“”«»]{0,60}\?$"
    # Or one word, a box's labels before the address they lead to ("WELCOME! Questions?
    # Tips? Events? Email me, ...").
    r"|[^\W\d_]+[?!]$"
    # Or a label that calls the readers, over its question ("HUFFPOST READERS: What’s
    # happening in your state or district?").
    r"|[A-Z]* ?READERS:[^.!?\"“”«»]*\?$"
)
# A call that answers the question before it ("What political news is the world searching
# for ...? Find out via AP's Election Buzz interactive. http://..."): the question is the
# promotion's first half, whatever it asks.
_ANSWER = re.compile(r"(?:Find out|Learn (?:more|how|why|what|who)|Discover)\b")
_READ = 240  # characters of a line's end read for a call (the longest is about 200)
# A question put to the reader, with no quotation in it (a quoted question is the story's).
# Or a promotion's teaser, its subject the reader left out ("Wondering what the Retina display
# fuss is all about? Read: What's a Retina display ...?", FNC-1 1362).
_READER_QUESTION = re.compile(
    r"[^.!?\"“”«»]*\b(?:you|your|you're|you’re)\b[^.!?\"“”«»]*\?|Wondering\b[^.!?\"“”«»]*\?"
)
# A call that sends the reader to the site's poll.
_POLL = re.compile(r"\bpolls?\b")
# A call that asks for the reader's answer: to tell, write, comment or tweet it, or an address
# to send it to.
_ASKS_ANSWER = re.compile(
    r"(?:Tell us|Let us know|Drop us|Send us|Write (?:to )?us|E-?mail|Sound off|Leave (?:us|a)\b"
    r"|Share (?:your|and comment)|Tweet\b|As always,? (?:leave|tell|send) us)"
    r"|[^\"“”«»]*\bin the comments\b"
)
# An imperative that points away from the page: where to look, read, watch or go.
_POINTER = re.compile(
    r"(?:Check out|See|Read|Watch|Click|Visit|Listen to|Find out|Go to|Head (?:on )?over to|"
    r"Take a look at|Look at)\b(?!,)"
)


# A call that a page sets inside a paragraph, with the story going on after it: a pointer to
# more ("For more, read on.", a live blog's entry, FNC-1 1800; "For more, see PCMag's Hands On
# With the Apple Watch and the slideshow above.", FNC-1 376; "For more information on the
# listing, visit vladi-private-islands.de.", FNC-1 1888) or the page's promise to tell its
# reader more ("We'll keep you posted on further developments. In the meantime, ...", FNC-1
# 266), or over to another site for the rest (:data:`_ONWARD`, FNC-1 1321). Only these
# openings, each a whole sentence: a pointer's "For more" then a comma or
# its subject, then the imperative (not "For more than a decade, ..."); the promise's "we" and
# "you" (not "Police will keep the public informed.", nor "...; we will update this story as
# soon as one surfaces", a clause after the story's own). No quotation mark inside: a speaker's
# promise ("We will provide more information when it is available.”) is news.
_INNER_CALL = re.compile(
    r"(?:^|(?<=[.!?])|(?<=[.!?][\"'”’)])|(?<=[a-z]{2}[.!?]))\s*(?P<call>"
    r"(?:For (?:more|further)(?: (?:information|details|info|news|coverage|updates|photos|"
    r"videos?))?(?: (?:on|about|from|of) [^.!?\"“”«»]{1,100}?)?,? (?:please )?(?:read on|see|"
    r"visit|head|go to|check out|click|watch)\b|"
    r"We(?:'ll|’ll| will) (?:continue to )?keep (?:you|our readers|readers) (?:posted|updated|"
    rf"informed)\b|{_ONWARD})"
    # A site's address may hold its stops ("visit vladi-private-islands.de.").
    r"(?:[^.!?\"“”«»]|\.(?=\w)){0,160}?[.!]|"
    # Or a pointer whose last word is the link's text, "here" ("You can read our review here.",
    # FNC-1 test 1189; "You can see her video plea here.", test 1687), as at a paragraph's end.
    rf"(?:You can (?:read|see|watch|find|listen to)|{_POINTER_VERB}){_TO_HERE}[.!])"
    r"(?=\s+[\"“‘(\[]?[A-Z]|\s*$)"
)


def split_inner_calls(line: str) -> tuple[str, list[str]]:
    """Cut the calls to the reader that a paragraph sets between its sentences (see
    :data:`_INNER_CALL`): the paragraph without them, and the calls.

    Examples
    --------
    >>> split_inner_calls("We'll keep you posted on further developments. In the meantime, "
    ...                   "be on the lookout for the Batmobile.")
    ('In the meantime, be on the lookout for the Batmobile.', \
["We'll keep you posted on further developments."])
    >>> split_inner_calls("For more than a decade, he ran it. For more, see the post.")
    ('For more than a decade, he ran it.', ['For more, see the post.'])
    """
    if (
        "For " not in line
        and "We" not in line
        and " here" not in line
        and not any(v in line for v in _ONWARD_VERBS)
    ):
        return line, []
    calls: list[str] = []
    kept: list[str] = []
    at = 0
    for found in _INNER_CALL.finditer(line):
        kept.append(line[at : found.start()])
        calls.append(found.group("call"))
        at = found.end()
    if not calls:
        return line, calls
    kept.append(line[at:])
    rest = _join(kept)
    # A line that is its calls alone is left whole, to split_calls, which makes it a call's.
    return (rest, calls) if rest else (line, [])


def _join(pieces: list[str]) -> str:
    """The pieces of a paragraph a call was cut from, one space where the call was."""
    text = ""
    for piece in pieces:
        if text and piece and not text[-1].isspace() and not piece[0].isspace():
            text += " "
        text += piece
    return text.strip()


def split_calls(line: str) -> tuple[str, list[str]]:
    """Cut the calls to the reader off the end of ``line``.

    Returns
    -------
    (str, list of str)
        The line without them (perhaps empty), and the calls, in their order.

    Examples
    --------
    >>> split_calls("What do you think? Share it in the comments.")
    ('', ['What do you think?', 'Share it in the comments.'])
    >>> split_calls("He quit. What do you think?")
    ('He quit. What do you think?', [])
    >>> split_calls("Have something to add to this story? Share it in the comments.")
    ('', ['Have something to add to this story?', 'Share it in the comments.'])
    >>> split_calls("Follow Reuters on Twitter.")
    ('', ['Follow Reuters on Twitter.'])
    >>> split_calls("Do you disagree? Check out my counterpoint, “The Case Against It“")
    ('Do you disagree?', ['Check out my counterpoint, “The Case Against It“'])
    >>> split_calls("No motive has been identified. Story developing …")
    ('No motive has been identified.', ['Story developing …'])
    >>> split_calls("Still, if you were betting today, you would bet on Rubio.")
    ('Still, if you were betting today, you would bet on Rubio.', [])
    >>> split_calls("Shares traded lower. (Get the latest quote here.)")
    ('Shares traded lower.', ['(Get the latest quote here.)'])
    """
    # A quotation that runs over the paragraphs of a live blog's entry may close right after
    # the page's bracketed call ('... 49.6 percent. (See the latest results here.)"', PolNeAR
    # huff-post 2016-02-01): the call is read before the mark, which goes with it. Only a mark
    # the line does not open: a quotation the line holds whole is a speaker's.
    if line.endswith(_QUOTE_AFTER_BRACKET) and _unpaired_close(line):
        body, before = split_calls(line[:-1])
        if before and before[-1].startswith("("):
            return body, [*before[:-1], before[-1] + line[-1]]
    # A bracketed link to another story closes the line after the calls, if any.
    if line.endswith(")") and "(" in line[-_RELATED_READ:]:
        related = _RELATED_TAIL.search(line, max(0, len(line) - _RELATED_READ))
        if related is not None:
            body, before = split_calls(line[: related.start()].rstrip())
            return body, [*before, related.group()]
    calls: list[str] = []
    end = len(line)
    pointer = _pointer_start(line)
    if pointer is not None:
        calls.append(line[pointer:])
        end = len(line[:pointer].rstrip())
        return line[:end], calls
    while end and (start := _call_start(line, end)) is not None:
        calls.insert(0, line[start:end])
        end = len(line[:start].rstrip())
    # The questions and labels that lead into the calls go with them, from the last.
    while calls and end and line[end - 1] in "?!":
        ask = max(line.rfind(". ", 0, end), line.rfind("! ", 0, end), line.rfind("? ", 0, end))
        start = ask + 2 if ask >= 0 else 0
        if (
            _LEAD_QUESTION.fullmatch(line, start, end) is None
            and not (
                line[end - 1] == "?"
                and _ANSWER.match(calls[0]) is not None
                and _QUOTES.search(line, start, end) is None
            )
            and not _asks_poll(line, start, end, calls[-1])
            and not _prompts_answer(line, start, end, calls)
        ):
            break
        calls.insert(0, line[start:end])
        end = len(line[:start].rstrip())
    return line[:end], calls


def _unpaired_close(line: str) -> bool:
    """Whether the double quotation mark that ends ``line`` closes a quotation opened before
    the line: an odd count of straight marks, or a curly close with no curly open."""
    if line[-1] == '"':
        return line.count('"') % 2 == 1
    return "“" not in line


def _asks_poll(line: str, start: int, end: int, call: str) -> bool:
    """Whether ``line[start:end]`` is a question put to the reader before a call to answer it
    in the site's poll: the poll's own question ("What do YOU think? Do you fear for America’s
    safety? Sound off in today’s WND poll.", FNC-1 2448), however it is cased."""
    return (
        line[end - 1] == "?"
        and _POLL.search(call) is not None
        and _READER_QUESTION.fullmatch(line[start:end].lower()) is not None
    )


def _prompts_answer(line: str, start: int, end: int, calls: list[str]) -> bool:
    """Whether ``line[start:end]`` is a question the calls after it ask the reader to answer:
    a question, not a speaker's (no quotation mark opens or closes it), before a call to tell,
    write or comment (``Do you have any hairy issues with your smartphone? Let us know in the
    comments.``, FNC-1 1041; ``How do YOU feel about death hoaxes, HollywoodLifers? Are they
    entertaining or just plain scary? Tell us how you feel!``, FNC-1 1161). Such a question is
    the call's prompt, not a claim an annotator can label; the run of them before the call
    goes with it. Before a call that points away (``Do you disagree? Check out my
    counterpoint ...``) or none, a reader's question stays."""
    return (
        line[end - 1] == "?"
        and line[start] not in "\"“‘'«"
        and any(_ASKS_ANSWER.match(call) is not None or _EMAIL.search(call) for call in calls)
    )


def points_away(line: str, start: int = 0) -> bool:
    """Whether ``line`` from ``start`` is an imperative that points away from the page
    (``Watch ...``, ``Check out ...``, ``Read ...``): a teaser or a call, not a caption.

    >>> points_away("Does it matter? Watch the actor on why he spoke", 16)
    True
    """
    return _POINTER.match(line, start) is not None


def _pointer_start(line: str) -> int | None:
    """Where the line's last sentence starts if it is a pointer away from the page after a
    question put to the reader (see the module docstring)."""
    floor = max(0, len(line) - _READ)
    ask = line.rfind("? ", floor)
    if ask < 0:
        return None
    start = ask + 2
    if (
        _POINTER.match(line, start) is None
        or _INNER_END.search(line, start) is not None
        or line.find("? ", start) >= 0
    ):
        return None
    before = max(line.rfind(". ", 0, ask), line.rfind("! ", 0, ask), line.rfind("? ", 0, ask))
    question = before + 2 if before >= 0 else 0
    return start if _READER_QUESTION.fullmatch(line, question, ask + 1) is not None else None


def _call_start(line: str, end: int) -> int | None:
    """Where the call to the reader that ends ``line[:end]`` starts, if one does: after one of
    the stops and spaces within the last :data:`_READ` characters (str.rfind, as this runs on
    every line), or at the line's start. An initial or an abbreviation ("J. Assita Camara")
    is a stop inside the call, so each is tried, from the last."""
    floor = max(0, end - _READ)
    # An address to write to may end its sentence without a stop ("Write to Joann S. Lublin at
    # joann.lublin@wsj.com"), a link likewise ("View full results: http://...").
    mail = line.find("@", floor, end) >= 0
    link = line.find("http", floor, end) >= 0 or line.find("www.", floor, end) >= 0
    # A call the page sets in brackets, as an aside to the story ("(Subscribe to the 2016
    # Nerdcast on iTunes or download from Soundcloud here.)"): the same call, read inside them.
    bracketed = line[end - 1] == ")" and line[end - 2 : end - 1] in (".", "!")
    if line[end - 1] not in ".!:…" and not bracketed and not mail and not link:
        if end <= 60 and _BUTTON.fullmatch(line, 0, end) is not None:
            return 0
        return 0 if _TEASER.fullmatch(line, 0, end) is not None else None
    at = end
    while True:
        stop = max(
            line.rfind(". ", floor, at), line.rfind("! ", floor, at), line.rfind("? ", floor, at)
        )
        # Or a quotation's closing mark after its stop: the call starts after the quotation
        # (“... Merry Christmas everyone!” Check out the emotional video below, ...", FNC-1
        # 1567); the stop is then the closing mark.
        quoted = line.rfind("” ", floor, at)
        if quoted > stop and line[quoted - 1 : quoted] in (".", "!", "?"):
            stop = quoted
        # Or a word's stop with no space after it, where the scrape glued a box's text to the
        # paragraph ("... to nearly 1000.Watch the latest video at <a href=...", PolNeAR
        # west-journal 2015-12-01): the call starts right after the stop.
        glued = None
        for match in _GLUED_STOP.finditer(line, max(floor, stop + 1), at):
            glued = match
        if stop < 0 and glued is None and floor > 0:
            return None
        start = stop + 2 if stop >= 0 else 0
        if glued is not None:
            stop, start = glued.end() - 2, glued.end()
        while start < end and line[start].isspace():
            start += 1
        if mail and start < end and _is_address(line, start, end, stop):
            return start
        # Inside the brackets, when the call opens with one and the line ends with its close.
        inner, inner_end = (
            (start + 1, end - 1)
            if bracketed and start < end and line[start] == "("
            else (start, end)
        )
        # After the dashes and arrows a writer's line opens with, at the line's start ("– –
        # >> Follow Tina Nguyen (@Tina_Nguyen) on Twitter", Mediaite, FNC-1 696): a rule and
        # a pointer, no word; the call is the line's whole.
        if stop < 0 and (marks := _LEAD_MARKS.match(line, inner)) is not None:
            inner = marks.end()
        # A pointer to a link, the bracketed aside's whole (see _BRACKETED_POINTER).
        if (
            bracketed
            and start < end
            and line[start] == "("
            and _BRACKETED_POINTER.fullmatch(line, start, end) is not None
            and _INNER_END.search(line, inner, inner_end) is None
        ):
            return start
        # A presentative closing the bracketed aside (see _CLOSING_PRESENTATIVE): the aside's
        # whole, or its last sentence where the aside opened before it.
        if (
            bracketed
            and start < end
            and line[inner] == "H"
            and _CLOSING_PRESENTATIVE.fullmatch(line, inner, end) is not None
            and (line[start] == "(" or line.rfind("(", 0, start) > line.rfind(")", 0, start))
        ):
            return start
        if (
            inner < inner_end
            and (
                (line[inner] in _FIRST and _OPENER.match(line, inner) is not None)
                or (
                    line.find(" update ", inner, inner_end) >= 0
                    and _PROMISE.match(line, inner) is not None
                )
            )
            and _CALL.match(line, inner, inner_end) is not None
            and _INNER_END.search(line, inner, inner_end) is None
        ):
            return start
        # A sentence whose end sends the reader to a link, or whose words ask for an answer
        # in the comments, whatever opens it (each pattern's cheap sign first).
        if start < end and (
            (
                line[max(0, end - 6) : end].lower().find("here") >= 0
                and _whole_sentence(line, start, end, _CLICK_HERE)
            )
            or (
                line.find(" in the comments", start, end) >= 0
                and _whole_sentence(line, start, end, _IN_COMMENTS)
            )
            or (
                line.find(" update", start, end) >= 0
                and _whole_sentence(line, start, end, _ASKED_AND_PROMISED)
            )
            or (
                (line.find(" below", start, end) >= 0 or line.find(" comments", start, end) >= 0)
                and _whole_sentence(line, start, end, _SHARE_BELOW)
            )
        ):
            return start
        if (
            start < end
            and line.find(" looking for ", start, end) >= 0
            and _RECRUIT.match(line, start, end) is not None
        ):
            return start
        if stop < 0:
            return None
        at = stop


def _whole_sentence(line: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    """Whether ``line[start:end]`` is one sentence, opening on a capital, that ``pattern``
    takes whole."""
    return (
        line[start].isupper()
        and pattern.fullmatch(line, start, end) is not None
        and _INNER_END.search(line, start, end) is None
    )


def _is_address(line: str, start: int, end: int, stop: int) -> bool:
    """Whether ``line[start:end]``, after the stop at ``stop`` (-1 at the line's start), is a
    sentence that gives the reader an e-mail address: at a sentence's start, not in a
    quotation ("... were from “ben@benedelman.org.”" is the story's)."""
    return (
        (stop < 0 or _WORD_STOP.search(line, max(0, stop - 2), stop + 1) is not None)
        and line[start].isupper()
        and _EMAIL.search(line, start, end) is not None
        and _QUOTES.search(line, start, end) is None
        and (stop < 0 or _QUOTES.search(line, max(0, stop - 2), stop + 2) is None)
    )
