"""What the Contacts list offers for its selected rows: the context menu (edit, log a call,
close or reopen, the dossier) and closing or reopening several contacts at once, with the
purge date said when closing starts the retention clock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from contactweb.errors import ContactWebError
from contactweb.services import privacy
from contactweb.services.changes import NOTHING, Changes
from contactweb.services.contacts import contacts
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

if TYPE_CHECKING:
    from contactweb.ui.contacts.contacts_tab import ContactsTab

# The texts were the Contacts page's and keep its context (written out in each call, where
# lupdate finds it), so their translations still apply.
translate = QCoreApplication.translate


class ContactListActions(QObject):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, tab: ContactsTab) -> None:
        super().__init__(tab)
        self._ws = workspace
        self._bridge = bridge
        self._tab = tab

    def set_status_of_selected(self, status: str) -> None:
        ws, contact_ids = self._ws, self._tab.selected_contact_ids()

        def job(_ctx: object) -> Changes:
            changed = 0
            for contact_id in contact_ids:
                try:
                    contacts.set_status(ws, contact_id, status)
                    changed += 1
                except ContactWebError:
                    continue  # already in that status, or no longer visible
            # Rows may leave a list filtered by status: the whole list reloads.
            return Changes(contacts=True) if changed else NOTHING

        op = self._bridge.operations.operation(self._tab, job)
        if status == "closed":
            op.success(lambda changes: self._say_when_purged(contact_ids)
                       if not changes.empty() else None)
        op.run()

    def _say_when_purged(self, contact_ids: list[int]) -> None:
        """Closing starts the retention clock: say when the closed contacts go for good."""
        # All were closed just now, so they share one date: the first one found says it.
        when = next((d for d in (privacy.purge_date(self._ws, cid) for cid in contact_ids)
                     if d is not None), None)
        if when is None:
            return
        count = len(contact_ids)
        self._bridge.dialogs.inform(
            self._tab, translate("ContactsTab", "Contacts closed") if count > 1
            else translate("ContactsTab", "Contact closed"),
            (translate("ContactsTab", "1 contact is closed:") if count == 1 else
             self._tab.counted_texts(count)["closed"]) + " " +
            translate("ContactsTab", "no mailings go to them. Unless reopened (or held), they will be purged on "
                                "or after {date}, as the retention setting for closed contacts says.").format(
                                    date=when.isoformat()))

    def show_menu(self, position: QPoint) -> None:
        """The list's context menu at ``position`` (the table viewport's coordinates)."""
        tab = self._tab
        can_edit = self._ws.can(Action.CONTACT_EDIT)
        count = len(tab.selected_contact_ids())
        menu = QMenu(tab)
        actions = [
            (translate("ContactsTab", "Edit…"), tab.edit_current, can_edit and count == 1),
            (translate("ContactsTab", "Log a call…"), tab.log_call_for_selected,
             self._ws.can(Action.COMMUNICATION_LOG) and count == 1),
            (tab.counted_texts(count)["close"],
             lambda: self.set_status_of_selected("closed"), can_edit and count > 0),
            (tab.counted_texts(count)["reopen"],
             lambda: self.set_status_of_selected("active"), can_edit and count > 0),
        ]
        for text, slot, enabled in actions:
            action = QAction(text, menu)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            menu.addAction(action)
        tab.dossier_menu.add_actions(menu, tab.selected_contact_ids())
        menu.popup(tab.table.viewport().mapToGlobal(position))
