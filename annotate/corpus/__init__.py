"""Articles in, sentences out: reading files, cleaning, segmenting, the sentence table, and the
public corpora the benchmarks use.
"""

from annotate._lazy import attach

_NAMES = {
    "IngestResult": "._ingest",
    "Skipped": "._ingest",
    "ingest": "._ingest",
    "Decision": "._explain",
    "explain": "._explain",
    "segment": "._segment",
    "split_sentences": "._segment",
    "KINDS": "._public",
    "Corpus": "._public",
    "CorpusError": "._public",
    "load_corpus": "._public",
    "shared_data_dir": "._public",
}
__all__ = sorted(_NAMES)
__getattr__, __dir__ = attach(__name__, globals(), _NAMES)
