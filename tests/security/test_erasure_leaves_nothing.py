"""After an erasure, no trace of the person is left anywhere in the database file: not in any
table (the search index's shadow tables included), not in free pages, not in the WAL.

The file is checked two ways: every table dumped through SQLCipher with the vault key, and
every page of the file (and of the WAL) decrypted here with AES-256-CBC, exactly as SQLCipher
4 lays pages out, so that free pages and stale b-tree cells are read too.
"""

from __future__ import annotations

import json
import struct
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from contactweb.models import Draft, ErasureRecord, Mailing, MergeRecord, OutboxMessage, Sale
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.privacy import erase_contact
from contactweb.vault.workspace import Workspace

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
WAL_HEADER = 32
WAL_FRAME_HEADER = 24

# Strings that occur nowhere but in the erased person's records.
PERSON = {
    "first": "Quillonia", "last": "Vartanyanx", "company": "Vartanyan Glassworks",
    "email": "quillonia.vartanyan@example.org", "email2": "qv.private@example.net",
    "phone": "+14155550187", "digits": "4155550187", "street": "77 Zephyrmoor Lane",
    "city": "Brackenholt", "notes": "Prefers xylophonic greetings on Tuesdays",
    "tag": "zephyrclubmember", "subject": "Marmaladeplan discussion",
    "body": "Discussed the marmalade contract with Ermentrudex at length",
    "recording": "RECORDING-Quasimodal-voice-bytes-0187", "filename": "quasimodal-call.wav",
    "sale_note": "Gift for Quillonia's aunt Hildegardex", "reminder": "Call Ermentrudex back",
    "evidence": "Signed card Trevelyanxyz at the fair", "wording": "Newsletter please Pommeroy",
    "draft": "Draftbody Quillonia unsaved", "merged": "Quillonius Oldrecordx",
}
OTHER = {"first": "Bobson", "last": "Controlvik", "email": "bobson.controlvik@example.com",
         "notes": "Control notes Wintergreenish"}


def decrypt_pages(data: bytes, key: bytes, first_page_has_salt: bool = True) -> bytes:
    """Decrypt SQLCipher 4 pages (raw key: AES key = the vault key; IV in the reserved tail)."""
    out = []
    for number in range(len(data) // PAGE_SIZE):
        page = data[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        start = 16 if (number == 0 and first_page_has_salt) else 0
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[start:PAGE_SIZE - RESERVE]) + decryptor.finalize())
    return b"".join(out)


def decrypt_wal(data: bytes, key: bytes) -> bytes:
    out = []
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE_SIZE <= len(data):
        page_number = struct.unpack(">I", data[offset:offset + 4])[0]
        page = data[offset + WAL_FRAME_HEADER:offset + WAL_FRAME_HEADER + PAGE_SIZE]
        out.append(decrypt_pages(page, key, first_page_has_salt=page_number == 1))
        offset += WAL_FRAME_HEADER + PAGE_SIZE
    return b"".join(out)


def plaintext_of_files(db_path: Path, key: bytes) -> bytes:
    data = db_path.read_bytes()
    assert len(data) % PAGE_SIZE == 0
    text = decrypt_pages(data, key)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        text += decrypt_wal(wal.read_bytes(), key)
    return text


