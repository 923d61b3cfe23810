"""Team backups as the window runs them: the owner's login and the backup passphrase checked
and kept once in this computer's keyring per team profile (never in the shared database),
Back up now and the schedule with what is kept, and a restore into a new database from the
vault's own destination (folder or US-region S3) with erasures applied again and each
refusal in plain words."""

from __future__ import annotations

import random
import socket
import string
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from contactweb.errors import AuthenticationFailed, BadInput, PermissionDenied, Refused
from contactweb.services.accounts import users
from contactweb.services.backup import backup, team_backup_secrets
from contactweb.services.backup.backup_target import BackupStopped
from contactweb.services.backup.team_backup_secrets import (
    KEYRING_NAME,
    WHERE_KEYRING,
    WHERE_SESSION,
    backup_with_kept_secrets,
    check_and_keep,
    kept_secrets,
)
from contactweb.services.backup.team_restore import (
    TeamRestoreRequest,
    restore_into_new_database,
)
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import search_ids
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.privacy import erasure
from contactweb.team import profile, team_session
from contactweb.team.connect import TeamServerUnavailable
from contactweb.team.team_workspace import TeamWorkspace
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring
from tests.support.postgres_server import needs_postgres
from tests.support.sync_vaults import (
    ACCESS_KEY,
    SECRET_KEY,
    CuttingProxy,
    create_bucket,
    moto_endpoint,
)
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

PASSPHRASE = "correct horse battery staple"
pytestmark = needs_postgres


def _signed_in(team: TeamVaultFixture) -> TeamWorkspace:
    return team_session.sign_in(team.profile, "boss", team.admin_password)  # type: ignore[return-value]


