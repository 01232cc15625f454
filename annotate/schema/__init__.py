"""The labelling schema: one declarative object from which the Label Studio interface, the
validation of pulled labels and the dataset features all derive.
"""

from annotate._lazy import attach

_NAMES = {
    "DEFAULT_SCHEMA": "._schema",
    "Field": "._schema",
    "Label": "._schema",
    "Record": "._schema",
    "RecordType": "._schema",
    "Role": "._schema",
    "Rule": "._schema",
    "Schema": "._schema",
    "Span": "._schema",
    "Violation": "._schema",
    "bundled_schemas": "._schema",
    "load_schema": "._schema",
}
__all__ = sorted(_NAMES)
__getattr__, __dir__ = attach(__name__, globals(), _NAMES)
