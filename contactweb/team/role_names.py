"""The PostgreSQL role names of one team vault.

Role names are global to a server, so every name carries the vault's namespace (made from
the database name at creation and kept in the profile and the database): two team vaults on
one server never share a group or a login. Group roles are ``<ns>_<role>``; a person's login
role is ``<ns>.<username>`` (the dot cannot occur in a group name, so a person called
"admin" is not the admin group).
"""

from __future__ import annotations

import hashlib
import re

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.vault.permissions import ROLES

MAX_IDENTIFIER_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1
_NAMESPACE = re.compile(r"^cw_[a-z0-9_]{1,24}$")


def namespace_for(database: str) -> str:
    """``cw_`` and the database name folded to lower-case letters, digits and underscores."""
    folded = re.sub(r"[^a-z0-9_]+", "_", database.casefold()).strip("_")[:24]
    if not folded:
        folded = hashlib.sha256(database.encode()).hexdigest()[:12]
    return f"cw_{folded}"


def check_namespace(namespace: str) -> str:
    if not _NAMESPACE.match(namespace):
        raise BadInput(_("{namespace!r} is not a team vault namespace (cw_ and up to 24 "
                         "lower-case letters, digits or underscores).").format(namespace=namespace))
    return namespace


def owner_group(namespace: str) -> str:
    """Granted to every person of this vault: what all four roles share."""
    return f"{namespace}_member"


def group_role(namespace: str, role: str) -> str:
    if role not in ROLES:
        raise BadInput(_("Unknown role {role!r}; choose one of {items}.").format(
            role=role, items=', '.join(ROLES)))
    return f"{namespace}_{role}"


def all_groups(namespace: str) -> list[str]:
    return [owner_group(namespace)] + [group_role(namespace, r) for r in ROLES]


def login_role(namespace: str, username: str) -> str:
    """Sign-in folds case (``ADMIN`` is the account ``admin``), so the login role does too.
    A name too long for PostgreSQL keeps its start and gains a short hash of the whole."""
    name = f"{namespace}.{username.strip().casefold()}"
    if len(name.encode()) <= MAX_IDENTIFIER_BYTES:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:10]
    head = name.encode()[:MAX_IDENTIFIER_BYTES - 11].decode(errors="ignore")
    return f"{head}~{digest}"
