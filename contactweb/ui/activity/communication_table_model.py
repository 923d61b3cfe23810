"""Communications across contacts, fetched from the vault a page at a time as the view
scrolls; filtering happens in SQL (``communications.across_contacts``)."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationEntry, CommunicationFilter
from contactweb.ui.kit.display_text import local_time
from contactweb.ui.kit.paged_table_model import Index, PagedTableModel
from contactweb.ui.kit.translations import plural
from contactweb.vault.workspace import Workspace

# Translated where shown (context "CommunicationKinds").
KIND_LABELS = {"call": QT_TRANSLATE_NOOP("CommunicationKinds", "Call"),
               "email": QT_TRANSLATE_NOOP("CommunicationKinds", "Email"),
               "meeting": QT_TRANSLATE_NOOP("CommunicationKinds", "Meeting"),
               "letter": QT_TRANSLATE_NOOP("CommunicationKinds", "Letter"),
               "note": QT_TRANSLATE_NOOP("CommunicationKinds", "Note")}
KIND_TOTALS = {"call": QT_TRANSLATE_NOOP("CommunicationKinds", "Calls"),
               "email": QT_TRANSLATE_NOOP("CommunicationKinds", "Emails"),
               "meeting": QT_TRANSLATE_NOOP("CommunicationKinds", "Meetings"),
               "letter": QT_TRANSLATE_NOOP("CommunicationKinds", "Letters"),
               "note": QT_TRANSLATE_NOOP("CommunicationKinds", "Notes")}


def kind_label(kind: str, labels: dict[str, str] = KIND_LABELS) -> str:
    return QCoreApplication.translate("CommunicationKinds", labels.get(kind, kind))


class CommunicationTableModel(PagedTableModel):
    class Column(IntEnum):
        WHEN = 0
        CONTACT = 1
        KIND = 2
        DIRECTION = 3
        SUBJECT = 4
        USER = 5
        DURATION = 6

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "When"),
        QT_TRANSLATE_NOOP("TableHeaders", "Contact"),
        QT_TRANSLATE_NOOP("TableHeaders", "Kind"),
        QT_TRANSLATE_NOOP("TableHeaders", "Direction"),
        QT_TRANSLATE_NOOP("TableHeaders", "Subject"),
        QT_TRANSLATE_NOOP("TableHeaders", "By"),
        QT_TRANSLATE_NOOP("TableHeaders", "Minutes"))
    CommunicationIdRole = Qt.ItemDataRole.UserRole + 1
    ContactIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 200, max_rows: int | None = None) -> None:
        """``max_rows`` caps the list (the Today page shows only the latest few)."""
        super().__init__(workspace, parent, page_size, max_rows)
        self._filter = CommunicationFilter()

    def set_filter(self, flt: CommunicationFilter) -> None:
        self._filter = flt
        self.refresh()

    def filter(self) -> CommunicationFilter:
        return self._filter

    def fetch_page(self, offset: int, limit: int) -> list[CommunicationEntry]:
        return communications.across_contacts(self._workspace, self._filter, offset, limit)

    def entry(self, row: int) -> CommunicationEntry:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.SUBJECT:
            return entry.body[:500] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.CommunicationIdRole:
            return entry.id
        if role == self.ContactIdRole:
            return entry.contact_id
        return None

    def _display(self, entry: CommunicationEntry, column: Column) -> str:
        if column == self.Column.WHEN:
            return _local_text(entry.occurred_at)
        if column == self.Column.CONTACT:
            return entry.contact_name
        if column == self.Column.KIND:
            label = kind_label(entry.kind)
            count = len(entry.attachments)
            if count:
                return plural(self.tr("{kind} (+%n file(s))", "", count), count).format(kind=label)
            return label
        if column == self.Column.DIRECTION:  # a note has none
            if entry.kind == "note" or entry.direction not in ("in", "out"):
                return ""
            return self.tr("Incoming") if entry.direction == "in" else self.tr("Outgoing")
        if column == self.Column.SUBJECT:
            return entry.subject or entry.body.split("\n", 1)[0][:120]
        if column == self.Column.USER:
            return entry.user
        return "" if entry.duration_minutes is None else str(entry.duration_minutes)


def _local_text(stamp: datetime) -> str:
    """The vault stores naive UTC; people read their own clock."""
    return local_time(stamp)
