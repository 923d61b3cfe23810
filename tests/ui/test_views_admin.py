"""The Administration page and the change-password dialog against a real vault."""

from __future__ import annotations

import base64
import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from contactweb.errors import AuthenticationFailed, PermissionDenied
from contactweb.services import audit, settings
from contactweb.services.accounts import session, users
from contactweb.services.changes import Changes
from contactweb.ui.admin.admin_audit_table_model import AdminAuditTableModel
from contactweb.ui.admin.admin_users_table_model import AdminUsersTableModel
from contactweb.ui.admin.administration_tab import AdministrationTab
from contactweb.ui.app.change_password_dialog import ChangePasswordDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.ui.conftest import finish_operations


@pytest.fixture
def admin_tab(admin_ws: Workspace, qtbot, bridge: WorkspaceBridge) -> AdministrationTab:
    tab = AdministrationTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_table_models_pass_modeltester(admin_ws: Workspace, user_ws, qtmodeltester) -> None:
    user_ws("staff")
    users_model = AdminUsersTableModel(admin_ws)
    users_model.refresh()
    assert [users_model.data(users_model.index(r, 0)) for r in range(users_model.rowCount())] \
        == ["admin", "staff"]
    qtmodeltester.check(users_model)
    audit_model = AdminAuditTableModel(admin_ws, page_size=2)
    audit_model.refresh()
    while audit_model.canFetchMore():
        audit_model.fetchMore()
    assert audit_model.rowCount() == len(audit.list_events(admin_ws))
    qtmodeltester.check(audit_model)


def test_adding_a_user_by_typing(admin_tab: AdministrationTab, admin_ws: Workspace,
                                 vault_dir: Path, qtbot) -> None:
    page = admin_tab.users_widget
    qtbot.keyClicks(page.new_username, "carol")
    page.new_display_name.setText("Carol Díaz")  # QTest types ASCII only
    page.new_role.setCurrentIndex(page.new_role.findData("manager"))
    qtbot.keyClicks(page.new_password, "short")
    assert "at least 12" in page.password_problem_label.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    finish_operations(qtbot)
    assert "carol" not in {u.username for u in users.list_users(admin_ws)}
    assert "at least 12" in page.add_error_label.text()

    page.new_password.clear()
    qtbot.keyClicks(page.new_password, "Carol-first-77!")
    assert page.password_problem_label.text() == ""
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    finish_operations(qtbot)
    carol = {u.username: u for u in users.list_users(admin_ws)}["carol"]
    assert (carol.role, carol.display_name, carol.must_change_password) == (
        "manager", "Carol Díaz", True)
    assert page.model.row_of("carol") >= 0 and page.selected_username() == "carol"
    signed_in = session.sign_in(vault_dir, "carol", "Carol-first-77!")
    assert signed_in.role == "manager" and signed_in.must_change_password
    signed_in.lock()


def test_change_role_disable_and_reset(admin_tab: AdministrationTab, admin_ws: Workspace,
                                       user_ws, vault_dir: Path, host, qtbot) -> None:
    user_ws("staff").lock()
    page = admin_tab.users_widget
    page.refresh()
    page.select_user("staff")
    page.role_combo.setCurrentIndex(page.role_combo.findData("readonly"))
    page.set_role_button.click()
    finish_operations(qtbot)
    assert {u.username: u.role for u in users.list_users(admin_ws)}["staff"] == "readonly"
    assert page.selected_username() == "staff"  # still selected after the list reloaded

    shown: list[str] = []
    host.answers.append(True)  # "Reset the password of staff?"
    host.handlers.append(lambda box: shown.append(box.text()))
    page.select_user("staff")
    page.reset_button.click()
    finish_operations(qtbot)  # the key derivation runs off the UI thread
    assert "Reset the password of staff" in host.messages[-1][1]
    (text_shown,) = shown
    temporary = text_shown.split("\n\n")[1]
    assert "shown only this once" in text_shown and temporary not in page.message_label.text()
    session.sign_in(vault_dir, "staff", temporary).lock()

    host.answers.extend([True, False])  # "Disable staff?", then not "Re-key the vault now?"
    page.select_user("staff")
    page.disable_button.click()
    finish_operations(qtbot)
    assert {u.username: u.disabled for u in users.list_users(admin_ws)}["staff"] is True
    assert "Re-key the vault now?" in host.messages[-1][1]
    with pytest.raises(AuthenticationFailed):
        session.sign_in(vault_dir, "staff", temporary)

    page.select_user("admin")
    assert not page.disable_button.isEnabled()  # nobody disables themselves


