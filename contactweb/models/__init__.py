"""SQLAlchemy declarations only.

A model's module is declared when one of its names is first asked for (``from
contactweb.models import Contact``): ``contactweb contact list`` then declares the tables it
reads, not the mailings', sales' or communications'. ``Base`` (whose metadata is every
table: migrations, purges and merges walk it) declares every model first, as ``load_all``
does. The contacts and users tables are declared with any model, so every foreign key
(they all point to them or to their own module's tables) resolves.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from contactweb.models.base import utcnow
from contactweb.models.contact import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    Tag,
    contact_tags,
)
from contactweb.models.user import User

if TYPE_CHECKING:
    from contactweb.models.audit import AuditEvent
    from contactweb.models.base import Base
    from contactweb.models.communication import Attachment, Communication
    from contactweb.models.consent import ConsentEvent, ConsentState
    from contactweb.models.deliverability import UndeliverableAddress
    from contactweb.models.draft import Draft
    from contactweb.models.erasure import ErasureRecord
    from contactweb.models.mailing import BackupRun, Mailing, MergeRecord, OutboxMessage
    from contactweb.models.reminder import Reminder
    from contactweb.models.sale import Product, Sale, SaleLine
    from contactweb.models.setting import Setting
    from contactweb.models.suppression import MailboxStatement

# Where each model not declared above lives. A new model module is added here (or imported
# above); tests/unit/test_models_lazy.py holds this list to every module in the package.
MODULE_OF = {
    "AuditEvent": "audit", "Attachment": "communication", "Communication": "communication",
    "ConsentEvent": "consent", "ConsentState": "consent",
    "UndeliverableAddress": "deliverability", "Draft": "draft", "ErasureRecord": "erasure",
    "BackupRun": "mailing", "Mailing": "mailing", "MergeRecord": "mailing",
    "OutboxMessage": "mailing", "Reminder": "reminder", "Product": "sale", "Sale": "sale",
    "SaleLine": "sale", "Setting": "setting", "MailboxStatement": "suppression",
}


def load_all() -> None:
    """Declare every model, so that ``Base.metadata`` holds every table."""
    for module in sorted(set(MODULE_OF.values())):
        importlib.import_module(f"contactweb.models.{module}")


def __getattr__(name: str) -> object:
    if name == "Base":
        load_all()
        return importlib.import_module("contactweb.models.base").Base
    if name in MODULE_OF:
        return getattr(importlib.import_module(f"contactweb.models.{MODULE_OF[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Attachment", "AuditEvent", "BackupRun", "Draft", "Mailing", "MailboxStatement", "MergeRecord", "OutboxMessage", "Base", "Communication", "ConsentEvent", "ConsentState",
    "Contact", "ContactAddress", "ContactEmail", "ContactPhone", "ErasureRecord", "Product",
    "Reminder", "Sale", "SaleLine", "Setting", "Tag", "UndeliverableAddress", "User", "contact_tags", "utcnow",
]
