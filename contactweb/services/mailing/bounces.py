"""Bounces that arrive in the mailbox after a mailing went out, read with the replies.

Two kinds:

* Delivery status notifications (RFC 3464): ``multipart/report; report-type=delivery-status``
  with a ``message/delivery-status`` part (``message/global-delivery-status``, RFC 6533, for
  internationalised mail). Each recipient block says ``Final-Recipient``, ``Action``
  (failed, delayed, ...), ``Status`` (5.1.1) and usually ``Diagnostic-Code`` (smtp; 550 ...).
* The plain-text notices some servers still write: qmail's "failure notice", Exim's "Mail
  delivery failed", Exchange's "Undeliverable:" / "Unzustellbar:", Gmail's "Delivery Status
  Notification (Failure)", sendmail's "Returned mail". These are read by their wording; an
  address counts only if a mailing was sent to it (the outbox), so a stray address quoted in
  the text cannot mark anyone.

A permanent failure about the address marks it undeliverable (``rejections``) with the
evidence: the status, the server's words and the bounce's date. A delay ("Action: delayed",
4.x.x) marks nothing: the server is still trying.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from sqlalchemy import func, select

from contactweb.models import OutboxMessage, utcnow
from contactweb.services.mailing.rejections import (
    Refusal,
    classify,
    enhanced_status,
    mark_undeliverable,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

_DAEMON = re.compile(r"^(?:mailer-daemon|mail-daemon|postmaster|mdaemon|mailerdaemon)$",
                     re.IGNORECASE)
_SUBJECT = re.compile(
    r"undelivered mail returned to sender|mail delivery failed|failure notice|"
    r"delivery status notification|undeliverable|unzustellbar|returned mail|"
    r"delivery failure|non remis|onbestelbaar|non recapitabile|no se puede entregar|"
    r"mail system error|nicht zustellbar|undelivered mail|delivery has failed", re.IGNORECASE)
_DELAYED = re.compile(
    r"\(delay\)|delayed|has not yet been delivered|not been delivered yet|will (?:continue|"
    r"keep) (?:to )?try|still trying|verzögert|zustellung verzögert|retard", re.IGNORECASE)
# Where the copy of the original message starts in a plain-text bounce.
_ORIGINAL = re.compile(
    r"^(?:-+ ?(?:this is a copy of|below this line is a copy|original message|"
    r"the original message)|original message headers|received: |return-path: |"
    r"message-id: |ursprüngliche nachricht)", re.IGNORECASE | re.MULTILINE)
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_REPLY = re.compile(r"(?<![\d.])([245]\d\d)(?:[ -]|\s+#?)(?:([245]\.\d{1,3}\.\d{1,3})\b)?")
_PERMANENT_WORDS = re.compile(r"permanent error|permanent failure|has failed|could not be "
                              r"delivered|wasn't delivered|was not delivered|"
                              r"fehlgeschlagen|address not found|user unknown|does not exist",
                              re.IGNORECASE)


@dataclass(frozen=True)
class Bounce:
    """One recipient's line of a bounce."""

    source: str  # where it came from: a file, "mbox #3", "IMAP uid 17"
    address: str
    action: str  # failed or delayed
    status: str  # the enhanced status, like 5.1.1 ("" when the bounce gave none)
    reply_code: int
    diagnostic: str
    dated: datetime  # the bounce's date (naive UTC)
    kind: str  # "dsn" or "plain text"
    bounce_id: str  # the bounce's own Message-ID, for the evidence

    @property
    def refusal(self) -> Refusal:
        permanent, about_address = (False, False) if self.action != "failed" else classify(
            self.reply_code, self.status or "5.0.0", "recipient", self.diagnostic)
        return Refusal(self.reply_code, self.status, "recipient", self.diagnostic, permanent,
                       about_address)

    @property
    def marks_address(self) -> bool:
        return self.refusal.about_address

    @property
    def evidence(self) -> str:
        return (f"{self.kind} bounce dated {self.dated:%Y-%m-%d %H:%M} UTC"
                + (f", Message-ID {self.bounce_id}" if self.bounce_id else "")
                + f" ({self.source})")


def _date(message: Message) -> datetime:
    try:
        when = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return utcnow()
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when


def _address_field(value: str) -> str:
    """'rfc822; ann@example.org' -> 'ann@example.org'."""
    kind, _, address = (value or "").partition(";")
    address = address if address else kind
    return parseaddr(address.strip())[1] or address.strip().strip("<>")


def _status_blocks(part: Message) -> list[Message]:
    """The header blocks of a delivery-status part: the per-message block, then one per
    recipient. Python parses message/delivery-status into blocks; the global form (and a part
    it could not parse) is text, parsed here the same way."""
    payload = part.get_payload()
    if isinstance(payload, list) and all(isinstance(p, Message) for p in payload):
        return payload
    raw = part.get_payload(decode=True) or b""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(payload)
    blocks = re.split(r"\r?\n\s*\r?\n", text.strip())
    return [email.message_from_string(block) for block in blocks if block.strip()]


