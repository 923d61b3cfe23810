"""The contact list's statements on a team vault, as a staff login runs them under the row
policies: no JIT compilation on a desktop's connections, and a page's tags found through the
primary key of contact_tags rather than by reading every tag link and every visible contact.

Planned as the server plans them after a bulk import (no ANALYZE: the tests' server runs
without autovacuum, as a new server does before it first runs)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, text

from contactweb.formats.interchange import ContactRecord, LabelledValue, ParseResult
from contactweb.services.accounts import users
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.importing import importer
from contactweb.team import team_session
from contactweb.vault.workspace import Workspace
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

STAFF_PASSWORD = "Staff-pass-42!x"
CONTACTS = 3000
TAGS = [["vip"], ["partner", "lead"], [], ["lead"]]


@pytest.fixture
def staff(team_vault: TeamVaultFixture) -> Iterator[tuple[TeamVaultFixture, Workspace]]:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(admin, "kim", "staff", STAFF_PASSWORD, must_change=False)
    records = [ContactRecord(first_name=f"Person{i}", last_name=f"Surname{i % 97}",
                             emails=[LabelledValue("work", f"p{i}@example.org")],
                             tags=TAGS[i % len(TAGS)], source="plans")
               for i in range(CONTACTS)]
    importer.import_records(admin, ParseResult(records, [], "plans"), on_duplicate="create")
    admin.lock()
    kim = team_session.sign_in(team_vault.profile, "kim", STAFF_PASSWORD)
    yield team_vault, kim
    kim.lock()


def test_a_desktop_connection_compiles_no_statement(
        staff: tuple[TeamVaultFixture, Workspace]) -> None:
    _team, kim = staff
    with kim.session(readonly=True) as session:
        assert session.execute(text("SHOW jit")).scalar_one() == "off"


def _listed(kim: Workspace, search: str) -> tuple[list, list[tuple[str, object]]]:
    """The first page of a search and the statements it ran."""
    statements: list[tuple[str, object]] = []

    def _seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        statements.append((statement, parameters))

    event.listen(kim.engine, "before_cursor_execute", _seen)
    try:
        rows = list_contacts(kim, ContactQuery(search=search), limit=200)
    finally:
        event.remove(kim.engine, "before_cursor_execute", _seen)
    return rows, statements


def _plan(team: TeamVaultFixture, statement: str, parameters: object) -> str:
    with team.connect_as("kim", STAFF_PASSWORD) as conn:
        return "\n".join(row[0] for row in conn.execute(
            "EXPLAIN " + statement, parameters).fetchall())


def test_a_pages_tags_are_found_through_the_primary_key_under_the_row_policy(
        staff: tuple[TeamVaultFixture, Workspace]) -> None:
    team, kim = staff
    rows, statements = _listed(kim, "surname1")
    assert len(rows) == 200 and any(row.tags for row in rows)
    tag_statements = [(s, p) for s, p in statements if "FROM contact_tags ct" in s]
    assert len(tag_statements) == 1
    plan = _plan(team, *tag_statements[0])
    assert "pk_contact_tags" in plan, plan
    assert "Seq Scan on contact_tags" not in plan, plan


def test_a_broad_searchs_page_probes_the_matches_once_instead_of_a_semi_join(
        staff: tuple[TeamVaultFixture, Workspace]) -> None:
    """Every contact matches: the page walks contacts and probes a hash of the matches. With
    statistics, a semi-join planned to stop early compared every walked contact with every
    match (6.8 s at 100,000 contacts)."""
    team, kim = staff
    with team.connect_as_owner() as owner:
        owner.execute("ANALYZE")
    rows, statements = _listed(kim, "person")
    assert len(rows) == 200
    pages = [(s, p) for s, p in statements
             if s.lstrip().startswith("SELECT contacts.id") and "LIMIT" in s]
    assert len(pages) == 1
    plan = _plan(team, *pages[0])
    assert "hashed SubPlan" in plan, plan
    assert "Semi Join" not in plan, plan
