"""Who may see which contact: one SQL condition used by every query that reads contacts."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, true

from contactweb.models import Contact
from contactweb.vault.workspace import Workspace


def visible_contacts(ws: Workspace) -> ColumnElement[bool]:
    """Owner-only contacts are invisible to every other non-admin user."""
    return visible_to(ws.is_admin, ws.user_id)


def visible_to(is_admin: bool, user_id: int) -> ColumnElement[bool]:
    """``visible_contacts`` for an administrator or for the user ``user_id``: the statement's
    form depends on the role alone, so a compiled statement serves every user of a role."""
    if is_admin:
        return true()
    return or_(Contact.visibility == "everyone", Contact.owner_id == user_id)
