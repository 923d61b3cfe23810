"""Client-side-encrypted, page-level backups of a vault to S3 or a folder.

Start with ``BackupEngine`` (backup, list, verify, restore, prune) and a transport
(``FolderTransport``, ``S3Transport``); a new machine uses ``list_remote_vaults`` and
``read_remote_keyslots`` to find the key slots to unlock with a password.
"""

from contactweb.sync.engine import DEFAULT_PACK_TARGET_SIZE, BackupEngine
from contactweb.sync.errors import (
    BackupCancelled,
    BackupError,
    CorruptObject,
    MissingObject,
    RegionRefused,
    TransportError,
)
from contactweb.sync.folder_transport import FolderTransport
from contactweb.sync.remote import list_remote_vaults, read_remote_keyslots
from contactweb.sync.results import BackupResult, Problem, PruneResult, SnapshotInfo, VerifyReport
from contactweb.sync.s3_transport import ALLOWED_REGIONS, S3Settings, S3Transport
from contactweb.sync.transport import Transport

__all__ = [
    "ALLOWED_REGIONS",
    "DEFAULT_PACK_TARGET_SIZE",
    "BackupCancelled",
    "BackupEngine",
    "BackupError",
    "BackupResult",
    "CorruptObject",
    "FolderTransport",
    "MissingObject",
    "Problem",
    "PruneResult",
    "RegionRefused",
    "S3Settings",
    "S3Transport",
    "SnapshotInfo",
    "Transport",
    "TransportError",
    "VerifyReport",
    "list_remote_vaults",
    "read_remote_keyslots",
]
