"""Public, human-annotated corpora as releases of the toolkit's own format.

The corpus's gold labels become one annotator's annotations (a pseudonym derived from the
corpus name: the people who labelled these corpora are not known to us, and their labels
are already adjudicated), and the release keeps the corpus's official splits. The result
loads, verifies and trains exactly like a release of our own annotations.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pandas as pd

from annotate.corpus._public import load_corpus
from annotate.dataset._release import Release, release
from annotate.schema import _records
from annotate.schema._schema import Schema

__all__ = ["import_corpus", "release_from_gold"]

#: The licence of a corpus's labels, by corpus name, then by kind (``shared/data/README.md``).
#: By name where one kind holds corpora of different origins: CoNLL-2010's biological
#: sentences and labels are BioScope's (CC BY 2.0), its Wikipedia copy's repository is MIT,
#: and CoNLL-2010-style files of any other name are the user's own, whose licence nobody
#: here knows: ``other``, which the card explains and ``annotate release --license`` changes.
_LICENCES = {
    "conll2010-wikipedia": "mit",
    "conll2010-biological": "cc-by-2.0",
    "factappeal": "cc-by-4.0",
    "checkthat-subjectivity": "cc-by-nc-sa-4.0",
    "polnear": "other",
    "szeged-bio": "cc-by-2.0",
}


def import_corpus(
    kind: str,
    output_dir: str | Path = "releases",
    *,
    path: str | Path | None = None,
    subset: str | None = None,
    version: str = "1.0.0",
    limit: int | None = None,
    cues: str | Path | None = None,
) -> Release:
    """Turn a public corpus into ``<output_dir>/<corpus name>/<version>/``.

    Parameters
    ----------
    kind : {"conll2010", "factappeal", "checkthat-subjectivity", "polnear", "szeged-bio"}
    output_dir : path
        Parent folder; each corpus gets a subfolder named after it.
    path, subset, limit, cues
        See :func:`annotate.corpus._public.load_corpus`.

    The release declares the corpus's official metric for every choice field (``metrics`` of
    the manifest), which ``annotate train`` then selects by.
    """
    corpus = load_corpus(kind, path, subset=subset, limit=limit, cues=cues)
    made = release_from_gold(
        corpus.sentences,
        corpus.schema,
        Path(output_dir) / corpus.name,
        version,
        source=corpus.name,
        license=_LICENCES.get(corpus.name, _LICENCES.get(kind, "other")),
        pretty_name=corpus.name,
        metrics={f.name: corpus.metric for f in corpus.schema.fields if f.kind == "choice"},
        # What the adapter did is the user's to see (import-corpus prints it) and the release's
        # reader's (its card and manifest): the text differs from the distributed files there.
        origin={"corpus": corpus.name, "kind": kind, "import": dict(corpus.counts)},
    )
    made.imported = dict(corpus.counts)
    return made


def release_from_gold(
    sentences: pd.DataFrame,
    schema: Schema,
    output_dir: str | Path,
    version: str,
    *,
    split_column: str | None = "split",
    source: str = "gold",
    license: str = "other",
    pretty_name: str | None = None,
    metrics: dict[str, str] | None = None,
    origin: dict[str, Any] | None = None,
) -> Release:
    """Release a sentence table whose columns already hold gold labels, one per field.

    The labels become the annotations of one pseudonymous annotator derived from
    ``source`` (the corpus name), and ``split_column`` keeps the given splits (``None``:
    the release's own article-hash splits). A spans column holds lists of
    ``{start, end, label, text}``, a record column (the schema's ``records``) a list of
    release rows of that record type; a missing field column, or ``None`` in it, means no
    label (choice), not annotated (spans: unlike an empty list, which says "annotated, no
    span"), and a missing record column no answer on records. ``metrics`` and ``origin``
    (which :func:`import_corpus` sets): see :func:`annotate.dataset.release`.
    """
    annotator = "annotator-" + hashlib.sha256(source.encode()).hexdigest()[:10]
    # Records ride on their anchor field's row, as pull writes them.
    anchors = {rt.anchor_field: rt for rt in schema.records}
    rows: list[dict[str, Any]] = []
    for i, record in enumerate(sentences.to_dict("records")):
        for field in schema.fields:
            value = record.get(field.name)
            rt = anchors.get(field.name)
            gold = record.get(rt.name) if rt is not None else None
            rows.append(
                {
                    "sentence_id": record["sentence_id"],
                    "task_id": i,
                    "annotation_id": i,
                    "annotator": annotator,
                    "field": field.name,
                    "value": value if field.kind == "choice" else None,
                    "values": list(value) if field.kind == "multi_choice" else None,
                    "spans": list(value) if field.kind == "spans" and value is not None else None,
                    "records": None
                    if rt is None or gold is None
                    else _records.encoded([_records.from_row(rt, r) for r in gold]),
                    "was_cancelled": False,
                    "schema_version": schema.version,
                }
            )
    names = {f.name for f in schema.fields} | {rt.name for rt in schema.records}
    return release(
        version,
        output_dir,
        annotations=pd.DataFrame(rows),
        sentences=sentences[[c for c in sentences.columns if c not in names]],
        schema=schema,
        split_column=split_column,
        license=license,
        pretty_name=pretty_name,
        metrics=metrics,
        origin=origin,
    )
