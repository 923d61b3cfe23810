"""The delivery agent: a small process that owns the SMTP connection for one mailing run.

Why a separate process: the moment a server accepts a message (the final "." of DATA) cannot
be made atomic with a database commit. If the process writing the vault were killed between
the two, a later run could not know whether that recipient got the message. The sender
therefore hands each complete message to this agent. A message the agent has received in full
is finished by the agent even if the sender is killed (it runs in its own session, so a
Ctrl-C or kill of the sender does not reach it), and its outcome goes to the journal. When the
sender is gone the agent ends after that one message. ``mailing resume`` waits for the agent's
lock, then settles the run from the journal.

Protocol over stdin/stdout: frames of a 4-byte length and a JSON header, then a 4-byte length
and raw bytes. Standard library only, so the agent starts quickly and holds no vault key.

    python -m contactweb.services.mailing.agent VAULT_FOLDER
"""

from __future__ import annotations

import json
import os
import smtplib
import struct
import subprocess
import sys
from pathlib import Path
from typing import BinaryIO

from contactweb import i18n
from contactweb.i18n import N_, _
from contactweb.services.mailing.journal import (
    AGENT_LOCK_NAME,
    CONNECTION,
    TRANSIENT,
    DeliveryJournal,
    FileLock,
    LockBusy,
)
from contactweb.services.mailing.smtp_transport import (
    Outcome,
    SmtpConfig,
    SmtpSetupError,
    connect,
    deliver,
    is_open,
    quit_quietly,
)

_LENGTH = struct.Struct(">I")
MAX_FRAME = 64 * 1024 * 1024


def write_frame(stream: BinaryIO, header: dict, data: bytes = b"") -> None:
    """One write call, so a frame is either sent whole or (if the writer dies) cut short."""
    head = json.dumps(header).encode("utf-8")
    stream.write(_LENGTH.pack(len(head)) + head + _LENGTH.pack(len(data)) + data)
    stream.flush()


def _read_exact(stream: BinaryIO, size: int) -> bytes | None:
    chunks, remaining = [], size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: BinaryIO) -> tuple[dict, bytes] | None:
    """None at the end of the stream or for a frame cut short (its writer died)."""
    parts = []
    for _part in range(2):
        raw = _read_exact(stream, _LENGTH.size)
        if raw is None:
            return None
        (size,) = _LENGTH.unpack(raw)
        if size > MAX_FRAME:
            return None
        body = _read_exact(stream, size)
        if body is None:
            return None
        parts.append(body)
    return json.loads(parts[0].decode("utf-8")), parts[1]


class AgentSession:
    """The agent's state: configuration, the open connection and the journal."""

    def __init__(self, folder: Path) -> None:
        self.journal = DeliveryJournal(folder)
        self.config: SmtpConfig | None = None
        self.smtp: smtplib.SMTP | None = None

    def configure(self, header: dict) -> dict:
        self.config = SmtpConfig(**header["smtp"])
        try:
            self.smtp = connect(self.config)
        except SmtpSetupError as exc:
            return {"ok": False, "error": str(exc)}
        return {"ok": True}

    def send(self, header: dict, data: bytes) -> Outcome:
        row, attempt = int(header["row"]), int(header["attempt"])
        retried_after = ""
        for _try in range(2):
            reused = is_open(self.smtp)
            if not reused:
                try:
                    self.smtp = connect(self.config)
                except SmtpSetupError as exc:
                    self.smtp = None
                    return Outcome(CONNECTION, 0, str(exc))
            outcome = deliver(self.smtp, header["from"], header["to"], data,
                              lambda: self.journal.begin(row, attempt))
            if outcome.kind == TRANSIENT and outcome.code == 0 and reused \
                    and not is_open(self.smtp):
                # The server closed an idle connection before the final dot: nothing was
                # delivered, so the message goes again on a fresh connection at once.
                retried_after = outcome.text
                continue
            break
        if not is_open(self.smtp):
            self.smtp = None
        if outcome.kind != CONNECTION and (outcome.kind != TRANSIENT or outcome.code):
            self.journal.end(row, attempt, outcome.kind, outcome.code)
        return Outcome(outcome.kind, outcome.code, outcome.text, retried_after)

    def close(self) -> None:
        quit_quietly(self.smtp)
        self.smtp = None
        self.journal.close()


