"""The right-hand side of the Contacts page: the selected contact's name and five tabs.
Opening a contact is audited once; tabs load when they are first looked at."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from contactweb.errors import ContactWebError, NotFound
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactDetails
from contactweb.ui.contacts.contact_consent_tab import ContactConsentTab
from contactweb.ui.contacts.contact_details_tab import ContactDetailsTab
from contactweb.ui.contacts.contact_reminders_tab import ContactRemindersTab
from contactweb.ui.contacts.contact_sales_tab import ContactSalesTab
from contactweb.ui.contacts.contact_timeline_tab import ContactTimelineTab
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class ContactDetailPane(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id: int | None = None
        self.details: ContactDetails | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.details_tab = ContactDetailsTab(workspace, bridge)
        self.tabs = QTabWidget()
        # Titles that do not fit the pane scroll (the shown tab always whole) rather than
        # holding the pane wider than its place; some styles turn scroll buttons off.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.addTab(self.details_tab, self.tr("Details"))
        # The other four tabs are built when first looked at (``_tab``): built with the
        # window, they were a third of the time from signing in to the first rows painted.
        # Until then each has an empty page under its title.
        self._built: dict[str, QWidget] = {}
        for title in (self.tr("Timeline"), self.tr("Sales"), self.tr("Consent"),
                      self.tr("Reminders")):
            self.tabs.addTab(QWidget(), title)
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        bridge.changed.connect(self._contact_changed)
        self.clear()

    @property
    def timeline_tab(self) -> ContactTimelineTab:
        return self._tab("timeline")

    @property
    def sales_tab(self) -> ContactSalesTab:
        return self._tab("sales")

    @property
    def consent_tab(self) -> ContactConsentTab:
        return self._tab("consent")

    @property
    def reminders_tab(self) -> ContactRemindersTab:
        return self._tab("reminders")

    def _tab(self, name: str):  # noqa: ANN202 - one of the four tab classes
        """The tab ``name``, built now in place of its empty page if it was not yet."""
        tab = self._built.get(name)
        if tab is None:
            index = list(_LATER_TABS).index(name) + 1
            tab = self._built[name] = _LATER_TABS[name](self._ws, self._bridge)
            current, title = self.tabs.currentIndex(), self.tabs.tabText(index)
            placeholder = self.tabs.widget(index)
            self.tabs.blockSignals(True)  # the same tab stays current: nothing to load yet
            try:
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, tab, title)
                self.tabs.setCurrentIndex(current)
            finally:
                self.tabs.blockSignals(False)
            placeholder.deleteLater()
            if self.contact_id is not None:
                self._stale.add(tab)  # loaded when it is shown
        return tab

    def _later_tabs(self) -> list[QWidget]:
        """The four tabs after Details that are built so far."""
        return list(self._built.values())

    def set_contact(self, contact_id: int | None) -> None:
        """Show a contact (its details view is audited) or nothing."""
        if contact_id is None:
            self.clear()
            return
        try:
            details = contacts.get_contact(self._ws, contact_id)
        except ContactWebError as exc:
            self.clear()
            if not isinstance(exc, NotFound):
                self._bridge.dialogs.show_error(self, exc)
            return
        self.contact_id = contact_id
        self._show(details)
        self._stale = set(self._later_tabs())
        self._load_current()

    def refresh(self) -> None:
        if self.contact_id is None:
            return
        try:
            self._show(contacts.get_contact(self._ws, self.contact_id, audit_view=False))
        except NotFound:
            self.clear()
            return
        self._stale = set(self._later_tabs())
        self._load_current()

    def clear(self) -> None:
        self.contact_id = None
        self.details = None
        self._stale.clear()
        self.header.setText(self.tr("<p style='color:#666'>Select a contact to see its details.</p>"))
        for tab in (self.details_tab, *self._later_tabs()):
            tab.clear()
        self.tabs.setEnabled(False)

    def _show(self, details: ContactDetails) -> None:
        self.details = details
        subtitle = ", ".join(p for p in (details.title, details.company) if p)
        closed = " <span style='color:#b00020'>{}</span>".format(self.tr("(closed)")) \
            if details.status == "closed" else ""
        self.header.setText(
            self.tr("<h2 style='margin:0'>{escape}{closed}</h2>").format(escape=html.escape(details.display_name), closed=closed)
            + (f"<span style='color:#555'>{html.escape(subtitle)}</span>" if subtitle else ""))
        self.details_tab.show_details(details)
        self.tabs.setEnabled(True)

    def _load_current(self) -> None:
        index = self.tabs.currentIndex()
        if index > 0:
            self._tab(list(_LATER_TABS)[index - 1])  # looked at for the first time: built now
        tab = self.tabs.currentWidget()
        if tab in self._stale and self.contact_id is not None:
            self._stale.discard(tab)
            try:
                tab.set_contact(self.contact_id)
            except ContactWebError as exc:
                self._bridge.dialogs.show_error(self, exc)

    def _contact_changed(self, changes: Changes) -> None:
        if changes.contacts and changes.concerns(self.contact_id):
            self.refresh()

    def log_call(self) -> None:
        """Ctrl+Shift+L: open the timeline and log a call with this contact."""
        if self.contact_id is None:
            return
        self.tabs.setCurrentWidget(self.timeline_tab)
        self.timeline_tab.log("call")


# The tabs after Details, in their order, built when first looked at.
_LATER_TABS: dict[str, type[QWidget]] = {
    "timeline": ContactTimelineTab, "sales": ContactSalesTab, "consent": ContactConsentTab,
    "reminders": ContactRemindersTab}
