"""The status bar's indicator of work running in the background (a backup): what it is,
its progress and a Cancel that answers at once. Hidden while nothing runs in the background.

It follows the session's operation runner: an operation started with ``in_background`` shows
here instead of in a modal progress dialog, so the window (Lock, Sign out) stays usable.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from contactweb.ui.kit.operations import BackgroundOp, OperationRunner


class BackgroundWorkWidget(QWidget):
    def __init__(self, operations: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: list[BackgroundOp] = []
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this work now; nothing already saved is lost."))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        operations.opStarted.connect(self._started)
        operations.opEnded.connect(self._ended)
        for op in operations.running():
            self._started(op)
        self.refresh()

    def current(self) -> BackgroundOp | None:
        return self._shown[-1] if self._shown else None

    def cancel(self) -> None:
        op = self.current()
        if op is None:
            return
        if op.abandonable:
            op.abandon()
        else:
            op.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Stopping…"))

    def _started(self, op: BackgroundOp) -> None:
        if not op.background_text:
            return
        self._shown.append(op)
        op.progressed.connect(lambda done, total, o=op: self._progressed(o, done, total))
        self.refresh()

    def _ended(self, op: BackgroundOp) -> None:
        if op in self._shown:
            self._shown.remove(op)
            self.refresh()

    def _progressed(self, op: BackgroundOp, done: int, total: int) -> None:
        if op is self.current() and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def refresh(self) -> None:
        op = self.current()
        self.setVisible(op is not None)
        if op is None:
            return
        self.label.setText(op.background_text)
        self.bar.setRange(0, 0)  # busy until the next report
        self.cancel_button.setEnabled(True)
