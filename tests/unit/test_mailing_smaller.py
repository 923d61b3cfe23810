"""Issue 21's smaller points: a placeholder business name or postal address stops a mailing
(and 'mailing config' warns), a large mailing is told about one-click unsubscribe, the mailto
List-Unsubscribe is a correct URI, and a closed output pipe ends the command quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from contactweb.services.mailing import smtp_settings
from contactweb.services.mailing.bulk_notice import LARGE_MAILING, large_mailing_notice
from contactweb.services.mailing.message import SenderIdentity, unsubscribe_mailto
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner

REPO = Path(__file__).resolve().parents[2]
CONFIG = ("mailing", "config", "--host", "smtp.example.com", "--starttls",
          "--from", "news@example.com", "--postal-address", "Example Ltd; 1 High Street; Leeds")


@pytest.mark.parametrize(("name", "placeholder"), [
    ("My Business", True), ("  my business ", True), ("", True), ("Business name", True),
    ("Lindenhof Tools", False), ("My Business Partners GmbH", False)])
def test_placeholder_business_names(name: str, placeholder: bool) -> None:
    assert smtp_settings.placeholder_business_name(name) is placeholder


@pytest.mark.parametrize(("address", "placeholder"), [
    ("", True), ("Street\nTown and postcode\nCountry", True), ("123 Main Street\nAnytown", True),
    ("-", True), ("12345", True), ("Address", True),
    ("Lindenhof Tools\n12 Mill Lane\nSpringfield, IL 62701", False),
    ("Rose Cottage, Church Lane, Ambridge", False), ("1 Main Street, Springfield", False)])
def test_placeholder_postal_addresses(address: str, placeholder: bool) -> None:
    assert smtp_settings.placeholder_postal_address(address) is placeholder


def test_config_warns_and_sending_is_refused_until_the_name_is_set(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> None:
    configured = cli(*CONFIG)
    assert configured.code == 0
    assert "Warning: The business name is not set ('My Business' is a placeholder)" in \
        configured.err
    body = tmp_path / "body.txt"
    body.write_text("Hello", encoding="utf-8")
    refused = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body))
    assert refused.code == 1 and "business name is not set" in refused.err
    placeholder = cli("mailing", "config", "--business-name", "Lindenhof Tools",
                      "--postal-address", "Street; Town and postcode; Country")
    assert "postal address looks like a placeholder" in placeholder.err
    assert "business name" not in placeholder.err
    assert smtp_settings.load(admin_ws).business_name == "Lindenhof Tools"
    fixed = cli("mailing", "config", "--postal-address", "Lindenhof Tools; 12 Mill Lane; Leeds")
    assert fixed.code == 0 and "Warning" not in fixed.err
    assert smtp_settings.load(admin_ws).problems() == []


def test_large_mailings_are_told_about_one_click_unsubscribe() -> None:
    assert large_mailing_notice(LARGE_MAILING) is None
    notice = large_mailing_notice(LARGE_MAILING + 1)
    assert notice is not None
    assert "RFC 8058" in notice and "List-Unsubscribe-Post" in notice and "HTTPS" in notice


def test_mailto_list_unsubscribe_is_a_correct_uri() -> None:
    def mailto(address: str) -> str:
        return unsubscribe_mailto(SenderIdentity("News", address, "Shop", "1 Lane"))

    assert mailto("news+list@example.org") == "mailto:news+list@example.org?subject=unsubscribe"
    # RFC 6068: '%', '?' and non-ASCII are percent-encoded (UTF-8), so the header is ASCII.
    assert mailto("jörg%x@example.org") == "mailto:j%C3%B6rg%25x@example.org?subject=unsubscribe"
    assert mailto("a?b@example.org").startswith("mailto:a%3Fb@example.org?")


def test_a_closed_pipe_ends_the_command_quietly(cli: CliRunner, vault_dir: Path) -> None:
    """'contactweb contact list | head -1': the reader goes away before the output is
    written; the command ends as Unix tools do (SIGPIPE's status), with nothing on stderr."""
    for number in range(3):
        assert cli("contact", "add", "--first", f"Piped{number}").code == 0
    env = {**os.environ, "CONTACTWEB_VAULT": str(vault_dir), "CONTACTWEB_USER": "admin",
           "CONTACTWEB_PASSWORD": PASSWORD}
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte
    try:
        done = subprocess.run([sys.executable, "-m", "contactweb", "contact", "list"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, env=env,
                              cwd=REPO, timeout=60)
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == (141 if os.name != "nt" else 1)
