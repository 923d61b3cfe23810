"""One background read at a time for a view that reads again on every change (a status
line, a banner): asked while a read runs, it reads once more after that one ends, however
often it was asked meanwhile, because the running read's answer may already be out of date.

The read goes through the session's operation runner, never on the UI thread; once the
runner is closed (the session locked or signed out) nothing starts and a late answer is
dropped by the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from contactweb.ui.kit.operations import BackgroundOp, OperationRunner


class CoalescingRead:
    def __init__(self, owner: QObject, operations: OperationRunner,
                 answered: Callable[[Any], None], failed: Callable[[Exception], None],
                 read_again: Callable[[], None]) -> None:
        """``read_again`` is the owner's own refresh, so the read after a busy one is made
        with what is true then (the session may have been locked meanwhile)."""
        self._owner = owner
        self._operations = operations
        self._answered = answered
        self._failed = failed
        self._read_again = read_again
        self._reading: BackgroundOp | None = None
        self._asked_again = False

    def start(self, read: Callable[[], Any]) -> None:
        """``read`` runs on the runner's thread; its answer comes to ``answered``."""
        if self._operations.closed:
            return  # the session ended: a read would never finish
        if self._reading is not None:
            self._asked_again = True
            return
        reading = self._operations.query(self._owner, lambda _ctx: read())
        reading.success(self._answered).failure(self._failed)
        reading.finished.connect(self._done)
        self._reading = reading
        reading.run()

    def running(self) -> bool:
        return self._reading is not None

    def forget_asked_again(self) -> None:
        """The view was cleared: a read asked for meanwhile is no longer wanted."""
        self._asked_again = False

    def _done(self) -> None:
        self._reading = None
        if self._asked_again:
            self._asked_again = False
            self._read_again()
