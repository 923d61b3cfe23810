"""Where backups go: an S3-compatible bucket in a US region, or a folder (second site, USB disk).

The destination is a vault setting (``backup.target``, no secret in it); the S3 secret key is a
service credential (``secrets``: the OS keyring, or the vault in shared-computer mode). Every
error of the backup engine reaches callers as a ContactWebError with the engine's message,
which names the object or the bucket it is about.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

from contactweb import paths
from contactweb.errors import BadInput, ContactWebError, Refused
from contactweb.i18n import _
from contactweb.services import audit, secrets, server_trust, settings
from contactweb.services.backup.backup_choices import DEFAULT_PREFIX
from contactweb.services.backup.backup_errors import plain_words, technical_details, where_words
from contactweb.services.backup.backup_keys import KIND_FOLDER, KIND_S3, TARGET_KEY
from contactweb.services.tls_trust import ServerTrust
from contactweb.sync import (
    ALLOWED_REGIONS,
    BackupCancelled,
    BackupEngine,
    BackupError,
    FolderTransport,
    RegionRefused,
    S3Settings,
    S3Transport,
    Transport,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

FORMER_TARGETS_KEY = "backup.former_targets"  # description -> target, no secret in it
SECRET_NAME = "s3_secret_key"
# A copy adopted as a new vault shares the live vault's id, so its keyring entries too: it
# keeps its S3 secret key under a name of its own (this setting), never over the live one's.
SECRET_NAME_KEY = "backup.secret_name"

# How long a backup waits for an S3 server (seconds, per attempt): a hung server fails the
# run with a clear message within about S3_MAX_ATTEMPTS x S3_READ_TIMEOUT.
S3_CONNECT_TIMEOUT = 5.0
S3_READ_TIMEOUT = 10.0
S3_MAX_ATTEMPTS = 3

_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_PREFIX_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class BackupProblem(ContactWebError):
    """The backup destination or a stored backup failed. The message says the cause and the
    next step in a person's words; ``details`` keeps the technical text (objects, errors)."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


class BackupStopped(ContactWebError):
    """The person cancelled; earlier backups are unchanged."""


