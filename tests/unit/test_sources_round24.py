"""Round 24 (issue 12): a source line that names the reposted piece's writer before ``via``.

Real lines from FNC-1 bodies (named beside each), as they come in the corpus.
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._quoted_sources import is_quoted_source
from tests.shared import dropped_kinds as kinds

# FNC-1 2013 (disinfo.com reposting a hoax; seed 1435's judge, firm): the writer and the site,
# a colon, and the piece under it.
BYLINE = "Barbara Johnson via WorldNewsDaily:"
PIECE = (
    "Doctors of the Carlos III hospital confirmed this morning in a press conference, the first "
    "case of human death caused by the ingestion of genetically modified food."
)


def test_a_writer_via_a_site_over_the_piece_is_a_label() -> None:
    cleaned = clean(f"{BYLINE}\n{PIECE}\n")
    assert kinds(cleaned.dropped) == {"label": [BYLINE]}
    assert cleaned.text == PIECE


def test_a_lead_in_that_says_via_stays() -> None:
    # FNC-1 686 and 2414: a clause before or after "via" (the first a call to the video
    # under it, which another rule reads).
    assert not is_quoted_source("Watch video below, via NBC:")
    assert not is_quoted_source("Via Yahoo News, she explains:")
    assert (
        "Via Yahoo News, she explains:" in clean(f"Via Yahoo News, she explains:\n{PIECE}\n").text
    )
