"""Photo and wire credits: the agency forms, at the end of a caption or as a line of their own.

A credit names who made a picture or a report; it is never part of a sentence an annotator
should label. News writes it in a few forms (all seen in FNC-1, PolNeAR or GUM's Wikinews):

- in brackets after the caption: ``... on Monday. (AP Photo/Jane Doe)``, ``(Reuters/Name)``,
  ``(Monica Schipper/Getty Images for ...)``, ``(Reporting by ...; Editing by ...)``;
- after a label: ``Image: Mathias Krumbholz.``, ``Photo: AP``, ``Credit: WCVB/screen grab``,
  ``Photo credit: Vogue``, ``Source: The Wall Street Journal``;
- a name over an agency: ``John Moore / Getty Images``, ``AP Photo/Militant video, File``,
  ``© AP PHOTO/ JOHN MINCHILLO``;
- Wikinews' file pictures: ``Formica fusca, from file.``, ``DAB's Starry Lee; from file, 2015.``;
- a hat tip to the source the story was found in: ``[h/t ABC News]``, ``H/T: Quartz``.

:func:`split_credits` takes the credits off the end of a line, one after another ("Formica
fusca, from file. Image: Mathias Krumbholz." has two). What a credit tail may hold is bounded
(a few name-like words, no sentence inside), so that prose which happens to end in
"Photo: ..." or "... / AP" is not cut: the tail must read as a name, not as a clause.
"""

from __future__ import annotations

import re

__all__ = [
    "HAT_TIP",
    "is_bare_source",
    "is_caps_picture_credit",
    "is_handle_line",
    "is_maker_credit",
    "is_picture_credit",
    "is_picture_credit_line",
    "is_reporters_line",
    "split_credits",
    "split_lead_wire",
]

