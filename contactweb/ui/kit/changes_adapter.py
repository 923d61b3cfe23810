"""The one place where a ``Changes`` value becomes a Qt signal.

Operations hand their ``Changes`` here (the runner does it on success); views connect to
``changed`` and look at the flags they show. Nobody emits change signals by hand, so a view
refreshes the same way whether the change came from another page, a dialog or a timer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from contactweb.services.changes import Changes


class ChangesAdapter(QObject):
    changed = Signal(object)  # a Changes value

    def announce(self, changes: Changes) -> None:
        # After the session ended the bridge blocks its signals: nothing reaches a view.
        if not changes.empty():
            self.changed.emit(changes)
