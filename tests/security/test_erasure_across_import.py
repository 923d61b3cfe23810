"""The erasure promise across the bulk import, the fastest path that writes contacts (batches
written on the caller's thread and indexed for search on a thread of their own, companies kept
between batches for duplicate lookup).

A person an import created, in a middle batch or in the last one, and then erased: no search
finds them and the search index holds no row or word of them; a backup restored on another
machine does not have them, nor does a backup taken before the erasure once restored (its
erasures re-applied); and the same file imported again, there or here, refuses them as
previously erased, however the file writes them, while everyone else is recognised as already
there. An opt-out outlives an import that folds a differently written copy of the person into
their contact, and their erasure after it.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from contactweb.services.accounts import session as accounts
from contactweb.services.backup import backup
from contactweb.services.backup.backup_restore import restore_backup, restore_remote
from contactweb.services.backup.backup_target import BackupTarget
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_contacts, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.contacts.duplicate_index import SAME_EMAIL
from contactweb.services.eligibility.eligibility import eligible_recipients
from contactweb.services.importing import import_batch, import_run, importer
from contactweb.services.importing.import_in_batches import import_in_batches
from contactweb.services.privacy.erasure import erase_contact
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.security.test_erasure_leaves_nothing import found, plaintext_of_files
from tests.support.memory_keyring import RecordingKeyring
from tests.unit.test_import_index_as_it_goes import expected_rows, index_rows

ROWS = 2_500  # three batches of import_batch.BATCH_SIZE (1,000): the indexer thread is used
MIDDLE, LAST = 1_500, 2_400  # a row of the middle batch and one of the last
# At LAST's company (Firm 32) under a similar name ("given02030 family02030"): updating
# duplicates, LAST's entry is found as this colleague's (with another address).
COLLEAGUE = 2_030
HEADER = "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Company,Consent Email\n"
ALL_OPTED_OUT = dict.fromkeys(("email", "post", "phone", "sms"), "opted_out")
BACKENDS = [name for name in ("sqlite", "postgresql")
            if name in os.environ.get("CONTACTWEB_TEST_BACKENDS", "sqlite,postgresql")]


def person(row: int) -> dict[str, str]:
    """Words only this row's person has (a row's digits never begin another's)."""
    return {"first": f"Given{row:05d}", "last": f"Family{row:05d}",
            "email": f"person{row:05d}@example.com", "digits": f"41555{row:05d}"}


def line(row: int) -> str:
    who = person(row)
    # Companies of many people, kept between batches (see COLLEAGUE).
    return (f"{who['first']},{who['last']},{who['email']},+1 415 55{row:05d},"
            f"Firm {row % 37},\n")


def respelled(row: int) -> str:
    """The same person again, written otherwise: capitals, spaces around the address."""
    who = person(row)
    return f"{who['first'].upper()},{who['last'].lower()},  {who['email'].upper()} ,,,\n"


def write_people(path: Path, rows: int, extra: dict[int, str] | None = None) -> Path:
    """``rows`` people; ``extra``: further lines, each before the row numbered by its key
    (``rows`` for the end)."""
    extra = extra or {}
    body = [extra.get(row, "") + line(row) for row in range(rows)]
    path.write_text(HEADER + "".join(body) + extra.get(rows, ""), encoding="utf-8")
    return path


def source(path: Path, line_number: int) -> str:
    return f"csv:{path.name}:row {line_number}"


def assert_gone(ws: Workspace, erased: list[dict[str, str]]) -> None:
    """No search finds them; the index is what its triggers would write, and no index row
    holds a word of them (on SQLite no word of theirs is even in FTS5's term lists)."""
    rows = index_rows(ws)
    assert rows == expected_rows(ws)
    indexed = repr(sorted(rows.values())).casefold()
    for who in erased:
        for value in who.values():
            assert value.casefold() not in indexed
            assert list_contacts(ws, ContactQuery(search=value), limit=None) == []
    with ws.session(readonly=True) as session:
        if session.get_bind().dialect.name == "sqlite":
            for who in erased:
                assert session.execute(text(
                    "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :words"),
                    {"words": " OR ".join(f'"{value}"' for value in who.values())}).all() == []


def assert_file_clean(ws: Workspace, erased: list[dict[str, str]]) -> None:
    """Not a byte of them in any page of the database file (free pages, WAL and search index
    segments included)."""
    plaintext = plaintext_of_files(ws.vault.db_path, ws.raw_key())
    for who in erased:
        assert found(plaintext, who) == []


