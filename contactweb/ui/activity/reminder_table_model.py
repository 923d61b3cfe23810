"""Open reminders that are due or overdue (``reminders.due_and_overdue``); overdue rows are
marked in text and colour, so the distinction survives for colour-blind readers too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from contactweb.models import utcnow
from contactweb.services.activity import reminders
from contactweb.services.activity.reminders import ReminderView
from contactweb.ui.kit.list_table_model import Index, ListTableModel
from contactweb.ui.kit.regional_formats import clock_text, time_text
from contactweb.vault.workspace import Workspace


class ReminderTableModel(ListTableModel):
    class Column(IntEnum):
        DUE = 0
        CONTACT = 1
        TEXT = 2
        ASSIGNEE = 3

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Due"),
        QT_TRANSLATE_NOOP("TableHeaders", "Contact"),
        QT_TRANSLATE_NOOP("TableHeaders", "Reminder"),
        QT_TRANSLATE_NOOP("TableHeaders", "For"))
    ReminderIdRole = Qt.ItemDataRole.UserRole + 1
    ContactIdRole = Qt.ItemDataRole.UserRole + 2
    OverdueRole = Qt.ItemDataRole.UserRole + 3

    OVERDUE_TEXT = QColor("#b3261e")
    OVERDUE_BACKGROUND = QColor("#fdecea")

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        """``clock`` returns naive UTC now; tests pass a fixed one."""
        super().__init__(parent)
        self._workspace = workspace
        self._clock = clock
        self._now = clock()

    def refresh(self) -> None:
        self.beginResetModel()
        self._now = self._clock()
        self._rows = [] if self._workspace.locked else \
            reminders.due_and_overdue(self._workspace, now=self._now)
        self.endResetModel()

    def reminder(self, row: int) -> ReminderView:
        return self._rows[row]

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.overdue(self._now))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        overdue = item.overdue(self._now)
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.Column.DUE:
                when = _local_text(item.due_at)
                return (self.tr("Overdue since {when}") if overdue else self.tr("Due {when}")).format(
                    when=when)
            if column == self.Column.CONTACT:
                return item.contact_name or self.tr("(no contact)")
            if column == self.Column.TEXT:
                return item.text
            return item.assignee
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(self.OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(self.OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and overdue and column == self.Column.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.ReminderIdRole:
            return item.id
        if role == self.ContactIdRole:
            return item.contact_id
        if role == self.OverdueRole:
            return overdue
        return None


def _local_text(stamp: datetime) -> str:
    """In the person's regional formats (ui/kit/regional_formats)."""
    local = stamp.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    today = datetime.now().date()
    if local.date() == today:
        return QCoreApplication.translate("ReminderTableModel", "today {time}").format(
            time=clock_text(local))
    return time_text(local)
