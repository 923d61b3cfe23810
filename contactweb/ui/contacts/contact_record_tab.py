"""The frame a contact's record tabs share (timeline, sales, reminders, consent): the
workspace, the bridge, the contact shown, and one table of that contact's records.

A tab whose table sits in the narrow pane beside the contact list may wrap its rows: the
main text column takes the width the others leave and as many lines as it needs, and the
columns of short words given as ``word_columns`` are as wide as their longest word. Its rows
are sized to their text once the columns have their widths, not by the header's
ResizeToContents mode: that sizes every row again for each column that changes width (five
times for one contact's timeline, 0.3 s for 500 entries)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from contactweb.ui.kit.display_text import setup_record_table, size_to_longest_word
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class ContactRecordTab(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 columns: Sequence[RecordColumn], *, stretch_column: int,
                 dimmed: Callable[[Any], bool] | None = None,
                 wrapped: bool = False, word_columns: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id: int | None = None
        self.model = RecordTableModel(columns, dimmed=dimmed, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._stretch_column = stretch_column
        self._wrapped = wrapped
        self._word_columns = tuple(word_columns)
        # Columns that change width after the rows came (the pane resized, a scroll bar
        # appeared) size the rows again once, when the changes are over.
        self._rows_to_size = QTimer(self, singleShot=True, interval=0)
        self._rows_to_size.timeout.connect(self._size_rows)
        self.size_columns()
        self.model.modelReset.connect(self._fit_to_rows)
        self.model.headerDataChanged.connect(self._fit_to_rows)
        if wrapped:
            self.table.horizontalHeader().sectionResized.connect(self._rows_to_size.start)

    def size_columns(self) -> None:
        """How each column is sized (never the person's choice: a table whose layout is
        remembered sets them again after restoring it, so an older layout's do not stay)."""
        setup_record_table(self.table, stretch_column=self._stretch_column)
        if self._wrapped:
            self.table.setWordWrap(True)
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column in self._word_columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._fit_to_rows()

    def _fit_to_rows(self) -> None:
        for column in self._word_columns:
            size_to_longest_word(self.table, column)
        self._size_rows()

    def _size_rows(self) -> None:
        self._rows_to_size.stop()
        if self._wrapped:
            self.table.resizeRowsToContents()

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
