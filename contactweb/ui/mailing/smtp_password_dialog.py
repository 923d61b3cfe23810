"""Asks for the SMTP password when the one kept in the keyring cannot be read now (the
keyring locked, its service gone, the entry deleted), instead of showing an error: it names
the server and the user, says why it asks, and offers to keep the password, inside the
encrypted vault when no keyring answers. Not kept, it serves this run only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services import secrets
from contactweb.services.mailing import smtp_settings
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


class SmtpPasswordDialog(QDialog):
    def __init__(self, server: str, user: str, why: str, keyring_answers: bool,
                 can_remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SMTP password"))
        self.setMinimumWidth(440)
        self.intro = QLabel(self.tr("To send, ContactWeb signs in to the SMTP server {server} as {value}. "
                                    "{why}").format(server=server, value=user or self.tr("(no user name)"), why=why))
        self.intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # Without an answering keyring the only place to keep it is the encrypted vault.
        self.remember = QCheckBox(self.tr("Remember it in the encrypted vault (no keyring answers on "
                                  "this computer now)") if not keyring_answers
                                  else self.tr("Remember it in this computer's keyring"))
        self.can_remember = can_remember
        hide_unless(can_remember, self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        self.buttons.accepted.connect(self._accept_if_given)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)

    def _accept_if_given(self) -> None:
        if self.password.text():
            self.accept()

    def forget_password(self) -> None:
        self.password.clear()

    @classmethod
    def ask(cls, ws: Workspace, dialogs: DialogHost, parent: QWidget | None,
            error: secrets.SecretUnavailable) -> tuple[str | None, str]:
        """Ask for the password ``error`` could not read; (the password or None when the
        person cancelled, a note on where it was kept, if it was)."""
        smtp = smtp_settings.load(ws).smtp
        answers = error.why == secrets.NO_LONGER_HELD
        why = QCoreApplication.translate(
            "SmtpPasswordDialog", "The password is kept in this computer's keyring, but {why}.").format(
                why=error.why)
        dialog = cls(f"{smtp.host}:{smtp.port}", smtp.username, why, answers,
                     ws.can(Action.MAILING_CONFIGURE), parent)
        try:
            if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None, ""
            password, note = dialog.password.text(), ""
            if dialog.can_remember and dialog.remember.isChecked():
                try:
                    where = smtp_settings.remember_password(ws, password)
                except ContactWebError as exc:
                    note = QCoreApplication.translate(
                        "SmtpPasswordDialog", "The password was not kept: {problem}").format(problem=exc)
                else:
                    reason = secrets.stored_reason(ws, smtp_settings.PASSWORD_SECRET)
                    note = QCoreApplication.translate(
                        "SmtpPasswordDialog", "The SMTP password is kept in this computer's keyring.") \
                        if where == secrets.LOCATION_KEYRING else QCoreApplication.translate(
                            "SmtpPasswordDialog",
                            "The SMTP password is kept inside the encrypted vault: {reason}.").format(
                                reason=reason)
            return password, note
        finally:
            dialog.forget_password()
            dialog.deleteLater()
