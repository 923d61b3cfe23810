"""A contact's dossier is printed from the contact itself: select contacts on the Contacts
page, and their menu saves one PDF (each contact from a new page) or prints it."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMenu

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.contacts.contacts_tab import ContactsTab
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from tests.ui.conftest import ScriptedDialogHost, finish_operations
from tests.ui.test_reports_tab import assert_prints_ink


def _page_with_two(qtbot, ws, host) -> ContactsTab:  # noqa: ANN001
    page = ContactsTab(ws, WorkspaceBridge(host))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        selection.select(page.model.index(row, 0), flags)
    assert len(page.selected_contact_ids()) == 2
    return page


def _menu_actions(page: ContactsTab) -> dict[str, object]:
    menu = QMenu(page)
    added = page.dossier_menu.add_actions(menu, page.selected_contact_ids())
    return {action.text(): action for action in added}


def test_selected_contacts_dossiers_saved_as_one_pdf(qtbot, admin_ws, tmp_path) -> None:  # noqa: ANN001
    contacts.create_contact(admin_ws, ContactInput(first_name="Anna", last_name="Quist"))
    contacts.create_contact(admin_ws, ContactInput(first_name="Boris", last_name="Ymir"))
    host = ScriptedDialogHost()
    page = _page_with_two(qtbot, admin_ws, host)
    actions = _menu_actions(page)
    save = actions["Save dossiers of 2 contacts as PDF…"]
    assert save.isEnabled()
    out = tmp_path / "both.pdf"
    host.file_answers.append(str(out))
    save.trigger()
    finish_operations(qtbot)
    qtbot.waitUntil(lambda: page.dossier_menu.last_saved == out, timeout=20_000)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    assert len(pages) == 2
    assert "Quist" in pages[0] and "Ymir" in pages[1]
    assert host.messages[-1][0] == "Dossier saved"


def test_selected_contact_dossier_printed(qtbot, admin_ws, tmp_path) -> None:  # noqa: ANN001
    contacts.create_contact(admin_ws, ContactInput(first_name="Anna", last_name="Quist"))
    contacts.create_contact(admin_ws, ContactInput(first_name="Boris", last_name="Ymir"))
    printed = tmp_path / "printed.pdf"
    host = ScriptedDialogHost()

    def to_pdf_file(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(72)
        return QDialog.DialogCode.Accepted

    host.handlers.append(to_pdf_file)
    page = _page_with_two(qtbot, admin_ws, host)
    _menu_actions(page)["Print dossiers of 2 contacts…"].trigger()
    finish_operations(qtbot)
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=20_000)
    assert_prints_ink(printed, pages=2)


def test_staff_print_one_dossier_at_a_time(qtbot, admin_ws, user_ws) -> None:  # noqa: ANN001
    contacts.create_contact(admin_ws, ContactInput(first_name="Anna", last_name="Quist"))
    contacts.create_contact(admin_ws, ContactInput(first_name="Boris", last_name="Ymir"))
    page = _page_with_two(qtbot, user_ws("staff"), ScriptedDialogHost())
    save = _menu_actions(page)["Save dossiers of 2 contacts as PDF…"]
    assert not save.isEnabled() and "several contacts" in save.toolTip()
    page.table.selectRow(0)
    single = _menu_actions(page)["Save dossier as PDF…"]
    assert single.isEnabled()




def test_ctrl_p_prints_the_selected_contact_from_the_window(qtbot, admin_ws, host,  # noqa: ANN001
                                                            open_main_window, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QKeySequence

    contacts.create_contact(admin_ws, ContactInput(first_name="Anna", last_name="Quist"))
    window = open_main_window(admin_ws)
    page = window.page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    # Nothing selected yet: the menu says what to do.
    window.print_dossier_action.trigger()
    assert host.messages[-1][1] == "Select one or more contacts first."
    page.table.selectRow(0)
    printed = tmp_path / "printed.pdf"
    seen: list[str] = []

    def to_pdf_file(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        seen.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(72)
        return QDialog.DialogCode.Accepted

    host.handlers.append(to_pdf_file)
    assert window.print_dossier_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.print_dossier_action.trigger()  # what Ctrl+P does
    finish_operations(qtbot)
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=20_000)
    assert seen == ["Print Contact dossier"]
    assert_prints_ink(printed, pages=1)
