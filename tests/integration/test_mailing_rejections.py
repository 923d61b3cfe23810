"""A real SMTP server scripted per recipient (250, 421, 450, 452, 550, 552, 554, a connection
dropped mid-DATA): every recipient ends delivered once, failed with the server's reason, or
pending with a next attempt time kept in the vault; nothing is sent twice or dropped silently.
Time is a clock argument: the test moves it instead of sleeping."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP
from sqlalchemy import select

from contactweb.models import AuditEvent, OutboxMessage, UndeliverableAddress
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, rejections, sender
from contactweb.services.mailing.message import Draft
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    ContactSpec,
    add_contacts,
    configure,
    free_port,
)

DRAFT = Draft("News for {first_name}", "Hello {first_name},\nnews.\n")
DROP = "DROP"  # accept RCPT, then close the connection right after the 354 of DATA
T0 = datetime(2030, 3, 4, 9, 0, 0)


@dataclass
class ScriptedHandler:
    """Answers each recipient's RCPT from its script, one reply per attempt (then 250)."""

    script: dict[str, list[str]]
    tried: Counter = field(default_factory=Counter)  # RCPT attempts per address
    received: Counter = field(default_factory=Counter)  # messages kept per address
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802, ANN001, ANN201
        key = address.lower()
        with self.lock:
            replies = self.script.get(key, [])
            reply = replies[self.tried[key]] if self.tried[key] < len(replies) else "250 OK"
            self.tried[key] += 1
        if reply == DROP:
            envelope.drop_mid_data = True
            reply = "250 OK"
        elif reply.startswith("421"):
            # 421 means the server closes the connection: after this reply has gone out.
            asyncio.get_running_loop().call_soon(server.transport.close)
        if reply.startswith("250"):
            envelope.rcpt_tos.append(address)
        return reply

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
        with self.lock:
            for address in envelope.rcpt_tos:
                self.received[address.lower()] += 1
        return "250 2.0.0 Ok: queued"


class ScriptedSMTP(SMTP):
    async def smtp_DATA(self, arg: str) -> None:  # noqa: N802
        if getattr(self.envelope, "drop_mid_data", False):
            # Mid-DATA, as a crashing server would: the 354 and the end of the connection
            # leave together (corked), so the client sees both before it sends the dot.
            sock = self.transport.get_extra_info("socket")
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            sock.shutdown(socket.SHUT_RDWR)
            self.transport.close()
            return
        await super().smtp_DATA(arg)


class ScriptedController(Controller):
    def factory(self) -> SMTP:
        return ScriptedSMTP(self.handler, **self.SMTP_kwargs)


SCRIPT = {
    "ok@example.org": ["250 2.1.5 Ok"],
    "bye@example.org": ["421 4.3.2 Service shutting down, closing channel"],
    "grey@example.org": ["450 4.2.0 <grey@example.org>: Recipient address rejected: "
                         "Greylisted, see https://postgrey.example/"],
    "full@example.org": ["452 4.2.2 Mailbox full"] * 20,
    "unknown@example.org": ["550 5.1.1 <unknown@example.org>: Recipient address rejected: "
                            "User unknown in virtual mailbox table"] * 20,
    "quota@example.org": ["552 5.2.2 Mailbox over quota"] * 20,
    "spam@example.org": ["554 5.7.1 Message rejected as spam"] * 20,
    "drop@example.org": [DROP, DROP],
}


