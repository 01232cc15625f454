"""What each count of an import (``Corpus.counts``) means, in words a dataset card can print.

A release imported from a public corpus differs from the distributed files wherever its
adapter rewrote text or had a choice to make; a researcher comparing with published results
must be able to read where, from the release alone. ``import-corpus`` prints the counts and the
card of the release lists them with these sentences (its "Source" section).
"""

from __future__ import annotations

__all__ = ["MEANINGS", "meaning"]

#: Count name -> what it counts. Sentence by sentence, in the order a reader meets them.
MEANINGS = {
    # Corpora without a validation split (CoNLL-2010, Szeged)
    "validation_carved_from_train": (
        "training sentences set aside as the validation split (a fixed tenth, by a hash of the "
        "sentence id): the corpus has no validation split of its own"
    ),
    # CoNLL-2010 (annotate.corpus._conll2010.readable)
    "treebank_rewritten": (
        "sentences whose Penn Treebank tokens were written as printed (`-LRB- 11 -RRB-` -> "
        "`(11)`, ``` `` ``` -> `\"`, `NBC 's` -> `NBC's`, `cells ; in 10 %` -> `cells; in "
        "10%`): their text differs from the distributed files, their labels do not"
    ),
    # CoNLL-2010 with --cues: the Szeged abstracts' cues matched to the training sentences
    "cue_match_exact": "training sentences given the Szeged cues of a sentence of the same text",
    "cue_match_normalised": (
        "training sentences given the Szeged cues of a sentence equal to them without white space"
    ),
    "cue_match_none": (
        "training sentences with no Szeged sentence of the same text: `hedge_cue` is null "
        "there (not annotated), never an empty list"
    ),
    "cue_match_ambiguous": (
        "of those matched without white space, sentences several Szeged sentences with "
        "different cues match: the first one's cues are used"
    ),
    "cues_attached": "Szeged cue spans attached to the training sentences",
    "szeged_unused": "Szeged sentences that matched no training sentence",
    "szeged_unused_with_cue": "of those, sentences holding a cue",
    # Szeged (annotate.corpus._public._szeged)
    "certain_with_only_investigation_or_condition_cues": (
        "sentences whose only cues are investigation or condition cues (whether, if): "
        "labelled `certain`, as CoNLL-2010 labels them, their cues kept as spans"
    ),
    # CheckThat! (annotate.corpus._checkthat, annotate.corpus._public._checkthat)
    "csv_quoting_removed": (
        "sentences the files write with CSV quoting (wrapped in quotes, their own quotes "
        'doubled: `"a ""model minority"" title"`): their text is what the quoting stands for '
        '(`a "model minority" title`), as a CSV reader gives it, where a reader taking the '
        "file's fields as they stand keeps the extra quotes"
    ),
    "dev_test_as_validation": (
        "sentences of the task's dev_test file, validation beside dev: the labelled test file "
        "is the test split"
    ),
    "test_without_labels_not_imported": (
        "sentences of a test file without labels: not in the release (nothing to score them by)"
    ),
    "empty_sentence_not_imported": "rows whose sentence is empty: not in the release",
    "sentence_id_repeated_first_kept": (
        "sentences whose id an earlier line (of the same or an earlier split) already used: "
        "the first is kept"
    ),
    # FactAppeal (annotate.corpus._public._factappeal)
    "appeal_both_quote_kinds_direct_kept": (
        "sentences quoting both directly and indirectly: labelled as direct quotes"
    ),
    "source_both_kinds_named_kept": (
        "sentences citing both named and unnamed sources: labelled as naming them"
    ),
    # PolNeAR (annotate.corpus._polnear)
    "sentences": (
        "sentences the toolkit's segmenter cut the articles into (PolNeAR marks attributions in "
        "whole articles; a record belongs to the sentence its cue starts in)"
    ),
    "articles_annotated_twice_first_kept": (
        "articles with files by two annotators: the first file (by name) is the one kept"
    ),
    "records": "attribution records (cue, source, content) kept",
    "multi_record_sentences": "sentences holding two or more records",
    "merged_spans": (
        "cues and sources annotated in several pieces, joined into one span from the first "
        "piece's start to the last one's end"
    ),
    "cut_records": (
        "records whose source or content ran past their sentence and was cut at its boundary "
        "(flagged `source_cut` or `content_cut` in the record)"
    ),
    "source_cut": "sources cut at the sentence boundary",
    "content_cut": "contents cut at the sentence boundary",
    "no_source_type_with_source": (
        'events typed "no source" that link a source: kept as ordinary records with their source'
    ),
}


def meaning(name: str) -> str:
    """What the count ``name`` counts; an unknown name (a newer adapter's) as itself."""
    return MEANINGS.get(name, name.replace("_", " "))
