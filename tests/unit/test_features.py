"""The classifier's feature blocks and threshold choice, on small hand-made data."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd

from annotate.model import _selection
from annotate.model import features as _features
from annotate.model._selection import Choice, cv_threshold
from annotate.model.features import CueLexicon, Shape

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
    monkeypatch.setattr(_selection, "MIN_CV_MINORITY", 5)
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
    monkeypatch.setattr(_selection, "MIN_CV_MINORITY", 5)
    texts = [f"The result {'may' if i % 4 == 0 else 'does'} hold for {i}." for i in range(60)]
    labels = ["uncertain" if i % 4 == 0 else "certain" for i in range(60)]
    pooled = pd.DataFrame({"text": texts, "hedging": labels, "article_id": "a"})
    choice = Choice(C=1.0, cues=True, chars=True)
    prefit = cv_threshold(choice, pooled, "hedging", "f1:uncertain", seed=0)
    assert prefit is not None and set(prefit) == {"word", "shape", "rules", "char"}
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


def _hedging(n: int, every: int = 4, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    texts, labels = [], []
    for i in range(n):
        hedged = i % every == 0
        cue = rng.choice(["may", "might", "possibly"]) if hedged else rng.choice(["is", "was"])
        texts.append(f"The result {cue} hold for sample {i}.")
        labels.append("uncertain" if hedged else "certain")
    return pd.DataFrame({"text": texts, "hedging": labels, "article_id": "a"})


def test_select_cv_judges_every_setting_on_pooled_out_of_fold_predictions() -> None:
    pooled = _hedging(100)
    choice, prefit = _selection.select_cv(pooled, "hedging", "f1:uncertain", [], seed=0)
    assert choice.selected_on == (
        "5-fold cross-validation on train + validation (3 fold seeds pooled)"
    )
    grid = [r for r in choice.tried if not r["classes"]]
    settings = {(r["C"], r["cues"], r["chars"]) for r in grid if not r["rules"]}
    assert settings == {
        (c, cues, chars) for c in _selection.C_GRID for cues, chars in _selection.BLOCK_GRID
    }
    # The rules block is tried once, on the best setting without it, and wins ties.
    (with_rules,) = [r for r in grid if r["rules"]]
    without = max((r for r in grid if not r["rules"]), key=lambda r: r["score"])
    assert choice.rules == (with_rules["score"] >= without["score"])
    # The word-class block is tried once more, on the best of those, and loses ties.
    (with_classes,) = [r for r in choice.tried if r["classes"]]
    assert choice.classes == (with_classes["score"] > max(r["score"] for r in grid))
    best = max(r["score"] for r in choice.tried)
    assert choice.selection_score == best > 0.9  # the modal verbs separate the classes
    # 25 uncertain sentences: enough for a threshold, chosen on the same probabilities.
    assert choice.threshold is None or choice.threshold_on == choice.selected_on
    assert prefit is not None and set(prefit) == {"word", "shape", "rules", "char", "classes"}
    reused = _features.fit(choice, pooled, "hedging", 0, prefit=prefit)
    fresh = _features.fit(choice, pooled, "hedging", 0)
    new = ["It may rain for 3.", "It does rain for 4."]
    assert np.allclose(_features.proba(reused, new)[1], _features.proba(fresh, new)[1])
    assert list(_features.proba(reused, new)[0]) == ["uncertain", "certain"]


def test_select_cv_uses_fewer_folds_and_no_threshold_when_a_class_is_rare() -> None:
    pooled = _hedging(30, every=10)  # 3 uncertain sentences
    choice, _ = _selection.select_cv(pooled, "hedging", "f1:uncertain", [], seed=0)
    assert choice.selected_on.startswith("3-fold")
    assert choice.threshold is None and choice.threshold_on is None
    lone = _hedging(12, every=12)  # 1 uncertain sentence: nothing to cross-validate
    choice, prefit = _selection.select_cv(lone, "hedging", "f1:uncertain", [], seed=0)
    assert choice.selected_on.startswith("defaults") and prefit is None


def test_select_cv_never_shows_a_fold_the_labels_it_is_judged_on() -> None:
    # Each pair of sentences shares a two-letter tag ("q z") and a label, drawn at random. One-
    # letter words reach only the cue lexicon (TF-IDF drops them, and character n-grams stay
    # within a word), so a tag is a cue only if the lexicon saw both sentences of a pair; out
    # of fold it never does, and every setting scores near chance. In-sample cues score ~1.
    rng = np.random.default_rng(2)
    tags = [f"{a} {b}" for a, b in itertools.combinations("bcdfghjklmnpqrstvwxz", 2)][:100]
    labels = rng.choice(["tagged", "plain"], size=len(tags), p=[0.35, 0.65])
    pooled = pd.DataFrame(
        {
            "text": [f"The result holds {t}." for t in tags for _ in range(2)],
            "field": [lb for lb in labels for _ in range(2)],
            "article_id": "a",
        }
    )
    choice, _ = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert max(r["score"] for r in choice.tried) < 0.65


def test_hedge_cues_the_training_data_never_saw_count_through_the_rules_block() -> None:
    """The rules' lexicon comes from other corpora: a model trained on "may"/"might" hedges
    still flags "presumably" or "purportedly", words absent from its training data (and from
    the shape block's hedge list), because the rules find a hedge cue in both."""
    rng = np.random.default_rng(0)
    topics = ["the bridge", "the plant", "the port", "the airbase", "the talks", "the dam"]
    hedges = ["may", "might", "could"]
    texts, y = [], []
    for i in range(120):
        topic = topics[i % len(topics)]
        if i % 2:
            texts.append(f"{topic} {rng.choice(hedges)} have failed on day {i}.".capitalize())
            y.append("hedged")
        else:
            texts.append(f"{topic} failed on day {i}.".capitalize())
            y.append("not_hedged")
    df = pd.DataFrame({"text": texts, "hedging": y})
    pipe = _features.fit(Choice(C=1.0, cues=False, chars=False), df, "hedging", seed=0)
    assert "rules" in dict(pipe.named_steps["features"].transformer_list)
    unseen = [f"The {w} damaged bridge failed on day 3." for w in ("presumably", "purportedly")]
    labels, _ = _features.proba(pipe, [*unseen, "The damaged bridge failed on day 3."])
    assert labels.tolist() == ["hedged", "hedged", "not_hedged"]
