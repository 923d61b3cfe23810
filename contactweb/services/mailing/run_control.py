"""Keeping one mailing run per vault, and settling a run that was interrupted.

A run holds the run lock for its whole length. Its delivery agent holds the agent lock; after
a kill of the sender, the agent may still be finishing one message, so a new run waits for
that lock before it reads the journal (see ``agent`` and ``journal``).

On a team vault the lock files only keep one run per computer, so a run also holds a lock on
the server (``store.server_lock``): when two desktops press Send, one sends and the other is
told who is sending. The journal stays on the computer that wrote it, so a run interrupted on
one desktop (mailings left 'sending') is resumed there: that desktop keeps a claim file until
its run ends, and another desktop is refused until then, rather than sending again messages
whose outcome only that journal knows.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from contactweb.errors import Refused
from contactweb.i18n import _
from contactweb.models import Mailing
from contactweb.services.mailing.delivery_records import OutcomeRecorder
from contactweb.services.mailing.journal import (
    AGENT_LOCK_NAME,
    RUN_LOCK_NAME,
    UNCONFIRMED,
    DeliveryJournal,
    FileLock,
    LockBusy,
)
from contactweb.store.server_lock import ServerLock
from contactweb.vault.workspace import Workspace

CLAIM_NAME = "mailing-run.claimed"  # this desktop began a team run that has not ended
SERVER_LOCK_NAME = "mailing-run"
AGENT_WAIT_SECONDS = 180.0  # a previous run's agent may still be finishing one message


class exclusive_run:  # noqa: N801 - used as a context manager
    """One mailing run per vault; waits for a previous run's agent to finish its message."""

    def __init__(self, ws: Workspace, agent_wait: float = AGENT_WAIT_SECONDS) -> None:
        self.agent_wait = agent_wait
        self.run_lock = FileLock(ws.vault.folder / RUN_LOCK_NAME)
        self.agent_lock = FileLock(ws.vault.folder / AGENT_LOCK_NAME)
        self.ws = ws
        self.server_lock: ServerLock | None = None

    def __enter__(self) -> exclusive_run:
        try:
            self.run_lock.acquire()
        except LockBusy:
            raise Refused(_("Another mailing run is sending from this vault right now; wait "
                            "for it to finish (or stop it) first.")) from None
        if self.ws.on_team_server:
            try:
                self._claim_on_server()
            except BaseException:
                self.run_lock.release()
                raise
        try:
            self.agent_lock.acquire(wait_seconds=self.agent_wait)
            self.agent_lock.release()
        except LockBusy:
            self.run_lock.release()
            raise Refused(_("The delivery agent of an earlier run is still finishing a message; "
                            "try again in a minute.")) from None
        return self

    def _claim_on_server(self) -> None:
        assert self.ws.engine is not None
        lock = ServerLock(self.ws.engine, SERVER_LOCK_NAME)
        if not lock.try_acquire():
            holder = lock.holder()
            who = holder.split(".", 1)[-1] if holder else "another person"
            raise Refused(_("{who} is sending this vault's mailings from another desktop "
                            "right now; each message goes out once, from that desktop. Wait "
                            "for that run to finish.").format(who=who))
        claim = self.ws.vault.folder / CLAIM_NAME
        if not claim.exists() and _interrupted_runs(self.ws):
            lock.release()
            raise Refused(_("A mailing run was interrupted on another desktop. Resume it there "
                            "(press Send again on that desktop): only that desktop's delivery "
                            "journal knows which of its messages went out."))
        claim.write_text("")
        self.server_lock = lock

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.server_lock is not None:
            if exc_type is None:  # ended as it should: nothing left only this desktop knows
                (self.ws.vault.folder / CLAIM_NAME).unlink(missing_ok=True)
            self.server_lock.release()
            self.server_lock = None
        self.run_lock.release()


def _interrupted_runs(ws: Workspace) -> bool:
    with ws.session(readonly=True) as session:
        return session.execute(select(Mailing.id).where(Mailing.status == "sending")
                               .limit(1)).first() is not None


def settle_journal(ws: Workspace) -> int:
    """Apply an interrupted run's journal to the outbox (call with the run lock held and no
    agent alive); returns how many messages it settled."""
    journal = DeliveryJournal(ws.vault.folder)
    states = journal.last_states()
    if not states:
        journal.clear()
        return 0
    settled = 0
    with ws.session() as session:
        recorder = OutcomeRecorder(session, ws)
        for row_id, entry in sorted(states.items()):
            when = datetime.fromtimestamp(entry.at, UTC).replace(tzinfo=None)
            if entry.event == "begin":
                settled += recorder.settle(row_id, UNCONFIRMED, 0, entry.attempt, when)
            else:
                settled += recorder.settle(row_id, entry.kind, entry.code, entry.attempt, when)
    journal.clear()
    return settled
