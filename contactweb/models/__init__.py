"""SQLAlchemy declarations only; importing this package registers every table."""

from contactweb.models.audit import AuditEvent
from contactweb.models.base import Base, utcnow
from contactweb.models.communication import Attachment, Communication
from contactweb.models.consent import ConsentEvent, ConsentState
from contactweb.models.contact import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    Tag,
    contact_tags,
)
from contactweb.models.deliverability import UndeliverableAddress
from contactweb.models.draft import Draft
from contactweb.models.erasure import ErasureRecord
from contactweb.models.mailing import BackupRun, Mailing, MergeRecord, OutboxMessage
from contactweb.models.reminder import Reminder
from contactweb.models.sale import Product, Sale, SaleLine
from contactweb.models.setting import Setting
from contactweb.models.suppression import MailboxStatement
from contactweb.models.user import User

__all__ = [
    "Attachment", "AuditEvent", "BackupRun", "Draft", "Mailing", "MailboxStatement", "MergeRecord", "OutboxMessage", "Base", "Communication", "ConsentEvent", "ConsentState",
    "Contact", "ContactAddress", "ContactEmail", "ContactPhone", "ErasureRecord", "Product",
    "Reminder", "Sale", "SaleLine", "Setting", "Tag", "UndeliverableAddress", "User", "contact_tags", "utcnow",
]
