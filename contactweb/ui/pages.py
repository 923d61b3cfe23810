"""The pages of the main window, in one table. Each page is a QWidget class created on first
use from its module path, so a page module plugs in by existing:

    PageClass(workspace: Workspace, bridge: WorkspaceBridge, parent=None)
    page.refresh()   # reload from the vault (F5, or after a change elsewhere)
    page.clear()     # drop every piece of contact data (the vault locked)

An optional ``contactActivated = Signal(int)`` on a page opens that contact on the Contacts
page. A page whose module is missing shows ``placeholder`` (what the page will do) and the
command-line commands that do the work meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass

from contactweb.vault.permissions import Action


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str  # resources/icons/<icon>.svg
    module: str
    class_name: str
    permission: Action | None = None
    placeholder: str = ""
    # (command line, what it does); shown only when the command exists in this build.
    cli_commands: tuple[tuple[str, str], ...] = ()


PAGES: tuple[PageSpec, ...] = (
    PageSpec("contacts", "Contacts", "contacts", "contactweb.ui.contacts_tab", "ContactsTab",
             Action.CONTACT_VIEW),
    PageSpec("today", "Today", "today", "contactweb.ui.today_tab", "TodayTab",
             Action.CONTACT_VIEW),
    PageSpec("communications", "Communications", "communications",
             "contactweb.ui.communications_tab", "CommunicationsTab", Action.CONTACT_VIEW),
    PageSpec("sales", "Sales", "sales", "contactweb.ui.sales_tab", "SalesTab",
             Action.CONTACT_VIEW),
    PageSpec(
        "mailings", "Mailings", "mailings", "contactweb.ui.mailings_tab", "MailingsTab",
        Action.CONTACT_VIEW,
        placeholder=(
            "Mailings will send an email, or print letters and address labels, to a group "
            "of contacts picked by search and tag. Before anything goes out, every "
            "recipient is checked against consent and opt-outs, and the contacts left out "
            "are listed with the reason: opted out, no consent, no address, erased or "
            "closed. Sending re-checks each message, and an unsubscribe is honoured at once."),
        cli_commands=(
            ("contactweb mailing --help", "compose, preview and send mailings"),
            ("contactweb contact list --tag TAG --json", "the contacts with a tag"),
            ("contactweb consent ID", "a contact's consent per channel, with its evidence"),
            ("contactweb optout ID --channel email", "record an opt-out"),
        )),
    PageSpec(
        "reports", "Reports", "reports", "contactweb.ui.reports_tab", "ReportsTab",
        Action.REPORT_MAKE,
        placeholder=(
            "Reports will make PDF documents from the vault: a contact directory, one "
            "contact's dossier, sales and activity for a period, statistics, letters and "
            "address labels, and the privacy report that answers a person's request to see "
            "everything kept about them."),
        cli_commands=(
            ("contactweb report --help", "make a PDF report"),
            ("contactweb contact list --json", "every contact, for a spreadsheet"),
            ("contactweb sale list --json", "every sale"),
            ("contactweb timeline ID --json", "one contact's communications"),
        )),
    PageSpec(
        "administration", "Administration", "administration",
        "contactweb.ui.administration_tab", "AdministrationTab", Action.USER_MANAGE,
        placeholder=(
            "Administration is where an administrator adds staff accounts, sets their "
            "roles, resets forgotten passwords, disables accounts, changes vault-wide "
            "settings and reads the audit log."),
        cli_commands=(
            ("contactweb user list", "the staff accounts and their roles"),
            ("contactweb user add NAME --role staff", "add a staff account"),
            ("contactweb user reset NAME", "a temporary password for a forgotten one"),
            ("contactweb audit verify", "check that the audit log was not edited"),
        )),
)


def page_spec(key: str) -> PageSpec:
    return next(spec for spec in PAGES if spec.key == key)
