"""Read-only rich text that reads like a label (no frame, on its parent's background, links
opened outside) and wraps between words like one, but breaks a word too long for its width
(a long email address) instead of holding its place wider: a label's text breaks only
between words, so one long address made a narrow pane scroll sideways. It scrolls down
when it is taller than its place.

``text()`` gives back the HTML ``setText()`` was given, as a label's ``text()`` does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget


class WrappedTextWidget(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = ""
        self.setOpenExternalLinks(True)  # web and mailto: links, in the person's own apps
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)  # text on the page, not in a box
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Selected with the mouse and copied, as a label's text; not a stop for Tab.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel's)
        self._source = text
        self.setHtml(text)

    def text(self) -> str:
        return self._source
