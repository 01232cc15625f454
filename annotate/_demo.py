"""The whole loop on the bundled corpus, in one call: the README's main job.

Start (or reuse) the local Label Studio, ingest ``corpus/``, push it, load the bundled gold
labels as annotations by a project annotator account, pull them back, release ``0.1.0`` into
``<workdir>/releases``, train the simple classifier, and leave the server running so a
person can go on annotating.

Run again, it deletes and overwrites nothing made before: the latest release is reused when
the annotations give the same data, else a new release follows it with the version its
changes call for (annotators went on labelling); a model already trained on the release is
reused. Annotations on tasks added to the project by hand are not the corpus's sentences:
they are counted and left out of the demo's release.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from annotate._paths import ANNOTATIONS, RELEASES, SENTENCES
from annotate.corpus._ingest import ingest
from annotate.dataset import _diff, _manifest
from annotate.dataset._manifest import Manifest
from annotate.dataset._read import verify
from annotate.dataset._release import Release, release
from annotate.errors import IntegrityError, OutputError
from annotate.model._metrics import TrainMetrics
from annotate.model._train import train
from annotate.schema._schema import DEFAULT_SCHEMA, load_schema
from annotate.studio._client import Client
from annotate.studio._gold import import_gold, load_gold
from annotate.studio._local import connect, studio_up
from annotate.studio._pull import pull
from annotate.studio._push import push

__all__ = ["DemoResult", "demo"]

FIRST_VERSION = "0.1.0"
_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


@dataclass
class DemoResult:
    """Where everything the demo made is, and the numbers worth showing."""

    studio_url: str
    project_url: str
    sentences: int
    gold_annotations: int
    annotation_rows: int
    paths: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    release_version: str = ""
    project: str = ""
    next_commands: list[str] = field(default_factory=list)


def demo(
    corpus: str | Path = "corpus",
    workdir: str | Path = "build",
    *,
    schema: str | Path = DEFAULT_SCHEMA,
    project: str | None = None,
    port: int = 8080,
    client: Client | None = None,
    log: Callable[[str], None] = lambda _msg: None,
    releases_dir: str | Path | None = None,
    models_dir: str | Path | None = None,
) -> DemoResult:
    """Run the loop; ``client`` points at a given server instead of the local one.

    The defaults are every command's defaults, so the commands after the demo find its
    state without options: the sentence and annotation tables in ``build/`` (``workdir``),
    the project titled after the schema (``project`` None), and, from the CLI, releases in
    ``releases/`` and models in ``models/`` (``releases_dir`` and ``models_dir``; None puts
    them under ``workdir``).
    """
    corpus, workdir = Path(corpus), Path(workdir)
    loaded = load_schema(schema)
    project = project or loaded.name
    if client is None:
        if not (os.environ.get("LABEL_STUDIO_URL") or os.environ.get("LABEL_STUDIO_API_KEY")):
            # studio_up says how long a start takes, and only when it starts one.
            up = studio_up(port=port, log=log)
            if not up.started:
                log(f"Label Studio already running at {up.url}")
        # The configured server when the environment names one, as every command does.
        client = connect()
    log("ingesting the corpus")
    ingested = ingest([corpus], workdir / "sentences.parquet")
    log(f"pushing {ingested.n_sentences} sentences")
    pushed = push(ingested.sentences_path, schema=loaded, project=project, client=client)
    log("loading the bundled gold labels as annotations")
    created = 0
    for gold_file in sorted(corpus.glob("*.gold.yaml")):
        gold = load_gold(gold_file, loaded)
        created += import_gold(client, project, ingested.sentences_path, gold, loaded).created
    log("pulling the annotations back")
    pulled = pull(project, workdir / "annotations.parquet", schema=loaded, client=client)
    result = DemoResult(
        studio_url=client.connection.url,
        project_url=pushed.url,
        project=project,
        sentences=ingested.n_sentences,
        gold_annotations=created,
        annotation_rows=pulled.rows,
        paths={
            "sentences": str(ingested.sentences_path),
            "annotations": str(pulled.output),
            "violations": str(pulled.violations_output),
        },
    )
    releases = Path(releases_dir) if releases_dir is not None else workdir / "releases"
    models = Path(models_dir) if models_dir is not None else workdir / "models"
    # Nothing already there is deleted or rewritten: releases are immutable and a model
    # or a release may be the user's (an earlier run's, or one made by hand in between).
    corpus_rows, left_out = _corpus_annotations(pulled.output, ingested.sentences_path)
    if left_out:
        result.notes.append(
            f"{left_out} annotation(s) on task(s) that are not sentences of {corpus} are left "
            "out of the demo's release; release them with `annotate release` and the "
            "sentence table they came from."
        )
    made, how = _release_or_reuse(
        releases,
        annotations=corpus_rows,
        sentences=ingested.sentences_path,
        schema=loaded,
        project={"title": project, "id": pushed.project_id, "url": pushed.url},
    )
    version = made.manifest.version
    log(how)
    result.release_version = version
    result.notes.append(how)
    model_dir = models / f"{loaded.name}-{version}"
    warnings, how = _train_or_reuse(made, model_dir, log)
    result.notes.append(how)
    result.paths.update(
        release=str(made.path),
        dataset_card=str(made.path / "README.md"),
        model=str(model_dir),
        report=str(model_dir / "report.md"),
    )
    sizes = made.manifest.splits
    labelled = sum(sizes.values())
    result.notes.append(
        f"{labelled} labelled sentences from {ingested.n_articles} article(s) are far too few "
        f"for a reliable model (split sizes: {_sizes(sizes)}); treat these scores as a "
        "smoke test and annotate more in Label Studio."
    )
    result.notes.extend(warnings)
    result.next_commands = _next_commands(project, loaded.name, corpus, workdir, releases, version)
    return result


def _next_commands(
    project: str, schema: str, corpus: Path, workdir: Path, releases: Path, version: str
) -> list[str]:
    """What to run next: each command with an option only where the demo left a default."""
    sentences, annotations = workdir / "sentences.parquet", workdir / "annotations.parquet"

    def unless(default: Path, option: str, value: Path) -> str:
        return "" if value == default else f" {option} {value}"

    proj = "" if project == schema else f" --project {project}"
    tables = unless(ANNOTATIONS, "--annotations", annotations)
    given = (
        f"{unless(RELEASES, '-o', releases)}{tables}{unless(SENTENCES, '--sentences', sentences)}"
    )
    return [
        f"annotate status{proj}{tables}",
        # The corpus again beside the new articles: the table then holds every sentence
        # of the project, which the next release needs (ids are stable, none is pushed twice).
        f"annotate ingest {corpus} my-articles/{unless(SENTENCES, '-o', sentences)}",
        f"annotate push {sentences} --overlap 2{proj}",
        f"annotate pull{proj}{unless(ANNOTATIONS, '-o', annotations)}",
        f"annotate release {_bump(version)} --parent {version}{given}",
    ]


def _bump(version: str) -> str:
    major, minor, _ = (int(x) for x in version.split("."))
    return f"{major}.{minor + 1}.0"


def _corpus_annotations(annotations: Path, sentences: Path) -> tuple[pd.DataFrame, int]:
    """The pulled rows on the corpus's sentences, and how many annotations are not.

    Annotators may add tasks to the demo project; those have no row in the sentence
    table, so the demo cannot release them (and must not fail on them).
    """
    rows = pd.read_parquet(annotations)
    ids = set(pd.read_parquet(sentences, columns=["sentence_id"])["sentence_id"])
    mine = rows["sentence_id"].isin(ids)
    return rows[mine].reset_index(drop=True), int(rows.loc[~mine, "annotation_id"].nunique())


def _latest(releases: Path) -> Path | None:
    """The release folder with the highest version under ``releases``, if any."""
    found = [
        p
        for p in releases.glob("*")
        if _VERSION.fullmatch(p.name) and (p / _manifest.MANIFEST).is_file()
    ]
    return max(found, key=lambda p: tuple(int(x) for x in p.name.split(".")), default=None)


def _release_or_reuse(releases: Path, **options: Any) -> tuple[Release, str]:
    """The release of ``options``' data: the latest one when it holds the same data, else a
    new one after it, with the version its changes call for. Says which, in words."""
    latest = _latest(releases)
    if latest is None:
        made = release(FIRST_VERSION, releases, **options)
        return made, f"release {FIRST_VERSION} made in {releases}"
    # Verified first: a release edited since is reported, not built upon.
    old = verify(latest)
    with tempfile.TemporaryDirectory(prefix="annotate-demo-") as tmp:
        # Built under the latest's version: only the card and changelog name the version
        # and the parent, so every other file is equal exactly when the data are.
        trial = release(old.version, tmp, **options)
        if _content(trial.manifest) == _content(old):
            return _reused(latest, old), (
                f"release {old.version} reused: the annotations give the same data"
            )
        change = _diff.compare(
            _diff.read_snapshot(latest, old), _diff.read_snapshot(trial.path, trial.manifest)
        )
    version = _diff.bump(old.version, change.level)
    made = release(version, releases, parent=latest, **options)
    return made, (
        f"release {version} made from release {old.version} "
        f"({change.level} change: the annotations changed since)"
    )


def _content(manifest: Manifest) -> Manifest:
    """What two builds of the same data share: all but the version, parent, build time
    and the two files that name the version (card and changelog)."""
    files = {k: v for k, v in manifest.files.items() if k not in ("README.md", "CHANGES.md")}
    return replace(manifest, version="", parent=None, created="", files=files)


def _reused(path: Path, manifest: Manifest) -> Release:
    return Release(
        path=path,
        manifest=manifest,
        diff=None,
        suggested_version=None,
        manifest_sha256=manifest.sha256,
    )


def _train_or_reuse(
    made: Release, model_dir: Path, log: Callable[[str], None]
) -> tuple[list[str], str]:
    """Train the model of ``made`` into ``model_dir``, or reuse the one already there.

    Raises
    ------
    OutputError
        When ``model_dir`` exists but is not a model of this release: it is left alone.
    """
    if model_dir.exists():
        try:
            recorded = TrainMetrics.read(model_dir).release.manifest_sha256
        except (OSError, IntegrityError):
            recorded = None  # no model of any release: left alone all the same
        if recorded != made.manifest_sha256:
            raise OutputError(
                f"{model_dir} exists but is not a model of release "
                f"{made.manifest.version} (manifest sha256 {made.manifest_sha256[:12]}); "
                "it is left as it is",
                hint="move that folder away, or rerun the demo with another --workdir",
            )
        return [], f"model {model_dir.name} reused: it was trained on this release"
    log("training the classifier")
    trained = train(made.path, model_dir)
    return list(trained.warnings), f"model {model_dir.name} trained on release " + str(
        made.manifest.version
    )


def _sizes(sizes: object) -> str:
    if isinstance(sizes, dict):
        return ", ".join(f"{k} {v}" for k, v in sizes.items())
    return str(sizes)
