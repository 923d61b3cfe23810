"""Logging a call, email, meeting, letter or note with a contact, with attachments (a
document, or a call recording kept for the retention period), and correcting one logged
before (its attachments stay; new ones can be added)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactweb.models.communication import COMMUNICATION_KINDS
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationInput, attachment_from_file
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.stale_edits import StaleEdit
from contactweb.ui.kit.display_text import (
    MUTED_STYLE,
    error_label,
    qdatetime_from_utc,
    show_error,
    utc_from_qdatetime,
)
from contactweb.ui.kit.editing_keys import EditingKeys
from contactweb.ui.kit.operations import error_text
from contactweb.ui.kit.regional_formats import use_regional_calendar
from contactweb.ui.kit.unsaved_changes_guard import UnsavedChangesGuard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

# Translated where shown (context "CommunicationKinds", kind_title()).
KIND_TITLES = {"call": QT_TRANSLATE_NOOP("CommunicationKinds", "Call"),
               "email": QT_TRANSLATE_NOOP("CommunicationKinds", "Email"),
               "meeting": QT_TRANSLATE_NOOP("CommunicationKinds", "Meeting"),
               "letter": QT_TRANSLATE_NOOP("CommunicationKinds", "Letter"),
               "note": QT_TRANSLATE_NOOP("CommunicationKinds", "Note")}


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("CommunicationKinds", KIND_TITLES.get(kind, kind.title()))
# Above this many bytes the attachments are read and stored on a worker thread.
BACKGROUND_BYTES = 8 * 1024 * 1024
RECORDING_ROLE = Qt.ItemDataRole.UserRole + 1


class LogCommunicationDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, contact_id: int,
                 kind: str = "call", parent: QWidget | None = None,
                 communication_id: int | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id = contact_id
        self.communication_id = communication_id
        self.editing = communication_id is not None
        self.version: int | None = None  # of the entry being corrected, as loaded
        name = contacts.get_contact(workspace, contact_id, audit_view=False).display_name
        self.setWindowTitle((self.tr("Edit a communication with {name}") if self.editing else
                             self.tr("Log a communication with {name}")).format(name=name))
        self.resize(560, 580)
        self.contact_label = QLabel(self.tr("With <b>{escape}</b>").format(escape=html.escape(name)))

        self.kind_combo = QComboBox()
        for value in COMMUNICATION_KINDS:
            self.kind_combo.addItem(kind_title(value), value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Outgoing (we contacted them)"), "out")
        self.direction_combo.addItem(self.tr("Incoming (they contacted us)"), "in")
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setCalendarPopup(True)
        use_regional_calendar(self.when_edit, with_time=True)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("not recorded"))
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(90)
        self.attachment_list.setToolTip(self.tr("Tick an attachment that is a call recording: "
                                        "recordings are deleted after the retention period."))
        add_button = QPushButton(self.tr("Add file…"))
        add_button.setAutoDefault(False)
        add_button.clicked.connect(self._choose_files)
        remove_button = QPushButton(self.tr("Remove"))
        remove_button.setAutoDefault(False)
        remove_button.clicked.connect(self._remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add_button)
        file_buttons.addWidget(remove_button)
        file_buttons.addStretch(1)
        hint = QLabel(self.tr("Tick the files that are call recordings; they are deleted after the "
                      "retention period."))
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        self.error = error_label()

        form = QFormLayout()
        self._form = form
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Direction:"), self.direction_combo)
        form.addRow(self.tr("When:"), self.when_edit)
        form.addRow(self.tr("Duration:"), self.duration_spin)
        form.addRow(self.tr("Subject:"), self.subject_edit)
        form.addRow(self.tr("Notes:"), self.body_edit)
        form.addRow(self.tr("Attachments:"), self.attachment_list)
        form.addRow("", hint)
        form.addRow("", file_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.contact_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.body_edit.setAccessibleName(self.tr("Notes"))
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if communication_id is not None:
            self._load(communication_id)
        self._kind_changed()
        self.subject_edit.setFocus()
        self.keys = EditingKeys(self, self.save)
        self._guard = UnsavedChangesGuard(self, bridge.dialogs, "communication")

    def _load(self, communication_id: int) -> None:
        entry = communications.get_communication(self._ws, communication_id)
        self.version = entry.version
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(entry.kind)))
        if entry.direction:
            self.direction_combo.setCurrentIndex(self.direction_combo.findData(entry.direction))
        self.when_edit.setDateTime(qdatetime_from_utc(entry.occurred_at))
        self.duration_spin.setValue(entry.duration_minutes or 0)
        self.subject_edit.setText(entry.subject)
        self.body_edit.setPlainText(entry.body)
        for info in entry.attachments:  # kept as they are; listed so nothing looks lost
            item = QListWidgetItem(f"{info.filename} (kept)")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.attachment_list.addItem(item)

    def reject(self) -> None:
        """Escape, Cancel and the close button ask before unsaved changes are lost."""
        self._guard.reject(super().reject)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.duration_spin.setEnabled(kind in ("call", "meeting"))
        # A note is written, not sent or received: no direction to choose.
        self._form.setRowVisible(self.direction_combo, kind != "note")

    # --- attachments --------------------------------------------------------------------------
    def add_attachment(self, path: str, recording: bool = False) -> None:
        item = QListWidgetItem(Path(path).name)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if recording else Qt.CheckState.Unchecked)
        self.attachment_list.addItem(item)

    def _choose_files(self) -> None:
        for path in self._bridge.dialogs.open_file_names(self, self.tr("Attach files")):
            recording = Path(path).suffix.lower() in (".mp3", ".m4a", ".wav", ".ogg", ".opus",
                                                       ".amr", ".aac", ".flac")
            self.add_attachment(path, recording and self.kind_combo.currentData() == "call")

    def _remove_selected(self) -> None:
        for item in self.attachment_list.selectedItems():
            if item.data(Qt.ItemDataRole.UserRole):  # a file added now, not one kept
                self.attachment_list.takeItem(self.attachment_list.row(item))

    def _attachments(self) -> list[tuple[Path, bool]]:
        """The files added in this dialog (attachments logged before stay as they are)."""
        items = [self.attachment_list.item(i) for i in range(self.attachment_list.count())]
        return [(Path(item.data(Qt.ItemDataRole.UserRole)),
                 item.checkState() == Qt.CheckState.Checked)
                for item in items if item.data(Qt.ItemDataRole.UserRole)]

    # --- saving -------------------------------------------------------------------------------
    def communication_input(self) -> CommunicationInput:
        kind = self.kind_combo.currentData()
        duration = self.duration_spin.value() if kind in ("call", "meeting") else 0
        return CommunicationInput(
            kind=kind, direction=self.direction_combo.currentData(),
            occurred_at=utc_from_qdatetime(self.when_edit.dateTime()),
            duration_minutes=duration or None, subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(), version=self.version)

    def save(self) -> None:
        show_error(self.error, "")
        data = self.communication_input()
        files = self._attachments()
        try:
            size = sum(path.stat().st_size for path, _recording in files)
        except OSError as exc:
            show_error(self.error, self.tr("Cannot read {path}: {reason}").format(
                path=exc.filename, reason=exc.strerror))
            return
        ws, contact_id, communication_id = self._ws, self.contact_id, self.communication_id

        def job(_ctx: object = None) -> int:
            data.attachments = [attachment_from_file(path, recording)
                                for path, recording in files]
            if communication_id is not None:
                communications.update_communication(ws, communication_id, data)
                return communication_id
            return communications.log_communication(ws, contact_id, data)

        self.buttons.setEnabled(False)
        worker = self._bridge.operations.operation(
            self, job, changes=Changes.about(contact_id, communications=True))
        if size > BACKGROUND_BYTES:  # long enough to say what is happening
            worker.with_progress(self.tr("Saving attachments"), self.tr("Storing the attachments in the vault…"),
                                 cancellable=False)
        worker.success(self._saved).failure(self._failed)
        worker.finished.connect(lambda: self.buttons.setEnabled(True))
        worker.run()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, StaleEdit) and self.communication_id is not None:
            # The typed correction stays; it now sits on the other person's save, so saving
            # again applies it over theirs, knowingly.
            self.version = exc.version
        show_error(self.error, error_text(exc))

    def _saved(self, communication_id: int) -> None:
        self.communication_id = communication_id
        self._guard.mark_clean()
        self.accept()