# Agencies and picture libraries whose name closes a "Name / Agency" credit; McClatchy-Tribune
# signs the pictures it syndicates "MCT" after the photographer and paper ("Molly
# Hennessy-Fiske/Los Angeles Times / MCT", FNC-1 76).
_AGENCY = (
    r"(?:mct|getty\s*images|ap(?:\s*(?:photo|images))?|associated\s+press|reuters|afp|epa|"
    r"bloomberg|shutterstock|istock(?:photo)?|corbis|rex(?:\s*features)?|alamy|pa\s*wire|"
    r"xinhua|anadolu|sipa|zuma(?:\s*press)?|newscom|wenn|splash\s*news|barcroft|"
    r"wikimedia(?:\s*commons)?|flickr|twitter|instagram|facebook|youtube)"
)
# A credit's name part: at most eight words, no sentence end inside (an initial's or an
# abbreviation's full stop is allowed: "Frederick M. Brown", "Daily et al."); whether the
# words read as a name is checked by _is_name.
_NAME = r"(?:[^\s.!?()]+\.?(?:\s+|$)){1,8}"
# Lower-case words a credit holds besides names: "Courtesy of Apple", "e_monk via photopin
# cc", "WCVB/screen grab", "Sarvis for Governor".
_CREDIT_WORDS = frozenset(
    {"of", "for", "via", "and", "the", "by", "from", "file", "photo", "photos", "image"}
    | {"images", "screen", "grab", "handout", "cc", "et", "al"}
)
_LOWER_WORD = re.compile(r"^[a-z]+\.?$")
# A blog's thanks to whoever sent the story in, opening its bracket: "(Thanks, Alan!)".
HAT_TIP = r"(?:Thanks|Thank you|Thx)"
# The wires as a paper names them together, in capitals or in title case.
_WIRES = r"(?-i:AGENCIES|Agencies|WIRES|Wires)"
_AGENCY_END = re.compile(rf"\b(?:{_AGENCY}|{_WIRES})$", re.I)
# A paragraph that is only a source's name and a stop: the credit of the embed or picture a
# scrape dropped beside it ("Twitter.", under the sentence that says Trump tweeted a chart,
# PolNeAR huff-post 2015-11-23; "Facebook." under a reader's post, usa-today 2016-10-21).
# Such a name is no sentence of the story; the stop alone tells it from a heading.
_BARE_SOURCE = re.compile(rf"{_AGENCY}\.", re.I)
# A word of a name (case-sensitive inside an re.I pattern): "Darren", "O'Neill", "AP", "M.".
_CAPITALISED = r"(?-i:[A-Z][\w.'’-]*)"
# The part of a site a picture was taken from, named before or after its owner.
_PAGE = r"(?:page|account|feed|website|site|channel|archive)"
# Any agency as the wires write their own credits, in capitals before the slash: "THE
# CANADIAN PRESS/Adrian Wyld", "KYODO/Name", "SIPA USA/Name" (case-sensitive inside the
# re.I patterns; the name after the slash, capitalised, is checked by _is_name: not "PRIMARY
# // GAME ON", a headline's two parts, nor "ABC/wires", a sign-off of sources).
_CAPS_AGENCY = r"(?-i:[A-Z][A-Z&'’.-]+(?:\s+[A-Z][A-Z&'’.-]+){0,3})"
# Who made a podcast or a video, as its credits name the roles: "Podcast produced",
# "Story", "Cinematography", "Associate production", "Music" (the crafts), and the verbs
# alone ("Produced by", "Directed by"; not "Shot by", a headline's verb).
_ROLE = (
    r"(?:(?:(?:associate\s+|executive\s+)?(?:podcast|video|audio|story|graphics?|photography|"
    r"music|animation|cinematography|production|illustrations?|design)"
    r"(?:\s+(?:produced|edited|shot|filmed|written|directed|narrated|mixed|hosted|designed))?)"
    r"|produced|directed|narrated|hosted)"
)
_LABEL = (
    r"(?:(?:photo(?:graph)?s?|images?|pictures?|video)(?:\s+(?:credit|courtesy|source))?"
    r"|credits?|source|sources|attribution|(?:photo|image)\s+by)"
)
# A stock library's contributor credit and BuzzFeed's picture source (see _TAIL's last form).
_HANDLE_TWICE = r"(?P<handle>[\w.-]{3,40})\s*/\s*(?P=handle)"
_SITE_VIA = r"(?-i:Via)\s+[\w-]+(?:\.[\w-]+)+\.?"
_PICTURE_SOURCE = re.compile(rf"{_HANDLE_TWICE}|{_SITE_VIA}")
# (pattern, whether the credit must read as a name): a bracketed credit is closed by its
# bracket; the others end only where the line does, so their words are checked (_is_name).
_TAIL: list[tuple[re.Pattern[str], bool]] = [
    # "(AP Photo/Jane Doe)", "(Reuters)", "(Getty Images photo)", "(Reporting by ...)";
    # the picture's source after "from" as after "via" ("(Photo from dailymail.co.uk)",
    # FNC-1 1698).
    (
        re.compile(
            rf"\s*[\(\[]\s*(?:{_AGENCY}\b(?:\s*(?:photos?|images?|pictures?|video))?"
            rf"(?:\s*/[^()\[\]]{{0,80}}|,\s*file)?\.?|[^()\[\]/]{{1,60}}/\s*{_AGENCY}\b"
            r"[^()\[\]]{0,60}|(?:additional\s+)?(?:reporting|writing|editing|compiled|research)"
            rf"(?:\s+by)?\b[^()\[\]]{{0,300}}|{_LABEL}\s*(?::|by|via|from\b)[^()\[\]]{{1,80}})[\)\]]\.?$",
            re.I,
        ),
        False,
    ),
    # "Image: Mathias Krumbholz.", "Photo: AP", "Photo credit: Getty Images"; a gallery's
    # with the count of its pictures ("Images: Getty Images (3)", FNC-1 test 1216).
    (
        re.compile(
            rf"(?:^|(?<=\s))(?:©\s*)?{_LABEL}\s*(?::|by\b)\s*{_NAME}(?:\(\d{{1,2}}\))?$", re.I
        ),
        True,
    ),
    # "John Moore / Getty Images", "AP Photo/The Daily Courier, Matt Hinshaw", "© AP PHOTO/ X";
    # the photographer's paper may stand between the name and the agency, after its own slash
    # ("Molly Hennessy-Fiske/Los Angeles Times / MCT", FNC-1 76);
    # glued to the caption's stop where the page's line break was lost ("... 'The Avengers:
    # Age of Ultron'.Facebook/Star Wars", FNC-1 512).
    (
        re.compile(
            rf"(?:^|(?<=[.!?\"”’]\s)|(?<=[.!?\"”’]\s\s)|(?<=[\w'’\"”][.!?])(?-i:(?=[A-Z])))(?:©\s*)?(?:(?:[^\s/.!?]+(?:/[^\s/.!?]+)?\.?\s+){{0,4}}"
            rf"[^\s/.!?]+\s*/\s*{_AGENCY}(?:\s+for\s+{_NAME})?|{_AGENCY}\s*/\s*{_NAME}|"
            rf"{_CAPS_AGENCY}\s*/\s*(?-i:(?=[A-Z])){_NAME}|"
            rf"©\s*{_NAME})\.?$",
            re.I,
        ),
        True,
    ),
    # An agency's name alone after the last sentence, with no stop of its own: "... had died
    # of heart attack. Twitter", "... is heating up. Reuters" (a stop after it is a sentence's:
    # "... blaming Michael R. Bloomberg.").
    # Or the wires together, in the form a paper signs them ("... disgruntled generals.
    # AGENCIES", FNC-1 377).
    (re.compile(rf"(?<=[.!?\"”’'])\s+(?:{_AGENCY}|{_WIRES})$", re.I), False),
    # A wire's credit in capitals cut after its first word, at the end of the caption it
    # closed ("... on Parliament hill in Ottawa Wednesday Oct.22, 2014. THE", FNC-1 298,
    # whose other captions end "THE CANADIAN PRESS/Justin Tang"): no sentence ends on "THE".
    (re.compile(r"(?<=[.!?])\s+(?-i:THE)$"), False),
    # Wikinews: "..., from file." and "...; from file, 2015."
    (re.compile(r"\s*[,;]\s*from\s+file(?:,\s*\d{4})?\.?$", re.I), False),
    # A wire desk's sign-off: "slk/shs (AP, AFP, Reuters)".
    (re.compile(r"^[a-z]{2,5}(?:/[a-z]{2,5})+(?:\s*\([^()]{1,60}\))?\.?$"), False),
    # A name alone in brackets, as a line or after the caption's last sentence: "(KCTV)",
    # "(Screengrab via BuzzFeed)", "... a source close to KCTV5 News says. (KCTV)"; after a
    # sentence, not an aside ending like one ("(Fingers crossed.)", "(Kind of.)"). Or glued
    # to the sentence's stop where the page's line break was lost ("True then, true now.(Reddit
    # / fryd_)", Quartz, FNC-1 1582): prose sets a space after its stop.
    (
        re.compile(
            r"(?:^\(\s*[^()]{1,60}|(?:(?<=[.!?\"”’]\s)|(?<=[a-z][.!?]))"
            r"\(\s*[^()]{0,59}[^()\s.!?])\)\.?$"
        ),
        True,
    ),
    # Who else reported: "The Associated Press contributed to this report.", NYT's "Bryant
    # Rousseau and Caryn Wilson contributed reporting." (PolNeAR nyt 2016-09-20), "--additional
    # reporting from Darren Samuelsohn.", and a byline after a dash: "- Amber Phillips.".
    (
        re.compile(
            rf"(?:^|(?<=[.!?\"”’]\s))(?:{_CAPITALISED}\s+(?:and\s+|&\s+)?){{1,8}}contributed\s+"
            r"(?:(?:reporting|research)\.?$|(?:reporting\s+)?to\s+this\s+(?:report|story|article)\.?$)"
            # The short form, names and "contributed" alone ("Nolan McCaskill contributed.",
            # politico, PolNeAR politico 2016-01-05): a full name or two names, no pronoun;
            # prose says what was given ("He contributed $500 to the campaign.").
            r"|(?:^|(?<=[.!?\"”’]\s))(?-i:(?!(?:He|She|It|They|We|You|Everyone|All|Both)\b))"
            r"(?-i:(?:[A-Z][\w'’-]+\.?|[A-Z]\.)\s+(?:(?:and|&)\s+)?){2,8}contributed\.?$"
            rf"|^[-–—\s]*(?:additional\s+)?(?:reporting|writing|research)\s+(?:by|from)\s+"
            rf"{_CAPITALISED}(?:,?\s+(?:and\s+)?{_CAPITALISED}){{0,8}}\.?$"
            rf"|^[-–—]+\s*(?:via\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}\.?$"
            # A wire's desk names its writer by beat so, within a story ("— White House
            # Correspondent Julie Pace.", AP's "The Latest", PolNeAR breitbart 2016-03-15).
            rf"|^[-–—]+\s*(?:{_CAPITALISED}\s+){{0,3}}(?-i:Correspondent|Writer|Reporter|"
            rf"Editor|Producer)s?\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,2}}\.?$"
            # The same byline glued to the end of the item's last sentence, a writer's full
            # name after a double dash with no space ('... "still the No. 1 force in
            # Spain."--Kim Hjelmgaard.', USA Today's "In Brief", PolNeAR usa-today
            # 2015-12-22): prose sets a space or a dash's own words after its stop. After a
            # word's stop, not an abbreviation's ("the U.S.--Mexico War.").
            r"|(?<=(?-i:[a-z][a-z])[.!?]|\w[.!?][\"”’])(?:--|[–—])"
            r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\.?$"
            # Or after a space, the double dash still glued to the name (The Week's "...
            # memories. --Jon Terbush", FNC-1 1438; test 661): a dash of prose has a space
            # on both sides, or none.
            r"|(?<=(?-i:[a-z][a-z])[.!?]\s|\w[.!?][\"”’]\s)--"
            r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\.?$"
            # Where a blog found the story, a line of its own: "via Daily Buzz Live" (FNC-1 175).
            rf"|^(?-i:via)\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}\.?$"
            # Who put a piece into English or edited it, a line of its own at the end:
            # "Translated by Karim Traboulsi." (PolNeAR huff-post 2016-08-29).
            r"|^(?:translated|translation|edited|compiled)(?:\s+from\s+(?:the\s+)?[A-Z]\w+)?"
            rf"\s+by\s+{_CAPITALISED}(?:,?\s+(?:and\s+)?{_CAPITALISED}){{0,5}}\.?$"
            # A podcast's or a video's production credits, a line of their own: each role and
            # "by" and names, one after another, perhaps glued where the page set them on
            # separate lines ("Podcast produced by Bridget Mulcahy.", "Story by Scott Conroy
            # Video produced by Jon StraussCinematography by Jon Strauss and Sam Wilkes...").
            # A role and "by" and names and nothing else is no sentence: it has no clause.
            rf"|^(?:\s*{_ROLE}\s+by\s+{_CAPITALISED}(?:,?\s+(?:and\s+|&\s+)?{_CAPITALISED}){{0,6}})+"
            r"\.?$",
            re.I,
        ),
        False,
    ),
    # A picture's source as a sentence of its own, after the caption: "Photo is from the
    # Sportex Italia Facebook page", "Photos courtesy of NASA.", "Image via Flickr." (FNC-1
    # 188); the label opens it and the source is capitalised words, maybe the page they run.
    # Or the page named before its owner: "Picture from the Twitter account of CBC Ottawa"
    # (FNC-1 2246), "Image from the Facebook page of ..."; no verb, so no sentence (prose
    # has one and opens otherwise: "A picture from the scene showed ...", "Pictures from
    # the airport ... showed ...", FNC-1 653).
    (
        re.compile(
            r"(?:^|(?<=[.!?\"”’]\s))(?-i:Photos?|Images?|Pictures?|Video|Footage)\s+"
            r"(?:(?:is|are|was|were)\s+)?(?:taken\s+)?(?:from|courtesy\s+of|via|by)\s+"
            rf"(?:(?:the\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}\s+{_PAGE}\s+of\s+)?"
            rf"(?:the\s+)?{_CAPITALISED}(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?{_CAPITALISED}){{0,6}}"
            rf"(?:\s+{_PAGE})?\.?$",
            re.I,
        ),
        False,
    ),
    # A picture's licence, after its caption or on a line of its own: "CC Attribution-
    # ShareAlike 2.0.", "CC BY-SA 3.0", "Creative Commons Attribution 2.0 Generic" (FNC-1
    # 2042): the licence's own names, which no sentence strings together.
    (
        re.compile(
            r"(?:^|(?<=[.!?\"”’]\s))(?:\(\s*)?(?-i:CC|Creative\s+Commons)(?:[\s-]+(?:by|sa|nd|nc|"
            r"attribution|share-?alike|no-?derivs|no-?derivatives|non-?commercial|generic|"
            r"unported|international|licen[cs]e|\d\.\d))+\)?\.?$",
            re.I,
        ),
        False,
    ),
    # A source in square brackets after the story's last sentence or alone: "[Variety]",
    # "[Emergent]", "[iGen.fr via MacRumors]" (FNC-1 1131, 1532, 181). A blog names where
    # it found the story so; the story's own brackets ("[sic]", "[the senator]") sit inside
    # a sentence or read as words, not names (checked by _is_name).
    # A writer and an outlet's full name may fill it ("[Will Fitzgibbon, The International
    # Consortium of Investigative Journalists]", HuffPost's Morning Email, PolNeAR huff-post
    # 2016-07-25); a quotation's close set as an opening mark (“... a year.“ [HuffPost]",
    # the same page) ends the sentence before it as well.
    (
        re.compile(r"(?:^|(?<=[.!?\"”’]\s)|(?<=[.!?]“\s))\[\s*[^\[\]]{0,99}[^\[\]\s.!?]\]\.?$"),
        True,
    ),
    # The same with the name's own stop inside the bracket, as a digest closes each item
    # with its outlet or writer ("[WaPo.]", "[NYT.]", "[Mother Jones.]", "[Mollie Reilly.]",
    # HuffPost's Morning Email, PolNeAR huff-post 2016-01-12): whichever the outlet, the
    # shape of "[AP.]", which the agency form above takes. With its stop, a bracket may hold
    # an editor's sentence ("[Taibbi responded again.]", FNC-1 879), so every word is a
    # name's (capitalised) or a credit's ("[Lead image via SoundCloud.]"). An outlet's name
    # may open with a figure ("[538.]", FiveThirtyEight, in HuffPollster's digest, PolNeAR
    # huff-post 2016-02-03): a note's mark is a bare figure ("[2]"), never with a stop inside.
    # The digest may set its quotation's close as an opening mark glued to the tag
    # ("... where voters stand.“[HuffPost.]", the same page): that mark ends the sentence too.
    (
        re.compile(
            r"(?:^|(?<=[.!?\"”’]\s)|(?<=[.!?]“))\[\s*(?-i:[A-Z][\w.'’&-]*|\d[\w'’&-]*)"
            r"(?:,?\s+(?:(?-i:[A-Z][\w.'’&-]*)|"
            r"of|for|via|and|the|by|from|photo|photos|image|images|&))*\.\]\.?$",
            re.I,
        ),
        False,
    ),
    # A credit of two names in brackets, with its own stop: "(SVP/Global Risk Insights.)"
    # under a party's poster (PolNeAR huff-post 2016-03-21); the slash between capitalised
    # names is a credit's (who made it / who ran it), as "(AP Photo/Name)" is.
    (
        re.compile(
            r"(?<=[.!?\"”’)]\s)\(\s*(?-i:[A-Z][^()/\s]*(?:\s+[A-Z][^()/\s]*){0,3})\s*/\s*"
            r"(?-i:[A-Z][^()/]{0,40})\)\.?$"
        ),
        True,
    ),
    # A picture's maker and the agency it came through: "Neilson Barnard via Getty Images."
    # (PolNeAR huff-post 2015-12-19), on a line of its own or after the caption; a name,
    # every word capitalised ("Watch the clip via Twitter." is a call).
    (
        re.compile(
            rf"(?:^|(?<=[.!?\"”’]\s))(?:{_CAPITALISED}\s+){{0,3}}{_CAPITALISED}\s+via\s+{_AGENCY}\.?$",
            re.I,
        ),
        True,
    ),
    # A hat tip to the source the story was found in, whatever follows it: "[h/t ABC News]",
    # "H/T: Quartz", "h/t: The Hill.", "[h/t Consumerist, Photo: Mr. T in DC/Flickr]"; a line
    # of its own or after the last sentence, at the article's end or above its sign-off.
    (
        re.compile(r"(?:^|(?<=[.!?\"”’]\s))[\[(]?\s*h/t\b/?:?\s.{1,120}$", re.I),
        False,
    ),
    # A reprinted document's source for the excerpt before it, in square brackets: where,
    # a comma, when ("[Remarks to CME Group, 11/18/13.]", "[Speech to Goldman Sachs, 2013 IBD
    # Ceo Annual Conference, 6/4/13.]", PolNeAR politico 2016-10-12), a line of its own or
    # after the excerpt's last sentence. Square brackets in prose hold an editor's word inside
    # a quotation, not a place and a date after a sentence's end.
    (
        re.compile(
            r"(?:^|(?<=[.!?\"”’…]\s))\[\s*[^\[\]]{3,200}?,\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|"
            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+"
            r"\d{4}|(?:19|20)\d\d)\.?\s*\]\.?$"
        ),
        False,
    ),
    # A news service's name alone after the last sentence, with no stop of its own: "... in
    # the state. OneIndia News" (FNC-1 1673, seed 1226). A sentence ends with its mark; a name
    # of one to three capitalised words ending in what news services call themselves, after
    # it, is the service's tag on the copy it syndicated.
    (
        re.compile(
            r"(?<=[.!?\"”’'])\s+(?-i:(?:[A-Z][\w&-]*\s+){1,2}"
            r"(?:News|Newswire|Wire|Press|Agency|Service|Network))$"
        ),
        False,
    ),
    # A newspaper's name in capitals after the last sentence, with no stop of its own, as a
    # paper signs the copy it shares with another ("... slaughtering and eating animals is a
    # sin”. THE NEW YORK TIMES", FNC-1 1905, in The Straits Times): capitals, then the word a
    # paper calls itself by. Prose names a paper in a sentence, in title case, with its mark.
    (
        re.compile(
            r"(?<=[.!?\"”’'])\s+(?-i:(?:THE\s+)?(?:[A-Z][A-Z&'’.-]*\s+){0,3}"
            r"(?:TIMES|POST|HERALD|JOURNAL|TRIBUNE|GAZETTE|TELEGRAPH|GUARDIAN|CHRONICLE|GLOBE))$"
        ),
        False,
    ),
    # A wire's story fields, glued after the last sentence ("... in a U.S. strike on Monday.
    # STORY_NUMBER: L5N0R62Q3 STORY_DATE: 05/09/2014 STORY_TIME: 1324 GMT", Reuters, FNC-1
    # 313): two fields or more, each a name in capitals with an underscore, a colon and a
    # value (a zone after a time). No sentence has such names.
    (
        re.compile(
            r"(?:^|(?<=[.!?\"”’)]\s))(?-i:[A-Z]+(?:_[A-Z]+)+:\s*[^\s:]+(?:\s+[A-Z]{2,4}(?=\s|$))?)"
            r"(?:\s+(?-i:[A-Z]+(?:_[A-Z]+)+:\s*[^\s:]+(?:\s+[A-Z]{2,4}(?=\s|$))?))+$"
        ),
        False,
    ),
    # A source's tag in square brackets after the last sentence, its closing bracket lost at
    # the line's end ("-SurveyMonkey offers some advice on how to QA a survey. [SurveyMonkey",
    # HuffPollster's links, PolNeAR huff-post 2016-05-02, where the other items close theirs:
    # "[WashPost.]"). A bracket opened and never closed ends no sentence.
    (re.compile(r"(?<=[.!?\"”’]\s)\[(?-i:[A-Z])[\w.'’&-]{1,30}$"), False),
    # A blog's thanks to the reader who sent the story in, after the source's link: "Comcast
    # Declares War on Tor? [Nathan Wold/Deep Dot Web] (Thanks, Alan!)" (Boing Boing, FNC-1
    # 1359): a hat tip by another name, to a name alone, closing the line.
    (
        re.compile(
            rf"(?<=[.!?\"”’\]]\s)\({HAT_TIP},?\s+(?:to\s+)?"
            r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}[!.]?\)$"
        ),
        False,
    ),
    # A stock library's credit, its contributor's handle on both sides of the slash as the
    # library sets contributor and collection ("federicofoto/federicofoto",
    # "AntonMatveev/AntonMatveev"), a line of its own; and a picture's source as BuzzFeed sets
    # it under the picture, "Via" and the site's domain, a line of its own or after the
    # caption's stop ("Vice founder Shane Smith, with something that is not caviar.  Via
    # twitter.com", "Via bellagio.com"; FNC-1 2130, "Via youtube.com" FNC-1 2274). Prose
    # names no one twice about a slash, and says "via" in a clause.
    (
        re.compile(rf"^{_HANDLE_TWICE}$|(?:^|(?<=[.!?\"”’]\s)|(?<=[.!?\"”’]\s\s)){_SITE_VIA}$"),
        False,
    ),
    # A quotation's signature after its closing mark, on the quotation's line: a dash and the
    # speaker's name ("... He represents our greatest shame.” ― Sonya Herridge", HuffPost's
    # readers' quotes, PolNeAR huff-post 2016-09-27). Set on a line of its own, the dashed
    # name is a credit already (see _signoff); here the segmenter would make it a sentence.
    (
        re.compile(
            r"(?<=[.!?…][\"”])\s*[-–—―]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\.?$"
        ),
        True,
    ),
    # The New York Times' credit, its label without a colon, alone under the caption or run
    # on after it: "Credit Chang W. Lee/The New York Times", "Police Commissioner William J.
    # Bratton Credit Michael Appleton for The New York Times" (FNC-1 1732, test 2583). The
    # capitalised label and the photographer's outlet after a slash or "for" tell it.
    (
        re.compile(
            r"(?:^|(?<=\s))(?-i:Credit)\s+(?-i:[A-Z])[^/.!?]{1,60}?(?:\.\s*[^/.!?]{1,40}?)?"
            r"(?:\s*/\s*|\s+for\s+)(?-i:[A-Z])[^/!?]{1,60}$"
        ),
        True,
    ),
    # The paper's contributors under its story, after the last sentence on its line: USA
    # Today's "Contributing: JSetareh Baig & Daniella Abinum, FSView; The Associated Press"
    # (FNC-1 test 849; alone on its line it is a labelled list of names, see _furniture).
    # Or glued to the last sentence's stop, and naming a paper by its place ("... to Ready
    # PAC.Contributing: Herb Jackson, The (Bergen County, N.J.) Record.", PolNeAR usa-today
    # 2016-08-24, seed 1477's judge): a stop inside a word ("N.J.") ends no sentence.
    (
        re.compile(
            r"(?:^|(?<=[.!?\"”’]\s)|(?<=[.!?\"”’]\s\s))(?-i:Contributing):\s[^.!?]{1,200}$"
            r"|(?<=[A-Za-z]{2}[.!?])(?-i:Contributing):\s(?:[^.!?]|\.(?=\S)){1,200}\.?$"
        ),
        False,
    ),
]


