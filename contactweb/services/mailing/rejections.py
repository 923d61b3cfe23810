"""What a server's refusal means for one recipient, when to try again, and the mark an
address gets when mail cannot reach it.

* A 5xx reply is permanent for that recipient: the message is failed, never tried again
  unless a person asks (``mailing retry``). When the refusal is about the address (an
  enhanced status 5.1.x such as 5.1.1 "user unknown", 5.2.1 "mailbox disabled", 5.4.1/5.4.4
  "no such recipient / no route"; without an enhanced status: 550, 551 or 553 to RCPT) the
  address is marked undeliverable on every contact that holds it. A refusal of the message
  itself (5.7.x policy or spam, 5.3.x/5.6.x content, 5.2.2 mailbox full, 5.2.3 too large) fails
  this message only: the address is good, and marking it would quietly shrink the list.
* A 4xx reply (421, 450 greylisting, 452 ...) or a connection lost before the final dot is
  temporary: tried again later, on the ``BACKOFF`` schedule. Greylisting wants minutes, a full
  mailbox or an overloaded server hours, so the waits grow from one minute to many hours. The
  time of the next attempt is kept in the vault (``OutboxMessage.next_attempt_at``).
* RFC 5321 4.5.3.1.10: a 552 to RCPT meaning "too many recipients" (5.5.3) is temporary.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from contactweb.models import ContactEmail, UndeliverableAddress, utcnow
from contactweb.services import audit
from contactweb.vault.workspace import Workspace

Clock = Callable[[], datetime]  # naive UTC, as utcnow

# Waits after the 1st, 2nd, ... failed attempt; after the last wait one more attempt, then the
# message is failed ("gave up"). The last attempt comes about 30 hours after the first.
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15),
           timedelta(hours=1), timedelta(hours=4), timedelta(hours=8), timedelta(hours=16))
MAX_ATTEMPTS = len(BACKOFF) + 1

_ENHANCED = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_STAGE = re.compile(r"^(sender|recipient|message) refused: (\d{3})\s*(.*)$", re.DOTALL)
_ADDRESS_STATUSES = ("5.2.1", "5.4.1", "5.4.4")
_ADDRESS_CODES = (550, 551, 553)


@dataclass(frozen=True)
class Refusal:
    """A refusal read from the SMTP conversation or from a bounce."""

    reply_code: int  # 0: none (a lost connection, or a bounce without one)
    status_code: str  # the enhanced status, "" when the server gave none
    stage: str  # recipient, message, sender or connection
    diagnostic: str  # the server's own words
    permanent: bool
    about_address: bool  # permanent and about the address, not the message

    @property
    def summary(self) -> str:
        """'550 5.1.1 <words>', as shown and stored."""
        code = " ".join(p for p in (str(self.reply_code or ""), self.status_code) if p)
        return " ".join(p for p in (code, without_codes(self.diagnostic, self.reply_code,
                                                         self.status_code)) if p)


def without_codes(words: str, reply_code: int, status: str) -> str:
    """The server's words without the reply code and status they start with (shown apart)."""
    for code in (str(reply_code or ""), status):
        if code and words.startswith(code):
            words = words[len(code):].lstrip(" -")
    return words


def enhanced_status(text: str) -> str:
    """The first enhanced status code (RFC 3463) in a reply, like "5.1.1"; "" if none."""
    found = _ENHANCED.search(text or "")
    return ".".join(found.groups()) if found else ""


def classify(reply_code: int, status: str, stage: str, text: str = "") -> tuple[bool, bool]:
    """(permanent, about the address) for a reply code and enhanced status."""
    permanent = 500 <= reply_code < 600 and not status.startswith("4.") and not (
        reply_code == 552 and status == "5.5.3")
    if reply_code == 0 and status.startswith("5."):
        permanent = True  # a bounce that names no reply code: its status decides
    if not permanent:
        return False, False
    if status and status != "5.0.0":
        return True, status.startswith("5.1.") or status in _ADDRESS_STATUSES
    if stage != "recipient" or "relay" in text.lower():
        return True, False  # the message was refused, or the sending setup (relaying)
    return True, reply_code in _ADDRESS_CODES or reply_code == 0


def from_outcome(code: int, text: str) -> Refusal:
    """A refusal from the delivery agent's outcome ("recipient refused: 550 5.1.1 ...")."""
    match = _STAGE.match(text or "")
    stage = match.group(1) if match else ("connection" if not code else "message")
    words = match.group(3).strip() if match else (text or "").strip()
    reply_code = int(match.group(2)) if match else code
    status = enhanced_status(words[:20])  # at the start of the reply, as servers put it
    permanent, about_address = classify(reply_code, status, stage, words)
    return Refusal(reply_code, status, stage, words[:500], permanent, about_address)


