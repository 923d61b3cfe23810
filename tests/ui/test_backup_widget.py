"""Administration → Backups against a real vault and a folder destination: saving the
destination, Back up now, the history model, Verify, Restore to a folder, Prune, the
schedule, Cancel, and the EEA transfer-basis question."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from contactweb.services import settings
from contactweb.services.backup import backup
from contactweb.services.backup.backup import BackupSchedule, BackupStopped
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput
from contactweb.ui.admin.administration_tab import AdministrationTab
from contactweb.ui.backup.admin_backup_widget import AdminBackupWidget
from contactweb.ui.backup.backup_history_table_model import BackupHistoryTableModel
from contactweb.ui.kit.background_work_widget import BackgroundWorkWidget
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.support.memory_keyring import RecordingKeyring
from tests.support.sync_vaults import ACCESS_KEY, SECRET_KEY, create_bucket, moto_endpoint
from tests.ui.conftest import ScriptedDialogHost, click


@pytest.fixture
def page(admin_ws: Workspace, bridge: WorkspaceBridge, qtbot: QtBot) -> AdminBackupWidget:
    widget = AdminBackupWidget(admin_ws, bridge)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    folder = tmp_path / "usb-disk"
    folder.mkdir()
    return folder


def save_folder(qtbot: QtBot, page: AdminBackupWidget, folder: Path) -> None:
    target = page.target_widget
    target.folder_radio.click()
    target.folder_edit.setText(str(folder))
    click(qtbot, target.save_button)
    qtbot.waitUntil(lambda: target.save_button.isEnabled())


def run(qtbot: QtBot, page: AdminBackupWidget, button_name: str) -> None:
    with qtbot.waitSignal(page.jobFinished, timeout=20000):
        click(qtbot, getattr(page, button_name))


def test_folder_destination_backup_history_verify_restore_prune(
        page: AdminBackupWidget, admin_ws: Workspace, host: ScriptedDialogHost,
        bridge: WorkspaceBridge,
        remote: Path, tmp_path: Path, qtbot: QtBot, qtmodeltester) -> None:
    target = page.target_widget
    target.folder_radio.click()
    target.folder_edit.setText(str(remote / "unplugged"))
    click(qtbot, target.test_button)
    assert "does not exist" in target.message_label.text()
    assert backup.read_target(admin_ws) is None

    with qtbot.waitSignal(bridge.changed) as saved:  # the status bar follows
        save_folder(qtbot, page, remote)
    assert saved.args[0].settings
    assert "Saved" in target.message_label.text()
    assert backup.read_target(admin_ws).folder == str(remote.resolve())

    run(qtbot, page, "backup_button")
    assert page.message_label.text().startswith("Backed up:")
    run(qtbot, page, "backup_button")
    assert page.model.rowCount() == 2
    first = backup.backup_history(admin_ws)[0]
    assert page.model.data(page.model.index(0, BackupHistoryTableModel.Column.STATUS)) == "ok"
    assert page.model.data(page.model.index(0, 0),
                           BackupHistoryTableModel.SnapshotIdRole) == first.snapshot_id
    qtmodeltester.check(page.model)

    page.view.selectionModel().select(
        page.model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    older = backup.backup_history(admin_ws)[1].snapshot_id
    assert page.selected_snapshot() == older
    page.read_data_check.setChecked(True)
    run(qtbot, page, "verify_button")
    assert "1 backup(s) verified (every chunk" in page.message_label.text()

    host.file_answers.append(str(tmp_path / "restored"))
    run(qtbot, page, "restore_button")
    assert f"Restored backup {older}" in page.message_label.text()
    assert (tmp_path / "restored" / "contactweb.db").exists()

    page.keep_last_spin.setValue(1)
    page.keep_daily_spin.setValue(0)
    page.keep_weekly_spin.setValue(0)
    click(qtbot, page.schedule_button)
    assert backup.backup_schedule(admin_ws) == BackupSchedule(24, 1, 0, 0)
    host.answers.append(True)
    run(qtbot, page, "prune_button")
    assert page.message_label.text().startswith("Kept 1 backup(s), removed 1")
    assert len(backup.list_backups(admin_ws)) == 1


def test_cancel_stops_the_backup(page: AdminBackupWidget, admin_ws: Workspace,
                                 host: ScriptedDialogHost, remote: Path, qtbot: QtBot,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    save_folder(qtbot, page, remote)
    started = threading.Event()

    def slow_backup(ws: Workspace, progress: object, cancel: threading.Event) -> None:
        started.set()
        cancel.wait(10)
        raise BackupStopped("backup cancelled; the previous snapshots are unchanged")

    monkeypatch.setattr(backup, "backup_now", slow_backup)
    indicator = BackgroundWorkWidget(page._operations)  # as in the main window's status bar
    qtbot.addWidget(indicator)
    click(qtbot, page.backup_button)
    qtbot.waitUntil(started.is_set)
    # No modal progress in the way: the status bar's indicator has the Cancel.
    assert not [d for d in host.open_dialogs() if isinstance(d, ProgressDialog)]
    assert not page.backup_button.isEnabled()
    assert indicator.label.text() == "Backing up the vault…"
    with qtbot.waitSignal(page.jobFinished, timeout=10000):
        indicator.cancel()
    assert page.message_label.text().startswith("Stopped.")
    assert page.backup_button.isEnabled()


def test_eea_contacts_ask_for_the_transfer_basis(page: AdminBackupWidget, admin_ws: Workspace,
                                                 qtbot: QtBot, bridge: WorkspaceBridge) -> None:
    for country in ("DE", "Italy", "US"):
        contacts.create_contact(admin_ws, ContactInput(
            first_name="A", last_name=country, addresses=[AddressInput(country=country)]))
    basis = page.basis_widget
    page.refresh()
    assert basis.isHidden()  # no US server configured yet
    with admin_ws.session() as s:  # an S3 destination as configure_s3 stores it
        settings.write(s, "backup.target", {"kind": "s3", "endpoint_url": "http://127.0.0.1:9",
                                            "bucket": "b-b-b", "region": "us-east-1",
                                            "access_key_id": "K"})
    page.refresh()
    assert basis.isVisible() and basis.explanation.text().startswith("2 contact(s)")
    assert page.target_widget.s3_radio.isChecked()
    assert page.target_widget.bucket_edit.text() == "b-b-b"
    basis.consent_radio.click()
    basis.note_edit.setText("forms in the office safe")
    with qtbot.waitSignal(bridge.changed) as recorded_changes:
        click(qtbot, basis.record_button)
    assert recorded_changes.args[0] == Changes(settings=True, backups=True)
    assert basis.isHidden()
    recorded = backup.transfer_basis(admin_ws)
    assert (recorded.basis, recorded.note, recorded.contacts) == \
        ("consent", "forms in the office safe", 2)


def test_administration_tab_has_the_backup_page(admin_ws: Workspace, bridge: WorkspaceBridge,
                                                qtbot: QtBot) -> None:
    tab = AdministrationTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    titles = [tab.tabs.tabText(i) for i in range(tab.tabs.count())]
    assert titles[-1] == "Backups" and tab.backup_widget is not None


def test_s3_destination_typed_tested_and_saved(page: AdminBackupWidget, admin_ws: Workspace,
                                               qtbot: QtBot,
                                               memory_keyring: RecordingKeyring) -> None:
    target = page.target_widget
    bucket = create_bucket("us-west-2")
    target.endpoint_edit.setText(moto_endpoint())
    target.bucket_edit.setText(bucket)
    target.region_combo.setCurrentText("us-west-2")
    target.access_key_edit.setText(ACCESS_KEY)
    target.secret_edit.setText(SECRET_KEY)
    click(qtbot, target.test_button)
    qtbot.waitUntil(lambda: target.test_button.isEnabled(), timeout=20000)
    assert "is reachable and in a US region" in target.message_label.text()
    assert backup.read_target(admin_ws) is None  # testing saves nothing
    click(qtbot, target.save_button)
    qtbot.waitUntil(lambda: target.save_button.isEnabled(), timeout=20000)
    assert target.message_label.text().startswith("Saved.")
    saved = backup.read_target(admin_ws)
    assert (saved.kind, saved.bucket, saved.region) == ("s3", bucket, "us-west-2")
    assert SECRET_KEY in memory_keyring.store.values()
    assert target.secret_edit.text() == "" and "stored" in target.secret_edit.placeholderText()
