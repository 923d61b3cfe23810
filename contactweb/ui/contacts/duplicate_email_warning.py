"""Shown in the contact editor when a new contact's email address is already a contact's:
open the existing one instead, or save anyway."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contactweb.services.contacts.existing_emails import ExistingEmail


class DuplicateEmailWarning(QWidget):
    openRequested = Signal(int)  # the existing contact's id
    saveAnyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[ExistingEmail] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #8a4b00;")
        self.open_button = QPushButton(self.tr("Open the existing one"))
        self.open_button.clicked.connect(
            lambda: self.openRequested.emit(self.matches[0].contact_id) if self.matches
            else None)
        self.save_button = QPushButton(self.tr("Save anyway"))
        self.save_button.clicked.connect(self.saveAnyway.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_matches(self, matches: list[ExistingEmail]) -> None:
        self.matches = matches
        first = matches[0]
        more = f" (and {len(matches) - 1} more)" if len(matches) > 1 else ""
        self.text.setText(
            self.tr("<b>This may be a duplicate.</b> {escape} already has {escape2}{more}. "
                    "Open the existing contact instead, or save this one anyway.").format(escape=html.escape(first.name), escape2=html.escape(first.address), more=more))
        self.setVisible(True)
        self.open_button.setFocus()

    def hide_warning(self) -> None:
        self.matches = []
        self.setVisible(False)
