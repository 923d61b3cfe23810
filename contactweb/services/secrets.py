"""Service credentials (SMTP password, S3 secret key): in the OS keyring, keyed by vault id,
or inside the encrypted vault when there is no usable keyring or the computer is shared.

A secret kept in the keyring may be out of reach later (the keyring locked, its service not
running, the entry deleted): reading it then raises SecretUnavailable, which says so and how
to give the secret again, instead of handing an empty password to a server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select

from contactweb.errors import Refused
from contactweb.i18n import N_, _, ngettext
from contactweb.models import Setting
from contactweb.services import settings
from contactweb.vault.workspace import Workspace

LOCATION_KEYRING = "keyring"
LOCATION_VAULT = "vault"
NO_LONGER_HELD = N_("the keyring no longer holds it")  # the keyring answers; the entry is gone
# What each secret is, for messages, and where a person gives it again.
_DESCRIPTIONS = {  # marked here, shown through _()
    "smtp.password": (N_("The SMTP password"),
                      N_("'contactweb mailing config --smtp-password-stdin' or Mailing → "
                         "Settings")),
    "s3_secret_key": (N_("The S3 secret access key"),
                      N_("'contactweb backup config ... --secret-stdin' or Administration → "
                         "Backups")),
}


class SecretUnavailable(Refused):
    """A secret stored in the keyring cannot be read from it now."""

    def __init__(self, name: str, why: str) -> None:
        if name in _DESCRIPTIONS:
            what, where = (_(text) for text in _DESCRIPTIONS[name])
        else:
            what, where = _("The secret {name!r}").format(name=name), _("its settings")
        super().__init__(_("{what} is kept in this computer's keyring, but {why}. Unlock the "
                           "keyring and try again, or give it again with {where} (it is then "
                           "kept inside the encrypted vault if the keyring still does not "
                           "answer).").format(what=what, why=_(why), where=where))
        self.name = name
        self.why = why


# A restored copy has the live vault's id, hence would share its keyring entries: it keeps
# its own under a scope of its own (this setting), so nothing it saves or forgets reaches the
# live vault's secrets.
KEYRING_SCOPE_KEY = "secrets.keyring_scope"


def _service_name(ws: Workspace) -> str:
    scope = settings.get(ws, KEYRING_SCOPE_KEY)
    base = f"ContactWeb {ws.vault.vault_id}"
    return f"{base} {scope}" if isinstance(scope, str) and scope else base


def _keyring_names(ws: Workspace) -> list[str]:
    with ws.session(readonly=True) as session:
        return sorted(key.removeprefix("secret_location.") for key, value in session.execute(
            select(Setting.key, Setting.value).where(Setting.key.like("secret_location.%")))
            if json.loads(value) == LOCATION_KEYRING)


def use_own_keyring_entries(ws: Workspace, scope: str) -> None:
    """From now on this vault's keyring secrets live under ``scope``: each one readable now
    is copied there, so the copy keeps working while the entries it started from (the live
    vault's) are never written or deleted by it again. Nothing happens when it has a scope."""
    if settings.get(ws, KEYRING_SCOPE_KEY):
        return
    held: dict[str, str] = {}
    for name in _keyring_names(ws):
        try:
            value = read_secret(ws, name)
        except SecretUnavailable:
            continue  # reading it later says it is no longer held, and where to give it
        if value is not None:
            held[name] = value
    with ws.session() as session:
        settings.write(session, KEYRING_SCOPE_KEY, scope)
    if not held or not keyring_usable():
        return
    import keyring
    from keyring.errors import KeyringError

    for name, value in held.items():
        try:
            keyring.set_password(_service_name(ws), name, value)
        except KeyringError:
            pass  # as above: asked for again when needed


def share_live_keyring_entries(ws: Workspace) -> None:
    """The copy became the live vault: its own entries go, the live vault's apply again."""
    if not settings.get(ws, KEYRING_SCOPE_KEY):
        return
    for name in _keyring_names(ws):
        _delete_from_keyring(ws, name)
    with ws.session() as session:
        settings.write(session, KEYRING_SCOPE_KEY, None)


# keyring is imported where a secret is read or written: loading it (and its backends) costs
# every command that signs in, and most never touch a secret.


def keyring_usable() -> bool:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def shared_computer(ws: Workspace) -> bool:
    """Shared-computer mode: for this sign-in (this machine) or for the whole vault."""
    return ws.shared_computer or bool(settings.get(ws, "shared_computer"))


def store_secret(ws: Workspace, name: str, value: str) -> str:
    """Keep a secret; returns where it went ('keyring' or 'vault') so the UI can say so, and
    ``stored_reason`` says why a secret went into the vault."""
    location, reason = LOCATION_VAULT, "shared-computer mode is on"
    if not shared_computer(ws):
        reason = "this computer has no keyring"
        if keyring_usable():
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.set_password(_service_name(ws), name, value)
                location, reason = LOCATION_KEYRING, ""
            except KeyringError as exc:
                reason = f"the keyring did not accept it ({type(exc).__name__}: {exc})"
    with ws.session() as session:
        settings.write(session, f"secret_location.{name}", location)
        settings.write(session, f"secret_reason.{name}", reason or None)
        # Never leave a stale copy in the other place.
        settings.write(session, f"secret.{name}", value if location == LOCATION_VAULT else None)
    return location


def stored_reason(ws: Workspace, name: str) -> str:
    """Why the secret is kept inside the vault ('' when it is in the keyring or unknown)."""
    return settings.get(ws, f"secret_reason.{name}") or ""


def read_secret(ws: Workspace, name: str) -> str | None:
    """None when no secret was stored; SecretUnavailable when the keyring holds it but
    cannot give it now."""
    with ws.session(readonly=True) as session:
        location = settings.read(session, f"secret_location.{name}")
        if location == LOCATION_VAULT:
            return settings.read(session, f"secret.{name}")
    if location != LOCATION_KEYRING:
        return None
    if not keyring_usable():
        raise SecretUnavailable(name, N_("no keyring answers on this computer now"))
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(_service_name(ws), name)
    except KeyringError as exc:
        raise SecretUnavailable(name, _("the keyring is locked or did not answer ({kind})").format(
            kind=type(exc).__name__)) from exc
    if value is None:
        raise SecretUnavailable(name, NO_LONGER_HELD)
    return value


def forget_secret(ws: Workspace, name: str) -> None:
    with ws.session() as session:
        location = settings.read(session, f"secret_location.{name}")
        for key in ("secret_location", "secret", "secret_reason"):
            settings.write(session, f"{key}.{name}", None)
    if location == LOCATION_KEYRING:
        _delete_from_keyring(ws, name)


def _delete_from_keyring(ws: Workspace, name: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(_service_name(ws), name)
    except (KeyringError, PasswordDeleteError):
        pass


def secret_location(ws: Workspace, name: str) -> str | None:
    return settings.get(ws, f"secret_location.{name}")


@dataclass
class MovedSecrets:
    moved: list[str] = field(default_factory=list)  # now inside the vault, gone from the keyring
    left: list[str] = field(default_factory=list)  # could not be read: still in the keyring

    def message(self) -> str:
        parts = []
        if self.moved:
            parts.append(ngettext(
                "Moved {count} stored password from this computer's keyring into the "
                "encrypted vault, and removed it from the keyring.",
                "Moved {count} stored passwords from this computer's keyring into the "
                "encrypted vault, and removed them from the keyring.",
                len(self.moved)).format(count=len(self.moved)))
        if self.left:
            parts.append(ngettext(
                "{count} stored password could not be read from the keyring (locked or "
                "unavailable) and is still there: unlock it and turn shared-computer mode on "
                "again, or give it again.",
                "{count} stored passwords could not be read from the keyring (locked or "
                "unavailable) and are still there: unlock it and turn shared-computer mode on "
                "again, or give them again.", len(self.left)).format(count=len(self.left)))
        return " ".join(parts)


def move_keyring_secrets_into_vault(ws: Workspace) -> MovedSecrets:
    """Shared-computer mode was turned on: secrets stored earlier in this account's keyring
    would stay readable by anyone using it, so they move into the vault."""
    result = MovedSecrets()
    for name in _keyring_names(ws):
        try:
            value = read_secret(ws, name)
        except SecretUnavailable:
            result.left.append(name)
            continue
        with ws.session() as session:
            settings.write(session, f"secret_location.{name}", LOCATION_VAULT)
            settings.write(session, f"secret_reason.{name}", "shared-computer mode is on")
            settings.write(session, f"secret.{name}", value)
        _delete_from_keyring(ws, name)
        result.moved.append(name)
    return result


# --- this computer's secrets for a team profile -------------------------------------------
# A team vault's settings live in the shared database, which every desktop and every backup
# holds: what only this desktop needs (the backup passphrase and the database owner's
# password for its pg_dump) is kept in this computer's keyring under the profile's name.


def _profile_service(profile_name: str) -> str:
    # The keyring entry's name, the same in every language.
    return f"ContactWeb team profile {profile_name}"  # not shown to a person


def store_profile_secret(profile_name: str, name: str, value: str) -> bool:
    """True when the keyring kept it; False when there is none or it refused."""
    if not keyring_usable():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(_profile_service(profile_name), name, value)
    except KeyringError:
        return False
    return True


def read_profile_secret(profile_name: str, name: str) -> str | None:
    """None when nothing is kept (or no keyring answers: the person is asked again)."""
    if not keyring_usable():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(_profile_service(profile_name), name)
    except KeyringError:
        return None


def forget_profile_secret(profile_name: str, name: str) -> None:
    if not keyring_usable():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(_profile_service(profile_name), name)
    except (KeyringError, PasswordDeleteError):
        pass
