"""A model folder's files: writing ``model.skops`` and reading it back with ``model.json``.

What a model file may hold is checked before anything in it is built: only the types
``annotate train`` writes (:data:`_TRUSTED_TYPES`), in a format this toolkit knows
(:data:`FORMAT_VERSION`); a damaged file is refused with what to do next. Files of the flat
layout's formats 0 and 1 are read with their feature classes' module names brought up to date.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from annotate.errors import IntegrityError, ModelFormatError, TrainError, UntrustedModelError
from annotate.model._meta import ModelMeta

__all__ = [
    "FORMAT_VERSION",
    "META_FILE",
    "MODEL_FILE",
    "ModelFormatError",
    "UntrustedModelError",
    "dump_models",
    "load_model",
]

MODEL_FILE = "model.skops"
META_FILE = "model.json"
# How a model folder is laid out, recorded in model.json. Bump it when a model written now
# would be misread or refused by the toolkit as it was before: a type added to
# _TRUSTED_TYPES (the older toolkit would call the file untrusted), a model.json key that
# loading or predicting relies on, or a change in what model.skops holds (one fitted pipeline
# per choice field, applied to raw sentence texts). A model.json without it predates it and
# reads as 0: the same model.skops, and a model.json without the release's name and hash key.
# 2: the feature classes are saved under their public module, annotate.model.features (0 and 1
# named the private modules of the flat layout, read through _RENAMED).
# 3: word and character TF-IDF blocks and the span tagger's vectorizers are the Compact*
# classes of annotate.model.features, whose vocabulary is saved packed (one string and one
# array instead of a node per term: 201 MB -> a few MB on CoNLL Wikipedia), and every
# pipeline has a "rules" block (RuleFeatures). Formats 0-2 hold scikit-learn's own
# vectorizers and no rules block, and still load and predict as before.
# 4: the rules block has a column scale (RuleFeatures.scale, 4 on fields the rules predict) and
# may hold a lexicon learned from chosen corpora (a dict) instead of a version: a toolkit of
# format 3 would ignore the one and fail on the other. A format-3 rules block has no scale and
# reads as scale 1, as it was trained.
# 5: a hedge cue field's span tagger (SpanFeatures.cue_words) reads more token features (a
# crude lemma, the word's shape, the next bigram, the neighbours' lemma and shape) and, held in
# SpanFeatures.lexicon, the rules lexicon's vote per token; a toolkit of format 4 would compute
# none of them and predict from a tagger missing its strongest columns. A format-4 tagger has
# neither attribute: it reads the features it was fitted on.
# 6: a pipeline may hold a word-class n-gram block (WordClassGrams, a new trusted type, chosen
# by cross-validation below 10,000 sentences); a toolkit of format 5 would call the file
# untrusted. Models without the block are as in format 5.
# 7: a rules block may hold ``home_confusion_``, the rules' confusion on held-out training
# folds, by which ``evaluate`` and ``predict`` adapt to the collection they label
# (annotate/model/_collection.py). A format-6 toolkit would read the file and ignore it, giving
# other answers than this one for the same model; a format-6 model here has none and is never
# adapted: its answers are those it gave before.
# 8: a hedge cue field's span tagger (SpanFeatures.syntax) also reads each token's part of speech
# and chunk; a toolkit of format 7 would compute none of them and predict from a tagger missing
# columns it was fitted with. A format-7 tagger has no such attribute and reads as before.
# 9: a pipeline may hold a latent topic block (LatentTopics, a new trusted type, chosen by
# cross-validation from 1,000 to 10,000 sentences); a toolkit of format 8 would call the file
# untrusted. Models without the block are as in format 8.
FORMAT_VERSION = 9
# Where formats 0 and 1 saved the feature classes, and where they are now: an old file is read
# with these module names replaced, then checked against _TRUSTED_TYPES like any other.
_RENAMED = {
    "annotate._features": "annotate.model.features",
    "annotate._span_tagger": "annotate.model.features",
}
# Every type in a model file that skops does not trust by default, by exact name: what
# skops.io.get_untrusted_types lists for models of every shape _features.build makes (with and
# without cues, character n-grams, span taggers, a threshold; one class), trained on the test
# releases with and without spans fields. scikit-learn's estimators and NumPy's ufuncs are
# trusted by skops itself. Anything else, a class or a function (numpy.full_like,
# builtins.exec), could run code when the model is loaded or applied, so the file is refused.
# A new feature class goes here, and bumps FORMAT_VERSION.
_TRUSTED_TYPES = frozenset(
    {
        "annotate.model.features.CompactDictVectorizer",
        "annotate.model.features.CompactTfidfVectorizer",
        "annotate.model.features.CueLexicon",
        "annotate.model.features.LatentTopics",
        "annotate.model.features.RuleFeatures",
        "annotate.model.features.Shape",
        "annotate.model.features.SpanFeatures",
        "annotate.model.features.WordClassGrams",
    }
)


def dump_models(models: dict[str, Any], fh: Any) -> None:
    """Write the pipelines by field to the open binary file ``fh`` as ``model.skops`` holds them."""
    import skops.io as sio

    # Deflated: the packed vocabularies and coefficients shrink 2.5x (5.8 -> 2.3 MB on
    # CoNLL Wikipedia) for about half a second.
    sio.dump(models, fh, compression=zipfile.ZIP_DEFLATED)


def load_model(model_dir: str | Path) -> tuple[dict[str, Any], ModelMeta]:
    """Load ``(pipelines by field, model.json)`` after checking the file holds only known types.

    ``model.json``'s ``format_version`` is 0 in what this returns for models written before
    it was recorded.

    Raises
    ------
    TrainError
        If the folder holds no model.
    ModelFormatError
        If ``model.json`` or ``model.skops`` is corrupt, or the model's format is newer than
        :data:`FORMAT_VERSION`.
    UntrustedModelError
        If the model file holds a type (class or function) that ``annotate train`` never
        writes; nothing in the file is built then.
    """
    import skops.io as sio

    root = Path(model_dir)
    path, meta_path = root / MODEL_FILE, root / META_FILE
    if not path.is_file() or not meta_path.is_file():
        raise TrainError(
            f"{str(root)!r} holds no trained model ({MODEL_FILE}, {META_FILE})",
            hint="pass the output folder of 'annotate train'",
        )
    # model.json first: a newer format may hold types this version does not know, and
    # "upgrade" is the right advice for those, not "untrusted".
    meta = _read_meta(meta_path)
    # One read: the bytes whose types were checked are the bytes loaded.
    data = path.read_bytes()
    try:
        if meta.format_version < 2 and data:
            data = _renamed(data)
        untrusted = sio.get_untrusted_types(data=data) if data else None
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise _corrupt(path, exc) from exc
    if untrusted is None:
        raise _corrupt(path, "the file is empty")
    unexpected = sorted(set(untrusted) - _TRUSTED_TYPES)
    if unexpected:
        raise UntrustedModelError(
            f"{path}: refusing to load types annotate train never writes: {', '.join(unexpected)}",
            hint="do not load model files from an untrusted source; retrain with "
            "'annotate train' on the release",
        )
    try:
        models = sio.loads(data, trusted=untrusted)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise _corrupt(path, exc) from exc
    return models, meta


def _renamed(data: bytes) -> bytes:
    """A model file of format 0 or 1 with its feature classes' module names as they are now.

    skops names each object's class in ``schema.json`` as ``"__module__": "<module>"``; only
    those exact strings are replaced, so the types check that follows sees the new names.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == "schema.json":
                text = blob.decode("utf-8")
                for old, new in _RENAMED.items():
                    text = text.replace(f'"__module__": "{old}"', f'"__module__": "{new}"')
                blob = text.encode("utf-8")
            dst.writestr(info, blob)
    return out.getvalue()


