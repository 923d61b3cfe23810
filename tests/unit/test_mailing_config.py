"""mailing config: the SMTP setup, the password kept out of the settings table, the postal
address required, and who may do what."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from contactweb.models import Setting
from contactweb.services.mailing import smtp_settings
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring

BASE = ("mailing", "config", "--host", "smtp.example.com", "--starttls", "--username", "news",
        "--from", "news@example.com", "--sender-name", "Example News",
        "--postal-address", "Example Ltd; 1 High Street; Leeds LS1 1AA",
        "--business-name", "Example Ltd")


def test_config_stores_settings_and_puts_the_password_in_the_keyring(
        admin_ws: Workspace, cli: CliRunner, memory_keyring: RecordingKeyring) -> None:
    result = cli(*BASE, stdin=f"{PASSWORD}\nsmtp-secret-42\n")
    assert result.code == 0, result.err
    shown = json.loads(cli("mailing", "config", "--json").out)
    assert shown["host"] == "smtp.example.com" and shown["port"] == 587
    assert shown["security"] == "starttls" and shown["password_stored_in"] == "keyring"
    assert shown["postal_address"] == "Example Ltd\n1 High Street\nLeeds LS1 1AA"
    assert shown["problems"] == []
    assert smtp_settings.smtp_password(admin_ws) == "smtp-secret-42"
    with admin_ws.session() as session:
        stored = " ".join(s.value for s in session.execute(select(Setting)).scalars())
    assert "smtp-secret-42" not in stored
    assert "smtp-secret-42" not in result.out + result.err


def test_partial_update_keeps_the_rest(admin_ws: Workspace, cli: CliRunner) -> None:
    assert cli(*BASE).code == 0
    assert cli("mailing", "config", "--ssl", "--throttle", "120").code == 0
    shown = json.loads(cli("mailing", "config", "--json").out)
    assert (shown["security"], shown["port"], shown["host"]) == ("ssl", 465, "smtp.example.com")
    assert shown["throttle_per_minute"] == 120 and shown["sender_address"] == "news@example.com"


def test_bad_settings_change_nothing(admin_ws: Workspace, cli: CliRunner) -> None:
    assert cli(*BASE).code == 0
    before = cli("mailing", "config", "--json").out
    for args, message in ((("--port", "70000"), "between 1 and 65535"),
                          (("--from", "not-an-address"), "not a valid email address"),
                          (("--host", "smtp example"), "not a server name"),
                          (("--postal-address", " ; "), "cannot be empty"),
                          (("--throttle", "-1"), "throttle")):
        result = cli("mailing", "config", *args)
        assert result.code == 1 and message in result.err, (args, result.err)
    assert cli("mailing", "config", "--json").out == before


def test_postal_address_is_required(admin_ws: Workspace, cli: CliRunner) -> None:
    result = cli("mailing", "config", "--host", "smtp.example.com", "--from", "a@example.com")
    assert result.code == 1 and "postal address" in result.err


def test_sending_needs_a_complete_setup(admin_ws: Workspace, cli: CliRunner,
                                        tmp_path: Path) -> None:
    body = tmp_path / "b.txt"
    body.write_text("Hello", encoding="utf-8")
    result = cli("mailing", "send", "--subject", "S", "--body-file", str(body))
    assert result.code == 1 and "not set up" in result.err


def test_roles(admin_ws: Workspace, cli: CliRunner, user_ws: Callable[[str], Workspace],
               tmp_path: Path) -> None:
    assert cli(*BASE).code == 0
    user_ws("manager")
    user_ws("staff")
    as_manager = cli(*BASE, user="manager", password=ROLE_PASSWORDS["manager"])
    assert as_manager.code == 1 and "mailing.configure" in as_manager.err
    body = tmp_path / "b.txt"
    body.write_text("Hello", encoding="utf-8")
    dry = ("mailing", "send", "--subject", "S", "--body-file", str(body), "--dry-run")
    assert cli(*dry, user="manager", password=ROLE_PASSWORDS["manager"]).code == 0
    as_staff = cli(*dry, user="staff", password=ROLE_PASSWORDS["staff"])
    assert as_staff.code == 1 and "mailing.send" in as_staff.err