@pytest.fixture
def scripted(admin_ws: Workspace):
    handler = ScriptedHandler({k: list(v) for k, v in SCRIPT.items()})
    port = free_port()
    controller = ScriptedController(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        configure(admin_ws, port)
        yield handler
    finally:
        controller.stop()


def _add_people(ws: Workspace) -> dict[str, int]:
    specs = [ContactSpec(address.split("@")[0].title(), "Tester", address)
             for address in SCRIPT]
    return dict(zip(SCRIPT, add_contacts(ws, specs), strict=True))


def _rows(ws: Workspace, mailing_id: int | None = None) -> dict[str, OutboxMessage]:
    """Outbox rows by address (rows left out at queueing have none)."""
    with ws.session() as session:  # a read-only session expires what it read
        stmt = select(OutboxMessage).where(OutboxMessage.to_address != "")
        if mailing_id is not None:
            stmt = stmt.where(OutboxMessage.mailing_id == mailing_id)
        return {r.to_address: r for r in session.execute(stmt).scalars()}


def _run(ws: Workspace, at: datetime, mailing_id: int | None = None) -> sender.SendReport:
    return sender.deliver_outbox(ws, [mailing_id] if mailing_id else None, clock=lambda: at)


def test_every_recipient_ends_delivered_failed_or_pending(admin_ws: Workspace,
                                                         scripted: ScriptedHandler) -> None:
    people = _add_people(admin_ws)
    queued = outbox.queue_mailing(admin_ws, DRAFT, Selection())
    assert queued.queued == len(SCRIPT)

    first = _run(admin_ws, T0)
    rows = _rows(admin_ws)
    assert {a: r.status for a, r in rows.items()} == {
        "ok@example.org": "sent", "bye@example.org": "deferred", "grey@example.org": "deferred",
        "full@example.org": "deferred", "unknown@example.org": "failed",
        "quota@example.org": "failed", "spam@example.org": "failed",
        # Dropped mid-DATA on a connection in use: tried again at once on a new one, which
        # the server also dropped: nothing was delivered, so it waits for its next attempt.
        "drop@example.org": "deferred"}
    for address in ("bye@example.org", "grey@example.org", "full@example.org",
                    "drop@example.org"):
        assert rows[address].next_attempt_at == T0 + timedelta(minutes=1), address
        assert rows[address].last_error.startswith("deferred: ")
    assert "421 4.3.2" in rows["bye@example.org"].last_error
    assert "450 4.2.0" in rows["grey@example.org"].last_error
    assert "server closed it during DATA" in rows["drop@example.org"].last_error
    assert rows["unknown@example.org"].last_error.startswith("failed: 550 5.1.1 ")
    assert rows["unknown@example.org"].last_error.endswith("marked undeliverable")
    assert rows["quota@example.org"].last_error.startswith("failed: 552 5.2.2 ")
    assert rows["spam@example.org"].last_error.startswith("failed: 554 5.7.1 ")
    assert sorted(f.error.split()[1] for f in first.failed) == ["550", "552", "554"]
    assert first.sent == 1 and first.deferred == 4
    assert {p.outbox_id for p in first.pending} == {rows[a].id for a in (
        "bye@example.org", "grey@example.org", "full@example.org", "drop@example.org")}
    assert first.next_attempt_at == T0 + timedelta(minutes=1)

    # Only the refusal about the address marks it; spam and a full mailbox are not about it.
    with admin_ws.session(readonly=True) as session:
        marks = list(session.execute(select(UndeliverableAddress)).scalars())
        assert [(m.contact_id, m.address_key, m.reply_code, m.status_code, m.source)
                for m in marks] == [(people["unknown@example.org"], "unknown@example.org",
                                     550, "5.1.1", "smtp")]
        assert marks[0].observed_at == T0
        failed_events = session.execute(select(AuditEvent.details).where(
            AuditEvent.action == "mailing.recipient_failed")).scalars().all()
        assert len(failed_events) == 3 and all("example.org" not in d for d in failed_events)

    # Resuming early (a restart of the application reads the same vault) uses no attempt.
    tried_before = Counter(scripted.tried)
    early = _run(admin_ws, T0 + timedelta(seconds=30))
    assert scripted.tried == tried_before
    assert early.sent == 0 and len(early.pending) == 4
    assert early.next_attempt_at == T0 + timedelta(minutes=1)

    # One minute later the greylisting server takes them; the full mailbox stays refused.
    second = _run(admin_ws, T0 + timedelta(minutes=1))
    assert second.sent == 3 and second.deferred == 1 and second.retried == 4
    rows = _rows(admin_ws)
    assert rows["full@example.org"].next_attempt_at == T0 + timedelta(minutes=6)
    assert rows["full@example.org"].attempts == 2

    # The full mailbox is tried on the backoff schedule, then given up, not dropped.
    at = T0 + timedelta(minutes=6)
    while (row := _rows(admin_ws)["full@example.org"]).status == "deferred":
        assert row.next_attempt_at is not None
        skipped = _run(admin_ws, row.next_attempt_at - timedelta(seconds=1))
        assert skipped.sent == 0 and len(skipped.pending) == 1  # not yet: nothing burnt
        at = row.next_attempt_at
        _run(admin_ws, at)
    assert row.status == "failed" and row.attempts == rejections.MAX_ATTEMPTS
    assert row.last_error.startswith(f"failed: gave up after {rejections.MAX_ATTEMPTS} attempts")
    assert at - T0 > timedelta(hours=24)

    # Delivered once each; the permanent refusals were tried exactly once.
    assert scripted.received == Counter({a: 1 for a in ("ok@example.org", "bye@example.org",
                                                        "grey@example.org",
                                                        "drop@example.org")})
    for address in ("unknown@example.org", "quota@example.org", "spam@example.org"):
        assert scripted.tried[address] == 1
    assert scripted.tried["full@example.org"] == rejections.MAX_ATTEMPTS
    final = _rows(admin_ws)
    assert Counter(r.status for r in final.values()) == Counter(sent=4, failed=4)
    assert all(r.last_error for r in final.values() if r.status == "failed")

    # A later mailing leaves the undeliverable address out, with the evidence.
    plan = outbox.plan(admin_ws, DRAFT, Selection())
    excluded = {e.contact_id: e for e in plan.excluded}
    assert excluded[people["unknown@example.org"]].reason.startswith(
        "undeliverable: 550 5.1.1 ")
    assert excluded[people["unknown@example.org"]].code == "undeliverable"
    assert {r.contact_id for r in plan.included} == set(people.values()) - {
        people["unknown@example.org"]}


def test_a_deferred_message_to_an_address_marked_meanwhile_is_not_sent(
        admin_ws: Workspace, scripted: ScriptedHandler) -> None:
    people = _add_people(admin_ws)
    queued = outbox.queue_mailing(admin_ws, DRAFT, Selection(ids=(people["grey@example.org"],)))
    _run(admin_ws, T0)
    with admin_ws.session() as session:
        rejections.mark_undeliverable(
            session, admin_ws, "GREY@example.org",
            rejections.from_outcome(550, "recipient refused: 550 5.1.1 gone"), "bounce",
            "test bounce", T0 + timedelta(seconds=20))
    report = _run(admin_ws, T0 + timedelta(minutes=2), queued.mailing_id)
    assert report.sent == 0 and [e.code for e in report.excluded] == ["undeliverable"]
    assert scripted.received["grey@example.org"] == 0
    row = _rows(admin_ws)["grey@example.org"]
    assert row.status == "excluded" and "undeliverable: 550 5.1.1 gone" in row.last_error


def test_command_line_exit_codes_status_and_retry(admin_ws: Workspace, cli: CliRunner,
                                                  scripted: ScriptedHandler,
                                                  tmp_path: Path) -> None:
    people = _add_people(admin_ws)
    body = tmp_path / "body.txt"
    body.write_text("Hello {first_name}", encoding="utf-8")
    picked = ",".join(str(people[a]) for a in ("ok@example.org", "unknown@example.org"))
    sent = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body), "--ids", picked)
    assert sent.code == 5, sent.err  # failed for good, nothing pending
    assert "550 5.1.1" in sent.out and "mailing retry" in sent.out
    mailing_id = json.loads(cli("mailing", "status", "--json").out)[0]["id"]

    grey = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body), "--ids",
               str(people["grey@example.org"]), "--json")
    assert grey.code == 4, grey.err  # pending remains
    report = json.loads(grey.out)
    assert [p["status"] for p in report["pending"]] == ["deferred"]
    assert report["next_attempt_at"] is not None
    assert "resume" in grey.err and "UTC" in grey.err

    tried = Counter(scripted.tried)
    resumed = cli("mailing", "resume")
    assert resumed.code == 4  # not yet due: says what waits and until when, tries nothing
    assert scripted.tried == tried
    assert "grey@example.org" not in resumed.err and "Pending 1" in resumed.out
    status = cli("mailing", "status", "--mailing", str(report["pending"][0]["mailing_id"]))
    assert "deferred" in status.out and "UTC" in status.out and "450 4.2.0" in status.out

    # A person asks to try the refused address again: the mark goes, the server now takes it.
    scripted.script["unknown@example.org"] = []
    retried = cli("mailing", "retry", str(mailing_id))
    assert retried.code == 0, retried.err
    assert scripted.received["unknown@example.org"] == 1
    with admin_ws.session(readonly=True) as session:
        assert session.execute(select(UndeliverableAddress)).first() is None
    assert _rows(admin_ws, mailing_id)["unknown@example.org"].status == "sent"
