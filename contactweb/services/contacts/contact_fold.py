"""Adding what one description of a person knows to another, never overwriting: used when an
import updates an existing contact and when two contacts are merged."""

from __future__ import annotations

from dataclasses import replace

from contactweb.services.contacts.contacts import ContactInput

_SINGLE_FIELDS = ("prefix", "first_name", "middle_name", "last_name", "suffix", "company",
                  "title", "birthday", "website", "language")


def fold(current: ContactInput, extra: ContactInput) -> tuple[ContactInput, bool]:
    """``current`` with the empty fields filled from ``extra``, its emails, phones, addresses
    and tags added, and its notes appended when they are new. Returns (result, changed)."""
    changes = {name: getattr(extra, name) for name in _SINGLE_FIELDS
               if not getattr(current, name) and getattr(extra, name)}
    if current.photo is None and extra.photo is not None:
        changes |= {"photo": extra.photo, "photo_mime": extra.photo_mime}
    if extra.notes and extra.notes not in current.notes:
        changes["notes"] = "\n".join(p for p in (current.notes, extra.notes) if p)
    have = {e.address.lower() for e in current.emails}
    emails = [e for e in extra.emails if e.address.lower() not in have]
    if emails:
        changes["emails"] = [*current.emails, *_unique(emails, lambda e: e.address.lower())]
    have = {p.number for p in current.phones}
    phones = [p for p in extra.phones if p.number not in have]
    if phones:
        changes["phones"] = [*current.phones, *_unique(phones, lambda p: p.number)]
    have = {a.one_line().casefold() for a in current.addresses}
    addresses = [a for a in extra.addresses if a.one_line().casefold() not in have]
    if addresses:
        changes["addresses"] = [*current.addresses,
                                *_unique(addresses, lambda a: a.one_line().casefold())]
    tags = [t for t in extra.tags if t not in current.tags]
    if tags:
        changes["tags"] = sorted({*current.tags, *tags}, key=str.casefold)
    return (replace(current, **changes), True) if changes else (current, False)


def _unique(items: list, key) -> list:  # noqa: ANN001
    seen: set = set()
    result = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            result.append(item)
    return result
