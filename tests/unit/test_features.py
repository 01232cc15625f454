"""The classifier's feature blocks and threshold choice, on small hand-made data."""

from __future__ import annotations

import numpy as np
import pandas as pd

from annotate import _features
from annotate._features import Choice, CueLexicon, Shape, cv_threshold

UNCERTAIN = [
    "The drug may reduce symptoms.",
    "It is possibly linked to the gene.",
    "Results suggest that it may work.",
    "This may be a sign of stress.",
]
CERTAIN = [
    "The drug reduces symptoms.",
    "It is linked to the gene.",
    "Results show that it works.",
    "This is a sign of stress.",
    "The cell divides twice.",
    "The protein binds the receptor.",
]


def test_cue_lexicon_learns_cues_of_the_rarer_class_only() -> None:
    texts = UNCERTAIN + CERTAIN
    y = ["uncertain"] * len(UNCERTAIN) + ["certain"] * len(CERTAIN)
    lex = CueLexicon(min_count=2, min_lift=1.5).fit(texts, y)
    assert "may" in lex.vocabulary_
    assert set(lex.cue_class_) == {"uncertain"}
    assert "the" not in lex.vocabulary_  # common to both classes: no lift
    X = lex.transform(["It may rain.", "It rains."]).toarray()
    # Cue columns, then per target class: any cue (0/1) and log1p(cue count).
    assert X.shape == (2, len(lex.vocabulary_) + 2)
    assert X[0, -2] == 1.0 and X[1, -2] == 0.0
    assert X[0, -1] == np.log1p(X[0, :-2].sum())


def test_shape_features_see_quotes_reporting_verbs_and_sources() -> None:
    quoted = "“There will be more shipments,” an Iranian official told Reuters."
    plain = "Some of the missiles were flown to Russia."
    according = "According to Ukrainian officials, drones hit power plants."
    rows = Shape().fit([quoted]).transform([quoted, plain, according]).toarray()
    has_quotes, starts_with_quote, has_verb = 0, 2, 4
    assert rows[0, has_quotes] == 1 and rows[0, starts_with_quote] == 1 and rows[0, has_verb] == 1
    assert rows[1, has_quotes] == 0 and rows[1, has_verb] == 0
    verb_after_quotes, anonymous_near_verb, according_to = 8, 13, 15
    assert rows[0, verb_after_quotes] == 1
    assert rows[0, anonymous_near_verb] == 1
    assert rows[2, according_to] == 1 and rows[0, according_to] == 0


def test_cv_threshold_is_chosen_out_of_fold_on_pooled_data(monkeypatch) -> None:
    monkeypatch.setattr(_features, "MIN_CV_MINORITY", 5)
    rng = np.random.default_rng(0)
    texts, labels = [], []
    for i in range(60):
        hedged = i % 4 == 0
        cue = rng.choice(["may", "might", "possibly"]) if hedged else rng.choice(["is", "was"])
        texts.append(f"The result {cue} hold for sample {i}.")
        labels.append("uncertain" if hedged else "certain")
    pooled = pd.DataFrame({"text": texts, "hedging": labels, "article_id": "a"})
    choice = Choice(C=1.0, cues=True, chars=False)
    cv_threshold(choice, pooled, "hedging", "f1:uncertain", seed=0)
    assert choice.threshold_on is not None and "cross-validation" in choice.threshold_on
    assert choice.threshold is None or 0.0 < choice.threshold < 1.0


def test_cv_threshold_leaves_multiclass_and_tiny_minorities_alone() -> None:
    pooled = pd.DataFrame(
        {"text": ["a b", "c d", "e f"], "field": ["x", "y", "z"], "article_id": "a"}
    )
    choice = Choice()
    cv_threshold(choice, pooled, "field", "macro-f1", seed=0)
    assert (choice.threshold, choice.threshold_on) == (None, None)


