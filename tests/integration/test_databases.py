"""The round trip on both databases: SQLite (the default) and PostgreSQL, one and two workers.

Push, annotate, pull (incremental, then full: equal), review, release, against the suite's
SQLite server, against Label Studio on the private PostgreSQL that `annotate studio up
--database postgresql` starts, and against two Label Studio workers on that database behind
a round-robin proxy (the set-up of deploy/, with a stand-in for nginx).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.corpus._ingest import ingest
from annotate.dataset import load_release, release
from annotate.schema._schema import load_schema
from annotate.studio import _database
from annotate.studio._client import Client, Connection
from annotate.studio._gold import import_gold, load_gold
from annotate.studio._pull import pull
from annotate.studio._push import push
from annotate.studio._review import review
from tests.integration.conftest import PostgresStudio

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")
TARGET = "More deliveries are expected in the coming weeks."


@pytest.fixture(params=["sqlite", "postgresql", "postgresql-two-workers"])
def backend(request: pytest.FixtureRequest) -> Iterator[tuple[str, Client, str]]:
    """A client of the server under test, and a ``test_*`` project title removed after."""
    if request.param == "sqlite":
        client = Client(request.getfixturevalue("connection"))
    else:
        pg: PostgresStudio = request.getfixturevalue("postgres_studio")
        url = pg.first.url if request.param == "postgresql" else pg.proxy.url
        client = Client(Connection(url=url, api_key=pg.first.api_key))
    name = f"test_{uuid.uuid4().hex[:10]}"
    yield request.param, client, name
    for project in client.sdk.projects.list(title=name):
        client.sdk.projects.delete(id=project.id)


def _table(path: Path) -> pd.DataFrame:
    df = pd.read_parquet(path)
    return df.sort_values(["task_id", "annotation_id", "field"]).reset_index(drop=True)


def test_round_trip(
    backend: tuple[str, Client, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    kind, client, project_name = backend
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))
    sentences = ingest([ROOT / "corpus" / "iran-missiles-russia.txt"], tmp_path / "s.parquet")
    path = sentences.sentences_path
    pushed = push(path, schema=SCHEMA, project=project_name, overlap=2, client=client)
    assert pushed.new_tasks == sentences.n_sentences
    gold = load_gold(ROOT / "corpus" / "iran-missiles-russia.gold.yaml", SCHEMA)
    other = {text: dict(values) for text, values in gold.items()}
    other[TARGET]["claim_type"] = "factual"  # gold says prediction: a tie to review
    import_gold(client, project_name, path, gold, SCHEMA, annotator_email="a@db.test")
    import_gold(client, project_name, path, other, SCHEMA, annotator_email="b@db.test")

    first = pull(project_name, tmp_path / "a.parquet", schema=SCHEMA, client=client)
    assert first.full
    first_annotations = pd.read_parquet(first.output)["annotation_id"].nunique()
    queue = review(
        first.output,
        path,
        schema=SCHEMA,
        output=tmp_path / "queue.csv",
        project=project_name,
        client=client,
    )
    assert (queue.items, queue.tasks_sent) == (1, 1)

    import_gold(
        client, project_name, path, {TARGET: gold[TARGET]}, SCHEMA, annotator_email="c@db.test"
    )
    incremental = pull(project_name, tmp_path / "a.parquet", schema=SCHEMA, client=client)
    assert not incremental.full
    full = pull(project_name, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    pd.testing.assert_frame_equal(_table(incremental.output), _table(full.output))
    rows = _table(full.output)
    assert rows["annotation_id"].nunique() == first_annotations + 1

    per_annotator = rows.groupby("annotator")["annotation_id"].nunique()
    (adjudicator,) = per_annotator[per_annotator == 1].index
    made = release(
        "1.0.0",
        tmp_path / "releases",
        annotations=incremental.output,
        sentences=path,
        schema=SCHEMA,
        adjudicators=(adjudicator,),
    )
    data = load_release(made.path)
    assert sum(len(split) for split in data.values()) == sentences.n_sentences
    split = next(s for s in data.values() if TARGET in s["text"])
    row = split[split["text"].index(TARGET)]
    assert split.features["claim_type"].int2str(row["claim_type"]) == "prediction"

    if kind == "postgresql-two-workers":
        pg: PostgresStudio = request.getfixturevalue("postgres_studio")
        # Every request went to the next worker: both served about half of them.
        counts = [pg.proxy.served[url] for url in pg.proxy.backends]
        assert min(counts) >= sum(counts) // 2 - 1, counts


def test_studio_status_names_postgresql_where_it_is_and_its_size(
    postgres_studio: PostgresStudio, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = postgres_studio.home
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    for name in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    status = CliRunner().invoke(app, ["studio", "status", "--json"])
    assert status.exit_code == 0, status.output
    report = json.loads(status.stdout)
    state = json.loads((home / "studio.json").read_text())
    port = state["postgres"]["port"]
    assert report["running"] and report["database"] == "postgresql"
    assert report["database_location"] == f"postgresql://annotate@127.0.0.1:{port}/label_studio"
    assert report["database_bytes"] > 1_000_000  # Label Studio's tables, migrated

    again = CliRunner().invoke(app, ["studio", "up"])  # the saved choice: no option needed
    assert again.exit_code == 0, again.output
    assert "already running" in again.output and "database: postgresql at" in again.output

    # The database's password is in no log and on no command line.
    choice = _database.load_choice(home)
    assert choice is not None
    password = choice["password"]
    assert password not in status.output + again.output
    for log in (home / "postgres.log", home / "label-studio" / "server.log"):
        assert password not in log.read_text(errors="replace")
    for pid in (state["pid"], state["postgres"]["pid"], postgres_studio.second_pid):
        assert password not in Path(f"/proc/{pid}/cmdline").read_bytes().decode()
