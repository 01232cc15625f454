"""What ``status`` asks the server of the project: the counters it shows, named.

Label Studio computes every counter of a project read that names no fields (``include``):
1.0-1.7 s a read at 200,000 tasks on PostgreSQL (issue 14). The fake SDK of
``test_pull_offline`` answers as label-studio 1.23.2 does, leaving out what was not named, so
the figures status shows prove the fields asked for are the ones it uses.
"""

from __future__ import annotations

from pathlib import Path

from annotate.studio._status import status
from tests.unit.test_pull_offline import NAME, RECORDED, SCHEMA, FakeSDK, fake_client


def test_status_reads_only_the_counters_it_shows(pull_home: Path, tmp_path: Path) -> None:
    from annotate.studio._pull import pull

    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    pull(NAME, tmp_path / "a.parquet", schema=SCHEMA, client=client)
    sdk.project_reads.clear()
    got = status(NAME, tmp_path / "a.parquet", schema=SCHEMA, client=client)
    assert None not in sdk.project_reads
    # The named counters came back: the overlap, the task count and the server's count.
    assert got.overlap == 2
    assert got.tasks == len(sdk.data)
    assert got.server_annotations == got.annotations > 0
    assert not got.stale
