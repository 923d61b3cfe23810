"""Backups of a real vault through the services, to a real S3 endpoint (moto over HTTP):
round trip, US-only regions, what the server receives, and backing up while others write."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from contactweb.errors import Refused
from contactweb.models import BackupRun, Contact
from contactweb.services import audit, settings
from contactweb.services.accounts import session
from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.vault.workspace import Workspace
from tests.support.backup_vaults import (
    ACCESS_KEY,
    MARKER,
    SECRET_KEY,
    add_users,
    bucket_keys,
    bucket_objects,
    configure_s3,
    create_bucket,
    dump_all,
    integrity,
    key_material,
    moto_endpoint,
    populate,
)
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only


def test_round_trip_every_row_and_every_users_password(admin_ws: Workspace, tmp_path: Path
                                                       ) -> None:
    passwords = add_users(admin_ws)
    populate(admin_ws, 30)
    bucket = configure_s3(admin_ws, basis=None)
    # Half the contacts have an address in the EEA: the first backup waits for the basis.
    assert backup.transfer_basis_needed(admin_ws) == 15
    with pytest.raises(Refused, match="15 contact"):
        backup.backup_now(admin_ws)
    assert bucket_keys(bucket) == []
    backup.record_transfer_basis(admin_ws, "encryption", "keys stay with us")
    assert backup.transfer_basis_needed(admin_ws) == 0

    before = dump_all(admin_ws.vault.db_path, admin_ws.raw_key())
    progress: list[tuple[int, int]] = []
    result = backup.backup_now(admin_ws, progress=lambda done, total: progress.append((done, total)))
    assert result.pages_uploaded == result.pages_total > 0
    assert progress[-1] == (result.pages_total, result.pages_total)

    restored = backup.restore_backup(admin_ws, result.snapshot_id, tmp_path / "restored")
    assert restored.db_path == (tmp_path / "restored" / "contactweb.db").resolve()
    after = dump_all(restored.db_path, admin_ws.raw_key())
    # Every row of every table, besides the mark of a restored copy: detached from the
    # destination, an identity of its own (its keyring entries' scope too), and the audit
    # event saying so.
    marks = {"backup.identity", "backup.target", "vault.restored_copy", "secrets.keyring_scope"}
    added = set(after.pop("audit_events")) - set(before_events := before.pop("audit_events"))
    assert [row for row in added if "backup.restored_copy" in row] == list(added)
    assert len(added) == 1 and set(before_events) <= set(dump_all(
        restored.db_path, admin_ws.raw_key())["audit_events"])
    for dump in (after, before):
        dump["settings"] = [row for row in dump["settings"] if row[0] not in marks]
    assert after == before
    assert len(after["contacts"]) == 30 and len(after["communications"]) == 10
    for username, password in passwords.items():
        ws = session.sign_in(restored.db_path.parent, username, password)
        assert ws.username == username
        ws.lock()

    # The history row and the audit event, written after the snapshot.
    with admin_ws.session(readonly=True) as s:
        runs = s.execute(select(BackupRun.status, BackupRun.snapshot_id,
                                BackupRun.bytes_uploaded)).all()
    assert [tuple(r) for r in runs if r.status == "ok"] == \
        [("ok", result.snapshot_id, result.bytes_uploaded)]
    event = audit.list_events(admin_ws, action="backup")
    done = next(e for e in event if e.action == "backup")
    assert done.details["pages_uploaded"] == result.pages_total
    assert done.details["bytes_uploaded"] == result.bytes_uploaded
    basis = next(e for e in event if e.action == "backup.transfer_basis")
    assert basis.details == {"basis": "encryption", "contacts": 15}
    assert "keys stay" not in json.dumps([e.details for e in event])
    assert backup.last_backup_text(admin_ws).startswith("Last backup ")

    # What the server holds: no plaintext, no key material.
    objects = bucket_objects(bucket)
    assert any("/packs/" in name for name in objects) and any("/manifests/" in name
                                                               for name in objects)
    for name, data in objects.items():
        assert MARKER.encode() not in data, name
        assert MARKER.encode("utf-16-le") not in data, name
        for leaked in key_material(admin_ws.raw_key()):
            assert leaked not in data, name


def test_eu_bucket_is_refused_and_receives_nothing(cli: CliRunner, admin_ws: Workspace
                                                   ) -> None:
    eu_bucket = create_bucket("eu-west-1")
    refused = cli("backup", "config", "--endpoint", moto_endpoint(), "--bucket", eu_bucket,
                  "--region", "us-east-1", "--access-key-id", ACCESS_KEY, "--secret-stdin",
                  stdin="Correct-horse-9\ntesting-secret-key\n")
    assert refused.code == 1
    assert "eu-west-1" in refused.err and "Nothing was uploaded" in refused.err
    assert backup.read_target(admin_ws) is None
    typed_eu = cli("backup", "config", "--endpoint", moto_endpoint(), "--bucket", eu_bucket,
                   "--region", "eu-west-1", "--access-key-id", ACCESS_KEY, "--secret-stdin",
                   stdin="Correct-horse-9\ntesting-secret-key\n")
    assert typed_eu.code == 1 and "outside the United States" in typed_eu.err

    # A destination accepted once and moved (or edited) later is checked before every run.
    us_bucket = configure_s3(admin_ws, "us-west-2")
    with admin_ws.session() as s:
        target = settings.read(s, "backup.target")
        settings.write(s, "backup.target", {**target, "bucket": eu_bucket})
    now = cli("backup", "now")
    assert now.code == 1 and "eu-west-1" in now.err
    assert bucket_keys(eu_bucket) == [] and bucket_keys(us_bucket) == []
    with admin_ws.session(readonly=True) as s:
        statuses = s.execute(select(BackupRun.status)).scalars().all()
    assert statuses == ["refused"]
    refusals = audit.list_events(admin_ws, action="backup.refused")
    assert [e.details.get("region") for e in refusals] == ["eu-west-1", "eu-west-1"]
    assert backup.last_backup_text(admin_ws).startswith("Backup refused")


def test_backup_while_another_thread_writes_restores_consistently(
        admin_ws: Workspace, tmp_path: Path) -> None:
    populate(admin_ws, 5)
    configure_s3(admin_ws)
    stop = threading.Event()
    written: list[int] = []
    problems: list[BaseException] = []

    def writer() -> None:
        n = 0
        try:
            while not stop.is_set():
                written.append(contacts.create_contact(admin_ws, ContactInput(
                    first_name=f"Writer{n}", last_name="Busy", notes="x" * 300)))
                n += 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            problems.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 5:  # the writer is really running when the backup starts
            threading.Event().wait(0.01)
        at_start = len(written)
        result = backup.backup_now(admin_ws)
        at_end = len(written)
    finally:
        stop.set()
        thread.join()
    assert problems == []
    restored = backup.restore_backup(admin_ws, result.snapshot_id, tmp_path / "restored")
    assert integrity(restored.db_path, admin_ws.raw_key()) == ["ok"]
    ws = session.sign_in(restored.db_path.parent, "admin", "Correct-horse-9")
    try:
        with ws.session(readonly=True) as s:
            count = s.execute(select(func.count(Contact.id)).where(
                Contact.last_name == "Busy")).scalar()
    finally:
        ws.lock()
    assert at_start <= count <= at_end + 1


def test_cli_config_reads_password_then_secret_from_stdin(
        cli: CliRunner, admin_ws: Workspace, memory_keyring: RecordingKeyring) -> None:
    bucket = create_bucket("us-west-1")
    args = ["backup", "config", "--endpoint", moto_endpoint(), "--bucket", bucket,
            "--region", "us-west-1", "--access-key-id", ACCESS_KEY, "--secret-stdin"]
    no_secret = cli(*args, stdin="Correct-horse-9\n")
    assert no_secret.code == 1 and "secret" in no_secret.err
    configured = cli(*args, stdin=f"Correct-horse-9\n{SECRET_KEY}\n")
    assert configured.code == 0, configured.err
    assert "keyring" in configured.out and "US region" in configured.out
    service = f"ContactWeb {admin_ws.vault.vault_id}"
    assert memory_keyring.store[(service, "s3_secret_key")] == SECRET_KEY
    with admin_ws.session(readonly=True) as s:
        stored = json.dumps(settings.read(s, "backup.target"))
    assert SECRET_KEY not in stored and bucket in stored
    now = cli("backup", "now")
    assert now.code == 0 and now.out.startswith("Backup ")
    listed = json.loads(cli("backup", "list", "--json").out)
    assert len(listed) == 1 and listed[0]["snapshot_id"] in now.out
    verified = cli("backup", "verify", "--read-data")
    assert verified.code == 0 and "every chunk downloaded" in verified.out
