"""A tag's contacts are found through the index on ``contact_tags(tag_id, contact_id)``
(migration 0016), not by reading the whole table: the contact list filtered by tag, its
count and a mailing's selection by tag all look the tag up by its id."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import event, text

from contactweb.services.contacts.contact_queries import ContactQuery, count_contacts, list_contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.contacts.contacts_bulk import create_many
from contactweb.services.eligibility.eligibility import Selection, eligible_recipients
from contactweb.vault.workspace import Workspace

pytestmark = pytest.mark.sqlite_only  # SQLite's query plans


def _plans_of_tag_lookups(ws: Workspace, action: Callable[[], object]) -> list[str]:
    """The query plan of every statement ``action`` runs that reads contact_tags."""
    assert ws.engine is not None
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if "contact_tags" in statement and statement.lstrip().upper().startswith(
                ("SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(ws.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(ws.engine, "before_cursor_execute", record)
    with ws.engine.connect() as conn:
        return ["\n".join(str(row[-1]) for row in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + statement, parameters))
                for statement, parameters in seen]


@pytest.mark.parametrize("read", ["list", "count", "mailing"])
def test_a_tags_contacts_are_found_through_its_index(admin_ws: Workspace, read: str) -> None:
    create_many(admin_ws, [ContactInput(first_name=f"P{i}", last_name="Lee",
                                        tags=["vip" if i % 3 else "press"])
                           for i in range(300)])
    with admin_ws.engine.begin() as conn:  # type: ignore[union-attr]
        conn.execute(text("ANALYZE"))
    action = {"list": lambda: list_contacts(admin_ws, ContactQuery(tag="vip")),
              "count": lambda: count_contacts(admin_ws, ContactQuery(tag="vip")),
              "mailing": lambda: eligible_recipients(admin_ws, "email",
                                                     Selection(tag="vip")).included}[read]
    plans = _plans_of_tag_lookups(admin_ws, action)
    assert plans, "the tag was not looked up in contact_tags"
    for plan in plans:
        assert "SCAN contact_tags" not in plan, plan
    assert any("ix_contact_tags_tag_id" in plan for plan in plans), plans
