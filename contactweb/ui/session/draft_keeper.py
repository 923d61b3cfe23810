"""Nothing typed is lost to an automatic sign-out.

Before the key is dropped, every open contact editor with unsaved changes is kept as a draft
inside the encrypted vault (``services.drafts``, per user). At that user's next sign-in each
draft is offered back: restore it into a new editor, discard it, or decide later. Drafts
belong to one user; another user signing in never sees them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from contactweb.errors import ContactWebError
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

# The contact editor (and the contact services behind it) loads when a draft is restored or
# an open editor is kept, and the drafts service (with SQLAlchemy and the models) when drafts
# are read or written: the sign-in window, which makes a DraftKeeper, paints without them.
if TYPE_CHECKING:
    from contactweb.services.accounts.drafts import DraftView
    from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog

log = logging.getLogger(__name__)
CONTACT_DRAFT = "contact"
OFFER_TITLE = QT_TRANSLATE_NOOP("DraftKeeper", "Unsaved changes from your last session")
RESTORE, DISCARD, LATER = "restore", "discard", "later"


def _is_contact_editor(dialog: object) -> bool:
    editors = sys.modules.get("contactweb.ui.contacts.contact_edit_dialog")
    # not loaded yet: no editor was ever opened
    return editors is not None and isinstance(dialog, editors.ContactEditDialog)


class DraftKeeper:
    def __init__(self, host: DialogHost) -> None:
        self._host = host

    # --- at an automatic sign-out -------------------------------------------------------------
    def keep_open_editors(self, ws: Workspace, dialogs: Iterable[object]) -> int:
        """Save a draft for each open editor with unsaved changes; returns how many. Runs
        while the vault is still open; a draft that cannot be written is logged, and the
        sign-out goes on (the vault must still lock)."""
        from contactweb.services.accounts import drafts

        kept = 0
        for dialog in dialogs:
            if not _is_contact_editor(dialog) or not dialog.has_unsaved_changes():
                continue
            try:
                drafts.save_draft(ws, CONTACT_DRAFT, dialog.draft_payload(), dialog.contact_id)
                kept += 1
            except Exception:  # noqa: BLE001 - never block the lock
                log.exception("keeping an unsaved contact edit failed")
        return kept

    # --- at the next sign-in ------------------------------------------------------------------
    def offer_drafts(self, ws: Workspace, bridge: WorkspaceBridge,
                     parent: QWidget | None = None) -> None:
        """Ask about each of this user's drafts, oldest first."""
        if ws.locked:
            return
        from contactweb.services.accounts import drafts

        try:
            waiting = [d for d in drafts.my_drafts(ws) if d.kind == CONTACT_DRAFT]
        except ContactWebError as exc:
            log.warning("could not read the kept drafts: %s", exc)
            return
        for draft in waiting:
            if ws.locked:  # signed out again meanwhile
                return
            choice = self._ask(draft, parent)
            if choice == RESTORE:
                self.restore(ws, bridge, draft, parent)
            elif choice == DISCARD:
                drafts.discard_draft(ws, draft.id)

    def _ask(self, draft: DraftView, parent: QWidget | None) -> str:
        what = QCoreApplication.translate("DraftKeeper", "a contact you were editing") \
            if draft.contact_id is not None else \
            QCoreApplication.translate("DraftKeeper", "a new contact you had not saved yet")
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("DraftKeeper", OFFER_TITLE),
                          QCoreApplication.translate("DraftKeeper", "ContactWeb signed you out while you were working on {what}. Your "
                                                                    "changes were kept, encrypted in the vault, for you only.").format(what=what),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(QCoreApplication.translate("DraftKeeper", "Restore them into an editor, discard them, or decide later "
                               "(they are offered again at your next sign-in)."))
        buttons = {RESTORE: box.addButton(QCoreApplication.translate("DraftKeeper", "Restore"),
                                          QMessageBox.ButtonRole.AcceptRole),
                   DISCARD: box.addButton(QCoreApplication.translate("DraftKeeper", "Discard"),
                                          QMessageBox.ButtonRole.DestructiveRole),
                   LATER: box.addButton(QCoreApplication.translate("DraftKeeper", "Later"),
                                        QMessageBox.ButtonRole.RejectRole)}
        box.setDefaultButton(buttons[RESTORE])
        box.setEscapeButton(buttons[LATER])
        self._host.exec_dialog(box)
        clicked = box.clickedButton()
        box.deleteLater()
        return next((name for name, button in buttons.items() if button is clicked), LATER)

    def restore(self, ws: Workspace, bridge: WorkspaceBridge, draft: DraftView,
                parent: QWidget | None = None) -> ContactEditDialog | None:
        """Open an editor holding the draft. The draft is then the editor's: it is removed
        here, and kept again if another automatic sign-out comes before it is saved."""
        from contactweb.services.accounts import drafts
        from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog

        try:
            editor = ContactEditDialog(ws, bridge, draft.contact_id, parent)
        except ContactWebError:
            self._host.warn(parent, QCoreApplication.translate("DraftKeeper", OFFER_TITLE), QCoreApplication.translate("DraftKeeper", "The contact these changes were for is no "
                            "longer there (or no longer yours to see), so they were dropped."))
            drafts.discard_draft(ws, draft.id)
            return None
        editor.apply_draft(draft.payload)
        drafts.discard_draft(ws, draft.id)
        self._host.exec_dialog(editor)
        editor.deleteLater()
        return editor
