"""Nothing a user typed reaches the disk in plain text: not the database, not its WAL, not a
temporary file, not after a delete, not after locking."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from contactweb.models import Contact
from contactweb.services import settings
from contactweb.services.accounts import session, users
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.vault.vault import DB_NAME
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.security.disk_scan import hits
from tests.support.memory_keyring import RecordingKeyring

MARK = "qzmark"  # every text field below starts with it
PHONE_DIGITS = ("4155550199", "14155550199", "3025550142", "13025550142")
NEEDLES = (MARK, "qzmärk", *PHONE_DIGITS)


def _contact(tag: str, phone: str) -> ContactInput:
    return ContactInput(
        first_name=f"{MARK}first{tag}", last_name=f"{MARK}last{tag}",
        middle_name=f"{MARK}middle", prefix=f"{MARK}pre", suffix=f"{MARK}suf",
        company=f"{MARK}company", title=f"{MARK}title", notes=f"{MARK}notes qzmärk",
        emails=[EmailInput(f"{MARK}email{tag}@{MARK}domain.example", "home")],
        phones=[PhoneInput(phone, "mobile")],
        addresses=[AddressInput(f"{MARK}street\n{MARK}floor", f"{MARK}city", f"{MARK}region",
                                f"{MARK}post", f"{MARK}country")],
        tags=[f"{MARK}tag{tag}"], birthday=date(1980, 5, 17),
        photo=f"{MARK}photo".encode() * 10, photo_mime="image/png",
    )


def _fill(ws: Workspace) -> tuple[int, int]:
    """Write a marker into every text field the services accept; returns two contact ids."""
    users.add_user(ws, "clerk", "staff", ROLE_PASSWORDS["staff"], display_name=f"{MARK}display",
                   must_change=False)
    settings.set_business_profile(ws, settings.BusinessProfile(name=f"{MARK}business"))
    kept = contacts.create_contact(ws, _contact("a", "+1 415 555 0199"))
    doomed = contacts.create_contact(ws, _contact("b", "+1 302 555 0142"))
    for cid in (kept, doomed):
        communications.log_communication(ws, cid, CommunicationInput(
            kind="call", direction="in", subject=f"{MARK}subject", body=f"{MARK}body " * 50,
            duration_minutes=5, attachments=[
                AttachmentInput(f"{MARK}file.txt", f"{MARK}attachment".encode() * 300),
                AttachmentInput(f"{MARK}call.ogg", f"{MARK}recording".encode() * 300,
                                kind="recording", mime="audio/ogg"),
            ]))
        sales.add_sale(ws, cid, SaleInput(
            lines=[SaleLineInput(f"{MARK}product", 2, 1999)], status="won",
            notes=f"{MARK}salenotes"))
        reminders.add_reminder(ws, cid, datetime(2030, 1, 1) + timedelta(hours=cid),
                               f"{MARK}reminder")
        consent.opt_in(ws, cid, "email", evidence=f"{MARK}evidence", method=f"{MARK}method",
                       wording=f"{MARK}wording", source=f"{MARK}source")
        consent.opt_out(ws, cid, "post", evidence=f"{MARK}optout", source=f"{MARK}src")
    return kept, doomed


def _assert_clean(folders: list[Path], keyring: RecordingKeyring, moment: str) -> None:
    found = hits(folders, NEEDLES)
    assert found == [], f"plain text on disk {moment}: {found}"
    assert not any(MARK in value for value in keyring.store.values())


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """SQLCipher and Python put temporary files here during the test, so the scan sees them."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_no_plain_text_after_commit_delete_and_lock(
        temp_dir: Path, vault_dir: Path, isolated_home: Path,
        memory_keyring: RecordingKeyring) -> None:
    folders = [vault_dir, temp_dir, isolated_home]
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
    kept, doomed = _fill(ws)

    # The data really is there, so a clean scan means it is encrypted, not missing.
    shown = contacts.get_contact(ws, kept)
    assert shown.first_name == f"{MARK}firsta" and shown.addresses[0].city == f"{MARK}city"
    assert (vault_dir / DB_NAME).stat().st_size > 30_000
    _assert_clean(folders, memory_keyring, "after commit")

    # A delete: child rows replaced by an edit, a whole contact removed with its history.
    data = shown.to_input()
    data.emails, data.phones, data.tags, data.addresses = [], [], [], []
    contacts.update_contact(ws, kept, data)
    with ws.session() as db:
        db.delete(db.execute(select(Contact).where(Contact.id == doomed)).scalar_one())
    assert contacts.get_contact(ws, kept).emails == []
    _assert_clean(folders, memory_keyring, "after a delete")

    session.sign_out(ws)
    _assert_clean(folders, memory_keyring, "after lock")


def test_database_file_needs_the_key(vault_dir: Path) -> None:
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
    contacts.create_contact(ws, ContactInput(first_name=f"{MARK}someone"))
    key = ws.raw_key()
    session.sign_out(ws)
    db_path = vault_dir / DB_NAME
    assert not db_path.read_bytes().startswith(b"SQLite format 3")

    def read_schema(*pragmas: str) -> int:
        conn = sqlcipher3.connect(str(db_path))
        try:
            for pragma in pragmas:
                conn.execute(pragma)
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()

    for pragmas in ((), (f"PRAGMA key = \"x'{'00' * 32}'\"",),
                    (f"PRAGMA key = \"x'{bytes(b ^ 1 for b in key).hex()}'\"",),
                    (f"PRAGMA key = '{PASSWORD}'",)):
        with pytest.raises(sqlcipher3.DatabaseError):
            read_schema(*pragmas)
    # The right raw key opens it: the refusals above are about the key, not a broken file.
    assert read_schema(f"PRAGMA key = \"x'{key.hex()}'\"") > 10