def serve(folder: Path, requests: BinaryIO, replies: BinaryIO) -> int:
    lock = FileLock(Path(folder) / AGENT_LOCK_NAME)
    try:
        lock.acquire(wait_seconds=30)
    except LockBusy:
        write_frame(replies, {"ok": False,
                              "error": _("Another delivery agent is still running.")})
        return 1
    session = AgentSession(Path(folder))
    try:
        while True:
            frame = read_frame(requests)
            if frame is None:
                break
            header, data = frame
            if header.get("op") == "config":
                reply = session.configure(header)
            elif header.get("op") == "send":
                outcome = session.send(header, data)
                reply = {"kind": outcome.kind, "code": outcome.code, "text": outcome.text,
                         "retried_after": outcome.retried_after}
            else:
                break
            try:
                write_frame(replies, reply)
            except OSError:
                break  # the sender is gone; the journal has the outcome
    finally:
        session.close()
        lock.release()
    return 0


def agent_command(folder: Path) -> list[str]:
    if getattr(sys, "frozen", False):  # the installed program: its command line has a hook
        return [sys.executable, "mailing", "deliver-agent", str(folder)]
    return [sys.executable, "-m", "contactweb.services.mailing.agent", str(folder)]


STOPPED = N_("The delivery agent stopped unexpectedly.")


class AgentError(Exception):
    """The agent could not start or stopped answering."""


class DeliveryAgent:
    """The sender's handle on a running agent."""

    def __init__(self, folder: Path, config: SmtpConfig) -> None:
        # The agent's outcomes (a refused address, a failed sign-in) are read by the person
        # who sends: it speaks their language, which may be chosen in the window, not the
        # environment.
        environment = {**os.environ, "CONTACTWEB_LANG": i18n.active_language()}
        self.process = subprocess.Popen(
            agent_command(folder), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, start_new_session=True, env=environment)
        reply = self._exchange({"op": "config", "smtp": config.to_dict()})
        if not reply.get("ok"):
            self.close()
            raise SmtpSetupError(reply.get("error") or _("The delivery agent did not start."))

    def _exchange(self, header: dict, data: bytes = b"") -> dict:
        try:
            write_frame(self.process.stdin, header, data)
            frame = read_frame(self.process.stdout)
        except OSError:
            frame = None
        if frame is None:
            raise AgentError(_(STOPPED))
        return frame[0]

    def submit(self, row: int, attempt: int, mail_from: str, rcpt_to: str,
               data: bytes) -> None:
        """Hand one complete message over; the agent delivers it even if this process dies
        from here on. Collect the outcome with ``result``."""
        try:
            write_frame(self.process.stdin, {"op": "send", "row": row, "attempt": attempt,
                                             "from": mail_from, "to": rcpt_to}, data)
        except OSError:
            raise AgentError(_(STOPPED)) from None

    def result(self) -> Outcome:
        try:
            frame = read_frame(self.process.stdout)
        except OSError:
            frame = None
        if frame is None:
            raise AgentError(_(STOPPED))
        reply = frame[0]
        return Outcome(reply["kind"], int(reply.get("code", 0)), reply.get("text", ""),
                       reply.get("retried_after", ""))

    def send(self, row: int, attempt: int, mail_from: str, rcpt_to: str, data: bytes) -> Outcome:
        self.submit(row, attempt, mail_from, rcpt_to, data)
        return self.result()

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            self.process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m contactweb.services.mailing.agent VAULT_FOLDER", file=sys.stderr)
        return 2
    return serve(Path(args[0]), sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
