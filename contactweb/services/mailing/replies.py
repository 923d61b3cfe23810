"""Opt-outs from replies: find the messages that ask to unsubscribe, stop or be removed,
match their senders to contacts, show that list, and only then record the opt-outs with the
message (headers and the first 2 KB of its text) as evidence.

Detection (reply_language) reads the subject and what the person wrote, not the mailing quoted
below it (reply_text), in English, German, French and Spanish. Automatic replies (auto_replies)
are set aside. A missed request is a consent failure, so every other reply is listed for a
person to decide, with its sender, subject and the start of its text.
"""

from __future__ import annotations

import email
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from email.message import Message
from email.policy import default
from email.utils import getaddresses

from sqlalchemy import func, select

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.models import Contact, ContactEmail
from contactweb.services import audit
from contactweb.services.consent import consent
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.services.eligibility.eligibility import HIDDEN_NAME
from contactweb.services.mailing.auto_replies import automatic_reason, is_automatic
from contactweb.services.mailing.bounces import Bounce, read_bounce
from contactweb.services.mailing.reply_language import detect, opt_out_phrase
from contactweb.services.mailing.reply_sources import SourceMessage
from contactweb.services.mailing.reply_text import excerpt, own_lines
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

__all__ = ["is_automatic", "opt_out_phrase", "own_lines", "scan", "record", "decide"]

EVIDENCE_BODY_CHARS = 2048
CHOSEN_BY_PERSON = "(chosen by a person)"

# Finding statuses
WILL_RECORD = "opt_out"
ALREADY = "already_opted_out"
NO_CONTACT = "no_contact"
STATUS_TEXT = {WILL_RECORD: "record an opt-out", ALREADY: "already opted out",
               NO_CONTACT: "no contact with this address"}

# What a message is
AUTOMATIC = "automatic"
OPT_OUT = "opt_out"
OTHER = "other"


@dataclass(frozen=True)
class ReplyFinding:
    source: str
    sender: str
    subject: str
    phrase: str  # the words that asked to opt out; '' for a reply a person must read
    status: str  # WILL_RECORD, ALREADY or NO_CONTACT (for an undecided reply: if chosen)
    contacts: list[tuple[int, str]] = field(default_factory=list)  # (id, name) to opt out
    evidence: str = ""
    excerpt: str = ""  # the start of what the person wrote
    note: str = ""  # why a mention of unsubscribing was not taken as a request


@dataclass(frozen=True)
class AutomaticReply:
    source: str
    sender: str
    subject: str
    reason: str  # the header or subject that shows a program wrote it


@dataclass
class ReplyScan:
    findings: list[ReplyFinding] = field(default_factory=list)
    undecided: list[ReplyFinding] = field(default_factory=list)  # for a person to read
    automatic_replies: list[AutomaticReply] = field(default_factory=list)
    bounces: list[Bounce] = field(default_factory=list)  # read apart: see bounces.py
    checked: int = 0
    automatic: int = 0  # messages written by a program (automatic replies), set aside

    @property
    def other(self) -> int:
        """Replies that did not ask in words we know; each is in ``undecided``."""
        return len(self.undecided)

    @property
    def to_record(self) -> list[ReplyFinding]:
        return [f for f in self.findings if f.status == WILL_RECORD]


@dataclass(frozen=True)
class Classification:
    kind: str  # AUTOMATIC, OPT_OUT or OTHER
    phrase: str = ""  # the words that asked, for OPT_OUT
    reason: str = ""  # for AUTOMATIC: which header or subject; for OTHER: what was set aside
    excerpt: str = ""


def parse(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=default)


def text_of(message: Message) -> str:
    """The plain text the person wrote (HTML reduced to text when there is no plain part)."""
    try:
        part = message.get_body(("plain", "html"))
        if part is None:
            return ""
        content = part.get_content()
    except (LookupError, ValueError, AttributeError):
        payload = message.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
        part = message
    if part.get_content_subtype() == "html":
        content = re.sub(r"(?is)<(script|style|blockquote).*?</\1>", " ", content)
        content = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", content)
        content = html.unescape(re.sub(r"<[^>]+>", " ", content))
    return content if isinstance(content, str) else ""


def classify(message: Message) -> Classification:
    """Automatic, a request to opt out, or something a person has to read."""
    reason = automatic_reason(message)
    if reason:
        return Classification(AUTOMATIC, reason=reason)
    subject = " ".join(str(message.get("Subject", "")).split())
    lines = own_lines(text_of(message))
    found = detect(subject, lines)
    return Classification(OPT_OUT if found.phrase else OTHER, found.phrase, found.note,
                          excerpt(lines))


def evidence_of(raw: bytes, message: Message) -> str:
    header_end = re.search(rb"\r?\n\r?\n", raw)
    headers = raw[:header_end.start()] if header_end else raw
    body = text_of(message)[:EVIDENCE_BODY_CHARS]
    return headers.decode("utf-8", "replace") + "\n\n" + body


