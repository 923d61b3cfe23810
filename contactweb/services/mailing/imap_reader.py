"""Replies read from an IMAP folder, read-only: the folder is EXAMINEd and every fetch is a
PEEK, so nothing is marked, moved or deleted.

A small message is fetched whole. Of a large one, only the header and the text parts are
fetched (BODYSTRUCTURE first), each up to a cap; every part left behind is named with the
reason, so nothing is left out silently.
"""

from __future__ import annotations

import imaplib
import ssl
from dataclasses import dataclass
from datetime import date, timedelta

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.mailing import imap_utf7
from contactweb.services.mailing.imap_structure import (
    Part,
    ResponseError,
    fetch_items,
    human_size,
    parse,
    parts,
    rebuild,
)
from contactweb.services.mailing.reply_sources import MAX_MESSAGES, ImapSource, SourceMessage
from contactweb.services.tls_trust import client_context, explain, is_this_computer

WHOLE_MESSAGE_BYTES = 1024 * 1024  # fetched as it is (bounces keep their attached parts)
TEXT_PART_BYTES = 2 * 1024 * 1024  # the largest text part read of a larger message
TEXT_TOTAL_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Folder:
    name: str  # as a person reads it
    selectable: bool


def check_plain(source: ImapSource) -> None:
    """Plain IMAP sends the password and every reply in the clear: only to this computer,
    or when the person has said yes to it."""
    if source.security == "plain" and not source.allow_plain and \
            not is_this_computer(source.host):
        raise BadInput(_("Plain IMAP to {host} sends the password and the replies "
                         "unencrypted over the network. Choose SSL or STARTTLS, or confirm "
                         "with --allow-plain (in the window: answer yes) on a network you trust.").format(
            host=source.host))


def _connect(source: ImapSource) -> imaplib.IMAP4:
    check_plain(source)
    where = f"{source.host}:{source.port}"
    context = client_context(source.trust)
    try:
        if source.security == "ssl":
            conn = imaplib.IMAP4_SSL(source.host, source.port, ssl_context=context, timeout=30)
        else:
            conn = imaplib.IMAP4(source.host, source.port, timeout=30)
            if source.security == "starttls":
                conn.starttls(ssl_context=context)
    except ssl.SSLError as exc:
        raise BadInput(explain(exc, "imap", where)) from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise BadInput(_("Cannot reach the IMAP server {where}: {exc}").format(
            where=where, exc=exc)) from None
    try:
        conn.login(source.username, source.password)
    except imaplib.IMAP4.error:
        _logout(conn)
        raise BadInput(_("The IMAP server {where} refused the user name or password.").format(
            where=where)) from None
    except OSError as exc:
        _logout(conn)
        raise BadInput(_("The IMAP server {where} dropped the connection: {exc}").format(
            where=where, exc=exc)) from None
    return conn


def _logout(conn: imaplib.IMAP4) -> None:
    try:
        conn.logout()
    except (OSError, imaplib.IMAP4.error):
        pass


def quoted(folder: str) -> str:
    if not folder or any(ch in folder for ch in "\r\n"):
        raise BadInput(_("Give an IMAP folder name such as INBOX."))
    wire = imap_utf7.encode(folder)
    return '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'


def list_folders(source: ImapSource) -> list[Folder]:
    """The account's folders (LIST), INBOX first, names decoded for people."""
    conn = _connect(source)
    try:
        status, data = conn.list()
        if status != "OK":
            raise BadInput(_("The IMAP server {host} did not list its folders.").format(
                host=source.host))
        folders = []
        for line in data:
            if line is None:
                continue
            items = parse(line if isinstance(line, bytes) else line[0] + b"\r\n" + line[1])
            if len(items) < 3 or not isinstance(items[0], list):
                continue
            flags = {f.lower() for f in items[0] if isinstance(f, bytes)}
            name = items[2] if isinstance(items[2], bytes) else b""
            folders.append(Folder(imap_utf7.decode_or_raw(name),
                                  b"\\noselect" not in flags and b"\\nonexistent" not in flags))
        return sorted(folders, key=lambda f: (f.name.upper() != "INBOX", f.name.lower()))
    except ResponseError as exc:
        raise BadInput(_("The IMAP server's folder list is not readable: {exc}").format(
            exc=exc)) from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise BadInput(_("Listing the folders of {host} failed: {exc}").format(
            host=source.host, exc=exc)) from None
    finally:
        _logout(conn)


