"""What every view of a signed-in session is handed: the ``Changes`` adapter it listens to,
the ``DialogHost`` (``bridge.dialogs``) it opens dialogs through, and the operation runner
(``bridge.operations``) it starts work with, so tests and locking see all three.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from contactweb.ui.kit.changes_adapter import ChangesAdapter
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.drag_out_folder import DragOutFolder
from contactweb.ui.kit.operations import OperationRunner


class WorkspaceBridge(ChangesAdapter):
    locked = Signal()  # the workspace is gone: drop every piece of contact data
    vaultDeleted = Signal(str)  # the account was closed; what was deleted, for the notice
    # A restored copy replaced the live vault, whose folder this is: sign in there again.
    vaultReplaced = Signal(object)
    # Asks the main window to show one contact (e.g. from a row on the Today page).
    contactRequested = Signal(int)

    def __init__(self, dialogs: DialogHost | None = None,
                 operations: OperationRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs or DialogHost(self)
        self.operations = operations or OperationRunner(self.dialogs, self)
        self.operations.adapter = self
        # Contacts dragged out as .vcf files live here until the session ends.
        self.drag_out = DragOutFolder()
