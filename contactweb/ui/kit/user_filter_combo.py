"""The "By:" filter of the lists across contacts: all users, or one of them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from contactweb.services.accounts import users
from contactweb.vault.workspace import Workspace


class UserFilterCombo(QComboBox):
    """"All users" first, then every user of the vault. Reloading keeps the choice and
    emits no change; so does forgetting the users when the vault locks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("User"))
        self.addItem(self.tr("All users"), "")

    def username(self) -> str:
        """The chosen user, or "" for all."""
        return self.currentData() or ""

    def reload(self, workspace: Workspace) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        self._drop_users()
        for user in users.list_users(workspace):
            self.addItem(user.username, user.username)
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)

    def forget_users(self) -> None:
        self.blockSignals(True)
        self._drop_users()
        self.blockSignals(False)

    def _drop_users(self) -> None:
        while self.count() > 1:
            self.removeItem(1)
