"""PolNeAR's attribution events (issue 16): the BRAT event reader and the records per sentence."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from annotate.corpus._brat import Event, read_brat, read_events
from annotate.corpus._polnear import Tally, annotator_records, article_rows, sentence_records
from annotate.corpus._public import load_corpus
from annotate.dataset import load_release
from annotate.dataset._import import import_corpus, release_from_gold
from annotate.errors import CorpusError, LabelError
from annotate.schema._records import from_row
from annotate.schema._schema import Schema, bundled_schemas, load_schema
from annotate.schema._types import Record, Span
from tests.shared import shared_data

OLD_SCHEMA = Path(__file__).parents[1] / "data" / "polnear-1.0.0.yaml"

# Shaped like PolNeAR's files: a split content, a Content2, a discontinuous source, the
# no-source type, a leftover trigger with no cue, two events on one cue, and a span text
# running over a line break (its second line is not a record of the file).
ANN = """T1\tSource 0 5\tSmith
T2\tCue 6 10\tsaid
T3\tContent 11 20;30 40\ttaxes wil rates fall
T4\tAttribution 6 10\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource 41 45;50 54\tThe  boss
T6\tCue 55 62\tclaimed
T7\tContent 63 70\tit rose
T8\tContent 75 80\tagain
T9\tAttribution 55 62\tclaimed
E2\tAttribution:T9 Cue:T6 Source:T5 Content:T7 Content2:T8
T10\tCue 90 101\twas alleged
T11\tContent 81 89\tfraud
T12\tAttribution-no-source 90 101\twas alleged
E3\tAttribution-no-source:T12{space}
E4\tAttribution-no-source:T12 Cue:T10 Content:T11
T13\tDiscuss 102 110\ta talk
That ran over a line
#1\tAnnotatorNotes T13\tnote
T14\tSource 111 113\tHe
T15\tCue 114 118\tsaid
T16\tContent 119 125\tthings
T17\tAttribution 114 118\tsaid
E5\tAttribution:T17 Cue:T15 Source:T14
E6\tAttribution:T17 Cue:T15 Content:T16
""".format(space=" ")


def _ann(tmp_path: Path) -> Path:
    path = tmp_path / "a.ann"
    path.write_text(ANN, encoding="utf-8")
    return path


def test_events_give_cue_source_and_content_pieces(tmp_path: Path) -> None:
    events = read_events(_ann(tmp_path))
    assert events == [
        Event("E1", cue=(6, 10), source=(0, 5), content=((11, 20), (30, 40))),
        # A discontinuous source is one span from its first to its last piece, flagged;
        # Content and Content2 are both content, each piece kept.
        Event("E2", (55, 62), (41, 54), ((63, 70), (75, 80)), merged=("source",)),
        # The trigger left without a cue (E3) attributes nothing; E4 has no source, by type.
        Event("E4", (90, 101), None, ((81, 89),), no_source=True),
        # Two events on one cue are one attribution: its parts pooled.
        Event("E5+E6", (114, 118), (111, 113), ((119, 125),)),
    ]


def test_read_brat_still_gives_every_piece_and_skips_continuation_lines(tmp_path: Path) -> None:
    frags = read_brat(_ann(tmp_path))
    assert (11, 20, "Content") in frags and (30, 40, "Content") in frags
    assert (102, 110, "Discuss") in frags
    assert all(kind for _, _, kind in frags)


def test_polnear_split_sources_and_cues_are_counted() -> None:
    root = shared_data() / "polnear" / "data"
    merged: Counter[str] = Counter()
    for ann in sorted((root / "train" / "attributions").glob("*.ann")):
        for event in read_events(ann):
            merged.update(event.merged)
    # Rare, as the schema's comment says: 10 split sources and 1 split cue in train.
    assert merged == Counter({"source": 10, "cue": 1})


ARTICLE = 'Smith said "taxes will rise. And rates too," on Monday. It was alleged.'


def _span(phrase: str, label: str, offset: int = 0) -> Span:
    start = ARTICLE.index(phrase, offset)
    return Span(start, start + len(phrase), label, phrase)


def test_records_live_in_their_cues_sentence_and_run_over_is_cut() -> None:
    bounds = [(0, 28), (29, 55), (56, len(ARTICLE))]
    quote = (ARTICLE.index('"taxes'), ARTICLE.index(" on Monday"))
    events = [
        Event("E1", cue=(6, 10), source=(0, 5), content=(quote,)),
        # Its source is in the sentence before the cue's: the source is cut, not marked.
        Event("E2", cue=(ARTICLE.index("was"), ARTICLE.index(".", 60)), source=(0, 5),
              content=()),
    ]  # fmt: skip
    first, second, third = sentence_records(ARTICLE, bounds, events)
    quote_here = _span('"taxes will rise.', "content")
    assert first.records == (
        Record(
            _span("said", "attribution_cue"),
            {"source": [_span("Smith", "source")], "content": [quote_here]},
            cut=["content"],
        ),
    )
    assert first.spans("content") == [quote_here]
    # The quote's second sentence holds no record and marks no span: no record links it.
    assert second.records == () and second.spans("content") == []
    cue = Span(3, 14, "attribution_cue", "was alleged")
    assert third.records == (Record(cue, {}, cut=["source"]),)


def test_a_no_source_event_that_links_a_source_keeps_it_as_an_ordinary_cue() -> None:
    # PolNeAR has one: typed Attribution-no-source, with a Source argument. Labelled by its
    # type, the record would say "no source" and link one, which the release's record rules
    # reject (record-absent-role), and the sentence would leave the release.
    cue = (ARTICLE.index("said"), ARTICLE.index("said") + 4)
    events = [Event("E1", cue=cue, source=(0, 5), content=(), no_source=True)]
    (first,) = sentence_records(ARTICLE, [(0, 28)], events)
    assert first.records == (
        Record(_span("said", "attribution_cue"), {"source": [_span("Smith", "source")]}),
    )
    assert first.retyped == 1
    # Without a source the type holds.
    (plain,) = sentence_records(ARTICLE, [(0, 28)], [Event("E2", cue, None, (), no_source=True)])
    assert plain.records[0].anchor.label == "attribution_cue_no_source"
    assert plain.retyped == 0


def test_polnears_no_source_event_with_a_source_stays_in_the_release(tmp_path: Path) -> None:
    # The one such event in PolNeAR ("... said Sanders, whose candidacy ..."): its sentence
    # used to be rejected by the record rules and left out of the release.
    folder = shared_data() / "polnear" / "data" / "dev"
    stem = "west-journal_2016-10-04_railing-against-trump-sanders-vo"
    (ann,) = (folder / "attributions").glob(f"{stem}_*.ann")
    schema = load_schema(bundled_schemas()["polnear"])
    tally = Tally()
    rows = article_rows(folder / "text" / f"{stem}.txt", ann, "validation", schema, tally)
    assert tally.counts["no_source_type_with_source"] == 1
    (said,) = [r for r in rows[6]["attributions"] if r["cue"]["text"] == "said"]
    assert said["cue"]["label"] == "attribution_cue"
    assert said["source"]["text"].startswith("Sanders")
    made = release_from_gold(pd.DataFrame(rows), schema, tmp_path / "polnear", "1.0.0")
    assert made.manifest.counts.excluded_annotations == 0
    assert made.manifest.counts.sentences == len(rows)


# --- import-corpus polnear keeps the records ----------------------------------------------


def _values(schema: Schema, row: dict[str, Any]) -> dict[str, Any]:
    (rt,) = schema.records
    values: dict[str, Any] = {f.name: row[f.name] for f in schema.fields if f.kind == "choice"}
    for f in schema.fields:
        if f.kind == "spans":
            values[f.name] = [Span(**s) for s in row[f.name]]
    values[rt.name] = [from_row(rt, r) for r in row[rt.name]]
    return values


def test_polnear_import_keeps_each_sentences_records() -> None:
    shared_data()
    corpus = load_corpus("polnear", limit=3)
    schema = corpus.schema
    assert schema.version == "1.1.0" and [rt.name for rt in schema.records] == ["attributions"]
    assert set(schema.features()["attributions"].feature) == {
        "cue", "source", "content", "source_cut", "content_cut"
    }  # fmt: skip
    rows = corpus.sentences.to_dict("records")
    n = Counter()
    for row in rows:
        values = _values(schema, row)
        # Valid records (every cue in one record, every linked span marked), and no rule of
        # severity error broken: what a release would keep.
        errors = [v for v in schema.check(values, row["text"]) if v.severity == "error"]
        assert errors == [], row["sentence_id"]
        assert (row["has_attribution"] == "yes") == bool(row["attributions"])
        n["records"] += len(row["attributions"])
        n["multi"] += len(row["attributions"]) >= 2
        n["cut"] += any(r["content_cut"] or r["source_cut"] for r in row["attributions"])
    first = next(r for r in rows if r["sentence_id"].endswith("the-ninth-circle-the-hellish-vie-1"))
    (mocked,) = [r for r in first["attributions"] if r["cue"]["text"] == "mocked"]
    assert mocked["source"]["text"] == "we"
    assert [c["text"] for c in mocked["content"]] == [
        "the presidential ambitions of three Republican hopefuls: Jeb!, Ben Carson, and "
        "Donald Trump"
    ]
    counts = corpus.counts
    assert (counts["records"], counts["multi_record_sentences"], counts["cut_records"]) == (
        n["records"], n["multi"], n["cut"]
    )  # fmt: skip
    assert n["multi"] > 0 and n["cut"] > 0


def test_an_imported_polnear_release_carries_the_records_and_the_card_counts_them(
    tmp_path: Path,
) -> None:
    shared_data()
    corpus = load_corpus("polnear", limit=2)
    made = import_corpus("polnear", tmp_path, limit=2)
    (rt,) = corpus.schema.records
    released = {}
    for split in ("train", "validation", "test"):
        for row in pq.read_table(made.path / "data" / f"{split}.parquet").to_pylist():
            released[row["sentence_id"]] = sorted(from_row(rt, r) for r in row["attributions"])
    went_in = {
        row["sentence_id"]: sorted(from_row(rt, r) for r in row["attributions"])
        for row in corpus.sentences.to_dict("records")
    }
    assert released == went_in
    counts = corpus.counts
    card = (made.path / "README.md").read_text()
    assert (
        f"`attributions`: {counts['records']} gold record(s) in "
        f"{sum(bool(v) for v in went_in.values())} sentence(s); "
        f"{counts['multi_record_sentences']} sentence(s) hold two or more; "
        f"{counts['cut_records']} record(s) have a part cut at the sentence boundary "
        f"(`source_cut` {counts.get('source_cut', 0)}, `content_cut` {counts['content_cut']})."
    ) in card


def test_an_article_annotated_twice_keeps_the_first_file_and_says_so(tmp_path: Path) -> None:
    source = shared_data() / "polnear" / "data" / "train"
    ann = sorted((source / "attributions").glob("*.ann"))[0]
    stem = ann.stem.rsplit("_", 1)[0]
    for split in ("train", "dev", "test"):
        (tmp_path / "data" / split / "text").mkdir(parents=True)
        (tmp_path / "data" / split / "attributions").mkdir()
    folder = tmp_path / "data" / "train"
    shutil.copy(source / "text" / f"{stem}.txt", folder / "text")
    shutil.copy(ann, folder / "attributions" / f"{stem}_a.ann")
    # The second annotator's file marks nothing: kept, it would empty the article's records.
    (folder / "attributions" / f"{stem}_b.ann").write_text("")
    corpus = load_corpus("polnear", tmp_path)
    assert corpus.counts["articles_annotated_twice_first_kept"] == 1
    assert corpus.counts["records"] > 0
    made = import_corpus("polnear", tmp_path / "releases", path=tmp_path)
    card = (made.path / "README.md").read_text()
    assert "| `articles_annotated_twice_first_kept` | 1 | articles with files by two" in card


def test_a_polnear_release_of_schema_1_0_0_still_loads(tmp_path: Path) -> None:
    """A release made before records (polnear 1.0.0, its schema kept in the release) loads
    and verifies; the bundled schema's MINOR bump only added a field, a label and a record."""
    shared_data()
    bundled = bundled_schemas()["polnear"]
    old = load_schema(OLD_SCHEMA, guidelines=bundled.parent / "corpora.md")
    assert old.version == "1.0.0" and not old.records
    corpus = load_corpus("polnear", limit=1)
    names = [f.name for f in old.fields]
    sentences = corpus.sentences.drop(columns=["content", "attributions"])
    made = release_from_gold(sentences, old, tmp_path / "polnear", "1.0.0", source="polnear")
    data = load_release(made.path)
    assert set(names) <= set(data["train"].column_names)
    assert "attributions" not in data["train"].column_names