# Who reported the story and from where, a line of its own under a wire's or a paper's story:
# "Baldor reported from Newport, Wales.", "Neil MacFarquhar reported from Moscow, and Kimiko
# de Freytas-Tamura from London.", "Associated Press writers Zeina Karam in Beirut, Maamoun
# Youssef in Cairo ... contributed to this report.", "CNN's Raja Razek reported from near
# Suruc, while Laura Smith-Spark wrote in London and Jason Hanna in Atlanta." Such a line is
# names and places joined by a few lower-case words; a sentence about a reporter says more
# ("Foley reported from some of the most dangerous recent crises and was imprisoned ...").
_REPORTED = re.compile(
    r"\b(?:contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article|post)|"
    r"contributed\s+(?:reporting|research)(?:\s+from\b|(?=\.?$))|"
    # ... or only where from, after a writer's full name ("Associated Press writer John Rice
    # contributed from Mexico City.", FNC-1 2251); one capitalised word before it may be a
    # sentence's subject ("Donors contributed from Texas and Ohio.").
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+contributed\s+from\b|"
    # AP names its writers and where each worked ("Associated Press writer E. Eduardo
    # Castillo reported this story in Mexico City and Christopher Sherman reported in
    # Chilpancingo.", FNC-1 1795).
    r"reported\s+this\s+(?:story|report)\s+(?:in|from)|"
    r"reported\s+from)\b"
)
# fmt: off
_REPORTERS_WORDS = frozenset([
    "and", "in", "from", "while", "wrote", "reported", "contributed", "reporting", "research",
    "to", "this",
    "report", "story", "article", "post", "near", "also", "additional", "the", "of",
    "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
    "producer", "producers", "journalist", "journalists", "staff",
    # name particles ("Kimiko de Freytas-Tamura")
    "de", "del", "da", "di", "du", "van", "von", "der", "al", "bin", "la", "le",
])
# fmt: on
_REPORTERS_MAX_WORDS = 60
_WORD_EDGES = "\"“”‘’'()[],.;:!?—–-"