def assert_reimport_refuses(ws: Workspace, path: Path, ids: dict[str, int],
                            refused: list[str]) -> None:
    """The file imported again, once as the command line does (skip duplicates) and once as
    the window does (committing as it goes, updating duplicates): the erased are refused as
    previously erased, everyone else is the contact they were, and nothing changes."""
    before = count_contacts(ws)
    skipped = importer.import_records(ws, importer.stream_file(path))
    assert list(skipped.created) == [] and skipped.erased_matches == refused
    assert {s: (cid, why) for s, cid, why in skipped.skipped_duplicates} == {
        s: (cid, SAME_EMAIL) for s, cid in ids.items()}
    updated = import_in_batches(ws, importer.stream_file(path), on_duplicate="update",
                                rows_per_commit=700)
    assert not updated.stopped_because and updated.erased_matches == refused
    assert list(updated.created) == [] and sorted(updated.updated) == sorted(ids.values())
    assert count_contacts(ws) == before


def import_and_erase(ws: Workspace, path: Path, rows: list[int],
                     before_erasure: list[str] | None = None) -> tuple[dict[str, int], list[str]]:
    """Import ``path`` (written by ``write_people``, with the first erased person respelled at
    its end) and erase the people of ``rows``; returns the others' contact ids by entry, and
    the entries a re-import must refuse. ``before_erasure`` gets a backup's snapshot id."""
    report = importer.import_records(ws, importer.stream_file(path))
    assert len(report.created) == ROWS and len(report.skipped_duplicates) == 1
    if before_erasure is not None:
        before_erasure.append(backup.backup_now(ws).snapshot_id)
    for row in rows:
        erase_contact(ws, report.created[row])
    ids = {source(path, row + 2): cid for row, cid in enumerate(report.created)
           if row not in rows}
    return ids, [source(path, row + 2) for row in rows] + [source(path, ROWS + 2)]


def sign_in_restored(folder: Path, erased: list[dict[str, str]], ids: dict[str, int]
                     ) -> Workspace:
    restored = accounts.sign_in(folder, "admin", PASSWORD)
    assert count_contacts(restored) == len(ids)
    kept = person(MIDDLE - 1)
    assert [r.id for r in list_contacts(restored, ContactQuery(search=kept["email"]))] == [
        ids[source(Path("people.csv"), MIDDLE + 1)]]
    assert_gone(restored, erased)
    assert_file_clean(restored, erased)
    return restored


@pytest.mark.sqlite_only  # backups copy the SQLCipher file's pages
def test_erased_from_the_middle_and_last_batch_never_come_back(
        admin_ws: Workspace, tmp_path: Path, memory_keyring: RecordingKeyring) -> None:
    path = write_people(tmp_path / "people.csv", ROWS, {ROWS: respelled(MIDDLE)})
    erased = [person(MIDDLE), person(LAST)]
    ids, refused = import_and_erase(admin_ws, path, [MIDDLE, LAST])
    assert_gone(admin_ws, erased)
    assert_file_clean(admin_ws, erased)

    (tmp_path / "usb").mkdir()
    backup.configure_folder(admin_ws, tmp_path / "usb")
    backup.backup_now(admin_ws)
    admin_ws.lock()
    memory_keyring.store.clear()  # another machine: nothing but the folder and a password
    laptop = tmp_path / "laptop" / "vault"
    result = restore_remote(BackupTarget(kind="folder", folder=str(tmp_path / "usb")), None,
                            "admin", PASSWORD, laptop)
    assert result.contacts_erased == 0  # nothing of them was in the backup to erase again
    restored = sign_in_restored(laptop, erased, ids)
    try:
        assert_reimport_refuses(restored, path, ids, refused)
        assert_gone(restored, erased)
        colleague = contacts.get_contact(restored, ids[source(path, COLLEAGUE + 2)],
                                         audit_view=False)
        assert [e.address for e in colleague.emails] == [person(COLLEAGUE)["email"]]
    finally:
        restored.lock()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("where", ["new machine", "folder beside the vault"])
def test_backup_from_before_the_erasure_restored_elsewhere_then_imported_again(
        admin_ws: Workspace, tmp_path: Path, memory_keyring: RecordingKeyring,
        where: str) -> None:
    path = write_people(tmp_path / "people.csv", ROWS, {ROWS: respelled(MIDDLE)})
    erased = [person(MIDDLE), person(LAST)]
    (tmp_path / "usb").mkdir()
    backup.configure_folder(admin_ws, tmp_path / "usb")
    old: list[str] = []
    ids, refused = import_and_erase(admin_ws, path, [MIDDLE, LAST], before_erasure=old)
    folder = tmp_path / "elsewhere" / "vault"
    if where == "new machine":
        backup.backup_now(admin_ws)  # its ledger carries the erasures to any restore
        admin_ws.lock()
        memory_keyring.store.clear()
        result = restore_remote(BackupTarget(kind="folder", folder=str(tmp_path / "usb")),
                                None, "admin", PASSWORD, folder, snapshot_id=old[0])
    else:
        result = restore_backup(admin_ws, old[0], folder)
    assert result.snapshot_id == old[0] and result.contacts_erased == 2
    restored = sign_in_restored(folder, erased, ids)
    try:
        assert_reimport_refuses(restored, path, ids, refused)
        assert_gone(restored, erased)
    finally:
        restored.lock()


