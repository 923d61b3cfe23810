"""The database is the second wall: a person connecting to a team vault straight over psycopg
(as ``psql`` would) with their own login can do no more than the application lets them.

Each test signs in through ContactWeb to make the data, then connects as the person's own
login role and asserts that the *server* refuses (an error, or no rows)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import psycopg
import pytest
from psycopg import errors

from contactweb.services import audit
from contactweb.services.accounts import users
from contactweb.services.accounts.drafts import save_draft
from contactweb.services.activity.communications import CommunicationInput, log_communication
from contactweb.services.contacts.contacts import ContactInput, EmailInput, create_contact
from contactweb.team import team_session
from contactweb.team.role_names import group_role
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

STAFF_PASSWORD = "Staff-pass-42!x"
READONLY_PASSWORD = "Readonly-pass-42!x"


@pytest.fixture
def office(team_vault: TeamVaultFixture) -> Iterator[dict]:  # noqa: F811
    """boss (admin), kim and sam (staff), rita (readonly); kim owns a private contact with a
    logged call, and there is one contact everyone sees."""
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    for name, role, password in (("kim", "staff", STAFF_PASSWORD),
                                 ("sam", "staff", STAFF_PASSWORD),
                                 ("rita", "readonly", READONLY_PASSWORD)):
        users.add_user(admin, name, role, password, must_change=False)
    shared = create_contact(admin, ContactInput(first_name="Open", last_name="Door"))
    kim = team_session.sign_in(team_vault.profile, "kim", STAFF_PASSWORD)
    private = create_contact(kim, ContactInput(
        first_name="Secret", last_name="Client", owner_only=True,
        emails=[EmailInput("secret.client@example.com")], notes="owes money"))
    log_communication(kim, private, CommunicationInput(kind="call", direction="in",
                                                       subject="private call"))
    save_draft(kim, "contact", {"notes": "half-typed secret"}, shared)
    kim.lock()
    yield {"team": team_vault, "admin": admin, "private": private, "shared": shared}
    admin.lock()


def _rows(conn: psycopg.Connection, query: str, *params: object) -> list[tuple]:
    return conn.execute(query, params).fetchall()


def test_staff_cannot_read_or_change_another_persons_private_contact(office: dict) -> None:
    team, private = office["team"], office["private"]
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        assert _rows(sam, "SELECT id FROM contacts WHERE id = %s", private) == []
        assert [r[0] for r in _rows(sam, "SELECT id FROM contacts")] == [office["shared"]]
        for table in ("contact_emails", "communications", "contact_search"):
            assert _rows(sam, f"SELECT * FROM {table} WHERE contact_id = %s", private) == []
        assert _rows(sam, "SELECT * FROM contact_search WHERE document ILIKE '%%secret%%'") == []
        updated = sam.execute("UPDATE contacts SET notes = 'mine' WHERE id = %s", (private,))
        assert updated.rowcount == 0
        deleted = sam.execute("DELETE FROM contacts WHERE id = %s", (private,))
        assert deleted.rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):  # a row the policy would hide
            sam.execute("INSERT INTO contact_emails (contact_id, label, address, position) "
                        "VALUES (%s, 'work', 'x@example.com', 9)", (private,))
        with pytest.raises(errors.InsufficientPrivilege):  # a private contact for kim
            sam.execute("INSERT INTO contacts (first_name, visibility, owner_id) "
                        "SELECT 'Planted', 'owner', id FROM users WHERE username = 'kim'")
        with pytest.raises(errors.InsufficientPrivilege):  # hiding a shared one from all
            sam.execute("UPDATE contacts SET visibility = 'owner', owner_id = "
                        "(SELECT id FROM users WHERE username = 'kim') WHERE id = %s",
                        (office["shared"],))
    with team.connect_as("kim", STAFF_PASSWORD) as kim:  # its owner still sees it all
        assert _rows(kim, "SELECT notes FROM contacts WHERE id = %s", private) == [
            ("owes money",)]
        assert len(_rows(kim, "SELECT * FROM communications WHERE contact_id = %s",
                         private)) == 1


def test_nobody_but_the_owner_updates_or_deletes_audit_events(office: dict) -> None:
    team = office["team"]
    for name, password in (("sam", STAFF_PASSWORD), ("boss", team.admin_password)):
        with team.connect_as(name, password) as conn:
            for statement in ("UPDATE audit_events SET action = 'nothing'",
                              "DELETE FROM audit_events",
                              "TRUNCATE audit_events",
                              "INSERT INTO audit_events (at, username, action, object_type, "
                              "object_id, details, prev_hash, hash) VALUES (now(), 'boss', "
                              "'forged', '', '', '{}', 'x', 'y')",
                              "UPDATE audit_head SET last_hash = 'x'"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(statement)
    assert audit.verify(office["admin"]).ok


def test_staff_cannot_grant_themselves_a_role_or_become_admin(office: dict) -> None:
    team = office["team"]
    admin_group = group_role(team.profile.namespace, "admin")
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        with pytest.raises(errors.InsufficientPrivilege):
            sam.execute(f'GRANT "{admin_group}" TO CURRENT_USER')
        with pytest.raises(errors.InsufficientPrivilege):
            sam.execute(f'SET ROLE "{admin_group}"')
        with pytest.raises(errors.InsufficientPrivilege):
            sam.execute(f'SET ROLE "{team.owner}"')
        with pytest.raises(errors.InsufficientPrivilege):
            sam.execute("ALTER ROLE CURRENT_USER CREATEROLE")
        with pytest.raises(errors.InsufficientPrivilege):  # the people functions: admin only
            sam.execute("SELECT cw_person_set_role(cw_me(), 'admin')")
        with pytest.raises(errors.InsufficientPrivilege):
            sam.execute("UPDATE users SET role = 'admin' WHERE username = 'sam'")
        assert _rows(sam, "SELECT cw_my_role()") == [("staff",)]


def test_no_member_reads_key_material_or_another_persons_secrets(office: dict) -> None:
    team, admin = office["team"], office["admin"]
    with admin.session() as db:
        from contactweb.services import settings

        settings.write(db, "secret.smtp.password", "smtp-secret-value")
    for name, password in (("sam", STAFF_PASSWORD), ("rita", READONLY_PASSWORD),
                           ("boss", team.admin_password)):
        with team.connect_as(name, password) as conn:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT * FROM team_keys")
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT cw_subkey('audit')")
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT * FROM team_logins")
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT rolpassword FROM pg_authid")
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        assert _rows(sam, "SELECT value FROM settings WHERE key LIKE 'secret.%%'") == []
        assert _rows(sam, "SELECT * FROM drafts") == []
        assert sam.execute("DELETE FROM drafts").rowcount == 0
    with team.connect_as("boss", team.admin_password) as boss:  # the admin still reads it
        assert _rows(boss, "SELECT value FROM settings WHERE key = 'secret.smtp.password'")
        assert _rows(boss, "SELECT * FROM drafts") == []  # a draft is its writer's alone
    with team.connect_as("kim", STAFF_PASSWORD) as kim:
        assert [r[0] for r in _rows(kim, "SELECT payload FROM drafts")] == [
            '{"notes": "half-typed secret"}']


def test_readonly_over_psql_can_do_no_more_than_the_application(office: dict) -> None:
    """The application lets a readonly person view shared contacts and make reports; the
    server refuses every change and hides what the application hides."""
    team, private, shared = office["team"], office["private"], office["shared"]
    with team.connect_as("rita", READONLY_PASSWORD) as rita:
        assert [r[0] for r in _rows(rita, "SELECT id FROM contacts")] == [shared]
        assert _rows(rita, "SELECT * FROM communications WHERE contact_id = %s", private) == []
        for statement in (
                "UPDATE contacts SET notes = 'x'",
                "DELETE FROM contacts",
                "INSERT INTO contacts (first_name) VALUES ('x')",
                "INSERT INTO tags (name) VALUES ('x')",
                "UPDATE settings SET value = '1'",
                "INSERT INTO consent_events (contact_id, channel, status) VALUES (1, 'email', "
                "'granted')",
                "DELETE FROM erasure_records",
                "CREATE TABLE stash (x text)",
                "CREATE TEMP TABLE stash (x text)",
                "SELECT cw_person_add('x', 'x', 'admin', 'x', 'SCRAM-SHA-256$x', false)",
                "SELECT * FROM cw_audit_verify()"):
            with pytest.raises(errors.InsufficientPrivilege):
                rita.execute(statement)
        # What the application does for a readonly person still works: the audit trail of
        # a sign-in, read as that person's own event.
        rita.execute("SELECT cw_audit_append('signin', 'user', ARRAY['0'], ARRAY['{}'])")
        assert _rows(rita, "SELECT username FROM audit_events") == [("rita",)]


def test_another_team_vaults_people_cannot_connect(office: dict,
                                                    postgres_server) -> None:  # noqa: ANN001
    from tests.support.team_vaults import create_team_vault, drop_team_vault

    other = create_team_vault(postgres_server)
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(user=f"{other.profile.namespace}.boss",
                            password=other.admin_password,
                            **office["team"].profile.connect_options()).close()
    finally:
        drop_team_vault(other)


def test_the_applications_search_shows_no_one_elses_private_contact(office: dict) -> None:
    """The search index on the server follows its contact: even a query the service did not
    filter would not find the private contact (the wall under the service's own check)."""
    from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
    from contactweb.store.fts import build_match_query
    from contactweb.store.search_sql import few_matches

    team = office["team"]
    sam = team_session.sign_in(team.profile, "sam", STAFF_PASSWORD)
    kim = team_session.sign_in(team.profile, "kim", STAFF_PASSWORD)
    try:
        assert [c.id for c in list_contacts(kim, ContactQuery(search="secret"))] == [
            office["private"]]
        assert list_contacts(sam, ContactQuery(search="secret")) == []
        query = build_match_query("secret")
        with sam.session(readonly=True) as db:
            assert few_matches(db, query) == []
        with kim.session(readonly=True) as db:
            assert few_matches(db, query) == [office["private"]]
    finally:
        sam.lock()
        kim.lock()


def test_disabling_a_person_ends_their_open_connection(office: dict) -> None:
    team = office["team"]
    sam = team.connect_as("sam", STAFF_PASSWORD)
    assert _rows(sam, "SELECT cw_my_role()") == [("staff",)]
    users.disable_user(office["admin"], "sam")
    with pytest.raises(psycopg.OperationalError):
        sam.execute("SELECT 1")
    sam.close()
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        team.connect_as("sam", STAFF_PASSWORD)


def test_staff_change_no_setting_but_those_their_own_work_keeps(office: dict) -> None:
    team, admin = office["team"], office["admin"]
    with admin.session() as db:
        from contactweb.services import settings

        settings.write(db, "default_region", "US")
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        assert sam.execute("UPDATE settings SET value = '\"FR\"' WHERE key = 'default_region'"
                           ).rowcount == 0
        assert sam.execute("DELETE FROM settings WHERE key = 'default_region'").rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):
            sam.execute("INSERT INTO settings (key, value) VALUES ('shared_computer', 'true')")
        sam.execute("INSERT INTO settings (key, value) VALUES ('backup.transfer_basis', '{}')")
    with admin.session(readonly=True) as db:
        from contactweb.services import settings

        assert settings.read(db, "default_region") == "US"


