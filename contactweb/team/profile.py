"""A team vault's connection profile: where the server is and how its certificate is checked.

A small JSON file in the config folder (``team/<name>.json``), with the server's CA
certificate copied beside it. No password, ever: each person types their own at sign-in.
"""

from __future__ import annotations

import ipaddress
import json
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from contactweb import paths
from contactweb.errors import BadInput, NotFound
from contactweb.i18n import _
from contactweb.team.role_names import check_namespace, namespace_for
from contactweb.vault.atomic import write_atomic

VERIFY_FULL = "verify-full"
# Only to a server on this computer may a connection go without a verified certificate.
LOCAL_SSLMODES = ("verify-full", "prefer", "disable")
SYSTEM_CAS = "system"  # libpq: the operating system's trusted authorities
# A server or network that goes silent (a laptop's Wi-Fi changes, a router drops the
# connection) is noticed within about a minute, not after the system's two hours of TCP
# silence or a quarter of an hour of retransmissions: libpq probes an idle connection after
# 30 s, every 10 s, gives up after 3 unanswered probes, and a write unacknowledged for 60 s
# fails (tcp_user_timeout, where the system has it). The desktop then says the team server
# is unreachable (store/connection_loss.py) and reconnects.
KEEPALIVES: dict[str, int] = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
                              "keepalives_count": 3, "tcp_user_timeout": 60_000}
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def profiles_dir() -> Path:
    return paths.config_dir() / "team"


def is_local_host(host: str) -> bool:
    """127.0.0.1, ::1 or a Unix socket folder: traffic that never leaves this computer."""
    if not host or host.startswith("/") or host.startswith("@"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class TeamProfile:
    name: str
    host: str
    port: int
    database: str
    namespace: str
    sslmode: str = VERIFY_FULL
    ca_file: str = ""  # a PEM file beside the profile, or "system"

    def __post_init__(self) -> None:
        check_namespace(self.namespace)
        if not 0 < self.port < 65536:
            raise BadInput(_("Port {port} is not a TCP port.").format(port=self.port))
        if is_local_host(self.host):
            if self.sslmode not in LOCAL_SSLMODES:
                raise BadInput(_("sslmode {sslmode!r}: use verify-full, or for a server "
                                 "on this computer prefer or disable.").format(
                    sslmode=self.sslmode))
        elif self.sslmode != VERIFY_FULL:
            raise BadInput(_("A connection to {host} must be encrypted and its certificate "
                             "checked (sslmode=verify-full); a plain or unchecked connection is "
                             "refused except to a server on this computer.").format(host=self.host))
        if self.sslmode == VERIFY_FULL and not self.ca_file:
            raise BadInput(_("Name the certificate authority that signed the server's "
                             "certificate (--ca-file PEM, or --ca-file system for one the "
                             "operating system trusts)."))

    def connect_options(self) -> dict[str, str | int]:
        """libpq connection options, without user and password."""
        options: dict[str, str | int] = {
            "host": self.host, "port": self.port, "dbname": self.database,
            "sslmode": self.sslmode, "connect_timeout": 10, "application_name": "ContactWeb",
            **KEEPALIVES,
        }
        if self.sslmode == VERIFY_FULL:
            options["sslrootcert"] = self.ca_file
        return options

    @property
    def label(self) -> str:
        return f"{self.database} on {self.host}:{self.port}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TeamProfile:
        try:
            data = json.loads(text)
            return cls(name=str(data["name"]), host=str(data["host"]), port=int(data["port"]),
                       database=str(data["database"]), namespace=str(data["namespace"]),
                       sslmode=str(data.get("sslmode", VERIFY_FULL)),
                       ca_file=str(data.get("ca_file", "")))
        except (ValueError, KeyError, TypeError) as exc:
            raise BadInput(_("This is not a ContactWeb team profile ({exc}).").format(
                exc=exc)) from exc


@dataclass(frozen=True)
class ServerAddress:
    """What ``postgresql://[USER@]HOST[:PORT]/DB`` names; the user is the database owner."""

    host: str
    port: int
    database: str
    owner: str

    @classmethod
    def parse(cls, url: str) -> ServerAddress:
        parts = urlsplit(url)
        if parts.scheme not in ("postgresql", "postgres"):
            raise BadInput(_("{url!r}: expected postgresql://HOST[:PORT]/DATABASE.").format(
                url=url))
        database = unquote(parts.path.lstrip("/"))
        if not database or "/" in database:
            raise BadInput(_("{url!r} names no database: postgresql://HOST[:PORT]/DATABASE.").format(
                url=url))
        if parts.password:
            raise BadInput(_("Put no password in the address: it would stay in the shell's "
                             "history. Use PGPASSWORD or ~/.pgpass for the database owner."))
        try:
            port = parts.port or 5432
        except ValueError as exc:
            raise BadInput(_("{url!r}: {exc}.").format(url=url, exc=exc)) from exc
        return cls(host=unquote(parts.hostname or ""), port=port, database=database,
                   owner=unquote(parts.username or ""))

    def profile(self, name: str, sslmode: str, ca_file: str) -> TeamProfile:
        return TeamProfile(name=name, host=self.host, port=self.port, database=self.database,
                           namespace=namespace_for(self.database), sslmode=sslmode,
                           ca_file=ca_file)


def profile_path(name: str) -> Path:
    if not _PROFILE_NAME.match(name):
        raise BadInput(_("{name!r}: a profile name is letters, digits, '.', '_' or '-'.").format(
            name=name))
    return profiles_dir() / f"{name}.json"


def save(profile: TeamProfile, ca_source: Path | None = None) -> Path:
    """Write the profile (and a copy of the CA certificate beside it); returns its path."""
    path = profile_path(profile.name)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if ca_source is not None:
        ca_copy = path.with_name(f"{profile.name}-ca.pem")
        shutil.copyfile(ca_source, ca_copy)
        profile = TeamProfile(**{**asdict(profile), "ca_file": str(ca_copy)})
    write_atomic(path, profile.to_json().encode())
    return path


def load(name_or_path: str | Path) -> TeamProfile:
    """A profile by name (in the config folder) or by the path of its file."""
    text = str(name_or_path)
    path = Path(text) if text.endswith(".json") or "/" in text else profile_path(text)
    try:
        return TeamProfile.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFound(_("No team profile {text!r} (looked for {path}).").format(
            text=text, path=path)) from None


def list_profiles() -> list[TeamProfile]:
    found = []
    for path in sorted(profiles_dir().glob("*.json")) if profiles_dir().exists() else []:
        try:
            found.append(TeamProfile.from_json(path.read_text(encoding="utf-8")))
        except BadInput:
            continue  # a stray file is not a reason to hide the others
    return found


def local_folder(name: str) -> Path:
    """This computer's own files for a team vault (a mailing run's delivery journal and
    locks): beside the desktop vaults, one folder per profile, no data of the vault."""
    return paths.data_dir() / "team" / name


def forget(name: str) -> list[Path]:
    """Forget a team server on this computer: its profile, the CA certificate copied beside
    it and this computer's own folder for it. The vault on the server is untouched (its
    owner drops the database there). Returns what was removed."""
    path = profile_path(name)
    if not path.exists():
        raise NotFound(_("No team profile {name!r} (looked for {path}).").format(
            name=name, path=path))
    removed = []
    for file in (path.with_name(f"{name}-ca.pem"), path):
        if file.exists():
            file.unlink()
            removed.append(file)
    folder = local_folder(name)
    if folder.exists():
        shutil.rmtree(folder)
        removed.append(folder)
    return removed
