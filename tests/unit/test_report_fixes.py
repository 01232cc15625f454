"""What the model report, model card and dataset card print (issue 13's "Reports" list)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from annotate.dataset._import import release_from_gold
from annotate.model import _report, _rules
from annotate.model._report import field_metrics, model_card, plot_learning_curve, report_md
from annotate.schema._schema import load_schema

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = dataclasses.replace(load_schema(ROOT / "schemas" / "news-stance.yaml"), rules=())


def _metrics(test: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    """A metrics.json of one field, ``hedging``, as train writes it."""
    field = {
        "labels": ["hedged", "not_hedged"],
        "train_counts": {"hedged": 3, "not_hedged": 5},
        "test_counts": {},
        "test": test,
        "warnings": [],
        "choice": {
            "C": 1.0,
            "cues": True,
            "chars": True,
            "spans": [],
            "threshold": None,
            "threshold_on": None,
            "metric": "macro-f1",
            "selection_score": 0.8,
            "selected_on": "4-fold cross-validation on train + validation",
        },
    }
    metrics = {
        "model_version": "tfidf-lr-x@0.1.0+abc",
        "release": {"version": "0.1.0", "manifest_sha256": "0" * 64},
        "schema": {"name": "news-stance", "version": "1.0.0"},
        "seed": 0,
        "fields": {"hedging": field},
        "learning_curve": {"hedging": [[2, None], [4, 0.5], [8, 1.0]]},
    }
    return metrics | overrides


def test_ratios_over_nothing_are_none_and_printed_n_a() -> None:
    # "may_be" never occurs in test and is never predicted: 0/0 everywhere.
    # "not_hedged" is predicted once but is not in test: precision 0 (defined), recall n/a.
    got = field_metrics(
        ["hedged", "hedged", "hedged"],
        ["hedged", "hedged", "not_hedged"],
        ["hedged", "not_hedged", "may_be"],
    )
    per = got["per_class"]
    assert per["may_be"] == {"precision": None, "recall": None, "f1": None, "support": 0}
    assert per["not_hedged"] == {"precision": 0.0, "recall": None, "f1": None, "support": 0}
    assert per["hedged"]["precision"] == 1.0 and per["hedged"]["recall"] == 0.6667
    report = report_md(_metrics(got))
    assert "| may_be | n/a | n/a | n/a | 0 | 0 |" in report
    assert "| not_hedged | 0.000 | n/a | n/a | 0 | 5 |" in report


def test_the_train_column_says_it_counts_train_and_validation() -> None:
    report = report_md(_metrics(field_metrics(["hedged"], ["hedged"], ["hedged", "not_hedged"])))
    assert "| support (test) | train + validation |" in report
    assert "| train |" not in report


def test_a_learning_curve_point_without_a_model_is_n_a_and_explained() -> None:
    report = report_md(_metrics(field_metrics(["hedged"], ["hedged"], ["hedged"])))
    assert "- hedging: 2 -> n/a, 4 -> 0.5, 8 -> 1.0" in report
    assert "None" not in report
    assert "held one class only" in report


def test_the_model_card_names_the_folds_that_ran() -> None:
    card = model_card(_metrics(field_metrics(["hedged"], ["hedged"], ["hedged"])))
    assert "hedging: 4-fold cross-validation on train + validation" in card
    assert "five-fold" not in card


def test_the_learning_curve_keeps_a_perfect_score_whole_and_counts_whole_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[Any] = []
    monkeypatch.setattr(_report, "write_png", lambda path, fig: drawn.append(fig))
    plot_learning_curve(tmp_path / "c.png", {"hedging": [(2, 0.5), (9, 0.9), (19, 1.0)]})
    (ax,) = drawn[0].axes
    assert ax.get_ylim()[1] > 1.0  # a marker at 1.0 is not cut by the frame
    ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
    assert ticks and all(float(t).is_integer() for t in ticks), ticks


def test_rules_scored_on_nothing_flagged_have_no_precision() -> None:
    gold = pd.DataFrame({"sentence_id": ["a", "b"], "hedging": ["not_hedged", "hedged"]})
    preds = pd.DataFrame(
        {"sentence_id": ["a", "b"], "hedging": ["not_hedged"] * 2, "model_version": "lexicon-x"}
    )
    scores = _rules.score_against_gold(preds, gold, ["hedging"]).iloc[0]
    assert scores["precision"] is None and scores["coverage"] == 0.0
    row = {**scores.to_dict(), "predictor": "rules"}
    metrics = _metrics(field_metrics(["hedged"], ["hedged"], ["hedged"]), rules_vs_model=[row])
    assert "| 2 | n/a | 0.000 |" in report_md(metrics)


def _card(tmp_path: Path, license: str = "other") -> str:
    rows = pd.DataFrame(
        {
            "sentence_id": [f"s{i}" for i in range(6)],
            "article_id": "only-article",
            "text": [f"Officials said the port {i} failed." for i in range(6)],
            "hedging": "not_hedged",
            "attribution": "anonymous_source",
            "claim_type": "factual",
            "split": ["train"] * 4 + ["validation", "test"],
        }
    )
    made = release_from_gold(rows, SCHEMA, tmp_path / license, "0.1.0", license=license)
    return (made.path / "README.md").read_text()


def test_the_dataset_card_counts_one_article_in_the_singular_and_explains_its_licence(
    tmp_path: Path,
) -> None:
    card = _card(tmp_path)
    assert "6 sentences from 1 article." in card
    assert "1 articles" not in card
    assert "license: other" in card  # the Hub's metadata, unchanged
    licence = card.split("## Licence", 1)[1].split("##", 1)[0]
    assert "no licence was chosen" in licence and "--license" in licence
    assert "The labels are released under `cc-by-4.0`." in _card(tmp_path, "cc-by-4.0")


def test_preannotate_defaults_to_the_one_lexicon_constant() -> None:
    import inspect

    from annotate.model._lexicon import lexicon_path

    assert inspect.signature(_rules.preannotate).parameters["version"].default is None
    assert lexicon_path(_rules.LEXICON_VERSION).is_file()
    shipped = sorted(
        (tuple(int(x) for x in p.stem.split("-")[-1].split(".")) for p in _lexicons()),
    )
    assert ".".join(map(str, shipped[-1])) == _rules.LEXICON_VERSION


def _lexicons() -> list[Path]:
    from annotate.model._lexicon import lexicon_path

    return sorted(lexicon_path(_rules.LEXICON_VERSION).parent.glob("lexicon-*.yaml"))
