"""The cue tagger on real sentences (issue 15): the Szeged full papers' cue spans teach it
"may" by its context, and CoNLL-2010's unannotated sentences teach it nothing.

In the integration tier: each fit takes 7 s of CPU on a few hundred sentences (the token
logistic regression converges slowly on small data), too long for the fast tier."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from annotate.corpus._public import load_corpus
from annotate.model._span_tagger import SpanFeatures
from tests.shared import shared_data

# Real sentences the tagger never sees in training: a Szeged full-paper sentence whose one
# marked cue is "may", and a CoNLL-2010 Wikipedia training sentence whose "May" is a month.
MAY_CUE = (
    "The difference in effectiveness may be explained by the different expression patterns "
    "of the drivers."
)
MAY_MONTH = "On May 5, 2005, he received the Charlemagne Award of the city of Aachen."


@pytest.fixture(scope="module")
def papers() -> pd.DataFrame:
    """The Szeged full papers' training rows holding "may"/"might"/"can"/"could" (where a
    word is a cue in one sentence and not in another), plus every tenth other row: a few
    hundred sentences."""
    corpus = load_corpus("szeged-bio", shared_data() / "szeged-uncertainty-bio")
    df = corpus.sentences[corpus.sentences["text"] != MAY_CUE].reset_index(drop=True)
    modal = df["text"].str.contains(r"\b(?:may|might|can|could)\b", case=False)
    return df[modal | (df.index % 10 == 0)].reset_index(drop=True)


def _cue_probability(block: SpanFeatures, text: str) -> float:
    X = block.transform([text])
    names = list(block.sentence_vocabulary_.feature_names_)
    return float(X[0, names.index("max=probable")]) if "max=probable" in names else 0.0


def test_the_tagger_learns_may_as_a_cue_by_its_context(papers: pd.DataFrame) -> None:
    # No lexicon: what it knows comes from the marked spans only, not from the rules.
    block = SpanFeatures("hedge_cue", folds=2, cue_words=True)
    block.set_training_spans(papers["hedge_cue"].tolist()).fit(papers["text"])
    assert _cue_probability(block, MAY_CUE) > 0.5
    assert _cue_probability(block, MAY_MONTH) < 0.2


def test_unannotated_rows_teach_the_tagger_nothing(papers: pd.DataFrame) -> None:
    """CoNLL-2010's uncertain sentences with "may" hold cues nobody marked: read as "no cue"
    (an empty list) they would teach the tagger that "may" is none; as None they are left out
    of its training, and still get out-of-sample features."""
    conll = shared_data() / "conll2010" / "biological" / "train_bioscope_uncertain_sentences.txt"
    lines = [t for t in conll.read_text(encoding="utf-8").splitlines() if " may " in t][:400]
    texts = papers["text"].tolist() + lines
    spans = papers["hedge_cue"].tolist() + [None] * len(lines)
    block = SpanFeatures("hedge_cue", folds=2, cue_words=True).set_training_spans(spans)
    X = block.fit_transform(texts)
    assert _cue_probability(block, MAY_CUE) > 0.5
    # The unannotated rows were tagged by the tagger fitted without them: their "may" is found.
    found = X[len(papers) :, block.sentence_vocabulary_.feature_names_.index("any=probable")]
    assert np.asarray(found.todense()).mean() > 0.8
