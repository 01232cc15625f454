"""Fixtures that several unit test modules build the same way, built once per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def hedging_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The default synthetic release and a hedging model trained on it with seed 0.

    Returns ``(release_dir, TrainResult)``. Shared: each fit takes seconds, and the tests
    using it only read the model folder (they copy it before changing anything).
    """
    from annotate.model._train import train
    from tests.unit.test_train import _release

    tmp = tmp_path_factory.mktemp("hedging-model")
    release = _release(tmp)
    return release, train(release, tmp / "model", fields=["hedging"], seed=0)
