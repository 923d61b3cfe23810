"""Who may see which contact: one SQL condition used by every query that reads contacts."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, true

from contactweb.models import Contact
from contactweb.vault.workspace import Workspace


def visible_contacts(ws: Workspace) -> ColumnElement[bool]:
    """Owner-only contacts are invisible to every other non-admin user."""
    if ws.is_admin:
        return true()
    return or_(Contact.visibility == "everyone", Contact.owner_id == ws.user_id)
