"""Pulls while annotators work (issue #14): nothing lost, nothing duplicated.

Three simulated annotators create, update and delete annotations through the API, each in
its own thread with its own connection (bounded loops, loopback only), while a full and
then an incremental pull run. Afterwards an incremental pull, a full pull and the server's
own export hold exactly the same annotations, which are exactly those the annotators left.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from annotate.schema._schema import load_schema
from annotate.studio._client import Client
from annotate.studio._pseudonym import Pseudonymizer, load_key
from annotate.studio._pull import pull
from annotate.studio._pull_export import download_export, read_export
from annotate.studio._pull_fetch import parse_ts, user_emails

SCHEMA = load_schema("schemas/news-stance.yaml")
TASKS = 12
# Each annotator's loop is bounded: it stops after the pulls are done and it has done at
# least MIN_OPS operations, and never runs past MAX_OPS.
MIN_OPS, MAX_OPS = 12, 400
CLAIMS = ["factual", "opinion", "prediction", "rule_or_policy", "not_a_claim"]


def result(claim: str) -> list[dict[str, Any]]:
    return SCHEMA.to_result(
        {"claim_type": claim, "hedging": "not_hedged", "attribution": "unattributed"}
    )


class Annotator(threading.Thread):
    """Creates an annotation per task in turn; updates every third, deletes every fifth."""

    def __init__(
        self, client: Client, user: int, tasks: list[int], pulling: threading.Event,
        pulled: threading.Event,
    ) -> None:  # fmt: skip
        super().__init__(daemon=True)
        self.client, self.user, self.tasks = client, user, tasks
        self.pulling, self.pulled = pulling, pulled
        self.live: dict[int, str] = {}  # annotation id -> claim_type it holds now
        self.during = 0  # operations done while a pull ran
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for op in range(MAX_OPS):
                if op >= MIN_OPS and self.pulled.is_set():
                    return
                self.step(op)
                if self.pulling.is_set() and not self.pulled.is_set():
                    self.during += 1
        except BaseException as exc:  # reported by the test, not lost in the thread
            self.error = exc

    def step(self, op: int) -> None:
        sdk = self.client.sdk
        claim = CLAIMS[op % len(CLAIMS)]
        made = sdk.annotations.create(
            id=self.tasks[op % len(self.tasks)], result=result(claim), completed_by=self.user
        )
        self.live[int(made.id)] = claim
        if op % 3 == 2:
            target = sorted(self.live)[len(self.live) // 2]
            claim = CLAIMS[(op + 1) % len(CLAIMS)]
            sdk.annotations.update(id=target, result=result(claim))
            self.live[target] = claim
        if op % 5 == 4:
            gone = min(self.live)
            sdk.annotations.delete(id=gone)
            del self.live[gone]


def claims(path: Path) -> dict[int, tuple[int, str, Any]]:
    """Annotation id -> (task id, claim_type, updated_at) of an annotation table."""
    rows = [r for r in pq.read_table(path).to_pylist() if r["field"] == "claim_type"]
    out = {r["annotation_id"]: (r["task_id"], r["value"], r["updated_at"]) for r in rows}
    assert len(out) == len(rows), "an annotation appears twice"
    return out


def frame(path: Path) -> pd.DataFrame:
    df = pq.read_table(path).to_pandas()
    return df.sort_values(["task_id", "annotation_id", "field"]).reset_index(drop=True)


def test_pulls_while_three_annotators_write_lose_and_duplicate_nothing(
    client: Client, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    proj = client.sdk.projects.create(title=project_name, label_config=SCHEMA.label_config())
    texts = [f"Officials said on day {i} that the plan would go ahead." for i in range(TASKS)]
    imported = client.sdk.projects.import_tasks(
        id=proj.id,
        request=[
            {
                "text": t,
                "title": "Plans",
                "context_before": "",
                "context_after": "",
                "sentence_id": f"conc-{i}",
            }
            for i, t in enumerate(texts)
        ],
        return_task_ids=True,
    )
    tasks = list(imported.task_ids)
    tag = project_name[-6:]
    users = [
        client.sdk.users.create(email=f"{u}.{tag}@newsroom.test", username=f"{u}{tag}").id
        for u in ("ana", "ben", "cho")
    ]
    first = pull(project_name, tmp_path / "before.parquet", schema=SCHEMA, client=client)
    assert first.full

    pulling, pulled = threading.Event(), threading.Event()
    annotators = [
        Annotator(Client(client.connection), user, tasks, pulling, pulled) for user in users
    ]
    for a in annotators:
        a.start()
    try:
        pulling.set()
        during_full = pull(
            project_name, tmp_path / "during-full.parquet", schema=SCHEMA, client=client, full=True
        )
        during_inc = pull(
            project_name, tmp_path / "during-inc.parquet", schema=SCHEMA, client=client
        )
    finally:
        pulled.set()
        for a in annotators:
            a.join(timeout=300)
    assert during_full.full and not during_inc.full
    for a in annotators:
        assert a.error is None, a.error
        assert not a.is_alive()
        assert a.during > 0, "the annotator wrote nothing while the pulls ran"

    inc = pull(project_name, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    full = pull(project_name, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert not inc.full and full.full
    pd.testing.assert_frame_equal(frame(tmp_path / "inc.parquet"), frame(tmp_path / "full.parquet"))

    # What the annotators left: every live annotation with the claim it holds now.
    expected = {ann: claim for a in annotators for ann, claim in a.live.items()}
    got = claims(tmp_path / "inc.parquet")
    assert {ann: claim for ann, (_, claim, _) in got.items()} == expected

    # The server's own export says the same, down to each annotation's task, annotator and
    # last change.
    export = tmp_path / "export.json"
    download_export(client, proj.id, export, tasks=TASKS)
    who = Pseudonymizer(load_key(studio_env), user_emails(client), client.connection.url)
    server = {
        a["id"]: (t["id"], who(a["completed_by"]), parse_ts(a["updated_at"]))
        for t in read_export(export)
        for a in t["annotations"]
    }
    table = pq.read_table(tmp_path / "full.parquet").to_pylist()
    ours = {
        r["annotation_id"]: (r["task_id"], r["annotator"], parse_ts(r["updated_at"])) for r in table
    }
    assert ours == server
    assert len(server) == len(expected) == inc.annotations == full.annotations
