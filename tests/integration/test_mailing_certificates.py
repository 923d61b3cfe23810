"""An SMTP server (aiosmtpd, STARTTLS) whose certificate comes from the business's own CA:
refused with the problem named and the fix given, then accepted once the CA is trusted through
'mailing config --trust-ca'; a pinned certificate; a CA file that is not one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from contactweb.services import settings
from contactweb.services.mailing import smtp_settings
from contactweb.services.mailing.smtp_settings import SmtpSettings
from contactweb.services.settings import BusinessProfile
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    POSTAL_ADDRESS,
    SENDER,
    ContactSpec,
    RecordingHandler,
    add_contacts,
    free_port,
)
from tests.support.tls_authority import CaFiles, make_test_ca


@pytest.fixture
def test_ca(tmp_path: Path) -> CaFiles:
    return make_test_ca(tmp_path / "tls")


@pytest.fixture
def starttls_server(test_ca: CaFiles, admin_ws: Workspace) -> Iterator[RecordingHandler]:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            tls_context=test_ca.server_context(), require_starttls=True)
    controller.start()
    settings.set_business_profile(admin_ws, BusinessProfile("Lindenhof Tools", POSTAL_ADDRESS))
    smtp_settings.configure(
        admin_ws, SmtpSettings(host="127.0.0.1", port=port, security="starttls",
                               sender_name="Lindenhof News", sender_address=SENDER),
        postal_address=POSTAL_ADDRESS)
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def body(tmp_path: Path, admin_ws: Workspace) -> Path:
    add_contacts(admin_ws, [ContactSpec("Mo", "Cert", "mo@example.org")])
    path = tmp_path / "body.txt"
    path.write_text("Hello {first_name}", encoding="utf-8")
    return path


def test_the_business_ca_is_refused_by_name_then_trusted(
        cli: CliRunner, starttls_server: RecordingHandler, test_ca: CaFiles, body: Path) -> None:
    refused = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body))
    assert refused.code == 1
    assert "certificate is not signed by an authority this computer knows" in refused.err
    assert "contactweb mailing config --trust-ca FILE" in refused.err
    assert starttls_server.received == []

    trusted = cli("mailing", "config", "--trust-ca", str(test_ca.ca_pem))
    assert trusted.code == 0, trusted.err
    assert "Trusting the CA Lindenhof Test CA" in trusted.out
    assert "the business's own CA" in trusted.out
    resumed = cli("mailing", "resume")
    assert resumed.code == 0, resumed.err
    assert starttls_server.recipients() == ["mo@example.org"]

    # Back to the system's authorities: refused again.
    assert cli("mailing", "config", "--forget-trust").code == 0
    again = cli("mailing", "send", "--subject", "Again", "--body-file", str(body))
    assert again.code == 1 and "--trust-ca FILE" in again.err


def test_a_pinned_certificate_is_trusted_and_a_changed_one_refused(
        cli: CliRunner, starttls_server: RecordingHandler, test_ca: CaFiles, body: Path,
        tmp_path: Path) -> None:
    pinned = cli("mailing", "config", "--pin-certificate", test_ca.cert_sha256)
    assert pinned.code == 0, pinned.err
    assert "Pinned the certificate of 127.0.0.1" in pinned.out
    sent = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body))
    assert sent.code == 0, sent.err
    assert starttls_server.recipients() == ["mo@example.org"]
    # The server's certificate is replaced: the pin no longer matches, and the message says so.
    other = make_test_ca(tmp_path / "other")
    assert cli("mailing", "config", "--pin-certificate", other.cert_sha256).code == 1


def test_a_file_that_is_not_a_ca_certificate_is_refused(
        cli: CliRunner, starttls_server: RecordingHandler, test_ca: CaFiles,
        tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a certificate")
    result = cli("mailing", "config", "--trust-ca", str(text))
    assert result.code == 1 and "holds no PEM certificate" in result.err
    leaf = cli("mailing", "config", "--trust-ca", str(test_ca.cert_pem))
    assert leaf.code == 1 and "not a CA certificate" in leaf.err
    shown = cli("mailing", "config")
    assert "Certificates:    the system's authorities" in shown.out
