"""Adapters read a few real lines of each public corpus (tests/unit: offline, quick)."""

from __future__ import annotations

import os

import pytest

from annotate.corpus._public import CorpusError, load_corpus, parse_factappeal, shared_data_dir

DATA = shared_data_dir()
if not DATA.is_dir():
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"shared data folder {DATA} is missing; CI needs it")
    pytest.skip(f"shared data folder {DATA} not found", allow_module_level=True)


def _schema_ok(corpus, unmarked=()):
    # ``unmarked``: optional fields this corpus does not annotate at all (the column is
    # absent, which a release reads as "not annotated", not as "none found").
    for f in corpus.schema.fields:
        if f.name in unmarked:
            assert not f.required and f.name not in corpus.sentences.columns
            continue
        assert f.name in corpus.sentences.columns
        if f.kind == "choice":
            assert set(corpus.sentences[f.name]) <= set(f.values)
    assert set(corpus.sentences["split"]) == {"train", "validation", "test"}
    assert corpus.sentences["sentence_id"].is_unique


def test_conll2010_wikipedia_official_counts_and_first_line():
    c = load_corpus("conll2010", subset="wikipedia")
    _schema_ok(c, unmarked={"hedge_cue"})  # CoNLL-2010 marks no cues; the Szeged papers do
    test = c.split("test")
    assert (test["hedging"] == "uncertain").sum() == 2234  # the official eval count
    first = c.sentences[c.sentences["sentence_id"] == "conll2010-wikipedia-train-uncertain-0"]
    assert first["text"].iat[0].startswith("It is based on the .458 Winchester Magnum")
    # Validation is carved from train, never from eval.
    assert c.split("validation")["sentence_id"].str.contains("-train-").all()


@pytest.mark.parametrize("subset", ["wikipedia", "biological"])
def test_conll2010_release_prints_the_marks_the_tokeniser_split_off(subset: str) -> None:
    # The files never attach these marks (a tokeniser split them off); the Szeged files print
    # the same sentences with them attached, and so does the release.
    text = load_corpus("conll2010", subset=subset).sentences["text"]
    for spaced in [r"\S ;(?:[\s,]|$)", r"\D :\s", r"\d %", r"\$ \d", r"\w \?(?:\s|$)"]:
        assert not text.str.contains(spaced).any(), spaced
    # Commas and full stops the files attach: a spaced one is the source's and stays.
    assert text.str.contains(r"\w ,").any()


def test_conll2010_biological_counts():
    c = load_corpus("conll2010", subset="biological")
    assert c.sentences.groupby("hedging").size().to_dict() == {"certain": 13982, "uncertain": 2890}
    assert c.metric == "f1:uncertain"


def test_checkthat_splits_follow_the_task():
    c = load_corpus("checkthat-subjectivity")
    _schema_ok(c)
    assert c.sentences.groupby("split").size().to_dict() == {
        "test": 484,
        "train": 830,
        "validation": 462,
    }
    row = c.sentences[
        c.sentences["sentence_id"] == "checkthat-f99b5143-70d2-494a-a2f5-c68f10d09d0a"
    ]
    assert row["subjectivity"].iat[0] == "OBJ"
    assert row["text"].iat[0] == "The trend is expected to reverse as soon as next month."


def test_checkthat_sentences_are_read_through_their_csv_quoting():
    """The English files wrap a sentence holding a quotation mark in quotes and double its own:
    the sentence is the text that stands for, not the field as written."""
    c = load_corpus("checkthat-subjectivity")
    text = c.sentences.set_index("sentence_id")["text"]
    assert text["checkthat-0b755e86-89c0-4cb5-9deb-c2de5add69f7"] == (
        "But the book does go wrong, of course, because it never thinks to question what a "
        '"Hispanic" is anyway.'
    )
    assert not text.str.contains('""').any()
    assert not text.str.startswith('"(').any()
    assert c.counts == {"csv_quoting_removed": 66}


def test_parse_factappeal_nested_tags_give_offsets_in_the_plain_sentence():
    text, spans = parse_factappeal(
        "<Fact_Appeal:Direct_Quote>“We won,” <Source:Named:Official>Ms Lee</Source:Named:Official>"
        " told <Recipient>AP</Recipient>.</Fact_Appeal:Direct_Quote>"
    )
    assert text == "“We won,” Ms Lee told AP."
    assert (10, 16, "Source:Named:Official") in spans and text[10:16] == "Ms Lee"


def test_factappeal_labels_and_source_spans():
    c = load_corpus("factappeal")
    _schema_ok(c)
    assert c.sentences.groupby("split").size().to_dict() == {
        "test": 484,
        "train": 2256,
        "validation": 483,
    }
    assert c.split("test").groupby("appeal").size().to_dict() == {
        "direct": 49,
        "indirect": 101,
        "none": 334,
    }
    first = c.split("train").iloc[0]
    assert first["appeal"] == "none" and first["source"] == "none" and first["source_span"] == []
    for row in c.sentences[c.sentences["source"] != "none"].head(50).itertuples():
        assert row.source_span and all(
            row.text[s["start"] : s["end"]] == s["text"] for s in row.source_span
        )
    # Where a sentence holds both kinds the adapter chooses, and says how often (import-corpus
    # reports it): one sentence quotes directly and indirectly, 22 name and withhold sources.
    assert c.counts == {
        "appeal_both_quote_kinds_direct_kept": 1,
        "source_both_kinds_named_kept": 22,
    }
    mixed = c.sentences["source_span"].map(lambda spans: {s["label"] for s in spans})
    assert (mixed.map(len) == 2).sum() == 22
    assert set(c.sentences.loc[mixed.map(len) == 2, "source"]) == {"named"}


def test_polnear_spans_match_sentence_text():
    c = load_corpus("polnear", limit=2)
    _schema_ok(c)
    first = c.sentences[
        c.sentences["sentence_id"].str.endswith("the-ninth-circle-the-hellish-vie-1")
    ].iloc[0]
    assert first["has_attribution"] == "yes"
    assert [s["text"] for s in first["attribution_cue"]] == ["mocked"]
    assert [s["text"] for s in first["source"]] == ["we"]
    for row in c.sentences.itertuples():
        for s in [*row.source, *row.attribution_cue]:
            assert row.text[s["start"] : s["end"]] == s["text"]
        assert (row.has_attribution == "yes") == bool(row.attribution_cue)


def test_unknown_kind_and_missing_folder_say_what_to_do(tmp_path):
    with pytest.raises(CorpusError, match="unknown corpus kind 'conll'") as err:
        load_corpus("conll")
    assert "conll2010, factappeal, checkthat-subjectivity, polnear" in str(err.value)
    with pytest.raises(CorpusError, match="does not exist") as err:
        load_corpus("factappeal", tmp_path / "nowhere")
    assert "ANNOTATE_SHARED_DATA" in str(err.value)


@pytest.mark.parametrize(
    ("kind", "option", "said"),
    [
        ("factappeal", {"subset": "wikipedia"}, "--subset is for conll2010, szeged-bio and"),
        ("polnear", {"subset": "en"}, "--subset is for conll2010, szeged-bio and"),
        ("checkthat-subjectivity", {"limit": 5}, "--limit is for polnear, not checkthat"),
    ],
)
def test_an_option_the_kind_does_not_read_is_refused(kind, option, said):
    """Rather than dropped without a word (the import would not be the one asked for)."""
    with pytest.raises(CorpusError) as caught:
        load_corpus(kind, **option)
    assert said in str(caught.value)
    assert caught.value.hint.startswith("drop --")
