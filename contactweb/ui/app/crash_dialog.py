"""What a person sees when ContactWeb meets an error it did not expect: what to do, where the
log is, and never a contact's data (the text shown is the redacted log text)."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from contactweb.logging_setup import log_file, log_unhandled

MESSAGE = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "ContactWeb met an unexpected error.\n\n"
    "Your data is safe: everything saved before this is in the encrypted vault. Save any "
    "open edits you can, then restart ContactWeb. If it happens again, send the log file "
    "below to whoever supports ContactWeb for you; the log holds no names, emails or "
    "phone numbers.")


class CrashDialog(QMessageBox):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical,
                         QCoreApplication.translate("CrashDialog", "ContactWeb: unexpected error"),
                         QCoreApplication.translate("CrashDialog", MESSAGE),
                         QMessageBox.StandardButton.Close, parent)
        self.setInformativeText(self.tr("Log: {value}").format(value=log_file()))
        self.setDetailedText(details)

    @classmethod
    def install(cls) -> None:
        """Route unhandled errors on the UI thread to the log and this dialog."""
        previous = sys.excepthook

        def hook(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
            details = log_unhandled(exc_type, exc, tb)
            if issubclass(exc_type, KeyboardInterrupt):
                previous(exc_type, exc, tb)
                return
            if QApplication.instance() is None or \
                    threading.current_thread() is not threading.main_thread():
                return
            # Shown from the event loop, not inside the failing handler's stack.
            QTimer.singleShot(0, lambda: cls(details).exec())

        sys.excepthook = hook