def is_reporters_line(line: str) -> bool:
    """Whether ``line`` says who reported the story and from where: names and places, a few
    lower-case words between them, and ``reported from`` or ``contributed to this report``.

    Examples
    --------
    >>> is_reporters_line("Baldor reported from Newport, Wales.")
    True
    >>> is_reporters_line(
    ...     "Julie Tate in Washington and Griff Witte in London contributed to this report."
    ... )
    True
    >>> is_reporters_line(
    ...     "Foley reported from some of the most dangerous recent crises and was imprisoned."
    ... )
    False
    """
    if not ("contributed" in line or "reported " in line):
        return False
    words = line.split()
    if len(words) > _REPORTERS_MAX_WORDS or _REPORTED.search(line) is None:
        return False
    for word in words:
        core = word.strip(_WORD_EDGES)
        if core and not core[0].isupper() and core not in _REPORTERS_WORDS:
            return False
    # A name opens it (after a dash); no quotation is in it.
    return line.lstrip("—–- ")[:1].isupper() and not any(q in line for q in '"“”')


_HINTS = [
    lambda tail: tail.rstrip(".")[-1:] in (")", "]"),
    lambda tail: ":" in tail or " by " in tail.lower(),
    lambda tail: "/" in tail or "©" in tail,
    lambda tail: tail[-1:].isalpha() and _AGENCY_END.search(tail[-40:]) is not None,
    lambda tail: tail[-1:].isupper() and "THE" in tail[-30:],
    lambda tail: "file" in tail.lower(),
    lambda tail: "/" in tail and tail[:1].islower(),
    lambda tail: tail.rstrip(".")[-1:] == ")",
    lambda tail: (
        "contributed" in tail
        or "reporting" in tail.lower()
        or tail[:1] in "-–—"
        or "--" in tail[-40:]
        or "—" in tail[-40:]
        or "–" in tail[-40:]
        or " by " in tail
        or tail.startswith("via ")
    ),
    lambda tail: " from " in tail or " courtesy " in tail or " via " in tail or " by " in tail,
    lambda tail: "CC" in tail or "Commons" in tail,
    lambda tail: tail.rstrip(".")[-1:] == "]",
    lambda tail: tail.endswith((".]", ".].")),
    lambda tail: tail.rstrip(".")[-1:] == ")" and "/" in tail,
    lambda tail: " via " in tail,
    lambda tail: "/t" in tail or "/T" in tail,
    lambda tail: tail.rstrip(".")[-1:] == "]",
    lambda tail: tail[-1:].isalpha(),
    lambda tail: tail[-1:] in "SLTDENO" and tail[-2:-1].isupper(),
    lambda tail: "_" in tail and ":" in tail,
    lambda tail: "[" in tail[-33:],
    lambda tail: "(Th" in tail[-60:],
    lambda tail: "/" in tail or "Via " in tail,
    lambda tail: "”" in tail[-60:] or '"' in tail[-60:],
    lambda tail: "Credit " in tail,
    lambda tail: "Contributing:" in tail,
]
_HINT = {pattern: hint for (pattern, _), hint in zip(_TAIL, _HINTS, strict=True)}