# --- cut flags through a Label Studio result ----------------------------------------------


def test_cut_flags_ride_on_the_cue_region_and_come_back() -> None:
    schema = load_schema(bundled_schemas()["polnear"])
    text = 'Smith said "taxes will rise.'
    said = Span(6, 10, "attribution_cue", "said")
    quote = Span(11, 28, "content", '"taxes will rise.')
    values = {
        "has_attribution": "yes",
        "source": [],
        "attribution_cue": [said],
        "content": [quote],
        # The quote runs on into the next sentence, the source is in the one before.
        "attributions": [Record(said, {"content": [quote]}, cut=["content", "source"])],
    }
    result = schema.to_result(values)
    (cue,) = [r for r in result if r.get("from_name") == "attribution_cue"]
    assert cue["meta"] == {"text": ["cut: content, source"]}
    assert schema.parse_result(result, text) == values
    # An annotator's own note beside it is theirs, not a flag.
    cue["meta"]["text"].insert(0, "check the quote")
    assert schema.parse_result(result, text) == values
    cue["meta"]["text"] = ["cut: speaker"]
    with pytest.raises(LabelError, match=r"names 'speaker', not a role of attributions"):
        schema.parse_result(result, text)


# --- records per article and annotator (for agreement on records) ------------------------


def test_annotator_training_gives_each_annotators_records_per_sentence() -> None:
    root = shared_data() / "polnear"
    by_article = annotator_records(root, "annotator-training")
    assert len(by_article) == 4
    events = 0
    for article, annotators in by_article.items():
        assert len(annotators) == 6, article  # every annotator did every training article
        texts = {tuple(s.text for s in sentences) for sentences in annotators.values()}
        assert len(texts) == 1  # one segmentation per article: sentences line up
        for annotator in annotators:
            ann = root / "data" / "annotator-training" / "attributions"
            events += len(read_events(ann / f"{article}_{annotator}.ann"))
    records = sum(len(s.records) for a in by_article.values() for ss in a.values() for s in ss)
    assert records == events  # every event is a record of one sentence


def test_annotator_records_names_a_folder_without_annotations(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no PolNeAR texts or annotations") as err:
        annotator_records(tmp_path, "annotator-training")
    assert "annotator-training" in str(err.value)
