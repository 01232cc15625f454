"""The rooms of the package import one way only (ARCHITECTURE.md): a stage may use the stages
below it and the shared base, never one above. Checked on the source, imports inside functions
included, so that a lazy import cannot hide an upward arrow."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import annotate

PACKAGE = Path(annotate.__file__).parent
# Lowest first. The shared base (errors, file writing, the lazy faces) is below every room;
# the CLI and the demo sit on top.
ROOMS = ["schema", "corpus", "labels", "studio", "dataset", "model"]
BASE = {"annotate", "annotate.errors", "annotate._files", "annotate._lazy", "annotate._progress"}
TOP = {"annotate.cli", "annotate._demo", "annotate._paths", "annotate.__main__"}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _floor(module: str) -> int:
    if module in BASE:
        return -1
    if module in TOP:
        return len(ROOMS)
    room = module.split(".")[1]
    assert room in ROOMS, f"{module} is in no room: add it to ARCHITECTURE.md and ROOMS"
    return ROOMS.index(room)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "annotate"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "annotate":
                for alias in node.names:
                    sub = f"annotate.{alias.name}"
                    # a name of the lazy public face counts as the module that defines it
                    found.add(annotate._NAMES.get(alias.name, sub) if sub not in BASE else sub)
            elif node.module.split(".")[0] == "annotate":
                found.add(node.module)
    return found


def _room_of(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def test_every_module_is_in_a_room_and_imports_point_down() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        here = _module(path)
        for target in _imports(path):
            if _floor(_room_of(target) if target not in BASE | TOP else target) > _floor(
                _room_of(here) if here not in BASE | TOP else here
            ):
                upward.append(f"{here} -> {target}")
    assert not upward, "imports pointing up a floor:\n" + "\n".join(sorted(upward))


def test_the_base_imports_no_room() -> None:
    for name in ("errors.py", "_files.py", "_lazy.py", "_progress.py"):
        assert all(t in BASE for t in _imports(PACKAGE / name)), name


def test_every_public_name_resolves() -> None:
    for name in annotate.__all__:
        assert getattr(annotate, name) is not None, name


def test_importing_the_package_or_its_cli_loads_no_heavy_dependency() -> None:
    # A fresh interpreter: this test session has imported everything already.
    import subprocess
    import sys

    heavy = ["pandas", "pyarrow", "sklearn", "label_studio_sdk", "datasets", "matplotlib"]
    code = (
        "import sys, annotate, annotate.cli, annotate.corpus, annotate.studio, annotate.model;"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert shown.strip() == "[]"


def test_model_code_reads_releases_without_importing_the_writer() -> None:
    writer = {"annotate.dataset._release", "annotate.dataset._build", "annotate.dataset"}
    for path in sorted((PACKAGE / "model").rglob("*.py")):
        assert not (_imports(path) & writer), f"{path.name} imports the release writer"


def test_every_command_is_a_function_of_the_package() -> None:
    """`annotate X` calls `annotate.X()`: each CLI command has its library function here."""
    from annotate.cli import annotators_app, app, studio_app

    names = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
    names += [f"studio_{c.name}" for c in studio_app.registered_commands]
    names += [f"annotators_{c.name}" for c in annotators_app.registered_commands]
    assert len(names) > 10
    missing = [n for n in names if not callable(getattr(annotate, n.replace("-", "_"), None))]
    assert not missing, f"commands without a function in annotate: {missing}"


def test_shipped_data_is_found_through_package_data() -> None:
    """Files inside the package are found by ``importlib.resources``, in one helper
    (:func:`annotate._files.package_data`); ``__file__`` only ever locates the checkout
    around the package (an editable install's ``schemas/``, the shared data folder beside it)."""
    climb = re.compile(r"Path\(__file__\)\.resolve\(\)\.parents\[(\d+)\]")
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "_files.py" and path.parent == PACKAGE:
            continue
        where = path.relative_to(PACKAGE)
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"import resources|resources\.files", text), where
        up = [int(n) for n in climb.findall(text)]
        assert len(up) == text.count("__file__"), f"{where}: __file__ used otherwise"
        # parents[len(parts) - 1] is the package folder itself: data there is package data.
        assert all(n >= len(where.parts) for n in up), f"{where}: use annotate._files.package_data"


# The small rooms share one map section, an item each.
MAP_HEADINGS = dict.fromkeys(["schema", "labels", "dataset"], "schema/, labels/ and dataset/")


@pytest.mark.parametrize("room", ROOMS)
def test_the_room_maps_name_every_module(room: str) -> None:
    """ARCHITECTURE.md's "Finding your way in ..." sections place each of a room's modules in
    the stage that uses it: a module added without a place there fails here, and so does a name
    left behind by a module renamed or removed."""
    text = (PACKAGE.parent / "ARCHITECTURE.md").read_text(encoding="utf-8")
    heading = MAP_HEADINGS.get(room, f"{room}/")
    start = text.index(f"\n## Finding your way in {heading}\n")
    section = text[start : text.index("\n## ", start + 1)]
    if heading != f"{room}/":  # several rooms under one heading: this room's item
        item = section.index(f"- **{room}/**")
        end = section.find("\n- **", item + 1)
        section = section[item : end if end >= 0 else None]
    named = set(re.findall(r"`(_*[a-z][a-z0-9_]*)`", section))
    modules = {p.stem for p in (PACKAGE / room).glob("*.py") if p.stem != "__init__"}
    on_map = {n for n in named if n.startswith("_") or n in modules}
    # Names of what is inside _clean, not modules.
    inside = {
        "_decide",
        "_long_line",
        "_own_shape",
        "_cut_pieces",
        "_title_and_decks",
        "_told_around",
        "_captions_by_credit",
        "_ads_and_lead_ins",
        "_heads_and_shapes",
        "_copies_and_tweets",
        "_boxes_and_runs",
        "_lists_and_names",
        "_unmarked_captions",
        "_for_the_lines_after",
        "_recorded",
        "__iter__",
    }
    assert not modules - on_map, f"not on the map: {sorted(modules - on_map)}"
    unknown = {n for n in on_map - modules - inside if n.startswith("_")}
    assert not unknown, f"on the map, no such module: {sorted(unknown)}"


def test_no_module_imports_another_modules_private_names() -> None:
    """What a module shares with its room is a public name there (``from annotate.corpus.
    _readers import open_bytes``), so that a reader of the module sees what others rely on;
    an underscored name is the module's own. Private modules themselves (``_utf8``) are
    imported freely: the underscore on a module keeps it out of the package's public face."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.ImportFrom) and (node.module or "").startswith("annotate")
            ):
                continue
            for alias in node.names:
                name = alias.name
                if not name.startswith("_") or name.startswith("__"):
                    continue
                target = PACKAGE.parent.joinpath(*f"{node.module}.{name}".split("."))
                if target.with_suffix(".py").is_file() or (target / "__init__.py").is_file():
                    continue  # a private module, not a private name
                found.append(f"{path.relative_to(PACKAGE.parent)}: {node.module}.{name}")
    assert not found, "private names imported from another module:\n" + "\n".join(found)
