"""Lazy public faces (PEP 562): a package lists its names, each is imported on first use.

``import annotate`` must stay cheap (the CLI's ``--help``, a notebook's first cell), while
``annotate.train`` needs scikit-learn and ``annotate.push`` the Label Studio SDK: a name's
module is imported only when the name is first read, then kept in the package's namespace.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["attach"]


def attach(
    package: str, namespace: dict[str, Any], names: dict[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package``, which exports ``names`` (name -> module).

    Modules are relative to the package (``"._ingest"``) or absolute.
    """

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value  # later reads skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *names})

    return __getattr__, __dir__
