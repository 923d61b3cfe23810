"""The import preview tells entries repeated in the file from contacts already in the vault
(no contact ids that do not exist yet), and imports by default the people who only look like
a contact (same company and name, or same phone) but have other email addresses."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.ui.interchange.import_duplicates_table_model import ImportDuplicatesTableModel
from contactweb.ui.interchange.import_wizard import PREVIEW_PAGE, REPORT_PAGE, ImportWizard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.test_import_wizard import go_next

EXISTING = ImportDuplicatesTableModel.Column.EXISTING


def test_repeated_entries_and_people_with_other_emails(
        admin_ws: Workspace, bridge: WorkspaceBridge, qtbot: QtBot, tmp_path: Path) -> None:
    ann = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Acme",
        emails=[EmailInput("ann@acme.example")]))
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value,Organization 1 - Name\n"
                    "Di,New,di@example.com,\n"
                    "Di,New,di@example.com,\n"            # the same person twice in the file
                    "Anne,Lee,anne.lee@home.example,Acme\n"  # like Ann, other email
                    "Ann,Lee,ann@acme.example,Acme\n")     # Ann herself
    wizard = ImportWizard(admin_ws, bridge)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    go_next(qtbot, wizard, PREVIEW_PAGE)
    page = wizard.preview_page
    rows = page.model.rows()
    shown = {r.source.split(":")[-1]: (page.model.data(page.model.index(i, EXISTING)), r.choice)
             for i, r in enumerate(rows)}
    assert shown == {
        "row 3": ("repeated in this file (row 2)", "skip"),
        "row 4": (f"Lee, Ann (#{ann})", "create"),
        "row 5": (f"Lee, Ann (#{ann})", "skip")}
    summary = page.summary.text()
    assert "1 already in the vault" in summary and "1 repeated in this file" in summary
    assert "other email addresses" in summary
    assert page.duplicates_box.title() == "Possible duplicates"

    go_next(qtbot, wizard, REPORT_PAGE)
    names = sorted(row.name for row in list_contacts(admin_ws, ContactQuery(), limit=None))
    assert names == ["Lee, Ann", "Lee, Anne", "New, Di"]
