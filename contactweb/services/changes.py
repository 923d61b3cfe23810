"""What an operation changed, so views refresh from facts and never from who made the change.

A small frozen value, as Anki's ``OpChanges``: mutating work reports one, the UI's single
adapter (``ui/kit/changes_adapter.py``) turns it into signals, and each view looks only at the
flags it shows. ``contact_ids`` narrows ``contacts`` and the per-contact kinds to some
contacts; empty means "any contact may have changed".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    contacts: bool = False  # contacts added, removed or edited (names, status, tags...)
    contact_ids: frozenset[int] = frozenset()
    consent: bool = False
    communications: bool = False
    sales: bool = False
    reminders: bool = False
    users: bool = False
    settings: bool = False
    backups: bool = False
    mailings: bool = False
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        """Both sets of changes, as one value (an operation that did several things)."""
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name)
                  for f in fields(self) if f.name != "contact_ids"}
        # One side about any contact makes the union about any contact.
        narrow = (self.contact_ids and other.contact_ids) or \
            (self.contact_ids and not other.touches_contacts()) or \
            (other.contact_ids and not self.touches_contacts())
        ids = self.contact_ids | other.contact_ids if narrow else frozenset()
        return Changes(contact_ids=ids, **merged)

    def touches_contacts(self) -> bool:
        """Something about contacts (the records or what hangs off them) changed."""
        return self.contacts or self.consent or self.communications or self.sales or \
            self.reminders

    def concerns(self, contact_id: int | None) -> bool:
        """Whether a view showing ``contact_id`` should reload."""
        return contact_id is not None and (not self.contact_ids or
                                           contact_id in self.contact_ids)

    def empty(self) -> bool:
        return self == NOTHING

    @classmethod
    def for_contacts(cls, contact_ids: Iterable[int] = (), **flags: bool) -> Changes:
        """Contacts changed (``contact_ids`` when known), plus any other ``flags``."""
        return cls(contacts=True, contact_ids=frozenset(contact_ids), **flags)

    @classmethod
    def about(cls, contact_id: int, **flags: bool) -> Changes:
        """Something hanging off one contact (``consent=True``, ``sales=True``...)."""
        return cls(contact_ids=frozenset({contact_id}), **flags)


NOTHING = Changes()
# A mailing run: each message or letter is on its contact's timeline, and the list of
# mailings changed.
MAILING_SENT = Changes(contacts=True, communications=True, mailings=True)
