"""Creating a team vault and signing in to one, with the audit trail that goes with it."""

from __future__ import annotations

from pathlib import Path

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services import audit, settings
from contactweb.services.consent import mailbox_statements
from contactweb.services.setting_rules import parse_region
from contactweb.team import profile as profiles
from contactweb.team import provision
from contactweb.team.profile import SYSTEM_CAS, ServerAddress, TeamProfile
from contactweb.team.team_workspace import TeamWorkspace, open_team_workspace


def create_team_vault(url: str, admin_username: str, admin_password: str, *,
                      owner_password: str | None = None, profile_name: str | None = None,
                      ca_file: str = "", sslmode: str = profiles.VERIFY_FULL,
                      region: str | None = None) -> tuple[Path, TeamProfile]:
    """Prepare the empty database ``url`` names and write its profile (no password in it).
    The owner is the URL's user (else libpq's PGUSER); their password ``owner_password``,
    else libpq's own sources (PGPASSWORD, ~/.pgpass)."""
    if region is not None:
        region = parse_region(region)
    address = ServerAddress.parse(url)
    ca_path = None if ca_file in ("", SYSTEM_CAS) else Path(ca_file)
    if ca_path is not None and not ca_path.is_file():
        raise BadInput(_("No certificate file at {ca_path}.").format(ca_path=ca_path))
    name = profile_name or address.database
    if profiles.profile_path(name).exists():
        raise BadInput(_("There is already a team profile called {name!r}; choose another "
                         "with --profile.").format(name=name))
    profile = address.profile(name, sslmode, str(ca_path.resolve()) if ca_path else ca_file)
    import getpass

    owner = address.owner or getpass.getuser()
    provision.create(profile, owner, owner_password, admin_username, admin_password)
    path = profiles.save(profile, ca_path)
    saved = profiles.load(path)
    ws = open_team_workspace(saved, admin_username, admin_password)
    try:
        with ws.session() as db:
            mailbox_statements.backfill(db, ws)  # nothing to carry over: only marks it done
            if region is not None:
                settings.write(db, "default_region", region)
            audit.record(db, ws, "vault.create", "user", ws.user_id, {"team": True})
    finally:
        ws.lock()
    return path, saved


def sign_in(profile: TeamProfile, username: str, password: str) -> TeamWorkspace:
    ws = open_team_workspace(profile, username, password)
    try:
        audit.record_now(ws, "signin", "user", ws.user_id)
    except BaseException:
        ws.lock()
        raise
    return ws