def test_shape_sees_unnamed_sources_weasels_and_subjective_style() -> None:
    unnamed = "A senior official told reporters the talks had stalled."
    named = "According to Reuters, the talks had stalled."
    weasel = "Some critics say it is widely considered the best film."
    opinion = "We must stop this ridiculous policy now!"
    rows = Shape().fit([unnamed]).transform([unnamed, named, weasel, opinion]).toarray()
    base = 19  # columns before these keep their index
    is_unnamed, named_according, weasels = base, base + 1, base + 2
    first_person, modal, evaluative, exclamation = base + 3, base + 5, base + 6, base + 7
    assert rows[0, is_unnamed] == 1 and rows[1, is_unnamed] == 0
    assert rows[1, named_according] == 1 and rows[0, named_according] == 0
    assert rows[2, weasels] > rows[1, weasels]
    assert rows[3, [first_person, modal, exclamation]].tolist() == [1, 1, 1]
    assert rows[3, evaluative] > 0 and rows[1, evaluative] == 0


def test_cue_lexicon_learns_three_word_cues() -> None:
    weasels = [f"It is widely believed that item {i} works." for i in range(4)]
    plain = [f"Item {i} works in the test." for i in range(8)]
    lex = CueLexicon(min_count=2, max_n=3).fit(weasels + plain, ["uncertain"] * 4 + ["certain"] * 8)
    assert "is widely believed" in lex.vocabulary_
    assert (
        "is widely believed"
        not in CueLexicon(min_count=2)
        .fit(weasels + plain, ["uncertain"] * 4 + ["certain"] * 8)
        .vocabulary_
    )


def test_fit_reuses_the_blocks_fitted_for_the_threshold(monkeypatch) -> None:
    monkeypatch.setattr(_features, "MIN_CV_MINORITY", 5)
    texts = [f"The result {'may' if i % 4 == 0 else 'does'} hold for {i}." for i in range(60)]
    labels = ["uncertain" if i % 4 == 0 else "certain" for i in range(60)]
    pooled = pd.DataFrame({"text": texts, "hedging": labels, "article_id": "a"})
    choice = Choice(C=1.0, cues=True, chars=True)
    prefit = cv_threshold(choice, pooled, "hedging", "f1:uncertain", seed=0)
    assert prefit is not None and set(prefit) == {"word", "shape", "char"}
    reused = _features.fit(choice, pooled, "hedging", 0, prefit=prefit)
    fresh = _features.fit(choice, pooled, "hedging", 0)
    new = ["It may rain for 3.", "It does rain for 4."]
    assert np.allclose(_features.proba(reused, new)[1], _features.proba(fresh, new)[1])


def test_cue_lexicon_encodes_its_training_sentences_out_of_fold() -> None:
    # "may" is in every hedged sentence, "possibly" in two: out of fold, the fold that holds
    # one of those two learns "possibly" from a single sentence (< min_count), so that training
    # sentence is encoded without it; new text still gets the cue learned from both.
    texts = UNCERTAIN * 5 + CERTAIN * 5
    texts[1] = "It is possibly linked to the gene."
    y = ["uncertain"] * len(UNCERTAIN) * 5 + ["certain"] * len(CERTAIN) * 5
    rare = "The result is possibly wrong but may hold."
    texts[5], texts[6] = rare, rare.replace("result", "answer")
    for i in range(len(texts)):
        if i not in (5, 6) and "possibly" in texts[i]:
            texts[i] = texts[i].replace("possibly", "maybe")
    lex = CueLexicon(min_count=2, max_n=1, folds=5)
    X_train = lex.fit_transform(texts, y).toarray()
    col = lex.vocabulary_["possibly"]
    assert X_train[[5, 6], col].tolist() == [0.0, 0.0]
    assert lex.transform([rare]).toarray()[0, col] == 1.0
    in_sample = CueLexicon(min_count=2, max_n=1).fit(texts, y).transform(texts).toarray()
    assert in_sample[[5, 6], col].tolist() == [1.0, 1.0]
