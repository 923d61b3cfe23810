"""Keyring states: a locked or missing keyring is named (never an empty password sent to the
server), shared-computer mode moves earlier secrets into the vault and says so, and a secret
kept in the vault says why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from contactweb.services import secrets, setting_rules
from contactweb.services.mailing import smtp_settings
from contactweb.services.mailing.one_to_one import send_one_to_one
from contactweb.services.mailing.smtp_settings import SmtpSettings
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import POSTAL_ADDRESS, add_contact, smtp_server
from tests.support.memory_keyring import LockableKeyring

SMTP_SECRET = "smtp-secret-42"


@pytest.fixture
def lockable() -> Iterator[LockableKeyring]:
    previous = keyring.get_keyring()
    backend = LockableKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _configure(ws: Workspace, port: int = 2525) -> None:
    smtp_settings.configure(
        ws, SmtpSettings(host="127.0.0.1", port=port, security="plain", username="news",
                         sender_name="News", sender_address="news@example.com"),
        postal_address=POSTAL_ADDRESS, business_name="Example Ltd", password=SMTP_SECRET)


def test_locked_keyring_is_named_and_nothing_is_sent(admin_ws: Workspace,
                                                     lockable: LockableKeyring) -> None:
    contact = add_contact(admin_ws, "Ola", "Direct", "ola@example.org")
    with smtp_server() as (server, port):
        _configure(admin_ws, port)
        assert secrets.secret_location(admin_ws, smtp_settings.PASSWORD_SECRET) == "keyring"
        lockable.locked = True
        with pytest.raises(secrets.SecretUnavailable) as refused:
            send_one_to_one(admin_ws, contact, "Your order", "It ships on Monday.")
        assert server.received == []
    message = str(refused.value)
    assert "SMTP password is kept in this computer's keyring" in message
    assert "locked" in message and "--smtp-password-stdin" in message and "535" not in message


@pytest.mark.parametrize("state", ["gone", "entry deleted"])
def test_missing_keyring_or_entry_is_named(admin_ws: Workspace, lockable: LockableKeyring,
                                           state: str) -> None:
    _configure(admin_ws)
    if state == "gone":
        keyring.set_keyring(fail.Keyring())
        why = "no keyring answers"
    else:
        lockable.store.clear()
        why = "no longer holds it"
    with pytest.raises(secrets.SecretUnavailable, match=why):
        smtp_settings.smtp_password(admin_ws)


def test_cli_says_the_keyring_is_locked(admin_ws: Workspace, cli: CliRunner,
                                        lockable: LockableKeyring, tmp_path: Path) -> None:
    _configure(admin_ws)
    contact = add_contact(admin_ws, "Ola", "Direct", "ola@example.org")
    body = tmp_path / "body.txt"
    body.write_text("Hello")
    lockable.locked = True
    result = cli("mailing", "one-to-one", str(contact), "--subject", "Hi", "--body", str(body))
    assert result.code == 1, result.out
    assert "keyring" in result.err and "locked" in result.err and "535" not in result.err
    assert "Traceback" not in result.err


def test_a_secret_kept_in_the_vault_says_why(admin_ws: Workspace,
                                             lockable: LockableKeyring) -> None:
    lockable.locked = True
    _configure(admin_ws)
    assert secrets.secret_location(admin_ws, smtp_settings.PASSWORD_SECRET) == "vault"
    assert "keyring did not accept it" in secrets.stored_reason(
        admin_ws, smtp_settings.PASSWORD_SECRET)
    assert smtp_settings.smtp_password(admin_ws) == SMTP_SECRET
    keyring.set_keyring(fail.Keyring())
    secrets.store_secret(admin_ws, "s3_secret_key", "s3-secret")
    assert secrets.stored_reason(admin_ws, "s3_secret_key") == "this computer has no keyring"


def test_turning_shared_mode_on_moves_keyring_secrets_into_the_vault(
        admin_ws: Workspace, lockable: LockableKeyring) -> None:
    _configure(admin_ws)
    assert list(lockable.store.values()) == [SMTP_SECRET]
    notes: list[str] = []
    setting_rules.put_checked(admin_ws, {"shared_computer": True}, notes)
    assert lockable.store == {}  # nothing left readable by others on this account
    assert secrets.secret_location(admin_ws, smtp_settings.PASSWORD_SECRET) == "vault"
    assert smtp_settings.smtp_password(admin_ws) == SMTP_SECRET
    assert notes and "Moved 1 stored password from" in notes[0]
    assert secrets.stored_reason(admin_ws, smtp_settings.PASSWORD_SECRET) == \
        "shared-computer mode is on"


def test_a_locked_keyring_when_shared_mode_is_turned_on_is_reported(
        admin_ws: Workspace, lockable: LockableKeyring) -> None:
    _configure(admin_ws)
    lockable.locked = True
    notes: list[str] = []
    setting_rules.put_checked(admin_ws, {"shared_computer": True}, notes)
    assert "could not be read from the keyring" in notes[0]
    assert secrets.secret_location(admin_ws, smtp_settings.PASSWORD_SECRET) == "keyring"
    lockable.locked = False
    notes.clear()
    setting_rules.put_checked(admin_ws, {"shared_computer": True}, notes)
    assert "Moved 1" in notes[0] and lockable.store == {}
