"""contactweb team create: an empty PostgreSQL database becomes a team vault."""

from __future__ import annotations

from contactweb.services import audit
from contactweb.team import profile as profiles
from contactweb.team import team_session
from tests.support.team_vaults import ADMIN_PASSWORD, TeamVaultFixture, team_vault  # noqa: F401


def test_create_writes_a_profile_without_password_and_the_admin_signs_in(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    saved = profiles.load(team_vault.profile.name)
    assert saved == team_vault.profile
    text = profiles.profile_path(saved.name).read_text()
    assert ADMIN_PASSWORD not in text and team_vault.owner_password not in text
    assert saved.sslmode == "verify-full" and saved.ca_file.endswith("-ca.pem")
    ws = team_session.sign_in(saved, "BOSS", ADMIN_PASSWORD)
    try:
        assert (ws.username, ws.role) == ("boss", "admin")
        result = audit.verify(ws)
        assert result.ok, result.reason
        actions = [e.action for e in audit.list_events(ws)]
        assert actions == ["signin", "vault.create"]
        assert {e.username for e in audit.list_events(ws)} == {"boss"}
    finally:
        ws.lock()
