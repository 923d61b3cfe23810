"""One contact's communications, newest first: log a call, email, meeting, letter or note;
read one; save its attachments, and play a call recording where the platform can."""

from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPoint,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationEntry
from contactweb.services.changes import Changes
from contactweb.ui.contacts.communication_actions import CommunicationActions
from contactweb.ui.contacts.contact_record_tab import ContactRecordTab
from contactweb.ui.contacts.log_communication_dialog import (
    KIND_TITLES,
    LogCommunicationDialog,
    kind_title,
)
from contactweb.ui.kit.display_text import local_date, local_day_over_time, local_time
from contactweb.ui.kit.flow_layout import FlowLayout
from contactweb.ui.kit.record_table_model import RecordColumn
from contactweb.ui.kit.regional_formats import number_text
from contactweb.ui.kit.remembered_columns import RememberedColumns
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

TIMELINE_LIMIT = 500
ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _duration(entry: CommunicationEntry) -> str:
    minutes = entry.duration_minutes
    return QCoreApplication.translate("ContactTimelineTab", "{minutes} min").format(
        minutes=minutes) if minutes else ""


def _files(entry: CommunicationEntry) -> str:
    count = len(entry.attachments)
    files = QCoreApplication.translate("ContactTimelineTab", "(%n file(s))", "", count)
    return "  " + plural(files, count) if count else ""


def kind_text(entry: CommunicationEntry) -> str:
    """"Call in", "Email out"; a note is just "Note" (it has no direction)."""
    title = kind_title(entry.kind)
    if entry.kind == "note" or not entry.direction:
        return title
    if entry.direction == "in":
        return QCoreApplication.translate("ContactTimelineTab", "{kind} in").format(kind=title)
    return QCoreApplication.translate("ContactTimelineTab", "{kind} out").format(kind=title)


def _kind_and_duration(entry: CommunicationEntry) -> str:
    """"Call out" over "12 min": a column of its own, the duration left the subject too
    little of the pane beside the list. The duration is one word (a no-break space): the
    column is as wide as its longest, and "12" over "min" read as two values."""
    duration = _duration(entry).replace(" ", "\u00a0")
    return "\n".join(text for text in (kind_text(entry), duration) if text)


# The subject takes the width the others leave and wraps; the day is over its time, and the
# kind as wide as its longest word ("Rendez-vous" over "envoyé"), so a subject of ordinary
# length is read on two or three lines in the pane beside the list at 1280 px.
COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "When"),
                 lambda c: local_day_over_time(c.occurred_at)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Kind"), _kind_and_duration),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Subject"), lambda c: c.subject + _files(c)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "By"), lambda c: c.user),
)
KIND_COLUMN, SUBJECT_COLUMN = 1, 2