def _is_name(text: str) -> bool:
    """Whether ``text`` reads as a credited name, not as a clause: few ordinary lower-case words,
    and a letter somewhere: "(2)" or "(2012)." after a sentence is a note number or a year,
    which stays with the sentence. The credit's own brackets are no part of a word: kept on
    it, they hid the case of the first and last words ("[Insert outrage/uncontrollable glee
    here]", a writer's aside on its own line, FNC-1 1453, read as a name by its one
    lower-case word, "glee")."""
    words = [w.strip(",;:()[]") for w in text.split()]
    lower = [w for w in words if _LOWER_WORD.match(w) and w.rstrip(".") not in _CREDIT_WORDS]
    return (
        len(lower) <= 1
        and any(not _LOWER_WORD.match(w) for w in words)
        and any(c.isalpha() for c in text)
    )


# What names a picture's maker, not a report's: a word for the picture or its licence, a
# picture library, or the slash between a maker and an outlet ("(SVP/Global Risk Insights.)",
# "John Moore / Getty Images"); not a wire's report credit ("(Reporting by ...)", "(Reuters)").
_PICTURE = re.compile(
    r"photo|image|picture|footage|video|screen\s*grab|getty|shutterstock|istock|alamy|©"
    r"|(?-i:\bCC\b)|creative\s+commons|credit|courtesy",
    re.I,
)
# A slash in a square bracket parts a blog's sources ("[HuffPost, NBC/WSJ/Marist, ARG]"),
# not a picture's maker and outlet.
# After the slash, a capital or a user's handle (its underscore: "(Reddit / fryd_)", FNC-1
# 1582), not a sign-off's lower-case word ("ABC/wires").
_SLASHED = re.compile(r"^\(?\s*©?\s*[A-Z][^/]*/\s*(?:[A-Z]|[\w.-]*_[\w.-]*\s*\)?\.?$)")
_REPORT = re.compile(r"reporting|editing|writing|compiled|research", re.I)


