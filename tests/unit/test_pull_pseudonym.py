"""Annotator pseudonyms: keyed, stable, and the key file private."""

from __future__ import annotations

import re
from pathlib import Path

from annotate.studio._pseudonym import Pseudonymizer, load_key, pseudonym


def test_key_is_created_private_and_reused(tmp_path: Path) -> None:
    key = load_key(tmp_path / "home")
    path = tmp_path / "home" / "pseudonym.key"
    assert path.stat().st_mode & 0o777 == 0o600
    assert len(key) == 32
    assert load_key(tmp_path / "home") == key


def test_pseudonym_is_stable_keyed_and_ignores_case(tmp_path: Path) -> None:
    key = load_key(tmp_path)
    ana = pseudonym("ana@example.com", key)
    assert re.fullmatch(r"annotator-[0-9a-f]{10}", ana)
    assert pseudonym(" Ana@Example.com ", key) == ana
    assert pseudonym("ben@example.com", key) != ana
    assert pseudonym("ana@example.com", b"another key") != ana


def test_completed_by_as_id_or_dict(tmp_path: Path) -> None:
    key = load_key(tmp_path)
    names = Pseudonymizer(key, {3: "ana@example.com"}, "http://a.test")
    ana = pseudonym("ana@example.com", key)
    assert names(3) == ana
    assert names({"id": 3, "email": "ana@example.com"}) == ana
    assert names({"id": 99, "email": "ana@example.com"}) == ana
    # A user deleted since: still a pseudonym, distinct per server, never the raw id.
    gone = names(42)
    assert gone.startswith("annotator-") and gone != ana
    assert Pseudonymizer(key, {}, "http://b.test")(42) != gone
