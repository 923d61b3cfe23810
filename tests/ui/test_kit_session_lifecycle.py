"""Locking, signing out and the automatic sign-out end a session the same way: with every
page open, the mailing wizard open at each of its pages or closed again, the import wizard at
each of its pages, and each dialog the menus and pages open, no exception reaches the crash
handler, no database connection stays open and no contact's text is left in any widget or
model."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from contactweb.services.accounts import users
from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.team import team_session
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.interchange.import_wizard import (
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    REPORT_PAGE,
)
from contactweb.ui.mailing.mailing_wizard import (
    CHECKLIST_PAGE,
    COMPOSE_PAGE,
    RECIPIENTS_PAGE,
    SEND_PAGE,
    MailingWizard,
)
from contactweb.ui.mailing.mailing_wizard import REPORT_PAGE as MAILING_REPORT_PAGE
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.mailing_server import (
    ContactSpec,
    add_contacts,
    configure,
    smtp_server,
)
from tests.support.postgres_server import needs_postgres
from tests.support.shared_computer import (
    ConnectionRecorder,
    leaked,
    make_controller,
    settle,
    sign_in,
)
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations

TOKENS = ["Philippa", "Thistlewood", "philippa@thistle.example"]
Crash = tuple[type[BaseException], BaseException, TracebackType | None]
# The shared-computer timeout runs out only when end_session says so: key derivations and
# page loads on a busy machine must not sign out before the dialog under test is open.
IDLE_ONLY_WHEN_ENDED = 60_000


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> list[Crash]:
    """What reaches the crash handler (the app installs its dialog on sys.excepthook)."""
    seen: list[Crash] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: seen.append(exc))
    return seen


def end_session(qtbot: QtBot, controller: AppController, reason: str) -> None:
    if reason == "idle":  # the automatic sign-out: nobody touches anything from now on
        controller.guard.minute_ms = 1  # the shared-computer timeout runs out at once
        controller.guard.apply_settings(controller.workspace)
        with qtbot.waitSignal(controller.lockedOut, timeout=15_000):
            pass
    else:
        controller.lock(reason)


def open_everything(qtbot: QtBot, controller: AppController) -> None:
    window = controller.main_window
    for key in window.page_keys():
        window.show_page(key)
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def walk_mailing_wizard(qtbot: QtBot, wizard: MailingWizard, to: int) -> None:
    """Next, page by page, up to ``to`` (at the send page the messages are going out)."""
    steps = {COMPOSE_PAGE: QWizard.WizardButton.NextButton,
             CHECKLIST_PAGE: QWizard.WizardButton.NextButton,
             SEND_PAGE: QWizard.WizardButton.CommitButton}
    for page_id in (COMPOSE_PAGE, CHECKLIST_PAGE, SEND_PAGE):
        if page_id > to:
            return
        if page_id == CHECKLIST_PAGE:
            compose = wizard.compose_page
            compose.subject.setText("News for {first_name}")
            compose.body.setPlainText("Dear {first_name},\nnews.")
            compose.update_preview()
        click(qtbot, wizard.button(steps[page_id]))
        assert wizard.currentId() == page_id
    if to == MAILING_REPORT_PAGE:
        qtbot.waitUntil(lambda: wizard.currentId() == MAILING_REPORT_PAGE, timeout=10_000)


@pytest.mark.parametrize("reason", ["lock", "signout", "idle"])
@pytest.mark.parametrize("wizard_at", [None, RECIPIENTS_PAGE, COMPOSE_PAGE, CHECKLIST_PAGE,
                                       SEND_PAGE, MAILING_REPORT_PAGE])
def test_ending_a_session_with_everything_open(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        monkeypatch: pytest.MonkeyPatch, controllers: list[AppController],
        crashes: list[Crash], reason: str, wizard_at: int | None) -> None:
    with smtp_server() as (_handler, port):
        configure(admin_ws, port)
        add_contacts(admin_ws, [ContactSpec("Philippa", "Thistlewood",
                                            "philippa@thistle.example")])
        admin_ws.engine.dispose()
        recorder = ConnectionRecorder(monkeypatch)
        controller = make_controller(host, vault_dir, made=controllers,
                                     minute_ms=IDLE_ONLY_WHEN_ENDED)
        sign_in(qtbot, controller, "admin", PASSWORD, shared=reason == "idle")
        open_everything(qtbot, controller)
        mailings = controller.main_window.show_page("mailings")
        click(qtbot, mailings.new_button)
        wizard = mailings.wizard
        qtbot.waitUntil(lambda: wizard.eligibility is not None and not wizard.busy(),
                        timeout=10_000)
        if wizard_at is None:
            wizard.reject()  # opened and closed again: the reported sign-out crash
        else:
            walk_mailing_wizard(qtbot, wizard, wizard_at)
        if wizard_at != SEND_PAGE:  # there, the session ends while messages go out
            settle()
            assert leaked(TOKENS) == TOKENS  # the walk sees them while signed in

        end_session(qtbot, controller, reason)
        settle()

    assert crashes == []
    assert recorder.still_open() == 0
    assert leaked(TOKENS) == []
    assert controller.workspace is None and controller.sign_in_dialog is not None


def _contact_tab(window: MainWindow, name: str):  # noqa: ANN202
    """One tab of the Contacts page's detail pane, chosen as a click would (tabs load when
    shown)."""
    page = window.show_page("contacts")
    page.show_contact(page.model.contact_id(0))
    tab = getattr(page.detail, name)
    page.detail.tabs.setCurrentWidget(tab)
    return tab


# How each dialog is opened from the menus and pages, as a click would.
OPENERS: dict[str, Callable[[MainWindow], object]] = {
    "new contact": lambda w: w.new_contact_action.trigger(),
    "contact editor": lambda w: _contact_tab(w, "details_tab").edit_button.click(),
    "log entry": lambda w: _contact_tab(w, "timeline_tab").log("call"),
    "one-to-one email": lambda w: _contact_tab(w, "timeline_tab").send_email(),
    "sale": lambda w: _contact_tab(w, "sales_tab").add_sale(),
    "consent": lambda w: _contact_tab(w, "consent_tab").record_consent("email"),
    "erase": lambda w: _contact_tab(w, "details_tab").privacy.erase(),
    "export": lambda w: w.export_action.trigger(),
    "duplicates": lambda w: w.duplicates_action.trigger(),
    "change password": lambda w: w.change_password_action.trigger(),
    "letters": lambda w: w.show_page("mailings").make_post("letters"),
    "labels": lambda w: w.show_page("mailings").make_post("labels"),
    "mailing settings": lambda w: w.show_page("mailings").open_settings(),
    "imap replies": lambda w: w.show_page("mailings").process_imap_replies(),
}


def _signed_in_with_philippa(qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace,
                             vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                             controllers: list[AppController], reason: str
                             ) -> tuple[AppController, ConnectionRecorder]:
    add_contacts(admin_ws, [ContactSpec("Philippa", "Thistlewood",
                                        "philippa@thistle.example")])
    admin_ws.engine.dispose()
    recorder = ConnectionRecorder(monkeypatch)
    controller = make_controller(host, vault_dir, made=controllers,
                                 minute_ms=IDLE_ONLY_WHEN_ENDED)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=reason == "idle")
    open_everything(qtbot, controller)
    return controller, recorder


@pytest.mark.parametrize("reason", ["lock", "signout", "idle"])
@pytest.mark.parametrize("opened", list(OPENERS))
def test_ending_a_session_while_a_dialog_is_open(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        monkeypatch: pytest.MonkeyPatch, controllers: list[AppController],
        crashes: list[Crash], reason: str, opened: str) -> None:
    controller, recorder = _signed_in_with_philippa(qtbot, host, admin_ws, vault_dir,
                                                    monkeypatch, controllers, reason)
    seen: list[str] = []

    def end_meanwhile(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        end_session(qtbot, controller, reason)  # while the dialog is open
        return QDialog.DialogCode.Rejected

    host.handlers.append(end_meanwhile)
    OPENERS[opened](controller.main_window)
    settle()
    assert len(seen) == 1, f"{opened} opened no dialog"
    assert crashes == []
    assert recorder.still_open() == 0
    assert leaked(TOKENS) == []
    assert controller.workspace is None


@pytest.mark.parametrize("reason", ["lock", "signout", "idle"])
@pytest.mark.parametrize("page_id", [FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE])
def test_ending_a_session_with_the_import_wizard_at_each_page(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        monkeypatch: pytest.MonkeyPatch, controllers: list[AppController],
        crashes: list[Crash], reason: str, page_id: int, tmp_path: Path) -> None:
    controller, recorder = _signed_in_with_philippa(qtbot, host, admin_ws, vault_dir,
                                                    monkeypatch, controllers, reason)
    path = tmp_path / "clients.csv"  # columns named in French: the mapping page shows
    path.write_text("Nom de famille;Prénom;Courriel\n"
                    "Thistlewood;Philippa;philippa@thistle.example\n", encoding="utf-8")

    def walk_then_end(wizard: QDialog) -> int:
        assert isinstance(wizard, QWizard)
        wizard.file_page.path_edit.setText(str(path))  # type: ignore[attr-defined]
        for step in (MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE):
            if step > page_id:
                break
            click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
            qtbot.waitUntil(lambda s=step: wizard.currentId() == s and  # type: ignore[misc]
                            not wizard.busy(), timeout=10_000)  # type: ignore[attr-defined]
        assert wizard.currentId() == page_id
        end_session(qtbot, controller, reason)
        return QDialog.DialogCode.Rejected

    host.handlers.append(walk_then_end)
    controller.main_window.import_action.trigger()
    settle()
    assert host.handlers == []
    assert crashes == []
    assert recorder.still_open() == 0
    assert leaked(TOKENS) == []
    assert controller.workspace is None


@pytest.mark.parametrize("reason", ["lock", "signout"])
def test_ending_a_session_while_a_modal_editor_is_open(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        monkeypatch: pytest.MonkeyPatch, controllers: list[AppController],
        crashes: list[Crash], reason: str) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Philippa",
                                                   last_name="Thistlewood"))
    admin_ws.engine.dispose()
    recorder = ConnectionRecorder(monkeypatch)
    controller = make_controller(host, vault_dir, made=controllers,
                                 minute_ms=IDLE_ONLY_WHEN_ENDED)
    sign_in(qtbot, controller, "admin", PASSWORD)
    open_everything(qtbot, controller)

    def lock_meanwhile(dialog: QDialog) -> int:
        dialog.first_edit.setText("Philippa")  # type: ignore[attr-defined]
        controller.lock(reason)  # the idle lock fires while the editor is open
        return QDialog.DialogCode.Rejected

    host.handlers.append(lock_meanwhile)
    controller.main_window.new_contact_action.trigger()
    settle()
    assert crashes == []
    assert recorder.still_open() == 0
    assert leaked(TOKENS) == []


def _users_page(window: MainWindow):  # noqa: ANN202
    admin = window.show_page("administration")
    admin.tabs.setCurrentWidget(admin.users_widget)
    return admin.users_widget


def _add_then_reset(window: MainWindow, host: ScriptedDialogHost, qtbot: QtBot) -> None:
    """Add a user in the page's box, then reset their password: the temporary password is
    shown in a box."""
    page = _users_page(window)
    page.new_username.setText("bertram")
    page.new_password.setText("Bertram-first-pass-42")
    page.add_button.click()
    finish_operations(qtbot)  # the new user's key slot is made off the UI thread
    assert page.add_error_label.text() == "" and page.selected_username() == "bertram"
    host.answers.append(True)  # "Reset the password of bertram?"
    page.reset_button.click()
    finish_operations(qtbot)  # reset; then the box with the temporary password


def _disable_then_rekey(window: MainWindow, host: ScriptedDialogHost, qtbot: QtBot) -> None:
    """Disable a user and accept re-keying: the admin's own password is asked in a dialog."""
    page = _users_page(window)
    page.select_user("bertram")
    host.answers += [True, True]  # "Disable bertram?", "Re-key the vault now?"
    page.disable_button.click()
    finish_operations(qtbot)  # disabled; then the re-key question and its password dialog


