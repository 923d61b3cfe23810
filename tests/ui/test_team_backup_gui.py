"""Administration → Backups on a team vault, driven as an administrator would: a folder
destination, Back up now (asking once for the database owner and the backup passphrase, kept
in this computer's keyring), the history, the schedule running with what is kept, Cancel in
the status bar, and a restore into a new database from which an erased person stays gone.
Desktop-only buttons (Verify, Prune, Restore to a folder) are not offered."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from contactweb.models import utcnow
from contactweb.services import secrets, settings
from contactweb.services.accounts import users
from contactweb.services.backup import backup, backup_target, team_backup_secrets
from contactweb.services.backup.backup_target import SECRET_NAME, TARGET_KEY, s3_target
from contactweb.services.backup.team_backup_secrets import (
    TeamBackupSecrets,
    check_and_keep,
    kept_secrets,
)
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import search_ids
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.privacy import erasure
from contactweb.team import profile, team_session
from contactweb.ui.backup import backup_status
from contactweb.ui.backup.admin_backup_widget import AdminBackupWidget
from contactweb.ui.backup.backup_scheduler import BackupScheduler
from contactweb.ui.backup.backup_status_label import BackupStatusLabel
from contactweb.ui.backup.team_backup_secrets_dialog import TeamBackupSecretsDialog
from contactweb.ui.backup.team_restore_dialog import TeamRestoreDialog
from contactweb.ui.kit.background_work_widget import BackgroundWorkWidget
from contactweb.ui.kit.operations import wait_for_running_operations
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.support.hung_server import HungServer
from tests.support.memory_keyring import RecordingKeyring
from tests.support.postgres_server import needs_postgres
from tests.support.sync_vaults import ACCESS_KEY, SECRET_KEY
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations
from tests.ui.test_backup_scheduler import due_now

PASSPHRASE = "correct horse battery staple"
pytestmark = needs_postgres


@pytest.fixture
def boss(team_vault: TeamVaultFixture) -> Iterator[Workspace]:  # noqa: F811
    ws = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    yield ws
    ws.lock()


@pytest.fixture
def page(boss: Workspace, bridge: WorkspaceBridge, qtbot: QtBot) -> AdminBackupWidget:
    widget = AdminBackupWidget(boss, bridge)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    finish_operations(qtbot)  # what the keyring keeps is read in the background
    return widget


def _give_secrets(qtbot: QtBot, team: TeamVaultFixture, passphrase: str = PASSPHRASE,
                  confirmation: str = PASSPHRASE):  # noqa: ANN202
    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, TeamBackupSecretsDialog)
        dialog.owner_edit.setText(team.owner)
        dialog.owner_password_edit.setText(team.owner_password)
        dialog.passphrase_edit.setText(passphrase)
        dialog.confirm_edit.setText(confirmation)
        click(qtbot, dialog.save_button)
        finish_operations(qtbot, 20_000)
        if dialog.result() != QDialog.DialogCode.Accepted:
            refusals.append(dialog.outcome.text())
            return QDialog.DialogCode.Rejected
        return QDialog.DialogCode.Accepted

    refusals: list[str] = []
    return fill, refusals


def test_back_up_now_then_restore_into_a_new_database_from_the_screen(
        page: AdminBackupWidget, boss: Workspace, host: ScriptedDialogHost,
        team_vault: TeamVaultFixture, tmp_path: Path, qtbot: QtBot) -> None:  # noqa: F811
    team = team_vault
    ann = contacts.create_contact(boss, ContactInput(
        first_name="Annika", last_name="Lindqvist", emails=[EmailInput("annika@example.org")]))
    contacts.create_contact(boss, ContactInput(first_name="Bo", last_name="Berg"))
    users.add_user(boss, "clara", "staff", "Clara-first-pass-42", must_change=False)
    assert not page.verify_button.isVisible() and not page.prune_button.isVisible()
    assert not page.restore_button.isVisible()
    assert page.team_widget is not None
    assert "Neither is given on this computer yet" in page.team_widget.status_label.text()

    (tmp_path / "usb-disk").mkdir()
    target = page.target_widget
    target.folder_radio.click()
    target.folder_edit.setText(str(tmp_path / "usb-disk"))
    click(qtbot, target.save_button)
    qtbot.waitUntil(lambda: target.save_button.isEnabled(), timeout=10_000)
    assert target.message_label.text().startswith("Saved."), target.message_label.text()

    # Typed differently twice: refused in the dialog, nothing kept, nothing backed up.
    fill, refusals = _give_secrets(qtbot, team, confirmation=PASSPHRASE + "x")
    host.handlers.append(fill)
    click(qtbot, page.backup_button)
    assert refusals == ["The two backup passphrases differ: type the same one twice."]
    assert kept_secrets(boss) is None and backup.backup_history(boss) == []

    fill, refusals = _give_secrets(qtbot, team)
    host.handlers.append(fill)
    with qtbot.waitSignal(page.jobFinished, timeout=60_000):
        click(qtbot, page.backup_button)
    assert refusals == []
    assert page.message_label.text().startswith("Backed up: a database dump"), \
        page.message_label.text()
    assert "kept in this computer's keyring" in page.team_widget.status_label.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    first = backup.backup_history(boss)[0].snapshot_id

    erasure.erase_contact(boss, ann)
    with qtbot.waitSignal(page.jobFinished, timeout=60_000):
        click(qtbot, page.backup_button)  # asked once: no dialog this time
    assert page.message_label.text().startswith("Backed up:"), page.message_label.text()
    page.refresh_history()
    page.view.selectRow(1)  # the older backup, which still holds Annika
    assert page.selected_snapshot() == first

    new_database = f"{team.profile.database}_restored"
    team.server.execute(f'CREATE DATABASE "{new_database}" OWNER "{team.owner}" '
                        "TEMPLATE template0")
    seen: list[str] = []

    def restore(dialog: QDialog) -> int:
        assert isinstance(dialog, TeamRestoreDialog)
        dialog.database_edit.setText(team.profile.database)  # this vault's own: refused
        dialog.owner_password_edit.setText(team.owner_password)
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.admin_password_edit.setText(team.admin_password)
        click(qtbot, dialog.restore_button)
        finish_operations(qtbot, 20_000)
        seen.append(dialog.outcome.text())
        dialog.database_edit.setText(new_database)
        dialog.passphrase_edit.setText("not the passphrase at all")
        click(qtbot, dialog.restore_button)
        finish_operations(qtbot, 20_000)
        seen.append(dialog.outcome.text())
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.profile_edit.setText("restored")
        click(qtbot, dialog.restore_button)
        finish_operations(qtbot, 60_000)
        return None

    shown: list[str] = []

    def one_time_passwords(box: QDialog) -> int:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    host.handlers += [restore, one_time_passwords]
    try:
        click(qtbot, page.team_widget.restore_button)
        assert "own database" in seen[0] and "Wrong backup passphrase" in seen[1], seen
        assert page.message_label.text().startswith(f"Restored backup {first}"), \
            page.message_label.text()
        assert "1 contact(s) erased after that backup were erased again" in \
            page.message_label.text()
        # Clara's login is made afresh on the server: her one-time password, shown once.
        assert len(shown) == 1 and "\nclara: " in shown[0] and "boss:" not in shown[0]
        again = team_session.sign_in(profile.load("restored"), "boss", team.admin_password)
        try:
            assert search_ids(again, "Lindqvist") == []
            assert search_ids(again, "annika") == []
            assert len(search_ids(again, "Berg")) == 1
        finally:
            again.lock()
    finally:
        team.server.drop_database(new_database)


def test_the_schedule_backs_up_a_team_vault_once_its_passphrase_is_kept(
        page: AdminBackupWidget, boss: Workspace, host: ScriptedDialogHost,
        bridge: WorkspaceBridge, team_vault: TeamVaultFixture,  # noqa: F811
        tmp_path: Path, qtbot: QtBot, memory_keyring: RecordingKeyring) -> None:
    (tmp_path / "second-site").mkdir()
    backup.configure_folder(boss, tmp_path / "second-site")
    now = utcnow()
    scheduler = BackupScheduler(boss, bridge.operations, clock=lambda: now)
    assert not due_now(qtbot, scheduler)  # waits for the passphrase, not failing each hour
    assert backup_status.backup_status_text(boss) == (
        "Backup configured, not run yet; scheduled backups wait for the backup passphrase "
        "on this computer (Administration → Backups)")

    fill, refusals = _give_secrets(qtbot, team_vault)
    host.handlers.append(fill)
    click(qtbot, page.team_widget.passphrase_button)
    assert refusals == [] and kept_secrets(boss) is not None
    finish_operations(qtbot)  # the page reads what is kept in the background
    assert page.team_widget.forget_button.isVisible()
    assert due_now(qtbot, scheduler)
    with qtbot.waitSignal(scheduler.backupFinished, timeout=60_000) as finished:
        assert due_now(qtbot, scheduler, start=True)
    assert finished.args == [True, ""]
    rows = backup.backup_history(boss)
    assert [row.status for row in rows] == ["ok"] and rows[0].snapshot_id
    assert not due_now(qtbot, scheduler)
    assert backup_status.backup_status_text(boss).startswith("Last backup ")

    # Forgotten on this computer (asked first): the keyring entry goes, the backups stay.
    host.answers += [False, True]
    click(qtbot, page.team_widget.forget_button)
    assert kept_secrets(boss) is not None
    click(qtbot, page.team_widget.forget_button)
    finish_operations(qtbot)
    assert kept_secrets(boss) is None and not memory_keyring.store
    assert not page.team_widget.forget_button.isVisible()
    assert page.message_label.text() == "This computer no longer keeps the backup passphrase."
    assert [row.status for row in backup.backup_history(boss)] == ["ok"]


def test_cancel_in_the_status_bar_stops_a_team_backup_stuck_on_its_server(
        page: AdminBackupWidget, boss: Workspace, team_vault: TeamVaultFixture,  # noqa: F811
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    check_and_keep(boss, team_vault.owner, team_vault.owner_password, PASSPHRASE, PASSPHRASE)
    page.refresh()  # kept behind the page's back: it reads the keyring again
    finish_operations(qtbot)
    monkeypatch.setattr(backup_target, "S3_READ_TIMEOUT", 1.0)  # the abandoned run ends soon
    monkeypatch.setattr(backup_target, "S3_CONNECT_TIMEOUT", 1.0)
    monkeypatch.setattr(backup_target, "S3_MAX_ATTEMPTS", 2)
    server = HungServer()  # accepts the connection, never answers
    try:
        target = s3_target(server.endpoint, "frozen-bucket", "us-east-1", ACCESS_KEY)
        with boss.session() as session:  # 'Save destination' would wait for it too
            settings.write(session, TARGET_KEY, target.to_json())
        secrets.store_secret(boss, SECRET_NAME, SECRET_KEY)
        indicator = BackgroundWorkWidget(page._operations)  # as in the status bar
        qtbot.addWidget(indicator)
        click(qtbot, page.backup_button)
        assert indicator.label.text() == "Backing up the team vault…"
        with qtbot.waitSignal(page.jobFinished, timeout=10_000):
            indicator.cancel()
        assert page.message_label.text() == "Stopped. The earlier backups are unchanged."
        assert page.backup_button.isEnabled()
        assert wait_for_running_operations(30_000)
        assert [run.status for run in backup.backup_history(boss)] == ["cancelled"]
    finally:
        server.close()


def test_what_the_keyring_keeps_is_read_off_the_ui_thread(
        page: AdminBackupWidget, boss: Workspace, team_vault: TeamVaultFixture,  # noqa: F811
        bridge: WorkspaceBridge, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert page.team_widget is not None
    check_and_keep(boss, team_vault.owner, team_vault.owner_password, PASSPHRASE, PASSPHRASE)
    threads: list[threading.Thread] = []
    original = team_backup_secrets.kept_secrets

    def recording(ws: Workspace) -> TeamBackupSecrets | None:
        threads.append(threading.current_thread())
        return original(ws)

    monkeypatch.setattr(team_backup_secrets, "kept_secrets", recording)
    page.team_widget.refresh()
    # Until the answer comes, the page says what it knew (nothing kept then).
    assert "Neither is given on this computer yet" in page.team_widget.status_label.text()
    finish_operations(qtbot)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert f"({team_vault.owner}) and the backup passphrase are kept in this computer's " \
        "keyring" in page.team_widget.status_label.text()
    assert page.team_widget.forget_button.isVisible()

    # The status bar's line over a team vault reads the keyring too: also in the background.
    (tmp_path / "second-site").mkdir()
    backup.configure_folder(boss, tmp_path / "second-site")
    threads.clear()
    label = BackupStatusLabel(boss, bridge.operations)
    qtbot.addWidget(label)
    label.refresh()
    assert label.text() == ""
    finish_operations(qtbot)
    assert label.text() == "Backup configured, not run yet"
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_the_schedule_reads_the_keyring_off_the_ui_thread_at_its_checks_and_at_exit(
        page: AdminBackupWidget, boss: Workspace, team_vault: TeamVaultFixture,  # noqa: F811
        bridge: WorkspaceBridge, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "second-site").mkdir()
    backup.configure_folder(boss, tmp_path / "second-site")
    threads: list[threading.Thread] = []
    original = team_backup_secrets.kept_secrets

    def recording(ws: Workspace) -> TeamBackupSecrets | None:
        threads.append(threading.current_thread())
        return original(ws)

    monkeypatch.setattr(team_backup_secrets, "kept_secrets", recording)
    now = utcnow()
    scheduler = BackupScheduler(boss, bridge.operations, clock=lambda: now)
    assert not due_now(qtbot, scheduler)  # nothing kept on this computer: it waits
    check_and_keep(boss, team_vault.owner, team_vault.owner_password, PASSPHRASE, PASSPHRASE)
    assert due_now(qtbot, scheduler)
    assert len(threads) == 2 and all(t is not threading.main_thread() for t in threads)

    # At exit: the keyring is read in the background, then the changed vault is backed up.
    threads.clear()
    contacts.create_contact(boss, ContactInput(first_name="Late", last_name="Change"))
    done: list[bool] = []
    assert scheduler.backup_before_exit(lambda: done.append(True)) is True
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert [row.status for row in backup.backup_history(boss)] == ["ok"]
    assert threads and all(t is not threading.main_thread() for t in threads)
