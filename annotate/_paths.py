"""Where the commands read and write when no path is given.

One place for both the CLI's defaults and the demo, which leaves its tables, releases and
models exactly there so that the commands run after it need no options.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ANNOTATIONS", "MODELS", "RELEASES", "SENTENCES"]

SENTENCES = Path("build/sentences.parquet")
ANNOTATIONS = Path("build/annotations.parquet")
RELEASES = Path("releases")
MODELS = Path("models")
