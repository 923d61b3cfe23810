"""Nothing is lost at an automatic sign-out: an open editor's unsaved changes are kept as an
encrypted draft and offered back to the same user at the next sign-in, and to nobody else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from contactweb.services import settings
from contactweb.services.accounts import drafts
from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import DRAFTS_KEPT_NOTICE, AppController
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.session.draft_keeper import OFFER_TITLE
from contactweb.ui.session.idle_monitor import IdleMonitor
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.shared_computer import HandClock, make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost, button_named, click, click_and_finish

NOTE = "Owes us a call about invoice 4471"


def walk_away(monitor: IdleMonitor, clock: HandClock) -> None:
    """Nobody touches anything from now on: the idle clock moves into the countdown and, once
    the countdown shows, past its end (the monitor's own timers then sign out)."""
    def past_the_end() -> None:
        monitor.warningStarted.disconnect(past_the_end)
        clock.now += monitor.milliseconds_left() / 1000 + 0.001

    monitor.warningStarted.connect(past_the_end)
    clock.now += (monitor.milliseconds_left() - 100) / 1000  # 100 ms left: in the countdown


def run_modally_then_type(qtbot: QtBot, controller: AppController, clock: HandClock,
                          typing: Callable[[ContactEditDialog], None]
                          ) -> Callable[[QDialog], int]:
    """A handler that runs the editor's real modal loop, types in it, then leaves it idle
    until the automatic sign-out closes it."""
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, ContactEditDialog)

        def type_then_walk_away() -> None:
            typing(dialog)
            walk_away(controller.guard.monitor, clock)

        QTimer.singleShot(0, type_then_walk_away)
        QTimer.singleShot(15_000, dialog.reject)  # a safety net only
        return dialog.exec()
    return handler


def idle_out(qtbot: QtBot, controller: AppController, start_editing: Callable[[], None]) -> None:
    with qtbot.waitSignal(controller.lockedOut, timeout=15_000) as locked:
        start_editing()  # returns once the sign-out has closed the editor
    assert locked.args == ["idle"]


def answer_offer(choice: str, seen: list[str]) -> Callable[[QDialog], None]:
    def handler(box: QDialog) -> None:
        assert isinstance(box, QMessageBox) and box.windowTitle() == OFFER_TITLE
        seen.append(box.text())
        button_named(box, choice).click()
    return handler


def vault_bytes(vault_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in vault_dir.glob("contactweb.db*"))


def test_an_edit_comes_back_for_the_same_user_only(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace,
        user_ws: Callable[[str], Workspace], vault_dir: Path,
        controllers: list[AppController]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Hedda",
                                                                last_name="Gabler"))
    user_ws("staff").lock()  # adds the user "staff"
    settings.put(admin_ws, "idle_timeout_minutes", 1)
    clock = HandClock()  # idle time passes only when the test says so, never by load
    controller = make_controller(host, vault_dir, minute_ms=800, warning_ms=300,
                                 made=controllers, clock=clock)
    sign_in(qtbot, controller, "admin", PASSWORD)
    page = controller.main_window.show_page("contacts")
    page.show_contact(contact_id)

    def type_changes(dialog: ContactEditDialog) -> None:
        qtbot.keyClicks(dialog.notes_edit, NOTE)
        qtbot.keyClicks(dialog.company_edit, "Ibsen & Co")

    host.handlers.append(run_modally_then_type(qtbot, controller, clock, type_changes))
    # Clicking Edit is input too: the idle time counts from there.
    idle_out(qtbot, controller, lambda: click(qtbot, page.detail.details_tab.edit_button))
    assert controller.sign_in_dialog.notice.text().endswith(DRAFTS_KEPT_NOTICE)
    # Kept inside the vault, which is encrypted: the note is nowhere in its files.
    assert NOTE.encode() not in vault_bytes(vault_dir)
    assert contacts.get_contact(admin_ws, contact_id, audit_view=False).notes == ""

    # Another user signs in: nothing is offered, and the services show nothing either.
    sign_in(qtbot, controller, "staff", ROLE_PASSWORDS["staff"])
    assert drafts.my_drafts(controller.workspace) == []
    assert not any(isinstance(d, QMessageBox) for d in host.handled)
    controller.main_window.sign_out_action.trigger()

    # The same user signs in: the draft is offered and restored into an editor.
    offers: list[str] = []
    restored: list[int] = []

    def check_and_save(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactEditDialog) and dialog.contact_id == contact_id
        assert dialog.notes_edit.toPlainText() == NOTE
        assert dialog.company_edit.text() == "Ibsen & Co"
        assert dialog.first_edit.text() == "Hedda" and dialog.has_unsaved_changes()
        click_and_finish(qtbot, dialog.save_button)
        restored.append(dialog.result())

    host.handlers += [answer_offer("Restore", offers), check_and_save]
    sign_in(qtbot, controller, "admin", PASSWORD)
    assert len(offers) == 1 and "a contact you were editing" in offers[0]
    assert restored == [QDialog.DialogCode.Accepted]
    saved = contacts.get_contact(admin_ws, contact_id, audit_view=False)
    assert (saved.notes, saved.company) == (NOTE, "Ibsen & Co")
    assert drafts.my_drafts(controller.workspace) == []  # offered once, then it is gone
    controller.shutdown()


def test_an_unsaved_new_contact_can_wait_or_be_discarded(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    settings.put(admin_ws, "idle_timeout_minutes", 1)
    clock = HandClock()  # idle time passes only when the test says so, never by load
    controller = make_controller(host, vault_dir, minute_ms=800, warning_ms=300,
                                 made=controllers, clock=clock)
    sign_in(qtbot, controller, "admin", PASSWORD)
    page = controller.main_window.show_page("contacts")

    def type_new(dialog: ContactEditDialog) -> None:
        qtbot.keyClicks(dialog.first_edit, "Solveig")
        qtbot.keyClicks(dialog.notes_edit, NOTE)

    host.handlers.append(run_modally_then_type(qtbot, controller, clock, type_new))
    idle_out(qtbot, controller, lambda: click(qtbot, page.new_button))
    assert contact_queries.count_contacts(admin_ws) == 0  # kept as a draft, not saved

    offers: list[str] = []
    host.handlers.append(answer_offer("Later", offers))
    sign_in(qtbot, controller, "admin", PASSWORD)
    assert len(offers) == 1 and "a new contact you had not saved yet" in offers[0]
    (kept,) = drafts.my_drafts(controller.workspace)
    assert kept.contact_id is None and kept.payload["first_name"] == "Solveig"
    assert kept.payload["notes"] == NOTE
    controller.main_window.sign_out_action.trigger()

    host.handlers.append(answer_offer("Discard", offers))
    sign_in(qtbot, controller, "admin", PASSWORD)
    assert len(offers) == 2
    assert drafts.my_drafts(controller.workspace) == []
    controller.shutdown()