USER_DIALOGS: dict[str, Callable[[MainWindow, ScriptedDialogHost, QtBot], None]] = {
    "add user, reset password": _add_then_reset,
    "disable user, re-key": _disable_then_rekey,
}


@pytest.mark.parametrize("reason", ["lock", "signout", "idle"])
@pytest.mark.parametrize("opened", list(USER_DIALOGS))
def test_ending_a_session_while_a_users_dialog_is_open(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        monkeypatch: pytest.MonkeyPatch, controllers: list[AppController],
        crashes: list[Crash], reason: str, opened: str) -> None:
    if opened.startswith("disable"):
        users.add_user(admin_ws, "bertram", "staff", "Bertram-first-pass-42",
                       must_change=False)
    controller, recorder = _signed_in_with_philippa(qtbot, host, admin_ws, vault_dir,
                                                    monkeypatch, controllers, reason)
    seen: list[str] = []

    def end_meanwhile(dialog: QDialog) -> int:
        seen.append(dialog.windowTitle())
        end_session(qtbot, controller, reason)  # while the dialog is open
        return QDialog.DialogCode.Rejected

    host.handlers.append(end_meanwhile)
    USER_DIALOGS[opened](controller.main_window, host, qtbot)
    settle()
    assert seen == [{"add user, reset password": "Temporary password",
                     "disable user, re-key": "Re-key the vault"}[opened]]
    assert host.answers == []
    assert [type(d).__name__ for d in host.open_dialogs()] == ["SignInDialog"]
    assert crashes == []
    assert recorder.still_open() == 0
    assert leaked(TOKENS) == []
    assert controller.workspace is None and controller.sign_in_dialog is not None


