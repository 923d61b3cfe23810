"""Who already has an email address: what the contact editor warns about before a second
contact with the same address is made."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from contactweb.models import Contact, ContactEmail
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


@dataclass(frozen=True)
class ExistingEmail:
    contact_id: int
    name: str
    address: str


def contacts_with_emails(ws: Workspace, addresses: Iterable[str],
                         exclude: int | None = None) -> list[ExistingEmail]:
    """The contacts this user can see that hold any of ``addresses`` (case ignored)."""
    ws.require(Action.CONTACT_VIEW)
    wanted = sorted({a.strip().lower() for a in addresses if a.strip()})
    if not wanted:
        return []
    stmt = (select(Contact, ContactEmail.address)
            .join(ContactEmail, ContactEmail.contact_id == Contact.id)
            .where(func.lower(ContactEmail.address).in_(wanted), visible_contacts(ws))
            .order_by(Contact.id))
    if exclude is not None:
        stmt = stmt.where(Contact.id != exclude)
    with ws.session(readonly=True) as session:
        return [ExistingEmail(contact.id, contact.display_name, address)
                for contact, address in session.execute(stmt)]
