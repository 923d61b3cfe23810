"""On a team vault, what other desktops save reaches this desktop's views: the change feed's
notifications are announced through the session's one Changes adapter, as local work is."""

from __future__ import annotations

import logging
from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from contactweb.services.changes import Changes
from contactweb.ui.kit.changes_adapter import ChangesAdapter
from contactweb.vault.workspace import Workspace

if TYPE_CHECKING:  # with SQLAlchemy, when a team vault is signed in to
    from contactweb.team.change_feed import ChangeFeed

log = logging.getLogger(__name__)

# Well inside the two seconds a list on another desktop may lag; each look is a
# non-blocking read of what the server already sent.
POLL_MS = 500


# What the views reload after the connection came back: notifications sent while it was
# away were lost with it, so any record may have changed meanwhile.
ANYTHING = Changes(**{f.name: True for f in fields(Changes) if f.name != "contact_ids"})


class TeamChangeListener(QObject):
    # False when the listening connection is lost (the server or the network went away),
    # True when it is back; the window shows it, so nobody wonders why lists stand still.
    connectionChanged = Signal(bool)

    def __init__(self, ws: Workspace, adapter: ChangesAdapter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._adapter = adapter
        self._feed: ChangeFeed | None = None
        self.connected = True
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        assert self._ws.engine is not None
        from contactweb.team.change_feed import ChangeFeed

        self._feed = ChangeFeed(self._ws.engine)
        self._timer.start()

    def poll(self) -> None:
        if self._feed is None:
            self._reconnect()
            return
        try:
            changes = self._feed.drain()
        except Exception as exc:  # noqa: BLE001 - a lost connection: listen again next time
            log.warning("team change feed lost (%s); listening again", exc)
            self._feed.close()
            self._feed = None
            self._set_connected(False)
            return
        self._adapter.announce(changes)

    def _reconnect(self) -> None:
        if self._ws.engine is None:
            return
        from contactweb.team.change_feed import ChangeFeed

        try:
            self._feed = ChangeFeed(self._ws.engine)
        except Exception as exc:  # noqa: BLE001 - the server is away; try at the next tick
            log.warning("team server not reachable for change notifications: %s", exc)
            self._set_connected(False)
            return
        if not self.connected:
            self._set_connected(True)
            self._adapter.announce(ANYTHING)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self.connectionChanged.emit(connected)

    def stop(self) -> None:
        """Before the workspace locks: the listening connection goes, the engine after it."""
        self._timer.stop()
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        self.deleteLater()


def show_team_connection(status: QStatusBar, connected: bool) -> None:
    """The state in the window's status bar: kept while the connection is lost, a short
    notice once it is back."""
    if connected:
        status.showMessage(QCoreApplication.translate(
            "TeamChangeListener", "Connected to the team server again; lists are up to date."),
            8000)
    else:
        status.showMessage(QCoreApplication.translate(
            "TeamChangeListener", "The connection to the team server is lost: reconnecting. "
            "Nothing typed is lost; saving waits until it is back."))
