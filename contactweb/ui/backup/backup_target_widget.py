"""Where backups go: an S3-compatible server (endpoint, bucket, US region, access key id and
secret key) or a folder, with "Test connection" and "Save". Both run on a worker: a server
that does not answer must not freeze the window."""

from __future__ import annotations

from urllib.parse import urlparse

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.backup import backup
from contactweb.services.backup.backup_target import (
    DEFAULT_PREFIX,
    BackupTarget,
    folder_target,
    s3_target,
)
from contactweb.services.changes import Changes
from contactweb.sync import ALLOWED_REGIONS
from contactweb.ui.kit.operations import OpContext
from contactweb.ui.kit.outcome_line import OutcomeLine
from contactweb.ui.kit.radio_choice_widget import RadioChoiceWidget
from contactweb.ui.kit.server_trust_widget import ServerTrustWidget
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class BackupTargetWidget(QGroupBox):
    targetSaved = Signal()

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Destination"))
        self._workspace = workspace
        self._bridge = bridge
        self._operations = bridge.operations  # the session's: locking waits for its jobs
        self._dialogs = bridge.dialogs
        self.kind_choice = RadioChoiceWidget(
            [("s3", self.tr("S3-compatible server in a US region")),
             ("folder", self.tr("Folder (second site, USB disk)"))], horizontal=True)
        self.s3_radio = self.kind_choice.button("s3")
        self.folder_radio = self.kind_choice.button("folder")

        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setPlaceholderText(self.tr("https://s3.us-east-1.amazonaws.com"))
        self.bucket_edit = QLineEdit()
        self.region_combo = QComboBox()
        self.region_combo.addItems(sorted(ALLOWED_REGIONS))
        self.access_key_edit = QLineEdit()
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.prefix_edit = QLineEdit(DEFAULT_PREFIX)
        s3_page = QWidget()
        s3_form = QFormLayout(s3_page)
        s3_form.addRow(self.tr("Endpoint URL:"), self.endpoint_edit)
        s3_form.addRow(self.tr("Bucket:"), self.bucket_edit)
        s3_form.addRow(self.tr("Region:"), self.region_combo)
        s3_form.addRow(self.tr("Access key id:"), self.access_key_edit)
        s3_form.addRow(self.tr("Secret access key:"), self.secret_edit)
        s3_form.addRow(self.tr("Folder in the bucket:"), self.prefix_edit)
        self.trust = ServerTrustWidget(workspace, bridge, "s3", self._endpoint)
        s3_form.addRow(self.tr("Server certificate:"), self.trust)

        self.folder_edit = QLineEdit()
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._choose_folder)
        folder_page = QWidget()
        folder_row = QHBoxLayout(folder_page)
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.pages = QStackedWidget()
        self.pages.addWidget(s3_page)
        self.pages.addWidget(folder_page)
        self.kind_choice.choiceChanged.connect(self._show_kind)
        self._show_kind("s3")

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save destination"))
        self.save_button.clicked.connect(self.save)
        self.outcome = OutcomeLine(self._dialogs, self.tr("Destination details"))
        self.message_label = self.outcome.label
        self.details_button = self.outcome.details_button
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.outcome, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_choice)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)

    # --- the form ------------------------------------------------------------------------
    def load(self) -> None:
        if self._workspace.locked:
            return
        target = backup.read_target(self._workspace)
        self.secret_edit.clear()
        self.secret_edit.setPlaceholderText("")
        if target is None:
            return
        if target.is_s3:
            self.s3_radio.setChecked(True)
            self.endpoint_edit.setText(target.endpoint_url)
            self.bucket_edit.setText(target.bucket)
            self.region_combo.setCurrentText(target.region)
            self.access_key_edit.setText(target.access_key_id)
            self.prefix_edit.setText(target.prefix)
            self.secret_edit.setPlaceholderText(self.tr("stored; type to replace"))
        else:
            self.folder_radio.setChecked(True)
            self.folder_edit.setText(target.folder)

    def _show_kind(self, kind: str) -> None:
        """Only the chosen page takes room: a folder's one line, not the S3 form's height."""
        shown = 0 if kind == "s3" else 1
        self.pages.setCurrentIndex(shown)
        for index in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if index == shown else \
                QSizePolicy.Policy.Ignored
            self.pages.widget(index).setSizePolicy(policy, policy)
        self.pages.adjustSize()

    def _endpoint(self) -> tuple[str, int, str]:
        url = urlparse(self.endpoint_edit.text().strip() or "https://s3.amazonaws.com")
        return url.hostname or "", url.port or 443, "ssl"

    def clear(self) -> None:
        for edit in (self.endpoint_edit, self.bucket_edit, self.access_key_edit,
                     self.secret_edit, self.folder_edit):
            edit.clear()
        self.outcome.clear()

    def typed_target(self) -> BackupTarget:
        """The destination as typed; BadInput or Refused when it cannot be one."""
        if self.folder_radio.isChecked():
            return folder_target(self._workspace, self.folder_edit.text())
        return s3_target(self.endpoint_edit.text(), self.bucket_edit.text(),
                         self.region_combo.currentText(), self.access_key_edit.text(),
                         self.prefix_edit.text())

    def _choose_folder(self) -> None:
        folder = self._dialogs.existing_folder(self, self.tr("Backup folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    # --- actions -------------------------------------------------------------------------
    def test_connection(self) -> None:
        self._run(self.tr("Test connection"), self.tr("Connecting…"),
                  lambda target, secret: backup.test_connection(self._workspace, target, secret),
                  saved=False)

    def save(self) -> None:
        def job(target: BackupTarget, secret: str | None) -> str:
            return backup.configure(self._workspace, target, secret).message

        self._run(self.tr("Save destination"), self.tr("Checking the destination…"), job,
                  saved=True)

    def _run(self, title: str, text: str, call: object, saved: bool) -> None:
        try:
            target = self.typed_target()
        except ContactWebError as exc:
            self.outcome.show_outcome(str(exc), False)
            return
        secret = self.secret_edit.text() or None
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)

        def job(_ctx: OpContext) -> str:
            return call(target, secret)  # type: ignore[operator]

        worker = self._operations.operation(self, job, changes=Changes(settings=True))
        worker.with_progress(title, text, cancellable=False).success(
            lambda message: self._done(message, saved)).failure(
            lambda _exc: self._done(worker.error, None, worker.error_details)).run()

    def _done(self, message: str, saved: bool | None, details: str = "") -> None:
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(True)
        if self._workspace.locked:
            return
        if saved:
            shown = self.tr("Saved. {message}.").format(message=message)
        elif saved is False:
            shown = self.tr("{message}.").format(message=message)
        else:
            shown = message
        self.outcome.show_outcome(shown, saved is not None, details)
        if saved:
            self.secret_edit.clear()
            self.secret_edit.setPlaceholderText(self.tr("stored; type to replace"))
            self.targetSaved.emit()
