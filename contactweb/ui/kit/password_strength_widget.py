"""A strength meter under a new-password field: a bar, a word, and the rule when it fails."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from contactweb.i18n import with_colon
from contactweb.ui.kit.display_text import MUTED_STYLE
from contactweb.vault.passwords import password_problem, strength

WORDS = (QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Too weak"),
         QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Weak"),
         QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Fair"),
         QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Good"),
         QT_TRANSLATE_NOOP("PasswordStrengthWidget", "Strong"))
COLOURS = ("#b00020", "#d35400", "#c9a400", "#4a9d3b", "#2e7d32")
RULE = QT_TRANSLATE_NOOP("PasswordStrengthWidget",
                         "At least 12 characters with letters, digits and a symbol, "
                         "or a passphrase of 20 or more characters.")


class PasswordStrengthWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        # Room for the rule's wrapped lines at the label's width, at least two, fixed while
        # the text changes: a form row otherwise sizes the label for the text it had first
        # and clips what comes later (and the form would jump at each key).
        self._fit_verdict()
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict)
        self.set_password("")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_verdict()

    def _fit_verdict(self) -> None:
        width = self.verdict.width() if self.verdict.width() > 50 else self.width()
        rule = self.tr(RULE)
        probe = QLabel(rule if len(rule) >= len(self.verdict.text()) else self.verdict.text())
        probe.setWordWrap(True)
        probe.setFont(self.verdict.font())
        needed = max(probe.heightForWidth(max(width, 50)),
                     2 * self.verdict.fontMetrics().lineSpacing()) + 4
        if needed != self.verdict.height():
            self.verdict.setFixedHeight(needed)

    def insist(self) -> None:
        """The form was submitted without an acceptable password: the rule turns red."""
        self.verdict.setStyleSheet(f"color: {COLOURS[0]};")

    def set_password(self, password: str) -> None:
        score = strength(password)
        problem = password_problem(password) if password else None
        self.bar.setValue(score if password else 0)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {COLOURS[score]}; }}")
        if not password:
            self.verdict.setText(self.tr(RULE))
            self.verdict.setStyleSheet(MUTED_STYLE)
        elif problem:
            self.verdict.setText(f"{with_colon(self.tr(WORDS[score]))} {problem}")
            self.verdict.setStyleSheet(f"color: {COLOURS[0]};")
        else:
            self.verdict.setText(self.tr("Strength: {word}").format(word=self.tr(WORDS[score])))
            self.verdict.setStyleSheet(f"color: {COLOURS[score]};")
        self._fit_verdict()

