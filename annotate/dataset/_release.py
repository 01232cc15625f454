"""Stage 4, release: annotations -> an immutable, versioned, documented dataset directory.

``releases/<version>/`` holds ``data/{train,validation,test}.parquet`` (one row per
sentence, gold labels as ``ClassLabel``), ``data/annotations.parquet`` (the per-annotator
config), ``README.md`` (a Hugging Face dataset card), ``CHANGES.md``, ``manifest.json``
(provenance and the sha256 of every file), ``schema.yaml``, ``guidelines.md``, a chart
and ``reports/`` (review queue, near-duplicates). ``datasets.load_dataset(path)`` reads
it without the toolkit; :func:`load_release` verifies the checksums first.

Privacy: only whitelisted annotation columns are published (an upstream ``email`` column
is left out and named in the manifest), and a table whose annotators are not pull's
pseudonyms is refused, so no name, e-mail address or token reaches a release.

Examples
--------
>>> rel = release("1.0.0", annotations="annotations.parquet",
...               sentences="sentences.parquet", schema=load_schema("schemas/news-stance.yaml"))
... # doctest: +SKIP
>>> load_release(rel.path)["train"].features["claim_type"].names  # doctest: +SKIP
['factual', 'prediction', 'opinion', 'rule_or_policy', 'not_a_claim']
"""

from __future__ import annotations

import errno
import numbers
import os
import re
import shutil
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.dataset import _diff, _splits
from annotate.dataset._build import ReleaseSettings, annotated_sentences, build
from annotate.dataset._manifest import Manifest
from annotate.dataset._metric import metric_problem
from annotate.dataset._read import verify
from annotate.errors import ReleaseError, VersionWarning
from annotate.labels._votes import drop_rule_errors, read_sentences, read_votes
from annotate.schema._schema import Schema, load_schema

__all__ = ["Release", "diff", "load_release", "release", "suggest_version"]

_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


@dataclass
class Release:
    """A release written by :func:`release`.

    Attributes
    ----------
    path : pathlib.Path
    manifest : Manifest
        The content of ``manifest.json``.
    diff : ReleaseDiff or None
        Against the parent release.
    suggested_version : str or None
        What the diff calls for (``None`` without a parent).
    manifest_sha256 : str
        The sha256 of ``manifest.json``'s bytes, which pins the whole release.
    imported : dict of str to int
        What a corpus adapter did where it had choices to make (``import-corpus`` only:
        PolNeAR's cut records, the Szeged cues matched and unmatched, CoNLL-2010 sentences
        whose treebank tokens were written as characters); empty for a release of annotations.
    """

    path: Path
    manifest: Manifest
    diff: _diff.ReleaseDiff | None
    suggested_version: str | None
    manifest_sha256: str = ""
    imported: dict[str, int] = field(default_factory=dict)


