"""A model's answers adapted to the collection it labels, without its labels (issue 15).

A Wikipedia-trained hedging model discounts the rules, which are weak on Wikipedia; on
biological text, where they are strong, the collection itself shows how far their hits line up
with what the model half-believes, and the adapted answers follow.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from annotate.corpus._public import load_corpus
from annotate.dataset._read import read_release
from annotate.model import features as _features
from annotate.model._collection import MIN_EVIDENCE, adapted_proba
from annotate.model._report import field_metrics
from annotate.model._selection import Choice
from annotate.model._train import _labelled, evaluate, load_model, predict
from tests.shared import shared_data


@pytest.fixture(scope="module")
def wikipedia_model() -> Any:
    """A hedging model of 3,000 of CoNLL-2010 Wikipedia's training sentences (the corpus lists
    its certain sentences first: a seeded sample): word and shape blocks and the rules block,
    imposed and scaled as ``train`` imposes it."""
    shared_data()
    rows = load_corpus("conll2010", subset="wikipedia").split("train").sample(3000, random_state=0)
    choice = Choice(C=1.0, cues=False, chars=False, rules_imposed=True, rules_scale=4.0)
    return _features.fit(choice, rows.reset_index(drop=True), "hedging", seed=0)


@pytest.fixture(scope="module")
def biology() -> pd.DataFrame:
    """1,000 sentences of CoNLL-2010's biological evaluation papers (a seeded sample)."""
    shared_data()
    rows = load_corpus("conll2010", subset="biological").split("test")
    return rows.sample(1000, random_state=0).reset_index(drop=True)


def test_the_adapted_rate_moves_toward_the_collections_true_rate(wikipedia_model, biology):
    gold = (biology["hedging"] == "uncertain").to_numpy()
    texts = biology["text"].to_numpy()
    own, _ = _features.proba(wikipedia_model, texts)
    adapted, _, done = adapted_proba(wikipedia_model, "hedging", texts)
    assert done.applied and done.changed > 0
    # The share of the collection labelled uncertain moves toward its true share.
    own_rate, adapted_rate = (own == "uncertain").mean(), (adapted == "uncertain").mean()
    assert own_rate < adapted_rate <= gold.mean() + 0.02
    assert abs(adapted_rate - gold.mean()) < abs(own_rate - gold.mean()) / 2
    assert done.prior["uncertain"] == {"model": own_rate, "adapted": adapted_rate}
    # And the sentences it flags are more often the right ones.
    hits = lambda labels: ((labels == "uncertain") & gold).sum()  # noqa: E731
    assert hits(adapted) > hits(own)


def test_a_collection_too_small_to_estimate_from_gets_the_models_own_answer(
    wikipedia_model, biology
):
    """One sentence holds at most one sentence's worth of each class: below MIN_EVIDENCE."""
    for size in (1, 5):
        texts = biology["text"].to_numpy()[:size]
        own, P = _features.proba(wikipedia_model, texts)
        labels, Q, done = adapted_proba(wikipedia_model, "hedging", texts)
        assert not done.applied and "too small" in done.reason
        assert str(MIN_EVIDENCE)[:2] in done.reason
        np.testing.assert_array_equal(labels, own)
        np.testing.assert_array_equal(Q, P)


def test_a_field_the_rules_do_not_predict_is_left_alone(wikipedia_model, biology):
    texts = biology["text"].to_numpy()
    own, _ = _features.proba(wikipedia_model, texts)
    labels, _, done = adapted_proba(wikipedia_model, "subjectivity", texts)
    assert not done.applied and "do not predict" in done.reason
    np.testing.assert_array_equal(labels, own)


def test_evaluate_and_predict_adapt_to_the_collection_when_asked(hedging_model, biology, tmp_path):
    release, result = hedging_model
    models, meta = load_model(result.output_dir)
    table = pd.DataFrame({"sentence_id": biology["sentence_id"], "text": biology["text"]})
    labels, Q, done = adapted_proba(models["hedging"], "hedging", table["text"].to_numpy())
    _, P = _features.proba(models["hedging"], table["text"].to_numpy())
    assert done.applied and not np.allclose(Q, P)  # the test below is not vacuous
    out = predict(result.output_dir, table, adapt=True)
    assert isinstance(out, pd.DataFrame)
    np.testing.assert_array_equal(out["hedging"].to_numpy(), labels)
    np.testing.assert_allclose(out["hedging_score"], Q.max(axis=1).round(4))
    plain = predict(result.output_dir, table)
    assert isinstance(plain, pd.DataFrame)
    np.testing.assert_allclose(plain["hedging_score"], P.max(axis=1).round(4))
    assert (plain["hedging"] != out["hedging"]).sum() == done.changed
    # evaluate scores the split adapted to as one collection, and says what the step did.
    test = _labelled(read_release(release), "test", "hedging")
    labels, _, done = adapted_proba(models["hedging"], "hedging", test["text"].to_numpy())
    scored = evaluate(result.output_dir, release, adapt=True)["fields"]["hedging"]
    assert scored["adaptation"] == done.as_dict()
    expected = field_metrics(test["hedging"], labels, list(meta.fields["hedging"]))
    assert scored["test"]["macro_f1"] == expected["macro_f1"]
    assert "adaptation" not in evaluate(result.output_dir, release)["fields"]["hedging"]
