"""Bounces read with the replies: a Postfix delivery status notification (RFC 3464), Exim's
and Exchange's plain-text notices mark the address undeliverable with the evidence, and a
later mailing leaves it out with that reason; a delay marks nothing."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from contactweb.models import UndeliverableAddress
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, replies, sender
from contactweb.services.mailing.bounces import read_bounce
from contactweb.services.mailing.message import Draft
from contactweb.services.privacy.erasure import erase_contact
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    ContactSpec,
    add_contacts,
    configure,
    smtp_server,
)

BOUNCES = Path(__file__).parent.parent / "fixtures" / "bounces"
DRAFT = Draft("News for {first_name}", "Hello {first_name},\nnews.\n")
PEOPLE = {"gone@example.org": "Gone", "moved@example.net": "Moved",
          "weg@kunde.example.de": "Weg", "slow@example.org": "Slow",
          "stay@example.org": "Stay", "somebody-else@example.net": "Somebody"}


def _bounce(name: str) -> list:
    found = read_bounce(replies.parse((BOUNCES / name).read_bytes()), name)
    assert found is not None, name
    return found


def test_a_delivery_status_notification_is_read() -> None:
    [bounce] = _bounce("postfix_user_unknown.eml")
    assert (bounce.address, bounce.action, bounce.status, bounce.reply_code) == (
        "gone@example.org", "failed", "5.1.1", 550)
    assert "User unknown in virtual mailbox table" in bounce.diagnostic
    assert bounce.dated == datetime(2025, 3, 4, 8, 12, 31)  # the bounce's date, in UTC
    assert bounce.kind == "dsn" and bounce.marks_address
    assert bounce.refusal.summary.startswith("550 5.1.1 <gone@example.org>")


def test_a_delay_is_not_a_failure() -> None:
    [bounce] = _bounce("postfix_delayed.eml")
    assert (bounce.address, bounce.action, bounce.status) == ("slow@example.org", "delayed",
                                                              "4.4.1")
    assert not bounce.marks_address


def test_plain_text_bounces_are_read_by_their_wording() -> None:
    [exim] = _bounce("exim_mail_delivery_failed.eml")
    assert (exim.address, exim.action, exim.reply_code, exim.status) == (
        "moved@example.net", "failed", 550, "5.1.1")  # the Cc of the copy is not read
    [exchange] = _bounce("exchange_unzustellbar.eml")
    assert (exchange.address, exchange.reply_code, exchange.status) == (
        "weg@kunde.example.de", 550, "5.1.10")
    assert exchange.kind == "plain text" and exchange.marks_address


def test_an_ordinary_reply_is_not_a_bounce() -> None:
    message = replies.parse(b"From: Ann <ann@example.org>\r\nTo: news@lindenhof.example\r\n"
                            b"Subject: Re: News\r\n\r\nThanks, the delivery was quick!\r\n")
    assert read_bounce(message) is None


def test_bounces_mark_addresses_and_a_later_mailing_leaves_them_out(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> None:
    ids = dict(zip(PEOPLE, add_contacts(admin_ws, [ContactSpec(first, "Tester", address)
                                                   for address, first in PEOPLE.items()]),
                   strict=True))
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        queued = outbox.queue_mailing(admin_ws, DRAFT, Selection())
        assert sender.deliver_outbox(admin_ws, [queued.mailing_id]).sent == len(PEOPLE)
    folder = tmp_path / "mailbox"
    shutil.copytree(BOUNCES, folder)

    looked = cli("mailing", "process-replies", str(folder), "--json")  # shows, marks nothing
    assert looked.code == 0, looked.err
    shown = json.loads(looked.out)
    assert {b["address"]: b["marks_address"] for b in shown["bounces"]} == {
        "gone@example.org": True, "moved@example.net": True, "weg@kunde.example.de": True,
        "slow@example.org": False}
    assert shown["undeliverable_marked"] == 0
    with admin_ws.session(readonly=True) as session:
        assert session.execute(select(UndeliverableAddress)).first() is None

    recorded = cli("mailing", "process-replies", str(folder), "--yes", "--json")
    assert recorded.code == 0, recorded.err
    assert json.loads(recorded.out)["undeliverable_marked"] == 3
    with admin_ws.session(readonly=True) as session:
        marks = {m.address_key: (m.contact_id, m.reply_code, m.status_code, m.source,
                                 m.observed_at, m.evidence)
                 for m in session.execute(select(UndeliverableAddress)).scalars()}
    assert set(marks) == {"gone@example.org", "moved@example.net", "weg@kunde.example.de"}
    contact_id, code, status, source, observed, evidence = marks["gone@example.org"]
    assert (contact_id, code, status, source) == (ids["gone@example.org"], 550, "5.1.1",
                                                  "bounce")
    assert observed == datetime(2025, 3, 4, 8, 12, 31)
    assert "dsn bounce dated 2025-03-04 08:12 UTC" in evidence
    assert "20250304081231.4B9C21E0F3A@mail.lindenhof.example" in evidence

    plan = cli("mailing", "send", "--subject", "Spring", "--body-file",
               str(BOUNCES / "postfix_delayed.eml"), "--dry-run", "--json")
    assert plan.code == 0, plan.err
    planned = json.loads(plan.out)
    reasons = {e["contact_id"]: e["reason"] for e in planned["excluded"]}
    assert reasons[ids["gone@example.org"]].startswith(
        "undeliverable: 550 5.1.1 <gone@example.org>: Recipient address rejected")
    assert reasons[ids["weg@kunde.example.de"]].startswith("undeliverable: 550 5.1.10 ")
    assert set(reasons) == {ids[a] for a in ("gone@example.org", "moved@example.net",
                                             "weg@kunde.example.de")}
    assert {r["contact_id"] for r in planned["included"]} == {
        ids[a] for a in ("slow@example.org", "stay@example.org", "somebody-else@example.net")}

    # Erasing the contact takes the mark (which names the address) with it.
    erase_contact(admin_ws, ids["gone@example.org"])
    with admin_ws.session(readonly=True) as session:
        left = set(session.execute(select(UndeliverableAddress.address_key)).scalars())
    assert left == {"moved@example.net", "weg@kunde.example.de"}