def test_a_refused_role_change_shows_the_stored_role(admin_tab: AdministrationTab,
                                                     admin_ws: Workspace, qtbot) -> None:
    page = admin_tab.users_widget
    page.select_user("admin")
    page.role_combo.setCurrentIndex(page.role_combo.findData("staff"))
    page.set_role_button.click()
    finish_operations(qtbot)
    assert "own administrator role" in page.message_label.text()
    assert {u.username: u.role for u in users.list_users(admin_ws)}["admin"] == "admin"
    assert page.role_combo.currentData() == "admin"


def test_disable_then_rekey(admin_tab: AdministrationTab, admin_ws: Workspace, user_ws,
                            vault_dir: Path, host, qtbot) -> None:
    user_ws("staff").lock()
    user_ws("manager").lock()
    old_key = admin_ws.raw_key()
    page = admin_tab.users_widget
    page.refresh()
    shown: list[str] = []
    host.answers.extend([True, True])  # "Disable staff?", "Re-key the vault now?"

    def type_password(dialog) -> None:  # noqa: ANN001
        dialog.setTextValue(PASSWORD)
        dialog.accept()

    host.handlers.append(type_password)
    host.handlers.append(lambda box: shown.append(box.text()))
    page.select_user("staff")
    page.disable_button.click()
    finish_operations(qtbot)
    assert admin_ws.raw_key() != old_key
    (text_shown,) = shown
    temporary = text_shown.split("manager: ", 1)[1].split()[0]
    assert "staff:" not in text_shown and "fresh full backup" in text_shown
    assert "fresh full backup" in page.message_label.text()
    signed_in = session.sign_in(vault_dir, "manager", temporary)
    assert signed_in.must_change_password
    signed_in.lock()


def test_declined_confirmation_changes_nothing(admin_tab: AdministrationTab,
                                               admin_ws: Workspace, user_ws, host,
                                               qtbot) -> None:
    user_ws("staff")
    page = admin_tab.users_widget
    page.refresh()
    host.answers.append(False)
    page.select_user("staff")
    page.disable_button.click()
    finish_operations(qtbot)
    assert {u.username: u.disabled for u in users.list_users(admin_ws)}["staff"] is False
    assert host.answers == []  # the question was asked


