"""Roles and what each may do: the one table every service checks."""

from __future__ import annotations

from enum import StrEnum

from contactweb.i18n import N_


class Action(StrEnum):
    CONTACT_VIEW = "contact.view"
    CONTACT_EDIT = "contact.edit"
    CONTACT_ERASE = "contact.erase"
    COMMUNICATION_LOG = "communication.log"
    SALE_EDIT = "sale.edit"
    REMINDER_EDIT = "reminder.edit"
    CONSENT_RECORD = "consent.record"
    CONSENT_REVERSE_OPTOUT = "consent.reverse_optout"
    MAILING_SEND = "mailing.send"
    MAILING_CONFIGURE = "mailing.configure"
    REPORT_MAKE = "report.make"
    IMPORT = "import"
    EXPORT = "export"
    MERGE = "duplicates.merge"
    USER_MANAGE = "user.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VIEW = "audit.view"
    BACKUP_RUN = "backup.run"
    BACKUP_CONFIGURE = "backup.configure"
    LEGAL_HOLD = "legal_hold"
    RETENTION_RUN = "retention.run"
    VAULT_DELETE = "vault.delete"


ROLES = ("admin", "manager", "staff", "readonly")

_READONLY = {Action.CONTACT_VIEW, Action.REPORT_MAKE}
_STAFF = _READONLY | {
    Action.CONTACT_EDIT, Action.COMMUNICATION_LOG, Action.SALE_EDIT, Action.REMINDER_EDIT,
    Action.CONSENT_RECORD, Action.IMPORT, Action.MERGE, Action.BACKUP_RUN,
}
_MANAGER = _STAFF | {
    Action.CONSENT_REVERSE_OPTOUT, Action.MAILING_SEND, Action.EXPORT, Action.CONTACT_ERASE,
    Action.RETENTION_RUN,
}
PERMISSIONS: dict[str, frozenset[Action]] = {
    "readonly": frozenset(_READONLY),
    "staff": frozenset(_STAFF),
    "manager": frozenset(_MANAGER),
    "admin": frozenset(Action),
}

# Marked for translation; shown through i18n._ where a person reads them.
ROLE_DESCRIPTIONS = {
    "admin": N_("everything, including users, settings, audit log and legal holds"),
    "manager": N_("staff rights plus mailings, exports, erasure and reversing opt-outs"),
    "staff": N_("work with contacts, communications, sales, reminders and imports"),
    "readonly": N_("view contacts and make reports; change nothing"),
}
ROLE_TITLES = {"admin": N_("admin"), "manager": N_("manager"), "staff": N_("staff"),
               "readonly": N_("readonly")}


def allowed(role: str, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())
