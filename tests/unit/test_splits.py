"""Splits: deterministic, grouped by article, stable when data is added, near-duplicates."""

from __future__ import annotations

import pandas as pd
import pytest

from annotate.dataset import ReleaseError
from annotate.dataset._splits import assign, check_ratios, normalise
from tests.unit.release_support import corpus, sentences


def test_grouped_by_article_and_deterministic() -> None:
    sents = sentences(corpus(60))
    first = assign(sents, (0.8, 0.1, 0.1))
    assert first.unit == "article"
    per_article = first.split.groupby(sents.set_index("sentence_id")["article_id"]).nunique()
    assert (per_article == 1).all()
    assert set(first.split) == {"train", "validation", "test"}
    assert first.split.equals(
        assign(sents.sample(frac=1, random_state=1), (0.8, 0.1, 0.1)).split.reindex(
            first.split.index
        )
    )


def test_adding_articles_moves_no_sentence() -> None:
    old = sentences(corpus(40))
    new = pd.concat([old, sentences(corpus(40, prefix="new"))], ignore_index=True)
    a, b = assign(old, (0.8, 0.1, 0.1)), assign(new, (0.8, 0.1, 0.1))
    assert b.split.reindex(a.split.index).equals(a.split)


def test_single_article_falls_back_to_sentences() -> None:
    sents = sentences(corpus(1, per_article=60))
    result = assign(sents, (0.8, 0.1, 0.1))
    assert result.unit == "sentence"
    assert set(result.split) == {"train", "validation", "test"}


def test_near_duplicates_kept_in_one_split() -> None:
    spec = corpus(60)
    wire = "Officials said, on Monday:  the missiles   ARRIVED."
    for article in spec:
        spec[article][0] = wire if article.endswith(("1", "5")) else spec[article][0]
    sents = sentences(spec)
    result = assign(sents, (0.8, 0.1, 0.1))
    copies = sents[sents["text"] == wire]["sentence_id"]
    assert result.split[copies].nunique() == 1
    assert set(result.duplicates["sentence_id"]) == set(copies)
    assert result.split[copies].iloc[0] == "train"
    assert normalise(wire) == normalise("officials said on monday the missiles arrived")


def test_bad_ratios() -> None:
    with pytest.raises(ReleaseError, match="summing to 1"):
        check_ratios((0.5, 0.1, 0.1))
