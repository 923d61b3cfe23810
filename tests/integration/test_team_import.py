"""A staff member's (or a manager's) import on a team vault, through the service and the
command line, as their own login role: members may not move sequences themselves (no UPDATE
on them), yet the bulk insert chooses contact ids past the table's sequence and must move it
on, so the next contact saved one at a time never takes an imported one's id."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from contactweb.services.accounts import users
from contactweb.services.contacts.contacts import ContactInput, create_contact
from contactweb.services.importing import importer
from contactweb.team import team_session
from tests.support.cli_runner import CliRunner
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

STAFF_PASSWORD = "Staff-pass-42!x"
MANAGER_PASSWORD = "Mia-pass-42!xx"
ROWS = 300


def _csv(path: Path, first: str, rows: int = ROWS) -> Path:
    lines = ["First Name,Last Name,E-mail Address"]
    lines += [f"{first}{i},Importer,{first.lower()}{i}@example.com" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def office(team_vault: TeamVaultFixture) -> TeamVaultFixture:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    try:
        users.add_user(admin, "kim", "staff", STAFF_PASSWORD, must_change=False)
        users.add_user(admin, "mia", "manager", MANAGER_PASSWORD, must_change=False)
        create_contact(admin, ContactInput(first_name="Already", last_name="There"))
    finally:
        admin.lock()
    return team_vault


def _sequence_ok(team: TeamVaultFixture) -> tuple[int, int]:
    """(the highest contact id, the sequence's last value), read as the owner."""
    with team.connect_as_owner() as owner:
        return owner.execute(
            "SELECT (SELECT max(id) FROM contacts), last_value FROM contacts_id_seq").fetchone()


@pytest.mark.parametrize(("who", "password"), [("kim", STAFF_PASSWORD),
                                              ("mia", MANAGER_PASSWORD)])
def test_a_members_import_through_the_service(office: TeamVaultFixture, tmp_path: Path,
                                              who: str, password: str) -> None:
    ws = team_session.sign_in(office.profile, who, password)
    try:
        report = importer.import_records(
            ws, importer.stream_file(_csv(tmp_path / "people.csv", "Imp")))
        assert len(report.created) == ROWS and not report.bad_rows
        highest, last_value = _sequence_ok(office)
        assert max(report.created) == highest and last_value >= highest
        # One saved by itself afterwards takes a new id, past every imported one.
        after = create_contact(ws, ContactInput(first_name="After", last_name="Import"))
        assert after > max(report.created)
    finally:
        ws.lock()


def test_a_staff_import_from_the_command_line(office: TeamVaultFixture, tmp_path: Path) -> None:
    run = CliRunner(Path(f"team:{office.profile.name}"), "kim", STAFF_PASSWORD)
    done = run("import", str(_csv(tmp_path / "people.csv", "Cli")), "--json")
    assert done.code == 0, done.err
    listed = run("contact", "list", "--search", "Importer", "--json")
    assert listed.code == 0, listed.err
    assert listed.out.count("Importer") >= ROWS
    highest, last_value = _sequence_ok(office)
    assert last_value >= highest
    added = run("contact", "add", "--first", "After", "--last", "Import")
    assert added.code == 0, added.err


def test_a_member_moves_a_sequence_only_forward_and_only_to_rows_there(
        office: TeamVaultFixture) -> None:
    """The server function the bulk insert calls takes no number from the caller: it moves
    a table's sequence up to the rows the table holds, never back, and only for a table the
    caller may insert into."""
    highest, before = _sequence_ok(office)
    with office.connect_as("kim", STAFF_PASSWORD) as kim:
        kim.execute("SELECT cw_sequence_past_rows('contacts')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kim.execute("SELECT cw_sequence_past_rows('mailings')")  # a manager's table
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kim.execute("SELECT cw_sequence_past_rows('audit_events')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kim.execute("SELECT setval('contacts_id_seq', 1)")
    # It reserved one id (as any insert would) and took nothing of the caller's.
    assert _sequence_ok(office) == (highest, before + 1)
