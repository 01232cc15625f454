"""Schemas by name: the bundled ones load from any folder, a file wins, unknown names explain.

The wheel itself (that these files really ship and load after ``pip install``) is checked in
``tests/integration/test_wheel.py``; here, the lookup and the packaging configuration.
"""

from __future__ import annotations

import fnmatch
import inspect
import shutil
from pathlib import Path

import pytest

from annotate import cli
from annotate._demo import demo
from annotate.corpus import _public as corpora
from annotate.errors import SchemaError
from annotate.schema._schema import DEFAULT_SCHEMA, bundled_schemas, load_schema
from annotate.studio._pull import pull
from annotate.studio._push import push
from annotate.studio._review import review

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder outside the repository, as a user's would be."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_bundled_name_loads_from_any_folder_with_its_guidelines(elsewhere: Path) -> None:
    by_name = load_schema("news-stance")
    by_path = load_schema(SCHEMAS / "news-stance.yaml")
    assert by_name == by_path
    assert by_name.provenance() == by_path.provenance()
    # The YAML names its guidelines relative to itself; found beside the bundled file.
    assert by_name.guidelines_text == (SCHEMAS / "news-stance.md").read_text(encoding="utf-8")
    assert load_schema(Path("factappeal")) == load_schema(SCHEMAS / "corpora" / "factappeal.yaml")


def test_an_existing_file_wins_over_a_bundled_name(elsewhere: Path) -> None:
    shutil.copy(ROOT / "tests" / "data" / "target-stance.md", elsewhere)
    shutil.copy(ROOT / "tests" / "data" / "target-stance.yaml", elsewhere / "news-stance")
    assert load_schema("news-stance").name == "target-stance"


def test_a_folder_does_not_shadow_a_bundled_name(elsewhere: Path) -> None:
    # models/news-stance is the default model folder: a folder of that name is common.
    (elsewhere / "news-stance").mkdir()
    assert load_schema("news-stance").name == "news-stance"


def test_an_unknown_name_lists_the_bundled_schemas_and_says_a_path_works(
    elsewhere: Path,
) -> None:
    with pytest.raises(SchemaError) as caught:
        load_schema("news-stanse")
    assert caught.value.message == (
        f"unknown schema 'news-stanse': no bundled schema has that name and no file "
        f"'news-stanse' exists in {elsewhere}"
    )
    assert caught.value.hint is not None
    assert (
        "checkthat-subjectivity, conll2010, factappeal, news-stance, polnear" in caught.value.hint
    )
    assert "path of a schema YAML file" in caught.value.hint


@pytest.mark.parametrize("value", ["missing.yaml", "sub/news-stance", "News-Stance.YML"])
def test_a_value_with_a_slash_or_yaml_suffix_is_a_path(elsewhere: Path, value: str) -> None:
    with pytest.raises(SchemaError, match="cannot read the schema file") as caught:
        load_schema(value)
    assert str(caught.value).startswith(f"{value}: ")
    assert "news-stance" in (caught.value.hint or "")


def test_bundled_names_are_unique_and_each_is_its_schemas_name() -> None:
    files = sorted(SCHEMAS.rglob("*.yaml"))
    bundled = bundled_schemas()
    assert len(bundled) == len(files), "two bundled schemas share a file name"
    assert sorted(bundled.values()) == files
    for name, path in bundled.items():
        assert load_schema(path).name == name, path
    assert DEFAULT_SCHEMA in bundled
    assert {corpora.SCHEMA_OF.get(kind, kind) for kind in corpora.KINDS} <= set(bundled)


def test_every_default_schema_is_the_one_constant() -> None:
    for function in (push, pull, review, demo):
        default = inspect.signature(function).parameters["schema"].default
        assert default == DEFAULT_SCHEMA, function.__module__
    commands = [c.callback for c in cli.app.registered_commands]
    with_schema = [f for f in commands if f and "schema" in inspect.signature(f).parameters]
    assert len(with_schema) >= 5
    for command in with_schema:
        default = inspect.signature(command).parameters["schema"].default
        assert default == Path(DEFAULT_SCHEMA), command.__name__


def test_the_wheel_lists_every_package_folder_and_ships_its_data() -> None:
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert config["package-dir"] == {"annotate._schemas": "schemas"}
    tops = {"annotate": ROOT / "annotate", "annotate._schemas": SCHEMAS}
    on_disk = {
        ".".join((package, *sub.relative_to(top).parts)): sub
        for package, top in tops.items()
        for sub in [top, *top.rglob("*")]
        if sub.is_dir() and sub.name != "__pycache__"
    }
    assert sorted(config["packages"]) == sorted(on_disk)
    for package, folder in on_disk.items():
        globs = config["package-data"].get(package, [])
        data = [p.name for p in folder.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc")]
        missed = [n for n in data if not any(fnmatch.fnmatch(n, g) for g in globs)]
        assert not missed, f"{package}: {missed} would not be in the wheel"
