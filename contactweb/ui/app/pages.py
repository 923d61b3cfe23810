"""The pages of the main window, in one table of page classes. A page is created on first use:

    PageClass(workspace: Workspace, bridge: WorkspaceBridge)
    page.refresh()   # reload from the vault (F5, or after a change elsewhere)
    page.clear()     # drop every piece of contact data (the vault locked)

An optional ``contactActivated = Signal(int)`` on a page opens that contact on the Contacts
page. The classes are imported normally, so a page that fails to import or to build fails at
once (in tests, and through the crash handler at run time) instead of hiding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from contactweb.ui.activity.communications_tab import CommunicationsTab
from contactweb.ui.activity.reports_tab import ReportsTab
from contactweb.ui.activity.sales_tab import SalesTab
from contactweb.ui.activity.today_tab import TodayTab
from contactweb.ui.admin.administration_tab import AdministrationTab
from contactweb.ui.contacts.contacts_tab import ContactsTab
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailings_tab import MailingsTab
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

PageClass = Callable[[Workspace, WorkspaceBridge], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str  # resources/icons/<icon>.svg
    page_class: PageClass
    permission: Action | None = None


# Titles are translated where shown (context "Pages").
PAGES: tuple[PageSpec, ...] = (
    PageSpec("contacts", QT_TRANSLATE_NOOP("Pages", "Contacts"), "contacts", ContactsTab, Action.CONTACT_VIEW),
    PageSpec("today", QT_TRANSLATE_NOOP("Pages", "Today"), "today", TodayTab, Action.CONTACT_VIEW),
    PageSpec("communications", QT_TRANSLATE_NOOP("Pages", "Communications"), "communications", CommunicationsTab,
             Action.CONTACT_VIEW),
    PageSpec("sales", QT_TRANSLATE_NOOP("Pages", "Sales"), "sales", SalesTab, Action.CONTACT_VIEW),
    PageSpec("mailings", QT_TRANSLATE_NOOP("Pages", "Mailings"), "mailings", MailingsTab, Action.CONTACT_VIEW),
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "Reports"), "reports", ReportsTab, Action.REPORT_MAKE),
    PageSpec("administration", QT_TRANSLATE_NOOP("Pages", "Administration"), "administration", AdministrationTab,
             Action.USER_MANAGE),
)


def page_spec(key: str) -> PageSpec:
    return next(spec for spec in PAGES if spec.key == key)