def read_imap(source: ImapSource) -> list[SourceMessage]:
    conn = _connect(source)
    where = f"{source.host}:{source.port}"
    try:
        status, _count = conn.select(quoted(source.folder), readonly=True)
        if status != "OK":
            raise BadInput(_("The IMAP server has no folder {folder!r}.").format(
                folder=source.folder))
        criteria = "ALL"
        if source.since_days:
            since = date.today() - timedelta(days=source.since_days)
            criteria = f"SINCE {since.day:02d}-{since:%b}-{since.year}"
        status, data = conn.uid("SEARCH", None, criteria)
        if status != "OK":
            raise BadInput(_("The IMAP server could not search {folder!r}.").format(
                folder=source.folder))
        uids = (data[0] or b"").split()[-MAX_MESSAGES:]
        return [_read_one(conn, f"IMAP {source.folder} uid {uid.decode()}", uid)
                for uid in uids]
    except ResponseError as exc:
        raise BadInput(_("The IMAP server {where} answered something unreadable: {exc}").format(
            where=where, exc=exc)) \
            from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise BadInput(_("Reading from the IMAP server {where} failed: {exc}").format(
            where=where, exc=exc)) from None
    finally:
        _logout(conn)


def _fetch(conn: imaplib.IMAP4, uid: bytes, what: str) -> dict[bytes, object]:
    status, data = conn.uid("FETCH", uid, what)
    if status != "OK":
        raise ResponseError(f"FETCH {what} answered {status}")
    return fetch_items(data or [])


def _read_one(conn: imaplib.IMAP4, ref: str, uid: bytes) -> SourceMessage:
    size_item = _fetch(conn, uid, "(RFC822.SIZE)").get(b"RFC822.SIZE")
    size = int(size_item) if isinstance(size_item, bytes) and size_item.isdigit() else 0
    if size and size <= WHOLE_MESSAGE_BYTES:
        raw = _fetch(conn, uid, "(BODY.PEEK[])").get(b"BODY[]")
        if isinstance(raw, bytes):
            return SourceMessage(ref, raw)
    structure = _fetch(conn, uid, "(BODYSTRUCTURE)").get(b"BODYSTRUCTURE")
    leaves = parts(structure)
    wanted: list[Part] = []
    skipped: list[str] = []
    budget = TEXT_TOTAL_BYTES
    for part in leaves:
        if not part.readable:
            skipped.append(_("{part} not downloaded: only the text of a message over {size} is "
                             "read").format(part=part.describe(),
                                            size=human_size(WHOLE_MESSAGE_BYTES)))
        elif part.size > min(TEXT_PART_BYTES, budget):
            skipped.append(_("text part {part} not downloaded: larger than {size}").format(
                part=part.describe(), size=human_size(min(TEXT_PART_BYTES, budget))))
        else:
            wanted.append(part)
            budget -= part.size
    items = ["BODY.PEEK[HEADER]"]
    for part in wanted:
        if part.section != "TEXT":
            items.append(f"BODY.PEEK[{part.section}.MIME]")
        items.append(f"BODY.PEEK[{part.section}]")
    got = _fetch(conn, uid, f"({' '.join(items)})")
    header = got.get(b"BODY[HEADER]")
    if not isinstance(header, bytes):
        raise ResponseError(f"no header for {ref}")
    if wanted and wanted[0].section == "TEXT":
        body = got.get(b"BODY[TEXT]")
        return SourceMessage(ref, header + (body if isinstance(body, bytes) else b""),
                             tuple(skipped))
    sections = []
    for part in wanted:
        mime, body = got.get(f"BODY[{part.section}.MIME]".encode()), \
            got.get(f"BODY[{part.section}]".encode())
        if isinstance(mime, bytes) and isinstance(body, bytes):
            sections.append((mime, body))
        else:
            skipped.append(_("text part {part}: the server did not send it").format(
                part=part.describe()))
    return SourceMessage(ref, rebuild(header, sections), tuple(skipped))
