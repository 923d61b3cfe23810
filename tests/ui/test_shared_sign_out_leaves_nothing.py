"""After an automatic sign-out nothing of the session is left: no contact's text on any
top-level widget (shown or hidden, with every child, model, title and tooltip), no database
connection open at the driver level, no tooltip or popup, the clipboard cleared, and only the
sign-in screen on show. In shared-computer mode minimising or closing the window signs out."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QToolTip
from pytestqt.qtbot import QtBot

from contactweb.models import utcnow
from contactweb.services import audit
from contactweb.services.activity import communications, reminders
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.ui.activity.today_tab import TodayTab
from contactweb.ui.app.app_controller import LOCK_NOTICES, AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.main_window import WINDOW_TITLE
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import (
    ConnectionRecorder,
    leaked,
    make_controller,
    open_vault_files,
    settle,
    sign_in,
    visible_top_levels,
)
from tests.ui.conftest import ScriptedDialogHost, type_into

TOKENS = ["Zenobia", "Quartermaine", "Vantablack", "zenobia.q@vantablack.example",
          "Kowloon", "Marzipan"]


def add_customer(ws: Workspace) -> int:
    contact_id = contacts.create_contact(ws, ContactInput(
        first_name="Zenobia", last_name="Quartermaine", company="Vantablack Umbrellas",
        emails=[EmailInput("zenobia.q@vantablack.example")],
        notes="Prefers calls after lunch about the Kowloon warehouse.", tags=["Marzipan"]))
    communications.log_communication(ws, contact_id, CommunicationInput(
        "call", subject="Kowloon warehouse pricing", body="Wants a quote by Friday."))
    reminders.add_reminder(ws, contact_id, utcnow() - timedelta(minutes=5),
                           "Chase the Kowloon quote")
    return contact_id


def test_idle_sign_out_leaves_no_contact_text_and_no_connection(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        monkeypatch: pytest.MonkeyPatch, controllers: list[AppController]) -> None:
    contact_id = add_customer(admin_ws)
    admin_ws.engine.dispose()  # the fixture's pooled connections are not the app's
    recorder = ConnectionRecorder(monkeypatch)
    controller = make_controller(host, vault_dir, made=controllers)  # 3 "minutes": 1.2 s
    sign_in(qtbot, controller, "admin", PASSWORD, shared=True)
    ws, window = controller.workspace, controller.main_window

    # Contact data everywhere: the list, search box, details, Today, Communications, a
    # tooltip, the tray's tooltip, and the clipboard (copied from ContactWeb).
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.show_contact(contact_id)
    today = window.show_page("today")
    tray = QSystemTrayIcon()
    tray.setToolTip("ContactWeb: Chase the Kowloon quote")
    today.set_tray_icon(tray)
    comms = window.show_page("communications")
    qtbot.waitUntil(lambda: comms.model.rowCount() == 1)
    window.show_page("contacts")
    type_into(qtbot, page.search_edit, "Zenobia")
    page.search_edit.selectAll()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Zenobia"
    QToolTip.showText(window.mapToGlobal(QPoint(40, 40)), "Zenobia Quartermaine", window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    settle()
    assert leaked(TOKENS) == TOKENS  # the walk does see every piece while signed in
    assert len(recorder.connections) > 0

    with qtbot.waitSignal(controller.lockedOut, timeout=15_000) as locked:
        pass  # nobody touches anything
    assert locked.args == ["idle"]
    settle()

    assert leaked(TOKENS) == []
    assert visible_top_levels() == [controller.sign_in_dialog]
    assert not QToolTip.isVisible() and QApplication.activePopupWidget() is None
    assert QApplication.clipboard().text() == ""  # it held what ContactWeb copied
    assert tray.toolTip() == "ContactWeb"
    assert recorder.still_open() == 0  # every connection ever made is closed
    assert open_vault_files(vault_dir) == []
    assert ws.locked and ws.engine is None and not any(ws.key)
    dialog = controller.sign_in_dialog
    assert dialog.windowTitle() == "Sign in to ContactWeb" and dialog.username_edit.text() == ""
    assert dialog.notice.text() == LOCK_NOTICES["idle-shared"]
    assert [e.action for e in audit.list_events(admin_ws, limit=1)] == ["idle"]


def test_minimising_signs_out_only_on_a_shared_computer(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=False)
    controller.main_window.showMinimized()
    qtbot.wait(20)
    assert controller.workspace is not None  # an ordinary computer: still signed in
    controller.main_window.showNormal()
    controller.main_window.sign_out_action.trigger()

    sign_in(qtbot, controller, "admin", PASSWORD, shared=True)
    ws = controller.workspace
    with qtbot.waitSignal(controller.lockedOut, timeout=5_000) as locked:
        controller.main_window.showMinimized()
    assert locked.args == ["minimised"] and ws.locked
    assert controller.sign_in_dialog.notice.text() == LOCK_NOTICES["minimised"]


def test_closing_the_window_signs_out_on_a_shared_computer(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    quits: list[bool] = []
    controller = AppController(host, GuiPreferences(vault_path=str(vault_dir),
                                                    shared_computer=True),
                               quit_app=lambda: quits.append(True))
    controllers.append(controller)
    controller.start()
    assert controller.sign_in_dialog.shared_check.isChecked()  # this machine is shared
    sign_in(qtbot, controller, "admin", PASSWORD)
    ws, window = controller.workspace, controller.main_window
    assert ws.shared_computer
    with qtbot.waitSignal(controller.lockedOut, timeout=5_000) as locked:
        window.close()
    assert locked.args == ["closed"] and ws.locked and quits == []
    assert controller.sign_in_dialog.isVisible()  # ready for the next person
    assert window.windowTitle() == WINDOW_TITLE


def test_no_reminder_notification_once_signed_out(qtbot: QtBot, admin_ws: Workspace,
                                                 bridge: WorkspaceBridge) -> None:
    contact_id = add_customer(admin_ws)
    reminders.add_reminder(admin_ws, contact_id, utcnow() + timedelta(milliseconds=300),
                           "Call Zenobia back")
    tab = TodayTab(admin_ws, bridge, check_interval_ms=20)
    qtbot.addWidget(tab)
    tray = QSystemTrayIcon()
    tray.setToolTip("ContactWeb: 1 reminder")
    tab.set_tray_icon(tray)
    tab.refresh()
    announced: list[tuple[str, str]] = []
    tab.reminderNotification.connect(lambda title, text: announced.append((title, text)))

    bridge.locked.emit()  # what a sign-out does, before the key goes
    admin_ws.lock()
    qtbot.wait(600)  # the second reminder falls due meanwhile; the check timer is stopped
    assert announced == [] and not tab.check_timer.isActive()
    assert tray.toolTip() == "ContactWeb"
    assert tab.reminder_model.rowCount() == 0
