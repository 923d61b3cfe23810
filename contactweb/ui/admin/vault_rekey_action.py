"""Administration → Users, after "Disable": offer to give the vault a new database key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from contactweb.errors import ContactWebError
from contactweb.services.accounts import users
from contactweb.vault.workspace import Workspace


class VaultRekeyAction:
    """Asks, takes the administrator's own password, re-keys, and shows the temporary
    passwords once. Modals go through the shell's DialogHost, so tests can answer them."""

    def __init__(self, parent: QWidget, workspace: Workspace, dialogs: object | None) -> None:
        self._parent = parent
        self._workspace = workspace
        self._dialogs = dialogs

    def offer(self, disabled_username: str) -> str | None:
        """Returns the text for the page's message line, or None when declined."""
        question = QCoreApplication.translate(
            "VaultRekeyAction",
            "{username} can no longer sign in, but may still hold the vault's "
            "database key: a copy of the vault folder, or a backup and their old password, "
            "would still open it. Re-key the vault now? Every other user then gets a "
            "temporary password that you hand over; backups taken before now stay under the "
            "old key. Close other ContactWeb windows on this vault first.").format(
                username=disabled_username)
        if not self._ask(question):
            return None
        password = self._own_password()
        if password is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # key derivations
        try:
            result = users.rekey_vault(self._workspace, password)
        except ContactWebError as exc:
            return str(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(result)
        return QCoreApplication.translate(
            "VaultRekeyAction",
            "The vault has a new key. Take a fresh full backup now (Administration → Backups).")

    def _ask(self, question: str) -> bool:
        if self._dialogs is not None:
            return self._dialogs.ask(self._parent, QCoreApplication.translate("VaultRekeyAction", "Re-key the vault"), question, QCoreApplication.translate("VaultRekeyAction", "Re-key"))
        answer = QMessageBox.question(
            self._parent, QCoreApplication.translate("VaultRekeyAction", "Re-key the vault"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _exec(self, dialog: QDialog) -> int:
        if self._dialogs is not None:
            return self._dialogs.exec_dialog(dialog)
        return dialog.exec()

    def _own_password(self) -> str | None:
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("VaultRekeyAction", "Re-key the vault"))
        dialog.setLabelText(QCoreApplication.translate("VaultRekeyAction", "Your password ({username}): it unlocks the new key for you.").format(username=self._workspace.username))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        if self._exec(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    def _show(self, result: users.RekeyResult) -> None:
        lines = [f"{name}: {password}" for name, password in
                 result.temporary_passwords.items()]
        box = QMessageBox(self._parent)
        box.setWindowTitle(QCoreApplication.translate("VaultRekeyAction", "Vault re-keyed"))
        text = result.message()
        if lines:
            text += "\n\n" + QCoreApplication.translate(
                "VaultRekeyAction",
                "Temporary passwords, shown only this once; give them in person:") + \
                "\n\n" + "\n".join(lines)
        box.setText(text)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._exec(box)
