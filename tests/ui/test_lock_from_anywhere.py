"""Ctrl+L locks over a modal editor (its changes kept as a draft) and over a progress
window (its work cancelled); unlocking brings back the page, the search, the selection and
the maximised window. A different person signing in gets none of it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from contactweb.services.accounts import drafts
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import DRAFTS_KEPT_NOTICE, AppController
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.kit.operations import OpContext
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost, click


def press_ctrl_l(target: QWidget) -> None:
    QtBot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_over_an_editor_keeps_a_draft_and_unlocking_returns_to_the_place(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, user_ws,  # noqa: ANN001
        vault_dir: Path, controllers: list[AppController]) -> None:
    for first, last in (("Ann", "Lee"), ("Bea", "Lee"), ("Cy", "Lee"), ("Dan", "Ode")):
        contacts.create_contact(admin_ws, ContactInput(first_name=first, last_name=last))
    user_ws("staff").lock()
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    window = controller.main_window
    window.showMaximized()
    page = window.show_page("contacts")
    qtbot.keyClicks(page.search_edit, "lee")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.busy, timeout=10_000)
    page.table.selectRow(1)
    bea = page.detail.contact_id
    assert bea is not None and page.detail.details.first_name == "Bea"

    def type_then_lock(dialog: QDialog) -> int:
        assert isinstance(dialog, ContactEditDialog)

        def work() -> None:
            dialog.notes_edit.setFocus()
            qtbot.keyClicks(dialog.notes_edit, "Call back on Monday")
            press_ctrl_l(dialog.notes_edit)  # where the person is typing

        QTimer.singleShot(50, dialog, work)
        QTimer.singleShot(15_000, dialog, dialog.reject)  # a safety net only
        return dialog.exec()

    host.handlers.append(type_then_lock)
    with qtbot.waitSignal(controller.lockedOut, timeout=15_000) as locked:
        click(qtbot, page.detail.details_tab.edit_button)
    assert locked.args == ["lock"]
    assert controller.workspace is None
    assert controller.sign_in_dialog.notice.text().endswith(DRAFTS_KEPT_NOTICE)

    host.handlers.append(lambda box: box.reject())  # "Later" for the kept draft
    sign_in(qtbot, controller, "admin", PASSWORD)
    window = controller.main_window
    assert window.isMaximized()
    assert window.current_page_key() == "contacts"
    page = window.page("contacts")
    assert page.search_edit.text() == "lee"
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.busy, timeout=10_000)
    assert page.detail.contact_id == bea
    assert page.selected_contact_ids() == [bea]
    assert [d.contact_id for d in drafts.my_drafts(controller.workspace)] == [bea]

    # Someone else signing in after a lock gets a fresh window.
    press_ctrl_l(page.table)
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=10_000)
    sign_in(qtbot, controller, "staff", ROLE_PASSWORDS["staff"])
    staff_page = controller.main_window.page("contacts")
    assert staff_page.search_edit.text() == "" and staff_page.detail.contact_id is None


def test_ctrl_l_over_a_progress_window_cancels_the_work_and_locks(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    started, stopped = threading.Event(), threading.Event()

    def long_job(ctx: OpContext) -> None:
        started.set()
        ctx.cancel.wait(20)
        stopped.set()

    op = controller.bridge.operations.operation(controller.main_window, long_job)
    op.with_progress("Working", "A long job…").run()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    progress = [d for d in host.open_dialogs() if isinstance(d, ProgressDialog)]
    assert progress and progress[0].isVisible()
    progress[0].activateWindow()
    progress[0].setFocus()
    with qtbot.waitSignal(controller.lockedOut, timeout=15_000) as locked:
        qtbot.keyClick(progress[0], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == ["lock"]
    assert stopped.is_set() and controller.workspace is None
    assert not progress[0].isVisible()


def test_ctrl_l_over_the_import_wizard_locks(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    seen: list[str] = []

    def press_in_the_wizard(wizard: QDialog) -> int:
        seen.append(type(wizard).__name__)
        QTimer.singleShot(50, wizard, lambda: press_ctrl_l(wizard.file_page.path_edit))
        QTimer.singleShot(15_000, wizard, wizard.reject)  # a safety net only
        return wizard.exec()

    host.handlers.append(press_in_the_wizard)
    with qtbot.waitSignal(controller.lockedOut, timeout=15_000) as locked:
        controller.main_window.import_action.trigger()
    assert seen == ["ImportWizard"] and locked.args == ["lock"]
    assert controller.workspace is None and controller.sign_in_dialog.isVisible()


def test_unlocking_returns_to_the_communications_search_and_sort(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    from contactweb.models import utcnow
    from contactweb.services.activity import communications
    from contactweb.services.activity.communications import CommunicationInput

    ann = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    for subject in ("Spring order", "Spring invoice", "Autumn plans"):
        communications.log_communication(admin_ws, ann, CommunicationInput(
            "note", occurred_at=utcnow(), subject=subject))
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    page = controller.main_window.show_page("communications")
    subject = page.model.Column.SUBJECT
    page.view.horizontalHeader().setSortIndicator(subject, Qt.SortOrder.AscendingOrder)
    qtbot.keyClicks(page.search_edit, "spring")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    press_ctrl_l(page.view)
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=10_000)

    sign_in(qtbot, controller, "admin", PASSWORD)
    window = controller.main_window
    assert window.current_page_key() == "communications"
    page = window.page("communications")
    assert page.search_edit.text() == "spring"
    assert page.sort_column() == (subject, False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    assert [page.model.data(page.model.index(r, subject)) for r in range(2)] == [
        "Spring invoice", "Spring order"]
