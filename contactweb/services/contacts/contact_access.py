"""Loading one contact the way every service must: visible to this user, or not found."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.errors import NotFound
from contactweb.i18n import _
from contactweb.models import Contact
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.vault.workspace import Workspace


def load_visible_contact(session: Session, ws: Workspace, contact_id: int) -> Contact:
    contact = session.execute(
        select(Contact).where(Contact.id == contact_id, visible_contacts(ws))).scalar()
    if contact is None:
        # The same words whether it never existed or belongs to someone else.
        raise NotFound(_("No contact with id {id}.").format(id=contact_id))
    return contact
