"""The one owner of the rule "after lock, nothing touches the vault".

Locking, signing out, an automatic sign-out and closing the account all end a session here,
in an order that keeps the vault open exactly as long as something may still need it:

1. unsaved edits of open editors become drafts (the key is still there);
2. the undo journal is dropped, and the idle guard and the session's timers stop;
3. every running operation is cancelled and waited for; none of its callbacks runs later;
   the vCards written for contacts dragged out of the window are deleted;
4. every open dialog and wizard closes (newest first), and the screen is swept;
5. every page clears its models and timers (``locked``), then the bridge is cut off, so no
   ``Changes`` and no late signal reach a view;
6. only then is the vault locked (the sign-out is audited), and the window goes.

Ctrl+L pressed over any dialog, wizard or progress window (``lock_shortcut.py``) asks the
controller for a lock like the menu does, so it ends here in the same order; before that the
controller notes the page and selection to give back at the same person's unlock
(``workplace_memory.py``, in memory only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.session.draft_keeper import DraftKeeper
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class SignedInSession:
    """What exists while someone is signed in; ``stoppers`` end its timers."""

    workspace: Workspace
    bridge: WorkspaceBridge
    window: QMainWindow | None = None
    stoppers: list[Callable[[], None]] = field(default_factory=list)


class SessionLifecycle(QObject):
    def __init__(self, host: DialogHost, drafts: DraftKeeper,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._drafts = drafts

    def end(self, signed_in: SignedInSession, reason: str, *, keep_drafts: bool = True,
            before_lock: Callable[[], None] | None = None) -> int:
        """End the session (see the module's order); returns how many drafts were kept."""
        ws, bridge, window = signed_in.workspace, signed_in.bridge, signed_in.window
        kept = 0
        if keep_drafts and not ws.locked:
            kept = self._drafts.keep_open_editors(ws, self._host.open_dialogs())
        from contactweb.services import undo

        undo.forget(ws)  # Edit › Undo offers nothing from this session to the next
        for stop in signed_in.stoppers:
            stop()
        bridge.operations.close()
        bridge.drag_out.remove()  # vCards dragged out of this session
        self._host.close_all()
        if before_lock is not None:
            before_lock()
        bridge.locked.emit()
        clear = getattr(window, "clear", None)
        if clear is not None:
            clear()
        self._disconnect(bridge)
        if not ws.locked:  # a deleted vault locked itself on the way out
            try:
                from contactweb.services.accounts import session

                session.sign_out(ws, reason)
            except Exception:  # noqa: BLE001 - the key must go even if the audit write fails
                log.exception("recording the sign-out failed")
                ws.lock()
        if window is not None:
            window.hide()
            window.deleteLater()
        bridge.deleteLater()
        return kept

    @staticmethod
    def _disconnect(bridge: WorkspaceBridge) -> None:
        # Pages and dialogs of the ended session hear nothing more from it.
        for signal in (bridge.changed, bridge.locked, bridge.contactRequested,
                       bridge.vaultDeleted):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass  # nothing was connected
        bridge.blockSignals(True)
