"""Settings › Language: the language this computer's ContactWeb speaks to the person using
it (kept in the GUI preferences, not in the vault, so it is theirs on this computer); the
system's language until one is chosen. It applies from the next start, when every window is
built in it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.kit import translations


class LanguageDialog(QDialog):
    def __init__(self, preferences: GuiPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.setWindowTitle(self.tr("Language"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        for code, name in translations.OFFERED.items():
            self.combo.addItem(name or self.tr("As the system (%1)").replace(
                "%1", translations.system_language()), code)
        self.combo.setCurrentIndex(max(self.combo.findData(preferences.language), 0))
        note = QLabel(self.tr("ContactWeb speaks the chosen language from its next start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._preferences.language = self.combo.currentData() or ""
        self._preferences.save()
        super().accept()
