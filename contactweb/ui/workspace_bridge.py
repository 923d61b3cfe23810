"""The one adapter from service results to Qt signals.

Views call a service, then announce what changed here; every other view listening refreshes
itself. The bridge also carries the ``DialogHost`` (``bridge.dialogs``), so a view opens its
dialogs the way tests and locking expect.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from contactweb.ui.dialog_host import DialogHost


class WorkspaceBridge(QObject):
    contactsChanged = Signal()  # contacts added, removed or changed in bulk
    contactChanged = Signal(int)  # one contact's details (or status) changed
    communicationsChanged = Signal(int)  # contact id
    salesChanged = Signal(int)  # contact id
    remindersChanged = Signal()
    consentChanged = Signal(int)  # contact id
    settingsChanged = Signal()
    locked = Signal()  # the workspace is gone: drop every piece of contact data
    vaultDeleted = Signal(str)  # the account was closed; what was deleted, for the notice
    # Asks the main window to show one contact (e.g. from a row on the Today page).
    contactRequested = Signal(int)

    def __init__(self, dialogs: DialogHost | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs or DialogHost(self)
