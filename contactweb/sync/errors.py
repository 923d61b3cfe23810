"""Errors raised by the backup engine and its transports.

Every message names the object (or the bucket) it is about, so a user or an admin can tell
what went wrong without reading a stack trace.
"""

from __future__ import annotations

from contactweb.i18n import _


class BackupError(Exception):
    """Base class of every error the backup engine raises on purpose."""


class RegionRefused(BackupError):
    """The bucket lives outside the United States; nothing is sent to it."""

    def __init__(self, bucket: str, region: str) -> None:
        self.bucket = bucket
        self.region = region
        super().__init__(_(
            "bucket {bucket!r} is in region {region!r}; ContactWeb only stores backups in "
            "US regions (us-east-1, us-east-2, us-west-1, us-west-2, us-gov-east-1, "
            "us-gov-west-1). Nothing was uploaded. Choose a bucket created in one of those "
            "regions.").format(bucket=bucket, region=region))


class ObjectError(BackupError):
    """An error about one named object of the backup store."""

    def __init__(self, name: str, detail: str) -> None:
        self.name = name
        self.detail = detail
        super().__init__(f"{name}: {detail}")


class CorruptObject(ObjectError):
    """An object exists but fails authentication, parsing or a content check."""


class MissingObject(ObjectError):
    """An object that a manifest or a caller relies on is not on the server."""


class TransportError(ObjectError):
    """The server could not be reached, dropped the connection, or refused a request."""


class BackupCancelled(BackupError):
    """The caller set the cancel event; the previous snapshots are unchanged."""
