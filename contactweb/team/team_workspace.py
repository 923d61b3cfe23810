"""A person signed in to a team vault: the same Workspace the services take, over the
person's own PostgreSQL login role, with no database key on the desktop.

What a desktop vault derives from its key comes from the server instead: the audit chain is
signed there (``cw_audit_append``), and the two keyed-hash keys every desktop needs (erasure
ledger, mailbox statements) are handed out by ``cw_subkey``. The audit key stays on the
server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from contactweb.errors import AuthenticationFailed, Refused
from contactweb.i18n import _
from contactweb.store.migrate import alembic_config, declared_head
from contactweb.team.connect import make_engine
from contactweb.team.profile import TeamProfile, local_folder
from contactweb.team.role_names import login_role
from contactweb.vault.workspace import VaultLocked, Workspace


@dataclass(frozen=True)
class TeamVault:
    """What services ask of ``ws.vault`` on a team vault."""

    profile: TeamProfile
    vault_id: str

    @property
    def folder(self) -> Path:
        """This computer's own files for the team vault (``profile.local_folder``)."""
        return local_folder(self.profile.name)

    def load_keyslots(self) -> None:
        raise Refused(_("A team vault has no key slots: each person's password is their "
                        "PostgreSQL login."))


class TeamWorkspace(Workspace):
    on_team_server = True
    # The backup passphrase and owner login held for this sign-in only, when this computer
    # has no keyring or is shared (services/backup/team_backup_secrets.py); locking drops it.
    held_backup_secrets: object | None = None

    def subkey(self, purpose: str) -> bytes:
        if self.engine is None:
            raise VaultLocked(_("The vault is locked. Sign in again."))
        if purpose not in self._subkeys:
            with self.engine.connect() as conn:
                self._subkeys[purpose] = bytes(conn.execute(
                    text("SELECT cw_subkey(:purpose)"), {"purpose": purpose}).scalar_one())
        return self._subkeys[purpose]

    def raw_key(self) -> bytes:
        raise Refused(_("A team vault has no database key on this computer; its backups are "
                        "made from the server (pg_dump), not from a key held here."))

    @property
    def profile(self) -> TeamProfile:
        return self.vault.profile  # type: ignore[attr-defined]


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {migration.revision for migration in script.walk_revisions()}


def check_schema(profile: TeamProfile, revision: str | None) -> None:
    """People sign in as themselves and may not migrate the schema: the owner does
    (``contactweb team upgrade``), or this computer's ContactWeb is the older one."""
    head = declared_head()
    if head is None or revision == head:
        return
    if revision in _known_revisions():
        raise Refused(_("The team vault {label} has an older schema than this "
                        "ContactWeb. The database owner brings it up to date with "
                        "'contactweb team upgrade {name}'.").format(
            label=profile.label, name=profile.name))
    raise Refused(_("The team vault {label} was updated by a newer ContactWeb "
                    "than this one: update ContactWeb on this computer.").format(
        label=profile.label))


def open_team_workspace(profile: TeamProfile, username: str, password: str) -> TeamWorkspace:
    """Authenticate as the person's login role; the server says who they are and their role."""
    engine = make_engine(profile, login_role(profile.namespace, username), password)
    try:
        with engine.connect() as conn:
            row = conn.execute(text(
                "SELECT u.id, u.username, u.disabled, u.must_change_password, cw_my_role(), "
                "(SELECT vault_id FROM team_vault), (SELECT namespace FROM team_vault) "
                "FROM users u WHERE u.id = cw_me()")).one_or_none()
            schema = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        check_schema(profile, schema)
    except BaseException:
        engine.dispose()
        raise
    if row is None or row[2] or row[4] is None or row[6] != profile.namespace:
        engine.dispose()
        raise AuthenticationFailed(_("This account is disabled or not a person of this team "
                                     "vault. Ask an administrator."))
    user_id, name, _disabled, must_change, role, vault_id, _namespace = row
    vault = TeamVault(profile, vault_id)
    vault.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return TeamWorkspace(vault=vault, engine=engine,  # type: ignore[arg-type]
                         key=bytearray(), user_id=user_id, username=name, role=role,
                         must_change_password=bool(must_change))