def dump_tables(db_path: Path, key: bytes) -> tuple[str, int, list[str]]:
    """Every row of every table, shadow tables included, as one text; and the free pages."""
    conn = sqlcipher3.connect(str(db_path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        parts = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("latin-1"))
                    elif value is not None:
                        parts.append(str(value))
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        return "\n".join(parts), free, tables
    finally:
        conn.close()


def found(haystack: bytes, needles: dict[str, str]) -> list[str]:
    lowered = haystack.lower()
    return [name for name, value in needles.items()
            if value.lower().encode() in lowered]


def make_person(ws: Workspace, person: dict, with_everything: bool) -> int:
    cid = contacts.create_contact(ws, ContactInput(
        first_name=person["first"], last_name=person["last"], company=person.get("company", ""),
        emails=[EmailInput(person["email"])] + ([EmailInput(person["email2"], "home")]
                                                if "email2" in person else []),
        phones=[PhoneInput(person["phone"])] if "phone" in person else [],
        addresses=[AddressInput(person["street"], person["city"], "CA", "94110", "US")]
        if "street" in person else [],
        tags=[person["tag"]] if "tag" in person else [], notes=person["notes"]))
    if not with_everything:
        return cid
    communications.log_communication(ws, cid, CommunicationInput(
        kind="call", direction="in", duration_minutes=12, subject=person["subject"],
        body=person["body"],
        attachments=[AttachmentInput(person["filename"], person["recording"].encode() * 40,
                                     kind="recording")]))
    communications.log_communication(ws, cid, CommunicationInput(
        kind="email", direction="out", subject="Follow-up " + person["subject"],
        body=person["body"] + " (copy)"))
    sales.add_sale(ws, cid, SaleInput(lines=[SaleLineInput("Oak table", 2, 45000)],
                                      status="won", notes=person["sale_note"]))
    reminders.add_reminder(ws, cid, datetime(2030, 1, 1, 9), person["reminder"])
    consent.opt_in(ws, cid, "email", person["evidence"], method="card",
                   wording=person["wording"], source="fair")
    consent.opt_out(ws, cid, "sms", evidence="said no to texts")
    with ws.session() as session:
        session.add(Draft(user_id=ws.user_id, kind="contact", contact_id=cid,
                          payload=json.dumps({"notes": person["draft"]})))
        mailing = Mailing(subject="Spring catalogue", body_text="Hello {first_name}")
        session.add(mailing)
        session.flush()
        session.add(OutboxMessage(mailing_id=mailing.id, contact_id=cid,
                                  to_address=person["email"], status="sent"))
        session.add(MergeRecord(kept_contact_id=cid, merged_contact_id=cid + 1000,
                                snapshot=json.dumps({"first_name": person["merged"]})))
    return cid


@pytest.fixture
def erased_vault(admin_ws: Workspace) -> tuple[Workspace, int, int, bytes]:
    other = make_person(admin_ws, OTHER, with_everything=False)
    cid = make_person(admin_ws, PERSON, with_everything=True)
    key = admin_ws.raw_key()
    before = plaintext_of_files(admin_ws.vault.db_path, key)
    # The decryption above is right: before erasure every string is there to be found.
    assert found(before, {k: PERSON[k] for k in ("first", "email", "notes", "body")}) == [
        "first", "email", "notes", "body"]
    return admin_ws, cid, other, key


def test_erasure_leaves_no_string_in_any_table_page_or_wal(erased_vault) -> None:  # noqa: ANN001
    ws, cid, other, key = erased_vault
    receipt = erase_contact(ws, cid)

    dump, free_pages, tables = dump_tables(ws.vault.db_path, key)
    assert {"contact_fts_data", "contact_fts_idx", "contact_fts_content",
            "contact_fts_docsize"} <= set(tables)
    assert found(dump.encode(), PERSON) == []
    assert free_pages == 0
    raw = plaintext_of_files(ws.vault.db_path, key)
    assert found(raw, PERSON) == []
    # The other contact is untouched, and the scan does see what is still there.
    assert found(raw, OTHER) == list(OTHER)
    assert contacts.get_contact(ws, other, audit_view=False).last_name == OTHER["last"]
    assert receipt.removed["communications"] == 2
    assert receipt.removed["attachments"] == 1
    assert receipt.removed["sales_detached"] == 1
    assert receipt.removed["reminders"] == 1
    assert receipt.removed["consent_events"] == 2
    assert receipt.removed["drafts"] == 1
    assert receipt.removed["outbox_messages"] == 1
    assert receipt.removed["merge_records"] == 1
    assert receipt.removed["emails"] == 2


def test_erasure_keeps_the_sale_for_the_books_without_the_person(erased_vault) -> None:  # noqa: ANN001
    ws, cid, _other, _key = erased_vault
    erase_contact(ws, cid)
    with ws.session(readonly=True) as session:
        sale = session.query(Sale).one()
        assert sale.contact_id is None
        assert sale.notes == ""
        assert [(ln.description, ln.quantity, ln.unit_price_cents) for ln in sale.lines] == [
            ("Oak table", 2, 45000)]


def test_erasure_record_holds_hashes_and_counts_only(erased_vault) -> None:  # noqa: ANN001
    ws, cid, _other, _key = erased_vault
    receipt = erase_contact(ws, cid)
    with ws.session(readonly=True) as session:
        record = session.get(ErasureRecord, receipt.erasure_id)
        hashes = json.loads(record.identifier_hashes)
        assert record.erased_by == "admin"
        assert len(record.name_hash) == 64
        assert len(hashes) == 4  # two emails, one phone, the row fingerprint
        assert all(len(h) == 64 and int(h, 16) >= 0 for h in hashes)
        assert json.loads(record.removed_counts) == receipt.removed
    assert receipt.erased_at.date() >= date.today() - timedelta(days=1)


def test_scrub_alone_removes_everything_even_without_secure_delete(
        erased_vault, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Defence in depth: VACUUM and the truncating checkpoint suffice on their own."""
    import contactweb.store.engine as store_engine

    ws, cid, _other, key = erased_vault
    monkeypatch.setattr(store_engine, "PRAGMAS", tuple(
        "secure_delete = OFF" if p.startswith("secure_delete") else p
        for p in store_engine.PRAGMAS))
    erase_contact(ws, cid)
    assert found(plaintext_of_files(ws.vault.db_path, key), PERSON) == []