@pytest.mark.parametrize("database_backend", BACKENDS, indirect=True)
def test_an_opt_out_outlives_the_import_that_folds_a_respelled_copy_and_the_erasure(
        admin_ws: Workspace, tmp_path: Path) -> None:
    kim = contacts.create_contact(admin_ws, ContactInput(
        first_name="Kim", last_name="Kept", emails=[EmailInput("kim.kept@example.org")]))
    olive = contacts.create_contact(admin_ws, ContactInput(
        first_name="Olive", last_name="Optout", emails=[EmailInput("olive.optout@example.org")]))
    for contact_id in (kim, olive):
        consent.opt_in(admin_ws, contact_id, "email", "web form 2026-01-05")
    consent.opt_out(admin_ws, olive, "email", evidence="replied STOP")

    def mailable() -> list[int]:
        return [r.contact_id for r in eligible_recipients(admin_ws, "email").included]

    assert mailable() == [kim]
    # In the middle batch, written otherwise, with a new address, and claiming consent.
    olive_line = "OLIVE,optout,  Olive.OptOut@Example.ORG  ::: olive.new@example.org,,,granted\n"
    path = write_people(tmp_path / "people.csv", ROWS, {MIDDLE: olive_line})
    olive_entry = source(path, MIDDLE + 2)
    update_olive = {olive_entry: "update"}  # as chosen for that entry in the import window
    report = importer.import_records(admin_ws, importer.stream_file(path),
                                     duplicate_choices=update_olive)
    assert report.updated == [olive] and len(report.created) == ROWS
    assert any(p.location == olive_entry and "granted" in p.reason for p in report.problems)
    folded = contacts.get_contact(admin_ws, olive, audit_view=False)
    assert [e.address for e in folded.emails] == ["olive.optout@example.org",
                                                  "olive.new@example.org"]
    assert consent.status_by_channel(admin_ws, olive)["email"] == "opted_out"
    assert mailable() == [kim]

    erase_contact(admin_ws, olive)
    assert mailable() == [kim]
    before = count_contacts(admin_ws)
    again = importer.import_records(admin_ws, importer.stream_file(path),
                                    duplicate_choices=update_olive)
    assert again.erased_matches == [olive_entry] and list(again.created) == []
    assert again.updated == [] and count_contacts(admin_ws) == before
    assert mailable() == [kim]
    assert_gone(admin_ws, [{"first": "Olive", "last": "Optout", "email": "olive.new@example.org"}])

    # Told they came back themselves: they are added opted out of every channel, by either
    # of the addresses they had.
    back_path = tmp_path / "back.csv"
    back_path.write_text(HEADER + "Someone,Else,OLIVE.NEW@example.org,,,granted\n", "utf-8")
    flagged = importer.import_records(admin_ws, importer.stream_file(back_path))
    assert flagged.erased_matches == [source(back_path, 2)] and list(flagged.created) == []
    confirmed = importer.import_records(admin_ws, importer.stream_file(back_path),
                                        confirm_erased=True)
    (back,) = confirmed.created
    assert consent.status_by_channel(admin_ws, back) == ALL_OPTED_OUT
    assert mailable() == [kim]


@pytest.mark.parametrize("database_backend", BACKENDS, indirect=True)
def test_an_update_from_a_file_never_gives_another_contact_an_erased_persons_values(
        admin_ws: Workspace, tmp_path: Path) -> None:
    """An entry found as a duplicate by another of its values is folded into that contact
    only if that adds nothing of an erased person; a namesake of theirs is still updated."""
    kept = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Acme",
        emails=[EmailInput("ann.lee@acme.example")]))
    erased = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann.private@example.org")],
        phones=[PhoneInput("+14155550199")]))
    erase_contact(admin_ws, erased)
    path = tmp_path / "acme.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Company,Notes\n"
                    "Ann,Lee,ann.lee@acme.example,,Acme,Met at the fair\n"  # the namesake
                    "ANN,LEE, Ann.Private@example.org ,,Acme,\n"  # a similar name at Acme
                    "Ann,Lee,ann.lee@acme.example,+1 415 555 0199,Acme,\n", "utf-8")
    report = importer.import_records(admin_ws, importer.stream_file(path), on_duplicate="update")
    assert report.updated == [kept] and list(report.created) == []
    assert report.erased_matches == [source(path, 3), source(path, 4)]
    after = contacts.get_contact(admin_ws, kept, audit_view=False)
    assert [e.address for e in after.emails] == ["ann.lee@acme.example"]
    assert after.phones == [] and after.notes == "Met at the fair"
    assert_gone(admin_ws, [{"email": "ann.private@example.org", "digits": "4155550199"}])


