"""Progress of a running operation with a Cancel button; the runner closes it when the work
ends.

Shown by the operation runner (``ui/kit/operations.py``), never started on its own.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from contactweb.ui.kit.hide_unless import hide_unless


class ProgressSource(Protocol):
    """What the dialog follows: a running operation."""

    progressed: SignalInstance

    @property
    def running(self) -> bool: ...

    def cancel(self) -> None: ...


class ProgressDialog(QDialog):
    def __init__(self, title: str, text: str, worker: ProgressSource,
                 parent: QWidget | None = None, cancellable: bool = True) -> None:
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
        hide_unless(cancellable, self.buttons)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        worker.progressed.connect(self._progress)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _cancel(self) -> None:
        if getattr(self.worker, "abandonable", False):  # waiting for a server: let it go now
            self.worker.abandon()  # type: ignore[attr-defined]
            return
        self.label.setText(self.tr("Stopping…"))
        self.buttons.setEnabled(False)
        self.worker.cancel()

    def reject(self) -> None:
        # Escape or the window's close button cancel the work; the dialog closes when the
        # job has stopped, so nothing is left running unseen.
        if self.worker.running:
            self._cancel()
        else:
            super().reject()
