"""Migration 0015 gives every existing contact its stored company key, exactly as the
services write it for a new contact, and leaves the search index as it was: a vault written
before it (here: taken back to 0014) finds the same duplicates and the same contacts after."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.contacts.contacts_bulk import create_many
from contactweb.services.contacts.match_keys import company_key
from contactweb.store.migrate import alembic_config, upgrade_to_head
from contactweb.vault.workspace import Workspace

COMPANIES = ["Acme Ltd", "  ACME   ltd ", "Straße GmbH", "STRASSE gmbh", "", "Ørsted\tA/S",
             "İnce Ltd", "名前 株式会社", "O'Brien & Sons", " "]


def _search_rows(ws: Workspace) -> list[tuple]:
    assert ws.engine is not None
    table = ("SELECT contact_id, document FROM contact_search ORDER BY contact_id"
             if ws.engine.dialect.name == "postgresql" else
             "SELECT rowid, * FROM contact_fts ORDER BY rowid")
    with ws.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(table))]


def _to_revision(ws: Workspace, revision: str) -> None:
    assert ws.engine is not None
    config = alembic_config()
    with ws.engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_existing_contacts_get_their_company_keys_and_keep_their_search_rows(
        admin_ws: Workspace) -> None:
    count = 3_000
    create_many(admin_ws, [ContactInput(first_name=f"P{i}", last_name="Lee",
                                        company=COMPANIES[i % len(COMPANIES)])
                           for i in range(count)])
    search_before = _search_rows(admin_ws)
    _to_revision(admin_ws, "0014")
    assert admin_ws.engine is not None
    assert upgrade_to_head(admin_ws.engine) is True
    with admin_ws.engine.connect() as conn:
        rows = conn.execute(text("SELECT company, company_key FROM contacts")).all()
    assert len(rows) == count
    assert all(key == company_key(company) for company, key in rows)
    assert {key for _, key in rows} == {"acme ltd", "strasse gmbh", "", "ørsted a/s",
                                        "i̇nce ltd", "名前 株式会社", "o'brien & sons"}
    assert _search_rows(admin_ws) == search_before
    # The search index follows edits again once the upgrade is done.
    first = list_contacts(admin_ws, ContactQuery(search="P7"), limit=None)[0]
    contacts.update_contact(admin_ws, first.id, ContactInput(
        first_name="Quillon", last_name="Lee", company="Acme Ltd"))
    assert [row.id for row in list_contacts(admin_ws, ContactQuery(search="quillon"))] == [
        first.id]
