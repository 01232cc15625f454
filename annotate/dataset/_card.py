"""The dataset card (``README.md`` with Hugging Face YAML metadata) and its chart.

The YAML front matter is what the Hub and ``datasets.load_dataset`` read: ``configs``
(the default config with three splits, and ``per_annotator``), ``dataset_info`` (features
with ``ClassLabel`` names, split sizes), licence, language, task categories, size category
and pretty name. The prose is for people. Nothing in the card depends on the build time,
so two builds of the same release give the same bytes.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from annotate.corpus._import_counts import MEANINGS, meaning
from annotate.dataset._splits import SPLITS
from annotate.dataset._tables import soft_name
from annotate.errors import MissingExtraError
from annotate.schema._schema import Schema

__all__ = ["CHART", "card", "chart"]

CHART = "images/label_distribution.png"
# Rows of the excluded annotations shown in the card; the report lists every one.
_MAX_EXCLUDED_SHOWN = 20

REBUILD_SCRIPT = '''"""Rebuild the sentence text of an offsets-only release from its sources.

Fetches each article URL, extracts and segments the page as `annotate ingest` does HTML
(same toolkit version as the release: see the card), and keeps the sentences whose sha256
matches the release; a page that changed since loses only the sentences that changed.
"""
import hashlib
import sys
import tempfile
import urllib.request
from pathlib import Path

import pandas as pd
from annotate import ingest

release = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
names = ("train", "validation", "test")
splits = {s: pd.read_parquet(release / "data" / f"{s}.parquet") for s in names}
urls = sorted({u for df in splits.values() for u in df["url"].dropna()})
with tempfile.TemporaryDirectory() as tmp:
    pages = Path(tmp) / "pages.jsonl"
    rows = []
    for url in urls:
        html = urllib.request.urlopen(url, timeout=30).read().decode("utf-8", "replace")
        rows.append({"id": url, "url": url, "html": html})
    pd.DataFrame(rows).to_json(pages, orient="records", lines=True)
    ingest([pages], Path(tmp) / "sentences.parquet", url_column="url")
    rebuilt = pd.read_parquet(Path(tmp) / "sentences.parquet").set_index("sentence_id")
for name, df in splits.items():
    df["text"] = df["sentence_id"].map(rebuilt["text"])
    if "dateline" in rebuilt:
        df["dateline"] = df["sentence_id"].map(rebuilt["dateline"])
    ok = df["text"].map(lambda t: hashlib.sha256(str(t).encode()).hexdigest()) == df["text_sha256"]
    print(f"{name}: {int(ok.sum())} of {len(df)} sentences rebuilt and verified")
    df[ok].to_parquet(release / f"rebuilt-{name}.parquet")
'''


def chart(distribution: dict[str, pd.DataFrame], path: Path) -> None:
    """A bar chart of the gold label counts per split, one panel per choice field."""
    try:
        import matplotlib

        matplotlib.use("Agg")  # no display on servers and in CI
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - matplotlib is a release dependency
        raise MissingExtraError("matplotlib", "release") from exc

    n = max(len(distribution), 1)
    fig, axes = plt.subplots(1, n, figsize=(4.5 * n, 3.6), squeeze=False)
    for ax, (name, table) in zip(axes[0], distribution.items(), strict=False):
        table[list(SPLITS)].plot.bar(ax=ax, width=0.8)
        ax.set_title(name)
        ax.set_ylabel("sentences")
        ax.tick_params(axis="x", labelrotation=30)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    # No "Software" entry: the PNG then depends on the data only.
    fig.savefig(path, dpi=80, metadata={"Software": None})
    plt.close(fig)


def _size_category(n: int) -> str:
    for limit, name in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
    ):
        if n < limit:
            return name
    return "1M<n<10M"


def _front_matter(info: dict[str, Any], split_features: Any, ann_features: Any) -> str:
    sizes = info["split_sizes"]
    # An empty split (an official one the corpus lacks) is left out of the configs:
    # ``datasets`` refuses a split with no rows.
    present = [s for s in SPLITS if sizes[s]]
    meta = {
        "pretty_name": info["pretty_name"],
        "license": info["license"],
        "language": info["languages"],
        "task_categories": info["task_categories"],
        "size_categories": [_size_category(sum(sizes.values()))],
        "configs": [
            {
                "config_name": "default",
                "default": True,
                "data_files": [{"split": s, "path": f"data/{s}.parquet"} for s in present],
            },
            {
                "config_name": "per_annotator",
                "data_files": [{"split": "train", "path": "data/annotations.parquet"}],
            },
        ],
        "dataset_info": [
            {
                "config_name": "default",
                "features": split_features._to_yaml_list(),
                "splits": [{"name": s, "num_examples": sizes[s]} for s in present],
            },
            {
                "config_name": "per_annotator",
                "features": ann_features._to_yaml_list(),
                "splits": [{"name": "train", "num_examples": info["annotation_rows"]}],
            },
        ],
    }
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n"


def _count(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _licence_section(licence: str, text_policy: str) -> list[str]:
    """What the ``license`` field of the metadata means for someone about to reuse the data.

    ``other`` is the Hub's id for "none of the listed ones" and is what a release gets when
    nobody chose: said so in words, with how to choose, rather than left as a bare id.
    """
    text = (
        "The sentence text is quoted from its publishers' articles and stays under their "
        "copyright; check that you may share it, or publish labels only with "
        "`annotate release --text-policy offsets`."
        if text_policy == "full"
        else "The release holds no article text (text policy `offsets`), only labels and "
        "character offsets."
    )
    if licence == "other":
        chosen = (
            "The metadata says `license: other`: no licence was chosen for this release (the "
            "default of `annotate release`), so nobody may assume a right to reuse it yet. "
            "Pick one with `annotate release --license ID` (a Hugging Face licence id, such as "
            "`cc-by-4.0`)."
        )
    else:
        chosen = f"The labels are released under `{licence}`."
    return ["## Licence", "", f"{chosen} {text}", ""]


def _records_agreement(schema: Schema, agreement: Any) -> list[str]:
    if not schema.records or agreement.records.empty:
        return []
    return [
        _table(agreement.records),
        "",
        "Records: F1 between annotators who both annotated a sentence, micro-averaged "
        "over records (`record_f1_*`) and averaged over annotator pairs (`pair_f1_*`). "
        "Exact: cue, source and every content span equal by offsets, and the cue's label "
        "equal (the equality a gold record needs). Overlap: records paired one to one by "
        "their cues, each role's spans sharing a character (boundaries may differ).",
        "",
    ]


def _records_line(name: str, n: dict[str, Any]) -> str:
    cut = ", ".join(f"`{flag}` {k}" for flag, k in n["cut"].items())
    return (
        f"`{name}`: {n['records']} gold record(s) in {n['sentences']} sentence(s); "
        f"{n['multi_record_sentences']} sentence(s) hold two or more; {n['cut_records']} "
        f"record(s) have a part cut at the sentence boundary ({cut}).\n"
    )


def _table(frame: pd.DataFrame, digits: int = 3) -> str:
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return "n/a" if math.isnan(v) else f"{v:.{digits}f}"
        return str(v)

    head = "| " + " | ".join([frame.index.name or "", *map(str, frame.columns)]) + " |"
    rule = "|" + "---|" * (len(frame.columns) + 1)
    body = [
        "| " + " | ".join([str(i), *map(cell, row)]) + " |"
        for i, row in frame.astype(object).iterrows()
    ]
    return "\n".join([head, rule, *body])


def card(
    schema: Schema,
    info: dict[str, Any],
    split_features: Any,
    ann_features: Any,
    distribution: dict[str, pd.DataFrame],
    agreement: Any,
    changes: str,
    excluded: pd.DataFrame | None = None,
) -> str:
    """The README.md text. ``info`` holds the manifest facts (see ``release._build``);
    ``excluded`` lists the annotations left out for breaking a rule of severity error."""
    v = info["version"]
    origin = info.get("origin")
    lines = [
        _front_matter(info, split_features, ann_features),
        f"# {info['pretty_name']} {v}",
        "",
        f"{schema.description}",
        "",
        (
            f"Sentences from news articles, labelled by {info['annotators']} annotator(s) in "
            f"Label Studio with the schema `{schema.name}` {schema.version}, aggregated into "
            f"one gold label per field. {sum(info['split_sizes'].values())} sentences from "
            f"{_count(info['articles'], 'article')}."
            if origin is None
            else f"Sentences of the public corpus `{origin['corpus']}` with its gold labels, "
            f"in the schema `{schema.name}` {schema.version}: the labels are the corpus's "
            "own, carried as the annotations of one pseudonymous annotator, not annotations "
            f"made in Label Studio. {sum(info['split_sizes'].values())} sentences from "
            f"{_count(info['articles'], 'document')}."
        )
        + f" Built with annotate {info['toolkit_version']}"
        + (f" from release {info['parent']}." if info["parent"] else ", first release."),
        "",
        *_source_section(origin),
        "## Schema",
        "",
        f"Annotation guidelines: [guidelines.md](guidelines.md) (version "
        f"{schema.guidelines_version}); the schema itself: [schema.yaml](schema.yaml).",
        "",
    ]
    for f in schema.fields:
        lines.append(f"- `{f.name}` ({f.kind}): {f.description}")
        lines += [f"  - `{lab.value}` ({i}): {lab.description}" for i, lab in enumerate(f.labels)]
    lines += [
        "",
        "Choice fields are `ClassLabel` integers (names above, in this order); `-1` means "
        "no gold label (a tie or low agreement sent the item to review: "
        "`reports/review_queue.csv`). Span fields are lists of `{start, end, label, text}` "
        "with character offsets into `text`. `n_annotators` counts the votes; `agreement` "
        "is the mean winning share of the choice fields.",
        "",
        "## Aggregation",
        "",
        f"Gold labels by majority vote (at least {info['min_annotators']} annotator(s); a "
        f"winning share below {info['min_agreement']} or a tie goes to review); an "
        "adjudicator's annotation wins over the votes; span fields by character-level "
        "majority, so overlapping spans merge. Methods used (item x field): "
        + ", ".join(f"{k} {n}" for k, n in info["aggregation"].items())
        + f". Review queue: {info['review_queue']} item-field(s).",
        "",
        *(
            [
                "Record columns ("
                + ", ".join(f"`{rt.name}`" for rt in schema.records)
                + ") list, per sentence, each record as its anchor span, its role spans and "
                "`<role>_cut` flags. A record is gold when more than half of the sentence's "
                "annotators drew an equal record (same anchor and role spans); one drawn by "
                "exactly half goes to review. Records are not merged by overlap as spans "
                "are, since a merged record would link spans nobody linked, so a gold record "
                "may link a span the character majority of its field trimmed. The "
                "`per_annotator` table has each annotation's records on the row of the "
                "anchor field. With no fixed label set to share votes over, a record "
                "type's soft label is its own column in the split tables ("
                + ", ".join(f"`{soft_name(rt.name)}`" for rt in schema.records)
                + "): every distinct record any annotator drew on the sentence, shaped as "
                "above, with `share`, the fraction of the sentence's annotators who drew "
                "it (kept when the gold is a tie). An adjudicator's records are the gold, "
                "not a vote: they do not enter the shares.",
                "",
                *(_records_line(name, n) for name, n in info.get("records", {}).items()),
            ]
            if schema.records
            else []
        ),
        "The `per_annotator` config (`data/annotations.parquet`) has one row per "
        "annotation and field (pseudonymous annotators; cancelled annotations left out), "
        "with the item's `gold` label, `soft_label` (share of votes per label in the "
        "schema order above) and `aggregation` method.",
        "",
        "## Splits",
        "",
        _split_prose(info),
        "",
        "## Label distribution",
        "",
        f"![label distribution]({CHART})",
        "",
    ]
    for name, table in distribution.items():
        lines += [f"`{name}`", "", _table(table), ""]
    lines += ["## Agreement", "", _table(agreement.fields.drop(columns="kind")), ""]
    lines += [
        "Krippendorff's alpha (nominal; spans character by character), token alpha (span "
        "fields: Krippendorff's alpha with each word or punctuation token a unit, labelled "
        "by the span that shares a character with it or `none`, so a boundary inside a "
        "word costs nothing), Cohen's kappa "
        "(two annotators) or Fleiss' kappa (more), percent agreement (share of agreeing "
        "pairs), items with two or more annotations.",
        "",
        *_records_agreement(schema, agreement),
        "Per annotator:",
        "",
        _table(agreement.annotators),
        "",
        "## Known limitations",
        "",
        *[f"- {item}" for item in info["limitations"]],
        "",
        *_excluded_section(excluded),
        *_licence_section(info["license"], info["text_policy"]),
        "## How to load",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        'ds = load_dataset("path/to/release")  # train / validation / test',
        'raw = load_dataset("path/to/release", "per_annotator")',
        "names = ds['train'].features['claim_type'].names"
        if any(f.name == "claim_type" for f in schema.fields)
        else "names = ds['train'].features",
        "```",
        "",
        "`annotate.load_release(path)` does the same after verifying every "
        "checksum in `manifest.json`.",
        "",
        "To pin this release, record the sha256 of its `manifest.json` (`sha256sum "
        "manifest.json`, also printed by `annotate verify`): the manifest lists the sha256 "
        "of every other file, so that one hash fixes them all.",
        "",
    ]
    if info["text_policy"] == "offsets":
        lines += [
            "## Rebuilding the text",
            "",
            "This release publishes ids, URLs and character offsets only. The script below "
            "(also `scripts/rebuild_text.py`) fetches the sources and re-runs the toolkit's "
            "ingest; `text_sha256` checks each rebuilt sentence.",
            "",
            "```python",
            REBUILD_SCRIPT.rstrip(),
            "```",
            "",
        ]
    lines += ["## Changelog", "", changes]
    return "\n".join(lines)


def _source_section(origin: dict[str, Any] | None) -> list[str]:
    """Where an imported release's sentences came from and what the import changed: the text
    differs from the distributed files wherever it rewrote them, which a reader comparing with
    published results must know."""
    if origin is None:
        return []
    counts = origin["import"]
    head = [
        "## Source",
        "",
        f"Imported from the public corpus `{origin['corpus']}` by `annotate import-corpus "
        f"{origin['kind']}`, which keeps its official splits and declares its official metric "
        "(`metrics` in `manifest.json`). "
        + (
            "What the import rewrote or decided where the corpus left a choice, counted "
            "(`origin.import` in `manifest.json`):"
            if counts
            else "The import rewrote no sentence and made no choice the corpus left open."
        ),
        "",
    ]
    if not counts:
        return head
    # In the order the meanings are written (text first, then choices); a newer name last.
    known = list(MEANINGS)
    names = sorted(counts, key=lambda k: (known.index(k) if k in known else len(known), k))
    rows = pd.DataFrame(
        {"count": [counts[k] for k in names], "what it counts": [meaning(k) for k in names]},
        index=pd.Index([f"`{k}`" for k in names], name="import"),
    )
    return [*head, _table(rows), ""]


def _excluded_section(excluded: pd.DataFrame | None) -> list[str]:
    if excluded is None or excluded.empty:
        return []
    shown = excluded.head(_MAX_EXCLUDED_SHOWN).set_index("sentence_id")
    more = len(excluded) - len(shown)
    return [
        "## Excluded annotations",
        "",
        f"{excluded['annotation_id'].nunique()} annotation(s) broke a consistency rule of "
        "severity error (the checks `annotate pull` reports: required fields, spans inside "
        "their sentence and matching its text, the schema's rules) and were left out whole: "
        "none of their fields voted. All are listed in `reports/excluded_annotations.csv`"
        + (f"; the first {len(shown)} here." if more else "."),
        "",
        _table(shown[["annotation_id", "annotator", "rule", "field", "message"]]),
        "",
    ]


def _split_prose(info: dict[str, Any]) -> str:
    if info["split_unit"] == "official":
        sizes = info["split_sizes"]
        carved = (info.get("origin") or {}).get("import", {}).get("validation_carved_from_train")
        kept = (
            "train/test splits are kept as given and a tenth of its train is the validation "
            "split, since it has none (see Source)"
            if carved is not None
            else "train/validation/test splits are kept as given"
        )
        return (
            f"Splits: {info['split_method']}. The corpus's official {kept} "
            f"({' / '.join(str(sizes[s]) for s in SPLITS)} train / validation / test "
            "sentences), so results stay comparable with published ones. Near-duplicates "
            "(same text after casefolding and removing punctuation) across splits are "
            f"reported, not moved: {info['near_duplicates']['groups']} group(s), "
            f"{info['near_duplicates']['sentences']} sentence(s) "
            "(`reports/near_duplicates.csv`)."
        )
    ratios = "/".join(f"{r:g}" for r in info["ratios"])
    text = (
        f"Ratios {ratios} (train/validation/test). A sentence's split is a hash of its "
        "`article_id`, so no article is in two splits and adding data never moves a "
        "sentence."
    )
    if info["split_unit"] == "sentence":
        text += (
            " **Fallback used in this release:** there were too few articles to fill every "
            "split, so splits are by a hash of `sentence_id`; sentences of one article can "
            "be in different splits."
        )
    text += (
        f" Near-duplicates (same text after casefolding and removing punctuation) are kept "
        f"in one split: {info['near_duplicates']['groups']} group(s), "
        f"{info['near_duplicates']['moved']} sentence(s) moved "
        "(`reports/near_duplicates.csv`)."
    )
    return text
