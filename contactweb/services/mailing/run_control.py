"""Keeping one mailing run per vault, and settling a run that was interrupted.

A run holds the run lock for its whole length. Its delivery agent holds the agent lock; after
a kill of the sender, the agent may still be finishing one message, so a new run waits for
that lock before it reads the journal (see ``agent`` and ``journal``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from contactweb.errors import Refused
from contactweb.services.mailing.delivery_records import OutcomeRecorder
from contactweb.services.mailing.journal import (
    AGENT_LOCK_NAME,
    RUN_LOCK_NAME,
    UNCONFIRMED,
    DeliveryJournal,
    FileLock,
    LockBusy,
)
from contactweb.vault.workspace import Workspace

AGENT_WAIT_SECONDS = 180.0  # a previous run's agent may still be finishing one message


class exclusive_run:  # noqa: N801 - used as a context manager
    """One mailing run per vault; waits for a previous run's agent to finish its message."""

    def __init__(self, ws: Workspace, agent_wait: float = AGENT_WAIT_SECONDS) -> None:
        self.agent_wait = agent_wait
        self.run_lock = FileLock(ws.vault.folder / RUN_LOCK_NAME)
        self.agent_lock = FileLock(ws.vault.folder / AGENT_LOCK_NAME)

    def __enter__(self) -> exclusive_run:
        try:
            self.run_lock.acquire()
        except LockBusy:
            raise Refused("Another mailing run is sending from this vault right now; wait "
                          "for it to finish (or stop it) first.") from None
        try:
            self.agent_lock.acquire(wait_seconds=self.agent_wait)
            self.agent_lock.release()
        except LockBusy:
            self.run_lock.release()
            raise Refused("The delivery agent of an earlier run is still finishing a message; "
                          "try again in a minute.") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self.run_lock.release()


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
