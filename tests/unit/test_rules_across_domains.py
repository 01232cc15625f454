"""The rules' vote on text unlike the training data (issue 15): a fair lexicon, an imposed block.

A lexicon learned without a corpus is the rules baseline on that corpus's text; on a field the
rules predict, ``annotate train`` keeps the rules block whatever selection prefers on the
training corpus, its columns scaled so that the L2 penalty leaves the rules a vote.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pandas as pd
import pytest

from annotate.corpus._public import load_corpus
from annotate.dataset._import import release_from_gold
from annotate.errors import InputError
from annotate.model import _lexicon
from annotate.model._model_file import load_model
from annotate.model._predict import predict
from annotate.model._rules import LEXICON_VERSION, preannotate, rule_features
from annotate.model._train import train
from annotate.model.features import RULES_SCALE, RuleFeatures
from annotate.schema._schema import load_schema
from tests.shared import shared_data

SCHEMA = dataclasses.replace(
    load_schema(Path(__file__).parents[2] / "schemas" / "news-stance.yaml"), rules=()
)


def test_a_lexicon_learned_without_a_corpus_has_none_of_the_cues_only_it_has() -> None:
    """A learned hedge cue must be frequent and precise in the corpora it is learned from
    (hedge_cues_v2's bar: 15 uncertain sentences, smoothed precision 0.8); the cues of the
    shipped lexicon that clear it only with CoNLL-2010 Wikipedia's sentences are gone when
    the lexicon is learned without them."""
    shared_data()
    full = _lexicon.build(LEXICON_VERSION)
    without = _lexicon.build("1.1.0-without-wikipedia", corpora=_lexicon.CORPORA[1:])
    bio = load_corpus("conll2010", subset="biological").split("train")
    grams = [_lexicon._grams(t) for t in bio["text"]]
    uncertain = (bio["hedging"] == "uncertain").tolist()

    def clears_the_bar_in_biology(cue: str) -> bool:
        pos = sum(cue in g for g, u in zip(grams, uncertain, strict=True) if u)
        total = sum(cue in g for g in grams)
        return pos >= 15 and (pos + 1) / (total + 2) >= 0.8

    learned = {c["cue"] for c in full["hedge_cues"] if c["origin"].startswith("learned")}
    only_wikipedia = {c for c in learned if not clears_the_bar_in_biology(c)}
    assert only_wikipedia  # the check below is not vacuous
    kept = {c["cue"] for c in without["hedge_cues"]}
    assert not only_wikipedia & kept
    assert all(
        clears_the_bar_in_biology(c["cue"])
        for c in without["hedge_cues"]
        if c["origin"].startswith("learned")
    )
    # The seeds stay: they come from the literature, not from a corpus.
    assert {c["cue"] for c in full["hedge_cues"] if c["origin"].startswith("seed")} <= kept
    assert without["learned_from"] == list(_lexicon.CORPORA[1:])
    # Without PolNeAR no reporting verb is learned; without FactAppeal no unnamed-source word.
    no_polnear = _lexicon.build("x", corpora=("conll2010-wikipedia", "factappeal"))
    assert no_polnear["attribution_cues"] == no_polnear["attribution_phrases"] == []
    no_factappeal = _lexicon.build("x", corpora=("polnear",))
    assert {w["origin"] for w in no_factappeal["anonymous_source_words"]} == {"seed"}
    assert all(c["origin"].startswith("seed") for c in no_factappeal["hedge_cues"])
    # All corpora: the shipped lexicon, unchanged.
    assert "learned_from" not in full


def test_an_unknown_lexicon_corpus_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(InputError, match=r"no lexicon corpus 'conll2010'") as err:
        _lexicon.build("x", corpora=("conll2010",))
    assert "polnear" in (err.value.hint or "")


def test_the_rules_read_a_lexicon_learned_from_chosen_corpora() -> None:
    """preannotate takes a built lexicon as it takes a version: a cue it lacks is not found."""
    lexicon = _lexicon.build("1.1.0-seeds", corpora=())
    text = "Officials said the plant may have been hit."
    df = pd.DataFrame({"sentence_id": ["a-0"], "text": [text]})
    shipped = preannotate(df, SCHEMA)
    seeds_only = preannotate(df, SCHEMA, version=lexicon)
    assert isinstance(shipped, pd.DataFrame) and isinstance(seeds_only, pd.DataFrame)
    assert shipped.loc[0, "attribution"] == "anonymous_source"
    # No corpus, no reporting verb: "said" is not a cue; "may" is a seed hedge and still is.
    assert seeds_only.loc[0, "attribution"] == "unattributed"
    assert seeds_only.loc[0, "hedging"] == "hedged"
    assert seeds_only.loc[0, "model_version"] == "lexicon-1.1.0-seeds"


TOPICS = ["the bridge", "the plant", "the port", "the airbase", "the talks", "the dam"]
# Hedges of the training text; the sentences scored below hedge with words it never has.
TRAIN_HEDGES = ["may", "might", "could"]
UNSEEN = ["presumably", "purportedly", "allegedly"]


def _hedging_release(tmp: Path) -> Path:
    """Hedged sentences (a fifth) say "may"/"might"/"could", which the rules and the n-grams
    both see; the rest are certain."""
    rng = random.Random(0)
    rows = []
    for split, n in (("train", 300), ("validation", 60), ("test", 40)):
        for i in range(n):
            topic = rng.choice(TOPICS)
            day = rng.randint(1, 30)
            if i % 5 == 0:
                hedge = rng.choice(TRAIN_HEDGES)
                text, label = f"{topic} {hedge} have failed on day {day}.", "hedged"
            else:
                text, label = f"{topic} failed on day {day}.", "not_hedged"
            rows.append(
                {
                    "sentence_id": f"{split}-{i}",
                    "article_id": f"{split}-a{i // 4}",
                    "split": split,
                    "text": text.capitalize(),
                    "hedging": label,
                    "attribution": "unattributed",
                    "claim_type": "factual",
                }
            )
    made = release_from_gold(pd.DataFrame(rows), SCHEMA, tmp / "release", "0.1.0", source="t")
    return made.path


@pytest.fixture(scope="module")
def hedging_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("rules")
    result = train(_hedging_release(tmp), tmp / "model", fields=["hedging", "claim_type"])
    return tmp / "model", result.metrics


def test_train_imposes_the_scaled_rules_block_on_a_field_the_rules_predict(hedging_model) -> None:
    model_dir, metrics = hedging_model
    choice = metrics["fields"]["hedging"]["choice"]
    assert choice["rules"] is True and choice["rules_imposed"] is True
    assert choice["rules_scale"] == RULES_SCALE > 1
    assert choice["lexicon"] == LEXICON_VERSION
    # Every setting selection compared had the block: it was never a candidate to drop.
    assert {row["rules"] for row in choice["tried"]} == {True}
    models, _ = load_model(model_dir)
    block = dict(models["hedging"].named_steps["features"].transformer_list)["rules"]
    assert isinstance(block, RuleFeatures) and block.scale == RULES_SCALE
    # claim_type is no field of the rules: chosen as before, unscaled.
    other = metrics["fields"]["claim_type"]["choice"]
    assert other["rules_imposed"] is False and other["rules_scale"] == 1.0


def test_a_model_whose_training_text_never_has_a_cue_flags_a_sentence_where_the_rules_fire(
    hedging_model,
) -> None:
    model_dir, _ = hedging_model
    unseen = [f"{t.capitalize()} {w} failed on day 3." for t in TOPICS[:3] for w in UNSEEN]
    plain = [f"{t.capitalize()} failed on day 3." for t in TOPICS[:3]]
    sentences = pd.DataFrame(
        {"sentence_id": [f"s-{i}" for i in range(len(unseen + plain))], "text": unseen + plain}
    )
    out = predict(model_dir, sentences)
    assert isinstance(out, pd.DataFrame)
    assert out["hedging"].tolist() == ["hedged"] * len(unseen) + ["not_hedged"] * len(plain)


def test_train_takes_a_lexicon_learned_from_chosen_corpora(tmp_path: Path) -> None:
    """The model holds the lexicon it was given and reads new text with it after loading."""
    lexicon = _lexicon.build("1.1.0-seeds", corpora=())
    result = train(
        _hedging_release(tmp_path), tmp_path / "model", fields=["hedging"], lexicon=lexicon
    )
    assert result.metrics["fields"]["hedging"]["choice"]["lexicon"] == (
        "1.1.0-seeds (learned from no corpus, seeds only)"
    )
    models, _ = load_model(tmp_path / "model")
    block = dict(models["hedging"].named_steps["features"].transformer_list)["rules"]
    assert block.version == lexicon


def test_a_rules_block_saved_before_it_had_a_scale_reads_text_as_it_was_trained() -> None:
    """Format 3 saved RuleFeatures without ``scale``: it reads as 1, unscaled."""
    texts = ["Officials said the plant may have been hit.", "The plant was hit."]
    old = RuleFeatures(LEXICON_VERSION)
    del old.scale
    assert (old.transform(texts).toarray() == rule_features(texts)).all()
    scaled = RuleFeatures(LEXICON_VERSION, scale=RULES_SCALE).transform(texts).toarray()
    assert (scaled == RULES_SCALE * rule_features(texts)).all()
