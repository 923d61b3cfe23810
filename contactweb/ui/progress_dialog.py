"""Progress of a ``Worker`` with a Cancel button; closes itself when the work ends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from contactweb.ui.dialog_host import DialogHost
from contactweb.ui.worker import Job, Worker


class ProgressDialog(QDialog):
    def __init__(self, title: str, text: str, worker: Worker, parent: QWidget | None = None,
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(380)
        self.worker = worker
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setVisible(cancellable)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        worker.progressed.connect(self._progress)
        worker.finished.connect(self._done)

    @classmethod
    def start(cls, host: DialogHost, parent: QWidget | None, title: str, text: str, job: Job,
              cancellable: bool = True) -> Worker:
        """Start ``job`` on a worker and show its progress (without blocking). Connect to
        the returned worker's ``succeeded``/``failed``/``cancelled`` for the outcome."""
        # Detached: the page that started the work may close before the thread ends.
        worker = Worker.detached(job)
        dialog = cls(title, text, worker, parent, cancellable)
        worker.finished.connect(dialog.deleteLater)
        host.show_dialog(dialog)
        worker.start()
        return worker

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _cancel(self) -> None:
        self.label.setText("Stopping…")
        self.buttons.setEnabled(False)
        self.worker.cancel()

    def _done(self) -> None:
        self.accept()

    def reject(self) -> None:
        # Escape or the window's close button cancel the work; the dialog closes when the
        # worker has stopped, so nothing is left running unseen.
        if self.worker.isRunning():
            self._cancel()
        else:
            super().reject()
