"""Administration → Settings → Erasure receipts…, and Contact → Erasure receipts… for whoever
may erase: every receipt the vault keeps, to save as a PDF or print again long after the
erasure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services import privacy
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.admin.administration_tab import AdministrationTab
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.erasure_receipts_dialog import ErasureReceiptsDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click


def test_past_receipts_are_listed_saved_and_printed(
        admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost, qtbot: QtBot,
        tmp_path: Path) -> None:
    first = privacy.erase_contact(admin_ws, contacts.create_contact(
        admin_ws, ContactInput(first_name="Ann", last_name="Lee")))
    second = privacy.erase_contact(admin_ws, contacts.create_contact(
        admin_ws, ContactInput(first_name="Bob", last_name="Ray")))
    tab = AdministrationTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    tab.tabs.setCurrentWidget(tab.settings_widget)
    click(qtbot, tab.settings_widget.erasure_receipts_button)
    (dialog,) = [d for d in host.open_dialogs() if isinstance(d, ErasureReceiptsDialog)]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    assert dialog.model.receipt(0).erasure_id == second.erasure_id  # newest first
    dialog.table.selectRow(1)
    assert f"Erasure record {first.erasure_id}" in dialog.text.toPlainText()
    assert "Ann" not in dialog.text.toPlainText()

    host.file_answers.append(str(tmp_path / "old-proof.pdf"))
    click(qtbot, dialog.save_button)
    assert (tmp_path / "old-proof.pdf").read_bytes().startswith(b"%PDF")

    printed = tmp_path / "printed.pdf"

    def print_to_file(chooser: QDialog) -> int:
        assert isinstance(chooser, QPrintDialog)
        chooser.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    host.handlers.append(print_to_file)
    click(qtbot, dialog.print_button)
    assert printed.read_bytes().startswith(b"%PDF")
    dialog.reject()
    assert not dialog.isVisible()


def test_a_manager_opens_the_receipts_from_the_contact_menu(
        user_ws: Callable[[str], Workspace], host: ScriptedDialogHost, qtbot: QtBot,
        open_main_window: Callable[[Workspace], MainWindow], tmp_path: Path) -> None:
    manager = user_ws("manager")
    erased = privacy.erase_contact(manager, contacts.create_contact(
        manager, ContactInput(first_name="Cy", last_name="Moss")))
    window = open_main_window(manager)
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Contact"]
    assert window.erasure_receipts_action in menu.actions()
    assert window.erasure_receipts_action.isEnabled()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    menu.setActiveAction(window.erasure_receipts_action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    (dialog,) = [d for d in host.open_dialogs() if isinstance(d, ErasureReceiptsDialog)]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    dialog.table.selectRow(0)
    assert f"Erasure record {erased.erasure_id}" in dialog.text.toPlainText()
    host.file_answers.append(str(tmp_path / "proof.pdf"))
    click(qtbot, dialog.save_button)
    assert (tmp_path / "proof.pdf").read_bytes().startswith(b"%PDF")
    dialog.reject()


def test_staff_who_cannot_erase_find_the_receipts_item_disabled(
        user_ws: Callable[[str], Workspace],
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(user_ws("staff"))
    assert not window.erasure_receipts_action.isEnabled()
