"""Opt-outs from replies: find the messages that ask to unsubscribe, stop or be removed,
match their senders to contacts, show that list, and only then record the opt-outs with the
message (headers and the first 2 KB of its text) as evidence.

Detection reads the subject and the first lines the person wrote (quoted text, signatures
and forwarded parts are ignored), in English and a few common German, French and Spanish
phrasings. Automatic replies and bounces are skipped.
"""

from __future__ import annotations

import email
import html
import re
from dataclasses import dataclass, field
from email.message import Message
from email.policy import default
from email.utils import getaddresses, parseaddr

from sqlalchemy import func, select

from contactweb.errors import BadInput
from contactweb.models import Contact, ContactEmail
from contactweb.services import audit, consent
from contactweb.services.eligibility import HIDDEN_NAME
from contactweb.services.mailing.reply_sources import SourceMessage
from contactweb.services.visibility import visible_contacts
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

EVIDENCE_BODY_CHARS = 2048
FIRST_LINES = 6

_REQUEST_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    # English
    r"\bun-?subscribe\b", r"\bopt[ -]?out\b", r"\bremove me\b", r"\btake me off\b",
    r"\bremove my (?:e-?mail|address|name)\b",
    r"\bstop (?:sending|e-?mailing|mailing|contacting|writing)\b",
    r"\b(?:no|don'?t send(?: me)?|do not send(?: me)?) (?:more|any more|further) "
    r"(?:e-?mails?|mails?|messages|newsletters?|letters)\b",
    r"\bdo not (?:e-?mail|contact|write to) me\b", r"\bdon'?t (?:e-?mail|contact) me\b",
    # German
    r"\babmelden\b", r"\babmeldung\b", r"\babbestellen\b", r"\baustragen\b",
    r"\bkeine (?:weiteren )?(?:e-?mails|newsletter|werbung|nachrichten|post)\b",
    r"\b(?:entfernen|löschen|streichen) sie mich\b",
    r"\bbitte (?:mich )?(?:entfernen|löschen|austragen)\b",
    # French
    r"\bd[ée]sabonn\w*", r"\bd[ée]sinscri\w*", r"\bne (?:plus|pas) recevoir\b",
    r"\b(?:retirez|supprimez|enlevez)[- ]moi\b",
    r"\bme (?:retirer|supprimer|enlever) de (?:votre|la|vos) (?:liste|fichier)",
    # Spanish
    r"\bdar(?:me|se)? de baja\b", r"\bcancelar (?:la |mi )?suscripci[oó]n\b",
    r"\bno (?:quiero )?recibir m[aá]s\b", r"\b(?:eliminarme|quitarme|borrarme)\b",
)]
# A line (or a short subject) that is nothing but one of these words.
_ALONE = re.compile(r"^\W*(?:stop|unsubscribe|remove|abmelden|stopp|baja|arr[eê]t(?:er)?|"
                    r"d[ée]sabonner)\W*$", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rv|sv|antw)\s*:\s*)+",
                             re.IGNORECASE)
# Where the person's own words end and the quoted original begins.
_QUOTE_START = re.compile(
    r"^(?:-- ?$|_{5,}|-{3,}\s*(?:original|ursprüngliche|message d'origine|mensaje original)|"
    r"on .{1,200} wrote:\s*$|am .{1,200} schrieb .{0,100}:\s*$|le .{1,200} a écrit\s*:\s*$|"
    r"el .{1,200} escribió\s*:\s*$|from:\s|von:\s|de\s*:\s)", re.IGNORECASE)
_AUTOMATIC_SUBJECT = re.compile(
    r"^\s*(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|"
    r"abwesenheit|réponse automatique|respuesta automática|undeliverable|undelivered|"
    r"delivery status notification|mail delivery failed|returned mail|"
    r"unzustellbar)", re.IGNORECASE)

