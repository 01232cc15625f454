"""The hedge cue tagger reads parts of speech and chunks (issue 15, model format 8): a modal it
never saw as a cue is still tagged by its part of speech, other span taggers are as before, and
a tagger saved without the attribute reads the features it was fitted on."""

from __future__ import annotations

import numpy as np

from annotate.model._selection import _settings
from annotate.model._span_tagger import SpanFeatures, _syntax, _tokens
from annotate.model.features import feature_blocks

_GENES = ["abc", "bcd", "cde", "def", "efg", "fgh", "ghi", "hij", "ijk", "jkl", "klm", "lmn"]
_OBJECTS = ["DNA", "RNA", "actin", "tubulin", "myosin"]
# Cues are modal verbs; the certain sentences put other words in the same slot, so the words
# around the slot tell nothing: only the word itself, or its part of speech, does.
_MODALS = ("may", "might", "could", "should")
_OTHERS = ("does", "did", "also", "then")


def _training() -> tuple[list[str], list[list[dict]]]:
    texts, spans = [], []
    for i in range(120):
        word = (_MODALS if i % 2 == 0 else _OTHERS)[i // 2 % 4]
        text = f"The {_GENES[i % 12]} gene {word} bind {_OBJECTS[i % 5]} in cells."
        start = text.index(f" {word} ") + 1
        cue = {"start": start, "end": start + len(word), "label": "probable", "text": word}
        texts.append(text)
        spans.append([cue] if word in _MODALS else [])
    return texts, spans


def _cue_probability(tagger: SpanFeatures, text: str, word: str) -> float:
    toks = _tokens(text)
    feats, _ = tagger._token_rows([toks], [text])
    P = tagger._aligned(tagger.tagger_, tagger.vocabulary_.transform(feats))
    return float(1.0 - P[[t[2] for t in toks].index(word), 0])


def test_syntax_lines_up_with_the_tokens_and_tells_the_modal_from_the_month() -> None:
    words = [w for _, _, w in _tokens("In May 2009 the cells may bind NF-kappaB.")]
    tags = _syntax(words)
    assert len(tags) == len(words)
    assert tags[words.index("May")][0] == "NNP"
    assert tags[words.index("may")] == ("MD", "B-VP")
    assert _syntax([]) == []


def test_an_unseen_modal_is_tagged_as_a_cue_by_its_part_of_speech() -> None:
    texts, spans = _training()
    taggers = {}
    for syntax in (False, True):
        tagger = SpanFeatures("hedge_cue", folds=2, cue_words=True, syntax=syntax)
        taggers[syntax] = tagger.set_training_spans(spans).fit(texts)
    for modal in ("would", "must"):
        text = f"The abc gene {modal} bind DNA in cells."
        assert _cue_probability(taggers[True], text, modal) > 0.7
        assert _cue_probability(taggers[False], text, modal) <= 0.5
    # An adverb in the same slot is not a modal: no cue, with or without parts of speech.
    assert _cue_probability(taggers[True], "The abc gene often binds DNA in cells.", "often") < 0.3
    names = set(taggers[True].vocabulary_.feature_names_)
    assert {"pos=MD", "chunk=B-VP", "w_pos=may_MD", "pos-1=NN"} <= names
    assert not any(n.startswith("pos=") for n in taggers[False].vocabulary_.feature_names_)


def test_only_the_hedge_cue_field_gets_a_tagger_with_syntax() -> None:
    blocks = dict(
        feature_blocks(cues=False, chars=False, n_docs=100, spans=("hedge_cue", "source_span"))
    )
    assert blocks["span:hedge_cue"].syntax is True
    assert blocks["span:source_span"].syntax is False


def test_a_tagger_saved_before_format_8_reads_the_features_it_was_fitted_on() -> None:
    texts, spans = _training()
    tagger = SpanFeatures("hedge_cue", folds=2, cue_words=True)
    tagger.set_training_spans(spans).fit(texts)
    new = ["The abc gene would bind DNA in cells.", "The bcd gene may bind RNA."]
    before = tagger.transform(new).toarray()
    del tagger.syntax  # as a format-7 file loads: no such attribute
    np.testing.assert_array_equal(tagger.transform(new).toarray(), before)
    # It computes no part of speech at all (columns it was not fitted with would be dropped
    # silently by the vectorizer, so the matrix alone cannot tell).
    feats, _ = tagger._token_rows([_tokens(t) for t in new], new)
    syntax_columns = ("pos=", "pos-1=", "pos+1=", "chunk=", "w_pos=")
    assert not any(name.startswith(syntax_columns) for f in feats for name in f)


def test_a_hedge_cue_field_imposes_its_tagger_and_other_spans_fields_are_chosen() -> None:
    """Selection keeps the cue tagger in every setting it compares when a hedge cue field is
    marked (the validation rows rarely are the genre its cues were marked in); other spans
    fields are tried with and without."""
    assert {with_spans for *_, with_spans in _settings(("hedge_cue",))} == {True}
    assert {with_spans for *_, with_spans in _settings(("hedge_cue", "source_span"))} == {True}
    assert {with_spans for *_, with_spans in _settings(("source_span",))} == {False, True}
    assert {with_spans for *_, with_spans in _settings(())} == {False}
