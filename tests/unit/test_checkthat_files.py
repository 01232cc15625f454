"""CheckThat! folders as the task distributes them, on small files written here: any language,
the task's data folder or one language's, CSV quoting or none, a labelled final test."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.corpus._checkthat import find_files
from annotate.corpus._public import load_corpus
from annotate.corpus._tsv_quoting import csv_quoted
from annotate.dataset import verify
from annotate.dataset._import import import_corpus
from annotate.errors import CorpusError

HEADER = "sentence_id\tsentence\tlabel\n"


def _write(folder: Path, name: str, lines: list[str], header: str = HEADER) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _language(folder: Path, code: str, *, quoted: bool = False) -> None:
    says = '"""Non è vero."" dice lui."' if quoted else '"Non è vero," dice lui.'
    _write(folder, f"train_{code}.tsv", ["t1\tLa crescita rallenta.\tOBJ", f"t2\t{says}\tSUBJ"])
    _write(folder, f"dev_{code}.tsv", ["d1\tIl governo cade.\tOBJ", "d2\tChe vergogna!\tSUBJ"])
    _write(folder, f"dev_test_{code}.tsv", ["x1\tPiove a Roma.\tOBJ", "x2\tUn disastro.\tSUBJ"])


def test_csv_quoting_is_decided_from_the_whole_file() -> None:
    def text(*rows: str) -> io.StringIO:
        return io.StringIO(HEADER + "".join(row + "\n" for row in rows), newline="")

    # Written with CSV quoting: every field holding a quote is wrapped, its quotes doubled,
    # and a wrapped field may run over two lines.
    assert csv_quoted(text('1\t"A ""model"" case"\tOBJ', "2\tplain\tSUBJ"))
    assert csv_quoted(text('1\t"Two ""lines""\nhere."\tOBJ'))
    # Written as it stands: a sentence opening with a quotation is not a quoted field.
    assert not csv_quoted(text('1\t"A ""model"" case"\tOBJ', '2\t"We won," he said.\tSUBJ'))
    assert not csv_quoted(text('1\tHe said "no" twice.\tOBJ'))
    # Both conventions could have written a wrapped field without inner quotes: kept as is.
    assert not csv_quoted(text('1\t"We won."\tOBJ'))
    assert not csv_quoted(text("1\tno quotes\tOBJ"))


def test_one_language_folder_of_any_language(tmp_path: Path) -> None:
    _language(tmp_path / "italian", "it", quoted=True)
    c = load_corpus("checkthat-subjectivity", tmp_path / "italian")
    assert c.name == "checkthat-subjectivity-it"
    assert c.sentences.groupby("split").size().to_dict() == {
        "test": 2,
        "train": 2,
        "validation": 2,
    }
    text = c.sentences.set_index("sentence_id")["text"]
    assert text["checkthat-it-t2"] == '"Non è vero." dice lui.'
    assert c.counts == {"csv_quoting_removed": 1}


def test_unquoted_files_keep_their_quotation_marks(tmp_path: Path) -> None:
    _language(tmp_path, "de")
    c = load_corpus("checkthat-subjectivity", tmp_path)
    assert c.sentences.set_index("sentence_id")["text"]["checkthat-de-t2"] == (
        '"Non è vero," dice lui.'
    )
    assert c.counts == {}


def test_the_task_data_folder_needs_a_language_when_it_holds_several(tmp_path: Path) -> None:
    _language(tmp_path / "italian", "it")
    _language(tmp_path / "german", "de")
    with pytest.raises(CorpusError) as caught:
        load_corpus("checkthat-subjectivity", tmp_path)
    assert "several languages: de, it" in str(caught.value)
    assert "--subset de or --subset it" in caught.value.hint
    assert find_files(tmp_path, "it")[0] == "it"
    # The subfolder's name works as well as the code.
    assert find_files(tmp_path, "german")[0] == "de"
    with pytest.raises(CorpusError) as caught:
        load_corpus("checkthat-subjectivity", tmp_path, subset="fr")
    assert "no CheckThat! files of language 'fr'" in str(caught.value)