def release(
    version: str,
    output_dir: str | Path = "releases",
    *,
    annotations: Any,
    sentences: Any,
    schema: Schema | str | Path,
    parent: str | Path | None = None,
    text_policy: str = "full",
    splits: tuple[float, float, float] = (0.8, 0.1, 0.1),
    split_column: str | None = None,
    min_annotators: int = 1,
    min_agreement: float = 0.5,
    adjudicators: tuple[str, ...] = (),
    project: dict[str, Any] | None = None,
    license: str = "other",
    pretty_name: str | None = None,
    metrics: dict[str, str] | None = None,
    origin: dict[str, Any] | None = None,
) -> Release:
    """Build ``<output_dir>/<version>/`` from an annotation and a sentence table.

    Parameters
    ----------
    version : str
        ``MAJOR.MINOR.PATCH``. A warning (:class:`VersionWarning`) when it is not the one
        the diff against ``parent`` calls for (see :func:`suggest_version`).
    output_dir : str or pathlib.Path
        Where releases live; an existing version is never overwritten.
    annotations, sentences : DataFrame, pyarrow.Table or path
        The tables of ``annotate pull`` and ``annotate ingest``.
    schema : Schema or path
        Must be the schema version the annotations were pulled with.
    parent : str or path, optional
        The previous release: a directory, or a version under ``output_dir``.
    text_policy : {"full", "offsets"}
        ``offsets`` publishes ids, URLs and character offsets but no article text; the card
        carries a script that rebuilds the text from the sources.
    splits : (float, float, float)
        Train, validation, test ratios (ignored with ``split_column``).
    split_column : str, optional
        A sentence-table column holding ``train``, ``validation`` or ``test`` per
        sentence: a public corpus's official splits, kept as given instead of the hash of
        ``article_id``. Near-duplicates across them are reported, not moved; the card and
        the manifest (``split_method``) say ``official (column <name>)``.
    min_annotators, min_agreement, adjudicators
        See :func:`annotate.labels._adjudicate.adjudicate`.
    project : dict, optional
        The Label Studio project the annotations came from (``title``, ``id``, ``url``);
        recorded in the manifest (a URL's query string is dropped).
    license, pretty_name : str
        Card metadata; ``pretty_name`` defaults to the schema name.
    metrics : dict, optional
        Choice field -> the metric a model of it is selected by (``macro-f1`` or
        ``f1:<label>``), recorded in the manifest; ``annotate train`` uses it by default.
    origin : dict, optional
        Set by :func:`annotate.import_corpus`: the public corpus the sentences and their gold
        labels come from (``corpus``, ``kind``) and what its adapter rewrote or chose
        (``import``: count name -> count). Recorded in the manifest; the card then says the
        labels are the corpus's own, not Label Studio annotations, and lists the counts with
        what each means (:mod:`annotate.corpus._import_counts`).

    Annotations that break a consistency rule of severity error (a span outside its
    sentence, a required field left empty, a schema rule such as ``hedged-needs-cue``)
    are left out whole and listed in the card and ``reports/excluded_annotations.csv``
    (see :func:`annotate.labels._votes.drop_rule_errors` for why).

    Raises
    ------
    ReleaseError
        Existing version, bad version or settings, empty or inconsistent tables, rows from
        another schema version, non-pseudonymous annotators, a broken parent, a missing
        ``split_column`` or values in it other than train, validation, test, a metric for a
        field that is not a choice field or that names none of its labels.
    """
    if not _SEMVER.fullmatch(version):
        raise ReleaseError(f"version {version!r} is not MAJOR.MINOR.PATCH", hint="e.g. 1.0.0")
    if text_policy not in ("full", "offsets"):
        raise ReleaseError(
            f"text_policy {text_policy!r} is not one of: full, offsets",
            hint="use offsets to publish labels without article text",
        )
    output_dir = Path(output_dir)
    target = output_dir / version
    if target.exists():
        raise _exists(target)
    schema = schema if isinstance(schema, Schema) else load_schema(schema)
    _check_metrics(metrics, schema)
    parent_dir = _parent_dir(parent, output_dir)
    old = None
    if parent_dir is not None:
        old = _diff.read_snapshot(parent_dir, verify(parent_dir))
        if _key(version) <= _key(old.version or "0.0.0"):
            raise ReleaseError(
                f"version {version} is not newer than the parent release {old.version}",
                hint="versions only go up",
            )
    sentence_table = read_sentences(sentences)
    if split_column is not None:
        _splits.check_split_column(sentence_table, split_column)
    votes = read_votes(annotations, schema, adjudicators=frozenset(adjudicators))
    votes = drop_rule_errors(votes, sentence_table, schema)
    sents = annotated_sentences(sentence_table, votes)
    del sentence_table  # the table as read is not held for the whole build
    settings = ReleaseSettings(
        version=version,
        text_policy=text_policy,
        splits=_splits.check_ratios(tuple(splits)),
        split_column=split_column,
        min_annotators=min_annotators,
        min_agreement=min_agreement,
        project=_clean_project(project),
        license=license,
        pretty_name=pretty_name or schema.name,
        metrics=dict(metrics) if metrics else None,
        origin=_check_origin(origin),
    )
    output_dir.mkdir(parents=True, exist_ok=True)
    # Built in a hidden sibling and renamed at the end: a crash leaves no half release.
    tmp = Path(tempfile.mkdtemp(prefix=f".{version}.", dir=output_dir))
    try:
        manifest, new = build(tmp, votes, sents, schema, settings, old)
        _read_only(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _publish(tmp, target)
    change = None if old is None else _diff.compare(old, new)
    suggested = None
    if old is not None:
        assert change is not None  # set just above whenever old is
        suggested = _diff.bump(old.version or "0.0.0", change.level)
    if suggested is not None and suggested != version:
        assert old is not None and change is not None  # suggested is only set along with both
        warnings.warn(
            f"release {version}: the changes since {old.version} are {change.level} "
            f"({change.to_dict()['sentences_added']} sentences added, fields removed: "
            f"{change.fields_removed or 'none'}), which calls for {suggested}",
            VersionWarning,
            stacklevel=2,
        )
    return Release(
        path=target,
        manifest=manifest,
        diff=change,
        suggested_version=suggested,
        manifest_sha256=manifest.sha256,
    )


def suggest_version(
    parent: str | Path,
    *,
    output_dir: str | Path = "releases",
    annotations: Any,
    sentences: Any,
    schema: Schema | str | Path,
    split_column: str | None = None,
    **options: Any,
) -> str:
    """The semantic version a release of these tables should get after ``parent_dir``.

    Major for a removed or renamed field or label; minor for new or removed sentences,
    fields or labels; patch for label corrections only (or no change). ``split_column``
    and ``options`` are those of :func:`release` (splits, min_annotators, ...). ``parent``
    is a release folder, or a version found in ``output_dir``, as for :func:`release`.
    """
    parent_dir = _parent_dir(parent, Path(output_dir))
    assert parent_dir is not None  # _parent_dir returns None only for parent=None
    old = _diff.read_snapshot(parent_dir, verify(parent_dir))
    with tempfile.TemporaryDirectory() as tmp:
        # A throwaway release: the diff is computed exactly as a real one would be.
        built = release(
            "999999.0.0",
            tmp,
            annotations=annotations,
            sentences=sentences,
            schema=schema,
            split_column=split_column,
            **options,
        )
        new = _diff.read_snapshot(built.path, built.manifest)
    return _diff.bump(old.version or "0.0.0", _diff.compare(old, new).level)


def diff(a_dir: str | Path, b_dir: str | Path) -> _diff.ReleaseDiff:
    """What changed from release ``a_dir`` to release ``b_dir`` (both verified).

    ``print(diff(a, b))`` shows the changelog entry; ``.to_dict()`` gives the counts.
    """
    a_dir, b_dir = Path(a_dir), Path(b_dir)
    old = _diff.read_snapshot(a_dir, verify(a_dir))
    new = _diff.read_snapshot(b_dir, verify(b_dir))
    return _diff.compare(old, new)


def load_release(release_dir: str | Path) -> Any:
    """Verify a release, then load its default config as a ``datasets.DatasetDict``.

    An empty split (an official split the corpus does not have) is left out.

    Raises
    ------
    IntegrityError
        If any file fails its checksum (the message names it).
    """
    import datasets

    release_dir = Path(release_dir)
    manifest = verify(release_dir)
    if manifest.format_version in (1, 2):  # 2 only adds null spans, which datasets reads
        files = {
            s: str(release_dir / "data" / f"{s}.parquet")
            for s, n in manifest.splits.items()
            if n  # an official split the corpus lacks is empty; datasets refuses it
        }
        return datasets.load_dataset("parquet", data_files=files)
    raise ReleaseError(f"no loader for release format {manifest.format_version}")


def _parent_dir(parent: str | Path | None, output_dir: Path) -> Path | None:
    if parent is None:
        return None
    path = Path(parent)
    if not path.is_dir() and (output_dir / str(parent)).is_dir():
        path = output_dir / str(parent)
    if not path.is_dir():
        raise ReleaseError(f"parent release {parent} not found", hint=f"look in {output_dir}")
    return path


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def _check_origin(origin: dict[str, Any] | None) -> dict[str, Any] | None:
    if origin is None:
        return None
    counts = origin.get("import", {})
    if not isinstance(origin.get("corpus"), str) or not (
        isinstance(counts, dict)
        and all(isinstance(k, str) and isinstance(v, numbers.Integral) for k, v in counts.items())
    ):
        raise ReleaseError(
            f"origin {origin!r} is not {{'corpus': name, 'kind': kind, 'import': {{count: n}}}}",
            hint="leave origin to annotate.import_corpus",
        )
    return {
        "corpus": origin["corpus"],
        "kind": str(origin.get("kind", origin["corpus"])),
        "import": {k: int(counts[k]) for k in sorted(counts)},
    }


def _clean_project(project: dict[str, Any] | None) -> dict[str, Any] | None:
    if not project:
        return None
    kept = {k: project[k] for k in ("title", "id", "url") if project.get(k) is not None}
    if "url" in kept:
        # A copied URL can carry a token or a session in its query string.
        kept["url"] = str(kept["url"]).split("?")[0].split("#")[0]
    return kept


def _exists(target: Path) -> ReleaseError:
    return ReleaseError(
        f"release {target} already exists; releases are immutable, so pick another version",
        hint="choose a new version (see suggest_version), or release into another folder",
    )


def _publish(tmp: Path, target: Path) -> None:
    """Rename the finished build ``tmp`` to ``target``, the last step of :func:`release`.

    The check at the start of :func:`release` cannot see a release of the same version
    that another process finishes while this one builds; the rename can, since renaming
    a folder onto an existing non-empty one fails. The other release stays whole, and
    this build is removed.
    """
    try:
        os.rename(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if exc.errno in (errno.EEXIST, errno.ENOTEMPTY) or target.exists():
            raise _exists(target) from None
        raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _read_only(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            path.chmod(0o444)
    root.chmod(0o755)


def _check_metrics(metrics: dict[str, str] | None, schema: Schema) -> None:
    choices = {f.name: list(f.values) for f in schema.fields if f.kind == "choice"}
    for name, metric in (metrics or {}).items():
        if name not in choices:
            raise ReleaseError(
                f"metrics: {name!r} is not a choice field of schema {schema.name}",
                hint=f"declare metrics for: {', '.join(choices) or 'no field (none is a choice)'}",
            )
        problem = metric_problem(metric, choices[name])
        if problem is not None:
            raise ReleaseError(
                f"metrics: field {name!r}: {problem}", hint="use macro-f1 or f1:<one of its labels>"
            )
