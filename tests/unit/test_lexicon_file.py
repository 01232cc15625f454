"""A lexicon learned without some corpora, from the command line (issue 15: the CLI does what
the cross-domain benchmark does): ``annotate build-lexicon --without``, then ``--lexicon`` for
``train`` and ``preannotate``."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import yaml
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import InputError
from annotate.model._lexicon import lexicon_without
from annotate.model._lexicon_file import build_lexicon, read_lexicon
from annotate.model._rules import LEXICON_VERSION
from tests.shared import shared_data
from tests.unit.test_train_releases import _release

SENTENCES = pd.DataFrame(
    {
        "sentence_id": ["s-0", "s-1"],
        "text": ["Officials said the plant may have been hit.", "The talks failed on Monday."],
    }
)


@pytest.fixture(scope="module")
def fair(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lexicon the cross-domain benchmark uses on Wikipedia's text, as a file."""
    shared_data()
    path = tmp_path_factory.mktemp("lexicon") / "without-wikipedia.yaml"
    build_lexicon(path, without=["conll2010-wikipedia"])
    return path


def test_the_file_holds_what_the_benchmark_learns(fair: Path) -> None:
    written = yaml.safe_load(fair.read_text(encoding="utf-8"))
    assert written["version"] == f"{LEXICON_VERSION}-without-conll2010-wikipedia"
    assert written["learned_from"] == ["conll2010-biological", "polnear", "factappeal"]
    assert written["generated_by"] == "annotate build-lexicon --without conll2010-wikipedia"
    learned = lexicon_without(["conll2010-wikipedia"], LEXICON_VERSION)
    assert {k: v for k, v in written.items() if k != "generated_by"} == {
        k: v for k, v in learned.items() if k != "generated_by"
    }
    assert read_lexicon(str(fair)) == written


def test_preannotate_reads_the_file(fair: Path, tmp_path: Path) -> None:
    SENTENCES.to_parquet(tmp_path / "s.parquet")
    out = tmp_path / "pre.parquet"
    result = CliRunner().invoke(
        app, ["preannotate", str(tmp_path / "s.parquet"), "-o", str(out), "--lexicon", str(fair)]
    )
    assert result.exit_code == 0, result.output
    versions = set(pd.read_parquet(out)["model_version"])
    assert versions == {f"lexicon-{LEXICON_VERSION}-without-conll2010-wikipedia"}


def test_train_uses_the_file_for_the_rules_block(fair: Path, tmp_path: Path) -> None:
    release = _release(tmp_path, "alpha")
    model = tmp_path / "m"
    args = ["train", str(release), "-o", str(model), "--field", "hedging", "--lexicon", str(fair)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    metrics = json.loads((model / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["fields"]["hedging"]["choice"]["lexicon"] == (
        f"{LEXICON_VERSION}-without-conll2010-wikipedia "
        "(learned from conll2010-biological, polnear, factappeal)"
    )


def test_a_shipped_version_still_works_and_none_means_the_newest() -> None:
    assert read_lexicon("1.0.0") == "1.0.0"
    assert read_lexicon(None) is None


@pytest.mark.parametrize(
    ("value", "said", "hint"),
    [
        ("9.9.9", "no lexicon version '9.9.9'; available: 1.0.0, 1.1.0", "lexicon file or one"),
        ("missing/lexicon.yaml", "no lexicon file 'missing/lexicon.yaml'", "build-lexicon"),
    ],
)
def test_a_lexicon_that_is_not_there_says_what_there_is(value: str, said: str, hint: str) -> None:
    with pytest.raises(InputError) as caught:
        read_lexicon(value)
    assert said in caught.value.message and hint in caught.value.hint


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("just: [a list]\n", "no 'version'"),
        ("version: 1.1.0\nformat: 2\n", "no 'hedge_cues' entry"),
        ("version: [unclosed\n", "while parsing"),
    ],
)
def test_a_file_that_is_not_a_lexicon_is_named(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_lexicon(str(path))
    assert f"{str(path)!r} is not a lexicon file" in caught.value.message
    assert said in caught.value.message


def test_build_lexicon_refuses_a_corpus_it_does_not_learn_from(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build-lexicon", "--without", "checkthat", "-o", str(tmp_path / "x.yaml")]
    )
    assert result.exit_code != 0
    assert "no lexicon corpus 'checkthat'" in result.output
    assert "conll2010-wikipedia, conll2010-biological, polnear, factappeal" in result.output
    assert not (tmp_path / "x.yaml").exists()


def test_an_older_version_keeps_its_format_when_corpora_are_left_out() -> None:
    shared_data()
    old = lexicon_without(["polnear"], "1.0.0")
    assert old["version"] == "1.0.0-without-polnear"
    assert "format" not in old and old["attribution_cues"] == []  # format 1, nothing learned
    assert read_lexicon("1.0.0") == "1.0.0"
