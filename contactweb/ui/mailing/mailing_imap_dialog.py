"""Where to read replies over IMAP: the server, how securely, the account, and a folder chosen
from the server's own list (names such as "Réponses clients" included). Plain IMAP to another
computer is used only after a yes. The password is used for this reading and not stored."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactweb.services import server_trust
from contactweb.services.mailing.reply_sources import ImapSource
from contactweb.services.tls_trust import is_this_computer
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.server_fields import ServerFields
from contactweb.ui.kit.server_trust_widget import ServerTrustWidget
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

SECURITY_TITLES = {"ssl": QT_TRANSLATE_NOOP("MailingImapDialog", "SSL/TLS (port 993)"),
                   "starttls": QT_TRANSLATE_NOOP("MailingImapDialog", "STARTTLS (port 143)"),
                   "plain": QT_TRANSLATE_NOOP("MailingImapDialog",
                                              "None (this computer or a trusted network only)")}
PORTS = {"ssl": 993, "starttls": 143, "plain": 143}


class MailingImapDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._operations = bridge.operations  # the session's: locking waits for its jobs
        self.dialogs = bridge.dialogs
        self.worker: BackgroundOp | None = None
        self.allow_plain = False
        self.setWindowTitle(self.tr("Process replies from IMAP"))
        self.setMinimumWidth(560)
        self.server = ServerFields({mode: self.tr(title) for mode, title in SECURITY_TITLES.items()},
                                   PORTS)
        self.host, self.security, self.port = self.server.host, self.server.security, \
            self.server.port
        self.username, self.password = self.server.username, self.server.password
        self.host.setPlaceholderText("imap.example.com")
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.addItem("INBOX")
        self.list_button = QPushButton(self.tr("List folders"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.list_button)
        self.since_days = QSpinBox()
        self.since_days.setRange(1, 3650)
        self.since_days.setValue(60)
        self.since_days.setSuffix(self.tr(" days"))
        self.trust = ServerTrustWidget(workspace, bridge, "imap", self.server.endpoint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Read replies"))
        form = QFormLayout()
        self.server.add_rows(form, self.tr("IMAP server:"))
        form.addRow(self.tr("Folder:"), folder_row)
        form.labelForField(folder_row).setBuddy(self.folder)
        self.folder.setAccessibleName(self.tr("Folder"))
        form.addRow(self.tr("Received in the last:"), self.since_days)
        form.addRow(self.tr("Server certificate:"), self.trust)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.list_button.clicked.connect(self.list_folders)
        self.buttons.accepted.connect(self.accept_if_confirmed)
        self.buttons.rejected.connect(self.reject)

    def source(self) -> ImapSource:
        host, port, security = self.server.endpoint()
        return ImapSource(host, port, security, self.username.text().strip(),
                          self.password.text(), self.folder.currentText().strip() or "INBOX",
                          self.since_days.value(), self.allow_plain,
                          server_trust.load(self.ws, "imap"))

    def _confirm_plain(self) -> bool:
        host, _, security = self.server.endpoint()
        if security != "plain" or self.allow_plain or is_this_computer(host):
            return True
        self.allow_plain = self.dialogs.ask(
            self, self.tr("Unencrypted IMAP?"),
            self.tr("{host} is not this computer. Without encryption the password and "
                    "every reply cross the network readable by anyone on the way. Use it "
                    "only on a network you trust.").format(host=host), self.tr("Connect unencrypted"))
        return self.allow_plain

    def accept_if_confirmed(self) -> None:
        if not self.host.text().strip():
            self.error.setText(self.tr("Give the IMAP server's name."))
            return
        if self._confirm_plain():
            self.accept()

    def list_folders(self) -> None:
        if not self.host.text().strip() or not self._confirm_plain():
            return
        from contactweb.services.mailing.imap_reader import list_folders

        source = self.source()

        def job(_ctx: OpContext) -> list:
            return list_folders(source)

        worker = self._operations.query(self, job).with_progress(
            self.tr("IMAP folders"), self.tr("Listing the folders of {host}…").format(host=source.host), cancellable=False)
        self.worker = worker
        # The outcome is read in one place, failures included.
        worker.failure(lambda _exc: None).finished.connect(lambda: self._listed(worker))
        worker.run()

    def _listed(self, worker: BackgroundOp) -> None:
        self.worker = None
        if worker.exception is not None:
            self.error.setText(worker.error)
            return
        current = self.folder.currentText()
        self.folder.clear()
        for folder in worker.result:
            if folder.selectable:
                self.folder.addItem(folder.name)
        index = self.folder.findText(current)
        self.folder.setCurrentIndex(max(index, 0))
        self.error.setText("")
