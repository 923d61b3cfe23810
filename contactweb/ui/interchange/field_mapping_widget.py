"""Which field of a vCard, LDIF or JSON file goes where: one row per field the file has,
with an example value and where it will be stored (see services/importing/record_fields)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactweb.formats.interchange import ParseResult
from contactweb.services.importing import record_fields

TARGET_WIDTH = 180  # room for "(not imported)" and the longest field name


class FieldMappingWidget(QWidget):
    COLUMN_FIELD, COLUMN_EXAMPLE, COLUMN_TARGET = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("In the file"), self.tr("For example"),
                                              self.tr("Import as")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN_EXAMPLE, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.fields: list[str] = []

    def set_fields(self, parsed: ParseResult) -> None:
        self.fields = record_fields.fields_present(parsed)
        self.table.setRowCount(len(self.fields))
        for row, field in enumerate(self.fields):
            name = record_fields.FIELD_NAMES[field]
            self.table.setItem(row, self.COLUMN_FIELD, QTableWidgetItem(name))
            self.table.setItem(row, self.COLUMN_EXAMPLE,
                               QTableWidgetItem(record_fields.example(parsed, field)))
            combo = QComboBox()
            for target in record_fields.choices_for(field):
                combo.addItem(record_fields.FIELD_NAMES[target], target)
            combo.setAccessibleName(self.tr("Import {name} as").format(name=name))
            self.table.setCellWidget(row, self.COLUMN_TARGET, combo)
        self.table.resizeColumnToContents(self.COLUMN_FIELD)
        self.table.setColumnWidth(self.COLUMN_TARGET, TARGET_WIDTH)

    def combo(self, field: str) -> QComboBox:
        return self.table.cellWidget(self.fields.index(field), self.COLUMN_TARGET)

    def set_target(self, field: str, target: str) -> None:
        combo = self.combo(field)
        combo.setCurrentIndex(combo.findData(target))

    def mapping(self) -> dict[str, str]:
        """Field -> where it goes, for the fields sent somewhere else than their own."""
        chosen = {field: self.combo(field).currentData() for field in self.fields}
        return {field: target for field, target in chosen.items() if target != field}