def test_readonly_can_write_no_table_of_the_vault(office: dict) -> None:
    """Every table, whatever a later migration adds: a readonly person changes none (their
    own drafts aside, of which they have none here)."""
    team = office["team"]
    with team.connect_as_owner() as owner:
        tables = [name for (name,) in owner.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
    assert "contacts" in tables and "audit_events" in tables
    with team.connect_as("rita", READONLY_PASSWORD) as rita:
        for table in tables:
            if table == "drafts":
                assert rita.execute("DELETE FROM drafts").rowcount == 0
                continue
            for statement in (f"DELETE FROM {table}", f"TRUNCATE {table}",
                              f"INSERT INTO {table} DEFAULT VALUES",
                              f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"):
                with pytest.raises(errors.InsufficientPrivilege):
                    rita.execute(statement)


def test_only_a_manager_reverses_an_opt_out_even_over_psql(office: dict) -> None:
    """Staff record consent and merge contacts through the application; over psql they can
    neither turn an opt-out back into consent nor rewrite the consent history or an erasure
    record. A manager reverses an opt-out through the application, with a reason."""
    from contactweb.services.consent import consent
    from contactweb.services.contacts.duplicates import merge

    team, admin = office["team"], office["admin"]
    shared = create_contact(admin, ContactInput(first_name="Ed", last_name="Mail",
                                                emails=[EmailInput("ed@example.org")]))
    consent.opt_out(admin, shared, "email", evidence="said so on the phone")
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        for statement in (
                "UPDATE consent_state SET status = 'granted' WHERE status = 'opted_out'",
                "DELETE FROM consent_state WHERE status = 'opted_out'",
                "UPDATE mailbox_statements SET status = 'granted' WHERE status = 'opted_out'",
                "DELETE FROM mailbox_statements WHERE status = 'opted_out'",
                "UPDATE consent_events SET status = 'granted'",
                "UPDATE consent_events SET evidence = ''"):
            with pytest.raises(errors.InsufficientPrivilege):
                sam.execute(statement)
    # The application's own staff work still passes: merging an opted-out duplicate away.
    sam_ws = team_session.sign_in(team.profile, "sam", STAFF_PASSWORD)
    try:
        twin = create_contact(sam_ws, ContactInput(first_name="Ed", last_name="Mail",
                                                   emails=[EmailInput("ed.mail@example.org")]))
        consent.opt_out(sam_ws, twin, "email", evidence="asked again")
        merge(sam_ws, shared, twin)
    finally:
        sam_ws.lock()
    users.add_user(admin, "mia", "manager", "Mia-pass-42!xx", must_change=False)
    with team.connect_as("mia", "Mia-pass-42!xx") as mia:
        with pytest.raises(errors.InsufficientPrivilege):
            mia.execute("UPDATE erasure_records SET erased_by = 'nobody'")
        with pytest.raises(errors.InsufficientPrivilege):
            mia.execute("DELETE FROM erasure_records")
    mia_ws = team_session.sign_in(team.profile, "mia", "Mia-pass-42!xx")
    try:
        consent.opt_in(mia_ws, shared, "email", evidence="wrote to ask for the newsletter",
                       override_reason="asked in writing")
        with mia_ws.session(readonly=True) as db:
            assert consent.current_status(db, shared, "email") == "granted"
    finally:
        mia_ws.lock()


def test_no_member_makes_a_contacts_email_consent_copy_lie_over_psql(office: dict) -> None:
    """The email consent each contact row carries (migration 0017) is the database's own
    copy of consent_state: a staff member's UPDATE of it over psql is replaced by
    what consent_state says, the triggers cannot be turned off by a member, and the mailing
    still leaves out the opted-out and the never-asked contact."""
    from contactweb.services.consent import consent
    from contactweb.services.eligibility.eligibility import eligible_recipients

    team, admin = office["team"], office["admin"]
    said_no = create_contact(admin, ContactInput(first_name="No", last_name="Thanks",
                                                 emails=[EmailInput("no@example.org")]))
    consent.opt_out(admin, said_no, "email", evidence="said so on the phone")
    asked = create_contact(admin, ContactInput(first_name="Yes", last_name="Please",
                                               emails=[EmailInput("yes@example.org")]))
    consent.opt_in(admin, asked, "email", evidence="signed form")
    never = office["shared"]
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        assert sam.execute("UPDATE contacts SET email_consent = 'granted'").rowcount == 3
        for statement in ("ALTER TABLE contacts DISABLE TRIGGER contacts_email_consent_update",
                          "ALTER TABLE contacts DISABLE TRIGGER USER",
                          "DROP TRIGGER contacts_email_consent_update ON contacts"):
            with pytest.raises(errors.InsufficientPrivilege):
                sam.execute(statement)
    with team.connect_as("boss", team.admin_password) as boss:
        copies = dict(_rows(boss, "SELECT first_name, email_consent FROM contacts"))
    assert copies == {"Open": "", "Secret": "", "No": "opted_out", "Yes": "granted"}
    result = eligible_recipients(admin, "email")
    assert [r.contact_id for r in result.included] == [asked]
    assert {e.contact_id: e.code for e in result.excluded if e.contact_id in (said_no, never)
            } == {said_no: "opted_out", never: "no_consent"}


def test_only_an_administrator_places_or_releases_a_legal_hold(office: dict) -> None:
    from contactweb.services.contacts.contacts import get_contact, update_contact
    from contactweb.services.privacy.legal_hold import place_legal_hold

    team, admin, shared = office["team"], office["admin"], office["shared"]
    place_legal_hold(admin, shared, "Dispute over an invoice")
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        for statement in ("UPDATE contacts SET legal_hold = false WHERE id = %s",
                          "UPDATE contacts SET legal_hold_reason = '' WHERE id = %s",
                          "DELETE FROM contacts WHERE id = %s"):
            with pytest.raises(errors.InsufficientPrivilege):
                sam.execute(statement, (shared,))
        with pytest.raises(errors.InsufficientPrivilege):
            sam.execute("INSERT INTO contacts (first_name, legal_hold) VALUES ('x', true)")
    sam_ws = team_session.sign_in(team.profile, "sam", STAFF_PASSWORD)
    try:  # editing a held contact's details is still staff work
        data = get_contact(sam_ws, shared, audit_view=False).to_input()
        update_contact(sam_ws, shared, replace(data, title="Buyer"))
        assert get_contact(sam_ws, shared, audit_view=False).legal_hold
    finally:
        sam_ws.lock()


# Who reads each table at all (the lowest role; the roles nest), as the application shows it
# to that role: decided here, table by table, apart from the code that grants it. None: the
# owner's alone. A new table fails the test below until someone decides.
ROLE_ORDER = ("readonly", "staff", "manager", "admin")
_EVERYONE_READS = (
    "alembic_version", "team_vault", "users", "contacts", "contact_emails", "contact_phones",
    "contact_addresses", "tags", "contact_tags", "communications", "attachments",
    "consent_events", "consent_state", "undeliverable_addresses", "reminders", "products",
    "sales", "sale_lines", "settings", "drafts", "audit_events", "contact_search")
EXPECTED_READERS: dict[str, str | None] = {
    **{name: "readonly" for name in _EVERYONE_READS},
    # Staff work: backups, merges (the merge history and its snapshots), imports checked
    # against the erasure ledger, consent recorded against mailbox statements.
    "backup_runs": "staff", "merge_records": "staff", "erasure_records": "staff",
    "mailbox_statements": "staff",
    "mailings": "manager", "outbox_messages": "manager",  # the senders'
    "team_keys": None, "team_logins": None, "audit_head": None, "team_scrub": None,
}
MANAGER_PASSWORD = "Mia-pass-42!xx"


def _every_table(team: TeamVaultFixture) -> set[str]:  # noqa: F811
    from contactweb.models import Base

    with team.connect_as_owner() as owner:
        on_server = {name for (name,) in owner.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    return on_server | set(Base.metadata.tables)


def test_every_table_is_read_only_by_the_roles_the_application_shows_it_to(
        office: dict) -> None:
    team = office["team"]
    users.add_user(office["admin"], "mia", "manager", MANAGER_PASSWORD, must_change=False)
    undecided = _every_table(team) - set(EXPECTED_READERS)
    assert not undecided, f"decide which roles read {sorted(undecided)} (EXPECTED_READERS)"
    people = {"readonly": ("rita", READONLY_PASSWORD), "staff": ("sam", STAFF_PASSWORD),
              "manager": ("mia", MANAGER_PASSWORD), "admin": ("boss", team.admin_password)}
    wrong = []
    for role, (name, password) in people.items():
        with team.connect_as(name, password) as conn:
            for table, reader in sorted(EXPECTED_READERS.items()):
                may = reader is not None and ROLE_ORDER.index(role) >= ROLE_ORDER.index(reader)
                try:
                    conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
                    read = True
                except errors.InsufficientPrivilege:
                    read = False
                if read != may:
                    wrong.append(f"{role} {'reads' if read else 'cannot read'} {table}")
    assert wrong == []


def _queue_message(owner: psycopg.Connection, contact_id: int, address: str) -> int:
    """An outbox row as a mailing run leaves it (written as the owner, the test's hand)."""
    mailing = owner.execute(
        "INSERT INTO mailings (channel, subject, body_text, body_html, selection, created_by, "
        "created_at, status) VALUES ('email', 'News', 'Hello', '', '{}', 'boss', now(), "
        "'sent') RETURNING id").fetchone()[0]
    return owner.execute(
        "INSERT INTO outbox_messages (mailing_id, contact_id, to_address, message_id, status, "
        "attempts, last_error, updated_at) VALUES (%s, %s, %s, '', 'sent', 1, '', now()) "
        "RETURNING id", (mailing, contact_id, address)).fetchone()[0]


def test_outbox_rows_of_a_private_contact_stay_its_owners(office: dict) -> None:
    """A manager reads the outbox of the contacts they can see; staff see only which rows
    belong to which contact (a merge moves them), nothing in them."""
    team, private, shared = office["team"], office["private"], office["shared"]
    users.add_user(office["admin"], "mia", "manager", MANAGER_PASSWORD, must_change=False)
    with team.connect_as_owner() as owner:
        secret_row = _queue_message(owner, private, "secret.client@example.com")
        open_row = _queue_message(owner, shared, "open@example.com")
    with team.connect_as("mia", MANAGER_PASSWORD) as mia:
        assert _rows(mia, "SELECT id, to_address FROM outbox_messages") == [
            (open_row, "open@example.com")]
    with team.connect_as("boss", team.admin_password) as boss:
        assert {r[0] for r in _rows(boss, "SELECT id FROM outbox_messages")} == {
            secret_row, open_row}
    for name, seen in (("sam", [(open_row, shared)]),
                       ("kim", [(open_row, shared), (secret_row, private)])):
        with team.connect_as(name, STAFF_PASSWORD) as conn:
            assert sorted(_rows(conn, "SELECT id, contact_id FROM outbox_messages")) == sorted(
                seen)
            for statement in ("SELECT to_address FROM outbox_messages",
                              "SELECT * FROM mailings",
                              "UPDATE outbox_messages SET status = 'queued'",
                              "DELETE FROM outbox_messages"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(statement)
    with team.connect_as("rita", READONLY_PASSWORD) as rita:
        with pytest.raises(errors.InsufficientPrivilege):
            rita.execute("SELECT id, contact_id FROM outbox_messages")


def test_a_staff_merge_moves_the_outbox_rows_it_cannot_read(office: dict) -> None:
    from contactweb.services.contacts.duplicates import merge

    team, admin, shared = office["team"], office["admin"], office["shared"]
    twin = create_contact(admin, ContactInput(first_name="Open", last_name="Door"))
    with team.connect_as_owner() as owner:
        row = _queue_message(owner, twin, "open.door@example.com")
    sam = team_session.sign_in(team.profile, "sam", STAFF_PASSWORD)
    try:
        merge(sam, shared, twin)
    finally:
        sam.lock()
    with team.connect_as_owner() as owner:
        assert _rows(owner, "SELECT contact_id FROM outbox_messages WHERE id = %s", row) == [
            (shared,)]


def test_a_merge_snapshot_of_a_private_contact_stays_its_owners(office: dict) -> None:
    """Merging one's private contact into a shared one keeps the private one, as it was, in
    the merge's snapshot: the server shows that snapshot to no other staff member."""
    from contactweb.services.contacts.duplicates import merge

    team, shared = office["team"], office["shared"]
    kim = team_session.sign_in(team.profile, "kim", STAFF_PASSWORD)
    try:
        twin = create_contact(kim, ContactInput(first_name="Open", last_name="Door",
                                                owner_only=True, notes="private twin notes"))
        merge(kim, shared, twin)
    finally:
        kim.lock()
    query = "SELECT kept_contact_id FROM merge_records WHERE snapshot LIKE '%%private twin%%'"
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        assert _rows(sam, "SELECT id FROM contacts WHERE id = %s", shared)  # the kept one
        assert _rows(sam, "SELECT * FROM merge_records") == []
        assert sam.execute("UPDATE merge_records SET undone = true").rowcount == 0
    with team.connect_as("kim", STAFF_PASSWORD) as kim_conn:
        assert _rows(kim_conn, query) == [(shared,)]
    with team.connect_as("boss", team.admin_password) as boss:
        assert _rows(boss, query) == [(shared,)]


def test_no_member_learns_whether_a_contact_id_exists(office: dict) -> None:
    """Not through a server function: a private contact's id is as unknown as a free one."""
    team, private = office["team"], office["private"]
    with team.connect_as("sam", STAFF_PASSWORD) as sam:
        with pytest.raises((errors.InsufficientPrivilege, errors.UndefinedFunction)):
            sam.execute("SELECT cw_contact_exists(%s)", (private,))
        # The search functions run as the caller, under the row policies.
        assert _rows(sam, "SELECT contactweb_search_document(%s)", private) == [(None,)]
        member_functions = {name for (name,) in sam.execute(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prosecdef AND p.prorettype <> 'trigger'::regtype "
            "AND has_function_privilege(p.oid, 'EXECUTE')")}
    # The definer functions a member may call (triggers aside) are about no contact.
    assert not {f for f in member_functions if "contact" in f}, member_functions


# Who takes ids from each table's sequence: the lowest role that adds rows to the table
# itself (the roles nest); None: only the server's own functions or the owner do. A readonly
# person burns no id and reads no count; a new sequence fails the test until decided.
EXPECTED_ID_TAKERS: dict[str, str | None] = {
    **{name: "staff" for name in (
        "contacts", "contact_emails", "contact_phones", "contact_addresses", "tags",
        "communications", "attachments", "consent_events", "undeliverable_addresses",
        "reminders", "products", "sales", "sale_lines", "merge_records", "backup_runs")},
    "drafts": "readonly",  # each person's own
    "mailings": "manager", "outbox_messages": "manager", "erasure_records": "manager",
    "audit_events": None, "users": None,  # cw_audit_append, cw_person_add
}


def test_only_those_who_add_rows_take_ids_and_nobody_reads_or_sets_a_sequence(
        office: dict) -> None:
    team = office["team"]
    users.add_user(office["admin"], "mia", "manager", MANAGER_PASSWORD, must_change=False)
    with team.connect_as_owner() as owner:
        sequences = dict(owner.execute(
            "SELECT t.relname, s.relname FROM pg_depend d JOIN pg_class s ON s.oid = d.objid "
            "JOIN pg_class t ON t.oid = d.refobjid WHERE s.relkind = 'S' "
            "AND d.deptype IN ('a', 'i')").fetchall())
    undecided = set(sequences) - set(EXPECTED_ID_TAKERS)
    assert not undecided, f"decide who takes ids of {sorted(undecided)} (EXPECTED_ID_TAKERS)"
    people = {"readonly": ("rita", READONLY_PASSWORD), "staff": ("sam", STAFF_PASSWORD),
              "manager": ("mia", MANAGER_PASSWORD), "admin": ("boss", team.admin_password)}
    wrong = []
    for role, (name, password) in people.items():
        with team.connect_as(name, password) as conn:
            for table, sequence in sorted(sequences.items()):
                taker = EXPECTED_ID_TAKERS[table]
                may = taker is not None and ROLE_ORDER.index(role) >= ROLE_ORDER.index(taker)
                try:
                    conn.execute(f"SELECT nextval('{sequence}')")
                    took = True
                except errors.InsufficientPrivilege:
                    took = False
                if took != may:
                    wrong.append(f"{role} {'takes' if took else 'cannot take'} ids of {table}")
                # Reading where it stands goes with taking ids (nextval tells as much);
                # setting it is the owner's alone.
                for statement, allowed in (
                        (f"SELECT pg_sequence_last_value('{sequence}')", may),
                        (f"SELECT last_value FROM {sequence}", False),
                        (f"SELECT setval('{sequence}', 1)", False)):
                    try:
                        conn.execute(statement)
                        done = True
                    except errors.InsufficientPrivilege:
                        done = False
                    if done != allowed:
                        wrong.append(f"{role} {'may' if done else 'may not'} {statement}")
    assert wrong == []
