"""The Mailings page against a real SMTP server: a deferred message is sent by itself once its
time has come (no click), queued messages a person stopped still wait for Resume, the timer
stops at sign-out; and a keyring that is locked at send time makes the page ask for the SMTP
password (naming the server and the user) instead of showing an error, then send."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.models import utcnow
from contactweb.services import secrets
from contactweb.services.contacts import contacts
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, sender, smtp_settings
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.smtp_settings import SmtpSettings
from contactweb.ui.contacts.contact_details_tab import ContactDetailsTab
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailings_tab import MailingsTab
from contactweb.ui.mailing.smtp_password_dialog import SmtpPasswordDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.mailing_server import (
    POSTAL_ADDRESS,
    ContactSpec,
    RecordingHandler,
    add_contacts,
    configure,
    free_port,
    smtp_server,
)
from tests.support.memory_keyring import LockableKeyring
from tests.support.shared_computer import make_controller, shut_down_after, sign_in
from tests.ui.conftest import ScriptedDialogHost, click

WAIT_MS = 30_000
DRAFT = Draft("News", "Hello {first_name}")
USER, SECRET = "news@lindenhof.example", "smtp-secret-42"
controllers = pytest.fixture(shut_down_after)


def _tab(qtbot: QtBot, ws: Workspace, bridge: WorkspaceBridge) -> MailingsTab:
    tab = MailingsTab(ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _outbox(tab: MailingsTab, mailing_id: int) -> dict[str, tuple[str, str, str]]:
    """What the page shows per recipient (by address): status, next attempt, note."""
    row = next(i for i, m in enumerate(tab.mailings_model.records()) if m.id == mailing_id)
    tab.mailings_view.selectRow(row)
    model = tab.outbox_model
    return {model.index(r, 1).data().lower(): tuple(model.index(r, c).data() for c in (2, 4, 5))
            for r in range(model.rowCount())}


def test_a_deferred_message_goes_by_itself_when_its_time_comes(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, qtmodeltester) -> None:  # noqa: ANN001
    grey, stopped = add_contacts(admin_ws, [ContactSpec("Gil", "Grey", "grey@example.org"),
                                            ContactSpec("Sam", "Stopped", "sam@example.org")])
    handler = RecordingHandler(refuse={"grey@example.org"}, refuse_once=True, refuse_code=450)
    with smtp_server(handler) as (_, port):
        configure(admin_ws, port)
        deferred = outbox.queue_mailing(admin_ws, DRAFT, Selection(ids=(grey,))).mailing_id
        report = sender.deliver_outbox(admin_ws, [deferred])
        assert report.deferred == 1 and handler.received == []
        # A mailing a person stopped before it went: only Resume sends it.
        waiting = outbox.queue_mailing(admin_ws, DRAFT, Selection(ids=(stopped,))).mailing_id

        tab = _tab(qtbot, admin_ws, bridge)
        timer = tab.retry_timer
        assert timer.timer.isActive() and timer.due_at == report.next_attempt_at
        status, next_attempt, note = _outbox(tab, deferred)["grey@example.org"]
        assert status == "deferred" and "450" in note
        assert next_attempt == f"{report.next_attempt_at:%Y-%m-%d %H:%M} UTC"
        qtmodeltester.check(tab.outbox_model)

        # The sender's clock moves past the next attempt; nobody clicks anything.
        timer.clock = lambda: utcnow() + timedelta(minutes=2)
        timer.schedule()
        qtbot.waitUntil(lambda: handler.recipients() == ["grey@example.org"], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not timer.running, timeout=WAIT_MS)
        assert _outbox(tab, deferred)["grey@example.org"][0] == "sent"
        assert tab.status.text().startswith("Deferred messages tried again: Sent 1, failed 0")
        assert _outbox(tab, waiting)["sam@example.org"][0] == "queued"
        assert not timer.timer.isActive() and timer.due_at is None  # nothing deferred now
    assert handler.recipients() == ["grey@example.org"]


def test_sign_in_starts_the_retry_timer_and_sign_out_stops_it(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir,  # noqa: ANN001
        controllers) -> None:  # noqa: ANN001
    grey = add_contacts(admin_ws, [ContactSpec("Gil", "Grey", "grey@example.org")])[0]
    handler = RecordingHandler(refuse={"grey@example.org"}, refuse_once=True, refuse_code=450)
    with smtp_server(handler) as (_, port):
        configure(admin_ws, port)
        outbox.queue_mailing(admin_ws, DRAFT, Selection(ids=(grey,)))
        sender.deliver_outbox(admin_ws)
        admin_ws.lock()
        controller = make_controller(host, vault_dir, made=controllers)
        sign_in(qtbot, controller, "admin", PASSWORD)
        page = controller.main_window.created_pages()["mailings"]  # made at sign-in
        timer = page.retry_timer
        assert timer.timer.isActive() and timer.due_at is not None
        controller.lock("signout")
        assert not timer.timer.isActive() and timer.due_at is None
        timer.clock = lambda: utcnow() + timedelta(hours=1)
        assert timer.run_due() is False  # the vault is locked: nothing runs
        assert handler.received == []


@pytest.fixture
def lockable() -> Iterator[LockableKeyring]:
    previous = keyring.get_keyring()
    backend = LockableKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:  # noqa: ANN001
    ok = isinstance(auth_data, LoginPassword) and \
        (auth_data.login, auth_data.password) == (USER.encode(), SECRET.encode())
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def auth_server(admin_ws: Workspace) -> Iterator[RecordingHandler]:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            authenticator=_authenticator, auth_require_tls=False)
    controller.start()
    try:
        smtp_settings.configure(
            admin_ws, SmtpSettings(host="127.0.0.1", port=port, security="plain",
                                   username=USER, sender_address=USER),
            postal_address=POSTAL_ADDRESS, business_name="Lindenhof Tools", password=SECRET)
        yield handler
    finally:
        controller.stop()


def test_a_locked_keyring_asks_for_the_password_then_sends(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        lockable: LockableKeyring, auth_server: RecordingHandler) -> None:
    assert secrets.secret_location(admin_ws, smtp_settings.PASSWORD_SECRET) == "keyring"
    ann = add_contacts(admin_ws, [ContactSpec("Ann", "Archer", "ann@example.org")])[0]
    mailing = outbox.queue_mailing(admin_ws, DRAFT, Selection(ids=(ann,))).mailing_id
    lockable.locked = True
    tab = _tab(qtbot, admin_ws, bridge)
    asked: list[SmtpPasswordDialog] = []

    def give_password(dialog: SmtpPasswordDialog) -> int:
        asked.append(dialog)
        assert f"127.0.0.1:{smtp_settings.load(admin_ws).smtp.port}" in dialog.intro.text()
        assert USER in dialog.intro.text() and "locked" in dialog.intro.text()
        assert not dialog.remember.isHidden()
        assert "encrypted vault" in dialog.remember.text()
        dialog.password.setText(SECRET)
        dialog.remember.setChecked(True)
        dialog.buttons.accepted.emit()
        return QDialog.DialogCode.Accepted

    host.handlers.append(give_password)
    click(qtbot, tab.resume_button)
    qtbot.waitUntil(lambda: auth_server.recipients() == ["ann@example.org"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.worker is None, timeout=WAIT_MS)
    assert len(asked) == 1 and not host.messages  # asked, no error box
    assert _outbox(tab, mailing)["ann@example.org"][0] == "sent"
    # Remembered inside the vault (the keyring does not answer), with the reason.
    assert secrets.secret_location(admin_ws, smtp_settings.PASSWORD_SECRET) == "vault"
    assert "keyring did not accept it" in secrets.stored_reason(
        admin_ws, smtp_settings.PASSWORD_SECRET)
    assert smtp_settings.smtp_password(admin_ws) == SECRET


def test_a_password_not_given_sends_nothing(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        lockable: LockableKeyring, auth_server: RecordingHandler) -> None:
    ann = add_contacts(admin_ws, [ContactSpec("Ann", "Archer", "ann@example.org")])[0]
    outbox.queue_mailing(admin_ws, DRAFT, Selection(ids=(ann,)))
    lockable.locked = True
    tab = _tab(qtbot, admin_ws, bridge)
    host.handlers.append(lambda dialog: QDialog.DialogCode.Rejected)
    click(qtbot, tab.resume_button)
    qtbot.waitUntil(lambda: tab.worker is None and len(host.handled) == 1, timeout=WAIT_MS)
    assert "keyring" in tab.status.text() and "locked" in tab.status.text()
    assert auth_server.received == []
    assert secrets.secret_location(admin_ws, smtp_settings.PASSWORD_SECRET) == "keyring"


def test_each_recipient_shows_its_state_and_the_contact_its_undeliverable_mark(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, qtmodeltester) -> None:  # noqa: ANN001
    ann, gus, gil = add_contacts(admin_ws, [
        ContactSpec("Ann", "Ok", "ann@example.org"),
        ContactSpec("Gus", "Gone", "Gone@Example.org"),
        ContactSpec("Gil", "Grey", "grey@example.org")])
    handler = RecordingHandler(refuse={"gone@example.org"}, refuse_code=550)
    with smtp_server(handler) as (_, port):
        configure(admin_ws, port)
        mailing = outbox.queue_mailing(admin_ws, DRAFT, Selection(ids=(ann, gus))).mailing_id
        sender.deliver_outbox(admin_ws, [mailing])
        handler.refuse, handler.refuse_code = {"grey@example.org"}, 450
        later = outbox.queue_mailing(admin_ws, DRAFT, Selection(ids=(gil,))).mailing_id
        report = sender.deliver_outbox(admin_ws, [later])
    tab = _tab(qtbot, admin_ws, bridge)
    shown = _outbox(tab, mailing)
    qtmodeltester.check(tab.outbox_model)
    assert shown["ann@example.org"] == ("sent", "", "")
    status, next_attempt, note = shown["gone@example.org"]
    assert (status, next_attempt) == ("failed", "") and "550 5.1.1" in note
    assert _outbox(tab, later)["grey@example.org"][:2] == (
        "deferred", f"{report.next_attempt_at:%Y-%m-%d %H:%M} UTC")

    details = ContactDetailsTab(admin_ws, bridge)
    qtbot.addWidget(details)
    details.show_details(contacts.get_contact(admin_ws, gus))
    text = details.text.text()
    assert "@example.org</a><br><span" in text.lower()  # the line right under the address
    assert "undeliverable: 550 5.1.1" in text and "mailbox unavailable" in text
    details.show_details(contacts.get_contact(admin_ws, ann))
    assert "undeliverable" not in details.text.text()