@pytest.mark.parametrize("role", ["staff", "readonly", "manager"])
def test_non_admins_get_no_administration_content(user_ws, role: str, qtbot,
                                                  bridge: WorkspaceBridge) -> None:
    ws = user_ws(role)
    tab = AdministrationTab(ws, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.tabs is None and tab.users_widget is None and tab.audit_widget is None
    assert "Only administrators" in tab.refused_label.text()
    with pytest.raises(PermissionDenied):
        users.add_user(ws, "mallory", "admin", "Mallory-pass-42!")
    with pytest.raises(PermissionDenied):
        audit.list_events(ws)
    with pytest.raises(PermissionDenied):
        settings.put(ws, "idle_timeout_minutes", 600)


def test_business_profile_saves_and_requires_a_name(admin_tab: AdministrationTab,
                                                    admin_ws: Workspace, tmp_path: Path,
                                                    qtbot, host) -> None:
    page = admin_tab.business_widget
    page.name_edit.clear()
    page.save_button.click()
    assert page.errors["name"].text() == "The business needs a name."
    assert settings.business_profile(admin_ws).name == "My Business"

    qtbot.keyClicks(page.name_edit, "Lakeside Florists")
    qtbot.keyClicks(page.email_edit, "not an email")
    page.save_button.click()
    assert "not a valid email" in page.errors["email"].text()
    assert settings.business_profile(admin_ws).name == "My Business"

    page.email_edit.setText("shop@example.com")
    page.phone_edit.setText("+1 415 555 0100")
    page.address_edit.setPlainText("1 Lake Road\nSpringfield, IL 62701")
    logo = tmp_path / "logo.jpg"
    image = QImage(1200, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("seagreen"))
    assert image.save(str(logo), "JPG")
    host.file_answers.append([str(logo)])
    page.choose_logo_button.click()
    with qtbot.waitSignal(admin_tab._bridge.changed,
                          check_params_cb=lambda changes: changes.settings):
        page.save_button.click()  # other pages (reports, mailings) learn of the new profile
    finish_operations(qtbot)
    profile = settings.business_profile(admin_ws)
    assert (profile.name, profile.email, profile.phone) == (
        "Lakeside Florists", "shop@example.com", "+14155550100")
    assert profile.postal_address == "1 Lake Road\nSpringfield, IL 62701"
    stored = QImage.fromData(base64.b64decode(profile.logo_png), "PNG")
    assert (stored.width(), stored.height()) == (600, 200)  # scaled down, kept in proportion

    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    assert page.load_logo(bad) is False
    assert "not an image" in page.errors["logo"].text()


def test_settings_refuse_invalid_values_beside_the_field(admin_tab: AdministrationTab,
                                                         admin_ws: Workspace, qtbot,
                                                         bridge: WorkspaceBridge) -> None:
    page = admin_tab.settings_widget
    assert page.fields["idle_timeout_minutes"].text() == "15"
    page.fields["shared_computer"].setChecked(True)
    page.fields["shared_timeout_minutes"].setText("0")
    page.fields["default_region"].setText("XX")
    page.fields["idle_timeout_minutes"].setText("30")
    assert page.save() is False
    assert "between 1 and 60" in page.errors["shared_timeout_minutes"].text()
    assert "two-letter country code" in page.errors["default_region"].text()
    assert page.errors["idle_timeout_minutes"].text() == ""
    assert settings.get(admin_ws, "idle_timeout_minutes") == 15  # nothing stored
    assert settings.get(admin_ws, "shared_computer") is False

    page.fields["shared_timeout_minutes"].setText("2")
    page.fields["default_region"].setText("gb")
    page.fields["retention.recording_days"].setText("abc")
    assert page.save() is False
    assert "whole number" in page.errors["retention.recording_days"].text()

    page.fields["retention.recording_days"].setText("120")
    page.fields["backup.interval_hours"].setText("6")
    with qtbot.waitSignal(bridge.changed) as saved:
        assert page.save() is True
    assert saved.args[0].settings
    assert page.message_label.text() == "Settings saved."
    stored = {key: settings.get(admin_ws, key) for key in page.fields}
    assert stored == {"default_region": "GB", "idle_timeout_minutes": 30,
                      "shared_computer": True, "shared_timeout_minutes": 2,
                      "retention.recording_days": 120, "retention.closed_contact_years": 7,
                      "retention.outbox_days": 30, "backup.interval_hours": 6}


def test_audit_verify_shows_ok_then_the_tampered_event(admin_tab: AdministrationTab,
                                                       admin_ws: Workspace, qtbot) -> None:
    page = admin_tab.audit_widget
    count = len(audit.list_events(admin_ws))
    page.verify_button.click()
    qtbot.waitUntil(page.verify_button.isEnabled)
    assert page.verify_label.text() == f"The audit log is intact: {count} events checked."

    victim = audit.list_events(admin_ws)[-1].id  # the oldest event
    with admin_ws.session() as db:
        db.execute(text("UPDATE audit_events SET username = 'someone' WHERE id = :id"),
                   {"id": victim})
    page.verify_button.click()
    qtbot.waitUntil(page.verify_button.isEnabled)
    assert f"damaged at event {victim}:" in page.verify_label.text()
    assert "altered" in page.verify_label.text()


def test_audit_log_refreshes_by_button_f5_and_audit_changes(
        admin_tab: AdministrationTab, admin_ws: Workspace, bridge: WorkspaceBridge,
        qtbot) -> None:  # noqa: ANN001
    page = admin_tab.audit_widget
    admin_tab.tabs.setCurrentWidget(page)
    admin_tab.show()
    shown = page.model.rowCount()

    def write_event() -> int:
        audit.record_now(admin_ws, "test.event")
        return len(audit.list_events(admin_ws))

    assert write_event() == shown + 1
    page.refresh_button.click()
    assert page.model.rowCount() == shown + 1
    write_event()
    page.view.setFocus()
    admin_tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is admin_tab)
    qtbot.keyClick(page.view, Qt.Key.Key_F5)
    assert page.model.rowCount() == shown + 2
    write_event()
    bridge.announce(Changes(audit=True))
    assert page.model.rowCount() == shown + 3


