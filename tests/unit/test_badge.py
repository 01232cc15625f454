"""BADGE batches (Ash et al. 2020): k-means++ over the gradient embeddings of a linear model."""

from __future__ import annotations

import numpy as np
import pytest

from annotate.errors import TrainError
from annotate.model._uncertainty import badge_batch, gradient_embedding, uncertainty
from tests.unit.test_uncertainty import _CONFUSIONS, _tfidf

# Two-label probabilities of the seven confusions: three near-copies of one wire sentence,
# two of an official's quotation, two of a donation plea (a model gives near-copies nearly
# the same probability); most uncertain first at 0.5.
_P1 = np.array([0.48, 0.47, 0.45, 0.62, 0.64, 0.25, 0.2])


def _two(p1: np.ndarray) -> np.ndarray:
    return np.column_stack([1.0 - p1, p1])


def test_the_embedding_is_the_row_scaled_by_how_far_the_guess_is() -> None:
    """For a two-label field at 0.5, ``(p - onehot(guess)) (x) x`` has length
    ``sqrt(2) |p - guess| |x|``; a threshold moves the guess, as it moves uncertainty."""
    rows = _tfidf(_CONFUSIONS)
    E = gradient_embedding([_two(_P1)], [None], rows)
    length = np.linalg.norm(E, axis=1)
    far = np.minimum(_P1, 1.0 - _P1)  # |p - guess| at 0.5
    assert np.allclose(length, np.sqrt(2) * far)
    # At threshold 0.62 the sentence at 0.62 is the farthest from a guess.
    at = np.linalg.norm(gradient_embedding([_two(_P1)], [0.62], rows), axis=1)
    assert np.allclose(at, np.sqrt(2) * 0.5 * uncertainty([_two(_P1)], [0.62]))
    assert at.argmax() == 3
    # One pull per label, opposite; a sentence guessed the other way pulls the other way.
    d = E.shape[1] // 2
    assert np.allclose(E[:, :d], -E[:, d:])
    flipped = gradient_embedding([_two(1.0 - _P1)], None, rows)
    assert np.allclose(flipped[[0, 3]], -E[[0, 3]])


def test_a_field_of_three_labels_pulls_towards_each_label_apart() -> None:
    """With more labels the embedding is ``p - onehot(argmax p)`` per label, times the row."""
    rows = _tfidf(_CONFUSIONS[:3])
    P = np.array([[0.4, 0.35, 0.25], [1.0, 0.0, 0.0], [0.2, 0.2, 0.6]])
    E = gradient_embedding([P], None, rows).reshape(3, 3, -1)
    pull = P - np.eye(3)[P.argmax(axis=1)]
    for i in range(3):
        assert np.allclose(np.linalg.norm(E[i], axis=1), np.abs(pull[i]))
    assert not E[1].any()  # a sure sentence would not move the model
    # Two fields: one block each, side by side.
    both = gradient_embedding([P, _two(np.array([0.5, 0.9, 0.1]))], [None, None], rows)
    assert both.shape[1] == E.shape[2] * (3 + 2)


def test_a_badge_batch_spreads_over_the_confusions() -> None:
    """Real news sentences: the three most uncertain are near-copies of one wire sentence.
    BADGE draws each pick with probability proportional to its squared distance from the
    picks so far, so a near-copy of a pick is seldom drawn: every batch of three spans at
    least two of the three confusions, most all three (the highest scores alone: one)."""
    rows = _tfidf(_CONFUSIONS)
    assert sorted(np.argsort(-uncertainty([_two(_P1)]), kind="stable")[:3]) == [0, 1, 2]
    groups = np.array([0, 0, 0, 1, 1, 2, 2])
    spans = []
    for seed in range(20):
        picked = badge_batch(gradient_embedding([_two(_P1)], None, rows, seed=seed), 3, seed=seed)
        spans.append(len(set(groups[picked])))
    assert min(spans) >= 2
    assert spans.count(3) >= 10


def test_a_copy_of_a_picked_sentence_is_never_drawn_while_others_are_left() -> None:
    """The same wire sentence published four times: one copy per batch, for every seed."""
    texts = [_CONFUSIONS[0]] * 4 + _CONFUSIONS[3:]
    rows = _tfidf(texts)
    p1 = np.array([0.5, 0.5, 0.5, 0.5, 0.62, 0.35, 0.75, 0.2])
    for seed in range(20):
        picked = badge_batch(gradient_embedding([_two(p1)], None, rows, seed=seed), 4, seed=seed)
        assert len(set(picked)) == 4
        assert np.isin(picked, [0, 1, 2, 3]).sum() == 1


def test_a_badge_batch_is_the_same_for_a_seed() -> None:
    """The simulation's seeds and a re-run of ``annotate predict`` give the same batches."""
    rng = np.random.default_rng(3)
    texts = [" ".join(rng.choice(_CONFUSIONS[i % 7].split(), 6)) for i in range(400)]
    P = _two(rng.random(400))
    rows = _tfidf(texts)
    first = badge_batch(gradient_embedding([P], [0.4], rows, seed=7), 20, seed=7)
    assert len(first) == len(set(first)) == 20
    again = badge_batch(gradient_embedding([P], [0.4], rows.toarray(), seed=7), 20, seed=7)
    assert (again == first).all()
    assert any(
        (badge_batch(gradient_embedding([P], [0.4], rows, seed=s), 20, seed=s) != first).any()
        for s in range(8, 11)
    )


def test_sure_sentences_come_last_and_a_small_pool_is_filled() -> None:
    rows = _tfidf(_CONFUSIONS)
    p1 = np.array([0.5, 1.0, 0.0, 0.4, 1.0, 0.0, 1.0])  # two uncertain, five sure
    E = gradient_embedding([_two(p1)], None, rows)
    picked = badge_batch(E, 4)
    assert sorted(picked[:2]) == [0, 3]  # every unsure sentence before any sure one
    assert len(set(picked)) == 4
    assert sorted(badge_batch(E, 10)) == list(range(7))
    assert badge_batch(np.zeros((0, 0)), 5).shape == (0,)
    assert list(badge_batch(np.zeros((3, 4)), 2)) == [0, 1]  # all sure: row order


def test_a_badge_batch_of_no_size_or_other_rows_is_refused() -> None:
    rows = _tfidf(_CONFUSIONS)
    with pytest.raises(TrainError, match=r"BADGE batch of size 0"):
        badge_batch(np.ones((3, 2)), 0)
    with pytest.raises(TrainError, match=r"7 TF-IDF rows for 3 sentences' probabilities"):
        gradient_embedding([_two(_P1[:3])], None, rows)
    with pytest.raises(TrainError, match=r"decision threshold 1.5"):
        gradient_embedding([_two(_P1)], [1.5], rows)
