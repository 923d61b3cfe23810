"""Administration → Audit log reads as sentences: a settings change made in the Settings tab
says what it was and what it became, users and contacts by name (an erased contact as
such), a legal hold with its reason; the stored fields show on demand (Details)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactweb.services import privacy
from contactweb.services.accounts import users
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.admin.admin_audit_table_model import AdminAuditTableModel
from contactweb.ui.admin.administration_tab import AdministrationTab
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import click, click_and_finish, type_into


def shown_sentences(model: AdminAuditTableModel) -> list[str]:
    return [model.data(model.index(r, AdminAuditTableModel.Column.EVENT))
            for r in range(model.rowCount())]


def test_the_audit_log_tells_events_as_sentences_with_details_on_demand(
        admin_ws: Workspace, bridge: WorkspaceBridge, qtbot: QtBot) -> None:
    users.add_user(admin_ws, "anna", "staff", "Anna-pass-1234!", display_name="Anna Bell",
                   must_change=False)
    ann = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    gone = contacts.create_contact(admin_ws, ContactInput(first_name="Bob", last_name="Ray"))
    privacy.place_legal_hold(admin_ws, ann, "Case 2026-17")
    privacy.erase_contact(admin_ws, gone)
    tab = AdministrationTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()

    # A setting changed where an administrator changes it.
    settings_page = tab.settings_widget
    tab.tabs.setCurrentWidget(settings_page)
    type_into(qtbot, settings_page.fields["idle_timeout_minutes"], "30")
    click_and_finish(qtbot, settings_page.save_button)

    page = tab.audit_widget
    tab.tabs.setCurrentWidget(page)
    click(qtbot, page.refresh_button)
    said = shown_sentences(page.model)
    assert said[0] == "admin changed the idle sign-out time (minutes) from 15 to 30."
    assert "admin placed a legal hold on Ann Lee (reason: Case 2026-17)." in said
    assert "admin added the user Anna Bell." in said
    assert "admin erased an erased contact." in said
    assert "admin created Ann Lee." in said
    assert not any("contact " in s and s.split("contact ")[-1][:1].isdigit() for s in said)
    assert page.model.headerData(AdminAuditTableModel.Column.EVENT,
                                 Qt.Orientation.Horizontal) == "What happened"

    # The raw event, only when asked for.
    assert not page.details_text.isVisible()
    page.view.selectRow(0)
    click(qtbot, page.details_button)
    assert page.details_text.isVisible()
    raw = page.details_text.toPlainText()
    assert "Action: settings.change" in raw and '"old": 15' in raw and '"new": 30' in raw
    page.view.selectRow(said.index("admin created Ann Lee."))
    assert "Action: contact.create" in page.details_text.toPlainText()
    click(qtbot, page.details_button)
    assert not page.details_text.isVisible()
