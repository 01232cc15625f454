"""``push --order-by-uncertainty`` serves ``annotate predict``'s ``order`` (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from annotate.schema._schema import load_schema
from annotate.studio._client import Client
from annotate.studio._push import push

from .test_push import SCHEMA, sentence_table


def test_push_serves_the_order_predict_writes_not_the_uncertainty_alone(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    """Label Studio serves the lowest prediction score first: the stored scores follow
    ``order`` (diverse batches), which here puts a less uncertain sentence second."""
    table = sentence_table(tmp_path / "s.parquet", 4)
    ids = pd.read_parquet(table)["sentence_id"].tolist()
    pred = pd.DataFrame(
        {
            "sentence_id": ids,
            "claim_type": "factual",
            "hedging": "not_hedged",
            "attribution": "unattributed",
            "uncertainty": [0.9, 0.89, 0.5, 0.2],
            # Sentence 1 is a near-copy of sentence 0: the served order defers it.
            "order": [1, 3, 2, 4],
            "model_version": "m-order",
        }
    )
    result = push(table, schema=load_schema(SCHEMA), project=project_name, predictions=pred)
    assert result.predictions == 4 and result.ordered_by_uncertainty
    stored = client.sdk.predictions.list(project=result.project_id)
    task_ids = {int(t.id): t.data["sentence_id"] for t in client.tasks(result.project_id)}
    served = [task_ids[int(p.task)] for p in sorted(stored, key=lambda p: p.score)]
    assert served == [ids[0], ids[2], ids[1], ids[3]]