@pytest.mark.skipif("postgresql" not in BACKENDS, reason="CONTACTWEB_TEST_BACKENDS")
@pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)
@pytest.mark.parametrize("on_duplicate", ["skip", "update"])
def test_someone_erased_by_another_desktop_while_an_import_runs_is_refused_later_in_it(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path, on_duplicate: str) -> None:
    """A team server: another desktop erases a person the import created in a batch it
    committed; the person's entries later in the file are refused, not created again nor
    matched to the erased contact (kept with its company). (On a desktop vault the import
    holds the write lock, so the erasure waits for a commit.)"""
    who = person(100)
    same_at_their_company = f"{who['first']},{who['last']},new@example.com,,Firm {100 % 37},\n"
    path = write_people(tmp_path / "people.csv", 1_200,
                        {1_200: respelled(100) + same_at_their_company})
    other = accounts.sign_in(vault_dir, "admin", PASSWORD)
    erasing: list[threading.Thread] = []

    def erase_once(done: int, _total: int) -> None:
        if done <= 400 or erasing:
            return
        (row,) = list_contacts(other, ContactQuery(search=person(100)["email"]))
        # On its own thread: its scrub waits for the import's transaction to end.
        erasing.append(threading.Thread(target=erase_contact, args=(other, row.id)))
        erasing[0].start()
        with admin_ws.engine.connect() as connection:  # until the erasure is committed
            for _ in range(200):
                if connection.execute(text("SELECT count(*) FROM erasure_records")).scalar():
                    return
                time.sleep(0.05)

    try:
        report = import_in_batches(admin_ws, importer.stream_file(path), on_duplicate,
                                   progress=erase_once, rows_per_commit=300)
    finally:
        for thread in erasing:
            thread.join(60)
        other.lock()
    assert erasing and report.erased_matches == [source(path, 1_202), source(path, 1_203)]
    assert count_contacts(admin_ws) == len(report.created) - 1  # all but the erased one
    assert_gone(admin_ws, [person(100)])


@pytest.mark.sqlite_only
@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.integers(5, 24), picks=st.sets(st.integers(0, 23), min_size=1, max_size=3),
       respell=st.booleans(), backup_first=st.booleans(), batch=st.integers(1, 6))
def test_no_erased_row_comes_back_through_backup_restore_and_reimport(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, rows: int,
        picks: set[int], respell: bool, backup_first: bool, batch: int) -> None:
    monkeypatch.setattr(import_batch, "BATCH_SIZE", batch)
    monkeypatch.setattr(import_run, "LOOKUP_BATCH", batch + 1)
    folder = tmp_path_factory.mktemp("erased")
    gone = sorted({pick % rows for pick in picks})
    path = write_people(folder / "people.csv", rows,
                        {rows: "".join(respelled(row) for row in gone)} if respell else None)
    ws = accounts.create_vault(folder / "vault", "admin", PASSWORD)
    (folder / "usb").mkdir()
    backup.configure_folder(ws, folder / "usb")
    try:
        created = importer.import_records(ws, importer.stream_file(path)).created
        snapshot = backup.backup_now(ws).snapshot_id if backup_first else None
        for row in gone:
            erase_contact(ws, created[row])
        snapshot = snapshot or backup.backup_now(ws).snapshot_id
        result = restore_backup(ws, snapshot, folder / "restored")
        assert result.contacts_erased == (len(gone) if backup_first else 0)
    finally:
        ws.lock()
    restored = accounts.sign_in(folder / "restored", "admin", PASSWORD)
    try:
        erased = [person(row) for row in gone]
        assert_gone(restored, erased)
        report = importer.import_records(restored, importer.stream_file(path),
                                         on_duplicate="update")
        refused = [source(path, row + 2) for row in gone]
        if respell:
            refused += [source(path, rows + 2 + n) for n in range(len(gone))]
        assert report.erased_matches == refused and list(report.created) == []
        assert sorted(report.updated) == [cid for row, cid in enumerate(created)
                                          if row not in gone]
        assert_gone(restored, erased)
    finally:
        restored.lock()
