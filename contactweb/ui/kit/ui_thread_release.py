"""Hands a worker thread's last reference to an object over to the UI thread.

A QObject must not be destroyed on a plain Python thread: its destructor holds one of Qt's
signal locks while it waits for the GIL, and a UI thread that connects a signal at that moment
(building any widget) holds the GIL while it waits for that lock, so the window freezes. A
worker that may hold the last reference to a finished job therefore passes it here instead of
dropping it: the reference travels in a queued signal and is dropped when the UI thread has
delivered it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot


class _Releaser(QObject):
    release = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        self.release.connect(self._drop)

    @Slot(object)
    def _drop(self, _held: object) -> None:
        """Nothing to do: the queued call's copy of the reference goes when it returns."""


_releaser: _Releaser | None = None


def prepare_on_ui_thread() -> None:
    """Create the releaser; call it on the UI thread before any worker releases anything."""
    global _releaser  # noqa: PLW0603 - one releaser for the process, made on the UI thread
    if _releaser is None:
        _releaser = _Releaser()


def release_on_ui_thread(held: object) -> None:
    """Keep ``held`` alive until the UI thread has taken it; the caller then drops its own."""
    if _releaser is not None:
        _releaser.release.emit(held)