def test_a_folder_without_checkthat_files_says_what_it_holds(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(CorpusError) as caught:
        load_corpus("checkthat-subjectivity", tmp_path)
    assert "no CheckThat! files" in str(caught.value) and "notes.txt" in str(caught.value)
    assert "{train,dev,dev_test}_<lang>.tsv" in caught.value.hint


def test_a_labelled_final_test_is_the_test_split_and_dev_test_validates(tmp_path: Path) -> None:
    _language(tmp_path, "en")
    _write(
        tmp_path,
        "test_en.tsv",
        ["f1\tUnlabelled one.", "f2\tUnlabelled two."],
        "sentence_id\tsentence\n",
    )
    _write(tmp_path, "test_en_labeled.tsv", ["f1\tIt rained.\tOBJ", "f2\tA triumph!\tSUBJ"])
    c = load_corpus("checkthat-subjectivity", tmp_path)
    split = c.sentences.set_index("sentence_id")["split"]
    assert split["checkthat-f1"] == "test" and split["checkthat-x1"] == "validation"
    assert c.sentences.groupby("split").size().to_dict() == {
        "test": 2,
        "train": 2,
        "validation": 4,
    }
    assert c.counts == {"dev_test_as_validation": 2, "test_without_labels_not_imported": 2}


def test_an_unlabelled_test_alone_is_counted_and_dev_test_stays_the_test(tmp_path: Path) -> None:
    _language(tmp_path, "en")
    _write(tmp_path, "test_en.tsv", ["f1\tUnlabelled."], "sentence_id\tsentence\n")
    c = load_corpus("checkthat-subjectivity", tmp_path)
    assert c.sentences.set_index("sentence_id")["split"]["checkthat-x1"] == "test"
    assert c.counts == {"test_without_labels_not_imported": 1}


@pytest.mark.parametrize(
    ("dev", "said"),
    [
        (
            ["d1\tFine.\tOBJ", "d2\tHmm.\tsubjective"],
            "dev_en.tsv' line 3: label 'subjective' is not one of OBJ, SUBJ",
        ),
        # After a quoted sentence over two lines, the line its own row starts on.
        (['d1\t"Two ""lines""\nhere."\tOBJ', "d2\tHmm.\tsubj"], "dev_en.tsv' line 4: label 'subj'"),
    ],
)
def test_a_label_outside_the_schema_names_the_file_and_line(
    tmp_path: Path, dev: list[str], said: str
) -> None:
    _language(tmp_path, "en")
    _write(tmp_path, "dev_en.tsv", dev)
    with pytest.raises(CorpusError) as caught:
        load_corpus("checkthat-subjectivity", tmp_path)
    assert said in str(caught.value)


def test_a_repeated_sentence_id_keeps_the_first_and_is_counted(tmp_path: Path) -> None:
    _language(tmp_path, "en")
    _write(tmp_path, "dev_en.tsv", ["t1\tSame id as a training line.\tOBJ", "d2\tNew.\tSUBJ"])
    c = load_corpus("checkthat-subjectivity", tmp_path)
    assert c.sentences.set_index("sentence_id")["split"]["checkthat-t1"] == "train"
    assert c.counts == {"sentence_id_repeated_first_kept": 1}


def test_a_file_without_the_sentence_column_is_named(tmp_path: Path) -> None:
    _language(tmp_path, "en")
    _write(tmp_path, "train_en.tsv", ["t1\tx\tOBJ"], "id\ttext\tlabel\n")
    with pytest.raises(CorpusError) as caught:
        load_corpus("checkthat-subjectivity", tmp_path)
    assert "has no column sentence_id, sentence (its header: id, text, label)" in str(caught.value)


def test_another_language_becomes_its_own_release(tmp_path: Path) -> None:
    _language(tmp_path / "data" / "italian", "it", quoted=True)
    made = import_corpus("checkthat-subjectivity", tmp_path / "out", path=tmp_path / "data")
    assert made.path == tmp_path / "out" / "checkthat-subjectivity-it" / "1.0.0"
    manifest = verify(made.path)
    assert manifest.origin == {
        "corpus": "checkthat-subjectivity-it",
        "kind": "checkthat-subjectivity",
        "import": {"csv_quoting_removed": 1},
    }
    assert "cc-by-nc-sa-4.0" in (made.path / "README.md").read_text()


def test_the_command_line_takes_the_data_folder_and_a_language(tmp_path: Path) -> None:
    _language(tmp_path / "data" / "italian", "it", quoted=True)
    _language(tmp_path / "data" / "english", "en")
    out = tmp_path / "releases"
    args = ["import-corpus", "checkthat-subjectivity", str(tmp_path / "data"), "-o", str(out)]
    refused = CliRunner().invoke(app, args)
    assert refused.exit_code != 0
    assert "several languages: en, it" in refused.output
    result = CliRunner().invoke(app, [*args, "--subset", "it", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["path"] == str(out / "checkthat-subjectivity-it" / "1.0.0")
    assert report["import"] == {"csv_quoting_removed": 1}
    assert report["counts"]["sentences"] == 6


def test_the_release_card_names_the_language(tmp_path: Path) -> None:
    _language(tmp_path / "data" / "italian", "it")
    _language(tmp_path / "data" / "multilingual", "multilingual")
    out = tmp_path / "out"
    it = import_corpus("checkthat-subjectivity", out, path=tmp_path / "data", subset="it")
    mixed = import_corpus(
        "checkthat-subjectivity", out, path=tmp_path / "data", subset="multilingual"
    )
    assert "language:\n- it\n" in (it.path / "README.md").read_text()
    assert "language:\n- mul\n" in (mixed.path / "README.md").read_text()


def test_a_row_without_a_sentence_is_counted_not_imported(tmp_path: Path) -> None:
    _language(tmp_path, "en")
    _write(tmp_path, "train_en.tsv", ["t1\tA claim.\tOBJ", "t2\t\tSUBJ", "t3\t  \tOBJ"])
    c = load_corpus("checkthat-subjectivity", tmp_path)
    assert "checkthat-t2" not in set(c.sentences["sentence_id"])
    assert c.counts == {"empty_sentence_not_imported": 2}
