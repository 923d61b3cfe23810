"""Erasure on a team vault: the rows go at once, and the owner's scrub rewrites the tables so
the erased values are in no file of the database any more (the WAL aside, documented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.services.accounts import users
from contactweb.services.contacts.contacts import ContactInput, EmailInput, create_contact
from contactweb.services.privacy.erasure import erase_contact
from contactweb.team import scrub, team_session
from tests.support.cli_runner import CliRunner
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

NAME = b"Quartermaine"


def _database_files_holding(team: TeamVaultFixture, needle: bytes) -> list[str]:
    """Every file of this database on the server's disk (tables, indexes, TOAST) that holds
    ``needle``, after a checkpoint wrote the shared buffers out."""
    server = team.server
    server.execute("CHECKPOINT")
    [(oid,)] = server.execute(
        f"SELECT oid FROM pg_database WHERE datname = '{team.profile.database}'")
    folder = server.root / "data" / "base" / str(oid)
    return sorted(path.name for path in Path(folder).iterdir()
                  if path.is_file() and needle in path.read_bytes())


def test_an_erased_contact_is_in_no_database_file_after_the_owners_scrub(
        team_vault: TeamVaultFixture, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(admin, "mia", "manager", "Mia-pass-42!xx", must_change=False)
    mia = team_session.sign_in(team_vault.profile, "mia", "Mia-pass-42!xx")
    try:
        cid = create_contact(mia, ContactInput(first_name="Zebulon", last_name="Quartermaine",
                                               emails=[EmailInput("zq@example.org")]))
        erase_contact(mia, cid)  # a manager: may erase, may not VACUUM
    finally:
        mia.lock()
        admin.lock()
    owner = (team_vault.profile, team_vault.owner, team_vault.owner_password)
    assert scrub.pending_since(*owner) is not None
    assert _database_files_holding(team_vault, NAME), "the dead rows are still on disk"

    monkeypatch.setenv("PGPASSWORD", team_vault.owner_password)
    run = CliRunner(Path(f"team:{team_vault.profile.name}"))
    done = run("team", "scrub", team_vault.profile.name, "--owner", team_vault.owner,
               "--if-requested")
    assert done.code == 0 and done.out.startswith("Rewrote the tables"), done.err
    assert _database_files_holding(team_vault, NAME) == []
    assert _database_files_holding(team_vault, b"zq@example.org") == []
    assert scrub.pending_since(*owner) is None
    again = run("team", "scrub", team_vault.profile.name, "--owner", team_vault.owner,
                "--if-requested")
    assert again.code == 0 and again.out.startswith("No erasure asked")
