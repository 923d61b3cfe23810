"""The small storage interface the backup engine needs from a destination.

Names are relative, '/'-separated paths such as ``<vault_id>/packs/<hex>``; each transport
maps them onto its own namespace (a bucket prefix, a folder). A transport stores opaque bytes:
everything it sees is already encrypted, except the password-wrapped key slots.

A backup run calls ``put`` from a few threads at once (one pack each), so a transport must
allow concurrent calls: boto3 clients and separate temp files in a folder both do.
"""

from __future__ import annotations

import re
from typing import Protocol, runtime_checkable

from contactweb.i18n import _
from contactweb.sync.errors import BackupError

_NAME_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


@runtime_checkable
class Transport(Protocol):
    def put(self, name: str, data: bytes | bytearray) -> None:
        """Store ``data`` under ``name`` atomically: readers see the old object or the new one.
        Packs arrive as a bytearray, which is not changed while ``put`` runs."""
        ...

    def get(self, name: str) -> bytes:
        """Return the whole object; raise MissingObject if absent, TransportError on failure."""
        ...

    def list(self, prefix: str) -> list[str]:
        """Every stored name starting with ``prefix`` (recursively), sorted."""
        ...

    def delete(self, name: str) -> None:
        """Remove ``name``; deleting an absent object is not an error."""
        ...

    def describe(self) -> str:
        """A short human description of the destination, free of secrets."""
        ...

    def check_region(self) -> None:
        """Raise RegionRefused if the destination is outside the allowed regions."""
        ...

    def test_connection(self) -> str:
        """Reach the destination and check it is usable; return a short confirmation."""
        ...


def check_object_name(name: str) -> str:
    """Reject names that could escape a folder or a prefix ('..', absolute paths, odd bytes)."""
    parts = name.split("/")
    if not name or not all(_NAME_PART.match(part) and part not in {".", ".."} for part in parts):
        raise BackupError(_("invalid object name {name!r}").format(name=name))
    return name


def check_prefix(prefix: str) -> str:
    """A listing prefix: empty, or object name parts optionally ending in '/' or a partial part."""
    if prefix and (prefix.startswith("/") or ".." in prefix.split("/") or "\\" in prefix):
        raise BackupError(_("invalid listing prefix {prefix!r}").format(prefix=prefix))
    return prefix
