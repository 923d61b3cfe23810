"""An eye button inside a password field that shows or hides what was typed.

One action can serve a password and its confirmation: both show or hide together, so the
person compares what they typed. Hidden again whenever the field is cleared, so a password
typed at the next sign-in never shows by surprise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

from contactweb.ui.kit.ui_resources import icon


class PasswordRevealAction(QAction):
    def __init__(self, *fields: QLineEdit) -> None:
        super().__init__(icon("eye"), QCoreApplication.translate("PasswordRevealAction",
                                                                 "Show password"), fields[0])
        self._fields = fields
        self.setCheckable(True)
        self.toggled.connect(self._show)
        for field in fields:
            field.textChanged.connect(self._hide_when_cleared)
        # The eye sits in the first field; the others follow it.
        fields[0].addAction(self, QLineEdit.ActionPosition.TrailingPosition)
        self._show(False)

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)
        self.setIcon(icon("eye-off" if visible else "eye"))
        self.setText(self.tr("Hide password") if visible else self.tr("Show password"))
        self.setToolTip(self.text())

    def _hide_when_cleared(self, text: str) -> None:
        if not text and not any(field.text() for field in self._fields):
            self.setChecked(False)
