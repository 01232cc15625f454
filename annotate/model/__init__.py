"""The classifier: train, evaluate and predict; the rule-based pre-annotator.

Saved models name their feature classes by :mod:`annotate.model.features`, a path that
stays put when files inside the package move.
"""

from annotate._lazy import attach

_NAMES = {
    "ModelFormatError": "._model_file",
    "TrainError": "._train",
    "TrainResult": "._train",
    "UntrustedModelError": "._model_file",
    "evaluate": "._predict",
    "load_model": "._model_file",
    "ModelMeta": "._meta",
    "model_id": "._train",
    "predict": "._predict",
    "train": "._train",
    "LEXICON_VERSION": "._rules",
    "preannotate": "._rules",
}
__all__ = sorted(_NAMES)
__getattr__, __dir__ = attach(__name__, globals(), _NAMES)
