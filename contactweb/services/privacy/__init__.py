"""Privacy rights and retention: access reports, erasure, legal hold, retention rules, and
deleting the whole vault.

The public functions are re-exported here; the PDF parts import reportlab only when used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Re-exported name -> its module. Loaded on first use: the contact services import
# erasure_match from this package on every command, and the access report (reportlab) and
# vault deletion (the backup transports, boto3) would otherwise load with it.
_HOMES = {
    "access_report": ("SCHEMA_PATH", "SCHEMA_VERSION", "export_access_report", "load_schema"),
    "erasure": ("ErasureReceipt", "erase_contact", "erasure_receipt", "list_erasures",
                "write_receipt_pdf"),
    "legal_hold": ("held_contact_ids", "place_legal_hold", "release_legal_hold"),
    "reapply": ("ErasureFingerprint", "ReapplyResult", "erasure_fingerprints",
                "reapply_erasures", "reapply_in_session", "restore_hook"),
    "retention": ("RetentionResult", "purge_date", "retention_due", "run_retention"),
    "vault_deletion": ("VaultDeletionResult", "confirmation_phrase", "delete_vault",
                       "transport_backup_deleter"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

if TYPE_CHECKING:
    from contactweb.services.privacy.access_report import (
        SCHEMA_PATH,
        SCHEMA_VERSION,
        export_access_report,
        load_schema,
    )
    from contactweb.services.privacy.erasure import (
        ErasureReceipt,
        erase_contact,
        erasure_receipt,
        list_erasures,
        write_receipt_pdf,
    )
    from contactweb.services.privacy.legal_hold import (
        held_contact_ids,
        place_legal_hold,
        release_legal_hold,
    )
    from contactweb.services.privacy.reapply import (
        ErasureFingerprint,
        ReapplyResult,
        erasure_fingerprints,
        reapply_erasures,
        reapply_in_session,
        restore_hook,
    )
    from contactweb.services.privacy.retention import (
        RetentionResult,
        purge_date,
        retention_due,
        run_retention,
    )
    from contactweb.services.privacy.vault_deletion import (
        VaultDeletionResult,
        confirmation_phrase,
        delete_vault,
        transport_backup_deleter,
    )


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "SCHEMA_PATH", "SCHEMA_VERSION", "ErasureFingerprint", "ErasureReceipt", "ReapplyResult",
    "RetentionResult", "VaultDeletionResult",
    "confirmation_phrase", "delete_vault", "erase_contact", "erasure_fingerprints",
    "erasure_receipt", "export_access_report", "held_contact_ids", "list_erasures",
    "load_schema", "place_legal_hold", "reapply_erasures", "reapply_in_session",
    "purge_date", "release_legal_hold", "restore_hook", "retention_due", "run_retention",
    "transport_backup_deleter", "write_receipt_pdf",
]
