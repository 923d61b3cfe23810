"""Migration 0017 gives every existing contact its email consent copy, exactly as
consent_state says, and leaves the search index as it was: a vault written before it (here:
taken back to 0016) gets the same recipients and reasons after, decided from the copy."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.contacts.contacts_bulk import create_many
from contactweb.services.eligibility.eligibility import Selection, eligible_recipients
from contactweb.services.eligibility.eligibility_granted import decide_by_email_consent
from contactweb.store.migrate import alembic_config, upgrade_to_head
from contactweb.vault.workspace import Workspace
from tests.unit.test_eligibility_email_consent import _copies
from tests.unit.test_migration_company_keys import _search_rows


def _columns(ws: Workspace) -> set[str]:
    assert ws.engine is not None
    with ws.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM contacts LIMIT 1")).first()
        return set(row._mapping) if row is not None else set()


def test_existing_contacts_get_their_email_consent_and_the_same_recipients(
        admin_ws: Workspace) -> None:
    count = 400
    ids = create_many(admin_ws, [ContactInput(first_name=f"P{i}", last_name="Lee",
                                              emails=[EmailInput(f"p{i % 350}@example.org")])
                                 for i in range(count)])
    for n, contact_id in enumerate(ids):
        if n % 10 == 7:
            consent.opt_out(admin_ws, contact_id, "email")
        elif n % 20 == 11:
            with admin_ws.session() as s:
                consent.apply_event(s, admin_ws, contact_id, "email", "unknown")
        elif n % 20 != 3:
            consent.opt_in(admin_ws, contact_id, "email", evidence="form")
    before = eligible_recipients(admin_ws, "email")
    included, excluded = list(before.included), list(before.excluded)
    search_before = _search_rows(admin_ws)
    assert admin_ws.engine is not None
    config = alembic_config()
    with admin_ws.engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, "0016")
    assert "email_consent" not in _columns(admin_ws)

    assert upgrade_to_head(admin_ws.engine) is True
    copies = _copies(admin_ws)
    assert len(copies) == count
    assert all(copy == state for copy, state in copies.values()), copies
    assert sum(copy == "granted" for copy, _ in copies.values()) == count - 40 - 20 - 20
    assert _search_rows(admin_ws) == search_before
    with admin_ws.session(readonly=True) as s:
        assert decide_by_email_consent(s, admin_ws) is not None
    after = eligible_recipients(admin_ws, "email", Selection())
    assert list(after.included) == included
    assert list(after.excluded) == excluded
    # The triggers are in place: consent recorded after the upgrade reaches the copy, and
    # the search index still follows edits (a consent change alone leaves it as it was).
    consent.opt_out(admin_ws, ids[0], "email")
    assert _copies(admin_ws)[ids[0]] == ("opted_out", "opted_out")
    assert _search_rows(admin_ws) == search_before
    contacts.update_contact(admin_ws, ids[1], ContactInput(
        first_name="Quillon", last_name="Lee", emails=[EmailInput("p1@example.org")]))
    assert [row.id for row in list_contacts(admin_ws, ContactQuery(search="quillon"))] == [
        ids[1]]
