"""The rule-based cold-start pre-annotator and its lexicon."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from annotate.preannotate import LEXICON_VERSION, preannotate, score_against_gold
from annotate.schema import load_schema
from annotate.train import to_predictions

ROOT = Path(__file__).parents[2]
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")
SENTENCES = pd.DataFrame(
    {
        "sentence_id": ["s-0", "s-1", "s-2", "s-3"],
        "text": [
            "Officials said the plant may have been hit.",
            "According to Reuters, the talks failed.",
            "The talks failed on Monday.",
            "Prime Minister Boris Johnson told reporters it was possibly a mistake.",
        ],
    }
)


def test_lexicon_is_versioned_and_learned_from_the_corpora():
    lex = yaml.safe_load(
        (ROOT / "annotate" / "data" / f"lexicon-{LEXICON_VERSION}.yaml").read_text()
    )
    assert lex["version"] == LEXICON_VERSION
    assert {"said", "according to", "told"} <= {c["cue"] for c in lex["attribution_cues"]}
    assert {"suggest", "possibly", "whether"} <= {c["cue"] for c in lex["hedge_cues"]}
    assert "officials" in {w["word"] for w in lex["anonymous_source_words"]}
    assert all(c["count"] > 0 and 0 < c["precision"] <= 1 for c in lex["hedge_cues"])


def test_choices_and_spans():
    out = preannotate(SENTENCES, SCHEMA)
    assert out["hedging"].tolist() == ["hedged", "not_hedged", "not_hedged", "hedged"]
    assert out["attribution"].tolist() == [
        "anonymous_source",
        "named_source",
        "unattributed",
        "named_source",
    ]
    texts = lambda col: [[s["text"] for s in spans] for spans in out[col]]  # noqa: E731
    assert texts("source") == [["Officials"], ["Reuters"], [], ["Prime Minister Boris Johnson"]]
    assert texts("attribution_cue") == [["said"], ["According to"], [], ["told"]]
    assert texts("hedge_cue")[3] == ["possibly"]
    assert set(out["model_version"]) == {f"lexicon-{LEXICON_VERSION}"}


def test_output_becomes_label_studio_predictions_that_parse_back():
    out = preannotate(SENTENCES, SCHEMA)
    items = to_predictions(out, SCHEMA)
    values = SCHEMA.parse_result(items[0]["result"], SENTENCES["text"][0])
    assert values["hedging"] == "hedged" and values["attribution"] == "anonymous_source"
    assert [s.text for s in values["hedge_cue"]] == ["may have"]
    # Consistent with the schema rules (cues where required); claim_type is not predicted.
    assert [v.rule for v in SCHEMA.check(values, SENTENCES["text"][0])] == ["required"]
    assert items[0]["model_version"] == f"lexicon-{LEXICON_VERSION}"


def test_precision_and_coverage_against_gold():
    gold = SENTENCES.assign(hedging=["hedged", "hedged", "not_hedged", "not_hedged"])
    scores = score_against_gold(preannotate(SENTENCES, SCHEMA), gold, ["hedging"]).iloc[0]
    # Flags s-0 (right) and s-3 (wrong); finds s-0 of the two gold hedges.
    assert (scores["precision"], scores["coverage"], scores["n"]) == (0.5, 0.5, 4)