def is_picture_credit(credit: str) -> bool:
    """Whether ``credit`` (one of :func:`split_credits`'s) credits a picture, so that the text
    it closes is the picture's caption.

    Examples
    --------
    >>> is_picture_credit("Photo is from the Sportex Italia Facebook page")
    True
    >>> is_picture_credit("(SVP/Global Risk Insights.)")
    True
    >>> is_picture_credit("(Reuters)")
    False
    """
    if _REPORT.search(credit):
        return False
    return (
        _PICTURE.search(credit) is not None
        or _SLASHED.match(credit) is not None
        # A wire's credit in capitals cut after its first word (see _TAIL): what a scrape
        # cut so is the caption's credit, the picture's wire in capitals over its
        # photographer ("THE CANADIAN PRESS/Justin Tang", FNC-1 298); the story's own
        # wire signs it otherwise ("(AP)", "AGENCIES").
        or credit == "THE"
        or _PICTURE_SOURCE.fullmatch(credit) is not None
    )


def is_picture_credit_line(line: str) -> bool:
    """Whether ``line`` is a picture's credit and nothing else.

    Examples
    --------
    >>> is_picture_credit_line("Image: Nicole Tung")
    True
    >>> is_picture_credit_line("Source: Reuters")
    False
    """
    body, credits = split_credits(line)
    return not body and any(is_picture_credit(c) for c in credits)


