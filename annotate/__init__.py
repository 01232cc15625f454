"""Annotate news sentences in Label Studio and publish versioned dataset releases."""

from annotate.errors import AnnotateError

__version__ = "0.1.0"
__all__ = ["AnnotateError", "__version__"]
