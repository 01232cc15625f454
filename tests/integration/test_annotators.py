"""Annotator accounts on the real Label Studio: added, listed, removed, pseudonyms stable."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pandas as pd
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.corpus._ingest import ingest
from annotate.schema._schema import load_schema
from annotate.studio._annotators import AnnotatorError, annotators_list
from annotate.studio._client import Client
from annotate.studio._gold import import_gold, load_gold
from annotate.studio._pull import pull
from annotate.studio._push import push

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")


def _session(url: str, email: str, password: str) -> httpx.Client:
    """A browser-like session logged in through the login form."""
    http = httpx.Client(base_url=url, timeout=60)
    http.get("/user/login/")
    answer = http.post(
        "/user/login/",
        data={
            "csrfmiddlewaretoken": http.cookies.get("csrftoken") or "",
            "email": email,
            "password": password,
        },
    )
    assert answer.status_code == 302, f"{email} could not log in ({answer.status_code})"
    return http


def test_add_list_remove_keeps_annotations_and_pseudonyms(
    client: Client,
    studio_env: Path,
    project_name: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    runner = CliRunner()
    added = runner.invoke(app, ["annotators", "add", "Dana Ortiz", "--json"])
    assert added.exit_code == 0, added.output
    new = json.loads(added.stdout)
    assert new["email"] == "dana.ortiz@annotate.local" and new["active"] is True
    # The password is handed back once and written to none of the toolkit's files.
    assert len(new["password"]) >= 16
    for path in studio_env.rglob("*"):
        if path.is_file():
            assert new["password"].encode() not in path.read_bytes(), path

    # The account works: it logs in and sees the project.
    sentences = ingest([ROOT / "corpus" / "iran-missiles-russia.txt"], tmp_path / "s.parquet")
    pushed = push(sentences.sentences_path, schema=SCHEMA, project=project_name, client=client)
    session = _session(client.connection.url, new["email"], new["password"])
    request.addfinalizer(session.close)
    assert session.get(f"/api/projects/{pushed.project_id}/").status_code == 200

    listed = runner.invoke(app, ["annotators", "list"])
    assert listed.exit_code == 0 and "Dana Ortiz" in listed.stdout
    assert new["pseudonym"] in listed.stdout

    gold = load_gold(ROOT / "corpus" / "iran-missiles-russia.gold.yaml", SCHEMA)
    import_gold(
        client, project_name, sentences.sentences_path, gold, SCHEMA, annotator_email=new["email"]
    )
    before = pd.read_parquet(pull(project_name, tmp_path / "a.parquet", client=client).output)
    assert set(before["annotator"]) == {new["pseudonym"]}

    removed = runner.invoke(app, ["annotators", "remove", "dana.ortiz@annotate.local"])
    assert removed.exit_code == 0, removed.output
    assert "annotations stay" in removed.stdout
    # No more access, nothing lost, and the same pseudonym, although the server now shows
    # the account as "Deleted".
    assert session.get(f"/api/projects/{pushed.project_id}/").status_code != 200
    (gone,) = [a for a in annotators_list(client=client) if a.id == new["id"]]
    assert (gone.active, gone.email, gone.pseudonym) == (False, "", new["pseudonym"])
    after = pd.read_parquet(
        pull(project_name, tmp_path / "b.parquet", full=True, client=client).output
    )
    pd.testing.assert_frame_equal(
        before.drop(columns=["updated_at"]), after.drop(columns=["updated_at"])
    )
    # Removing again changes nothing and says so as a success.
    again = runner.invoke(app, ["annotators", "remove", new["pseudonym"]])
    assert again.exit_code == 0, again.output


def test_bad_or_duplicate_accounts_are_one_message(client: Client, studio_env: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["annotators", "add", "Eli", "--email", "eli@team.test"])
    assert first.exit_code == 0, first.output
    assert first.stdout.count("password") == 1
    twice = runner.invoke(app, ["annotators", "add", "Eli", "--email", "ELI@team.test"])
    assert twice.exit_code == 2
    assert "already has an account for eli@team.test" in twice.stderr
    bad = runner.invoke(app, ["annotators", "add", "Eli", "--email", "not-an-address"])
    assert bad.exit_code == 2 and "'not-an-address' is not an e-mail address" in bad.stderr
    unknown = runner.invoke(app, ["annotators", "remove", "nobody@team.test"])
    assert unknown.exit_code == 2 and "no annotator match 'nobody@team.test'" in unknown.stderr
    with pytest.raises(AnnotatorError, match="the account the toolkit logs in with"):
        from annotate.studio._annotators import annotators_remove

        me = client.sdk.users.whoami()
        annotators_remove(str(me.email), client=client)