def _corrupt(path: Path, why: object) -> ModelFormatError:
    return ModelFormatError(
        f"{path}: not a model file written by 'annotate train' ({why})",
        hint="the file is damaged or truncated: copy it again, or retrain with 'annotate train'",
    )


def _read_meta(meta_path: Path) -> ModelMeta:
    """``model.json`` with its ``format_version`` checked (0 when absent)."""
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _corrupt(meta_path, exc) from exc
    missing = [
        k
        for k in ("model_version", "schema", "fields")
        if not isinstance(meta, dict) or k not in meta
    ]
    if missing:
        raise _corrupt(meta_path, f"no {', '.join(missing)}")
    version = meta.get("format_version", 0)
    # bool is an int in Python; true is not a version.
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ModelFormatError(
            f"{meta_path}: format_version {version!r} is not a whole number of 0 or more",
            hint="the file was edited or damaged: retrain with 'annotate train'",
        )
    if version > FORMAT_VERSION:
        raise ModelFormatError(
            f"{meta_path}: format_version {version}, but this annotate knows up to "
            f"{FORMAT_VERSION}",
            hint="upgrade annotate to load this model, or retrain it with this version",
        )
    try:
        return ModelMeta.from_dict({**meta, "format_version": version}, str(meta_path))
    except IntegrityError as exc:
        raise _corrupt(meta_path, exc.message) from exc