@dataclass(frozen=True)
class BackupTarget:
    kind: str  # KIND_S3 or KIND_FOLDER
    endpoint_url: str = ""  # empty: Amazon S3 itself
    bucket: str = ""
    region: str = ""
    access_key_id: str = ""
    prefix: str = DEFAULT_PREFIX
    folder: str = ""

    @property
    def is_s3(self) -> bool:
        return self.kind == KIND_S3

    def describe(self) -> str:
        if self.is_s3:
            where = self.endpoint_url or "Amazon S3"
            return f"s3://{self.bucket}/{self.prefix} at {where} ({self.region})"
        return f"folder {self.folder}"

    def s3_settings(self, secret: str) -> S3Settings:
        return S3Settings(endpoint_url=self.endpoint_url or None, bucket=self.bucket,
                          region=self.region, access_key_id=self.access_key_id,
                          secret_access_key=secret, prefix=self.prefix,
                          max_attempts=S3_MAX_ATTEMPTS, connect_timeout=S3_CONNECT_TIMEOUT,
                          read_timeout=S3_READ_TIMEOUT)

    def to_json(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> BackupTarget | None:
        if not isinstance(data, dict) or data.get("kind") not in (KIND_S3, KIND_FOLDER):
            return None
        return cls(**{k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__})


# --- checking what a person typed ---------------------------------------------------------------
def s3_target(endpoint_url: str, bucket: str, region: str, access_key_id: str,
              prefix: str = DEFAULT_PREFIX) -> BackupTarget:
    """A checked S3 destination; BadInput or Refused (a region outside the US) otherwise."""
    endpoint_url = (endpoint_url or "").strip()
    if endpoint_url:
        parsed = urlparse(endpoint_url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise BadInput(_("The endpoint {endpoint_url!r} is not a URL such as "
                             "https://s3.us-east-1.amazonaws.com.").format(
                endpoint_url=endpoint_url))
    bucket = (bucket or "").strip()
    if not _BUCKET.match(bucket) or ".." in bucket:
        raise BadInput(_("{bucket!r} is not a bucket name: 3 to 63 lower-case letters, digits, "
                         "dots and hyphens.").format(bucket=bucket))
    region = (region or "").strip().lower()
    if region not in ALLOWED_REGIONS:
        raise Refused(_("Region {region!r} is outside the United States. ContactWeb only stores "
                        "backups in US regions ({items}).").format(
            region=region, items=', '.join(sorted(ALLOWED_REGIONS))))
    access_key_id = (access_key_id or "").strip()
    if not access_key_id or any(c.isspace() for c in access_key_id) or len(access_key_id) > 256:
        raise BadInput(_("The access key id is missing or has spaces in it."))
    prefix = (prefix or "").strip().strip("/")
    if not prefix or not all(_PREFIX_PART.match(p) and p != ".." for p in prefix.split("/")):
        raise BadInput(_("{prefix!r} is not a folder name inside the bucket (letters, digits, "
                         "dots, hyphens, underscores; parts separated by '/').").format(
            prefix=prefix))
    return BackupTarget(KIND_S3, endpoint_url, bucket, region, access_key_id, prefix)


def folder_target(ws: Workspace, folder: Path | str) -> BackupTarget:
    text = str(folder).strip()
    if not text:
        raise BadInput(_("Choose a folder for the backups."))
    path = Path(text).expanduser().resolve()
    if not path.is_dir():
        raise BadInput(_("The folder {path} does not exist (is the disk attached?).").format(
            path=path))
    vault_folder = ws.vault.folder.resolve()
    if path == vault_folder or vault_folder in path.parents:
        raise BadInput(_("Backups cannot go inside the vault folder: they would be lost with it."))
    return BackupTarget(KIND_FOLDER, folder=str(path))


# --- reading and storing --------------------------------------------------------------------
def read_target(ws: Workspace) -> BackupTarget | None:
    return BackupTarget.from_json(settings.get(ws, TARGET_KEY))


def secret_name(ws: Workspace) -> str:
    """The name this vault keeps its S3 secret key under."""
    name = settings.get(ws, SECRET_NAME_KEY)
    return name if isinstance(name, str) and name.startswith(SECRET_NAME) else SECRET_NAME


def require_target(ws: Workspace) -> BackupTarget:
    target = read_target(ws)
    if target is None:
        raise Refused(_("No backup destination is configured. An administrator sets one with "
                        "'contactweb backup config' or on Administration → Backups."))
    return target


def transport_for(target: BackupTarget, secret: str | None,
                  trust: ServerTrust | None = None) -> Transport:
    if target.is_s3:
        if not secret:
            raise Refused(_("The S3 secret access key is not stored on this computer. An "
                            "administrator enters it again with 'contactweb backup config ... "
                            "--secret-stdin' or on Administration → Backups."))
        if trust is None or not trust.ca_pem:
            return S3Transport(target.s3_settings(secret))
        # boto3 takes a CA file only: the stored PEM goes to a private temp file that lives
        # as long as the transport.
        handle, bundle = tempfile.mkstemp(prefix="contactweb-ca-", suffix=".pem")
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(trust.ca_pem)
        transport = S3Transport(replace(target.s3_settings(secret), ca_bundle=bundle))
        weakref.finalize(transport, _remove_quietly, bundle)
        return transport
    return FolderTransport(Path(target.folder))


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def open_transport(ws: Workspace, target: BackupTarget | None = None) -> Transport:
    target = target or require_target(ws)
    if not target.is_s3:
        return transport_for(target, None)
    return transport_for(target, secrets.read_secret(ws, secret_name(ws)),
                         server_trust.load(ws, "s3"))


def engine_for(ws: Workspace, target: BackupTarget | None = None) -> BackupEngine:
    target = target or require_target(ws)
    return BackupEngine(open_transport(ws, target), ws.vault.vault_id, ws.raw_key(),
                        cache_dir=_cache_dir(ws, target))


def _cache_dir(ws: Workspace, target: BackupTarget) -> Path | None:
    """The page index, one per destination; shared-computer mode leaves nothing behind."""
    if secrets.shared_computer(ws):
        return None
    tag = hashlib.sha256(target.describe().encode()).hexdigest()[:16]
    return paths.data_dir() / "backup-cache" / tag


@dataclass(frozen=True)
class ConfigureResult:
    target: BackupTarget
    secret_location: str | None  # 'keyring' or 'vault' for S3; None for a folder
    message: str  # what the connection test said


def configure(ws: Workspace, target: BackupTarget, secret: str | None = None) -> ConfigureResult:
    """Check the destination (reachable, writable, bucket in a US region), then store it.
    ``secret`` None keeps the stored S3 secret key. A refusal stores nothing."""
    ws.require(Action.BACKUP_CONFIGURE)
    from contactweb.services.backup.restored_copy import refuse_if_copy  # it imports this
    refuse_if_copy(ws)  # a restored copy stays detached until it is adopted
    if target.is_s3:
        secret = secret.strip() if secret else secrets.read_secret(ws, secret_name(ws))
        if not secret:
            raise BadInput(_("The S3 secret access key is needed (give it with --secret-stdin)."))
    message = check_destination(ws, transport_for(target, secret, server_trust.load(ws, "s3")))
    remember_former_target(ws, target)
    location = secrets.store_secret(ws, secret_name(ws), secret) \
        if target.is_s3 and secret else None
    with ws.session() as session:
        before = settings.read(session, TARGET_KEY)
        settings.write(session, TARGET_KEY, target.to_json())
        audit.record(session, ws, "backup.configure", "backup", target.kind,
                     {"kind": target.kind, "region": target.region,
                      "secret_location": location or "",
                      **audit.setting_change_details(before or {}, target.to_json())})
    return ConfigureResult(target, location, message)


# --- former destinations: their backups stay where they are, and can be restored from there
def _former_secret_name(target: BackupTarget) -> str:
    return f"{SECRET_NAME}.former.{hashlib.sha256(target.describe().encode()).hexdigest()[:16]}"


def remember_former_target(ws: Workspace, replacing_with: BackupTarget | None) -> None:
    """Before the destination changes: keep the current one (and its S3 secret key) so the
    history's rows of it can still be restored from it."""
    current = read_target(ws)
    if current is None or (replacing_with is not None and
                           replacing_with.describe() == current.describe()):
        return
    if current.is_s3:
        secret = secrets.read_secret(ws, secret_name(ws))
        if secret:
            secrets.store_secret(ws, _former_secret_name(current), secret)
    with ws.session() as session:
        former = settings.read(session, FORMER_TARGETS_KEY) or {}
        former[current.describe()] = current.to_json()
        settings.write(session, FORMER_TARGETS_KEY, former)


def former_target(ws: Workspace, described: str) -> BackupTarget | None:
    """A destination used before, by the description its history rows carry."""
    former = settings.get(ws, FORMER_TARGETS_KEY) or {}
    return BackupTarget.from_json(former.get(described)) if isinstance(former, dict) else None


def open_former_engine(ws: Workspace, target: BackupTarget) -> BackupEngine:
    """The backups of this vault at a former destination."""
    secret = secrets.read_secret(ws, _former_secret_name(target)) if target.is_s3 else None
    if target.is_s3 and not secret:
        raise Refused(_("The S3 secret access key of the former destination {value} "
                        "is not stored on this computer any more, so its backups cannot be read "
                        "from here.").format(value=target.describe()))
    transport = transport_for(target, secret, server_trust.load(ws, "s3"))
    return BackupEngine(transport, ws.vault.vault_id, ws.raw_key(),
                        cache_dir=_cache_dir(ws, target))


def check_destination(ws: Workspace, transport: Transport) -> str:
    """The transport's own connection test; a refused region is audited."""
    with translated_errors(ws, where_words(transport)):
        return transport.test_connection()


def test_connection(ws: Workspace, target: BackupTarget | None = None,
                    secret: str | None = None) -> str:
    """"Test connection": the given (unsaved) destination, or the stored one."""
    ws.require(Action.BACKUP_RUN)
    target = target or require_target(ws)
    if target.is_s3 and not secret:
        secret = secrets.read_secret(ws, secret_name(ws))
    return check_destination(ws, transport_for(target, secret, server_trust.load(ws, "s3")))


def remove_target(ws: Workspace) -> None:
    """Stop backing up (the backups already made stay where they are)."""
    ws.require(Action.BACKUP_CONFIGURE)
    remember_former_target(ws, None)
    secrets.forget_secret(ws, secret_name(ws))
    with ws.session() as session:
        settings.write(session, TARGET_KEY, None)
        audit.record(session, ws, "backup.configure", "backup", "", {"kind": "none"})


def target_words(target: BackupTarget | None) -> str:
    """Where backups go, as a sentence names it."""
    if target is None:
        return _("the backup destination")
    if target.is_s3:
        return _("the backup server {endpoint}").format(
            endpoint=target.endpoint_url or "Amazon S3")
    return _("the backup folder {folder}").format(folder=target.folder)


@contextmanager
def translated_errors(ws: Workspace | None, where: str | None = None) -> Iterator[None]:
    """Engine errors as ContactWebErrors in a person's words (``backup_errors``), the
    technical text as their details; a region refusal is audited in ``ws``. ``where``:
    the destination as a sentence names it (default: the vault's)."""
    try:
        yield
    except RegionRefused as exc:
        if ws is not None and not ws.locked:
            audit.record_now(ws, "backup.refused", "backup", "", {"region": exc.region})
        raise Refused(str(exc)) from exc
    except BackupCancelled as exc:
        raise BackupStopped(str(exc)) from exc
    except BackupError as exc:
        if where is None:
            where = target_words(read_target(ws)) if ws is not None and not ws.locked \
                else _("the backup destination")
        raise BackupProblem(plain_words(exc, where), technical_details(exc)) from exc
