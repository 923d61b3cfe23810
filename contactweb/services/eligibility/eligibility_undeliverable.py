"""Leaving out email addresses that mail cannot reach: a server refused them for good while
sending (550 5.1.1 ...) or a bounce said so later (see ``mailing.rejections``). The reason
names the evidence: "undeliverable: 550 5.1.1 user unknown".

Applied after the rest of eligibility has decided, to the included contacts only, so every
other reason (opted out, no consent, ...) still comes first. With no address marked (the usual
case) it costs one empty read.
"""

from __future__ import annotations

import operator
from itertools import compress

from sqlalchemy.orm import Session

from contactweb.services.eligibility.eligibility_lowering import lowered
from contactweb.services.eligibility.eligibility_types import (
    Eligibility,
    Excluded,
    ExcludedList,
    Recipient,
    RecipientList,
)
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
    included, excluded = result.included, result.excluded
    if isinstance(included, RecipientList) and isinstance(excluded, ExcludedList) \
            and included.addresses is not None:
        return _without_in_columns(result.channel, included, included.addresses, excluded,
                                   reasons)
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


def _without_in_columns(channel: str, included: RecipientList, addresses: list[str],
                        excluded: ExcludedList, reasons: dict[str, str]) -> Eligibility:
    """``without_undeliverable`` over the decision's columns: no recipient made, no name
    read (they are read when first shown, as the decision's own)."""
    keys, _sub_addressed = lowered(addresses)  # each address.lower(), in one call
    if reasons.keys().isdisjoint(keys):
        return Eligibility(channel, included, excluded)
    keep = [key not in reasons for key in keys]
    gone = list(compress(zip(included.ids, keys, strict=True), map(operator.not_, keep)))
    return Eligibility(channel, included.keeping(keep), excluded.adding(
        [contact_id for contact_id, _key in gone], UNDELIVERABLE,
        [reasons[key] for _contact_id, key in gone]))


def undeliverable_or(session: Session, recipient: Recipient, channel: str
                     ) -> Recipient | Excluded:
    """The re-check just before a message goes: the recipient, or excluded as undeliverable."""
    if channel != "email":
        return recipient
    reason = undeliverable_reason(session, recipient.address)
    if reason is None:
        return recipient
    return Excluded(recipient.contact_id, recipient.name, reason, UNDELIVERABLE)
