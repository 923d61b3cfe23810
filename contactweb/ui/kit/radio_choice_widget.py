"""One choice among a few, as radio buttons in an exclusive group (the first chosen until
told otherwise), each named by a key the caller keeps: where backups go, the basis of a
transfer, and so on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class RadioChoiceWidget(QWidget):
    choiceChanged = Signal(str)  # the key now chosen

    def __init__(self, choices: list[tuple[str, str]], horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        """``choices``: (key, the button's text already translated), in order."""
        super().__init__(parent)
        self._buttons: dict[str, QRadioButton] = {}
        self.group = QButtonGroup(self)
        layout: QBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, text in choices:
            button = QRadioButton(text)
            self.group.addButton(button)
            self._buttons[key] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, k=key: on and self.choiceChanged.emit(k))
        if horizontal:
            layout.addStretch(1)
        if choices:
            self._buttons[choices[0][0]].setChecked(True)

    def button(self, key: str) -> QRadioButton:
        return self._buttons[key]

    def chosen(self) -> str:
        return next(key for key, button in self._buttons.items() if button.isChecked())

    def choose(self, key: str) -> None:
        self._buttons[key].setChecked(True)
