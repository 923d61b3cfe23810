"""Screenshots of the contact and activity desk: the contact editor (photo, website, rows),
the log dialog correcting a call, a note (no direction), the timeline's context menu, the
column chooser, and the question before unsaved changes are discarded.

    python -m tools.screenshots.contact_desk_screenshots docs/screenshots
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.screenshots.screenshot_session import ScreenshotSession, render_session

EDITOR_FILE = "contact-editor.png"
EDIT_CALL_FILE = "communication-edit.png"
NOTE_FILE = "communication-note.png"
TIMELINE_MENU_FILE = "contact-timeline-menu.png"
COLUMNS_MENU_FILE = "contacts-columns-menu.png"
DISCARD_FILE = "discard-changes.png"


class ContactDeskScreenshots(ScreenshotSession):
    def __init__(self, out_dir: Path, home: Path) -> None:
        from contactweb.services.accounts import session
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge

        super().__init__(out_dir, home)
        self.ws = session.create_vault(home / "vault", "maria", "Screenshot-maria-1!")
        self.bridge = WorkspaceBridge()
        self.contact_id, self.call_id = self._amelie()

    def _amelie(self) -> tuple[int, int]:
        from datetime import timedelta

        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtWidgets import QApplication

        from contactweb.models import utcnow
        from contactweb.services.activity import communications
        from contactweb.services.activity.communications import CommunicationInput
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import (
            AddressInput,
            ContactInput,
            EmailInput,
            PhoneInput,
        )

        photo = QByteArray()
        buffer = QBuffer(photo)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QApplication.windowIcon().pixmap(160, 160).save(buffer, "PNG")  # a stand-in face
        contact_id = contacts.create_contact(self.ws, ContactInput(
            first_name="Amélie", last_name="Abbott", company="Harbor Dental",
            title="Office manager", website="https://harbor-dental.example",
            emails=[EmailInput("amelie.abbott@example.com")],
            phones=[PhoneInput("+1 503 555 0142", "mobile")],
            addresses=[AddressInput("12 Harbor Way", "Portland", "OR", "97201", "US")],
            tags=["customer", "dental"], notes="Prefers a call before 10 am.",
            photo=bytes(photo.data()), photo_mime="image/png"))
        now = utcnow()
        call_id = communications.log_communication(self.ws, contact_id, CommunicationInput(
            "call", "in", occurred_at=now - timedelta(days=1), duration_minutes=12,
            subject="Asked about the spring arrangements", body="Wants four for the lobby."))
        communications.log_communication(self.ws, contact_id, CommunicationInput(
            "note", occurred_at=now - timedelta(days=3), subject="Parking at the back"))
        return contact_id, call_id


    def editor(self) -> None:
        from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog

        dialog = ContactEditDialog(self.ws, self.bridge, self.contact_id)
        dialog.emails.add_row()
        self.save(dialog, EDITOR_FILE, 700, 800)
        dialog.hide()

    def log_dialogs(self) -> None:
        from contactweb.ui.contacts.log_communication_dialog import LogCommunicationDialog

        edit = LogCommunicationDialog(self.ws, self.bridge, self.contact_id,
                                      communication_id=self.call_id)
        self.save(edit, EDIT_CALL_FILE, 560, 600)
        edit.hide()
        note = LogCommunicationDialog(self.ws, self.bridge, self.contact_id, "note")
        note.subject_edit.setText("Prefers a call before 10 am")
        self.save(note, NOTE_FILE, 560, 600)
        note.hide()

    def menus(self) -> None:
        from PySide6.QtCore import QPoint

        from contactweb.ui.app.main_window import MainWindow

        window = MainWindow(self.ws, self.bridge)
        window.resize(1280, 800)
        window.show()
        page = window.show_page("contacts")
        page.show_contact(self.contact_id)
        page.detail.tabs.setCurrentWidget(page.detail.timeline_tab)
        self.settle()
        timeline = page.detail.timeline_tab
        row = timeline.table.visualRect(timeline.model.index(0, 1)).center()
        timeline._context_menu(row)
        self.settle()
        self.grab_with_menu(window, timeline.communication_actions.menu,
                            timeline.table.viewport().mapToGlobal(row), TIMELINE_MENU_FILE)
        header_point = QPoint(300, 10)
        page.columns._show_menu(header_point)
        self.settle()
        self.grab_with_menu(window, page.columns.menu,
                            page.table.horizontalHeader().mapToGlobal(header_point),
                            COLUMNS_MENU_FILE)
        window.clear()
        window.hide()

    def grab_with_menu(self, window, menu, at, name: str) -> None:  # noqa: ANN001
        """The window with the open menu painted where it pops up (a menu is a window of
        its own, which a grab of the main window leaves out; the offscreen screen is
        narrower than the window, so the menu's own place may have been pushed aside)."""
        from PySide6.QtGui import QPainter

        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(window.mapFromGlobal(at), menu.grab())
        painter.end()
        menu.hide()
        self.write(picture, name)

    def discard_question(self) -> None:
        """The dialog host's own question, grabbed instead of run."""
        from contactweb.ui.kit.dialog_host import DialogHost

        shots = self

        class GrabbingHost(DialogHost):
            def exec_dialog(self, dialog) -> int:  # noqa: ANN001
                shots.save(dialog, DISCARD_FILE, 380, dialog.sizeHint().height())
                dialog.hide()
                return 0

        GrabbingHost().ask_discard_changes(None, "contact")

    def render(self) -> None:
        self.editor()
        self.log_dialogs()
        self.menus()
        self.discard_question()


def main(argv: list[str] | None = None) -> int:
    return render_session(argv, "tools.screenshots.contact_desk_screenshots", ContactDeskScreenshots)


if __name__ == "__main__":
    sys.exit(main())