# Finding statuses
WILL_RECORD = "opt_out"
ALREADY = "already_opted_out"
NO_CONTACT = "no_contact"
STATUS_TEXT = {WILL_RECORD: "record an opt-out", ALREADY: "already opted out",
               NO_CONTACT: "no contact with this address"}


@dataclass(frozen=True)
class ReplyFinding:
    source: str
    sender: str
    subject: str
    phrase: str  # the words that asked to opt out
    status: str  # WILL_RECORD, ALREADY or NO_CONTACT
    contacts: list[tuple[int, str]] = field(default_factory=list)  # (id, name) to opt out
    evidence: str = ""


@dataclass
class ReplyScan:
    findings: list[ReplyFinding] = field(default_factory=list)
    checked: int = 0
    automatic: int = 0  # automatic replies and bounces, skipped
    other: int = 0  # replies that did not ask to opt out

    @property
    def to_record(self) -> list[ReplyFinding]:
        return [f for f in self.findings if f.status == WILL_RECORD]


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


def own_lines(text: str) -> list[str]:
    lines = []
    for line in text.replace("\r", "").split("\n"):
        if _QUOTE_START.match(line.strip()):
            break
        if line.lstrip().startswith(">"):
            continue
        if line.strip():
            lines.append(line.strip())
        if len(lines) >= FIRST_LINES:
            break
    return lines


def is_automatic(message: Message) -> bool:
    auto = str(message.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(message.get("Precedence", "")).strip().lower()
    sender = parseaddr(str(message.get("From", "")))[1].lower()
    return (auto not in ("", "no") or precedence in ("bulk", "junk", "auto_reply")
            or bool(message.get("X-Autoreply") or message.get("X-Autorespond"))
            or sender.split("@")[0] in ("mailer-daemon", "postmaster")
            or bool(_AUTOMATIC_SUBJECT.match(str(message.get("Subject", "")))))


def opt_out_phrase(subject: str, lines: list[str]) -> str:
    """The words asking to opt out, or '' when the message does not ask."""
    bare_subject = _SUBJECT_PREFIX.sub("", subject).strip()
    for text in [bare_subject, *lines]:
        if _ALONE.match(text):
            return text.strip()
        for pattern in _REQUEST_PATTERNS:
            found = pattern.search(text)
            if found:
                return found.group(0)
    return ""


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
            if is_automatic(message):
                result.automatic += 1
                continue
            subject = " ".join(str(message.get("Subject", "")).split())
            phrase = opt_out_phrase(subject, own_lines(text_of(message)))
            if not phrase:
                result.other += 1
                continue
            senders = [a for _, a in getaddresses([str(message.get("From", ""))]) if "@" in a]
            sender = senders[0] if senders else ""
            matches = _contacts_with(session, ws, sender) if sender else []
            pending = [(cid, name) for cid, name, status in matches if status != "opted_out"]
            status = NO_CONTACT if not matches else (WILL_RECORD if pending else ALREADY)
            result.findings.append(ReplyFinding(
                item.ref, sender, subject, phrase, status,
                pending or [(cid, name) for cid, name, _ in matches],
                evidence_of(item.raw, message)))
    return result


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
            for contact_id, _ in finding.contacts:
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
        raise BadInput("The message has no sender address.")
    with ws.session(readonly=True) as session:
        matches = _contacts_with(session, ws, senders[0])
    return senders[0], [(cid, name) for cid, name, _ in matches if name != HIDDEN_NAME]


def record_from_reply(ws: Workspace, contact_id: int, raw: bytes, channel: str = "email",
                      ) -> list[str]:
    """The manual 'Record opt-out from a reply': the message becomes the evidence."""
    if not raw.strip():
        raise BadInput("The reply is empty.")
    message = parse(raw)
    return consent.opt_out(ws, contact_id, channel, evidence=evidence_of(raw, message),
                           method="reply to a mailing (recorded by hand)",
                           source="email reply")
