"""The one workspace fixture runs the service tests on both backends: the desktop vault's
SQLCipher file and a database on the tests' PostgreSQL server."""

from __future__ import annotations

from sqlalchemy import text

from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_and_list
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.store.vault_database import server_url
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD


def test_the_workspace_is_on_the_backend_its_id_names(admin_ws: Workspace, vault_dir,
                                                      database_backend: str) -> None:
    assert admin_ws.engine.dialect.name == database_backend
    assert (server_url(vault_dir) is not None) == (database_backend == "postgresql")
    with admin_ws.session(readonly=True) as db:
        assert db.execute(text("SELECT count(*) FROM users")).scalar_one() == 1


def test_a_later_sign_in_finds_the_same_data(admin_ws: Workspace, vault_dir) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ada", last_name="Lovelace",
                                                         emails=[EmailInput("ada@example.com")]))
    again = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        count, rows = count_and_list(again, ContactQuery(search="lovel"))
        assert (count, [r.id for r in rows]) == (1, [cid])
        assert count_and_list(again, ContactQuery(search="ada@exa"))[0] == 1
        assert count_and_list(again, ContactQuery(search="nobody"))[0] == 0
    finally:
        again.lock()
