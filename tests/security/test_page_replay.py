"""Tampering with the vault file by someone who can write to its folder: a replayed page that
turns an opt-out back into consent, and a truncated audit log. SQLCipher cannot see either
(an older page is still a valid page); the seal beside the file does, at sign-in and in
``audit verify``, and nothing is believed until an administrator has looked."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from contactweb.services import audit
from contactweb.services.accounts import session
from contactweb.services.consent import consent
from contactweb.services.integrity_seal import SEAL_FILE_NAME, VaultChangedOutside
from contactweb.vault.vault import DB_NAME
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import ContactSpec, add_contacts

PAGE = 4096


def _open(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _email_status(path: Path, key: bytes, contact_id: int) -> str | None:
    conn = _open(path, key)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return None
        row = conn.execute("SELECT status FROM consent_state WHERE contact_id = ? AND "
                           "channel = 'email'", (contact_id,)).fetchone()
        return row[0] if row else None
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()


@pytest.fixture
def opted_out_vault(vault_dir: Path, tmp_path: Path) -> tuple[bytes, int, bytes]:
    """A vault where contact X opted out of email after an older copy of the file was kept.
    Returns the key, X's id and the older file's bytes."""
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
    _, person = add_contacts(ws, [ContactSpec("Ann", "Other", "ann@example.org"),
                                  ContactSpec("Xavier", "Optout", "x@example.org")])
    key = ws.raw_key()
    session.sign_out(ws)
    older = (vault_dir / DB_NAME).read_bytes()
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    consent.opt_out(ws, person, "email", evidence="replied STOP")
    session.sign_out(ws)
    return key, person, older


def _replay_consent_page(vault_dir: Path, key: bytes, person: int, older: bytes,
                         scratch: Path) -> list[int]:
    """Put back the fewest older pages (one, else two: the table and its index) that make
    the opt-out consent again and still pass integrity_check; returns their numbers."""
    current = (vault_dir / DB_NAME).read_bytes()
    scratch.mkdir()
    changed = [start for start in range(0, min(len(current), len(older)), PAGE)
               if current[start:start + PAGE] != older[start:start + PAGE]]
    for chosen in [(p,) for p in changed] + list(itertools.combinations(changed, 2)):
        candidate = bytearray(current)
        for start in chosen:
            candidate[start:start + PAGE] = older[start:start + PAGE]
        (scratch / DB_NAME).write_bytes(candidate)
        if _email_status(scratch / DB_NAME, key, person) == "granted":
            (vault_dir / DB_NAME).write_bytes(candidate)
            return [start // PAGE + 1 for start in chosen]
    raise AssertionError("no one or two pages turn the opt-out back")


def test_a_replayed_page_that_undoes_an_opt_out_is_reported(
        opted_out_vault: tuple[bytes, int, bytes], vault_dir: Path, tmp_path: Path) -> None:
    key, person, older = opted_out_vault
    pages = _replay_consent_page(vault_dir, key, person, older, tmp_path / "scratch")
    assert 1 not in pages
    assert _email_status(vault_dir / DB_NAME, key, person) == "granted"  # SQLite believes it

    with pytest.raises(VaultChangedOutside) as refused:
        session.sign_in(vault_dir, "admin", PASSWORD)
    assert any("opt-outs differ" in d for d in refused.value.differences)

    cli = CliRunner(vault_dir, "admin", PASSWORD)
    listed = cli("contact", "list")
    assert listed.code == 1 and "changed outside ContactWeb" in listed.err
    verified = cli("audit", "verify")
    assert verified.code == 1 and "opt-outs differ" in verified.err

    accepted = cli("vault", "accept-outside-changes")
    assert accepted.code == 0 and "opt-outs differ" in accepted.out
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        event = audit.list_events(ws, action="vault.outside_changes_accepted")[0]
        assert event.username == "admin" and "opt-outs" in json.dumps(event.details)
    finally:
        ws.lock()
    assert cli("audit", "verify").code == 0


@pytest.mark.parametrize("keep", [3, 0])
def test_removing_the_newest_or_all_audit_events_is_reported(
        opted_out_vault: tuple[bytes, int, bytes], vault_dir: Path, keep: int) -> None:
    key, _person, _older = opted_out_vault
    conn = _open(vault_dir / DB_NAME, key)
    conn.execute("DELETE FROM audit_events WHERE id > ?", (keep,))
    conn.commit()
    conn.close()
    with pytest.raises(VaultChangedOutside) as refused:
        session.sign_in(vault_dir, "admin", PASSWORD)
    assert any("events were removed" in d for d in refused.value.differences)
    verified = CliRunner(vault_dir, "admin", PASSWORD)("audit", "verify")
    assert verified.code == 1 and "changed outside ContactWeb" in verified.err


def test_a_missing_or_edited_seal_is_reported(
        opted_out_vault: tuple[bytes, int, bytes], vault_dir: Path) -> None:
    seal = vault_dir / SEAL_FILE_NAME
    document = json.loads(seal.read_text())
    document["state"]["counts"] = [0, 0, 0]
    seal.write_text(json.dumps(document))
    with pytest.raises(VaultChangedOutside, match="was altered"):
        session.sign_in(vault_dir, "admin", PASSWORD)
    seal.unlink()
    with pytest.raises(VaultChangedOutside, match="is missing"):
        session.sign_in(vault_dir, "admin", PASSWORD)


def test_a_seal_left_behind_by_an_interrupted_write_is_not_a_false_alarm(
        vault_dir: Path, tmp_path: Path) -> None:
    """ContactWeb committed but stopped before rewriting the seal: the newer events chain
    on from the sealed head, which only ContactWeb can produce."""
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
    [person] = add_contacts(ws, [ContactSpec("Yan", "Later", "yan@example.org")])
    shutil.copyfile(vault_dir / SEAL_FILE_NAME, tmp_path / "seal")
    consent.opt_out(ws, person, "email", evidence="asked by phone")
    session.sign_out(ws)
    shutil.copyfile(tmp_path / "seal", vault_dir / SEAL_FILE_NAME)
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        assert consent.status_by_channel(ws, person)["email"] == "opted_out"
    finally:
        ws.lock()


def test_a_vault_from_before_seals_is_sealed_at_its_first_sign_in(
        vault_dir: Path) -> None:
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
    key = ws.raw_key()
    session.sign_out(ws)
    conn = _open(vault_dir / DB_NAME, key)  # as a vault written by a version without seals
    conn.execute("DELETE FROM settings WHERE key = 'vault.sealed'")
    conn.commit()
    conn.close()
    (vault_dir / SEAL_FILE_NAME).unlink()
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    ws.lock()
    assert (vault_dir / SEAL_FILE_NAME).exists()
    assert session.sign_in(vault_dir, "admin", PASSWORD).username == "admin"
