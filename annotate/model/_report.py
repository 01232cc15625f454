"""Metrics, warnings about small data, and the files a trained model is documented with:
``metrics.json``, ``report.md``, ``confusion-<field>.png``, ``learning-curve.png`` and the
model card ``README.md``.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from annotate._files import write_png

#: Below these counts a score is reported with a warning, never as a plain number.
MIN_TEST_PER_CLASS = 10
MIN_TRAIN_SENTENCES = 50


def field_metrics(y_true: Any, y_pred: Any, labels: list[str]) -> dict[str, Any]:
    """Per-class precision/recall/F1/support, macro-F1, accuracy and the confusion matrix.

    Macro-F1 averages over the classes present in the gold labels, so a class missing from
    the test split does not pull the mean down with a made-up zero.
    """
    y_true, y_pred = np.asarray(y_true, dtype=object), np.asarray(y_pred, dtype=object)
    p, r, f, s = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, average=None, zero_division=0
    )
    present = [lb for lb in labels if (y_true == lb).any()]
    macro = f1_score(y_true, y_pred, labels=present, average="macro", zero_division=0)
    predicted = {lb: int((y_pred == lb).sum()) for lb in labels}
    return {
        "macro_f1": round(float(macro), 4) if present else None,
        "accuracy": round(float((y_true == y_pred).mean()), 4) if len(y_true) else None,
        "n": len(y_true),
        # A ratio over nothing is undefined (None, printed n/a), not the 0 sklearn puts
        # there: precision of a class never predicted, recall and F1 of one never in test.
        "per_class": {
            lb: {
                "precision": round(float(p[i]), 4) if predicted[lb] else None,
                "recall": round(float(r[i]), 4) if s[i] else None,
                "f1": round(float(f[i]), 4) if s[i] else None,
                "support": int(s[i]),
            }
            for i, lb in enumerate(labels)
        },
        "confusion": _confusion(y_true, y_pred, labels) if len(y_true) else [],
    }


def _confusion(y_true: Any, y_pred: Any, labels: list[str]) -> list[list[int]]:
    with warnings.catch_warnings():
        # With one known label a 1x1 matrix is the right shape, not the mistake sklearn
        # warns about (it cannot tell that ``labels`` is already complete).
        warnings.filterwarnings("ignore", "A single label was found", UserWarning)
        matrix: list[list[int]] = confusion_matrix(y_true, y_pred, labels=labels).tolist()
    return matrix


def small_data_warnings(
    train_counts: dict[str, int] | None, test_counts: dict[str, int], labels: list[str]
) -> list[dict[str, Any]]:
    """Say, with the counts, why a field's test score should not be trusted.

    ``train_counts`` is None when scoring a saved model (only the test side is checked).
    """
    out: list[dict[str, Any]] = []
    if train_counts is None:
        return out + _thin_test(test_counts, labels)
    n_train = sum(train_counts.values())
    if n_train < MIN_TRAIN_SENTENCES:
        out.append(
            {
                "code": "few_train_sentences",
                "message": f"only {n_train} labelled training sentences "
                f"(fewer than {MIN_TRAIN_SENTENCES}); the model is a placeholder",
                "counts": train_counts,
            }
        )
    unseen = [lb for lb in labels if not train_counts.get(lb)]
    if unseen:
        out.append(
            {
                "code": "class_absent_from_train",
                "message": f"never seen in training, so never predicted: {', '.join(unseen)}",
                "counts": {lb: 0 for lb in unseen},
            }
        )
    return out + _thin_test(test_counts, labels)


def _thin_test(test_counts: dict[str, int], labels: list[str]) -> list[dict[str, Any]]:
    thin = {
        lb: test_counts.get(lb, 0) for lb in labels if test_counts.get(lb, 0) < MIN_TEST_PER_CLASS
    }
    if not thin:
        return []
    return [
        {
            "code": "few_test_examples",
            "message": f"fewer than {MIN_TEST_PER_CLASS} test examples of "
            f"{', '.join(f'{k} ({v})' for k, v in thin.items())}; "
            "per-class scores and macro-F1 are not meaningful",
            "counts": thin,
        }
    ]


def ratio(value: float | None) -> str:
    """A score for a report: three decimals, or ``n/a`` when it is undefined (0/0)."""
    return "n/a" if value is None else f"{value:.3f}"


def _pyplot() -> Any:
    import matplotlib

    # Agg: no display on servers and CI; set before pyplot is first imported.
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_confusion(path: Path, field: str, labels: list[str], matrix: list[list[int]]) -> None:
    """A confusion matrix with counts in the cells (rows gold, columns predicted)."""
    plt = _pyplot()
    m = np.asarray(matrix) if matrix else np.zeros((len(labels), len(labels)), dtype=int)
    fig, ax = plt.subplots(figsize=(1.2 * len(labels) + 2.5, 1.1 * len(labels) + 2))
    ax.imshow(m, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(f"{field}: confusion on test")
    top = m.max() if m.size else 0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            colour = "white" if top and m[i, j] > top / 2 else "black"
            ax.text(j, i, str(m[i, j]), ha="center", va="center", color=colour)
    write_png(path, fig)


def plot_learning_curve(path: Path, curves: dict[str, list[tuple[int, float | None]]]) -> None:
    """Macro-F1 on test against the number of training sentences, one line per field."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    for field, points in curves.items():
        pts = [(n, s) for n, s in points if s is not None]
        if pts:
            ax.plot([n for n, _ in pts], [s for _, s in pts], marker="o", label=field)
    ax.set_xlabel("training sentences")
    ax.set_ylabel("macro-F1 (test)")
    # Room above 1.0: a perfect score is a point to see, not one cut in half by the frame.
    ax.set_ylim(0, 1.05)
    # Sentences are counted whole: no 2.5 or 7.5 on the axis.
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Learning curve: still rising = more annotation helps")
    ax.grid(alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend()
    write_png(path, fig)


def _headline(m: dict[str, Any], text: str | None = None) -> str:
    """``text`` (default: the test macro-F1) with the field's small-data warnings, if any."""
    text = ratio(m["test"]["macro_f1"]) if text is None else text
    if m["warnings"]:
        counts = "; ".join(w["message"] for w in m["warnings"])
        return f"{text} (**not reliable**: {counts})"
    return text


def metric_score(test: dict[str, Any], metric: str | None) -> float | None:
    """The score of one split's metrics (:func:`field_metrics`) by ``metric``: ``f1:<label>``
    is that label's F1, anything else (``macro-f1``, none) the macro-F1."""
    if metric and metric.startswith("f1:"):
        return test.get("per_class", {}).get(metric[3:], {}).get("f1")
    return test.get("macro_f1")


def _metric_rows(metrics: dict[str, Any]) -> str:
    """The card's test table: per field the metric it was selected by (the release's declared
    one, as a paper would report it: F1 of ``uncertain`` for CoNLL-2010) beside the macro-F1;
    a model trained on several releases with test splits, then each one's on its own row."""
    rows = []
    for name, m in metrics["fields"].items():
        metric = m.get("choice", {}).get("metric") or "macro-f1"
        each = m.get("tests", {}) if len(m.get("tests", {})) > 1 else {}  # one is the pooled
        tests = {"": m["test"], **{f" ({k})": t for k, t in each.items()}}
        for where, test in tests.items():
            score = ratio(metric_score(test, metric))
            # The headline score carries the field's warnings (too few sentences to mean much).
            score = _headline(m, score) if not where else score
            macro = ratio(test["macro_f1"])
            rows.append(f"| {name}{where} | {metric} | {score} | {macro} | {test['n']} |")
    return "\n".join(rows)


def report_md(metrics: dict[str, Any]) -> str:
    """The human report: per field, per-class table, macro-F1, support, warnings, choices."""
    lines = [
        f"# Classifier report: {metrics['model_version']}",
        "",
        f"{_trained_on(metrics, short=True)}, schema {metrics['schema']['name']} "
        f"{metrics['schema']['version']}. Scores are on the test split, which no choice looked at.",
        "",
    ]
    for name, m in metrics["fields"].items():
        lines += [f"## {name}", "", f"Macro-F1 on test: {_headline(m)}", ""]
        metric = m.get("choice", {}).get("metric")
        if metric and metric != "macro-f1":
            # The release's declared metric, the figure a paper on the corpus reports.
            lines += [
                f"{metric} on test (selected by): {ratio(metric_score(m['test'], metric))}",
                "",
            ]
        for w in m["warnings"]:
            lines.append(f"> **Warning ({w['code']})**: {w['message']}. Counts: {w['counts']}")
        if m["warnings"]:
            lines.append("")
        # The model is refitted on train + validation: that is what the count is of.
        lines += [
            "| class | precision | recall | F1 | support (test) | train + validation |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for lb, c in m["test"]["per_class"].items():
            lines.append(
                f"| {lb} | {ratio(c['precision'])} | {ratio(c['recall'])} | {ratio(c['f1'])} | "
                f"{c['support']} | {m['train_counts'].get(lb, 0)} |"
            )
        ch = m["choice"]
        thr = "" if ch["threshold"] is None else f", threshold {ch['threshold']}"
        if ch.get("threshold_on") and ch["threshold_on"] != ch["selected_on"]:
            thr += f" (threshold chosen on {ch['threshold_on']})"
        # Defaults (too little data to choose) have no score to show.
        there = (
            ""
            if ch["selection_score"] is None
            else f" ({ch['metric']} there: {ch['selection_score']})"
        )
        lines += [
            "",
            f"Chosen on {ch['selected_on']}: C={ch['C']}, "
            f"cue block {'on' if ch['cues'] else 'off'}, "
            f"character block {'on' if ch.get('chars', True) else 'off'}, "
            f"rules block {'on' if ch.get('rules', False) else 'off'}, "
            f"word-class block {'on' if ch.get('classes', False) else 'off'}, "
            f"latent topics {'on' if ch.get('latent', False) else 'off'}, "
            f"span taggers {', '.join(ch.get('spans') or []) or 'off'}{thr}{there}. "
            f"Confusion matrix: `confusion-{name}.png`.",
            "",
        ]
    lines += [
        "## Learning curve",
        "",
        "`learning-curve.png`: macro-F1 on test against training size. A curve still rising at "
        "the right edge means more annotation will help; a flat one means it will not much.",
        "",
    ]
    for name, pts in metrics["learning_curve"].items():
        lines.append(f"- {name}: " + ", ".join(f"{n} -> {_curve_score(s)}" for n, s in pts))
    if any(s is None for pts in metrics["learning_curve"].values() for _, s in pts):
        lines += [
            "",
            "n/a: the sample of that size held one class only, so no model could be fitted.",
        ]
    rules = metrics.get("rules_vs_model") or []
    if rules:
        lines += [
            "",
            "## Rules or model as pre-annotator?",
            "",
            "The cold-start rules (`annotate preannotate`) and this model on the same test "
            "split. Precision: share of flagged sentences (hedged, attributed) that gold agrees "
            "with; coverage: share of gold ones found. Once the model's macro-F1 passes the "
            "rules', push the model's predictions instead (`annotate predict --push`).",
            "",
            "| field | predictor | n | precision | coverage | macro-F1 |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for r in rules:
            lines.append(
                f"| {r['field']} | {r['predictor']} ({r['model_version']}) | {r['n']} | "
                f"{ratio(r['precision'])} | {ratio(r['coverage'])} | {ratio(r['macro_f1'])} |"
            )
    return "\n".join(lines) + "\n"


def _curve_score(score: float | None) -> str:
    return "n/a" if score is None else str(score)


def _selection_text(metrics: dict[str, Any]) -> str:
    """How each field's settings were chosen, as the training run recorded it."""
    ways: dict[str, list[str]] = {}
    for name, m in metrics["fields"].items():
        ch = m["choice"]
        way = ch["selected_on"]
        if ch.get("threshold_on") and ch["threshold_on"] != way:
            way += f", the threshold by {ch['threshold_on']}"
        ways.setdefault(way, []).append(name)
    return "; ".join(f"{', '.join(names)}: {way}" for way, names in ways.items())


def _trained_on(metrics: dict[str, Any], short: bool = False) -> str:
    """The release(s) a model was trained on, each by name, version and the sha256 of its
    ``manifest.json`` (what ``sha256sum manifest.json`` and ``annotate verify`` print).

    A model trained on several releases names each: the union's own hash (in the model id)
    is of the manifests' hashes, not of any file a reader could check it against.
    """
    rels = metrics.get("releases") or [metrics["release"]]

    def one(r: dict[str, Any]) -> str:
        digest = r["manifest_sha256"][:12] if short else r["manifest_sha256"]
        named = f"{r['name']} {r['version']}" if r.get("name") else r["version"]
        return f"**{named}** (manifest.json sha256 `{digest}`)"

    if len(rels) == 1:
        return ("Release " if short else "release ") + one(rels[0])
    return (
        ("Releases " if short else "releases ")
        + ", ".join(map(one, rels))
        + (
            ""
            if short
            else ", their train and validation splits pooled to fit (below, a field's first "
            "row pools their test splits; where several have one, each follows on its own row)"
        )
    )


def model_card(metrics: dict[str, Any]) -> str:
    """The model card README.md: provenance, metrics, intended use and limits."""
    schema = metrics["schema"]
    rows = _metric_rows(metrics)
    return f"""# {metrics["model_version"]}

Baseline sentence classifiers, one per choice field of schema
**{schema["name"]} {schema["version"]}** (sha256 `{schema.get("sha256", "")}`),
trained on {_trained_on(metrics)}.

## Model
Per field a scikit-learn pipeline: TF-IDF word 1-2 grams, attribution shape features (quotes,
reporting verbs and their position), a binary cue lexicon learned from the training labels
(training sentences encoded out of fold), character 3-5 grams (`char_wb`), what the rules of
the pre-annotator find, where the release has spans fields marked often enough a token tagger
learned from those spans (out of fold on the training sentences), where selection kept them
word-class n-grams and latent topics (word TF-IDF on its first 100 singular directions), and
a logistic regression with balanced class weights (one-vs-rest for more than two classes). C,
which blocks are used (`report.md` says per field) and, for two-class fields, the decision
threshold were chosen on train + validation, as this run did it
({_selection_text(metrics)}). The final model was refitted on train + validation.
Saved with skops (`model.skops`), no pickle. Seed {metrics["seed"]}.

## Metrics (test split)
| field | selected by | score | macro-F1 | test sentences |
|---|---|---:|---:|---:|
{rows}

Per-class precision, recall and F1 are in `report.md` and `metrics.json`.

## Intended use
Pre-annotating sentences like the training release's (news, for the toolkit's own releases) in
Label Studio so annotators correct rather than start from nothing, ordering tasks by uncertainty
for active learning, and tracking how much new annotation improves the baseline. Not for
deciding anything about a sentence, article or person without a human reading it.

## Limits
- Bag of n-grams: no sentence structure beyond word pairs, no context sentences, English only.
- Scores hold for the release's sources and time; other outlets or topics will score lower.
- Warnings above (small or missing classes) mean those numbers are not meaningful yet.
- Scores (`<field>_score`) are class probabilities of a regularised, class-balanced model:
  useful for ranking, not calibrated frequencies.
"""
