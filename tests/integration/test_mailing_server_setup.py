"""The sending side set up wrong or right: a server that is down (the mailing waits and goes
later), a sign-in with the password kept in the keyring, a wrong password, and STARTTLS asked
of a server that does not offer it."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import select

from contactweb.models import OutboxMessage
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    ContactSpec,
    RecordingHandler,
    add_contacts,
    configure,
    free_port,
    smtp_server,
)
from tests.support.memory_keyring import RecordingKeyring

USER, SECRET = "news@lindenhof.example", "smtp-secret-42"


@pytest.fixture
def body(tmp_path: Path, admin_ws: Workspace) -> Path:
    add_contacts(admin_ws, [ContactSpec("Mo", "Mail", "mo@example.org"),
                            ContactSpec("Ny", "Mail", "ny@example.org")])
    path = tmp_path / "body.txt"
    path.write_text("Hello {first_name}", encoding="utf-8")
    return path


def _statuses(ws: Workspace) -> list[str]:
    with ws.session() as session:
        return sorted(session.execute(select(OutboxMessage.status)).scalars())


def test_a_server_that_is_down_leaves_the_mailing_waiting(admin_ws: Workspace, cli: CliRunner,
                                                          body: Path) -> None:
    port = free_port()
    configure(admin_ws, port)  # nothing listens there yet
    result = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body))
    assert result.code == 1
    assert "Cannot reach the SMTP server 127.0.0.1" in result.err
    assert "2 messages are still waiting" in result.err
    assert _statuses(admin_ws) == ["queued", "queued"]
    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        assert cli("mailing", "resume").code == 0
    finally:
        controller.stop()
    assert sorted(handler.recipients()) == ["mo@example.org", "ny@example.org"]
    assert _statuses(admin_ws) == ["sent", "sent"]


def _authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:  # noqa: ANN001
    ok = isinstance(auth_data, LoginPassword) and \
        (auth_data.login, auth_data.password) == (USER.encode(), SECRET.encode())
    return AuthResult(success=ok, handled=False)  # the server answers 535 itself


def test_sign_in_with_the_password_from_the_keyring(admin_ws: Workspace, cli: CliRunner,
                                                    body: Path,
                                                    memory_keyring: RecordingKeyring) -> None:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            authenticator=_authenticator, auth_require_tls=False)
    controller.start()
    try:
        config = ("mailing", "config", "--host", "127.0.0.1", "--port", str(port), "--plain",
                  "--username", USER, "--from", USER, "--postal-address", "1 Mill Lane",
                  "--business-name", "Mill Lane Shop")
        assert cli(*config, stdin=f"{PASSWORD}\nwrong-password\n").code == 0
        refused = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body))
        assert refused.code == 1 and "refused the user name or password" in refused.err
        assert cli(*config, stdin=f"{PASSWORD}\n{SECRET}\n").code == 0
        assert any(SECRET == v for v in memory_keyring.store.values())
        assert cli("mailing", "resume").code == 0
    finally:
        controller.stop()
    assert sorted(handler.recipients()) == ["mo@example.org", "ny@example.org"]


def test_starttls_that_the_server_does_not_offer_is_a_clear_error(
        admin_ws: Workspace, cli: CliRunner, body: Path) -> None:
    with smtp_server() as (server, port):
        assert cli("mailing", "config", "--host", "127.0.0.1", "--port", str(port),
                   "--starttls", "--from", USER, "--postal-address", "1 Mill Lane",
                   "--business-name", "Mill Lane Shop").code == 0
        result = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body))
    assert result.code == 1 and "does not offer STARTTLS" in result.err
    assert server.received == [] and _statuses(admin_ws) == ["queued", "queued"]
