"""Replies read from a real Dovecot IMAP server through the command line: the business's own
CA refused by name and then trusted, a pinned certificate over STARTTLS, a folder named in
French, and a 28 MB reply whose text is read and whose attachment is reported as skipped."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from contactweb.services.consent import consent
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner
from tests.support.dovecot_server import (
    SECRET,
    USER,
    Dovecot,
    dovecot_server,
    needs_dovecot,
)
from tests.support.mailing_server import add_contact
from tests.support.tls_authority import CaFiles, make_test_ca
from tests.unit.test_mailing_replies import _eml

pytestmark = needs_dovecot
STDIN = f"{PASSWORD}\n{SECRET}\n"


@pytest.fixture
def test_ca(tmp_path: Path) -> CaFiles:
    return make_test_ca(tmp_path / "tls")


@pytest.fixture
def dovecot(test_ca: CaFiles) -> Iterator[Dovecot]:
    with dovecot_server(test_ca) as server:
        yield server


def _imap_args(server: Dovecot, security: str = "ssl", *more: str) -> tuple[str, ...]:
    port = server.imaps_port if security == "ssl" else server.imap_port
    return ("mailing", "process-replies", "--imap", "--imap-host", "127.0.0.1", "--imap-port",
            str(port), "--imap-security", security, "--imap-user", USER, *more)


def test_the_business_ca_is_refused_by_name_then_trusted_from_the_command_line(
        admin_ws: Workspace, cli: CliRunner, dovecot: Dovecot, test_ca: CaFiles) -> None:
    asker = add_contact(admin_ws, "Ines", "Ca", "ines@example.org")
    dovecot.deliver("INBOX", _eml("ines@example.org", "Re: news", "Unsubscribe me.").encode())

    refused = cli(*_imap_args(dovecot), "--yes", stdin=STDIN)
    assert refused.code == 1
    assert "not signed by an authority this computer knows" in refused.err
    assert "--imap-trust-ca FILE" in refused.err
    assert consent.status_by_channel(admin_ws, asker)["email"] == "granted"

    trusted = cli(*_imap_args(dovecot, "ssl", "--imap-trust-ca", str(test_ca.ca_pem)),
                  "--yes", "--json", stdin=STDIN)
    assert trusted.code == 0, trusted.err
    assert json.loads(trusted.out)["recorded"] == 1
    assert consent.status_by_channel(admin_ws, asker)["email"] == "opted_out"
    # The trust is kept in the vault: the next run needs no option.
    again = cli(*_imap_args(dovecot), "--json", stdin=STDIN)
    assert again.code == 0, again.err
    assert json.loads(again.out)["checked"] == 1


def test_a_pinned_certificate_over_starttls(admin_ws: Workspace, cli: CliRunner,
                                            dovecot: Dovecot, test_ca: CaFiles) -> None:
    dovecot.deliver("INBOX", _eml("someone@example.org", "Re: news", "Thanks!").encode())
    wrong = cli(*_imap_args(dovecot, "starttls", "--imap-pin-certificate", "ab" * 32),
                stdin=STDIN)
    assert wrong.code == 1 and "not the fingerprint given; nothing was pinned" in wrong.err
    asked = cli(*_imap_args(dovecot, "starttls", "--imap-pin-certificate"), stdin=STDIN)
    # Without a terminal to answer on, the fingerprint is shown and nothing is pinned.
    assert asked.code == 1 and test_ca.cert_sha256 in asked.err
    assert re.search(r"SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}", asked.out)
    pinned = cli(*_imap_args(dovecot, "starttls", "--imap-pin-certificate",
                             test_ca.cert_sha256), "--json", stdin=STDIN)
    assert pinned.code == 0, pinned.err
    assert json.loads(pinned.out)["checked"] == 1


def test_a_folder_with_a_non_ascii_name_is_listed_and_read(
        admin_ws: Workspace, cli: CliRunner, dovecot: Dovecot, test_ca: CaFiles) -> None:
    asker = add_contact(admin_ws, "Élodie", "Dossier", "elodie@example.org")
    folder = "Réponses clients"
    dovecot.create_folder(folder)
    dovecot.deliver(folder, _eml("elodie@example.org", "Re: nouvelles",
                                 "Merci de me désabonner. Unsubscribe.").encode())
    trust = ("--imap-trust-ca", str(test_ca.ca_pem))
    listed = cli(*_imap_args(dovecot, "ssl", *trust), "--list-folders", "--json", stdin=STDIN)
    assert listed.code == 0, listed.err
    names = [f["name"] for f in json.loads(listed.out)]
    assert names == ["INBOX", folder]
    result = cli(*_imap_args(dovecot, "ssl", "--imap-folder", folder), "--yes", "--json",
                 stdin=STDIN)
    assert result.code == 0, result.err
    assert json.loads(result.out)["recorded"] == 1
    assert consent.status_by_channel(admin_ws, asker)["email"] == "opted_out"
    missing = cli(*_imap_args(dovecot, "ssl", "--imap-folder", "Réponses perdues"),
                  stdin=STDIN)
    assert missing.code == 1 and "no folder 'Réponses perdues'" in missing.err


def _large_reply(sender: str, attachment_bytes: int) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "news@lindenhof.example"
    message["Subject"] = "Re: news"
    message.set_content("Please unsubscribe me, the catalogue is attached back to you.")
    message.add_alternative("<p>Please <b>unsubscribe</b> me.</p>", subtype="html")
    message.add_attachment(os.urandom(attachment_bytes), maintype="application",
                           subtype="pdf", filename="catalogue.pdf")
    return message.as_bytes()


def test_a_large_reply_is_read_as_text_and_its_attachment_reported(
        admin_ws: Workspace, cli: CliRunner, dovecot: Dovecot, test_ca: CaFiles) -> None:
    asker = add_contact(admin_ws, "Lars", "Large", "lars@example.org")
    dovecot.deliver("INBOX", _large_reply("lars@example.org", 28 * 1024 * 1024))
    dovecot.deliver("INBOX", _eml("other@example.org", "Re: news", "See you!").encode())
    result = cli(*_imap_args(dovecot, "ssl", "--imap-trust-ca", str(test_ca.ca_pem)),
                 "--yes", "--json", stdin=STDIN)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert (report["checked"], report["recorded"]) == (2, 1)
    assert consent.status_by_channel(admin_ws, asker)["email"] == "opted_out"
    [(ref, notes)] = report["skipped"].items()
    assert ref.startswith("IMAP INBOX uid ")
    assert len(notes) == 1
    size = re.search(r"'catalogue\.pdf' \(application/pdf, (\d+\.\d) MB\)", notes[0])
    assert size and float(size.group(1)) > 28  # as sent: base64 makes it larger
    assert "not downloaded: only the text of a message over" in notes[0]
    # The mailbox is left as it was: nothing marked as read.
    assert dovecot.flags("INBOX") and not any("\\Seen" in f for f in dovecot.flags("INBOX"))
    # And the attachment never crossed the connection (Dovecot counts the body bytes sent).
    sent = [int(n) for n in re.findall(r"body_bytes=(\d+)",
                                       (dovecot.root / "dovecot.log").read_text())]
    assert sent and max(sent) < 1024 * 1024

    plain = cli(*_imap_args(dovecot, "ssl"), stdin=STDIN)
    assert "catalogue.pdf" in plain.out and "not downloaded" in plain.out
