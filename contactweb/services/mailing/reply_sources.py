"""Where replies to a mailing come from: a folder of .eml files, one .eml file, an mbox file,
or a folder on an IMAP server (read-only: nothing is marked, moved or deleted)."""

from __future__ import annotations

import imaplib
import mailbox
import ssl
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from contactweb.errors import BadInput

MAX_MESSAGE_BYTES = 25 * 1024 * 1024
MAX_MESSAGES = 5000


@dataclass(frozen=True)
class SourceMessage:
    ref: str  # where it came from: a file name, "mbox #3", "IMAP uid 17"
    raw: bytes


@dataclass(frozen=True)
class ImapSource:
    host: str
    port: int = 993
    security: str = "ssl"  # ssl, starttls or plain
    username: str = ""
    password: str = ""
    folder: str = "INBOX"
    since_days: int | None = 60


def read_path(path: Path) -> list[SourceMessage]:
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".eml")
        if not files:
            raise BadInput(f"{path} holds no .eml files.")
        return [SourceMessage(p.name, _read_file(p)) for p in files[:MAX_MESSAGES]]
    if not path.is_file():
        raise BadInput(f"{path} is neither a folder of .eml files nor a mailbox file.")
    head = _read_file(path, 5)
    if head.startswith(b"From "):
        return _read_mbox(path)
    return [SourceMessage(path.name, _read_file(path))]


def _read_file(path: Path, limit: int | None = None) -> bytes:
    try:
        if path.stat().st_size > MAX_MESSAGE_BYTES and limit is None:
            raise BadInput(f"{path.name} is larger than 25 MiB; it is not a reply.")
        with path.open("rb") as handle:
            return handle.read(limit) if limit else handle.read()
    except OSError as exc:
        raise BadInput(f"Cannot read {path}: {exc.strerror}") from None


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
        raise BadInput(f"Cannot read the mailbox {path}: {exc}") from None


def read_imap(source: ImapSource) -> list[SourceMessage]:
    where = f"{source.host}:{source.port}"
    try:
        conn = _imap_connect(source)
    except (OSError, ssl.SSLError, imaplib.IMAP4.error) as exc:
        raise BadInput(f"Cannot reach the IMAP server {where}: {exc}") from None
    try:
        try:
            conn.login(source.username, source.password)
        except imaplib.IMAP4.error:
            raise BadInput(f"The IMAP server {where} refused the user name or password.") \
                from None
        status, _ = conn.select(_quoted(source.folder), readonly=True)
        if status != "OK":
            raise BadInput(f"The IMAP server has no folder {source.folder!r}.")
        criteria = "ALL"
        if source.since_days:
            since = date.today() - timedelta(days=source.since_days)
            criteria = f"SINCE {since.day:02d}-{since:%b}-{since.year}"
        status, data = conn.uid("SEARCH", None, criteria)
        if status != "OK":
            raise BadInput(f"The IMAP server could not search {source.folder!r}.")
        uids = (data[0] or b"").split()[-MAX_MESSAGES:]
        result = []
        for uid in uids:
            status, parts = conn.uid("FETCH", uid, "(BODY.PEEK[])")
            raw = next((p[1] for p in parts or [] if isinstance(p, tuple)), None)
            if status == "OK" and raw and len(raw) <= MAX_MESSAGE_BYTES:
                result.append(SourceMessage(f"IMAP {source.folder} uid {uid.decode()}", raw))
        return result
    except (OSError, imaplib.IMAP4.error) as exc:
        raise BadInput(f"Reading from the IMAP server {where} failed: {exc}") from None
    finally:
        try:
            conn.logout()
        except (OSError, imaplib.IMAP4.error):
            pass


def _imap_connect(source: ImapSource) -> imaplib.IMAP4:
    context = ssl.create_default_context()
    if source.security == "ssl":
        return imaplib.IMAP4_SSL(source.host, source.port, ssl_context=context, timeout=30)
    conn = imaplib.IMAP4(source.host, source.port, timeout=30)
    if source.security == "starttls":
        conn.starttls(ssl_context=context)
    return conn


def _quoted(folder: str) -> str:
    if not folder or any(ch in folder for ch in "\r\n"):
        raise BadInput("Give an IMAP folder name such as INBOX.")
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'

