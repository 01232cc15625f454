"""Annotator pseudonyms: keyed, stable, and the key file private."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotate.errors import InputError
from annotate.studio._pseudonym import Pseudonymizer, load_key, pseudonym, remember, remembered


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


def test_a_removed_member_keeps_the_pseudonym_remembered_while_their_email_showed(
    tmp_path: Path,
) -> None:
    """Label Studio shows a removed member's e-mail as "Deleted": that is no identity."""
    key = load_key(tmp_path)
    server = "http://a.test"
    before = Pseudonymizer(key, {3: "ana@example.com", 4: "ben@example.com"}, server)
    ana, ben = before(3), before(4)
    remember(tmp_path, server, {3: ana, 4: ben})
    remember(tmp_path, "http://other.test", {3: "annotator-0000000000"})

    masked = {3: "Deleted", 4: "Deleted"}  # both removed since
    after = Pseudonymizer(key, masked, server, known=remembered(tmp_path, server))
    assert (after(3), after(4)) == (ana, ben)
    assert after({"id": 3, "email": "Deleted"}) == ana
    # Without a record, still never one pseudonym shared by every removed member.
    unknown = Pseudonymizer(key, masked, server)
    assert unknown(3) != unknown(4)
    assert pseudonym("Deleted", key) not in {unknown(3), unknown(4)}
    assert (tmp_path / "pseudonyms.json").stat().st_mode & 0o777 == 0o600
    assert "@" not in (tmp_path / "pseudonyms.json").read_text()


def test_a_damaged_pseudonym_record_is_one_message(tmp_path: Path) -> None:
    (tmp_path / "pseudonyms.json").write_text("{not json")
    with pytest.raises(InputError, match=r"pseudonyms\.json cannot be read"):
        remembered(tmp_path, "http://a.test")
