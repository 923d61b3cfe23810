"""Leaving out email addresses that mail cannot reach: a server refused them for good while
sending (550 5.1.1 ...) or a bounce said so later (see ``mailing.rejections``). The reason
names the evidence: "undeliverable: 550 5.1.1 user unknown".

Applied after the rest of eligibility has decided, to the included contacts only, so every
other reason (opted out, no consent, ...) still comes first. With no address marked (the usual
case) it costs one empty read.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from contactweb.services.eligibility.eligibility_types import Eligibility, Excluded, Recipient
from contactweb.services.mailing.rejections import undeliverable_reason, undeliverable_reasons

UNDELIVERABLE = "undeliverable"


def without_undeliverable(session: Session, result: Eligibility) -> Eligibility:
    """``result`` with every included contact whose email address is marked undeliverable
    moved to the excluded, with the reason and evidence."""
    if result.channel != "email" or not result.included:
        return result
    reasons = undeliverable_reasons(session)
    if not reasons:
        return result
    kept: list[Recipient] = []
    dropped: list[Excluded] = []
    for recipient in result.included:
        reason = reasons.get(recipient.address.lower())
        if reason is None:
            kept.append(recipient)
        else:
            dropped.append(Excluded(recipient.contact_id, recipient.name, reason,
                                    UNDELIVERABLE))
    if not dropped:
        return result
    excluded = sorted([*result.excluded, *dropped], key=lambda e: (e.name.casefold(),
                                                                    e.contact_id))
    return Eligibility(result.channel, kept, excluded)


def undeliverable_or(session: Session, recipient: Recipient, channel: str
                     ) -> Recipient | Excluded:
    """The re-check just before a message goes: the recipient, or excluded as undeliverable."""
    if channel != "email":
        return recipient
    reason = undeliverable_reason(session, recipient.address)
    if reason is None:
        return recipient
    return Excluded(recipient.contact_id, recipient.name, reason, UNDELIVERABLE)
