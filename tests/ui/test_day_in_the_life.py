"""A day at the desk in one sitting, through the real controller and main window: contacts
typed with the keyboard alone, a call logged and corrected, consent recorded, a mailing sent
to a real SMTP server on 127.0.0.1, every report made, a file imported by dropping it on the
window, a change undone, and signing out. Then the same desk in shared-computer mode, where
the automatic sign-out comes in the middle of an edit and the draft is kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from contactweb.services import settings
from contactweb.services.activity import communications
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.ui.app.app_controller import DRAFTS_KEPT_NOTICE, AppController
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.consent_dialog import ConsentDialog
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.contacts.log_communication_dialog import LogCommunicationDialog
from contactweb.ui.interchange.import_wizard import (
    MAPPING_PAGE,
    PREVIEW_PAGE,
    REPORT_PAGE,
    ImportWizard,
)
from contactweb.ui.mailing import mailing_wizard
from contactweb.ui.session.draft_keeper import OFFER_TITLE
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.mailing_server import RecordingHandler, configure, smtp_server
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost, button_named, finish_operations

WAIT_MS = 30_000
CTRL = Qt.KeyboardModifier.ControlModifier
PEOPLE = (("Grace", "Hopper", "grace@example.org"), ("Alan", "Turing", "alan@example.org"),
          ("Ada", "Lovelace", "ada@example.org"))
IMPORTED = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Katherine Johnson\r\nN:Johnson;Katherine;;;\r\n"
            "EMAIL:katherine@example.org\r\nEND:VCARD\r\n")


# --- the keyboard ---------------------------------------------------------------------------
def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def press(qtbot: QtBot, window: QWidget, key: Qt.Key, modifiers=CTRL) -> None:  # noqa: ANN001
    """A key pressed where the focus is, as on a real keyboard."""
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def tab_to(qtbot: QtBot, dialog: QWidget, wanted: Callable[[QWidget], bool]) -> QWidget:
    for _ in range(40):
        focused = QApplication.focusWidget()
        if focused is not None and wanted(focused):
            return focused
        qtbot.keyClick(focused or dialog, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the field")


def type_new_contact(qtbot: QtBot, first: str, last: str, email: str
                     ) -> Callable[[QDialog], int]:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, ContactEditDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(tab_to(qtbot, dialog, lambda w: w is dialog.first_edit), first)
        qtbot.keyClicks(tab_to(qtbot, dialog, lambda w: w is dialog.last_edit), last)
        field = tab_to(qtbot, dialog, lambda w: isinstance(w, QLineEdit)
                       and dialog.emails.isAncestorOf(w))
        qtbot.keyClicks(field, email)
        qtbot.keyClick(field, Qt.Key.Key_S, CTRL)  # save from the keyboard
        finish_operations(qtbot)
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()
        return dialog.result()
    return handler


def contact_named(ws: Workspace, last: str) -> int:
    return next(r.id for r in list_contacts(ws, ContactQuery(search=last), limit=None))


# --- the desk --------------------------------------------------------------------------------
def create_by_keyboard(qtbot: QtBot, host: ScriptedDialogHost, window: MainWindow) -> None:
    for first, last, email in PEOPLE:
        host.handlers.append(type_new_contact(qtbot, first, last, email))
        press(qtbot, window, Qt.Key.Key_N)
        assert not host.handlers


def log_and_correct_a_call(qtbot: QtBot, host: ScriptedDialogHost, window: MainWindow,
                           ws: Workspace, contact_id: int) -> None:
    window.show_contact(contact_id)

    def log(dialog: QDialog) -> int:
        assert isinstance(dialog, LogCommunicationDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.subject_edit, "Asked about the compiler")
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_S, CTRL)
        finish_operations(qtbot)
        return dialog.result()

    host.handlers.append(log)
    press(qtbot, window, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    [entry] = communications.timeline(ws, contact_id)
    assert entry.subject == "Asked about the compiler"

    def correct(dialog: QDialog) -> int:
        assert isinstance(dialog, LogCommunicationDialog)
        activate(qtbot, dialog)
        dialog.subject_edit.setFocus()
        dialog.subject_edit.selectAll()
        qtbot.keyClicks(dialog.subject_edit, "Asked about COBOL")
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_S, CTRL)
        finish_operations(qtbot)
        return dialog.result()

    host.handlers.append(correct)
    window.contacts_page().detail.timeline_tab.communication_actions.edit(contact_id, entry.id)
    assert [e.subject for e in communications.timeline(ws, contact_id)] == ["Asked about COBOL"]


def record_consent(qtbot: QtBot, host: ScriptedDialogHost, window: MainWindow,
                   contact_id: int) -> None:
    window.show_contact(contact_id)
    tab = window.contacts_page().detail.consent_tab
    window.contacts_page().detail.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.consent_buttons["email"].isEnabled(), timeout=WAIT_MS)

    def grant(dialog: QDialog) -> int:
        assert isinstance(dialog, ConsentDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.evidence_edit, "Signed up at the conference")
        qtbot.keyClick(dialog.evidence_edit, Qt.Key.Key_S, CTRL)
        finish_operations(qtbot)
        return dialog.result()

    host.handlers.append(grant)
    tab.consent_buttons["email"].click()
    assert not host.handlers


def send_a_mailing(qtbot: QtBot, window: MainWindow) -> mailing_wizard.MailingWizard:
    tab = window.show_page("mailings")
    tab.new_button.click()
    wizard = tab.wizard
    qtbot.waitUntil(lambda: wizard.eligibility is not None and not wizard.busy(),
                    timeout=WAIT_MS)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == mailing_wizard.COMPOSE_PAGE
    page = wizard.compose_page
    qtbot.keyClicks(page.subject, "News for {first_name}")
    page.body.setPlainText("Dear {first_name},\nthe new compiler is out.")
    page.update_preview()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.checklist_page.all_ticked(), wizard.checklist_page.checks
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == mailing_wizard.REPORT_PAGE, timeout=WAIT_MS)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return wizard


def make_every_report(qtbot: QtBot, host: ScriptedDialogHost, window: MainWindow,
                      contact_id: int, folder: Path) -> list[Path]:
    tab = window.show_page("reports")
    made = []
    for index in range(tab.kind.count()):
        tab.kind.setCurrentIndex(index)
        key = tab.kind.currentData()
        if key == "contact":
            tab.select_contact(contact_id)
        out = folder / f"{key}.pdf"
        host.file_answers.append(str(out))
        tab.make_report()
        qtbot.waitUntil(lambda o=out: tab.last_output == o, timeout=WAIT_MS)
        assert out.read_bytes().startswith(b"%PDF"), key
        made.append(out)
    return made


def import_by_dropping(qtbot: QtBot, host: ScriptedDialogHost, window: MainWindow,
                       card: Path) -> None:
    def run_wizard(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportWizard)
        dialog.next()
        qtbot.waitUntil(lambda: dialog.currentId() == MAPPING_PAGE and not dialog.busy(),
                        timeout=WAIT_MS)
        assert dialog.mapping_page.field_widget.fields[:2] == ["first_name", "last_name"]
        dialog.next()  # every field where the file has it
        qtbot.waitUntil(lambda: dialog.currentId() == PREVIEW_PAGE and not dialog.busy()
                        and dialog.preview_page.preview is not None, timeout=WAIT_MS)
        assert dialog.preview_page.sample_model.rowCount() == 1
        dialog.next()
        qtbot.waitUntil(lambda: dialog.currentId() == REPORT_PAGE and not dialog.busy(),
                        timeout=WAIT_MS)
        dialog.accept()
        return dialog.result()

    host.handlers.append(run_wizard)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(card))])
    # As a drag does: it enters the window (which takes it), then drops.
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: not host.handlers, timeout=WAIT_MS)


def edit_then_undo(qtbot: QtBot, host: ScriptedDialogHost, window: MainWindow, ws: Workspace,
                   contact_id: int) -> None:
    page = window.contacts_page()
    window.show_contact(contact_id)

    def change_company(dialog: QDialog) -> int:
        assert isinstance(dialog, ContactEditDialog)
        activate(qtbot, dialog)
        dialog.company_edit.setFocus()
        qtbot.keyClicks(dialog.company_edit, "Harvard Mark I")
        qtbot.keyClick(dialog.company_edit, Qt.Key.Key_S, CTRL)
        finish_operations(qtbot)
        return dialog.result()

    host.handlers.append(change_company)
    page.edit_current()
    assert contacts.get_contact(ws, contact_id, audit_view=False).company == "Harvard Mark I"
    page.table.setFocus()
    assert window.edit_menu.undo_action.text() == "&Undo contact edit"
    press(qtbot, window, Qt.Key.Key_Z)
    finish_operations(qtbot)
    assert contacts.get_contact(ws, contact_id, audit_view=False).company == ""


def work_the_desk(qtbot: QtBot, host: ScriptedDialogHost, controller: AppController,
                  port: int, server: RecordingHandler, folder: Path) -> int:
    """The day's work, signed in; returns Alan Turing's contact id."""
    window, ws = controller.main_window, controller.workspace
    create_by_keyboard(qtbot, host, window)
    qtbot.waitUntil(lambda: window.contacts_page().model.rowCount() == 3, timeout=WAIT_MS)
    hopper, turing = contact_named(ws, "Hopper"), contact_named(ws, "Turing")
    assert contacts.get_contact(ws, hopper, audit_view=False).emails[0].address == \
        "grace@example.org"

    log_and_correct_a_call(qtbot, host, window, ws, hopper)
    for contact_id in (hopper, turing):
        record_consent(qtbot, host, window, contact_id)
    assert consent.status_by_channel(ws, turing)["email"] == "granted"

    send_a_mailing(qtbot, window)
    assert sorted(server.recipients()) == ["alan@example.org", "grace@example.org"]
    assert {m.subject for m in server.received} == {"News for Grace", "News for Alan"}

    reports = make_every_report(qtbot, host, window, hopper, folder)
    assert {p.stem for p in reports} >= {"directory", "contact", "sales", "activity", "stats"}

    card = folder / "katherine.vcf"
    card.write_text(IMPORTED, "utf-8")
    import_by_dropping(qtbot, host, window, card)
    assert contact_named(ws, "Johnson")

    edit_then_undo(qtbot, host, window, ws, turing)
    return turing


def test_a_day_at_the_desk(qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace,
                           vault_dir: Path, tmp_path: Path,
                           controllers: list[AppController]) -> None:
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
        sign_in(qtbot, controller, "admin", PASSWORD)
        ws = controller.workspace
        work_the_desk(qtbot, host, controller, port, server, tmp_path)
        controller.main_window.sign_out_action.trigger()
        assert ws.locked and controller.sign_in_dialog.isVisible()
        assert controller.sign_in_dialog.username_edit.text() == "admin"  # not shared
        assert controller.sign_in_dialog.notice.text() == ""


NOTE = "Wants the spring catalogue"


def test_a_shared_desk_signs_out_mid_edit_and_keeps_the_draft(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        tmp_path: Path, controllers: list[AppController]) -> None:
    settings.put(admin_ws, "shared_computer", True)  # for the whole vault
    settings.put(admin_ws, "shared_timeout_minutes", 1)
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        # A long "minute" while the day's work goes on, as a busy person never idles.
        controller = make_controller(host, vault_dir, minute_ms=600_000, warning_ms=300,
                                     made=controllers)
        sign_in(qtbot, controller, "admin", PASSWORD)
        assert controller.guard.shared
        work_the_desk(qtbot, host, controller, port, server, tmp_path)
    window = controller.main_window
    # Then the person stops in the middle of an edit: a short minute, so it comes soon.
    controller.guard.minute_ms = 1_500
    controller.guard.apply_settings(controller.workspace)
    hopper = contact_named(controller.workspace, "Hopper")
    window.show_contact(hopper)

    def edit_until_signed_out(dialog: QDialog) -> int:
        assert isinstance(dialog, ContactEditDialog)
        QTimer.singleShot(50, lambda: qtbot.keyClicks(dialog.notes_edit, NOTE))
        QTimer.singleShot(20_000, dialog.reject)  # a safety net only
        return dialog.exec()  # the automatic sign-out closes it

    host.handlers.append(edit_until_signed_out)
    with qtbot.waitSignal(controller.lockedOut, timeout=WAIT_MS) as locked:
        window.contacts_page().edit_current()
    assert locked.args == ["idle"]
    dialog = controller.sign_in_dialog
    assert dialog.notice.text().endswith(DRAFTS_KEPT_NOTICE)
    assert dialog.username_edit.text() == ""  # a shared desk remembers nobody
    assert dialog.shared_check.isChecked() and not dialog.shared_check.isEnabled()
    assert contacts.get_contact(admin_ws, hopper, audit_view=False).notes == ""

    restored: list[str] = []

    def offer(box: QDialog) -> None:
        assert isinstance(box, QMessageBox) and box.windowTitle() == OFFER_TITLE
        button_named(box, "Restore").click()

    def save_draft(editor: QDialog) -> int:
        assert isinstance(editor, ContactEditDialog)
        restored.append(editor.notes_edit.toPlainText())
        activate(qtbot, editor)
        editor.notes_edit.setFocus()
        qtbot.keyClick(editor.notes_edit, Qt.Key.Key_S, CTRL)
        finish_operations(qtbot)
        return editor.result()

    host.handlers += [offer, save_draft]
    sign_in(qtbot, controller, "admin", PASSWORD)
    qtbot.waitUntil(lambda: not host.handlers, timeout=WAIT_MS)
    assert restored == [NOTE]
    assert contacts.get_contact(admin_ws, hopper, audit_view=False).notes == NOTE
    controller.main_window.sign_out_action.trigger()