def scan(ws: Workspace, messages: list[SourceMessage]) -> ReplyScan:
    """What the messages ask; records nothing."""
    ws.require(Action.CONSENT_RECORD)
    result = ReplyScan()
    with ws.session(readonly=True) as session:
        for item in messages:
            result.checked += 1
            message = parse(item.raw)
            if (bounced := read_bounce(message, item.ref)) is not None:
                result.bounces += bounced
                continue
            subject = " ".join(str(message.get("Subject", "")).split())
            senders = [a for _, a in getaddresses([str(message.get("From", ""))]) if "@" in a]
            sender = senders[0] if senders else ""
            kind = classify(message)
            if kind.kind == AUTOMATIC:
                result.automatic += 1
                result.automatic_replies.append(
                    AutomaticReply(item.ref, sender, subject, kind.reason))
                continue
            matches = _contacts_with(session, ws, sender) if sender else []
            pending = [(cid, name) for cid, name, status in matches if status != "opted_out"]
            status = NO_CONTACT if not matches else (WILL_RECORD if pending else ALREADY)
            finding = ReplyFinding(
                item.ref, sender, subject, kind.phrase, status,
                pending or [(cid, name) for cid, name, _ in matches],
                evidence_of(item.raw, message), kind.excerpt, kind.reason)
            (result.findings if kind.kind == OPT_OUT else result.undecided).append(finding)
    return result


def decide(found: ReplyScan, sources: Iterable[str]) -> list[str]:
    """A person read the undecided replies from these sources and takes them as requests to
    opt out: they move to the findings. Returns the sources that matched no undecided reply."""
    wanted = set(sources)
    chosen = [f for f in found.undecided if f.source in wanted]
    found.undecided = [f for f in found.undecided if f.source not in wanted]
    found.findings += [replace(f, phrase=CHOSEN_BY_PERSON) for f in chosen]
    return sorted(wanted - {f.source for f in chosen})


def _contacts_with(session, ws: Workspace, address: str) -> list[tuple[int, str, str]]:  # noqa: ANN001
    """Every contact with this email address (case-insensitive), visible or not: an opt-out
    must reach every record of the person. Hidden ones are not named."""
    rows = session.execute(
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.company,
               visible_contacts(ws).label("visible"))
        .join(ContactEmail, ContactEmail.contact_id == Contact.id)
        .where(func.lower(ContactEmail.address) == address.lower())
        .distinct().order_by(Contact.id)).all()
    result = []
    for cid, first, last, company, visible in rows:
        name = (" ".join(p for p in (first, last) if p) or company or address) if visible \
            else HIDDEN_NAME
        result.append((cid, name, consent.current_status(session, cid, "email")))
    return result


def record(ws: Workspace, findings: list[ReplyFinding], channel: str = "email") -> int:
    """Record an opt-out for every contact of every finding that asks for one; returns how
    many opt-outs were recorded (contacts already opted out are left alone)."""
    ws.require(Action.CONSENT_RECORD)
    channels = consent.expand_channels(channel)
    recorded = 0
    with ws.session() as session:
        for finding in findings:
            if finding.status != WILL_RECORD:
                continue
            for contact_id, _name in finding.contacts:
                if session.get(Contact, contact_id) is None:
                    continue
                for ch in channels:
                    if consent.current_status(session, contact_id, ch) == "opted_out":
                        continue
                    consent.apply_event(session, ws, contact_id, ch, "opted_out",
                                        method="reply to a mailing",
                                        source=f"email reply ({finding.source})"[:200],
                                        evidence=finding.evidence)
                    recorded += 1
        audit.record(session, ws, "mailing.replies", "consent", "",
                     {"findings": len(findings), "recorded": recorded})
    return recorded


def sender_contacts(ws: Workspace, raw: bytes) -> tuple[str, list[tuple[int, str]]]:
    """Who sent this reply, and the visible contacts with that address (for the manual
    'Record opt-out from a reply', which needs no detected phrase: a person read it)."""
    ws.require(Action.CONSENT_RECORD)
    message = parse(raw)
    senders = [a for _, a in getaddresses([str(message.get("From", ""))]) if "@" in a]
    if not senders:
        raise BadInput(_("The message has no sender address."))
    with ws.session(readonly=True) as session:
        matches = _contacts_with(session, ws, senders[0])
    return senders[0], [(cid, name) for cid, name, _ in matches if name != HIDDEN_NAME]


def record_from_reply(ws: Workspace, contact_id: int, raw: bytes, channel: str = "email",
                      ) -> list[str]:
    """The manual 'Record opt-out from a reply': the message becomes the evidence."""
    if not raw.strip():
        raise BadInput(_("The reply is empty."))
    message = parse(raw)
    return consent.opt_out(ws, contact_id, channel, evidence=evidence_of(raw, message),
                           method="reply to a mailing (recorded by hand)",
                           source="email reply")
