"""Round 26: a lead-in's list whose items are statements, some without their stop (FNC-1 2143,
seed 1478's judge: two items lost as headlines).

Items set one to a line under a lead-in ("Consider:"), the first ending as a sentence: each
item with a verb of its own is the list's next statement, kept as the story's, though its stop
was left off. A box of headlines under a label has no item that ends as a sentence, so it is
still dropped.
"""

from __future__ import annotations

from annotate.corpus._clean import clean

_CONSIDER = "\n".join(
    [
        "Some shocked readers shared the sad news on social media, without first verifying"
        " the claims in the report.",
        "",
        "Consider:",
        "",
        "The original report does not cite any sources.",
        "No legitimate media outlets have reported Millan’s death",
        "There is no evidence that Millan’s wife held a press conference",
        "There has been no such announcement on Millan’s official Facebook page.",
        "Bottom Line",
        "",
        "The report claiming that Cesar Millan died of a heart attack appears to be yet"
        " another celebrity death hoax.",
    ]
)


def test_a_lead_ins_statements_without_their_stop_are_kept() -> None:
    cleaned = clean(_CONSIDER)
    assert "No legitimate media outlets have reported Millan’s death" in cleaned.text
    assert "There is no evidence that Millan’s wife held a press conference" in cleaned.text
    assert not any("Millan’s death" in d.text for d in cleaned.dropped)


def test_a_box_of_headlines_under_a_label_is_still_dropped() -> None:
    text = """The senator spoke for an hour on Tuesday about the bill and its costs.

Related:

Obama signs the budget deal into law
Senate passes the farm bill after a long fight
House Republicans elect a new leader

The bill now goes to the House, where its fate is unclear."""
    cleaned = clean(text)
    assert "Obama signs the budget deal into law" not in cleaned.text
