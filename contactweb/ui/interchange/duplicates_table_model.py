"""Pairs of contacts that look like one person, with both names and the reason. The rows are
read by ``load`` (on a worker), never inside ``data()``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from contactweb.services.contacts import duplicates
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.ui.kit.list_table_model import Index, ListTableModel
from contactweb.vault.workspace import Workspace

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
_CHUNK = 500


@dataclass(frozen=True)
class PairRow:
    keep_id: int
    keep_name: str
    other_id: int
    other_name: str
    reason: str


def load_pairs(ws: Workspace) -> list[PairRow]:
    """Every pair with the contacts' names (call it on a worker: it reads the whole vault)."""
    pairs = duplicates.list_duplicates(ws)
    ids = sorted({p.keep_id for p in pairs} | {p.other_id for p in pairs})
    names: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        query = ContactQuery(ids=tuple(ids[start:start + _CHUNK]))
        names |= {row.id: row.name for row in list_contacts(ws, query, limit=None)}
    return [PairRow(p.keep_id, names.get(p.keep_id, ""), p.other_id,
                    names.get(p.other_id, ""), p.reason) for p in pairs]


class DuplicatesTableModel(ListTableModel):
    class Column(IntEnum):
        KEEP = 0
        OTHER = 1
        REASON = 2

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Contact"),
        QT_TRANSLATE_NOOP("TableHeaders", "Looks like"),
        QT_TRANSLATE_NOOP("TableHeaders", "Why"))

    def set_rows(self, rows: list[PairRow]) -> None:
        self._replace_rows(rows)

    def pair(self, row: int) -> PairRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PAIR_ROLE:
            return (row.keep_id, row.other_id)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.Column(index.column())
        if column == self.Column.KEEP:
            return f"{row.keep_name} (#{row.keep_id})"
        if column == self.Column.OTHER:
            return f"{row.other_name} (#{row.other_id})"
        return row.reason
