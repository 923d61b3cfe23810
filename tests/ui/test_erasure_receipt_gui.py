"""Erasing from the Contacts page, as an admin and as a manager: the receipt stays usable
after the contact's row and details go away (Save as PDF, Print, Close, Escape), its proof
is offered before the dialog closes, and the confirmation says what happens to backups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from contactweb import paths
from contactweb.services import privacy
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.privacy.erase_contact_dialog import EraseContactDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, type_into


def select_contact(qtbot: QtBot, window: MainWindow, name: str) -> None:
    page = window.page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2)
    row = next(r for r in range(page.model.rowCount())
               if page.model.data(page.model.index(r, 0)) == name)
    page.table.selectRow(row)
    assert page.detail.details is not None and page.detail.details.last_name in name


def erase_by_typing(qtbot: QtBot, dialog: QDialog) -> EraseContactDialog:
    assert isinstance(dialog, EraseContactDialog)
    type_into(qtbot, dialog.name_edit, "Ann Lee")
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20000)
    return dialog


@pytest.mark.parametrize("role", ["admin", "manager"])
def test_the_receipt_saves_prints_and_closes_with_escape(
        role: str, qtbot: QtBot, admin_ws: Workspace, user_ws, host: ScriptedDialogHost,  # noqa: ANN001
        open_main_window: Callable[[Workspace], MainWindow], tmp_path: Path) -> None:
    contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@example.com")]))
    contacts.create_contact(admin_ws, ContactInput(first_name="Bob", last_name="Ray"))
    ws = admin_ws if role == "admin" else user_ws("manager")
    window = open_main_window(ws)
    select_contact(qtbot, window, "Lee, Ann")
    pane = window.page("contacts").detail
    seen: dict[str, object] = {}
    printed_to = tmp_path / "printed.pdf"

    def print_to_file(chooser: QDialog) -> int:
        assert isinstance(chooser, QPrintDialog)
        chooser.printer().setOutputFileName(str(printed_to))
        return QDialog.DialogCode.Accepted

    def erase_and_keep_proof(dialog: QDialog) -> None:
        erase = erase_by_typing(qtbot, dialog)
        assert any("every restore re-applies this erasure" in label.text()
                   for label in erase.findChildren(QLabel))
        # The erased contact's row and details are gone; the receipt is still usable.
        qtbot.waitUntil(lambda: pane.details is None, timeout=20000)
        for widget in (erase.receipt_text, erase.save_pdf_button, erase.print_button,
                       erase.close_button):
            assert widget.isEnabled(), widget
        assert f"Erasure record {erase.receipt.erasure_id}" in erase.receipt_text.toPlainText()
        host.file_answers.append(str(tmp_path / "proof"))
        click(qtbot, erase.save_pdf_button)
        assert (tmp_path / "proof.pdf").read_bytes().startswith(b"%PDF")
        host.handlers.append(print_to_file)
        click(qtbot, erase.print_button)
        assert printed_to.read_bytes().startswith(b"%PDF")
        qtbot.keyClick(erase, Qt.Key.Key_Escape)  # saved and printed: closes at once
        seen["closed"] = not erase.isVisible() and erase.result() == QDialog.DialogCode.Accepted

    host.handlers.append(erase_and_keep_proof)
    click(qtbot, pane.details_tab.privacy.erase_button)
    assert seen["closed"] is True
    assert not host.messages  # nothing asked: the proof was saved
    (receipt,) = privacy.list_erasures(admin_ws)  # and the vault keeps the record
    assert receipt.total_removed >= 1


def test_closing_an_unsaved_receipt_offers_the_pdf_with_a_default_name(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    contacts.create_contact(admin_ws, ContactInput(first_name="Bob", last_name="Ray"))
    window = open_main_window(admin_ws)
    select_contact(qtbot, window, "Lee, Ann")
    suggested: list[str] = []

    def accept_the_suggestion(_parent, _caption, default: str = "") -> str:  # noqa: ANN001
        suggested.append(default)
        return default

    host.save_file_name = accept_the_suggestion  # type: ignore[method-assign]
    host.answers.append(True)  # "Save it as a PDF now?"

    def erase_and_close(dialog: QDialog) -> None:
        erase = erase_by_typing(qtbot, dialog)
        qtbot.keyClick(erase, Qt.Key.Key_Escape)
        assert not erase.isVisible()

    host.handlers.append(erase_and_close)
    click(qtbot, window.page("contacts").detail.details_tab.privacy.erase_button)
    assert [title for title, _text in host.messages] == ["Erasure receipt"]
    (default,) = suggested
    path = Path(default)
    assert path.parent == paths.documents_dir()
    assert path.name.startswith("erasure-receipt-") and path.suffix == ".pdf"
    assert path.read_bytes().startswith(b"%PDF")


def test_locking_closes_an_unsaved_receipt_without_asking(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, bridge) -> None:  # noqa: ANN001
    ann = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    dialog = EraseContactDialog(admin_ws, bridge, ann)
    qtbot.addWidget(dialog)
    host.show_dialog(dialog)
    erase_by_typing(qtbot, dialog)
    bridge.operations.close()  # the session ends: what the lifecycle does first
    host.close_all()
    assert not dialog.isVisible() and host.messages == []  # no question held up the lock
    assert privacy.list_erasures(admin_ws)[0].erasure_id == dialog.receipt.erasure_id
