"""A contact's photo and website are shown and edited in the contact dialog and shown in the
detail pane; a file that is too large or no picture is refused with a clear message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.contacts.contact_details_tab import ContactDetailsTab
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, type_into


def picture(path: Path, size: int = 40) -> Path:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    assert image.save(str(path))
    return path


def editor(qtbot: QtBot, ws: Workspace, bridge: WorkspaceBridge,
           contact_id: int | None = None) -> ContactEditDialog:
    dialog = ContactEditDialog(ws, bridge, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot: QtBot, dialog: ContactEditDialog) -> None:
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)


def test_photo_and_website_are_edited_saved_and_shown(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        tmp_path: Path) -> None:
    dialog = editor(qtbot, admin_ws, bridge)
    type_into(qtbot, dialog.first_edit, "Philippa")
    type_into(qtbot, dialog.website_edit, "thistle.example")
    host.file_answers.append([str(picture(tmp_path / "face.png"))])
    click(qtbot, dialog.photo.choose_button)
    assert not dialog.photo.preview.pixmap().isNull()
    save(qtbot, dialog)
    saved = contacts.get_contact(admin_ws, dialog.contact_id, False)
    assert saved.website == "thistle.example"
    assert saved.photo == (tmp_path / "face.png").read_bytes()
    assert saved.photo_mime == "image/png"

    pane = ContactDetailsTab(admin_ws, bridge)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_details(saved)
    assert pane.photo_label.isVisible() and not pane.photo_label.pixmap().isNull()
    assert '<a href="https://thistle.example">thistle.example</a>' in pane.text.text()

    again = editor(qtbot, admin_ws, bridge, saved.id)
    assert again.website_edit.text() == "thistle.example"
    assert not again.photo.preview.pixmap().isNull()
    click(qtbot, again.photo.remove_button)
    assert again.has_unsaved_changes()
    save(qtbot, again)
    removed = contacts.get_contact(admin_ws, saved.id, False)
    assert (removed.photo, removed.photo_mime, removed.website) == (None, "", "thistle.example")
    pane.show_details(removed)
    assert not pane.photo_label.isVisible()


def test_a_file_too_large_or_not_a_picture_is_refused_in_place(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        tmp_path: Path) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Philippa"))
    dialog = editor(qtbot, admin_ws, bridge, contact_id)
    big = tmp_path / "huge.bmp"
    big.write_bytes(b"BM" + bytes(1024 * 1024 + 10))
    host.file_answers.append([str(big)])
    click(qtbot, dialog.photo.choose_button)
    assert "a photo is at most 1 MiB" in dialog.errors["photo"].text()
    assert not dialog.errors["photo"].isHidden()
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture at all")
    host.file_answers.append([str(notes)])
    click(qtbot, dialog.photo.choose_button)
    assert "is not a picture ContactWeb can show" in dialog.errors["photo"].text()
    assert dialog.photo.photo is None and not dialog.has_unsaved_changes()

    type_into(qtbot, dialog.website_edit, "thistle dot example")
    click(qtbot, dialog.save_button)  # the vault's check may answer from a worker
    qtbot.waitUntil(lambda: "is not a web address" in dialog.errors["website"].text())
    assert contacts.get_contact(admin_ws, contact_id, False).website == ""
