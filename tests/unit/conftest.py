"""Fixtures that several unit test modules build the same way, built once per session."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import timedelta
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


@pytest.fixture
def reloaded(hedging_model: tuple[Path, Any], tmp_path: Path) -> Callable[[Any], Any]:
    """A function that saves one fitted pipeline as ``model.skops`` beside a real
    ``model.json`` and loads it back: a type missing from the trusted list raises there."""

    def reload(pipe: Any) -> Any:
        from annotate.model._model_file import dump_models, load_model

        folder = tmp_path / "model"
        folder.mkdir()
        shutil.copy(hedging_model[1].output_dir / "model.json", folder / "model.json")
        with open(folder / "model.skops", "wb") as fh:
            dump_models({"field": pipe}, fh)
        return load_model(folder)[0]["field"]

    return reload


@pytest.fixture
def pull_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A toolkit home for offline pulls against the fake SDK of ``test_pull_offline``.

    The recorded changes are less than a second apart: no commit lag, and the fake
    server's clock (just past the newest change it serves), so counts show what was read.
    """
    from annotate.studio import _pull_fetch

    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(_pull_fetch, "COMMIT_LAG", timedelta(0))
    monkeypatch.setattr(_pull_fetch, "server_time", lambda client, pid: client.sdk.now())
    return tmp_path / "home"
