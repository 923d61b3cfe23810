"""Choosing a new password for the signed-in user: after an administrator's reset (the
current password is already known from sign-in) or from the menu (it is asked for)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import AuthenticationFailed, ContactWebError
from contactweb.ui.kit.display_text import error_label, show_error
from contactweb.ui.kit.password_reveal_action import PasswordRevealAction
from contactweb.ui.kit.password_strength_widget import PasswordStrengthWidget
from contactweb.vault.passwords import password_problem
from contactweb.vault.workspace import Workspace


class NewPasswordDialog(QDialog):
    def __init__(self, workspace: Workspace, current_password: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._known_current = current_password
        self.setWindowTitle(self.tr("Choose a new password") if current_password is not None
                            else self.tr("Change my password"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr("Your administrator set a temporary password. Choose your own password now; "
            "nobody else will know it.") if current_password is not None else
            self.tr("Your password unlocks the vault for you. Other users' passwords do not "
                    "change."))
        intro.setWordWrap(True)

        self.current_edit = QLineEdit()
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_error = error_label()
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_error = error_label()
        self.meter = PasswordStrengthWidget()
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_error = error_label()
        self.new_edit.textChanged.connect(self.meter.set_password)
        self.new_reveal = PasswordRevealAction(self.new_edit, self.confirm_edit)
        self.current_reveal = PasswordRevealAction(self.current_edit)
        # An error beside a field goes as soon as the field is changed.
        self.new_edit.textChanged.connect(lambda: show_error(self.new_error, ""))
        self.confirm_edit.textChanged.connect(lambda: show_error(self.confirm_error, ""))

        form = QFormLayout()
        if current_password is None:
            form.addRow(self.tr("Current password:"), self.current_edit)
            form.addRow("", self.current_error)
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow("", self.meter)
        form.addRow("", self.new_error)
        form.addRow(self.tr("Repeat new password:"), self.confirm_edit)
        form.addRow("", self.confirm_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set password"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        """Check in place first (each message beside its field), then change the password."""
        for label in (self.current_error, self.new_error, self.confirm_error):
            show_error(label, "")
        new = self.new_edit.text()
        if password_problem(new):
            self.meter.insist()  # the meter under the field already says what is missing
            self.new_edit.setFocus()
            return
        if self.confirm_edit.text() != new:
            show_error(self.confirm_error, self.tr("The two passwords differ."))
            self.confirm_edit.setFocus()
            return
        current = self._known_current if self._known_current is not None \
            else self.current_edit.text()
        from contactweb.services.accounts import users  # with SQLAlchemy: not before sign-in

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            users.change_own_password(self._ws, current, new)
        except AuthenticationFailed as exc:
            show_error(self.current_error if self._known_current is None else self.new_error,
                       str(exc))
            return
        except ContactWebError as exc:
            show_error(self.new_error, str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
