"""The frame a contact's record tabs share (timeline, sales, reminders, consent): the
workspace, the bridge, the contact shown, and one table of that contact's records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QTableView, QWidget

from contactweb.ui.kit.display_text import setup_record_table
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class ContactRecordTab(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 columns: Sequence[RecordColumn], *, stretch_column: int,
                 dimmed: Callable[[Any], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id: int | None = None
        self.model = RecordTableModel(columns, dimmed=dimmed, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_record_table(self.table, stretch_column=stretch_column)

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
