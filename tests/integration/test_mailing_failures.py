"""A server that refuses recipients or drops the connection: failures are recorded, temporary
ones retried later, nothing is lost and nothing doubled. And an opt-out recorded after a
mailing was queued, but before its message goes, is honoured. (Every reply code, one by one:
test_mailing_rejections.)"""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from contactweb.models import OutboxMessage, utcnow
from contactweb.services.consent import consent
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.message import Draft
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    ContactSpec,
    RecordingHandler,
    add_contacts,
    configure,
    smtp_server,
)

DRAFT = Draft("News for {first_name}", "Hello {first_name},\nnews.\n")


def _people(ws: Workspace, count: int = 12) -> dict[int, str]:
    specs = [ContactSpec(f"Pat{i}", f"Lee{i}", f"pat{i}@example.org") for i in range(count)]
    return {cid: s.email for cid, s in zip(add_contacts(ws, specs), specs, strict=True)}


def _rows(ws: Workspace) -> dict[str, OutboxMessage]:
    with ws.session() as session:
        return {r.to_address: r for r in session.execute(select(OutboxMessage)).scalars()}


def test_refused_recipients_fail_and_go_again_only_when_asked(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> None:
    people = _people(admin_ws)
    refused = {"pat2@example.org", "pat5@example.org", "pat9@example.org"}
    body = tmp_path / "body.txt"
    body.write_text("Hello {first_name}", encoding="utf-8")
    handler = RecordingHandler(refuse=set(refused), refuse_once=True)
    with smtp_server(handler) as (server, port):
        configure(admin_ws, port)
        first = cli("mailing", "send", "--subject", "Hi", "--body-file", str(body), "--json")
        assert first.code == 5  # failed for good: the exit code says so
        report = json.loads(first.out)
        assert {f["error"].split()[1] for f in report["failed"]} == {"550"}
        assert len(report["failed"]) == 3 and all(f["permanent"] for f in report["failed"])
        rows = _rows(admin_ws)
        assert {a for a, r in rows.items() if r.status == "failed"} == refused
        assert all("550" in rows[a].last_error and rows[a].attempts == 1 for a in refused)

        resumed = cli("mailing", "resume", "--json")  # never retries a permanent refusal
        assert resumed.code == 0, resumed.err
        assert json.loads(resumed.out)["sent"] == 0 and sorted(server.refused) == sorted(refused)

        mailing_id = str(json.loads(cli("mailing", "status", "--json").out)[0]["id"])
        retried = cli("mailing", "retry", mailing_id, "--json")  # a person asks
        assert retried.code == 0, retried.err
        assert json.loads(retried.out)["sent"] == 3
    assert Counter(server.recipients()) == Counter(people.values())
    assert sorted(server.refused) == sorted(refused)
    rows = _rows(admin_ws)
    assert {r.status for r in rows.values()} == {"sent"}
    assert all(rows[a].attempts == 1 for a in refused)  # counted afresh after the retry


def test_temporary_refusals_are_retried_after_their_wait(admin_ws: Workspace) -> None:
    people = _people(admin_ws, 6)
    handler = RecordingHandler(refuse={"pat1@example.org"}, refuse_once=True, refuse_code=451)
    start = utcnow()
    with smtp_server(handler) as (server, port):
        configure(admin_ws, port)
        queued = outbox.queue_mailing(admin_ws, DRAFT, Selection())
        report = sender.deliver_outbox(admin_ws, [queued.mailing_id], clock=lambda: start)
        assert (report.sent, report.failed, report.deferred) == (5, [], 1)
        later = sender.deliver_outbox(admin_ws, [queued.mailing_id],
                                      clock=lambda: start + timedelta(minutes=1))
    assert (later.sent, later.retried, later.pending) == (1, 1, [])
    assert Counter(server.recipients()) == Counter(people.values())
    assert _rows(admin_ws)["pat1@example.org"].attempts == 2


def test_dropped_connections_lose_nothing_and_double_nothing(admin_ws: Workspace) -> None:
    people = _people(admin_ws, 12)
    # 1: the first MAIL on the connection opened at start (retried at once on a new one);
    # 4: on a reused connection (retried at once); 5: that retry dropped too (the message is
    # deferred to its next attempt, a minute later).
    handler = RecordingHandler(drop_at={1, 4, 5})
    start = utcnow()
    with smtp_server(handler) as (server, port):
        configure(admin_ws, port)
        queued = outbox.queue_mailing(admin_ws, DRAFT, Selection())
        report = sender.deliver_outbox(admin_ws, [queued.mailing_id], clock=lambda: start)
        assert report.sent == 11 and report.failed == [] and report.remaining == 1
        assert report.pending[0].next_attempt_at == start + timedelta(minutes=1)
        later = sender.deliver_outbox(admin_ws, [queued.mailing_id],
                                      clock=lambda: start + timedelta(minutes=1))
    assert later.sent == 1 and later.remaining == 0
    assert report.retried + later.retried == 3  # two at once on a new connection, one later
    assert Counter(server.recipients()) == Counter(people.values())
    rows = _rows(admin_ws)
    assert sorted(r.attempts for r in rows.values()) == [1] * 11 + [2]
    assert [r.to_address for r in rows.values() if r.last_error.startswith("sent after a retry")
            ] == ["pat0@example.org"]
    assert {r.status for r in rows.values()} == {"sent"}


def test_no_reply_after_the_final_dot_is_never_resent(admin_ws: Workspace,
                                                      cli: CliRunner) -> None:
    """The one ambiguous moment SMTP has: the policy is at most once, and it is reported."""
    _people(admin_ws, 4)
    handler = RecordingHandler(drop_after_data={2})
    with smtp_server(handler) as (server, port):
        configure(admin_ws, port)
        queued = outbox.queue_mailing(admin_ws, DRAFT, Selection())
        report = sender.deliver_outbox(admin_ws, [queued.mailing_id])
        assert (report.sent, report.unconfirmed) == (4, 1)
        assert cli("mailing", "resume").code == 0
    assert len(server.received) == 3  # the dropped one was not kept by this server...
    unconfirmed = [r for r in _rows(admin_ws).values() if r.last_error.startswith("unconfirmed")]
    assert len(unconfirmed) == 1 and unconfirmed[0].status == "sent"  # ...and not resent
    status = json.loads(cli("mailing", "status", "--json").out)
    assert status[0]["counts"]["unconfirmed"] == 1


def test_opt_out_after_queueing_is_honoured(admin_ws: Workspace) -> None:
    people = _people(admin_ws, 8)
    ids = list(people)
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        queued = outbox.queue_mailing(admin_ws, DRAFT, Selection())
        assert queued.queued == 8
        consent.opt_out(admin_ws, ids[2], "email", evidence="phoned after the mailing was set up")
        later = ids[6]

        def opt_out_midway(progress: sender.SendProgress) -> None:
            if progress.done == 1:  # while the mailing is going out
                consent.opt_out(admin_ws, later, "email", evidence="replied 'stop'")

        report = sender.deliver_outbox(admin_ws, [queued.mailing_id], progress=opt_out_midway)
    received = set(server.recipients())
    assert people[ids[2]] not in received and people[later] not in received
    assert received == {a for cid, a in people.items() if cid not in (ids[2], later)}
    assert {e.contact_id for e in report.excluded} == {ids[2], later}
    rows = _rows(admin_ws)
    for cid in (ids[2], later):
        assert rows[people[cid]].status == "excluded"
        assert "opted out of email" in rows[people[cid]].last_error
