"""``status`` and ``projects`` against a real Label Studio, checked against hand counts.

The project is test_pull's: four tasks; ana annotates tasks 1 (12.5 s, hedged with its
cue) and 2 (20 s), ben task 1 (8 s, hedged without a cue: rule hedged-needs-cue), cho
task 0 (5 s) and cancels task 2; ben's annotation of task 3 is deleted. The project asks
for two annotators per task.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import StudioError
from annotate.studio._client import Client
from annotate.studio._project import projects
from annotate.studio._pseudonym import load_key, pseudonym
from annotate.studio._pull import pull
from annotate.studio._status import status
from tests.integration.test_pull import ARTICLE, SCHEMA, SENTENCES, Project, build_project


@pytest.fixture
def project(client: Client, project_name: str, studio_env: Path) -> Project:
    p = build_project(client, project_name)
    client.sdk.projects.update(id=p.id, maximum_annotations=2)
    return p


def _names(p: Project, home: Path) -> dict[str, str]:
    return {u: pseudonym(e, load_key(home)) for u, e in p.emails.items()}


def test_status_figures_match_the_hand_counts(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    table = tmp_path / "annotations.parquet"
    pull(project_name, table, schema=SCHEMA, client=client)
    got = status(project_name, table, schema=SCHEMA, client=client)
    who = _names(project, studio_env)

    assert (got.tasks, got.tasks_done, got.overlap, got.tasks_with_overlap) == (4, 3, 2, 1)
    assert got.annotations == 4 and got.server_annotations == 4 and not got.stale
    assert got.median_seconds == 10.25  # of 5, 8, 12.5, 20
    by_name = {a.annotator: a for a in got.annotators}
    assert set(by_name) == set(who.values())
    ana, ben, cho = (by_name[who[u]] for u in ("ana", "ben", "cho"))
    assert (ana.annotations, ana.cancelled, ana.median_seconds, ana.violations) == (2, 0, 16.25, {})
    assert (ben.annotations, ben.median_seconds) == (1, 8.0)
    assert ben.violations == {"hedged-needs-cue": 1}
    assert (cho.annotations, cho.cancelled, cho.median_seconds) == (1, 1, 5.0)
    assert got.annotators[0] is ana  # most annotations first

    # Only task 1 has two votes: claim type and hedging agree (one label in use, so alpha is
    # undefined), attribution does not (anonymous_source against unattributed).
    agreed = {f.field: f for f in got.agreement}
    assert [f.field for f in got.agreement] == [f.name for f in SCHEMA.fields]
    for name in ("claim_type", "hedging"):
        assert (agreed[name].krippendorff_alpha, agreed[name].percent_agreement) == (None, 1.0)
        assert agreed[name].items_2plus == 1
    assert agreed["attribution"].percent_agreement == 0.0
    # One of two annotators marks each span of task 1: a tie, as attribution is; so is the
    # attribution record her cue anchors (issue 16: a record drawn by half is reviewed).
    assert got.review_items == 1
    assert got.review_fields == {
        "attribution": 1,
        "attribution_cue": 1,
        "attributions": 1,
        "hedge_cue": 1,
        "source": 1,
    }
    assert got.rule_errors_excluded == 0
    # Records (issue 16): ana's one record on task 1 against none of ben's, F1 0 either way;
    # token alpha needs the sentence texts, which only the sentence table gives.
    assert [
        (r.record, r.record_f1_exact, r.record_f1_overlap, r.items_2plus)
        for r in got.records_agreement
    ] == [("attributions", 0.0, 0.0, 1)]
    assert all(f.token_alpha is None for f in got.agreement)


def test_with_the_sentence_table_rule_breakers_are_left_out_as_the_release_does(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    table, sentences = tmp_path / "annotations.parquet", tmp_path / "sentences.parquet"
    pull(project_name, table, schema=SCHEMA, client=client)
    pd.DataFrame(
        {
            "article_id": ARTICLE,
            "sentence_id": [f"{ARTICLE}-{i}" for i in range(len(SENTENCES))],
            "text": SENTENCES,
        }
    ).to_parquet(sentences)
    got = status(project_name, table, sentences=sentences, schema=SCHEMA, client=client)
    # ben's hedged-without-cue annotation loses its vote: task 1 has one vote left.
    assert got.rule_errors_excluded == 1
    assert all(f.items_2plus == 0 for f in got.agreement)
    assert (got.review_items, got.review_fields) == (0, {})
    # Progress still counts what annotators did.
    assert (got.annotations, got.tasks_done) == (4, 3)


def test_status_command_json_chart_and_stale_table(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    table, chart = tmp_path / "annotations.parquet", tmp_path / "status.png"
    pull(project_name, table, schema=SCHEMA, client=client)
    client.sdk.annotations.create(
        id=project.tasks[3], result=[], completed_by=project.users["cho"], lead_time=1.0
    )
    args = ["status", "--project", project_name, "--annotations", str(table)]
    ran = CliRunner().invoke(app, [*args, "--json", "--chart", str(chart)])
    assert ran.exit_code == 0, ran.output
    summary = json.loads(ran.stdout)
    assert summary["stale"] is True and summary["server_annotations"] == 5
    assert summary["agreement"][0]["krippendorff_alpha"] is None  # JSON null, not NaN
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    shown = CliRunner().invoke(app, args)
    assert shown.exit_code == 0, shown.output
    assert "3 / 4" in shown.stdout and "n/a" in shown.stdout
    assert "token alpha" in shown.stdout and "records: F1 between annotators" in shown.stdout
    assert "run `annotate pull`" in shown.stderr


def test_projects_lists_the_server_and_a_missing_title_names_them(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    mine = [p for p in projects() if p.title == project_name]
    assert len(mine) == 1
    assert (mine[0].id, mine[0].tasks, mine[0].annotated) == (project.id, 4, 3)
    ran = CliRunner().invoke(app, ["projects", "--json"])
    assert ran.exit_code == 0, ran.output
    assert {"id": project.id, "title": project_name}.items() <= {
        k: v for p in json.loads(ran.stdout) if p["title"] == project_name for k, v in p.items()
    }.items()
    with pytest.raises(StudioError) as info:
        pull("no-such-project", tmp_path / "a.parquet", schema=SCHEMA, client=client)
    assert f"{project_name!r} (id {project.id})" in str(info.value)
