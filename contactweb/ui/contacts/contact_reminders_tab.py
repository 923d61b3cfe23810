"""Reminders about one contact: the list (done ones greyed), adding one with a due time, a
text and an assignee, and marking one done."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.accounts import users
from contactweb.services.activity import reminders
from contactweb.services.changes import Changes
from contactweb.ui.contacts.contact_record_tab import ContactRecordTab
from contactweb.ui.kit.display_text import (
    error_label,
    local_day_over_time,
    show_error,
    utc_from_qdatetime,
)
from contactweb.ui.kit.flow_layout import FlowLayout
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.ui.kit.record_table_model import RecordColumn
from contactweb.ui.kit.regional_formats import use_regional_calendar
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Due"), lambda r: local_day_over_time(r.due_at)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "What"), lambda r: r.text),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "For"), lambda r: r.assignee),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Done"), lambda r: QCoreApplication.translate("ContactRemindersTab", "Done") if r.done else ""),
)


class ContactRemindersTab(ContactRecordTab):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        # What to do takes the width the other columns leave and as many lines as it needs:
        # beside the list, on one line, it was cut after a word or two.
        super().__init__(workspace, bridge, COLUMNS, stretch_column=1,
                         dimmed=lambda r: r.done, wrapped=True, parent=parent)

        self.due_edit = QDateTimeEdit()
        self.due_edit.setCalendarPopup(True)
        use_regional_calendar(self.due_edit, with_time=True)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("what to do, e.g. Call back about the quote"))
        self.assignee_combo = QComboBox()
        self.add_button = QPushButton(self.tr("Add reminder"))
        self.add_button.clicked.connect(self.add_reminder)
        self.text_edit.returnPressed.connect(self.add_reminder)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.error = error_label()
        # When and for whom on one line (wrapping in a narrow pane), then what to do, taking
        # the pane's width, beside Add: one flowing row of all four laid the text out at
        # its hint width and ran past the pane, or left it short on a line of its own.
        # Tab walks them in this order, as shown.
        due_and_assignee = FlowLayout()
        due_and_assignee.addWidget(self.due_edit)
        due_and_assignee.addWidget(self.assignee_combo)
        text_and_add = QHBoxLayout()
        text_and_add.addWidget(self.text_edit, 1)
        text_and_add.addWidget(self.add_button)
        self._editable = [self.due_edit, self.text_edit, self.assignee_combo, self.add_button,
                          self.done_button]
        can_edit = workspace.can(Action.REMINDER_EDIT)
        hide_unless(can_edit, *self._editable)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(due_and_assignee)
        layout.addLayout(text_and_add)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(done_row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._bridge.changed.connect(lambda changes: self.refresh() if changes.reminders else None)
        self._typed: dict[int, tuple[str, QDateTime]] = {}  # contact -> reminder not yet added
        self.clear()

    def set_contact(self, contact_id: int | None) -> None:
        # A reminder being typed is never thrown away by looking at another contact (or by
        # this one reloading): it waits for its contact; ending the session forgets it.
        if self.contact_id is not None and self.text_edit.text().strip():
            self._typed[self.contact_id] = (self.text_edit.text(), self.due_edit.dateTime())
        self.contact_id = contact_id
        self._reset_form()
        typed = self._typed.pop(contact_id, None) if contact_id is not None else None
        if typed is not None:
            self.text_edit.setText(typed[0])
            self.due_edit.setDateTime(typed[1])
        self.refresh()

    def _reset_form(self) -> None:
        tomorrow = datetime.combine(datetime.now().date() + timedelta(days=1), time(9, 0))
        self.due_edit.setDateTime(QDateTime(tomorrow))
        self.text_edit.clear()
        show_error(self.error, "")
        self.assignee_combo.clear()
        if self.contact_id is None or self._ws.locked or not self._ws.can(Action.REMINDER_EDIT):
            return
        names = [u.username for u in users.list_users(self._ws) if not u.disabled]
        self.assignee_combo.addItems(names)
        self.assignee_combo.setCurrentText(self._ws.username)

    def refresh(self) -> None:
        if self.contact_id is None or self._ws.locked:
            self.model.clear()
        else:
            self.model.set_records(reminders.list_reminders(
                self._ws, contact_id=self.contact_id, include_done=True))
        self._update_buttons()

    def clear(self) -> None:
        self.contact_id = None
        self._typed.clear()
        self.model.clear()
        self.text_edit.clear()
        self.assignee_combo.clear()
        show_error(self.error, "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.contact_id is not None
        for widget in (self.due_edit, self.text_edit, self.assignee_combo, self.add_button):
            widget.setEnabled(has)
        rows = self.table.selectionModel().selectedRows()
        selected = self.model.record(rows[0].row()) if rows else None
        self.done_button.setEnabled(selected is not None and not selected.done)

    def add_reminder(self) -> None:
        if self.contact_id is None:
            return
        show_error(self.error, "")
        ws, contact_id = self._ws, self.contact_id
        due, text = utc_from_qdatetime(self.due_edit.dateTime()), self.text_edit.text()
        assignee = self.assignee_combo.currentText() or None
        op = self._bridge.operations.operation(
            self, lambda _ctx: reminders.add_reminder(ws, contact_id, due, text, assignee),
            changes=Changes.about(contact_id, reminders=True))
        op.success(lambda _reminder_id: self.text_edit.clear())
        op.failure(lambda _exc: show_error(self.error, op.error))
        op.run()

    def mark_selected_done(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        shown = self.model.record(rows[0].row())
        ws, reminder_id, version = self._ws, shown.id, shown.version
        # Errors go to the error box; the Changes mark_done returns refresh the list (a
        # refused stale press too: the list then shows the reminder as it now is).
        self._bridge.operations.operation(
            self, lambda _ctx: reminders.mark_done(ws, reminder_id, version=version)
        ).changes_on_failure(Changes.about(shown.contact_id, reminders=True)).run()