def _from_dsn(message: Message, source: str) -> list[Bounce]:
    dated, bounce_id = _date(message), str(message.get("Message-ID", "")).strip()
    found = []
    for part in message.walk():
        if part.get_content_type() not in ("message/delivery-status",
                                           "message/global-delivery-status"):
            continue
        for block in _status_blocks(part)[1:]:
            address = _address_field(str(block.get("Final-Recipient")
                                         or block.get("Original-Recipient") or ""))
            action = str(block.get("Action", "")).strip().lower()
            if "@" not in address or action not in ("failed", "delayed"):
                continue
            diagnostic = " ".join(str(block.get("Diagnostic-Code", "")).split())
            words = diagnostic.partition(";")[2].strip() or diagnostic
            status = str(block.get("Status", "")).strip()
            status = enhanced_status(status) or enhanced_status(words)
            if status in ("5.0.0", "4.0.0") and enhanced_status(words):
                status = enhanced_status(words)  # the remote server's code is more precise
            reply = _REPLY.match(words)
            found.append(Bounce(source, address, action, status,
                                int(reply.group(1)) if reply else 0, words[:500], dated,
                                "dsn", bounce_id))
    return found


def _body_text(message: Message) -> str:
    part = message.get_body(("plain",)) if message.is_multipart() else message
    try:
        content = part.get_content() if part is not None else ""
    except (LookupError, ValueError, AttributeError):
        raw = message.get_payload(decode=True) or b""
        content = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
    return content if isinstance(content, str) else ""


def _looks_like_bounce(message: Message) -> bool:
    subject = " ".join(str(message.get("Subject", "")).split())
    name, sender = parseaddr(str(message.get("From", "")))
    return bool(_SUBJECT.search(subject) or _DAEMON.match(sender.split("@")[0])
                or "mail delivery" in name.lower())


def _from_plain(message: Message, source: str, own: set[str]) -> list[Bounce]:
    text = _body_text(message)
    cut = _ORIGINAL.search(text)
    report = text[:cut.start()] if cut else text
    subject = " ".join(str(message.get("Subject", "")).split())
    delayed = bool(_DELAYED.search(subject) or _DELAYED.search(report[:1500]))
    dated, bounce_id = _date(message), str(message.get("Message-ID", "")).strip()
    found: dict[str, Bounce] = {}
    for match in _ADDRESS.finditer(report):
        address = match.group(0).strip(".")
        key = address.lower()
        if key in own or key in found:
            continue
        # The reason is the first reply code after the address (qmail, Exim, Exchange put it
        # a line or two below the address).
        after = report[match.end():match.end() + 600]
        reply = _REPLY.search(after)
        code = int(reply.group(1)) if reply else 0
        status = (reply.group(2) or "") if reply else enhanced_status(after)
        line_end = after.find("\n", reply.start()) if reply else -1
        words = " ".join((after[reply.start():line_end if line_end > 0 else None] if reply
                          else "").split()).strip("'\"")
        permanent = not delayed and (code >= 500 or status.startswith("5.") or (
            not code and bool(_PERMANENT_WORDS.search(report))))
        found[key] = Bounce(source, address, "failed" if permanent else "delayed",
                            status, code, words[:500], dated, "plain text", bounce_id)
    return list(found.values())


def read_bounce(message: Message, source: str = "") -> list[Bounce] | None:
    """The recipients a bounce reports, or None when the message is not a bounce."""
    if message.get_content_type() == "multipart/report":
        if message.get_param("report-type", "").lower() in ("delivery-status",
                                                              "global-delivery-status"):
            return _from_dsn(message, source)
        return None  # a read receipt or another report: not a bounce
    if not _looks_like_bounce(message):
        return None
    own = {a.lower() for _, a in getaddresses([str(message.get("To", "")),
                                               str(message.get("From", ""))]) if a}
    return _from_plain(message, source, own)


def _sent_to(session, address: str) -> bool:  # noqa: ANN001
    return session.execute(select(OutboxMessage.id).where(
        func.lower(OutboxMessage.to_address) == address.lower(),
        OutboxMessage.status == "sent").limit(1)).first() is not None


def record_bounces(ws: Workspace, bounces: list[Bounce]) -> int:
    """Mark the addresses of permanent failures undeliverable; returns how many contacts
    were marked. Delays and refusals of the message (not the address) mark nothing."""
    ws.require(Action.MAILING_SEND)
    marked = 0
    with ws.session() as session:
        for bounce in bounces:
            if not bounce.marks_address:
                continue
            if bounce.kind != "dsn" and not _sent_to(session, bounce.address):
                continue  # plain text is read by its wording: only addresses we mailed
            marked += len(mark_undeliverable(session, ws, bounce.address, bounce.refusal,
                                             "bounce", bounce.evidence, bounce.dated))
    return marked
