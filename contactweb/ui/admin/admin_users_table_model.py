"""The vault's user accounts for the Administration page (a short list, loaded at once)."""

from __future__ import annotations

from datetime import UTC
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from contactweb.services.accounts import users
from contactweb.services.accounts.users import UserView
from contactweb.ui.kit.display_text import local_date
from contactweb.ui.kit.list_table_model import Index, ListTableModel
from contactweb.vault.permissions import ROLE_DESCRIPTIONS
from contactweb.vault.workspace import Workspace


class AdminUsersTableModel(ListTableModel):
    class Column(IntEnum):
        USERNAME = 0
        DISPLAY_NAME = 1
        ROLE = 2
        STATUS = 3
        CREATED = 4

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "User name"),
        QT_TRANSLATE_NOOP("TableHeaders", "Display name"),
        QT_TRANSLATE_NOOP("TableHeaders", "Role"),
        QT_TRANSLATE_NOOP("TableHeaders", "Status"),
        QT_TRANSLATE_NOOP("TableHeaders", "Created"))
    UsernameRole = Qt.ItemDataRole.UserRole + 1
    DisabledRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace

    def refresh(self) -> None:
        self._replace_rows([] if self._workspace.locked else users.list_users(self._workspace))

    def user(self, row: int) -> UserView:
        return self._rows[row]

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self._rows):
            if user.username == username:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.Column.USERNAME:
                return user.username
            if column == self.Column.DISPLAY_NAME:
                return user.display_name
            if column == self.Column.ROLE:
                return user.role
            if column == self.Column.STATUS:
                return self._status(user)
            return local_date(user.created_at.replace(tzinfo=UTC).astimezone().date())
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.ROLE:
            return ROLE_DESCRIPTIONS.get(user.role)
        if role == Qt.ItemDataRole.ForegroundRole and user.disabled:
            return QBrush(QColor("#777777"))
        if role == self.UsernameRole:
            return user.username
        if role == self.DisabledRole:
            return user.disabled
        return None

    def _status(self, user: UserView) -> str:
        if user.disabled:
            return self.tr("Disabled")
        if user.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active (you)") if user.id == self._workspace.user_id else self.tr("Active")
