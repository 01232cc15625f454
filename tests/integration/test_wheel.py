"""The package as users install it: from the wheel (and editable), run outside this repository.

Each test builds from a copy of the sources (so ``build/`` and ``*.egg-info`` never land in
the checkout), installs into a fresh virtual environment with ``--no-deps --no-index``, and
runs commands with an empty temporary folder as the working directory and no
``PYTHONPATH``, asserting that ``annotate`` was imported from that environment rather than
from the checkout. No network: the build uses the running environment's setuptools
(``--no-build-isolation``) and the dependencies come from the running environment's
site-packages, named in a ``.pth`` file written after the package is installed (so pip never
sees another annotate). ``venv --system-site-packages`` would not do: when the suite runs
from a virtual environment (as ``make test`` does) the "system" is the base interpreter,
which lacks the dependencies. A directory named in a ``.pth`` file is appended to
``sys.path``, after the environment's own copy of ``annotate``, and the ``.pth`` files inside
it (such as an editable install's import hook) are not run.

Slow for the unit tier (about 10 s: fresh interpreters import pandas and pyarrow), hence
here; no Label Studio server is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What a build reads: the sdist's content minus tests and docs.
SOURCES = ("pyproject.toml", "README.md", "annotate", "schemas")
ARTICLE = ROOT / "corpus" / "iran-missiles-russia.txt"  # 24 sentences
# Printed by the fresh interpreter: where annotate came from and what the bundled schemas hold.
PROBE = """
import json, annotate
from annotate.schema._schema import DEFAULT_SCHEMA, load_schema
default, corpus = load_schema(DEFAULT_SCHEMA), load_schema("factappeal")
print(json.dumps({
    "annotate": annotate.__file__,
    "default": [default.name, str(default.path), default.guidelines_text],
    "corpus": [corpus.name, bool(corpus.guidelines_text)],
}))
"""


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command as a user outside the repository would: no PYTHONPATH, no active venv."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def _pip(python: Path, *args: str | Path, cwd: Path) -> None:
    # The running environment's pip, acting on the fresh interpreter (pip >= 22.3).
    _run([sys.executable, "-m", "pip", "--python", python, *args, "--no-deps", "--no-index"], cwd)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    copy = tmp_path / "source"
    copy.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        else:
            shutil.copy(ROOT / name, copy / name)
    return copy


def _fresh_env(where: Path) -> tuple[Path, Path]:
    """A virtual environment without pip; return its interpreter and site-packages."""
    _run([sys.executable, "-m", "venv", "--without-pip", where], where.parent)
    python = where / "bin" / "python"
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], where)
    return python, Path(purelib.stdout.strip())


def _borrow_dependencies(purelib: Path) -> None:
    (purelib / "_borrowed_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")


def _empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_the_wheel_works_from_any_folder(source: Path, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "--wheel-dir",
            dist,
            source,
        ],
        tmp_path,
    )
    (wheel,) = dist.glob("annotate-*.whl")
    env = tmp_path / "venv"
    python, purelib = _fresh_env(env)
    # Installed before the dependencies are visible, so pip sees no other annotate.
    _pip(python, "install", wheel, cwd=tmp_path)
    _borrow_dependencies(purelib)
    here = _empty_folder(tmp_path)

    probe = json.loads(_run([python, "-c", PROBE], here).stdout)
    assert Path(probe["annotate"]).is_relative_to(purelib)
    name, path, guidelines = probe["default"]
    assert name == "news-stance"
    assert Path(path) == purelib / "annotate" / "_schemas" / "news-stance.yaml"
    # The YAML names its guidelines relative to itself: found beside the installed copy.
    assert guidelines == (ROOT / "schemas" / "news-stance.md").read_text(encoding="utf-8")
    assert probe["corpus"] == ["factappeal", True]

    annotate = env / "bin" / "annotate"
    shutil.copy(ARTICLE, here / "article.txt")
    ingested = _run(
        [annotate, "ingest", "article.txt", "-o", "s.parquet", "--workers", "1", "--json"], here
    )
    assert json.loads(ingested.stdout)["n_sentences"] == 24
    helped = _run([annotate, "push", "--help"], here)
    assert "--schema" in helped.stdout and "news-stance" in helped.stdout
    # A command that loads the default schema (and the lexicon, also package data).
    pre = _run([annotate, "preannotate", "s.parquet", "-o", "pre.parquet", "--json"], here)
    assert json.loads(pre.stdout)["sentences"] == 24


def test_an_editable_install_reads_the_checkouts_schemas(source: Path, tmp_path: Path) -> None:
    # What "pip install -e" does (PEP 660), with the running environment's setuptools, so the
    # fresh one can get the editable wheel before any other annotate is visible to pip.
    hook = "import sys, setuptools.build_meta as b; print(b.build_editable(sys.argv[1]))"
    built = _run([sys.executable, "-c", hook, tmp_path / "dist"], source)
    python, purelib = _fresh_env(tmp_path / "venv")
    _pip(python, "install", tmp_path / "dist" / built.stdout.strip().splitlines()[-1], cwd=tmp_path)
    _borrow_dependencies(purelib)
    probe = json.loads(_run([python, "-c", PROBE], _empty_folder(tmp_path)).stdout)
    assert Path(probe["annotate"]) == source / "annotate" / "__init__.py"
    assert probe["default"][:2] == ["news-stance", str(source / "schemas" / "news-stance.yaml")]
    assert probe["corpus"] == ["factappeal", True]
