"""A vault written with the first schema opens in this version: migrated to the newest schema,
its data intact, the new tables usable, and the migrations in step with the models."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text

from contactweb.models import (
    BackupRun,
    Base,
    Draft,
    Mailing,
    MergeRecord,
    OutboxMessage,
)
from contactweb.services import audit
from contactweb.services.accounts import session, users
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.store.engine import make_engine
from contactweb.store.migrate import current_revision, head_revision, upgrade_to_head
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.fixtures.make_schema_0001_vault import FIXTURE_DIR, FIXTURE_KEY

NEW_IN_0002 = {"drafts", "mailings", "outbox_messages", "merge_records", "backup_runs"}
NEW_SINCE_0001 = NEW_IN_0002 | {"mailbox_statements", "undeliverable_addresses"}


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "old-vault"
    shutil.copytree(FIXTURE_DIR, folder)
    return folder


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def _schema_differences(engine: Engine) -> list:
    def ours(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
             ) -> bool:
        # The search index (FTS5 on SQLite, contact_search on PostgreSQL) is dialect-specific
        # DDL that the models deliberately do not declare.
        return not (name is not None and name.startswith(("contact_fts", "contact_search",
                                                           "ix_contact_search")))

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours})
        return compare_metadata(context, Base.metadata)


def test_fixture_really_has_the_first_schema() -> None:
    assert sorted(p.name for p in FIXTURE_DIR.iterdir()) == ["contactweb.db", "keyslots.json"]
    engine = make_engine(FIXTURE_DIR / "contactweb.db", FIXTURE_KEY)
    try:
        assert current_revision(engine) == "0001"
        tables = _tables(engine)
        assert "contacts" in tables and not tables & NEW_SINCE_0001
        # The comparison used below does see a schema that lags behind the models.
        missing = {d[1].name for d in _schema_differences(engine) if d[0] == "add_table"}
        assert missing == NEW_SINCE_0001
    finally:
        engine.dispose()


def test_old_vault_opens_migrated_with_data_intact(old_vault: Path) -> None:
    ws = session.sign_in(old_vault, "admin", PASSWORD)
    try:
        assert ws.engine is not None
        assert current_revision(ws.engine) == head_revision() != "0001"
        assert NEW_IN_0002 <= _tables(ws.engine)
        with ws.engine.connect() as conn:  # 0003: index edits no longer rewrite pages in place
            assert conn.execute(text(
                "SELECT v FROM contact_fts_config WHERE k = 'secure-delete'")).scalar() == 0

        rows = {r.name: r for r in list_contacts(ws)}
        assert set(rows) == {"Lee, Ann", "Müller, Björn", "Secret, Sally"}
        ann = contacts.get_contact(ws, rows["Lee, Ann"].id)
        assert [e.address for e in ann.emails] == ["ann@example.com"]
        assert [p.number for p in ann.phones] == ["+14155550100"]
        assert ann.tags == ["newsletter", "vip"] and ann.notes == "Prefers mornings"
        assert ann.addresses[0].city == "Springfield"
        assert [c.subject for c in communications.timeline(ws, ann.id)] == [
            "Follow-up", "First call"]  # same time: newest id first
        assert sales.totals_by_currency(ws) == {"USD": 5997}
        assert [r.text for r in reminders.list_reminders(ws)] == ["Send the catalogue"]
        assert consent.status_by_channel(ws, ann.id)["email"] == "granted"

        # The search index written by the old triggers still answers.
        def found(query: str) -> set[str]:
            return {r.name for r in list_contacts(ws, ContactQuery(search=query))}
        assert found("mull") == {"Müller, Björn"}
        assert found("4155550100") == {"Lee, Ann"}
        assert found("vip") == {"Lee, Ann", "Müller, Björn"}

        # The old audit chain continues unbroken into the new events.
        result = audit.verify(ws)
        assert result.ok and result.events_checked >= 3
        assert [e.action for e in audit.list_events(ws)][-2:] == ["contact.create",
                                                                   "vault.create"]
    finally:
        ws.lock()


def test_new_tables_and_old_ones_are_usable_after_the_upgrade(old_vault: Path) -> None:
    ws = session.sign_in(old_vault, "admin", PASSWORD)
    try:
        contact_id = contacts.create_contact(ws, ContactInput(first_name="After", last_name="Upgrade"))
        users.add_user(ws, "newbie", "staff", ROLE_PASSWORDS["staff"], must_change=False)
        with ws.session() as db:
            mailing = Mailing(subject="Spring news", created_by="admin")
            db.add(mailing)
            db.flush()
            db.add_all([
                Draft(user_id=ws.user_id, kind="contact", contact_id=contact_id, payload="{}"),
                OutboxMessage(mailing_id=mailing.id, contact_id=contact_id,
                              to_address="after@example.com"),
                MergeRecord(kept_contact_id=contact_id, merged_contact_id=999, snapshot="{}"),
                BackupRun(target="folder", status="ok"),
            ])
        with ws.session(readonly=True) as db:
            assert db.execute(select(Draft.kind)).scalars().all() == ["contact"]
            assert db.execute(select(OutboxMessage.status)).scalars().all() == ["queued"]
            assert db.execute(select(MergeRecord.kept_contact_id)).scalar() == contact_id
            assert db.execute(select(BackupRun.status)).scalar() == "ok"
        assert {r.name for r in list_contacts(ws, ContactQuery(search="upgrade"))} == {
            "Upgrade, After"}
    finally:
        ws.lock()
    # Visibility rules hold on migrated rows: Sally belongs to sam alone.
    sam = session.sign_in(old_vault, "sam", ROLE_PASSWORDS["staff"])
    newbie = session.sign_in(old_vault, "newbie", ROLE_PASSWORDS["staff"])
    try:
        assert "Secret, Sally" in {r.name for r in list_contacts(sam)}
        assert "Secret, Sally" not in {r.name for r in list_contacts(newbie)}
    finally:
        sam.lock()
        newbie.lock()


def test_upgrade_runs_once_and_matches_the_models(old_vault: Path, admin_ws) -> None:  # noqa: ANN001
    session.sign_in(old_vault, "admin", PASSWORD).lock()
    engine = make_engine(old_vault / "contactweb.db", FIXTURE_KEY)
    try:
        assert upgrade_to_head(engine) is False
        assert _schema_differences(engine) == []
    finally:
        engine.dispose()
    # A vault created today has exactly the schema the models declare, too.
    assert _schema_differences(admin_ws.engine) == []
