"""Settling an interrupted run from the delivery journal, and one run per vault."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from contactweb.errors import Refused
from contactweb.models import OutboxMessage
from contactweb.services.activity import communications
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.journal import (
    AGENT_LOCK_NAME,
    PERMANENT,
    RUN_LOCK_NAME,
    SENT,
    DeliveryJournal,
    FileLock,
)
from contactweb.services.mailing.message import Draft
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import ContactSpec, add_contacts, configure


def _queued(ws: Workspace, count: int) -> list[OutboxMessage]:
    configure(ws, 25)
    add_contacts(ws, [ContactSpec(f"Max{i}", "Row", f"max{i}@example.org") for i in range(count)])
    outbox.queue_mailing(ws, Draft("Hi {first_name}", "Hello"), Selection())
    with ws.session() as session:
        return list(session.execute(select(OutboxMessage).order_by(OutboxMessage.id)).scalars())


def test_journal_outcomes_settle_the_outbox(admin_ws: Workspace) -> None:
    rows = _queued(admin_ws, 5)
    journal = DeliveryJournal(admin_ws.vault.folder)
    journal.begin(rows[0].id, 1)
    journal.end(rows[0].id, 1, SENT, 250)
    journal.begin(rows[1].id, 1)  # killed between the final dot and the reply
    journal.end(rows[2].id, 1, PERMANENT, 550)  # refused before DATA
    journal.close()
    with open(journal.path, "a", encoding="utf-8") as handle:
        handle.write('{"row": 99, "attem')  # a line cut short by a kill
    assert sender.settle_journal(admin_ws) == 3
    assert not journal.path.exists()
    with admin_ws.session() as session:
        settled = {r.id: r for r in session.execute(select(OutboxMessage)).scalars()}
    assert settled[rows[0].id].status == "sent" and settled[rows[0].id].last_error == ""
    assert settled[rows[1].id].status == "sent"
    assert settled[rows[1].id].last_error.startswith("unconfirmed")
    assert settled[rows[2].id].status == "failed" and "550" in settled[rows[2].id].last_error
    assert [settled[r.id].status for r in rows[3:]] == ["queued", "queued"]
    timeline = communications.timeline(admin_ws, rows[0].contact_id)
    assert [(e.kind, e.subject) for e in timeline] == [("email", "Hi Max0")]
    assert sender.settle_journal(admin_ws) == 0  # nothing left, nothing changes


def test_an_already_sent_row_is_never_changed_by_an_old_journal(admin_ws: Workspace) -> None:
    rows = _queued(admin_ws, 1)
    with admin_ws.session() as session:
        session.get(OutboxMessage, rows[0].id).status = "sent"
    journal = DeliveryJournal(admin_ws.vault.folder)
    journal.end(rows[0].id, 1, PERMANENT, 550)
    journal.close()
    assert sender.settle_journal(admin_ws) == 0
    with admin_ws.session() as session:
        assert session.get(OutboxMessage, rows[0].id).status == "sent"


def test_one_run_per_vault(admin_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    _queued(admin_ws, 1)
    other_run = FileLock(admin_ws.vault.folder / RUN_LOCK_NAME)
    with other_run.held(), pytest.raises(Refused, match="Another mailing run"):
        sender.deliver_outbox(admin_ws)
    monkeypatch.setattr(sender, "AGENT_WAIT_SECONDS", 0.2)
    old_agent = FileLock(admin_ws.vault.folder / AGENT_LOCK_NAME)
    with old_agent.held(), pytest.raises(Refused, match="still finishing"):
        sender.deliver_outbox(admin_ws)
    with admin_ws.session() as session:  # nothing was touched
        assert {r.status for r in session.execute(select(OutboxMessage)).scalars()} == {
            "queued"}
