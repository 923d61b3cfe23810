"""Where replies to a mailing come from: a folder of .eml files, one .eml file, an mbox file,
or a folder on an IMAP server (read-only: nothing is marked, moved or deleted)."""

from __future__ import annotations

import mailbox
from dataclasses import dataclass, field
from pathlib import Path

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.tls_trust import ServerTrust

MAX_MESSAGE_BYTES = 25 * 1024 * 1024
MAX_MESSAGES = 5000


@dataclass(frozen=True)
class SourceMessage:
    ref: str  # where it came from: a file name, "mbox #3", "IMAP uid 17"
    raw: bytes
    skipped: tuple[str, ...] = ()  # parts not read (attachments of a large message), and why


@dataclass(frozen=True)
class ImapSource:
    host: str
    port: int = 993
    security: str = "ssl"  # ssl, starttls or plain
    username: str = ""
    password: str = field(default="", repr=False)
    folder: str = "INBOX"  # as a person reads it; encoded for the wire when sent
    since_days: int | None = 60
    allow_plain: bool = False  # plain IMAP to another computer, confirmed by the person
    trust: ServerTrust | None = None  # the business's own CA or a pinned certificate


def read_path(path: Path) -> list[SourceMessage]:
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".eml")
        if not files:
            raise BadInput(_("{path} holds no .eml files.").format(path=path))
        return [SourceMessage(p.name, _read_file(p)) for p in files[:MAX_MESSAGES]]
    if not path.is_file():
        raise BadInput(_("{path} is neither a folder of .eml files nor a mailbox file.").format(
            path=path))
    head = _read_file(path, 5)
    if head.startswith(b"From "):
        return _read_mbox(path)
    return [SourceMessage(path.name, _read_file(path))]


def _read_file(path: Path, limit: int | None = None) -> bytes:
    try:
        if path.stat().st_size > MAX_MESSAGE_BYTES and limit is None:
            raise BadInput(_("{name} is larger than 25 MiB; it is not a reply.").format(
                name=path.name))
        with path.open("rb") as handle:
            return handle.read(limit) if limit else handle.read()
    except OSError as exc:
        raise BadInput(_("Cannot read {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None


def _read_mbox(path: Path) -> list[SourceMessage]:
    try:
        box = mailbox.mbox(path, create=False)
        result = []
        for index, key in enumerate(box.iterkeys(), start=1):
            raw = box.get_bytes(key)
            if len(raw) <= MAX_MESSAGE_BYTES:
                result.append(SourceMessage(f"{path.name} #{index}", raw))
            if len(result) >= MAX_MESSAGES:
                break
        box.close()
        return result
    except (OSError, mailbox.Error) as exc:
        raise BadInput(_("Cannot read the mailbox {path}: {exc}").format(
            path=path, exc=exc)) from None


def read_imap(source: ImapSource) -> list[SourceMessage]:
    """The folder's messages (large ones as header and text, with what was skipped)."""
    from contactweb.services.mailing.imap_reader import read_imap as read

    return read(source)
