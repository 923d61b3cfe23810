"""Legal hold: a contact that must be kept (a dispute, an audit) is never erased or purged."""

from __future__ import annotations

from sqlalchemy import select

from contactweb.errors import BadInput, NotFound
from contactweb.i18n import _
from contactweb.models import Contact
from contactweb.services import audit
from contactweb.services.changes import Changes
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

MAX_REASON = 2000


def _load(session, contact_id: int) -> Contact:  # noqa: ANN001
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(_("No contact with id {contact_id}.").format(contact_id=contact_id))
    return contact


def place_legal_hold(ws: Workspace, contact_id: int, reason: str) -> Changes:
    """Admin only. The reason stays on the contact and goes into the audit log, which is
    why the GUI asks for a case or request reference rather than names."""
    ws.require(Action.LEGAL_HOLD)
    reason = reason.strip()
    if not reason:
        raise BadInput(_("A legal hold needs a reason (for example the case or request it "
                         "serves)."))
    if len(reason) > MAX_REASON:
        raise BadInput(_("The reason is at most {max_reason} characters.").format(
            max_reason=MAX_REASON))
    with ws.session() as session:
        contact = _load(session, contact_id)
        renewed = contact.legal_hold
        contact.legal_hold = True
        contact.legal_hold_reason = reason
        audit.record(session, ws, "privacy.hold", "contact", contact_id,
                     {"renewed": renewed, "reason": reason})
    return Changes.for_contacts([contact_id])


def release_legal_hold(ws: Workspace, contact_id: int) -> Changes:
    ws.require(Action.LEGAL_HOLD)
    with ws.session() as session:
        contact = _load(session, contact_id)
        if not contact.legal_hold:
            raise BadInput(_("Contact {contact_id} is not under a legal hold.").format(
                contact_id=contact_id))
        reason = contact.legal_hold_reason
        contact.legal_hold = False
        contact.legal_hold_reason = ""
        audit.record(session, ws, "privacy.release", "contact", contact_id, {"reason": reason})
    return Changes.for_contacts([contact_id])


def held_contact_ids(ws: Workspace) -> list[int]:
    ws.require(Action.LEGAL_HOLD)
    with ws.session(readonly=True) as session:
        return list(session.execute(
            select(Contact.id).where(Contact.legal_hold.is_(True)).order_by(Contact.id)).scalars())
