"""Public corpora become releases that keep their official splits and load like our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.corpus._public import load_corpus
from annotate.dataset import load_release, verify
from annotate.dataset._import import import_corpus, release_from_gold
from annotate.errors import CorpusError, ReleaseError
from tests.shared import shared_data


def test_checkthat_release_keeps_the_official_splits(tmp_path: Path) -> None:
    shared_data()
    made = import_corpus("checkthat-subjectivity", tmp_path)
    assert made.path == tmp_path / "checkthat-subjectivity" / "1.0.0"
    manifest = verify(made.path)
    corpus = load_corpus("checkthat-subjectivity")
    official = corpus.sentences.groupby("split").size().to_dict()
    assert manifest.splits == {s: official[s] for s in ("train", "validation", "test")}
    data = load_release(made.path)
    assert data["test"].num_rows == official["test"]
    assert data["train"].features["subjectivity"].names == ["OBJ", "SUBJ"]
    test_ids = set(data["test"]["sentence_id"])
    expected = set(corpus.split("test")["sentence_id"])
    assert test_ids == expected
    # The English files write 66 sentences with CSV quoting; the card says so.
    assert manifest.origin == {
        "corpus": "checkthat-subjectivity",
        "kind": "checkthat-subjectivity",
        "import": {"csv_quoting_removed": 66},
    }
    assert "as a CSV reader gives it" in (made.path / "README.md").read_text()


# --- CoNLL-2010-style folders, on small files written here --------------------------------

CONLL_LINES = {
    "train_certain": ["The gene is expressed.", "Cells were grown.", "It binds DNA."],
    "train_uncertain": ["It may bind DNA.", "This suggests a role."],
    "eval_certain": ["The protein was purified."],
    "eval_uncertain": ["It is likely to fold."],
}


def _conll_files(folder: Path, name: str, suffix: str = "_sentences.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for key, lines in CONLL_LINES.items():
        part, label = key.split("_")
        (folder / f"{part}_{name}_{label}{suffix}").write_text("\n".join(lines) + "\n")
    return folder


@pytest.mark.parametrize(
    ("layout", "subset", "expected"),
    [
        ("folder", None, "conll2010-biological"),  # the folder that holds the files
        ("parent", "biological", "conll2010-biological"),  # the parent and --subset
        ("own-names", None, "conll2010-mini"),  # other CoNLL-2010-style names, no suffix
        ("own-names-parent", "mini", "conll2010-mini"),
    ],
)
def test_conll2010_reads_the_folder_its_parent_and_any_conll_style_names(
    tmp_path: Path, layout: str, subset: str | None, expected: str
) -> None:
    if layout in ("folder", "parent"):
        _conll_files(tmp_path / "biological", "bioscope")
        path = tmp_path / "biological" if layout == "folder" else tmp_path
    else:
        _conll_files(tmp_path / "mini", "mini", suffix="")
        path = tmp_path / "mini" if layout == "own-names" else tmp_path
    made = import_corpus("conll2010", tmp_path / "releases", path=path, subset=subset)
    assert made.path == tmp_path / "releases" / expected / "1.0.0"
    manifest = verify(made.path)
    assert manifest.splits["test"] == 2
    assert manifest.splits["train"] + manifest.splits["validation"] == 5
    # The release declares the task's official metric, which train then selects by.
    assert manifest.metrics == {"hedging": "f1:uncertain"}
    # BioScope's sentences keep BioScope's licence; files of another name are the user's,
    # whose licence nobody here knows.
    assert manifest.license == ("cc-by-2.0" if expected == "conll2010-biological" else "other")


def test_conll2010_ids_of_the_official_files_do_not_depend_on_the_path_given(
    tmp_path: Path,
) -> None:
    _conll_files(tmp_path / "wikipedia", "wikiweasel")
    by_folder = load_corpus("conll2010", tmp_path / "wikipedia").sentences
    by_parent = load_corpus("conll2010", tmp_path).sentences
    assert by_folder.equals(by_parent)
    assert by_folder["sentence_id"].iloc[0] == "conll2010-wikipedia-train-certain-0"


@pytest.mark.parametrize(
    ("tokenised", "reads"),
    [
        ("binding -LRB- EMSA -RRB- was seen .", "binding (EMSA) was seen ."),
        ("as shown -LRB- 14, 15 -RRB-.", "as shown (14, 15)."),
        ("see -LSB- 3 -RSB- and -LCB- x -RCB-", "see [3] and {x}"),
        ("critics call it `` the worst '' law", 'critics call it "the worst" law'),
        ("an empty -LRB--RRB- pair", "an empty () pair"),
        ("no treebank tokens (here)", "no treebank tokens (here)"),
        ("titles such as ` Haze' and ` Halo'", "titles such as 'Haze' and 'Halo'"),
        ("the show 's host did n't come , we 're told", "the show's host didn't come , we're told"),
        ("rock 'n' roll and 'single quotes'", "rock 'n' roll and 'single quotes'"),
        ("run `grep` or ` ls' here", "run `grep` or 'ls' here"),
        ("expressed in glia -LRB- ` G' -RRB- only", "expressed in glia ('G') only"),
        # Marks the tokeniser split off a word, as CoNLL-2010's files have them.
        (
            "antigen-presenting cells ; iTregs, inducible",
            "antigen-presenting cells; iTregs, inducible",
        ),
        ("Keywords : Th17 cells", "Keywords: Th17 cells"),
        ("The Sims 2 : Nightlife", "The Sims 2: Nightlife"),
        ("with 10 % FCS , 1 % serum", "with 10% FCS , 1% serum"),
        ("infuse ₤ 37 billion -LRB- $ 64 billion -RRB-", "infuse ₤37 billion ($64 billion)"),
        ("the single reached # 1 ; it sold", "the single reached #1; it sold"),
        ("how was it acting ?.", "how was it acting?."),
        (
            "students -LRB- unpaired t test : P = 0.02 -RRB- ;",
            "students (unpaired t test: P = 0.02);",
        ),
        # Left as the files write them: the source's own spacing.
        ("J. Biol. Chem. 1995 : 270 : 12", "J. Biol. Chem. 1995 : 270 : 12"),
        ("hegemonistic plans ... to dominate", "hegemonistic plans ... to dominate"),
        ("a .338 rifle : at 20 %", "a .338 rifle: at 20%"),
    ],
)
def test_conll2010_text_writes_treebank_brackets_and_quotes_as_characters(
    tmp_path: Path, tokenised: str, reads: str
) -> None:
    # Both of CoNLL-2010's corpora write "(11)" as "-LRB- 11 -RRB-" in train and eval alike;
    # the release holds the sentence as a reader (and an annotator) sees it.
    _conll_files(tmp_path / "wikipedia", "wikiweasel")
    (tmp_path / "wikipedia" / "eval_wikiweasel_uncertain_sentences.txt").write_text(tokenised)
    rows = load_corpus("conll2010", tmp_path / "wikipedia").sentences.set_index("sentence_id")
    assert rows.at["conll2010-wikipedia-eval-uncertain-0", "text"] == reads


def test_an_imported_release_says_where_its_text_differs_from_the_corpus(tmp_path: Path) -> None:
    # A researcher comparing with published CoNLL-2010 results reads from the release alone
    # that its labels are the corpus's and which sentences the import rewrote.
    _conll_files(tmp_path / "wikipedia", "wikiweasel")
    (tmp_path / "wikipedia" / "eval_wikiweasel_uncertain_sentences.txt").write_text(
        "it is -LRB- allegedly -RRB- old\nit may be old\n"
    )
    made = import_corpus("conll2010", tmp_path / "releases", path=tmp_path / "wikipedia")
    manifest = verify(made.path)
    assert manifest.origin == {
        "corpus": "conll2010-wikipedia",
        "kind": "conll2010",
        "import": {
            "treebank_rewritten": 1,
            "validation_carved_from_train": manifest.splits["validation"],
        },
    }
    card = (made.path / "README.md").read_text()
    intro = card.split("## Source")[0]
    assert "Sentences of the public corpus `conll2010-wikipedia` with its gold labels" in intro
    assert (
        "news articles" not in intro and "labelled by 1 annotator(s) in Label Studio" not in intro
    )
    source = card.split("## Source")[1].split("## Schema")[0]
    assert "`annotate import-corpus conll2010`" in source
    assert "| `treebank_rewritten` | 1 | sentences whose Penn Treebank tokens" in source
    assert "are the corpus's gold, carried as one annotator's" in card
    # Train and test are the corpus's; validation is not, and the Splits section says so.
    assert "official train/test splits are kept as given and a tenth of its train" in card
    assert "official train/validation/test splits are kept" not in card


def test_origin_is_for_imports_only_and_checked(tmp_path: Path) -> None:
    corpus = load_corpus("conll2010", _conll_files(tmp_path / "bio", "bioscope"))
    own = release_from_gold(corpus.sentences, corpus.schema, tmp_path / "own", "1.0.0")
    # Gold labels released without an import stay as before: no origin, no Source section.
    assert "origin" not in json.loads((own.path / "manifest.json").read_text())
    assert "## Source" not in (own.path / "README.md").read_text()
    with pytest.raises(ReleaseError, match=r"origin .* is not") as err:
        release_from_gold(
            corpus.sentences, corpus.schema, tmp_path / "bad", "1.0.0", origin={"import": 3}
        )
    assert "import_corpus" in (err.value.hint or "")


@pytest.mark.parametrize(
    ("make", "subset", "says"),
    [
        ("empty", None, "no CoNLL-2010 sentence files in '{p}' (it holds: notes.txt, other/)"),
        ("bio", "wikipedia", "subset 'wikipedia' wants files named *_wikiweasel_*, but '{p}/bio' "),
        ("two", None, "holds CoNLL-2010 files of several corpora: a, b"),
        ("no-eval", None, "no file eval_a_certain, eval_a_uncertain (found: train_a_certain"),
    ],
)
def test_conll2010_folder_errors_name_what_was_found(
    tmp_path: Path, make: str, subset: str | None, says: str
) -> None:
    path = tmp_path
    if make == "empty":
        (tmp_path / "notes.txt").write_text("x")
        (tmp_path / "other").mkdir()
    elif make == "bio":
        path = _conll_files(tmp_path / "bio", "bioscope")
    elif make == "two":
        _conll_files(tmp_path, "a")
        _conll_files(tmp_path, "b")
    else:
        _conll_files(tmp_path, "a")
        for f in tmp_path.glob("eval_*"):
            f.unlink()
    with pytest.raises(CorpusError) as err:
        load_corpus("conll2010", path, subset=subset)
    assert says.format(p=tmp_path) in err.value.message
    assert err.value.hint


# --- The Szeged biological training papers -------------------------------------------------

SZEGED_XML = """<?xml version='1.0' encoding='utf-8'?>
<Annotation><DocumentSet>
<Document type="Biological_full_article"><DocID type="BMC_ID">doc-1</DocID>
<DocumentPart type="Title"><Sentence id="S1.1">A title</Sentence></DocumentPart>
<DocumentPart type="Text">
<Sentence id="S1.2">It <ccue type="speculation_modal_probable_">may</ccue> bind DNA.</Sentence>
<Sentence id="S1.3">We asked <ccue type="speculation_hypo_investigation _">whether</ccue>
 it binds.</Sentence>
