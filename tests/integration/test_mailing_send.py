"""Email mailings against a real SMTP server: 200 contacts, 37 of them opted out or never
asked; the server receives exactly the others, once each, each message complete."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from contactweb.models import AuditEvent, OutboxMessage
from contactweb.services.activity import communications
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    POSTAL_ADDRESS,
    SENDER,
    ContactSpec,
    add_contact,
    add_contacts,
    configure,
    smtp_server,
)


@pytest.fixture
def mailing_files(tmp_path: Path) -> tuple[Path, Path]:
    body = tmp_path / "body.txt"
    body.write_text("Dear {first_name|friend},\n\n.A line starting with a dot.\n"
                    "Our spring catalogue is out.\n", encoding="utf-8")
    html_file = tmp_path / "body.html"
    html_file.write_text("<html><body><p>Dear {first_name}, spring is here.</p></body></html>",
                         encoding="utf-8")
    return body, html_file


def _populate(ws: Workspace) -> tuple[dict[int, str], dict[int, str]]:
    """163 eligible contacts, 20 opted out and 17 never asked; returns id -> address for the
    eligible and id -> reason code for the excluded."""
    statuses = ["opted_out"] * 20 + ["unknown"] * 17 + ["granted"] * 163
    random.Random(5).shuffle(statuses)
    specs = [ContactSpec(f"First{i}", f"Last{i}", f"person{i}@example.org", status)
             for i, status in enumerate(statuses)]
    ids = add_contacts(ws, specs)
    eligible = {cid: s.email for cid, s in zip(ids, specs, strict=True)
                if s.consent_email == "granted"}
    excluded = {cid: {"opted_out": "opted_out", "unknown": "no_consent"}[s.consent_email]
                for cid, s in zip(ids, specs, strict=True) if s.consent_email != "granted"}
    return eligible, excluded


def test_mailing_reaches_exactly_the_eligible_contacts_once(
        admin_ws: Workspace, cli: CliRunner, mailing_files: tuple[Path, Path]) -> None:
    body, html_file = mailing_files
    eligible, excluded = _populate(admin_ws)
    assert (len(eligible), len(excluded)) == (163, 37)
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        dry = cli("mailing", "send", "--subject", "Spring news for {first_name}",
                  "--body-file", str(body), "--html-file", str(html_file), "--dry-run",
                  "--json")
        assert dry.code == 0, dry.err
        plan = json.loads(dry.out)
        assert {e["contact_id"]: e["code"] for e in plan["excluded"]} == excluded
        assert all(e["reason"] for e in plan["excluded"])
        assert len(plan["included"]) == 163
        assert server.received == []  # a dry run sends nothing

        sent = cli("mailing", "send", "--subject", "Spring news for {first_name}",
                   "--body-file", str(body), "--html-file", str(html_file))
        assert sent.code == 0, sent.err
        assert "Sent 163" in sent.out

    counts = Counter(server.recipients())
    assert counts == Counter(eligible.values())  # exactly the eligible ones, once each
    with admin_ws.session() as session:
        rows = {r.to_address: r for r in session.execute(select(OutboxMessage)).scalars()
                if r.status == "sent"}
    message_ids = set()
    for item in server.received:
        message = item.message
        address = item.rcpt_tos[0]
        assert item.rcpt_tos == [address] and item.mail_from == SENDER
        assert message["To"].addresses[0].addr_spec == address
        assert message["Cc"] is None and message["Bcc"] is None
        assert message["List-Unsubscribe"] == f"<mailto:{SENDER}?subject=unsubscribe>"
        text = item.text()
        assert "unsubscribe" in text and all(line in text for line in POSTAL_ADDRESS.split("\n"))
        assert ".A line starting with a dot." in text  # dot-stuffing undone by the server
        html_part = message.get_body(("html",)).get_content()
        assert "unsubscribe" in html_part and "12 Mill Lane" in html_part
        assert message["Message-ID"] == rows[address].message_id
        message_ids.add(message["Message-ID"])
        number = address.removeprefix("person").split("@")[0]
        assert message["Subject"] == f"Spring news for First{number}"
    assert len(message_ids) == 163


def test_sent_messages_are_logged_and_audited_without_personal_data(
        admin_ws: Workspace, cli: CliRunner, mailing_files: tuple[Path, Path]) -> None:
    body, _ = mailing_files
    first = add_contact(admin_ws, "Ada", "Byron", "ada@example.org")
    add_contact(admin_ws, "Nope", "Never", "nope@example.org", consent_email="opted_out")
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        result = cli("mailing", "send", "--subject", "Hello {first_name}", "--body-file",
                     str(body))
        assert result.code == 0, result.err
    assert server.recipients() == ["ada@example.org"]
    timeline = communications.timeline(admin_ws, first)
    assert [(e.kind, e.direction, e.subject) for e in timeline] == [("email", "out",
                                                                      "Hello Ada")]
    with admin_ws.session() as session:
        details = [e.details for e in session.execute(select(AuditEvent)).scalars()
                   if e.action.startswith("mailing.")]
    assert any('"included":1' in d for d in details)
    assert not any("example.org" in d or "Ada" in d for d in details)
    status = json.loads(cli("mailing", "status", "--json").out)
    assert status[0]["counts"] == {"sent": 1, "excluded": 1}
