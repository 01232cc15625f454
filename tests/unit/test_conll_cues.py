"""The Szeged abstracts' cues on CoNLL-2010's own rows (issue 15): ``import-corpus conll2010
--cues`` attaches each Szeged cue to the CoNLL-2010 training sentence of the same text, keeps
CoNLL-2010's label, and a row whose cues nobody annotated is null in the release (format 2),
which the cue tagger leaves out instead of learning "no cue" from it."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from annotate.cli import app
from annotate.corpus._conll2010 import cues_by_text
from annotate.dataset import load_release
from annotate.dataset._import import import_corpus, release_from_gold
from annotate.dataset._read import read_release
from annotate.model._releases import pool, read_releases
from annotate.model._span_tagger import SpanFeatures
from annotate.schema._schema import bundled_schemas, load_schema

ROOT = Path(__file__).resolve().parents[2]
OLD_RELEASE = ROOT / "tests" / "data" / "releases" / "1.0.0"
PROBABLE = 'type="speculation_modal_probable_"'

# A real pair: the Szeged abstracts' sentence (PMID 8314792, S1.3) and the same sentence in
# CoNLL-2010's biological training file, tokenised there with Penn Treebank brackets.
SZEGED = (
    "Electrophoretic mobility shift assays (EMSA) showed that specific NFAT binding activity "
    f"<ccue {PROBABLE}>could</ccue> also be induced in human B cells."
)
CONLL = (
    "Electrophoretic mobility shift assays -LRB- EMSA -RRB- showed that specific NFAT binding "
    "activity could also be induced in human B cells."
)


def _szeged_xml(sentences: list[str]) -> str:
    body = "".join(f'<Sentence id="S1.{i}">{s}</Sentence>' for i, s in enumerate(sentences, 1))
    return (
        "<?xml version='1.0' encoding='utf-8'?><Annotation><DocumentSet>"
        '<Document type="Biological_abstract"><DocID type="PMID">8314792</DocID>'
        f'<DocumentPart type="AbstractText">{body}</DocumentPart></Document>'
        "</DocumentSet></Annotation>"
    )


def _conll(folder: Path, files: dict[str, list[str]]) -> Path:
    folder.mkdir()
    for name, lines in files.items():
        (folder / name).write_text("\n".join(lines) + "\n")
    return folder


def test_import_corpus_attaches_a_real_szeged_cue_to_the_matching_conll_row(
    tmp_path: Path,
) -> None:
    conll = _conll(
        tmp_path / "conll",
        {
            "train_x_certain": ["The gene is expressed .", "No Szeged sentence has this text ."],
            "train_x_uncertain": [CONLL],
            "eval_x_certain": ["The gene is expressed ."],
            "eval_x_uncertain": ["It may bind ."],
        },
    )
    cues = tmp_path / "szeged"
    cues.mkdir()
    (cues / "train_abstracts.xml").write_text(_szeged_xml([SZEGED, "The gene is expressed."]))
    out = tmp_path / "releases"
    result = CliRunner().invoke(
        app,
        ["import-corpus", "conll2010", str(conll), "--cues", str(cues), "-o", str(out), "--json"],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    # What the adapter did is reported: one sentence's brackets rewritten, each training
    # sentence matched exactly (same text once the brackets are characters), without white
    # space, or not at all.
    # CoNLL-2010 has no validation split: the tenth of train set aside is counted (below).
    carved = report["import"].pop("validation_carved_from_train")
    assert report["import"] == {
        "treebank_rewritten": 1,
        "cue_match_exact": 1,
        "cue_match_normalised": 1,
        "cue_match_none": 1,
        "cues_attached": 1,
        "szeged_unused": 0,
        "szeged_unused_with_cue": 0,
    }
    data = load_release(report["path"])
    assert carved == (data["validation"].num_rows if "validation" in data else 0)
    rows = {
        (split, r["text"]): (r["hedging"], r["hedge_cue"]) for split in data for r in data[split]
    }
    train = {text: v for (split, text), v in rows.items() if split != "test"}
    # The release writes CoNLL-2010's bracket tokens as brackets: the row reads as the Szeged
    # sentence does (and as an annotator should see it).
    readable = CONLL.replace("-LRB- ", "(").replace(" -RRB-", ")")
    assert readable.startswith("Electrophoretic mobility shift assays (EMSA) showed")
    assert not any("LRB" in text for _, text in rows)
    label, spans = train[readable]
    # CoNLL-2010's label is kept (1 = uncertain); the cue lands on "could" of the row's text.
    assert label == 1
    assert [(s["text"], s["label"]) for s in spans] == [("could", "probable")]
    assert readable[spans[0]["start"] : spans[0]["end"]] == "could"
    # Matched without a cue: annotated, no cue. Not in the Szeged file: not annotated.
    assert train["The gene is expressed ."] == (0, [])
    assert train["No Szeged sentence has this text ."][1] is None
    # The test split never takes cues, even where the text matches.
    assert rows[("test", "The gene is expressed .")][1] is None


def test_texts_match_exactly_or_without_white_space_and_treebank_brackets() -> None:
    szeged = [
        {"text": "It may bind (DNA).", "cue_spans": [(3, 6, "probable")]},
        {"text": "We ask whether it binds.", "cue_spans": [(7, 14, "investigation")]},
        {"text": "Unused here.", "cue_spans": []},
    ]
    texts = ["We ask whether it binds.", "It may bind -LRB- DNA -RRB- .", "Another one ."]
    found, counts = cues_by_text(texts, szeged)
    assert found == [[(7, 14, "investigation")], [(3, 6, "probable")], None]
    assert counts == {
        "cues": 2,
        "exact": 1,
        "normalised": 1,
        "szeged_unused": 1,
        "szeged_unused_with_cue": 0,
        "unmatched": 1,
    }


# --- unannotated rows are not negatives for the tagger ----------------------------------------

_GENES = ["abc", "bcd", "cde", "def", "efg", "fgh", "ghi", "hij", "ijk", "jkl", "klm", "lmn"]


def test_rows_whose_cues_nobody_annotated_do_not_train_the_cue_tagger(tmp_path: Path) -> None:
    """One release, some rows with cue spans, the others never annotated for cues (null in
    the release): the tagger learns from the annotated rows only, and ``annotate train`` tries
    it on such a release. Before, the release wrote an empty list for every unannotated row,
    and the tagger learnt "no cue" from each (it knew "quux")."""
    rows = []
    for i in range(240):
        gene = _GENES[i % 12]
        annotated = i < 120
        hedged = i % 2 == 0
        # Only unannotated rows say "quux": a tagger fitted on them would know the word.
        text = (
            f"The {gene} gene may bind {'DNA' if annotated else 'quux'} in cells {i}."
            if hedged
            else f"The {gene} gene binds {'DNA' if annotated else 'quux'} in cells {i}."
        )
        cues = [{"start": 13, "end": 16, "label": "probable", "text": "may"}] if hedged else []
        rows.append(
            {
                "sentence_id": f"s{i}",
                "article_id": f"s{i}",
                "text": text,
                "split": ("train", "train", "validation", "test")[(i // 2) % 4],
                "hedging": "uncertain" if hedged else "certain",
                "hedge_cue": cues if annotated else None,
            }
        )
    schema = load_schema(bundled_schemas()["conll2010"])
    made = release_from_gold(pd.DataFrame(rows), schema, tmp_path / "rel", "1.0.0")
    loaded = read_release(made.path)
    train = loaded.splits["train"]
    assert train["hedge_cue"].isna().sum() == sum(1 for r in rows[120:] if r["split"] == "train")
    # The tagger as train fits it, on the rows train reads (train + validation here).
    fit_on = pd.concat([train, loaded.splits["validation"]], ignore_index=True)
    tagger = SpanFeatures("hedge_cue", folds=2, cue_words=True)
    tagger.set_training_spans(fit_on["hedge_cue"].tolist()).fit(fit_on["text"])
    words = {n for n in tagger.vocabulary_.feature_names_ if n.startswith("w=")}
    assert "w=may" in words and "w=quux" not in words
    # And `annotate train` reads such a release and tries the tagger block on it.
    out = tmp_path / "model"
    result = CliRunner().invoke(
        app, ["train", str(made.path), "-o", str(out), "--field", "hedging"]
    )
    assert result.exit_code == 0, result.output
    choice = json.loads((out / "metrics.json").read_text())["fields"]["hedging"]["choice"]
    assert any(t["spans"] for t in choice["tried"]), choice["tried"]


# --- release format 2, and the releases before it ----------------------------------------------


def test_a_new_release_is_format_2_and_a_format_1_release_still_loads(tmp_path: Path) -> None:
    manifest = json.loads((OLD_RELEASE / "manifest.json").read_text())
    assert manifest["format_version"] == 1
    old = load_release(OLD_RELEASE)
    assert old["train"].num_rows > 0
    assert read_release(OLD_RELEASE).splits["train"].shape[0] == old["train"].num_rows
    schema = load_schema(bundled_schemas()["conll2010"])
    made = release_from_gold(
        pd.DataFrame(
            [
                {"sentence_id": "a", "article_id": "a", "text": "It may.", "split": "train"}
                | {"hedging": "uncertain", "hedge_cue": None}
            ]
        ),
        schema,
        tmp_path / "rel",
        "1.0.0",
    )
    assert json.loads((made.path / "manifest.json").read_text())["format_version"] == 2


def test_a_release_that_wrote_empty_lists_for_unannotated_cues_still_pools_as_before(
    tmp_path: Path,
) -> None:
    """Releases before format 2 wrote an empty list where nobody annotated cues (CoNLL-2010's
    rows); one that marks no cue at all is still read as unannotated when pooled."""
    rows = pd.DataFrame(
        [
            {"sentence_id": sid, "article_id": sid, "text": text, "split": split}
            | {"hedging": label, "hedge_cue": []}
            for sid, text, split, label in (
                ("c1", "The gene is expressed.", "train", "certain"),
                ("c2", "It may bind DNA.", "train", "uncertain"),
                ("c3", "Cells were grown.", "test", "certain"),
            )
        ]
    )
    schema = load_schema(bundled_schemas()["conll2010"])
    old_style = release_from_gold(rows, schema, tmp_path / "old-style", "1.0.0")
    (tmp_path / "train_fullpapers.xml").write_text(
        _szeged_xml([f"It <ccue {PROBABLE}>may</ccue> bind.", "It binds."])
    )
    szeged = import_corpus("szeged-bio", tmp_path / "releases", path=tmp_path).path
    pooled = pool(read_releases([old_style.path, szeged]))
    both = pd.concat(pooled.splits.values(), ignore_index=True)
    cues = dict(zip(both["text"], both["hedge_cue"], strict=True))
    assert cues["It may bind DNA."] is None
    assert len(cues["It binds."]) == 0
