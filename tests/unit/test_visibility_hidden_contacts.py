"""``hidden_contact_ids(user)``, the contacts a staff member may not see as the index seeks
them out, is exactly the complement of ``visible_contacts``: for every visibility (the two the
services write and any other text) and every owner (the user, another, an administrator, no
one), for each user; and a staff member's count of a broad search leaves out exactly those."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from sqlalchemy import false, func, not_, select, update

from contactweb.models import Contact
from contactweb.services.contacts import contact_queries, contacts_bulk
from contactweb.services.contacts.contact_queries import ContactQuery, count_and_list
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.contacts.visibility import hidden_contact_ids, visible_to
from contactweb.store import search_sql
from contactweb.vault.workspace import Workspace

VISIBILITIES = ["everyone", "owner", "", "Everyone", "everyone ", "team", "zzz"]


def test_hidden_contacts_are_exactly_those_a_user_may_not_see(
        admin_ws: Workspace, user_ws: Callable[..., Workspace],
        monkeypatch: pytest.MonkeyPatch) -> None:
    kim, lou = user_ws("staff", "kim"), user_ws("staff", "lou")
    owners = [admin_ws.user_id, kim.user_id, lou.user_id, None]
    combos = list(itertools.product(VISIBILITIES, owners))
    ids = contacts_bulk.create_many(admin_ws, [
        ContactInput(first_name=f"Hidden{n}", last_name="Quill") for n in range(len(combos))])
    with admin_ws.session() as db:
        for cid, (visibility, owner) in zip(ids, combos, strict=True):
            db.execute(update(Contact).where(Contact.id == cid)
                       .values(visibility=visibility, owner_id=owner))
    for ws in (kim, lou, admin_ws):
        with admin_ws.session(readonly=True) as db:
            hidden = set(db.scalars(hidden_contact_ids(ws.user_id)))
            not_visible = set(db.scalars(select(Contact.id).where(
                not_(func.coalesce(visible_to(False, ws.user_id), false())))))
        assert hidden == not_visible
        assert len(hidden) == sum(1 for visibility, owner in combos
                                  if visibility != "everyone" and owner != ws.user_id)
    # A broad search's count (the index's, less the hidden matches) and its page agree.
    for module in (search_sql, contact_queries):
        monkeypatch.setattr(module, "BROAD_MATCHES", 0)
    for ws in (kim, lou):
        count, rows = count_and_list(ws, ContactQuery(search="quill"), 0, 1000)
        hidden = [c for c in combos if c[0] != "everyone" and c[1] != ws.user_id]
        assert count == len(rows) == len(combos) - len(hidden)

