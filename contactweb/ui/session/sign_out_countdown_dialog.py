"""The warning before an automatic sign-out: the seconds left, counting down, and a
"Stay signed in" button. Any key or mouse input anywhere in ContactWeb cancels it too.

It is application-modal and shown without blocking, so it comes up above any dialog that is
already open (a modal editor included) and its button can be clicked there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.ui.kit.display_text import MUTED_STYLE
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.ui_resources import app_icon

TITLE = QT_TRANSLATE_NOOP("SignOutCountdownDialog", "ContactWeb will sign you out")


def countdown_text(seconds: int) -> str:
    return plural(QCoreApplication.translate("SignOutCountdownDialog",
                                             "Signing out in %n second(s)", "", seconds), seconds)


class SignOutCountdownDialog(QDialog):
    staySignedIn = Signal()
    signOutNow = Signal()

    def __init__(self, seconds_left: Callable[[], int], shared_computer: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._seconds_left = seconds_left
        self.setWindowTitle(self.tr(TITLE))
        self.setWindowIcon(app_icon())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(440)

        headline = QLabel(self.tr("<b>Are you still there?</b>"))
        self.countdown_label = QLabel()
        font = self.countdown_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.countdown_label.setFont(font)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label.setAccessibleName(self.tr("Seconds until sign-out"))
        reason = self.tr("This computer is shared, so ContactWeb signs out when nobody has used "
                         "it for a while.") if shared_computer else \
            self.tr("ContactWeb locks itself when nobody has used it for a while.")
        explanation = QLabel(self.tr("{reason} Unsaved changes in an open editor are kept and offered back "
                                     "at your next sign-in.").format(reason=reason))
        explanation.setWordWrap(True)
        explanation.setStyleSheet(MUTED_STYLE)

        self.stay_button = QPushButton(self.tr("Stay signed in"))
        self.stay_button.setDefault(True)
        self.stay_button.clicked.connect(self.staySignedIn.emit)
        self.sign_out_button = QPushButton(self.tr("Sign out now"))
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(self.signOutNow.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stay_button)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.countdown_label)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addLayout(buttons)

        self._ticker = QTimer(self)
        self._ticker.setInterval(250)  # a second boundary is never missed by much
        self._ticker.timeout.connect(self.update_countdown)
        self.update_countdown()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.update_countdown()
        self._ticker.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._ticker.stop()
        super().hideEvent(event)

    def update_countdown(self) -> None:
        self.countdown_label.setText(countdown_text(self._seconds_left()))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        # Escape means "I am here", not "close and let it sign me out".
        if event.key() == Qt.Key.Key_Escape:
            self.staySignedIn.emit()
            return
        super().keyPressEvent(event)
