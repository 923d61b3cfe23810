"""Mailing settings: every setting a GUI user needs is in the dialog, and "Send a test to
myself" sends one real message (to an SMTP server on 127.0.0.1) with the settings as typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from contactweb.services import audit
from contactweb.services.mailing import smtp_settings
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailing_settings_dialog import MailingSettingsDialog
from contactweb.ui.mailing.mailings_tab import MailingsTab
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import smtp_server
from tests.ui.conftest import ScriptedDialogHost, click

WAIT_MS = 30_000


def test_send_a_test_to_myself_sends_a_real_message(qtbot: QtBot, admin_ws: Workspace) -> None:
    host = ScriptedDialogHost()
    dialog = MailingSettingsDialog(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(dialog)
    dialog.show()
    with smtp_server() as (handler, port):
        dialog.host.setText("127.0.0.1")
        dialog.security.setCurrentIndex(dialog.security.findData("plain"))
        dialog.port.setValue(port)
        dialog.sender_name.setText("Lindenhof News")
        dialog.sender_address.setText("news@lindenhof.example")
        host.text_answers.append("owner@lindenhof.example")
        click(qtbot, dialog.test_button)
        qtbot.waitUntil(lambda: dialog.test_worker is None, timeout=WAIT_MS)
        assert "Sent a test message to owner@lindenhof.example" in dialog.test_result.text()
        (received,) = handler.received
        assert received.rcpt_tos == ["owner@lindenhof.example"]
        assert received.mail_from == "news@lindenhof.example"
        assert received.subject == "ContactWeb test message"
        assert f"127.0.0.1:{port}" in received.text()
    # Nothing was saved by testing.
    assert smtp_settings.load(admin_ws).smtp.host == ""
    assert any(e.action == "mailing.test" for e in audit.list_events(admin_ws))


def test_a_server_that_cannot_be_reached_is_said_in_words(qtbot: QtBot,
                                                          admin_ws: Workspace) -> None:
    host = ScriptedDialogHost()
    dialog = MailingSettingsDialog(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(dialog)
    dialog.show()
    with smtp_server() as (_handler, port):
        pass  # the port is free again: nothing listens there
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("plain"))
    dialog.port.setValue(port)
    dialog.sender_address.setText("news@lindenhof.example")
    host.text_answers.append("owner@lindenhof.example")
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_worker is None, timeout=WAIT_MS)
    assert "The test message was not sent" in dialog.test_result.text()
    assert "Cannot reach the SMTP server" in dialog.test_result.text()


def test_mailings_page_names_no_command_line_option(qtbot: QtBot, admin_ws: Workspace) -> None:
    tab = MailingsTab(admin_ws, WorkspaceBridge(ScriptedDialogHost()))
    qtbot.addWidget(tab)
    tab.refresh()
    text = tab.status.text()
    assert "No SMTP server is set" in text and "Mailing settings" in text
    assert "--" not in text and "mailing config" not in text