# A photographer's credit in capitals, a line of its own: the name, then the paper he shot
# for ("ARAM BOGHOSIAN FOR THE BOSTON GLOBE", FNC-1 88) or the agency after a slash
# ("FREDERICK M. BROWN / GETTY IMAGES", FNC-1 651).
_CAPS_FOR = re.compile(
    r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){1,3} FOR (?:THE )?"
    r"[A-Z][A-Z.'’&-]*(?: [A-Z][A-Z.'’&-]*){0,3}"
)


def is_caps_picture_credit(line: str) -> bool:
    """Whether ``line`` is a photographer's credit in capitals, the whole line: the print
    papers' form under a picture, so the line set close above it is the picture's caption.

    Examples
    --------
    >>> is_caps_picture_credit("ARAM BOGHOSIAN FOR THE BOSTON GLOBE")
    True
    >>> is_caps_picture_credit("FREDERICK M. BROWN / GETTY IMAGES")
    True
    >>> is_caps_picture_credit("Frederick M. Brown / Getty Images")
    False
    >>> is_caps_picture_credit("VOTE FOR THE PEOPLE")
    False
    """
    if not line or any(c.islower() for c in line):
        return False
    if _CAPS_FOR.fullmatch(line) is not None:
        return True
    return is_picture_credit_line(line)


# The same credit in mixed case, alone on its line: the maker's name, "for" and the outlet
# (the picture was made for it), perhaps the data's source after a slash ("Jeny Chang for
# BuzzFeed / Via Drug Policy Alliance data", over a chart, FNC-1 1368). Two to four
# capitalised words of a name, so that a headline ("Votes for Women") is not one, and no
# sentence mark.
_MAKER_FOR = re.compile(
    r"[A-Z][a-z'’-]+(?: [A-Z][\w.'’-]*){1,3} for (?:the )?[A-Z][\w.'’&-]*"
    r"(?: [A-Z][\w.'’&-]*){0,3}(?: / [A-Z][^.!?/]{1,60})?"
)


# The same credit with a slash for "for": the maker's name, two to four capitalised words,
# then the outlet ("Samantha-Jo Roth/HuffPost.", over its caption, PolNeAR huff-post
# 2016-02-12, seed 1618's judge). The agencies' names are known (see _AGENCY); an outlet's
# own staff photographer credits the outlet, which is any name. Prose does not set two names
# joined by a slash as a paragraph of their own; a name of one word before the slash is a
# pair of things ("Either/Or"), not a maker.
_MAKER_SLASH = re.compile(
    r"[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]*){1,3} ?/ ?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}\.?"
)


def is_maker_credit(line: str) -> bool:
    """Whether ``line`` is a picture's or a chart's credit in mixed case: the maker, "for"
    and the outlet, perhaps the source after a slash.

    Examples
    --------
    >>> is_maker_credit("Jeny Chang for BuzzFeed / Via Drug Policy Alliance data")
    True
    >>> is_maker_credit("Aram Boghosian for The Boston Globe")
    True
    >>> is_maker_credit("Votes for Women")
    False
    >>> is_maker_credit("Clinton Campaigns for Sanders Voters in Ohio.")
    False
    >>> is_maker_credit("Samantha-Jo Roth/HuffPost.")
    True
    >>> is_maker_credit("Either/Or.")
    False
    """
    return len(line) <= 140 and (
        _MAKER_FOR.fullmatch(line) is not None or _MAKER_SLASH.fullmatch(line) is not None
    )


# A picture agency's name alone on its line, with or without a stop: the credit of the picture
# above or below it, as HuffPost sets "Getty." (PolNeAR huff-post 2015-12-22, 2016-04-06,
# 2016-07-18) and a wire's copy "Reuters" (FNC-1 test 1142). Prose names an agency in a
# sentence; on every FNC-1 body and PolNeAR text these lines are all credits. The spaces
# around are the pattern's, so a long line is not copied by strip() to be ruled out. A wire's
# name is set out in full as well as cut short: "Agence France Presse" over the story's
# dateline (FNC-1 body 921), as "AFP" is.
_AGENCY_ALONE = re.compile(
    r"\s*(?:Getty(?: Images)?|Reuters|AFP|AP|EPA|Shutterstock|Corbis|Rex Features|Alamy"
    r"|Agence France[- ]Presse|(?:The )?Associated Press)\.?\s*"
)