def test_audit_filter_and_csv_export(admin_tab: AdministrationTab, admin_ws: Workspace,
                                     user_ws, tmp_path: Path, host, qtbot) -> None:
    user_ws("staff")  # adds user.add and a signin by staff
    page = admin_tab.audit_widget
    page.refresh()
    everything = page.model.rowCount()
    page.user_combo.setCurrentIndex(page.user_combo.findData("staff"))
    assert page.model.rowCount() == len(audit.list_events(admin_ws, username="staff")) >= 1
    assert {page.model.audit_row(r).username for r in range(page.model.rowCount())} == {"staff"}
    page.user_combo.setCurrentIndex(0)
    page.action_edit.setText("user.")
    page.apply_filter()
    assert [page.model.audit_row(r).action for r in range(page.model.rowCount())] == ["user.add"]
    page.action_edit.clear()
    page.apply_filter()
    assert page.model.rowCount() == everything

    target = tmp_path / "audit.csv"
    host.file_answers.append(str(target))
    with qtbot.waitSignal(page.exportFinished, timeout=10_000) as finished:
        page.export_button.click()
    assert finished.args == [everything]
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["id", "at_utc", "user", "action"]
    assert len(rows) - 1 == everything
    assert audit.list_events(admin_ws, action="audit.export")[0].details == {
        "events": everything}


def test_change_password_dialog(admin_ws: Workspace, vault_dir: Path, qtbot) -> None:
    dialog = ChangePasswordDialog(admin_ws)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current_edit, PASSWORD)
    qtbot.keyClicks(dialog.new_edit, "weakpass")
    assert "at least 12" in dialog.new_error.text()
    assert dialog.strength_bar.value() <= 1
    qtbot.keyClicks(dialog.confirm_edit, "weakpass")
    dialog.ok_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "at least 12" in dialog.new_error.text()

    dialog.current_edit.setText("Wrong-password-1!")
    dialog.new_edit.setText("Brand-new-pass-42!")
    dialog.confirm_edit.setText("Brand-new-pass-42!")
    assert dialog.new_error.text() == "" and dialog.strength_bar.value() >= 3
    dialog.ok_button.click()
    assert "current password is wrong" in dialog.current_error.text()

    dialog.current_edit.setText(PASSWORD)
    dialog.confirm_edit.setText("Brand-new-pass-43!")
    dialog.ok_button.click()
    assert "not the same" in dialog.confirm_error.text()

    dialog.confirm_edit.setText("Brand-new-pass-42!")
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    session.sign_in(vault_dir, "admin", "Brand-new-pass-42!").lock()
    with pytest.raises(AuthenticationFailed):
        session.sign_in(vault_dir, "admin", PASSWORD)


def test_main_window_pages_are_these_views_and_admin_only_for_admins(
        admin_ws: Workspace, user_ws, open_main_window) -> None:
    from contactweb.ui.activity.communications_tab import CommunicationsTab
    from contactweb.ui.activity.sales_tab import SalesTab
    from contactweb.ui.activity.today_tab import TodayTab

    window = open_main_window(admin_ws)
    expected = {"today": TodayTab, "communications": CommunicationsTab, "sales": SalesTab,
                "administration": AdministrationTab}
    for key, cls in expected.items():
        assert type(window.show_page(key)) is cls
    assert window.show_page("administration").users_widget.model.rowCount() == 1
    staff_window = open_main_window(user_ws("staff"))
    assert "administration" not in staff_window.page_keys()
    assert "today" in staff_window.page_keys()
