"""Releasing the claim of a team vault's mailing run whose desktop is gone for good.

A run on a team vault holds a server lock (released by PostgreSQL when the desktop's
connection ends, however it ends) and leaves its mailings 'sending' until it ends. A desktop
that dies mid-run (killed, power lost) and never comes back therefore leaves nothing locked,
but its mailings 'sending': every other desktop is refused ("resume it there"), because only
the lost desktop's delivery journal knew which messages it had handed to the SMTP server.

So that the server knows it too, a team run marks each message 'sending' on the server, in a
commit of its own, just before handing it to the delivery agent (``HandOverMarks``).
After a crash, a message still 'sending' may have gone out. Releasing the claim (an
administrator's decision, audited, refused while the claiming connection is still alive)
counts those messages as sent, unconfirmed, so no desktop sends them again, and puts the
mailing back to 'stopped': the next Send or resume, on any desktop, delivers the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from contactweb.errors import BadInput, NotFound, Refused
from contactweb.i18n import _
from contactweb.models import Mailing, OutboxMessage, utcnow
from contactweb.services import audit
from contactweb.services.changes import Changes
from contactweb.services.mailing.delivery_records import OutcomeRecorder
from contactweb.services.mailing.journal import UNCONFIRMED
from contactweb.services.mailing.run_control import SERVER_LOCK_NAME
from contactweb.store.server_lock import ServerLock
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

RELEASED = Changes(contacts=True, communications=True, mailings=True)


@dataclass(frozen=True)
class ClaimReleased:
    mailing_id: int
    unconfirmed: int  # handed over by the lost desktop, outcome unknown: counted as sent
    changes: Changes = RELEASED


class HandOverMarks:
    """A team run's marks: each committed before its message goes to the agent, on a
    connection of their own in autocommit (one round trip a message; the run's batched
    outcomes are neither committed with it nor waited for). Nothing on a desktop vault,
    whose own journal is the whole truth."""

    def __init__(self, ws: Workspace) -> None:
        self._conn: Connection | None = None
        if ws.on_team_server and ws.engine is not None:
            self._conn = ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT")

    def mark(self, row_id: int) -> None:
        if self._conn is not None:
            self._conn.execute(update(OutboxMessage).where(OutboxMessage.id == row_id)
                               .values(status="sending"))

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


def release_claim(ws: Workspace, mailing_id: int) -> ClaimReleased:
    ws.require(Action.MAILING_SEND)
    ws.require(Action.USER_MANAGE)  # an administrator's decision
    if not ws.on_team_server:
        raise BadInput(_("Only a team vault's mailing runs are claimed by a desktop. On this "
                         "computer, press Send again to resume an interrupted run."))
    assert ws.engine is not None
    lock = ServerLock(ws.engine, SERVER_LOCK_NAME)
    if not lock.try_acquire():
        holder = lock.holder()
        raise Refused(_(
            "{name} is sending this vault's mailings right now: the desktop that claimed the "
            "run is still connected to the server. Its claim ends when that run ends or that "
            "desktop's connection ends; nothing was changed.").format(
                name=holder.split(".", 1)[-1] if holder else _("another person")))
    try:
        with ws.session() as session:
            mailing = session.get(Mailing, mailing_id)
            if mailing is None:
                raise NotFound(_("No mailing {id}.").format(id=mailing_id))
            if mailing.status != "sending":
                raise BadInput(_("Mailing {id} is not claimed by any desktop (it is {status}); "
                                 "there is nothing to release.").format(
                                     id=mailing_id, status=mailing.status))
            handed = session.execute(
                select(OutboxMessage.id, OutboxMessage.attempts)
                .where(OutboxMessage.mailing_id == mailing_id,
                       OutboxMessage.status == "sending")
                .order_by(OutboxMessage.id)).all()
            recorder = OutcomeRecorder(session, ws)
            when = utcnow()
            unconfirmed = sum(recorder.settle(row_id, UNCONFIRMED, 0, attempts + 1, when)
                              for row_id, attempts in handed)
            mailing.status = "stopped"
            audit.record(session, ws, "mailing.claim_release", "mailing", mailing_id,
                         {"unconfirmed": unconfirmed})
    finally:
        lock.release()
    return ClaimReleased(mailing_id, unconfirmed)


def claimed_mailing_ids(ws: Workspace) -> set[int]:
    """The mailings a run left 'sending' (running now elsewhere, or interrupted)."""
    with ws.session(readonly=True) as session:
        return set(session.execute(select(Mailing.id).where(Mailing.status == "sending"))
                   .scalars())