# A user's handle alone on its line, its underscore a name's mark no word of prose has: the
# photographer's credit over the picture of a Mexican site's story ("cesar_MN", FNC-1 1796,
# whose writer signs "encantador_MN" at its end). Without an "@", which marks a post's author
# (annotate.corpus._tweets), and one token, so that a line of code ("foo_bar()") is not one.
_HANDLE = re.compile(r"\s*[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*\s*")


def is_handle_line(line: str) -> bool:
    """Whether ``line`` is a user's handle alone (see above): a picture's credit.

    Examples
    --------
    >>> is_handle_line("cesar_MN")
    True
    >>> is_handle_line("@cesar_MN")
    False
    >>> is_handle_line("Cesar Millan")
    False
    """
    return _HANDLE.fullmatch(line) is not None


# Where a sentence of a line starts: after a word's stop, with a space or none (a page's line
# break lost: "... on Twitter.Neil MacFarquhar reported from Moscow, ...", PolNeAR nyt
# 2016-10-17), before a capital.
_SENTENCE_START = re.compile(r"(?<=[a-z]{2}[.!?])\s*(?=[A-Z])")


def _reporters_tail(line: str) -> int | None:
    """Where the reporters' sentences at the end of ``line`` start (see
    :func:`is_reporters_line`), after the story's or a call's sentences on the same line:
    "Follow Neil MacFarquhar @NeilMacFarquhar ... on Twitter.Neil MacFarquhar reported from
    Moscow, and Kimiko de Freytas-Tamura from London. Lincoln Pigman contributed reporting
    from Moscow." (PolNeAR nyt 2016-10-17); None when the line does not end with one."""
    if not ("contributed" in line or "reported " in line):
        return None
    start, end = None, len(line)
    for match in reversed(list(_SENTENCE_START.finditer(line))):
        if not is_reporters_line(line[match.end() : end].rstrip()):
            break
        start, end = match.end(), match.start()
    return start


def split_credits(line: str) -> tuple[str, list[str]]:
    """Return ``line`` without the credits at its end, and those credits in text order.

    Examples
    --------
    >>> split_credits("Dockworkers picket in Oakland on Monday. (AP Photo/Jane Doe)")
    ('Dockworkers picket in Oakland on Monday.', ['(AP Photo/Jane Doe)'])
    >>> split_credits("Formica fusca, from file. Image: Mathias Krumbholz.")
    ('Formica fusca', [', from file.', 'Image: Mathias Krumbholz.'])
    >>> split_credits("The court ruled on the photo: its source was the AP.")
    ('The court ruled on the photo: its source was the AP.', [])
    """
    # Who reported the story, the whole line (see is_reporters_line), or a picture agency alone.
    if is_reporters_line(line) or _AGENCY_ALONE.fullmatch(line):
        return "", [line]
    # The reporters' sentences after the story's last one.
    reporters = []
    start = _reporters_tail(line)
    if start is not None:
        reporters, line = [line[start:].strip()], line[:start].rstrip()
    credits: list[str] = []
    # A credit ends the line, so only a line's last few hundred characters can hold one.
    while line:
        tail = line[-400:]
        for pattern, check in _TAIL:
            # Each form has a mark that must be in the tail; checking for it first spares
            # the full pattern nearly every line (a third of clean()'s time on FNC-1).
            if not _HINT[pattern](tail):
                continue
            match = pattern.search(line, max(0, len(line) - 400))
            if match is None or match.end() != len(line):
                continue
            if not check or _is_name(match.group()):
                break
        else:
            break
        credits.append(line[match.start() :].strip())
        line = line[: match.start()].rstrip()
    credits.reverse()
    return line, credits + reporters


# A wire's staff credit in brackets at the start of a line, the page's next paragraph run into
# it when a scrape lost the line break: "(Additional reporting by Emily Stephenson ... editing
# by Paul Thomasch and Ross Colvin)Editor’s note: Donald Trump regularly incites ..." (Reuters
# copy with HuffPost's note under it, PolNeAR huff-post 2016-10-25). The bracket opens on the
# roles Reuters signs its copy with, so no sentence's bracket does.
_LEAD_WIRE = re.compile(
    r"\((?:additional\s+)?(?:reporting|writing|editing)\s+by\s[^()]{1,300}\)\s*(?=\S)", re.I
)


def split_lead_wire(line: str) -> tuple[str, str]:
    """Cut a wire's bracketed staff credit off the start of ``line`` when text follows it.

    Returns the credit ("" when there is none) and the rest of the line.

    Examples
    --------
    >>> split_lead_wire("(Reporting by Amanda Becker; Editing by Eric Beech)Editor’s note: ...")
    ('(Reporting by Amanda Becker; Editing by Eric Beech)', 'Editor’s note: ...')
    >>> split_lead_wire("(Reporting by Amanda Becker; Editing by Eric Beech)")
    ('', '(Reporting by Amanda Becker; Editing by Eric Beech)')
    """
    if line[:1] != "(":
        return "", line
    match = _LEAD_WIRE.match(line)
    if match is None:
        return "", line
    return line[: match.end()].rstrip(), line[match.end() :]


def is_bare_source(line: str) -> bool:
    """Whether ``line`` is only an agency's or a platform's name and a stop: an embed's credit.

    Examples
    --------
    >>> is_bare_source("Twitter.")
    True
    >>> is_bare_source("Trump took to Twitter.")
    False
    """
    return len(line) <= 24 and _BARE_SOURCE.fullmatch(line) is not None