@pytest.mark.parametrize("reason", ["lock", "signout", "idle"])
def test_ending_a_session_while_a_backup_is_restored(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        monkeypatch: pytest.MonkeyPatch, controllers: list[AppController],
        crashes: list[Crash], reason: str, tmp_path: Path) -> None:
    remote = tmp_path / "usb-disk"
    remote.mkdir()
    add_contacts(admin_ws, [ContactSpec("Philippa", "Thistlewood",
                                        "philippa@thistle.example")])
    backup.configure_folder(admin_ws, remote)
    backup.backup_now(admin_ws)
    admin_ws.engine.dispose()
    recorder = ConnectionRecorder(monkeypatch)
    controller = make_controller(host, vault_dir, made=controllers,
                                 minute_ms=IDLE_ONLY_WHEN_ENDED)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=reason == "idle")
    open_everything(qtbot, controller)
    admin = controller.main_window.show_page("administration")
    admin.tabs.setCurrentWidget(admin.backup_widget)
    page = admin.backup_widget
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    host.file_answers.append(str(tmp_path / "restored"))
    click(qtbot, page.restore_button)  # the progress dialog shows while it runs
    assert [type(d).__name__ for d in host.open_dialogs()] == ["ProgressDialog"]
    end_session(qtbot, controller, reason)
    settle()
    assert [type(d).__name__ for d in host.open_dialogs()] == ["SignInDialog"]
    assert crashes == []
    assert recorder.still_open() == 0
    assert leaked(TOKENS) == []
    assert controller.workspace is None and controller.sign_in_dialog is not None


