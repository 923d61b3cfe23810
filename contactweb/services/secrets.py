"""Service credentials (SMTP password, S3 secret key): in the OS keyring, keyed by vault id,
or inside the encrypted vault when there is no usable keyring or the computer is shared."""

from __future__ import annotations

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError

from contactweb.services import settings
from contactweb.vault.workspace import Workspace

LOCATION_KEYRING = "keyring"
LOCATION_VAULT = "vault"


def _service_name(ws: Workspace) -> str:
    return f"ContactWeb {ws.vault.vault_id}"


def keyring_usable() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def shared_computer(ws: Workspace) -> bool:
    """Shared-computer mode: for this sign-in (this machine) or for the whole vault."""
    return ws.shared_computer or bool(settings.get(ws, "shared_computer"))


def store_secret(ws: Workspace, name: str, value: str) -> str:
    """Keep a secret; returns where it went ('keyring' or 'vault') so the UI can say so."""
    location = LOCATION_VAULT
    if not shared_computer(ws) and keyring_usable():
        try:
            keyring.set_password(_service_name(ws), name, value)
            location = LOCATION_KEYRING
        except KeyringError:
            location = LOCATION_VAULT
    with ws.session() as session:
        settings.write(session, f"secret_location.{name}", location)
        # Never leave a stale copy in the other place.
        settings.write(session, f"secret.{name}", value if location == LOCATION_VAULT else None)
    return location


def read_secret(ws: Workspace, name: str) -> str | None:
    with ws.session(readonly=True) as session:
        location = settings.read(session, f"secret_location.{name}")
        if location == LOCATION_VAULT:
            return settings.read(session, f"secret.{name}")
    if location == LOCATION_KEYRING:
        try:
            return keyring.get_password(_service_name(ws), name)
        except KeyringError:
            return None
    return None


def forget_secret(ws: Workspace, name: str) -> None:
    with ws.session() as session:
        location = settings.read(session, f"secret_location.{name}")
        settings.write(session, f"secret_location.{name}", None)
        settings.write(session, f"secret.{name}", None)
    if location == LOCATION_KEYRING:
        try:
            keyring.delete_password(_service_name(ws), name)
        except (KeyringError, PasswordDeleteError):
            pass


def secret_location(ws: Workspace, name: str) -> str | None:
    return settings.get(ws, f"secret_location.{name}")
