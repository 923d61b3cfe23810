"""An erasure survives a restore: an older copy of the database gets every erasure re-applied
before it is used, and keeps nobody who was not erased."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from contactweb.models import Contact, ErasureRecord
from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.integrity_seal import seal_restored
from contactweb.services.privacy import (
    erase_contact,
    erasure_fingerprints,
    reapply_erasures,
    restore_hook,
)
from contactweb.services.privacy.erasure_match import ErasedContactMatch
from contactweb.store.engine import make_engine
from contactweb.sync.engine import BackupEngine
from contactweb.sync.folder_transport import FolderTransport
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.security.test_erasure_leaves_nothing import (
    OTHER,
    PERSON,
    dump_tables,
    found,
    make_person,
    plaintext_of_files,
)


def backup_copy(ws: Workspace, folder: Path) -> Path:
    """What a restore rebuilds: the database file as it was at that moment."""
    raw = ws.engine.raw_connection()  # autocommit, so the checkpoint is not inside a BEGIN
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    folder.mkdir()
    target = folder / "contactweb.db"
    shutil.copyfile(ws.vault.db_path, target)
    return target


def names_in(db_path: Path, key: bytes) -> list[str]:
    engine = make_engine(db_path, key)
    try:
        with engine.connect() as conn:
            return sorted(conn.execute(select(Contact.last_name)).scalars())
    finally:
        engine.dispose()


def test_restored_old_copy_gets_the_erasure_again(admin_ws: Workspace, tmp_path: Path) -> None:
    make_person(admin_ws, OTHER, with_everything=False)
    cid = make_person(admin_ws, PERSON, with_everything=True)
    old = backup_copy(admin_ws, tmp_path / "restored")
    key = admin_ws.raw_key()
    erase_contact(admin_ws, cid)
    assert names_in(old, key) == sorted([OTHER["last"], PERSON["last"]])

    result = reapply_erasures(old, key, erasure_fingerprints(admin_ws))

    assert result.contacts_erased == [cid] and result.records_carried == 1
    assert names_in(old, key) == [OTHER["last"]]
    dump, free_pages, _tables = dump_tables(old, key)
    assert found(dump.encode(), PERSON) == [] and free_pages == 0
    assert found(plaintext_of_files(old, key), PERSON) == []
    # Its own erasure records now include the carried one: a later re-import is flagged.
    engine = make_engine(old, key)
    with engine.connect() as conn:
        erased_by = sorted(conn.execute(select(ErasureRecord.erased_by)).scalars())
    engine.dispose()
    assert erased_by == ["admin", "restore"]


def test_hook_for_the_restore_and_second_run_changes_nothing(admin_ws: Workspace,
                                                             tmp_path: Path) -> None:
    cid = make_person(admin_ws, PERSON, with_everything=True)
    old = backup_copy(admin_ws, tmp_path / "restored")
    erase_contact(admin_ws, cid)
    hook = restore_hook(admin_ws)
    first = hook(old)
    second = hook(old)
    assert first.contacts_erased == [cid]
    assert second.contacts_erased == [] and second.records_carried == 0


def test_match_by_email_or_phone_but_a_namesake_with_own_details_stays(
        admin_ws: Workspace, tmp_path: Path) -> None:
    erased = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@example.com")],
        phones=[PhoneInput("+14155550100")]))
    erase_contact(admin_ws, erased)
    # A copy in which the same person lives on in other rows (e.g. an import made elsewhere).
    old = backup_copy(admin_ws, tmp_path / "restored")
    engine = make_engine(old, admin_ws.raw_key())
    with engine.begin() as conn:
        for first, last, email, phone in (
                ("Annie", "Lee-Smith", "ann@example.com", ""),   # same email: erased
                ("A", "L", "", "+14155550100"),                   # same phone: erased
                ("Ann", "Lee", "", ""),                           # same name, nothing else: erased
                ("Ann", "Lee", "other.ann@example.com", "")):     # a namesake: kept
            row = conn.execute(Contact.__table__.insert().values(
                first_name=first, last_name=last, sort_name=last.lower())).inserted_primary_key[0]
            if email:
                conn.exec_driver_sql("INSERT INTO contact_emails(contact_id, label, address, "
                                     "position) VALUES (?, 'work', ?, 0)", (row, email))
            if phone:
                conn.exec_driver_sql("INSERT INTO contact_phones(contact_id, label, number, "
                                     "national_digits, position) VALUES (?, 'work', ?, '', 0)",
                                     (row, phone))
    engine.dispose()
    result = reapply_erasures(old, admin_ws.raw_key())
    assert len(result.contacts_erased) == 3
    engine = make_engine(old, admin_ws.raw_key())
    with engine.connect() as conn:
        left = conn.exec_driver_sql(
            "SELECT c.first_name, e.address FROM contacts c "
            "JOIN contact_emails e ON e.contact_id = c.id").all()
    engine.dispose()
    assert [tuple(r) for r in left] == [("Ann", "other.ann@example.com")]


def test_restored_vault_flags_the_erased_person_coming_back(admin_ws: Workspace,
                                                            tmp_path: Path) -> None:
    erased = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@example.com")]))
    old = backup_copy(admin_ws, tmp_path / "restored")
    shutil.copyfile(admin_ws.vault.keyslots_path, old.parent / "keyslots.json")
    erase_contact(admin_ws, erased)
    reapply_erasures(old, admin_ws.raw_key(), erasure_fingerprints(admin_ws))
    seal_restored(old.parent, admin_ws.raw_key())  # as the restore service does
    restored = session.sign_in(old.parent, "admin", PASSWORD)
    try:
        with pytest.raises(ErasedContactMatch):
            contacts.create_contact(restored, ContactInput(
                first_name="Someone", emails=[EmailInput("ann@example.com")]))
    finally:
        restored.lock()


def test_real_restore_of_an_older_snapshot_reapplies_the_erasure(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path) -> None:
    """End to end through the backup engine: back up, erase, restore the older snapshot."""
    keep = make_person(admin_ws, OTHER, with_everything=False)
    cid = make_person(admin_ws, PERSON, with_everything=True)
    key = admin_ws.raw_key()
    (tmp_path / "backups").mkdir()
    engine = BackupEngine(FolderTransport(tmp_path / "backups"), admin_ws.vault.vault_id, key)
    engine.backup(admin_ws.vault.db_path, admin_ws.vault.keyslots_path)
    erase_contact(admin_ws, cid)
    hook = restore_hook(admin_ws)
    admin_ws.lock()  # the vault must be closed while it is restored
    restored_db = engine.restore(None, vault_dir, before_swap=hook)
    assert names_in(restored_db, key) == [OTHER["last"]]
    assert found(plaintext_of_files(restored_db, key), PERSON) == []
    seal_restored(vault_dir, key)  # as the restore service does
    restored = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        assert contacts.get_contact(restored, keep, audit_view=False).last_name == OTHER["last"]
        with pytest.raises(ErasedContactMatch):
            contacts.create_contact(restored, ContactInput(
                first_name="X", emails=[EmailInput(PERSON["email"])]))
    finally:
        restored.lock()
