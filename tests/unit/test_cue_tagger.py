"""Biological uncertainty cues (issue 15): the Szeged corpus's cue spans reach a token tagger,
which learns a cue from its context, from annotated rows only, and never from a test row."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.dataset import load_release
from annotate.dataset._import import import_corpus
from annotate.model._model_file import load_model
from annotate.model._releases import pool, read_releases

PROBABLE = 'type="speculation_modal_probable_"'


def _szeged_xml(sentences: list[str]) -> str:
    body = "".join(f'<Sentence id="S1.{i}">{s}</Sentence>' for i, s in enumerate(sentences, 1))
    return (
        "<?xml version='1.0' encoding='utf-8'?><Annotation><DocumentSet>"
        '<Document type="Biological_full_article"><DocID type="BMC_ID">doc-1</DocID>'
        f'<DocumentPart type="Text">{body}</DocumentPart></Document></DocumentSet></Annotation>'
    )


def test_szeged_import_keeps_each_marked_cue_at_its_offsets(tmp_path: Path) -> None:
    # Two "may" in one sentence, only the second a cue; a line break inside the sentence.
    xml = _szeged_xml(
        [
            f"In May the cells <ccue {PROBABLE}>may</ccue>\n   bind DNA.",
            'We asked <ccue type="speculation_hypo_investigation _">whether</ccue> it binds.',
            "The gene is expressed.",
        ]
    )
    (tmp_path / "train_fullpapers.xml").write_text(xml)
    made = import_corpus("szeged-bio", tmp_path / "releases", path=tmp_path)
    data = load_release(made.path)
    rows = {
        r["text"]: [(s["start"], s["end"], s["label"], s["text"]) for s in r["hedge_cue"]]
        for split in data
        for r in data[split]
    }
    assert rows == {
        "In May the cells may bind DNA.": [(17, 20, "probable", "may")],
        "We asked whether it binds.": [(9, 16, "investigation", "whether")],
        "The gene is expressed.": [],
    }


def test_a_release_that_marks_no_cue_is_unannotated_when_pooled(tmp_path: Path) -> None:
    """CoNLL-2010's sentence files have no cue spans: pooled with the Szeged release, their
    rows hold None (unannotated), not an empty list (annotated: no cue)."""
    conll = tmp_path / "conll"
    conll.mkdir()
    for name, line in {
        "train_x_certain": "The gene is expressed.",
        "train_x_uncertain": "It may bind DNA.",
        "eval_x_certain": "Cells were grown.",
        "eval_x_uncertain": "It is likely to fold.",
    }.items():
        (conll / name).write_text(line + "\n")
    (tmp_path / "train_fullpapers.xml").write_text(
        _szeged_xml([f"It <ccue {PROBABLE}>may</ccue> bind.", "It binds."])
    )
    a = import_corpus("conll2010", tmp_path / "releases", path=conll).path
    b = import_corpus("szeged-bio", tmp_path / "releases", path=tmp_path).path
    pooled = pool(read_releases([a, b]))
    rows = pd.concat(pooled.splits.values(), ignore_index=True)
    cues = dict(zip(rows["text"], rows["hedge_cue"], strict=True))
    assert cues["It may bind DNA."] is None and cues["Cells were grown."] is None
    assert [s["text"] for s in cues["It may bind."]] == ["may"]
    assert len(cues["It binds."]) == 0
    assert "hedge_cue" in pooled.span_fields


# --- the block in `annotate train` ---------------------------------------------------------------

_FACTS = ["The {} gene is expressed in {} cells.", "The {} protein binds the {} promoter."]
_HEDGES = ["The {} gene may be expressed in {} cells.", "The {} protein might bind {} DNA."]
_GENES = ["abc", "bcd", "cde", "def", "efg", "fgh", "ghi", "hij", "ijk", "jkl", "klm", "lmn"]
_TISSUES = ["liver", "muscle", "blood", "skin", "bone"]


def _sentences(patterns: list[str], n: int, offset: int) -> list[str]:
    return [
        patterns[i % len(patterns)].format(_GENES[(i + offset) % 12], _TISSUES[i % 5])
        for i in range(n)
    ]


def _cue(sentence: str) -> str:
    for word in ("may", "might"):
        sentence = sentence.replace(f" {word} ", f" <ccue {PROBABLE}>{word}</ccue> ")
    return sentence


def test_annotate_train_tags_cues_from_the_szeged_release_and_never_a_test_row(
    tmp_path: Path,
) -> None:
    conll = tmp_path / "conll"
    conll.mkdir()
    files = {
        "train_x_certain": _sentences(_FACTS, 70, 0),
        "train_x_uncertain": _sentences(_HEDGES, 30, 3),
        # Only the test split says "zorblax": no tagger may know it.
        "eval_x_certain": [f"The zorblax {t} is expressed." for t in _TISSUES],
        "eval_x_uncertain": [f"The zorblax {t} may be expressed." for t in _TISSUES],
    }
    for name, lines in files.items():
        (conll / name).write_text("\n".join(lines) + "\n")
    marked = [_cue(s) for s in _sentences(_HEDGES, 30, 5)] + _sentences(_FACTS, 40, 7)
    (tmp_path / "train_fullpapers.xml").write_text(_szeged_xml(marked))
    releases = [
        import_corpus("conll2010", tmp_path / "releases", path=conll).path,
        import_corpus("szeged-bio", tmp_path / "releases", path=tmp_path).path,
    ]
    out = tmp_path / "model"
    result = CliRunner().invoke(
        app, ["train", *map(str, releases), "-o", str(out), "--field", "hedging"]
    )
    assert result.exit_code == 0, result.output
    choice = json.loads((out / "metrics.json").read_text())["fields"]["hedging"]["choice"]
    assert any(t["spans"] for t in choice["tried"]), choice["tried"]
    models, _ = load_model(out)
    union = models["hedging"].named_steps["features"]
    blocks = dict(union.transformer_list)
    if "span:hedge_cue" not in blocks:
        pytest.fail(f"the cue tagger was tried but not chosen: {choice}")
    tagger = blocks["span:hedge_cue"]
    assert tagger.labels_ == ["probable"]
    words = {name for name in tagger.vocabulary_.feature_names_ if name.startswith("w=")}
    assert "w=may" in words and "w=zorblax" not in words
