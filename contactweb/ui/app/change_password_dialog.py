"""Change your own password: the current one, a new one with a strength meter and the rule
beside it, and a confirmation. Only this user's key slot is re-wrapped."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import AuthenticationFailed, ContactWebError
from contactweb.services.accounts import users
from contactweb.ui.kit.password_reveal_action import PasswordRevealAction
from contactweb.vault.passwords import MIN_LENGTH, PASSPHRASE_LENGTH, password_problem, strength
from contactweb.vault.workspace import Workspace

ERROR_STYLE = "color: #b3261e;"
STRENGTH_WORDS = (QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Too weak"),
                  QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Weak"),
                  QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Fair"),
                  QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Good"),
                  QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Strong"))
STRENGTH_COLOURS = ("#b3261e", "#d9730d", "#c9a100", "#4a8f29", "#1b6e20")


class ChangePasswordDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 reason: str = "") -> None:
        """``reason`` explains why the dialog appeared (e.g. a reset password must change)."""
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(560)

        self.current_edit = self._password_edit(self.tr("Current password"))
        self.new_edit = self._password_edit(self.tr("New password"))
        self.confirm_edit = self._password_edit(self.tr("Confirm the new password"))
        self.current_reveal = PasswordRevealAction(self.current_edit)
        self.new_reveal = PasswordRevealAction(self.new_edit, self.confirm_edit)
        self.current_error = self._error_label()
        self.new_error = self._error_label()
        self.confirm_error = self._error_label()
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(8)
        self.strength_bar.setAccessibleName(self.tr("Password strength"))
        self.strength_label = QLabel()
        self.rule_label = QLabel(
            self.tr("At least {MIN_LENGTH} characters with letters, digits and a symbol, "
                    "or a passphrase of {PASSPHRASE_LENGTH} or more characters.").format(MIN_LENGTH=MIN_LENGTH, PASSPHRASE_LENGTH=PASSPHRASE_LENGTH))
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: #555;")

        grid = QGridLayout()
        grid.addWidget(self._label(self.tr("Current password:"), self.current_edit), 0, 0)
        grid.addWidget(self.current_edit, 0, 1)
        grid.addWidget(self.current_error, 0, 2)
        grid.addWidget(self._label(self.tr("New password:"), self.new_edit), 1, 0)
        grid.addWidget(self.new_edit, 1, 1)
        grid.addWidget(self.new_error, 1, 2, 2, 1)
        meter = QFormLayout()
        meter.setContentsMargins(0, 0, 0, 0)
        meter.addRow(self.strength_bar)
        meter.addRow(self.strength_label)
        grid.addLayout(meter, 2, 1)
        grid.addWidget(self.rule_label, 3, 1, 1, 2)
        grid.addWidget(self._label(self.tr("Confirm new password:"), self.confirm_edit), 4, 0)
        grid.addWidget(self.confirm_edit, 4, 1)
        grid.addWidget(self.confirm_error, 4, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if reason:
            reason_label = QLabel(reason)
            reason_label.setWordWrap(True)
            layout.addWidget(reason_label)
        layout.addWidget(QLabel(self.tr("Signed in as <b>{username}</b>.").format(username=workspace.username)))
        layout.addLayout(grid)
        layout.addWidget(self.buttons)

        self.new_edit.textChanged.connect(self._new_password_typed)
        self.confirm_edit.textChanged.connect(lambda _text: self.confirm_error.clear())
        self.current_edit.textChanged.connect(lambda _text: self.current_error.clear())
        self._new_password_typed("")

    @staticmethod
    def _label(text: str, field: QWidget) -> QLabel:
        """A field's label, tied to it for screen readers and the label's mnemonic."""
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        return label

    def _new_password_typed(self, text: str) -> None:
        score = strength(text)
        self.strength_bar.setValue(score)
        self.strength_bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {STRENGTH_COLOURS[score]}; }}")
        self.strength_label.setText(self.tr("Strength: {word}").format(word=QCoreApplication.translate(
            "PasswordStrengthWidget", STRENGTH_WORDS[score])) if text else "")
        problem = (password_problem(text) or "") if text else ""
        self.new_error.setText(problem)
        self.rule_label.setVisible(not problem)  # the problem beside the field says it all

    def submit(self) -> None:
        """Check the fields, then ask the service; stay open with the reason on failure."""
        current, new, confirm = (self.current_edit.text(), self.new_edit.text(),
                                 self.confirm_edit.text())
        valid = True
        if not current:
            self.current_error.setText(self.tr("Type your current password."))
            valid = False
        problem = password_problem(new)
        if problem:
            self.new_error.setText(problem)
            valid = False
        elif new == current:
            self.new_error.setText(self.tr("The new password must differ from the current one."))
            valid = False
        if new != confirm:
            self.confirm_error.setText(self.tr("The two new passwords are not the same."))
            valid = False
        if not valid:
            return
        # Two key derivations (old and new password) take a moment by design.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            users.change_own_password(self._workspace, current, new)
        except AuthenticationFailed:
            self.current_error.setText(self.tr("The current password is wrong. Nothing was changed."))
            self.current_edit.selectAll()
            self.current_edit.setFocus()
            return
        except ContactWebError as exc:
            self.new_error.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