# The dialogs of Administration → Backups on a team vault, opened as a click would.
TEAM_BACKUP_OPENERS: dict[str, Callable[[MainWindow], object]] = {
    "backup passphrase": lambda w: _team_backups(w).passphrase_button.click(),
    "restore into a new database": lambda w: _team_backups(w).restore_button.click(),
}


def _team_backups(window: MainWindow):  # noqa: ANN202
    admin = window.show_page("administration")
    admin.tabs.setCurrentWidget(admin.backup_widget)
    return admin.backup_widget.team_widget


@needs_postgres
@pytest.mark.parametrize("reason", ["lock", "signout", "idle"])
@pytest.mark.parametrize("opened", list(TEAM_BACKUP_OPENERS))
def test_ending_a_team_session_while_a_team_backup_dialog_is_open(
        qtbot: QtBot, host: ScriptedDialogHost, team_vault: TeamVaultFixture,  # noqa: F811
        tmp_path: Path, controllers: list[AppController], crashes: list[Crash],
        reason: str, opened: str) -> None:
    ws = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    add_contacts(ws, [ContactSpec("Philippa", "Thistlewood", "philippa@thistle.example")])
    ws.lock()
    controller = make_controller(
        host, tmp_path / "no-vault", made=controllers, minute_ms=IDLE_ONLY_WHEN_ENDED,
        prefs=GuiPreferences(vault_path=str(tmp_path / "no-vault"),
                             team_profile=team_vault.profile.name))
    sign_in(qtbot, controller, "boss", team_vault.admin_password, shared=reason == "idle")
    open_everything(qtbot, controller)
    seen: list[str] = []

    def end_meanwhile(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        end_session(qtbot, controller, reason)  # while the dialog is open
        return QDialog.DialogCode.Rejected

    host.handlers.append(end_meanwhile)
    TEAM_BACKUP_OPENERS[opened](controller.main_window)
    settle()
    assert seen == [{"backup passphrase": "TeamBackupSecretsDialog",
                     "restore into a new database": "TeamRestoreDialog"}[opened]]
    assert [type(d).__name__ for d in host.open_dialogs()] == ["SignInDialog"]
    assert crashes == []
    assert leaked(TOKENS) == []
    assert controller.workspace is None and controller.sign_in_dialog is not None
