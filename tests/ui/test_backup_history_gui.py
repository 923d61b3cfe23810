"""Administration → Backups after the server lost its data: Verify marks the lost backups in
the history (no longer "ok") and says so in plain words, restoring one is refused without a
raw object path, and the rows of a former destination say where they are and restore from
there. Over a real S3 endpoint (moto server mode)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from contactweb.services.backup import backup
from contactweb.ui.backup.admin_backup_widget import AdminBackupWidget
from contactweb.ui.backup.backup_history_table_model import BackupHistoryTableModel
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.support.backup_vaults import configure_s3, populate
from tests.support.sync_vaults import bucket_keys, moto_endpoint, s3_client
from tests.ui.conftest import ScriptedDialogHost, click

Column = BackupHistoryTableModel.Column


@pytest.fixture
def page(admin_ws: Workspace, host: ScriptedDialogHost, qtbot: QtBot) -> AdminBackupWidget:
    widget = AdminBackupWidget(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def run(qtbot: QtBot, page: AdminBackupWidget, button_name: str) -> None:
    with qtbot.waitSignal(page.jobFinished, timeout=20_000):
        click(qtbot, getattr(page, button_name))


def cell(page: AdminBackupWidget, snapshot_id: str, column: Column) -> str:
    model = page.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), model.SnapshotIdRole) == snapshot_id:
            return model.data(model.index(row, column))
    raise AssertionError(f"no row for {snapshot_id}")


def select(page: AdminBackupWidget, snapshot_id: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.data(page.model.index(row, 0), page.model.SnapshotIdRole) == snapshot_id:
            page.view.selectRow(row)
            return
    raise AssertionError(f"no row for {snapshot_id}")


def test_verify_marks_lost_backups_and_former_rows_restore_from_where_they_are(
        page: AdminBackupWidget, admin_ws: Workspace, host: ScriptedDialogHost,
        qtbot: QtBot, tmp_path: Path) -> None:
    populate(admin_ws, 5)
    bucket = configure_s3(admin_ws)
    lost = backup.backup_now(admin_ws).snapshot_id
    kept = backup.backup_now(admin_ws).snapshot_id
    page.refresh()
    client = s3_client(moto_endpoint())
    for key in bucket_keys(bucket):
        if key.endswith(f"/manifests/{lost}"):
            client.delete_object(Bucket=bucket, Key=key)

    run(qtbot, page, "verify_button")
    message = page.message_label.text()
    assert message.startswith("1 backup(s) in the history are no longer on the destination")
    assert "no problem found" not in message and "/manifests/" not in message
    assert cell(page, lost, Column.STATUS) == "missing"
    assert cell(page, lost, Column.MESSAGE).startswith("No longer on the destination")
    assert cell(page, kept, Column.STATUS) == "ok"
    click(qtbot, page.details_button)  # the object names are one click away
    assert f"manifests/{lost}" in host.details[-1]

    select(page, lost)
    host.file_answers.append(str(tmp_path / "restored"))
    run(qtbot, page, "restore_button")
    refused = page.message_label.text()
    assert refused.startswith(f"Backup {lost} is no longer on the backup server")
    assert "Choose another backup" in refused and "/manifests/" not in refused

    # A new destination: the S3 rows say they are elsewhere, and still restore from there.
    usb = tmp_path / "usb-disk"
    usb.mkdir()
    backup.configure_folder(admin_ws, usb)
    page.refresh()
    assert cell(page, kept, Column.TARGET).endswith("(former destination)")
    assert cell(page, kept, Column.TARGET).startswith(f"s3://{bucket}/")
    select(page, kept)
    host.file_answers.append(str(tmp_path / "from-s3"))
    run(qtbot, page, "restore_button")
    assert page.message_label.text().startswith(f"Restored backup {kept}"), \
        page.message_label.text()
    assert (tmp_path / "from-s3" / "contactweb.db").exists()
