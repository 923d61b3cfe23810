"""The IMAP window lists the server's folders (a French name included) from a real Dovecot
after the business's CA is trusted in it; plain IMAP to another computer asks first; Mailing
settings pins the SMTP server's certificate after showing its fingerprint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services import server_trust
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailing_imap_dialog import MailingImapDialog
from contactweb.ui.mailing.mailing_settings_dialog import MailingSettingsDialog
from contactweb.vault.workspace import Workspace
from tests.support.dovecot_server import SECRET, USER, dovecot_server, needs_dovecot
from tests.support.mailing_server import RecordingHandler, free_port
from tests.support.tls_authority import CaFiles, make_test_ca
from tests.ui.conftest import ScriptedDialogHost, click

WAIT_MS = 30_000


@pytest.fixture
def test_ca(tmp_path: Path) -> CaFiles:
    return make_test_ca(tmp_path / "tls")


def _imap_dialog(qtbot: QtBot, ws: Workspace, host: ScriptedDialogHost) -> MailingImapDialog:
    dialog = MailingImapDialog(ws, WorkspaceBridge(host))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@needs_dovecot
def test_folders_are_listed_once_the_business_ca_is_trusted(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, test_ca: CaFiles) -> None:
    with dovecot_server(test_ca) as dovecot:
        dovecot.create_folder("Réponses clients")
        dialog = _imap_dialog(qtbot, admin_ws, host)
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(dovecot.imaps_port)
        dialog.username.setText(USER)
        dialog.password.setText(SECRET)
        click(qtbot, dialog.list_button)
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
        assert "not signed by an authority this computer knows" in dialog.error.text()

        host.file_answers.append([str(test_ca.ca_pem)])
        host.answers.append(True)
        click(qtbot, dialog.trust.trust_ca_button)
        assert "business's own CA" in dialog.trust.state.text()
        click(qtbot, dialog.list_button)
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
    folders = [dialog.folder.itemText(i) for i in range(dialog.folder.count())]
    assert folders == ["INBOX", "Réponses clients"]
    dialog.folder.setCurrentIndex(1)
    assert dialog.source().folder == "Réponses clients"
    assert dialog.source().trust == server_trust.load(admin_ws, "imap")


def test_plain_imap_to_another_computer_asks_first(qtbot: QtBot, admin_ws: Workspace,
                                                   host: ScriptedDialogHost) -> None:
    dialog = _imap_dialog(qtbot, admin_ws, host)
    dialog.host.setText("192.0.2.10")
    dialog.security.setCurrentIndex(dialog.security.findData("plain"))
    host.answers.append(False)
    dialog.accept_if_confirmed()
    assert host.messages[-1][0] == "Unencrypted IMAP?"
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.allow_plain
    host.answers.append(True)
    dialog.accept_if_confirmed()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.source().allow_plain


@pytest.fixture
def starttls_port(test_ca: CaFiles) -> Iterator[int]:
    port = free_port()
    controller = Controller(RecordingHandler(), hostname="127.0.0.1", port=port,
                            tls_context=test_ca.server_context(), require_starttls=True)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def test_mailing_settings_pin_the_certificate_after_showing_it(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        test_ca: CaFiles, starttls_port: int) -> None:
    dialog = MailingSettingsDialog(admin_ws, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    dialog.port.setValue(starttls_port)
    host.answers.append(True)
    click(qtbot, dialog.trust.pin_button)
    qtbot.waitUntil(lambda: dialog.trust.worker is None and bool(host.messages),
                    timeout=WAIT_MS)
    title, text = host.messages[-1]
    assert title == "Pin this certificate?" and "mail.lindenhof.internal" in text
    assert server_trust.load(admin_ws, "smtp").pin_sha256 == test_ca.cert_sha256
    assert "pinned certificate" in dialog.trust.state.text()
