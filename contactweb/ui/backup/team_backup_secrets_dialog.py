"""Asks an administrator once, on this computer, for what a team vault's backups need: the
database owner (``pg_dump`` runs as them) and the backup passphrase, typed twice. Checked
(the owner's login, the backup set's passphrase) off the UI thread, then kept in this
computer's keyring for the team profile (``team_backup_secrets``)."""

from __future__ import annotations

import getpass
import os

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.backup import team_backup_secrets
from contactweb.services.backup.team_backup import MIN_PASSPHRASE
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.outcome_line import OutcomeLine
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class TeamBackupSecretsDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None, kept_owner: str | None = None) -> None:
        """``kept_owner``: the owner this computer keeps already (the page read it from the
        keyring in the background), offered again."""
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.worker: BackgroundOp | None = None
        self.where = ""  # 'keyring' or 'session' once kept
        self.setWindowTitle(self.tr("Backup passphrase"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Team backups are taken as the database's owner and encrypted on this computer "
            "with the backup passphrase. Both are kept in this computer's keyring, never on "
            "the server. Keep the passphrase apart from the server as well: a restore needs "
            "it, and nobody can recover it."))
        intro.setWordWrap(True)
        self.owner_edit = QLineEdit(kept_owner or os.environ.get("PGUSER") or getpass.getuser())
        self.owner_password_edit = QLineEdit()
        self.owner_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.owner_password_edit.setPlaceholderText(
            self.tr("empty: from ~/.pgpass or PGPASSWORD"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(
            self.tr("at least {count} characters").format(count=MIN_PASSPHRASE))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Database owner:"), self.owner_edit)
        form.addRow(self.tr("Owner's password:"), self.owner_password_edit)
        form.addRow(self.tr("Backup passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Passphrase again:"), self.confirm_edit)
        self.outcome = OutcomeLine(bridge.dialogs, self.tr("Backup passphrase"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self.worker is not None:
            return
        ws = self._ws
        owner, owner_password = self.owner_edit.text(), self.owner_password_edit.text() or None
        passphrase, confirmation = self.passphrase_edit.text(), self.confirm_edit.text()

        def job(_ctx: OpContext) -> str:
            return team_backup_secrets.check_and_keep(ws, owner, owner_password, passphrase,
                                                      confirmation)

        self.save_button.setEnabled(False)
        self.outcome.show_note(self.tr("Checking the owner's login and the passphrase…"))
        worker = self._bridge.operations.operation(self, job)
        worker.success(self._kept).failure(
            lambda _exc: self._refused(worker.error, worker.error_details))
        self.worker = worker
        worker.run()

    def _kept(self, where: str) -> None:
        self.worker = None
        self.where = where
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.owner_password_edit.clear()
        self.accept()

    def _refused(self, message: str, details: str) -> None:
        self.worker = None
        self.save_button.setEnabled(True)
        self.outcome.show_outcome(message, False, details)
