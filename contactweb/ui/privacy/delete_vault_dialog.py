"""Close the account: delete the whole vault (and, if ticked, every backup of it) after typing
the phrase that names its folder and the admin's password again. Delete stays disabled until
both are given; the backups are kept unless the admin ticks the box."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services import privacy
from contactweb.services.backup import backup, backup_target
from contactweb.services.privacy import VaultDeletionResult
from contactweb.services.privacy.vault_deletion import team_vault_advice
from contactweb.ui.kit.operations import BackgroundOp, OpContext, error_text
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class DeleteVaultDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._worker: BackgroundOp | None = None
        self.phrase = privacy.confirmation_phrase(workspace)
        target = None if workspace.on_team_server else backup_target.read_target(workspace)
        self._has_backups = target is not None
        self.setWindowTitle(self.tr("Delete this vault"))
        self.setMinimumWidth(480)
        warning = QLabel(
            self.tr("<p><b>Delete every contact, communication, sale and setting in "
                    "{escape}?</b></p><p>The vault's files are overwritten and removed, "
                    "and the passwords ContactWeb stored for it are forgotten. Nobody can "
                    "sign in to it again. This cannot be undone.</p>").format(escape=html.escape(str(workspace.vault.folder))))
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)
        self.backups_check = QCheckBox(
            self.tr("Also delete every backup of it ({what})").format(what=target.describe()) if target else
            self.tr("No backup destination is configured"))
        self.backups_check.setChecked(False)  # backups outlive the vault unless asked
        self.backups_check.setEnabled(target is not None)
        prompt = QLabel(self.tr("Type <b>{escape}</b> to confirm:").format(escape=html.escape(self.phrase)))
        self.phrase_edit = QLineEdit()
        self.phrase_edit.setPlaceholderText(self.phrase)
        self.phrase_edit.textChanged.connect(self._update_delete_button)
        password_prompt = QLabel(self.tr("Your password:"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Your password"))
        self.password_edit.textChanged.connect(self._update_delete_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete vault"))
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        for widget in (warning, self.backups_check, prompt, self.phrase_edit,
                       password_prompt, self.password_edit, self.status_label, buttons):
            layout.addWidget(widget)
        if workspace.on_team_server:
            # Nothing on this computer holds the vault: say what its owner does instead.
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setText(team_vault_advice(workspace))
            for widget in (self.backups_check, prompt, self.phrase_edit, password_prompt,
                           self.password_edit, self.delete_button):
                widget.setVisible(False)
            self.cancel_button.setText(self.tr("Close"))

    def phrase_matches(self) -> bool:
        return self.phrase_edit.text().strip() == self.phrase

    def _update_delete_button(self) -> None:
        self.delete_button.setEnabled(self._worker is None and self.phrase_matches()
                                      and bool(self.password_edit.text()))

    def delete(self) -> None:
        if not self.phrase_matches() or not self.password_edit.text() or \
                self._worker is not None or self._ws.on_team_server:
            return
        for widget in (self.delete_button, self.cancel_button, self.phrase_edit,
                       self.password_edit, self.backups_check):
            widget.setEnabled(False)
        with_backups = self.backups_check.isChecked()
        self.status_label.setText(self.tr("Deleting the backups and then the vault…") if with_backups
                                  else self.tr("Deleting the vault…"))
        ws, typed, password = self._ws, self.phrase_edit.text(), self.password_edit.text()

        def job(_ctx: OpContext) -> VaultDeletionResult:
            # The backups go first: if the server fails, the vault is still there.
            deleter = backup.backup_deleter(ws) if with_backups else None
            return privacy.delete_vault(ws, typed, deleter, own_password=password)

        self._worker = self._bridge.operations.operation(self, job).success(
            self._deleted).failure(self._failed).run()

    def _deleted(self, result: VaultDeletionResult) -> None:
        self._worker = None
        deleted = self.tr("The vault at {folder} was deleted: {count} files overwritten and "
                          "removed.").format(folder=result.folder, count=result.files_overwritten)
        if result.backup_objects_deleted is not None:
            deleted += " " + self.tr("Every backup of it was deleted ({count} objects).").format(
                count=result.backup_objects_deleted)
        self.accept()
        self._bridge.vaultDeleted.emit(deleted)

    def _failed(self, error: Exception) -> None:
        self._worker = None
        self.status_label.setText("")
        for widget in (self.cancel_button, self.phrase_edit, self.password_edit):
            widget.setEnabled(True)
        self.password_edit.clear()
        self.backups_check.setEnabled(self._has_backups)
        self._update_delete_button()
        self._bridge.dialogs.show_error(self, error_text(error))
