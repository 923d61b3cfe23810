"""Drag and drop: a .vcf or .csv dropped on the main window opens the import wizard with
that file; contacts dragged out of the list are a vCard (text/vcard and a .vcf file in an
owner-only folder that signing out removes). Dragging out is an export: same permission,
audited."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from contactweb.services import audit
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.interchange.import_wizard import ImportWizard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.erase_contact_dialog import EraseContactDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost

VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\nEND:VCARD\r\n"


def _file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _drag_enter(window: MainWindow, mime: QMimeData) -> bool:
    event = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_a_dropped_vcard_opens_the_import_wizard_with_it(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, tmp_path: Path,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    card = tmp_path / "grace.vcf"
    card.write_text(VCARD, "utf-8")
    text = tmp_path / "notes.txt"
    text.write_text("not contacts", "utf-8")
    assert window.acceptDrops()
    assert not _drag_enter(window, _file_mime(text))  # refused at the drag already
    assert _drag_enter(window, _file_mime(card))

    opened: list[str] = []

    def wizard(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportWizard)
        opened.append(dialog.file_page.path_edit.text())
        return QDialog.DialogCode.Rejected

    host.handlers.append(wizard)
    mime = _file_mime(card)  # kept alive: the event does not own it
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction,
                      mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: opened == [str(card)])


def test_a_role_that_may_not_import_takes_no_drops(
        user_ws: Callable[[str], Workspace],
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(user_ws("readonly"))
    assert not window.acceptDrops()


def test_a_contact_dragged_out_is_a_vcard_in_a_private_folder_gone_at_sign_out(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ada", last_name="Lovelace", emails=[EmailInput("ada@example.com")]))
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    page = controller.main_window.contacts_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    mime = page.drag_source.mime_data([contact_id])
    assert mime is not None
    vcard = bytes(mime.data("text/vcard")).decode("utf-8")
    assert "BEGIN:VCARD" in vcard and "FN:Ada Lovelace" in vcard and "ada@example.com" in vcard
    [url] = mime.urls()
    path = Path(url.toLocalFile())
    assert path.name == "Lovelace, Ada.vcf" and path.read_bytes() == bytes(mime.data("text/vcard"))
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert audit.list_events(admin_ws, limit=1)[0].action == "export"  # an audited export

    controller.main_window.sign_out_action.trigger()
    assert not path.exists() and not path.parent.exists()


def test_a_role_that_may_not_export_drags_nothing_out(
        qtbot: QtBot, admin_ws: Workspace, user_ws: Callable[[str], Workspace],
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    window = open_main_window(user_ws("staff"))
    page = window.contacts_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.drag_source.mime_data([contact_id]) is None


def test_erasing_a_dragged_out_contact_removes_every_file_holding_them_at_once(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    """A vCard dragged out of the list is the person's data on disk: their erasure cannot
    wait for the sign-out to remove it. Files holding only other people stay."""
    ada = contacts.create_contact(admin_ws, ContactInput(first_name="Ada", last_name="Lovelace"))
    bob = contacts.create_contact(admin_ws, ContactInput(first_name="Bob", last_name="Ray"))
    page = open_main_window(admin_ws).contacts_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    dragged: dict[str, Path] = {}
    for key, ids in {"ada": [ada], "both": [ada, bob], "bob": [bob]}.items():
        mime = page.drag_source.mime_data(ids)
        assert mime is not None
        dragged[key] = Path(mime.urls()[0].toLocalFile())
    assert all(path.exists() for path in dragged.values())

    dialog = EraseContactDialog(admin_ws, bridge, ada)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(dialog.contact_name)
    dialog.erase()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20000)

    assert not dragged["ada"].exists() and not dragged["both"].exists()
    assert "FN:Bob Ray" in dragged["bob"].read_text("utf-8")
