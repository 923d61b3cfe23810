"""The delivery journal and the locks that keep one mailing run per vault.

The journal is a small append-only file beside the vault, written by the delivery agent. It
holds outbox row ids, attempt numbers, SMTP reply codes and times, nothing about any person
(the server's reply text, which may name the recipient, only reaches the encrypted vault).

Why it exists: an SMTP server accepts a message when it reads the final "." of DATA, and no
SMTP command can ask it afterwards whether it did. The agent writes (and fsyncs) ``begin``
just before that dot and ``end`` with the reply code right after, so a later run can tell
"never reached the dot" (safe to send again) from "maybe delivered" (never sent again).

Standard library only: the agent imports it.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

JOURNAL_NAME = "mailing-journal.log"
RUN_LOCK_NAME = "mailing-run.lock"
AGENT_LOCK_NAME = "mailing-agent.lock"

# Outcome kinds, shared with the agent and the sender.
SENT = "sent"
PERMANENT = "permanent"  # 5xx: the server refused; retried only on request
TRANSIENT = "transient"  # 4xx, connection lost before the final dot: retried
UNCONFIRMED = "unconfirmed"  # the final dot went out but no reply came: never resent
CONNECTION = "connection"  # could not connect or sign in: the run stops
# How an outbox row's note starts when its message is counted as sent without confirmation.
UNCONFIRMED_NOTE = "unconfirmed"


class LockBusy(Exception):
    """Another process holds the lock."""


class FileLock:
    """An exclusive advisory lock on a file, released when the holder exits in any way
    (the operating system drops it with the process)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        deadline = time.monotonic() + wait_seconds
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        while True:
            try:
                _lock(fd)
                self._fd = fd
                return
            except OSError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockBusy(str(self.path)) from None
                time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @contextmanager
    def held(self, wait_seconds: float = 0.0) -> Iterator[None]:
        self.acquire(wait_seconds)
        try:
            yield
        finally:
            self.release()


try:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

except ImportError:  # Windows
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


@dataclass(frozen=True)
class JournalEntry:
    row: int
    attempt: int
    event: str  # "begin" or "end"
    kind: str = ""  # for "end": SENT, PERMANENT, TRANSIENT or UNCONFIRMED
    code: int = 0
    at: float = 0.0


class DeliveryJournal:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / JOURNAL_NAME
        self._file = None

    def _append(self, entry: dict, sync: bool) -> None:
        if self._file is None:
            self._file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - kept open
        self._file.write(json.dumps(entry, separators=(",", ":")) + "\n")
        self._file.flush()
        if sync:
            os.fsync(self._file.fileno())

    def begin(self, row: int, attempt: int) -> None:
        """Durable before the final dot: after a power loss too, the message counts as
        possibly delivered and is never sent twice."""
        self._append({"row": row, "attempt": attempt, "event": "begin", "at": time.time()},
                     sync=True)

    def end(self, row: int, attempt: int, kind: str, code: int) -> None:
        self._append({"row": row, "attempt": attempt, "event": "end", "kind": kind,
                      "code": code, "at": time.time()}, sync=False)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def entries(self) -> list[JournalEntry]:
        """Every complete line; a line cut short by a crash is skipped."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        result = []
        for line in text.splitlines():
            try:
                data = json.loads(line)
                result.append(JournalEntry(int(data["row"]), int(data["attempt"]),
                                           str(data["event"]), str(data.get("kind", "")),
                                           int(data.get("code", 0)), float(data.get("at", 0))))
            except (ValueError, KeyError, TypeError):
                continue
        return result

    def last_states(self) -> dict[int, JournalEntry]:
        """Per row, the newest entry: a ``begin`` without its ``end`` is in doubt."""
        states: dict[int, JournalEntry] = {}
        for entry in self.entries():
            states[entry.row] = entry
        return states

    def clear(self) -> None:
        self.close()
        try:
            os.remove(self.path)
        except FileNotFoundError:
            pass
