"""Deleting a team vault is the database owner's work on the server: from a desktop (the
command line or the administration page) it is refused with what the owner does instead, and
nothing is deleted. Forgetting a team server removes only this computer's profile and files
for it; the vault on the server stays."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from contactweb.errors import NotFound, Refused
from contactweb.services.contacts.contacts import ContactInput, create_contact, get_contact
from contactweb.services.privacy.vault_deletion import confirmation_phrase, delete_vault
from contactweb.team import profile as profiles
from contactweb.team import team_session
from tests.support.cli_runner import CliRunner
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401


def test_deleting_a_team_vault_is_refused_with_what_its_owner_does(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    profile = team_vault.profile
    ws = team_session.sign_in(profile, "boss", team_vault.admin_password)
    try:
        kept = create_contact(ws, ContactInput(first_name="Still", last_name="Here"))
        local = ws.vault.folder
        (local / "journal").write_text("a mailing run's record")
        with pytest.raises(Refused) as refused:
            delete_vault(ws, confirmation_phrase(ws), own_password=team_vault.admin_password)
        message = str(refused.value)
        assert f"dropdb {profile.database}" in message
        assert f"{profile.namespace}_admin" in message
        assert f"contactweb team forget {profile.name}" in message
        assert (local / "journal").exists() and profiles.profile_path(profile.name).exists()
        assert get_contact(ws, kept, audit_view=False).last_name == "Here"
    finally:
        ws.lock()
    run = CliRunner(Path(f"team:{profile.name}"), "boss", team_vault.admin_password)
    result = run("vault", "delete", "--confirm", f"DELETE {profile.name}")
    assert result.code != 0
    assert f"dropdb {profile.database}" in result.err
    again = team_session.sign_in(profile, "boss", team_vault.admin_password)
    try:
        assert get_contact(again, kept, audit_view=False).first_name == "Still"
    finally:
        again.lock()


def test_forgetting_a_team_server_removes_its_profile_and_this_computers_files(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    profile = team_vault.profile
    ws = team_session.sign_in(profile, "boss", team_vault.admin_password)
    local = ws.vault.folder
    (local / "journal").write_text("a mailing run's record")
    ws.lock()
    other = profiles.save(replace(profile, name="elsewhere"), team_vault.server.ca.ca_pem)
    ca_copy = profiles.profile_path(profile.name).with_name(f"{profile.name}-ca.pem")
    assert ca_copy.exists()

    run = CliRunner(Path(f"team:{profile.name}"), "boss", team_vault.admin_password)
    result = run("team", "forget", profile.name)
    assert result.code == 0, result.err
    assert "untouched" in result.out
    assert not profiles.profile_path(profile.name).exists()
    assert not ca_copy.exists() and not local.exists()
    assert [p.name for p in profiles.list_profiles()] == ["elsewhere"] and other.exists()
    with pytest.raises(NotFound):
        profiles.forget(profile.name)
    assert run("team", "forget", profile.name).code != 0
    # The vault on the server is untouched: the other profile still signs in to it.
    again = team_session.sign_in(profiles.load("elsewhere"), "boss", team_vault.admin_password)
    again.lock()
