"""Annotate news sentences in Label Studio and publish versioned dataset releases.

The public Python API: each command of the ``annotate`` CLI is the function of the same name
here (``annotate ingest`` -> :func:`annotate.ingest`). Names are imported on first use, so
``import annotate`` stays cheap; the stages themselves live in the subpackages ``schema``,
``corpus``, ``labels``, ``studio``, ``dataset`` and ``model`` (see ARCHITECTURE.md).
"""

from annotate._lazy import attach
from annotate.errors import AnnotateError

__version__ = "0.1.0"

_NAMES = {
    "DEFAULT_SCHEMA": "annotate.schema._schema",
    "Schema": "annotate.schema._schema",
    "load_schema": "annotate.schema._schema",
    "ingest": "annotate.corpus._ingest",
    "load_corpus": "annotate.corpus._public",
    "agreement": "annotate.labels._agreement",
    "adjudicate": "annotate.labels._adjudicate",
    "studio_up": "annotate.studio._local",
    "studio_status": "annotate.studio._local",
    "studio_down": "annotate.studio._local",
    "annotators_add": "annotate.studio._annotators",
    "annotators_list": "annotate.studio._annotators",
    "annotators_remove": "annotate.studio._annotators",
    "push": "annotate.studio._push",
    "pull": "annotate.studio._pull",
    "review": "annotate.studio._review",
    "status": "annotate.studio._status",
    "feedback": "annotate.studio._feedback",
    "projects": "annotate.studio._project",
    "import_gold": "annotate.studio._gold",
    "release": "annotate.dataset._release",
    "diff": "annotate.dataset._release",
    "verify": "annotate.dataset._read",
    "load_release": "annotate.dataset._release",
    "import_corpus": "annotate.dataset._import",
    "train": "annotate.model._train",
    "evaluate": "annotate.model._predict",
    "predict": "annotate.model._predict",
    "load_model": "annotate.model._model_file",
    "preannotate": "annotate.model._rules",
    "build_lexicon": "annotate.model._lexicon_file",
    "demo": "annotate._demo",
}
__all__ = ["AnnotateError", "__version__", *sorted(_NAMES)]
__getattr__, __dir__ = attach(__name__, globals(), _NAMES)
