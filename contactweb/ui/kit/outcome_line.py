"""The outcome of an action in one line: plain words, green when it went well and red when
not, and "Details…" when technical text stands behind it (for whoever supports the person),
shown in the dialog host's warning box."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from contactweb.ui.kit.dialog_host import DialogHost

OK_STYLE = "color: #1b6e20;"
FAILED_STYLE = "color: #b3261e;"


class OutcomeLine(QWidget):
    def __init__(self, dialogs: DialogHost, details_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._details_title = details_title
        self._details = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("The technical details, for whoever supports you"))
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details_button)

    def show_outcome(self, text: str, ok: bool, details: str = "") -> None:
        self.label.setStyleSheet(OK_STYLE if ok else FAILED_STYLE)
        self.label.setText(text)
        self._details = details
        self.details_button.setVisible(bool(details))

    def show_note(self, text: str) -> None:
        """Neither good nor bad news (work started, say): plain colour, no details."""
        self.label.setStyleSheet("")
        self.label.setText(text)
        self._details = ""
        self.details_button.hide()

    def clear(self) -> None:
        self.show_note("")

    def text(self) -> str:
        return self.label.text()

    def show_details(self) -> None:
        self._dialogs.warn(self, self._details_title, self.label.text(), self._details)