def next_attempt(attempts: int, now: datetime) -> datetime | None:
    """When to try again after ``attempts`` attempts that failed temporarily; None when
    the attempts are used up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    return now + BACKOFF[max(attempts, 1) - 1]


def waited(attempts: int) -> timedelta:
    return sum(BACKOFF[:max(0, attempts - 1)], timedelta())


# --- the undeliverable mark -------------------------------------------------------------
def contacts_with_address(session: Session, address: str) -> list[tuple[int, str]]:
    """(contact id, address as stored) of every contact holding this email address. SQL's
    lower() narrows (ASCII only), Python's decides."""
    key = address.strip().lower()
    rows = session.execute(select(ContactEmail.contact_id, ContactEmail.address).where(
        func.lower(ContactEmail.address) == func.lower(address.strip()))).all()
    return sorted({(cid, stored) for cid, stored in rows if stored.lower() == key})


def mark_undeliverable(session: Session, ws: Workspace, address: str, refusal: Refusal,
                       source: str, evidence: str, observed_at: datetime | None = None
                       ) -> list[int]:
    """Mark the address undeliverable on every contact that holds it; returns their ids.
    A newer refusal replaces the evidence of an older one."""
    key = address.strip().lower()
    when = observed_at or utcnow()
    marked = []
    for contact_id, _stored in contacts_with_address(session, address):
        row = session.execute(select(UndeliverableAddress).where(
            UndeliverableAddress.contact_id == contact_id,
            UndeliverableAddress.address_key == key)).scalar_one_or_none()
        if row is None:
            row = UndeliverableAddress(contact_id=contact_id, address_key=key)
            session.add(row)
        elif row.observed_at > when:
            continue  # an older bounce read late does not replace newer evidence
        row.reply_code, row.status_code = refusal.reply_code, refusal.status_code
        row.diagnostic, row.source, row.evidence = refusal.diagnostic[:1000], source, evidence
        row.observed_at, row.marked_by = when, ws.username
        marked.append(contact_id)
        # The audit log holds no personal data: codes and ids, not the address or words.
        audit.record(session, ws, "contact.undeliverable", "contact", contact_id,
                     {"source": source, "reply_code": refusal.reply_code,
                      "status": refusal.status_code})
    session.flush()
    return marked


def clear_undeliverable(session: Session, ws: Workspace, address: str, why: str) -> int:
    """A person asked to try the address again: the mark goes (audited); returns how many."""
    key = address.strip().lower()
    ids = list(session.execute(select(UndeliverableAddress.contact_id).where(
        UndeliverableAddress.address_key == key)).scalars())
    if ids:
        session.execute(delete(UndeliverableAddress).where(
            UndeliverableAddress.address_key == key))
        for contact_id in ids:
            audit.record(session, ws, "contact.undeliverable_cleared", "contact", contact_id,
                         {"why": why})
    return len(ids)


def undeliverable_reason(session: Session, address: str) -> str | None:
    """The reason this address is left out of mailings ("undeliverable: 550 5.1.1 ..."), or
    None. One indexed lookup."""
    row = session.execute(select(UndeliverableAddress).where(
        UndeliverableAddress.address_key == address.strip().lower())
        .order_by(UndeliverableAddress.observed_at.desc()).limit(1)).scalar_one_or_none()
    return row.reason if row is not None else None


def undeliverable_reasons(session: Session) -> dict[str, str]:
    """Every marked address (lower case) with its reason, newest evidence first."""
    reasons: dict[str, str] = {}
    for row in session.execute(select(UndeliverableAddress)
                               .order_by(UndeliverableAddress.observed_at.desc())).scalars():
        reasons.setdefault(row.address_key, row.reason)
    return reasons


@dataclass(frozen=True)
class Verdict:
    """What becomes of one message after a refused attempt."""

    state: str  # "failed" (for good) or "deferred" (tried again at next_attempt_at)
    refusal: Refusal
    next_attempt_at: datetime | None
    note: str  # the outbox row's note, shown in status and the GUI


def verdict(code: int, text: str, attempt: int, now: datetime) -> Verdict:
    refusal = from_outcome(code, text)
    what = refusal.summary or "no reply"
    if refusal.permanent:
        return Verdict("failed", refusal, None, f"failed: {what}")
    later = next_attempt(attempt, now)
    if later is None:
        hours = waited(attempt).total_seconds() / 3600
        return Verdict("failed", refusal, None, f"failed: gave up after {attempt} attempts over "
                                                f"{hours:.0f} hours; the last: {what}")
    return Verdict("deferred", refusal, later, f"deferred: {what}")


def undeliverable_marks(ws: Workspace, contact_id: int) -> dict[str, str]:
    """A contact's undeliverable addresses (lower-cased) with their reason, for its details."""
    with ws.session(readonly=True) as session:
        rows = session.execute(select(UndeliverableAddress).where(
            UndeliverableAddress.contact_id == contact_id)).scalars()
        return {row.address_key: row.reason for row in rows}
