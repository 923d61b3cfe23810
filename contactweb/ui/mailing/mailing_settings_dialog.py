"""Mailing settings (administrators): the SMTP server, the sender, the business's postal
address every mailing carries, and a throttle. The password goes to the keyring (or, without
one, into the vault); it is never shown again. "Send a test to myself" sends one real
message with the settings as typed, before or after saving."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.changes import Changes
from contactweb.services.mailing import smtp_settings, smtp_test_message
from contactweb.services.mailing.smtp_settings import DEFAULT_PORTS, SECURITY_MODES, SmtpSettings
from contactweb.ui.kit.button_order import tab_buttons_as_shown
from contactweb.ui.kit.editing_keys import EditingKeys
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.server_fields import ServerFields
from contactweb.ui.kit.server_trust_widget import ServerTrustWidget
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

SECURITY_TITLES = {"starttls": QT_TRANSLATE_NOOP("MailingSettingsDialog", "STARTTLS (port 587)"),
                   "ssl": QT_TRANSLATE_NOOP("MailingSettingsDialog", "SSL/TLS (port 465)"),
                   "plain": QT_TRANSLATE_NOOP("MailingSettingsDialog",
                                              "None (trusted network only)")}


class MailingSettingsDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.setWindowTitle(self.tr("Mailing settings"))
        self.setMinimumWidth(520)
        setup = smtp_settings.load(workspace)
        s = setup.smtp
        self.server = ServerFields({mode: self.tr(SECURITY_TITLES[mode]) for mode in SECURITY_MODES},
                                   DEFAULT_PORTS, s.host, s.security, s.port, s.username)
        self.host, self.security, self.port = self.server.host, self.server.security, \
            self.server.port
        self.username, self.password = self.server.username, self.server.password
        self.password.setPlaceholderText(
            self.tr("stored in the {place}; leave empty to keep it").format(
                place=setup.password_location) if setup.password_location
            else self.tr("none stored"))
        # The default "My Business" is never offered as a value: a footer must not say it.
        known_name = "" if smtp_settings.placeholder_business_name(setup.business_name) \
            else setup.business_name
        self.business_name = QLineEdit(known_name)
        self.business_name.setPlaceholderText(self.tr("the name every mailing's footer carries"))
        self.sender_name = QLineEdit(s.sender_name or known_name)
        self.sender_address = QLineEdit(s.sender_address)
        self.postal_address = QPlainTextEdit(setup.postal_address)
        self.postal_address.setTabChangesFocus(True)
        self.postal_address.setPlaceholderText(self.tr("Street\nTown and postcode\nCountry"))
        self.postal_address.setMaximumHeight(90)
        self.throttle = QSpinBox()
        self.throttle.setRange(0, 100_000)
        self.throttle.setSpecialValueText(self.tr("no limit"))
        self.throttle.setSuffix(self.tr(" messages per minute"))
        self.throttle.setValue(setup.throttle_per_minute)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("Send a test to myself…"))
        self.test_button.setToolTip(self.tr("Sends one real message with these settings, saved or not"))
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_worker: BackgroundOp | None = None

        form = QFormLayout()
        self.server.add_rows(form, self.tr("SMTP server:"))
        form.addRow(self.tr("Business name:"), self.business_name)
        form.addRow(self.tr("Sender name:"), self.sender_name)
        form.addRow(self.tr("Sender address:"), self.sender_address)
        form.addRow(self.tr("Postal address:"), self.postal_address)
        form.addRow(self.tr("Throttle:"), self.throttle)
        self.trust = ServerTrustWidget(workspace, bridge, "smtp", self.server.endpoint)
        form.addRow(self.tr("Server certificate:"), self.trust)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.test_result)
        layout.addWidget(self.buttons)
        tab_buttons_as_shown(self.buttons)
        self.keys = EditingKeys(self, self.save)
        self.buttons.accepted.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        self.buttons.rejected.connect(self.reject)

    def typed_settings(self) -> SmtpSettings:
        return SmtpSettings(self.host.text(), self.port.value(), self.security.currentData(),
                            self.username.text(), self.sender_name.text(),
                            self.sender_address.text())

    def send_test(self) -> None:
        """Ask where to (the sender address to start with), then send off the UI thread."""
        if self.test_worker is not None:
            return
        to = self.bridge.dialogs.ask_text(self, self.tr("Send a test to myself"),
                                          self.tr("Send the test message to:"),
                                          self.sender_address.text().strip())
        if not to:
            return
        ws, smtp, password = self.ws, self.typed_settings(), self.password.text()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Sending a test message to {value}…").format(value=to.strip()))
        worker = self.bridge.operations.query(
            self, lambda _ctx: smtp_test_message.send_test_message(ws, smtp, to, password))
        self.test_worker = worker
        worker.success(self._tested).failure(lambda _exc: self._test_failed(worker.error)).run()

    def _tested(self, message: str) -> None:
        self.test_worker = None
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #1b5e20")
        self.test_result.setText(message)

    def _test_failed(self, message: str) -> None:
        self.test_worker = None
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #b00020")
        self.test_result.setText(message)

    def save(self) -> None:
        smtp = self.typed_settings()
        ws, postal_address = self.ws, self.postal_address.toPlainText()
        password, throttle = self.password.text() or None, self.throttle.value()
        business_name = self.business_name.text().strip() or None
        self.error.clear()
        self.buttons.setEnabled(False)
        op = self.bridge.operations.operation(
            self, lambda _ctx: smtp_settings.configure(
                ws, smtp, postal_address, password=password, throttle_per_minute=throttle,
                business_name=business_name),
            changes=Changes(settings=True))
        op.success(self._saved).failure(lambda _exc: self.error.setText(op.error))
        op.finished.connect(lambda: self.buttons.setEnabled(True))
        op.run()

    def _saved(self, _setup: object) -> None:
        self.password.clear()
        self.accept()
