"""Unsaved editor contents kept at an automatic sign-out, offered back to the same user only.

The vault is encrypted, so a draft is as protected as the contact itself."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from contactweb.errors import NotFound
from contactweb.i18n import _
from contactweb.models import Draft, utcnow
from contactweb.services import audit
from contactweb.vault.workspace import Workspace


@dataclass(frozen=True)
class DraftView:
    id: int
    kind: str
    contact_id: int | None
    payload: dict[str, Any]
    saved_at: datetime


def save_draft(ws: Workspace, kind: str, payload: dict[str, Any],
               contact_id: int | None = None) -> int:
    """Replace this user's draft of the same kind and contact (one draft per editor)."""
    with ws.session() as session:
        session.execute(delete(Draft).where(
            Draft.user_id == ws.user_id, Draft.kind == kind,
            Draft.contact_id.is_(None) if contact_id is None else Draft.contact_id == contact_id))
        draft = Draft(user_id=ws.user_id, kind=kind, contact_id=contact_id,
                      payload=json.dumps(payload, default=str), saved_at=utcnow())
        session.add(draft)
        session.flush()
        audit.record(session, ws, "draft.save", "contact" if contact_id else "draft",
                     contact_id or draft.id, {"kind": kind})
        return draft.id


def my_drafts(ws: Workspace) -> list[DraftView]:
    with ws.session(readonly=True) as session:
        return [DraftView(d.id, d.kind, d.contact_id, json.loads(d.payload), d.saved_at)
                for d in session.execute(select(Draft).where(Draft.user_id == ws.user_id)
                                         .order_by(Draft.saved_at)).scalars()]


def discard_draft(ws: Workspace, draft_id: int) -> None:
    with ws.session() as session:
        draft = session.get(Draft, draft_id)
        if draft is None or draft.user_id != ws.user_id:
            # Another user's draft does not exist as far as this user can tell.
            raise NotFound(_("No draft with id {draft_id}.").format(draft_id=draft_id))
        session.delete(draft)
