"""The mailing wizard driven as a person would, against a real SMTP server: recipients with
the left-out list, compose with live preview, the checklist, send with progress and Cancel,
and the report; then resume from the Mailings page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from contactweb.services.mailing import smtp_settings
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailing_settings_dialog import MailingSettingsDialog
from contactweb.ui.mailing.mailing_wizard import COMPOSE_PAGE, REPORT_PAGE, MailingWizard
from contactweb.ui.mailing.mailings_tab import MailingsTab
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import (
    ContactSpec,
    RecordingHandler,
    add_contacts,
    configure,
    smtp_server,
)
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations, type_into

WAIT_MS = 30_000
ELIGIBLE = ["ann@example.org", "ben@example.org", "cat@example.org"]


@pytest.fixture
def people(admin_ws: Workspace) -> list[int]:
    return add_contacts(admin_ws, [
        ContactSpec("Ann", "Archer", ELIGIBLE[0]), ContactSpec("Ben", "Baker", ELIGIBLE[1]),
        ContactSpec("Cat", "Cooper", ELIGIBLE[2]),
        ContactSpec("Dan", "Dropped", "dan@example.org", consent_email="opted_out"),
        ContactSpec("Eve", "Unasked", "eve@example.org", consent_email="unknown")])


@pytest.fixture
def server(admin_ws: Workspace) -> Iterator[RecordingHandler]:
    with smtp_server() as (handler, port):
        configure(admin_ws, port)
        yield handler


@pytest.fixture
def tab(admin_ws: Workspace, bridge: WorkspaceBridge, qtbot: QtBot, qtmodeltester
        ) -> MailingsTab:  # noqa: ANN001
    page = MailingsTab(admin_ws, bridge)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.mailings_model)
    return page


def next_button(wizard: MailingWizard):  # noqa: ANN201
    return wizard.button(QWizard.WizardButton.NextButton)


def open_wizard(qtbot: QtBot, tab: MailingsTab) -> MailingWizard:
    click(qtbot, tab.new_button)
    wizard = tab.wizard
    qtbot.waitUntil(lambda: wizard.eligibility is not None and not wizard.busy(),
                    timeout=WAIT_MS)
    return wizard


def compose(qtbot: QtBot, wizard: MailingWizard, subject: str, body: str) -> None:
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == COMPOSE_PAGE
    page = wizard.compose_page
    type_into(qtbot, page.subject, subject)
    page.body.setPlainText(body)
    page.update_preview()


def test_a_mailing_from_start_to_report(qtbot: QtBot, tab: MailingsTab, people: list[int],
                                        server: RecordingHandler, qtmodeltester) -> None:  # noqa: ANN001
    wizard = open_wizard(qtbot, tab)
    recipients = wizard.recipients_page
    assert recipients.summary.text().startswith("3 contacts will receive this mailing. 2 ")
    qtmodeltester.check(recipients.excluded_model)
    assert {(e.name, e.reason) for e in recipients.excluded_model.records()} == {
        ("Dan Dropped", "opted out of email"), ("Eve Unasked", "no express consent for email")}

    compose(qtbot, wizard, "Spring news for {firstname}", "Dear {first_name},\nspring is here.")
    page = wizard.compose_page
    assert "Unknown merge field {firstname}" in page.error.text()
    assert not next_button(wizard).isEnabled()
    type_into(qtbot, page.subject, "Spring news for {first_name}")
    page.update_preview()
    preview = page.preview.toPlainText()
    assert "Subject: Spring news for Ann" in preview and "Dear Ann," in preview
    assert "unsubscribe" in preview and "12 Mill Lane" in preview
    page.preview_for.setCurrentIndex(1)
    page.update_preview()
    assert "Dear Ben," in page.preview.toPlainText()

    click(qtbot, next_button(wizard))
    checklist = wizard.checklist_page
    assert checklist.all_ticked(), checklist.checks
    send = wizard.button(QWizard.WizardButton.CommitButton)
    assert send.text() == "Send 3 messages"
    click(qtbot, send)
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT_PAGE, timeout=WAIT_MS)
    report = wizard.report_page
    assert report.summary.text().startswith(f"Mailing {wizard.queued.mailing_id}: sent 3 of 3.")
    assert len(report.left_out_model.records()) == 2
    qtmodeltester.check(report.left_out_model)
    assert sorted(server.recipients()) == ELIGIBLE
    assert {item.subject for item in server.received} == {
        "Spring news for Ann", "Spring news for Ben", "Spring news for Cat"}

    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: tab.mailings_model.rowCount() == 1, timeout=WAIT_MS)
    mailing = tab.mailings_model.record(0)
    assert (mailing.status, mailing.counts) == ("done", {"sent": 3, "excluded": 2})
    qtmodeltester.check(tab.outbox_model)
    assert sorted(e.status for e in tab.outbox_model.records()) == ["excluded", "excluded",
                                                                     "sent", "sent", "sent"]


def test_cancel_stops_after_the_message_in_hand_and_resume_sends_the_rest(
        qtbot: QtBot, tab: MailingsTab, people: list[int], server: RecordingHandler,
        admin_ws: Workspace) -> None:
    smtp_settings.set_throttle(admin_ws, 20)  # one message every 3 seconds
    wizard = open_wizard(qtbot, tab)
    compose(qtbot, wizard, "Slow news", "Hello {first_name}")
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: len(server.received) == 1, timeout=WAIT_MS)
    click(qtbot, wizard.send_page.cancel_button)
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT_PAGE, timeout=WAIT_MS)
    assert wizard.report.cancelled and wizard.report.remaining == 2
    assert "2 messages wait in the outbox" in wizard.report_page.summary.text()
    assert len(server.received) == 1
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    smtp_settings.set_throttle(admin_ws, 0)
    click(qtbot, tab.resume_button)
    qtbot.waitUntil(lambda: tab.worker is None and tab.resume_button.isEnabled(),
                    timeout=WAIT_MS)
    assert tab.status.text().startswith("Sent 2, failed 0")
    assert sorted(server.recipients()) == ELIGIBLE


def test_checklist_waits_for_the_settings(qtbot: QtBot, admin_ws: Workspace,
                                          bridge: WorkspaceBridge, host: ScriptedDialogHost,
                                          people: list[int]) -> None:
    tab = MailingsTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    assert "No SMTP server" in tab.status.text()
    with smtp_server() as (server, port):
        wizard = open_wizard(qtbot, tab)
        compose(qtbot, wizard, "Hi", "Hello")
        click(qtbot, next_button(wizard))
        checklist = wizard.checklist_page
        assert not checklist.all_ticked()
        assert not checklist.checks["Postal address"][0] and not checklist.checks["Sender"][0]
        assert not checklist.checks["Business name"][0]  # "My Business", never set
        assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

        def fill_in(dialog: MailingSettingsDialog) -> None:
            dialog.host.setText("127.0.0.1")
            dialog.security.setCurrentIndex(dialog.security.findData("plain"))
            dialog.port.setValue(port)
            dialog.sender_address.setText("news@lindenhof.example")
            dialog.postal_address.setPlainText("Lindenhof Tools\n12 Mill Lane")
            dialog.business_name.setText("Lindenhof Tools")
            dialog.save()
            finish_operations(qtbot)
            assert dialog.result() == QDialog.DialogCode.Accepted

        host.handlers.append(fill_in)
        click(qtbot, checklist.settings_button)
        assert checklist.all_ticked(), checklist.checks
        assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
        wizard.reject()
    assert server.received == []  # nothing went out without a Send


def test_staff_cannot_start_a_mailing(qtbot: QtBot, user_ws, bridge: WorkspaceBridge) -> None:  # noqa: ANN001
    tab = MailingsTab(user_ws("staff"), bridge)
    qtbot.addWidget(tab)
    assert not tab.new_button.isEnabled() and not tab.letters_button.isEnabled()
    assert tab.replies_button.isEnabled()  # staff may record opt-outs
    assert "managers and administrators" in tab.status.text()


def test_locking_closes_the_wizard_and_clears_the_page(qtbot: QtBot, tab: MailingsTab,
                                                       people: list[int],
                                                       server: RecordingHandler) -> None:
    wizard = open_wizard(qtbot, tab)
    assert wizard.recipients_page.excluded_model.rowCount() == 2
    tab.clear()
    assert not wizard.isVisible() and tab.wizard is None
    assert wizard.recipients_page.excluded_model.rowCount() == 0
    assert tab.mailings_model.rowCount() == 0 and tab.outbox_model.rowCount() == 0


def test_a_recipient_erased_after_the_check_gets_nothing_and_leaves_no_trace(
        qtbot: QtBot, tab: MailingsTab, people: list[int], server: RecordingHandler,
        admin_ws: Workspace) -> None:
    """The recipients are checked (their names read later, for what the pages show), then
    someone erases one of them before Send: no message goes to them, and the mailing keeps
    nothing about them (the erasure leaves no outbox row, no name, no address)."""
    from contactweb.services.privacy.erasure import erase_contact

    wizard = open_wizard(qtbot, tab)
    assert wizard.recipients_page.summary.text().startswith("3 contacts will receive")
    ben = people[1]
    erase_contact(admin_ws, ben)

    compose(qtbot, wizard, "News", "Dear {first_name},")
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT_PAGE, timeout=WAIT_MS)
    assert sorted(server.recipients()) == [ELIGIBLE[0], ELIGIBLE[2]]
    assert not any("Ben" in item.data.decode(errors="replace") for item in server.received)
    assert wizard.report_page.summary.text().startswith(
        f"Mailing {wizard.queued.mailing_id}: sent 2 of 2.")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: tab.mailings_model.rowCount() == 1, timeout=WAIT_MS)
    rows = tab.outbox_model.records()
    assert sorted((e.name, e.status) for e in rows) == [
        ("Ann Archer", "sent"), ("Cat Cooper", "sent"), ("Dan Dropped", "excluded"),
        ("Eve Unasked", "excluded")]
    assert ben not in {e.contact_id for e in rows}
