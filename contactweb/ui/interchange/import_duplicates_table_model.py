"""The duplicates an import preview found: the entry in the file, the contact it looks like,
why, and what to do with it (skip, update the existing contact, or create a new one)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from contactweb.services.importing.importer import DUPLICATE_CHOICES
from contactweb.ui.kit.list_table_model import Index, ListTableModel

_CHOICE_TEXT = {"skip": QT_TRANSLATE_NOOP("ImportDuplicatesTableModel", "Skip"),
                "update": QT_TRANSLATE_NOOP("ImportDuplicatesTableModel", "Update existing"),
                "create": QT_TRANSLATE_NOOP("ImportDuplicatesTableModel", "Create new")}
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class DuplicateRow:
    source: str  # the entry's place in the file, as the import report names it
    in_file: str  # the name the file gives
    existing_id: int
    existing: str  # the existing contact's name
    reason: str
    choice: str = "skip"
    earlier_entry: str = ""  # set when the entry repeats an earlier one of the same file


class ImportDuplicatesTableModel(ListTableModel):
    class Column(IntEnum):
        ENTRY = 0
        IN_FILE = 1
        EXISTING = 2
        REASON = 3
        CHOICE = 4

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Entry"),
        QT_TRANSLATE_NOOP("TableHeaders", "In the file"),
        QT_TRANSLATE_NOOP("TableHeaders", "Existing contact"),
        QT_TRANSLATE_NOOP("TableHeaders", "Why"),
        QT_TRANSLATE_NOOP("TableHeaders", "Do"))

    def set_rows(self, rows: list[DuplicateRow]) -> None:
        self._replace_rows(rows)

    def rows(self) -> list[DuplicateRow]:
        return list(self._rows)

    def set_choice(self, row_numbers: list[int], choice: str) -> None:
        if choice not in DUPLICATE_CHOICES:
            raise ValueError(choice)
        for number in row_numbers:
            self._rows[number].choice = choice
            cell = self.index(number, self.Column.CHOICE)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    def choices(self) -> dict[str, str]:
        """Entry source -> choice, as import_records takes it."""
        return {row.source: row.choice for row in self._rows}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == SOURCE_ROLE:
            return row.source
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.Column(index.column())
        if column == self.Column.ENTRY:
            return row.source.split(":", 1)[-1]
        if column == self.Column.IN_FILE:
            return row.in_file
        if column == self.Column.EXISTING:
            if row.earlier_entry:  # no contact yet: the earlier entry is not imported yet
                return self.tr("repeated in this file ({entry})").format(
                    entry=row.earlier_entry.rsplit(":", 1)[-1])
            return f"{row.existing} (#{row.existing_id})"
        if column == self.Column.REASON:
            return row.reason
        return self.tr(_CHOICE_TEXT[row.choice])