def _folder_destination(ws: TeamWorkspace, tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    folder.mkdir()
    backup.configure_folder(ws, folder)
    return folder


def _new_database(team: TeamVaultFixture, suffix: str = "restored") -> str:
    name = f"{team.profile.database}_{suffix}"
    team.server.execute(f'CREATE DATABASE "{name}" OWNER "{team.owner}" TEMPLATE template0')
    return name


def _request(team: TeamVaultFixture, database: str, **changes: object) -> TeamRestoreRequest:
    request = TeamRestoreRequest(host="127.0.0.1", port=team.server.port, database=database,
                                 owner=team.owner, owner_password=team.owner_password,
                                 passphrase=PASSPHRASE, profile_name="restored",
                                 admin_password=team.admin_password)
    return replace(request, **changes)  # type: ignore[arg-type]


def test_the_passphrase_is_kept_in_the_keyring_per_profile_not_in_the_database(
        team_vault: TeamVaultFixture, tmp_path: Path,  # noqa: F811
        memory_keyring: RecordingKeyring) -> None:
    ws = _signed_in(team_vault)
    try:
        _folder_destination(ws, tmp_path)
        assert kept_secrets(ws) is None
        where = check_and_keep(ws, team_vault.owner, team_vault.owner_password, PASSPHRASE,
                               PASSPHRASE)
        assert where == WHERE_KEYRING
        service = f"ContactWeb team profile {team_vault.profile.name}"
        assert (service, KEYRING_NAME) in memory_keyring.store
        kept = kept_secrets(ws)
        assert kept is not None and kept.passphrase == PASSPHRASE
        assert kept.owner == team_vault.owner
    finally:
        ws.lock()
    # Another sign-in on this computer finds them; the shared database holds none of them.
    again = _signed_in(team_vault)
    try:
        kept = kept_secrets(again)
        assert kept is not None and kept.passphrase == PASSPHRASE
    finally:
        again.lock()
    rows = team_vault.server.execute("SELECT count(*) FROM settings WHERE value LIKE "
                                     f"'%{PASSPHRASE}%' OR value LIKE "
                                     f"'%{team_vault.owner_password}%'",
                                     team_vault.profile.database)
    assert rows == [(0,)]


def test_each_refusal_when_keeping_them_says_why_and_keeps_nothing(
        team_vault: TeamVaultFixture, tmp_path: Path,  # noqa: F811
        memory_keyring: RecordingKeyring) -> None:
    ws = _signed_in(team_vault)
    try:
        _folder_destination(ws, tmp_path)
        with pytest.raises(BadInput, match="two backup passphrases differ"):
            check_and_keep(ws, team_vault.owner, team_vault.owner_password, PASSPHRASE,
                           PASSPHRASE + "!")
        with pytest.raises(BadInput, match="at least 12 characters"):
            check_and_keep(ws, team_vault.owner, team_vault.owner_password, "short", "short")
        with pytest.raises(AuthenticationFailed):
            check_and_keep(ws, team_vault.owner, "not the owner's password", PASSPHRASE,
                           PASSPHRASE)
        login = f"{team_vault.profile.namespace}.boss"
        with pytest.raises(Refused, match="is not the owner of the database"):
            check_and_keep(ws, login, team_vault.admin_password, PASSPHRASE, PASSPHRASE)
        assert kept_secrets(ws) is None and memory_keyring.writes == []

        # Once the backup set exists, another passphrase is refused before it is kept.
        check_and_keep(ws, team_vault.owner, team_vault.owner_password, PASSPHRASE,
                       PASSPHRASE)
        backup_with_kept_secrets(ws)
        other = "another passphrase entirely"
        with pytest.raises(Refused, match="Wrong backup passphrase"):
            check_and_keep(ws, team_vault.owner, team_vault.owner_password, other, other)
        kept = kept_secrets(ws)
        assert kept is not None and kept.passphrase == PASSPHRASE
    finally:
        ws.lock()


def test_without_kept_secrets_a_backup_is_refused_with_where_to_give_them(
        team_vault: TeamVaultFixture, tmp_path: Path) -> None:  # noqa: F811
    ws = _signed_in(team_vault)
    try:
        _folder_destination(ws, tmp_path)
        with pytest.raises(Refused, match="Administration → Backups"):
            backup_with_kept_secrets(ws)
    finally:
        ws.lock()


def test_on_a_shared_computer_they_are_held_for_the_sign_in_only(
        team_vault: TeamVaultFixture, tmp_path: Path,  # noqa: F811
        memory_keyring: RecordingKeyring) -> None:
    ws = _signed_in(team_vault)
    ws.shared_computer = True
    try:
        _folder_destination(ws, tmp_path)
        where = check_and_keep(ws, team_vault.owner, team_vault.owner_password, PASSPHRASE,
                               PASSPHRASE)
        assert where == WHERE_SESSION and memory_keyring.writes == []
        assert backup_with_kept_secrets(ws).snapshot_id
    finally:
        ws.lock()
    assert kept_secrets(ws) is None  # locking dropped them


def test_kept_secrets_back_up_and_restore_into_a_new_database_erasures_applied_again(
        team_vault: TeamVaultFixture, tmp_path: Path) -> None:  # noqa: F811
    team = team_vault
    ws = _signed_in(team)
    new_database = _new_database(team)
    try:
        ann = contacts.create_contact(ws, ContactInput(
            first_name="Annika", last_name="Lindqvist",
            emails=[EmailInput("annika@example.org")]))
        contacts.create_contact(ws, ContactInput(first_name="Bo", last_name="Berg"))
        _folder_destination(ws, tmp_path)
        check_and_keep(ws, team.owner, team.owner_password, PASSPHRASE, PASSPHRASE)
        steps: list[tuple[int, int]] = []
        first = backup_with_kept_secrets(ws, lambda done, total: steps.append((done, total)))
        assert steps[0] == (0, 3) and steps[-1] == (3, 3)
        erasure.erase_contact(ws, ann)
        backup_with_kept_secrets(ws)
        history = backup.backup_history(ws)
        assert [row.status for row in history] == ["ok", "ok"]

        with pytest.raises(Refused, match="Wrong backup passphrase"):
            restore_into_new_database(ws, _request(team, new_database,
                                                   passphrase="not the passphrase at all"))
        with pytest.raises(AuthenticationFailed):
            restore_into_new_database(ws, _request(team, new_database,
                                                   admin_password="wrong-password-1"))
        with pytest.raises(BadInput, match="is not empty"):
            restore_into_new_database(ws, _request(team, team.profile.database,
                                                   host="localhost"))
        assert not profile.profile_path("restored").exists()

        result = restore_into_new_database(ws, _request(team, new_database,
                                                        snapshot_id=first.snapshot_id))
        assert result.snapshot_id == first.snapshot_id and result.contacts_erased == 1
    finally:
        ws.lock()
    restored = team_session.sign_in(profile.load("restored"), "boss", team.admin_password)
    try:
        assert search_ids(restored, "Lindqvist") == []
        assert len(search_ids(restored, "Berg")) == 1
    finally:
        restored.lock()
        team.server.drop_database(new_database)


def test_a_team_backup_to_a_us_bucket_and_back_with_kept_secrets(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    team = team_vault
    bucket = create_bucket("us-east-2")
    ws = _signed_in(team)
    new_database = _new_database(team, "from_s3")
    try:
        contacts.create_contact(ws, ContactInput(first_name="Cora", last_name="Quill"))
        backup.configure_s3(ws, moto_endpoint(), bucket, "us-east-2", ACCESS_KEY, SECRET_KEY)
        check_and_keep(ws, team.owner, team.owner_password, PASSPHRASE, PASSPHRASE)
        backup_with_kept_secrets(ws)
        restore_into_new_database(ws, _request(team, new_database, profile_name="from-s3"))
    finally:
        ws.lock()
    restored = team_session.sign_in(profile.load("from-s3"), "boss", team.admin_password)
    try:
        assert len(search_ids(restored, "Quill")) == 1
    finally:
        restored.lock()
        team.server.drop_database(new_database)


def test_the_command_line_reads_the_kept_passphrase(
        team_vault: TeamVaultFixture, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONTACTWEB_BACKUP_PASSPHRASE", raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    ws = _signed_in(team_vault)
    try:
        _folder_destination(ws, tmp_path)
        check_and_keep(ws, team_vault.owner, team_vault.owner_password, PASSPHRASE,
                       PASSPHRASE)
    finally:
        ws.lock()
    cli = CliRunner(Path(f"team:{team_vault.profile.name}"), "boss", team_vault.admin_password)
    done = cli("backup", "now")
    assert done.code == 0, done.err
    assert "of the team vault" in done.out
    again = _signed_in(team_vault)
    team_backup_secrets.forget(again)
    again.lock()
    refused = cli("backup", "now", "--owner", team_vault.owner)
    assert refused.code == 1 and "CONTACTWEB_BACKUP_PASSPHRASE" in refused.err


def test_a_cancelled_team_backup_uploads_no_snapshot_and_is_recorded_so(
        team_vault: TeamVaultFixture, tmp_path: Path) -> None:  # noqa: F811
    ws = _signed_in(team_vault)
    try:
        folder = _folder_destination(ws, tmp_path)
        check_and_keep(ws, team_vault.owner, team_vault.owner_password, PASSPHRASE,
                       PASSPHRASE)
        cancel = threading.Event()
        cancel.set()  # pressed while the dump was taken
        with pytest.raises(BackupStopped):
            backup_with_kept_secrets(ws, cancel=cancel)
        assert [row.status for row in backup.backup_history(ws)] == ["cancelled"]
        assert not list(folder.rglob("snapshots/*"))
    finally:
        ws.lock()


def test_a_restore_says_so_when_the_new_database_server_does_not_answer_or_drops(
        team_vault: TeamVaultFixture, tmp_path: Path) -> None:  # noqa: F811
    team = team_vault
    ws = _signed_in(team)
    new_database = _new_database(team)
    proxy = CuttingProxy("127.0.0.1", team.server.port)
    try:
        rng = random.Random(7)
        for n in range(150):  # enough rows that pg_restore is still sending when cut
            notes = "".join(rng.choice(string.ascii_letters) for _ in range(2000))
            contacts.create_contact(ws, ContactInput(first_name=f"Person{n}",
                                                     last_name="Kept", notes=notes))
        _folder_destination(ws, tmp_path)
        check_and_keep(ws, team.owner, team.owner_password, PASSPHRASE, PASSPHRASE)
        backup_with_kept_secrets(ws)

        with socket.create_server(("127.0.0.1", 0)) as closed:
            nobody = closed.getsockname()[1]  # closed again: nothing listens there
        with pytest.raises(TeamServerUnavailable, match="does not answer"):
            restore_into_new_database(ws, _request(team, new_database, port=nobody))

        proxy.arm(60_000)  # the emptiness check passes; pg_restore is cut mid-stream
        with pytest.raises(TeamServerUnavailable, match="dropped the connection"):
            restore_into_new_database(ws, _request(team, new_database, port=proxy.port))
        assert proxy.has_cut
        assert team.server.execute("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                   "'public'", new_database) == [(0,)]
        assert not profile.profile_path("restored").exists()
    finally:
        proxy.close()
        ws.lock()
        team.server.drop_database(new_database)


def test_only_an_administrator_backs_up_or_restores_a_team_vault(
        team_vault: TeamVaultFixture, tmp_path: Path) -> None:  # noqa: F811
    team = team_vault
    ws = _signed_in(team)
    users.add_user(ws, "mia", "manager", "Mia-first-pass-42", must_change=False)
    try:
        _folder_destination(ws, tmp_path)
        check_and_keep(ws, team.owner, team.owner_password, PASSPHRASE, PASSPHRASE)
    finally:
        ws.lock()
    mia = team_session.sign_in(team.profile, "mia", "Mia-first-pass-42")
    try:
        assert kept_secrets(mia) is None  # the schedule on her sign-in waits
        with pytest.raises(Refused, match="backed up by an administrator"):
            backup_with_kept_secrets(mia)
        with pytest.raises(PermissionDenied):
            check_and_keep(mia, team.owner, team.owner_password, PASSPHRASE, PASSPHRASE)
        with pytest.raises(PermissionDenied):
            restore_into_new_database(mia, _request(team, "anywhere"))
        assert backup.backup_history(mia) == []
    finally:
        mia.lock()