class ContactTimelineTab(ContactRecordTab):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, bridge, COLUMNS, stretch_column=SUBJECT_COLUMN,
                         wrapped=True, word_columns=(KIND_COLUMN,), parent=parent)
        self._temp_dirs: list[Path] = []
        can_log = workspace.can(Action.COMMUNICATION_LOG)
        buttons = FlowLayout()  # wraps in a narrow pane
        buttons.addWidget(QLabel(self.tr("Log:")))
        # Tool buttons: as wide as their words, so the detail pane leaves the list its room.
        self.log_buttons: dict[str, QToolButton] = {}
        for kind in KIND_TITLES:
            button = QToolButton()
            button.setText(kind_title(kind))
            button.clicked.connect(lambda _checked=False, k=kind: self.log(k))
            button.setEnabled(can_log)
            if not can_log:
                button.setToolTip(self.tr("Your role ({role}) cannot log communications.").format(role=workspace.role))
            self.log_buttons[kind] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Send (not just log) an email: consent is checked and it lands on this timeline.
        self.send_email_button = QPushButton(self.tr("Send email…"))
        self.send_email_button.setEnabled(can_log)
        self.send_email_button.clicked.connect(self.send_email)
        buttons.addWidget(self.send_email_button)

        self.columns = RememberedColumns(self.table, "contact timeline")
        self.size_columns()  # the order and hidden columns remembered, not the sizing
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Right-click corrects or deletes an entry; a double-click opens it for editing.
        self.communication_actions = CommunicationActions(workspace, bridge, self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._edit_at)

        self.reader = QTextBrowser()
        self.reader.setOpenExternalLinks(False)
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(80)
        self.save_button = QPushButton(self.tr("Save attachment…"))
        self.save_button.clicked.connect(self.save_attachment)
        self.play_button = QPushButton(self.tr("Play recording"))
        self.play_button.clicked.connect(self.play_recording)
        self.attachment_list.currentItemChanged.connect(self._attachment_selected)
        attachment_buttons = FlowLayout()
        attachment_buttons.addWidget(self.save_button)
        attachment_buttons.addWidget(self.play_button)
        attachment_buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.reader, 1)
        lower_layout.addWidget(self.attachment_list)
        lower_layout.addLayout(attachment_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([260, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._bridge.changed.connect(self._changed)
        self.clear()

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.contact_id is None or self._ws.locked:
            self.model.clear()
        else:
            self.model.set_records(communications.timeline(self._ws, self.contact_id,
                                                           TIMELINE_LIMIT))
        for button in [*self.log_buttons.values(), self.send_email_button]:
            button.setEnabled(self.contact_id is not None
                              and self._ws.can(Action.COMMUNICATION_LOG))
        self._show_entry(None)

    def clear(self) -> None:
        self.contact_id = None
        self.model.clear()
        self._show_entry(None)
        for button in [*self.log_buttons.values(), self.send_email_button]:
            button.setEnabled(False)
        # Played recordings were decrypted into temporary files: remove them.
        for folder in self._temp_dirs:
            shutil.rmtree(folder, ignore_errors=True)
        self._temp_dirs.clear()

    def _changed(self, changes: Changes) -> None:
        if changes.communications and changes.concerns(self.contact_id):
            self.refresh()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_entry(self.model.record(rows[0].row()) if rows else None)

    def _show_entry(self, entry: CommunicationEntry | None) -> None:
        self.attachment_list.clear()
        if entry is None:
            hint = self.tr("Select a communication to read it.") if self.model.rowCount() else \
                self.tr("No communications logged yet.")
            self.reader.setHtml(f"<p style='color:#777'>{html.escape(hint)}</p>")
        else:
            e = html.escape
            when = local_time(entry.occurred_at)
            kind = kind_title(entry.kind)
            if entry.kind != "note" and entry.direction == "in":
                heading = self.tr("{kind}, incoming, {when}").format(kind=kind, when=when)
            elif entry.kind != "note" and entry.direction == "out":
                heading = self.tr("{kind}, outgoing, {when}").format(kind=kind, when=when)
            else:
                heading = self.tr("{kind}, {when}").format(kind=kind, when=when)
            subject = entry.subject or self.tr("(no subject)")  # lupdate skips f-strings
            self.reader.setHtml(
                f"<p><b>{e(subject)}</b><br>"
                f"<span style='color:#555'>{e(heading)} · {e(entry.user or '–')}</span></p>"
                f"<p>{e(entry.body).replace(chr(10), '<br>')}</p>")
            for info in entry.attachments:
                size = number_text(info.size)
                label = self.tr("{name} ({size} bytes), recording kept until {until}").format(
                    name=info.filename, size=size, until=local_date(info.retain_until) or "–") \
                    if info.kind == "recording" else \
                    self.tr("{name} ({size} bytes)").format(name=info.filename, size=size)
                item = QListWidgetItem(label)
                item.setData(ATTACHMENT_ID_ROLE, info.id)
                item.setData(Qt.ItemDataRole.UserRole + 2, info.kind)
                self.attachment_list.addItem(item)
            if entry.attachments:
                self.attachment_list.setCurrentRow(0)
        has_files = self.attachment_list.count() > 0
        for widget in (self.attachment_list, self.save_button, self.play_button):
            widget.setVisible(has_files)
        self._attachment_selected()

    def _attachment_selected(self) -> None:
        item = self.attachment_list.currentItem()
        self.save_button.setEnabled(item is not None)
        self.play_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole + 2) == "recording")

    # --- actions ------------------------------------------------------------------------------
    def log(self, kind: str = "call") -> None:
        if self.contact_id is None:
            return
        dialog = LogCommunicationDialog(self._ws, self._bridge, self.contact_id, kind, self)
        self._bridge.dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if self.contact_id is None or not index.isValid():
            return
        self.table.selectRow(index.row())
        entry = self.model.record(index.row())
        self.communication_actions.show_menu(self.table.viewport().mapToGlobal(position), self.contact_id,
                               entry.id, entry.kind, entry.subject)

    def _edit_at(self, index: QModelIndex) -> None:
        if self.contact_id is not None and index.isValid():
            self.communication_actions.edit(self.contact_id, self.model.record(index.row()).id)

    def _attachment(self) -> tuple[str, bytes] | None:
        item = self.attachment_list.currentItem()
        if item is None:
            return None
        try:
            info, data = communications.attachment_data(self._ws, item.data(ATTACHMENT_ID_ROLE))
        except ContactWebError as exc:
            self._bridge.dialogs.show_error(self, exc)
            return None
        return info.filename, data

    def send_email(self) -> None:
        if self.contact_id is None:
            return
        from contactweb.ui.mailing.mailing_one_to_one_dialog import MailingOneToOneDialog

        dialog = MailingOneToOneDialog(self._ws, self._bridge, self.contact_id, self)
        self._bridge.dialogs.exec_dialog(dialog)

    def save_attachment(self) -> Path | None:
        item = self.attachment_list.currentItem()
        if item is None:
            return None
        suggested = item.text().split(" (")[0]
        target = self._bridge.dialogs.save_file_name(self, self.tr("Save attachment"), suggested)
        if not target:
            return None
        loaded = self._attachment()
        if loaded is None:
            return None
        try:
            Path(target).write_bytes(loaded[1])
        except OSError as exc:
            self._bridge.dialogs.show_error(self, self.tr("Cannot write {path}: {reason}").format(
                path=target, reason=exc.strerror))
            return None
        return Path(target)

    def play_recording(self) -> Path | None:
        """Decrypt the recording into a private temporary folder and hand it to the
        system's player; the copy is removed when the contact is closed or the vault locks."""
        loaded = self._attachment()
        if loaded is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="contactweb-play-"))
        self._temp_dirs.append(folder)
        path = folder / Path(loaded[0]).name
        path.write_bytes(loaded[1])
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._bridge.dialogs.inform(
                self, self.tr("Play recording"), self.tr("No program on this computer plays this file. "
                "Use \u201cSave attachment\u201d and open it with a media player."))
        return path
