"""The fields every mail-server form asks for: server, security, port, user name, password.

The SMTP settings and the IMAP replies dialogs both use them; picking a security mode moves
the port to that mode's usual one unless the person typed another port.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox


class ServerFields:
    def __init__(self, titles: Mapping[str, str], ports: Mapping[str, int], host: str = "",
                 security: str = "", port: int = 0, username: str = "") -> None:
        self._ports = ports
        self.host = QLineEdit(host)
        self.security = QComboBox()
        for mode, title in titles.items():
            self.security.addItem(title, mode)
        if security:
            self.security.setCurrentIndex(self.security.findData(security))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(port or ports[self.security.currentData()])
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.security.currentIndexChanged.connect(self._security_changed)

    def add_rows(self, form: QFormLayout, server_label: str) -> None:
        form.addRow(server_label, self.host)
        form.addRow(QCoreApplication.translate("ServerFields", "Security:"), self.security)
        form.addRow(QCoreApplication.translate("ServerFields", "Port:"), self.port)
        form.addRow(QCoreApplication.translate("ServerFields", "User name:"), self.username)
        form.addRow(QCoreApplication.translate("ServerFields", "Password:"), self.password)

    def endpoint(self) -> tuple[str, int, str]:
        return self.host.text().strip(), self.port.value(), self.security.currentData()

    def _security_changed(self) -> None:
        if self.port.value() in self._ports.values():
            self.port.setValue(self._ports[self.security.currentData()])
