"""The whole loop on the bundled corpus, in one call: the README's main job.

Start (or reuse) the local Label Studio, ingest ``corpus/``, push it, load the bundled gold
labels as annotations by a project annotator account, pull them back, release ``0.1.0`` into
a scratch folder, train the simple classifier, and leave the server running so a person can
go on annotating.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotate._client import Client
from annotate.gold import import_gold, load_gold
from annotate.ingest import ingest
from annotate.pull import pull
from annotate.push import push
from annotate.release import release
from annotate.schema import DEFAULT_SCHEMA, load_schema
from annotate.studio import connect, studio_up
from annotate.train import train

__all__ = ["DemoResult", "demo"]

DEMO_VERSION = "0.1.0"


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


def demo(
    corpus: str | Path = "corpus",
    workdir: str | Path = "build/demo",
    *,
    schema: str | Path = DEFAULT_SCHEMA,
    project: str = "news-stance-demo",
    port: int = 8080,
    client: Client | None = None,
    log: Callable[[str], None] = lambda _msg: None,
) -> DemoResult:
    """Run the loop; ``client`` points at a given server instead of the local one."""
    corpus, workdir = Path(corpus), Path(workdir)
    loaded = load_schema(schema)
    if client is None:
        log("starting the local Label Studio (first start: about 30 s)")
        studio_up(port=port)
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
        sentences=ingested.n_sentences,
        gold_annotations=created,
        annotation_rows=pulled.rows,
        paths={
            "sentences": str(ingested.sentences_path),
            "annotations": str(pulled.output),
            "violations": str(pulled.violations_output),
        },
    )
    # Scratch folders: releases are immutable, so the demo starts them afresh each run.
    releases, models = workdir / "releases", workdir / "models"
    shutil.rmtree(releases, ignore_errors=True)
    shutil.rmtree(models, ignore_errors=True)
    log(f"releasing {DEMO_VERSION}")
    made = release(
        DEMO_VERSION,
        releases,
        annotations=pulled.output,
        sentences=ingested.sentences_path,
        schema=loaded,
        project={"title": project, "id": pushed.project_id, "url": pushed.url},
    )
    log("training the classifier")
    trained = train(made.path, models / f"{loaded.name}-{DEMO_VERSION}")
    result.paths.update(
        release=str(made.path),
        dataset_card=str(made.path / "README.md"),
        model=str(trained.output_dir),
        report=str(trained.output_dir / "report.md"),
    )
    sizes = made.manifest.get("splits") or {}
    labelled = pulled.annotations - pulled.cancelled
    result.notes.append(
        f"{labelled} labelled sentences from {ingested.n_articles} article(s) are far too few "
        f"for a reliable model (split sizes: {_sizes(sizes)}); treat these scores as a "
        "smoke test and annotate more in Label Studio."
    )
    result.notes.extend(trained.warnings)
    return result


def _sizes(sizes: object) -> str:
    if isinstance(sizes, dict):
        return ", ".join(f"{k} {v}" for k, v in sizes.items())
    return str(sizes)
