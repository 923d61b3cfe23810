"""Email one contact from their page. It goes at once and lands on their timeline. When the
contact opted out of email, the user is asked first: this is for correspondence they expect,
never for marketing.

Open it with ``MailingOneToOneDialog(workspace, bridge, contact_id, parent)`` through
``bridge.dialogs.exec_dialog``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.mailing.one_to_one import (
    DirectEmailResult,
    OptedOutOfEmail,
    send_one_to_one,
)
from contactweb.ui.kit.button_order import tab_buttons_as_shown
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class MailingOneToOneDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, contact_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.contact_id = contact_id
        self.worker: BackgroundOp | None = None
        self.result: DirectEmailResult | None = None
        details = contacts.get_contact(workspace, contact_id, audit_view=False)
        self.setWindowTitle(self.tr("Email {display_name}").format(display_name=details.display_name))
        self.resize(560, 420)
        self.to = QComboBox()
        for email in details.emails:
            self.to.addItem(f"{email.address} ({email.label})", email.address)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab moves on to Send; the body needs no tabs
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setEnabled(bool(details.emails))
        if not details.emails:
            self.status.setText(self.tr("{display_name} has no email address.").format(display_name=details.display_name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.body.setAccessibleName(self.tr("Message"))
        tab_buttons_as_shown(buttons, self.body)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(lambda: self.send(override=False))

    def send(self, override: bool) -> None:
        if self.worker is not None:
            return
        ws, contact_id = self.ws, self.contact_id
        subject, body, address = self.subject.text(), self.body.toPlainText(), \
            self.to.currentData()

        def job(_ctx: object) -> DirectEmailResult:
            return send_one_to_one(ws, contact_id, subject, body, override=override,
                                   to_address=address)

        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        worker = self.bridge.operations.operation(
            self, job, changes=Changes.about(contact_id, communications=True))
        self.worker = worker
        # The outcome, failure included, is read in one place (shown in the status line).
        worker.failure(lambda _exc: None).finished.connect(lambda: self._finished(worker))
        worker.run()

    def _finished(self, worker: BackgroundOp) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        if isinstance(worker.exception, OptedOutOfEmail):
            self.status.clear()
            if self.bridge.dialogs.ask(self, self.tr("Opted out of email"), str(worker.exception),
                                       self.tr("Send anyway")):
                self.send(override=True)
            return
        if worker.exception is not None:
            self.status.setText(worker.error)
            return
        self.result = worker.result
        self.accept()
