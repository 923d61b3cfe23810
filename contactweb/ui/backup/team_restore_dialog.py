"""Restore a team vault's backup into a new, empty database: where (server, port, database and
its owner), the backup passphrase, a name for the restored vault's connection profile, and
the administrator's own password (the erasures made since the backup are applied again as
them). Runs as an operation with its progress; a refusal stays in the dialog, to correct."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.backup import team_backup_secrets
from contactweb.services.backup.team_backup import TeamRestoreResult
from contactweb.services.backup.team_restore import TeamRestoreRequest, restore_into_new_database
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.outcome_line import OutcomeLine
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class TeamRestoreDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 snapshot_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._snapshot_id = snapshot_id
        self.worker: BackgroundOp | None = None
        self.result_restored: TeamRestoreResult | None = None
        self.setWindowTitle(self.tr("Restore into a new database"))
        self.setMinimumWidth(560)
        profile = workspace.profile  # type: ignore[attr-defined]
        which = self.tr("the backup {snapshot}").format(snapshot=snapshot_id) if snapshot_id \
            else self.tr("the newest backup")
        intro = QLabel(self.tr(
            "Restores {which} into a new, empty database that its owner made on the server "
            "(createdb), never over this vault. Everyone erased since that backup is erased "
            "again before anyone signs in.").format(which=which))
        intro.setWordWrap(True)
        kept = team_backup_secrets.kept_secrets(workspace)
        self.host_edit = QLineEdit(profile.host)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(profile.port)
        self.database_edit = QLineEdit(f"{profile.database}_restored")
        self.owner_edit = QLineEdit(kept.owner if kept else "")
        self.owner_password_edit = QLineEdit()
        self.owner_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.owner_password_edit.setPlaceholderText(
            self.tr("empty: from ~/.pgpass or PGPASSWORD"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.profile_edit = QLineEdit(f"{profile.name}-restored")
        self.admin_password_edit = QLineEdit()
        self.admin_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("New database:"), self.database_edit)
        form.addRow(self.tr("Its owner:"), self.owner_edit)
        form.addRow(self.tr("Owner's password:"), self.owner_password_edit)
        form.addRow(self.tr("Backup passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Profile name:"), self.profile_edit)
        form.addRow(self.tr("Your password:"), self.admin_password_edit)
        self.outcome = OutcomeLine(bridge.dialogs, self.tr("Restore details"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def request(self) -> TeamRestoreRequest:
        return TeamRestoreRequest(
            host=self.host_edit.text(), port=self.port_spin.value(),
            database=self.database_edit.text(), owner=self.owner_edit.text(),
            owner_password=self.owner_password_edit.text() or None,
            passphrase=self.passphrase_edit.text(), profile_name=self.profile_edit.text(),
            admin_password=self.admin_password_edit.text(), snapshot_id=self._snapshot_id)

    def restore(self) -> None:
        if self.worker is not None:
            return
        ws, request = self._ws, self.request()

        def job(_ctx: OpContext) -> TeamRestoreResult:
            return restore_into_new_database(ws, request)

        self.restore_button.setEnabled(False)
        self.outcome.clear()
        worker = self._bridge.operations.operation(self, job)
        # pg_restore runs in one transaction: stopping half-way is not offered.
        worker.with_progress(self.tr("Restore"), self.tr(
            "Restoring into {database}…").format(database=request.database), False)
        worker.success(self._restored).failure(
            lambda _exc: self._refused(worker.error, worker.error_details))
        self.worker = worker
        worker.run()

    def _restored(self, result: TeamRestoreResult) -> None:
        self.worker = None
        self.result_restored = result
        for edit in (self.owner_password_edit, self.passphrase_edit, self.admin_password_edit):
            edit.clear()
        self.accept()

    def _refused(self, message: str, details: str) -> None:
        self.worker = None
        self.restore_button.setEnabled(True)
        self.outcome.show_outcome(message, False, details)
