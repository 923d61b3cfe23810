"""Logging a call, email, meeting, letter or note with a contact, with attachments (a
document, or a call recording kept for the retention period)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
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

from contactweb.errors import ContactWebError
from contactweb.models.communication import COMMUNICATION_KINDS
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationInput, attachment_from_file
from contactweb.services.changes import Changes
from contactweb.ui.kit.display_text import (
    MUTED_STYLE,
    error_label,
    show_error,
    utc_from_qdatetime,
)
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

KIND_TITLES = {"call": "Call", "email": "Email", "meeting": "Meeting", "letter": "Letter",
               "note": "Note"}
# Above this many bytes the attachments are read and stored on a worker thread.
BACKGROUND_BYTES = 8 * 1024 * 1024
RECORDING_ROLE = Qt.ItemDataRole.UserRole + 1


class LogCommunicationDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, contact_id: int,
                 kind: str = "call", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id = contact_id
        self.communication_id: int | None = None
        self.setWindowTitle("Log a communication")
        self.resize(560, 560)

        self.kind_combo = QComboBox()
        for value in COMMUNICATION_KINDS:
            self.kind_combo.addItem(KIND_TITLES.get(value, value.title()), value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.direction_combo = QComboBox()
        self.direction_combo.addItem("Outgoing (we contacted them)", "out")
        self.direction_combo.addItem("Incoming (they contacted us)", "in")
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSuffix(" min")
        self.duration_spin.setSpecialValueText("not recorded")
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(90)
        self.attachment_list.setToolTip("Tick an attachment that is a call recording: "
                                        "recordings are deleted after the retention period.")
        add_button = QPushButton("Add file…")
        add_button.setAutoDefault(False)
        add_button.clicked.connect(self._choose_files)
        remove_button = QPushButton("Remove")
        remove_button.setAutoDefault(False)
        remove_button.clicked.connect(self._remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add_button)
        file_buttons.addWidget(remove_button)
        file_buttons.addStretch(1)
        hint = QLabel("Tick the files that are call recordings; they are deleted after the "
                      "retention period.")
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        self.error = error_label()

        form = QFormLayout()
        form.addRow("Kind:", self.kind_combo)
        form.addRow("Direction:", self.direction_combo)
        form.addRow("When:", self.when_edit)
        form.addRow("Duration:", self.duration_spin)
        form.addRow("Subject:", self.subject_edit)
        form.addRow("Notes:", self.body_edit)
        form.addRow("Attachments:", self.attachment_list)
        form.addRow("", hint)
        form.addRow("", file_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.subject_edit.setFocus()

    def _kind_changed(self) -> None:
        timed = self.kind_combo.currentData() in ("call", "meeting")
        self.duration_spin.setEnabled(timed)

    # --- attachments --------------------------------------------------------------------------
    def add_attachment(self, path: str, recording: bool = False) -> None:
        item = QListWidgetItem(Path(path).name)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if recording else Qt.CheckState.Unchecked)
        self.attachment_list.addItem(item)

    def _choose_files(self) -> None:
        for path in self._bridge.dialogs.open_file_names(self, "Attach files"):
            recording = Path(path).suffix.lower() in (".mp3", ".m4a", ".wav", ".ogg", ".opus",
                                                       ".amr", ".aac", ".flac")
            self.add_attachment(path, recording and self.kind_combo.currentData() == "call")

    def _remove_selected(self) -> None:
        for item in self.attachment_list.selectedItems():
            self.attachment_list.takeItem(self.attachment_list.row(item))

    def _attachments(self) -> list[tuple[Path, bool]]:
        items = [self.attachment_list.item(i) for i in range(self.attachment_list.count())]
        return [(Path(item.data(Qt.ItemDataRole.UserRole)),
                 item.checkState() == Qt.CheckState.Checked) for item in items]

    # --- saving -------------------------------------------------------------------------------
    def communication_input(self) -> CommunicationInput:
        kind = self.kind_combo.currentData()
        duration = self.duration_spin.value() if kind in ("call", "meeting") else 0
        return CommunicationInput(
            kind=kind, direction=self.direction_combo.currentData(),
            occurred_at=utc_from_qdatetime(self.when_edit.dateTime()),
            duration_minutes=duration or None, subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText())

    def save(self) -> None:
        show_error(self.error, "")
        data = self.communication_input()
        files = self._attachments()
        try:
            size = sum(path.stat().st_size for path, _recording in files)
        except OSError as exc:
            show_error(self.error, f"Cannot read {exc.filename}: {exc.strerror}")
            return
        ws, contact_id = self._ws, self.contact_id

        def job(_ctx: object = None) -> int:
            data.attachments = [attachment_from_file(path, recording)
                                for path, recording in files]
            return communications.log_communication(ws, contact_id, data)

        if size <= BACKGROUND_BYTES:
            try:
                self._saved(job())
            except ContactWebError as exc:
                show_error(self.error, str(exc))
            return
        self.buttons.setEnabled(False)
        worker = self._bridge.operations.operation(self, job).with_progress(
            "Saving attachments", "Storing the attachments in the vault…", cancellable=False)
        worker.success(self._saved).failure(lambda _exc: show_error(self.error, worker.error))
        worker.finished.connect(lambda: self.buttons.setEnabled(True))
        worker.run()

    def _saved(self, communication_id: int) -> None:
        self.communication_id = communication_id
        self._bridge.announce(Changes.about(self.contact_id, communications=True))
        self.accept()