<Sentence id="S1.4">We <ccue type="speculation_hypo_doxastic _">believe</ccue> it binds.</Sentence>
<Sentence id="S1.5"><ccue type="speculation_hypo_condition _">If</ccue> so, it binds.</Sentence>
</DocumentPart></Document>
</DocumentSet></Annotation>
"""


def test_szeged_papers_label_probable_and_doxastic_cues_uncertain(tmp_path: Path) -> None:
    (tmp_path / "train_fullpapers.xml").write_text(SZEGED_XML)
    corpus = load_corpus("szeged-bio", tmp_path)
    assert corpus.name == "szeged-bio-fullpapers"
    assert corpus.schema.name == "conll2010"
    by_text = dict(zip(corpus.sentences["text"], corpus.sentences["hedging"], strict=True))
    assert by_text == {
        "A title": "certain",
        "It may bind DNA.": "uncertain",
        # CoNLL-2010 calls most sentences with only these cues certain (see UNCERTAIN_CUES).
        "We asked whether it binds.": "certain",
        "If so, it binds.": "certain",
        "We believe it binds.": "uncertain",
    }
    # Training data only: the evaluation papers are not in these files.
    assert set(corpus.sentences["split"]) <= {"train", "validation"}
    assert set(corpus.sentences["article_id"]) == {"szeged-bio-doc-1"}
    made = import_corpus("szeged-bio", tmp_path / "releases", path=tmp_path)
    assert verify(made.path).metrics == {"hedging": "f1:uncertain"}
    # The import says how many sentences hold a cue and stay certain.
    assert made.imported == {
        "certain_with_only_investigation_or_condition_cues": 2,
        "validation_carved_from_train": verify(made.path).splits["validation"],
    }


def test_szeged_unknown_subset_and_broken_xml_are_named(tmp_path: Path) -> None:
    (tmp_path / "train_fullpapers.xml").write_text(SZEGED_XML[:200])
    with pytest.raises(CorpusError, match="unknown Szeged subset 'papers'") as err:
        load_corpus("szeged-bio", tmp_path, subset="papers")
    assert "fullpapers, abstracts, all" in (err.value.hint or "")
    with pytest.raises(CorpusError, match=r"train_fullpapers\.xml: not well-formed XML"):
        load_corpus("szeged-bio", tmp_path)
