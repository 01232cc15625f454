"""Round 24: a quotation signed by its occasion, not by a name, on the real lines.

The Washington Post's Fact Checker opens with an epigraph, here an exchange of two speakers,
and signs it under a dash with where it was said, in lower case (PolNeAR train, wash-post
2015-11-16, seed 1421's judge).
"""

from __future__ import annotations

from annotate.corpus._clean import clean
from annotate.corpus._dash_items import signs_occasion

_EPIGRAPH = (
    'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure. '
    "Who told you that 90 to 95 percent of your e-mails were in the State Department system? "
    'Who told you that?"\n\n'
    'Former secretary of state Hillary Rodham Clinton:"We learned that from the State '
    "Department and their analysis of the e-mails that were already on the system. We were "
    'trying to help them close some gaps that they had."\n\n'
    "- exchange during an Oct. 22 hearing before the House Select Committee on Benghazi.\n\n"
    "A number of readers have asked questions about Clinton's assertion that 90 to 95 percent "
    "of the e-mails were in the State Department system.\n"
)
_SIGNATURE = "- exchange during an Oct. 22 hearing before the House Select Committee on Benghazi."


def test_a_quotation_signed_by_its_occasion_is_a_credit() -> None:
    cleaned = clean(_EPIGRAPH)
    assert [d.text for d in cleaned.dropped if d.kind == "credit"] == [_SIGNATURE]
    assert "A number of readers have asked questions" in cleaned.text
    assert "We were trying to help them close some gaps that they had." in cleaned.text


def test_the_occasion_needs_a_quotation_closed_above_it() -> None:
    # The same line under narration is not a signature (no quotation to sign).
    text = _EPIGRAPH.replace('some gaps that they had."', "some gaps that they had.")
    assert [d.text for d in clean(text).dropped if d.kind == "credit"] == []


def test_an_occasion_has_no_verb() -> None:
    assert signs_occasion(_SIGNATURE)
    # A dialogue's dash before a clause in lower case is prose.
    assert not signs_occasion("- and then he said the party was united.")
    # A name signs by the other rule (capitalised): not an occasion.
    assert not signs_occasion("-Michelle Marks, Philadelphia.")
