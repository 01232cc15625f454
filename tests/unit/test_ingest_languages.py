"""ingest(language=...): news in another language, in the Latin script, is kept out on request.

The English sentence rules would split German or Spanish news and send it to annotators; a
crawl and an API's dump mix languages. The text decides, not what the page declares.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from annotate.corpus._ingest import ingest
from annotate.corpus._languages import SURE, identify
from annotate.errors import IngestError
from tests.shared import shared_data

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "iran-missiles-russia.txt"

GERMAN = (
    "Der Stadtrat hat am Dienstag mit sieben zu zwei Stimmen beschlossen, die alte Brücke im "
    "Sommer für Reparaturen zu sperren. „Wir hatten keine andere Wahl“, sagte die Bürgermeisterin "
    "nach der Abstimmung. Die Arbeiten sollen etwa drei Monate dauern. Anwohner können in dieser "
    "Zeit eine Fähre nutzen, die alle zwanzig Minuten fährt."
)
SPANISH = (
    "El ayuntamiento votó el martes a favor de cerrar el puente durante el verano para "
    "repararlo. «No teníamos otra opción», dijo la alcaldesa tras la votación. Las obras durarán "
    "unos tres meses y los vecinos podrán cruzar en un transbordador cada veinte minutos."
)


def test_only_articles_in_the_language_asked_for_are_kept(tmp_path: Path) -> None:
    # A German story declared English (a CMS's default) is still German; an English story
    # declared nothing gets "en" in its language column; without --language all are kept.
    records = [
        {"id": "en", "text": SEED.read_text("utf-8")},
        {"id": "de", "text": GERMAN, "language": "en"},
        {"id": "es", "text": SPANISH},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    everything = ingest([path], tmp_path / "all" / "s.parquet")
    assert (everything.n_articles, everything.skipped) == (3, [])
    english = ingest([path], tmp_path / "en" / "s.parquet", language="en")
    assert english.n_articles == 1
    reasons = {s.line: s.reason for s in english.skipped}
    assert reasons[2].startswith("written in de, not en (identified from its text")
    assert reasons[3].startswith("written in es, not en")
    assert reasons[3].endswith("-> ingest without --language to keep it")
    [article] = pq.read_table(english.articles_path).to_pylist()
    assert article["language"] == "en"  # identified, as none was declared
    german = ingest([path], tmp_path / "de" / "s.parquet", language="de", workers=2)
    [article] = pq.read_table(german.articles_path).to_pylist()
    assert article["language"] == "en"  # what the record declared stays in its column
    assert article["text"].startswith("Der Stadtrat")


def test_a_language_that_is_no_code_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no language 'english' to keep") as caught:
        ingest([SEED], tmp_path / "s.parquet", language="english")
    assert "en" in str(caught.value).split("one of ")[1].split(", ")
    assert not (tmp_path / "s.parquet").exists()
    with pytest.raises(IngestError, match="written in en, not de") as caught:
        ingest([SEED], tmp_path / "s.parquet", language="de")
    assert caught.value.hint == "every article is in another language than 'de': drop --language"


def test_fnc1s_english_bodies_are_all_kept_and_its_two_french_ones_are_found() -> None:
    # FNC-1 is English news, but two of its 2,587 bodies are French (train 1686, a hoax about
    # a viral photo; 2515, "Et si Dieu était une femme?"). Its one Chinese page is skipped by
    # its script before any language is identified.
    csv.field_size_limit(2**31 - 1)
    other: dict[str, str] = {}
    for name in ("train_bodies.csv", "competition_test_bodies.csv"):
        with (shared_data() / "fnc1" / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                found, share = identify(row["articleBody"])
                if found != "en" and share >= SURE:
                    other[row["Body ID"]] = found
    assert other == {"1686": "fr", "2515": "fr"}
