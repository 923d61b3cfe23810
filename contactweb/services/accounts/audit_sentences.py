"""The audit log in words: "Anna Bell changed the SMTP server from a to b".

Events keep their raw fields (the hash chain covers them); this only reads them. Objects are
named as they are now: a user by their display name, a contact by its name, or "an erased
contact" when only its erasure record is left.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.models import Contact, MergeRecord, User
from contactweb.services.audit import HIDDEN, AuditRow
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

ERASED_CONTACT = "an erased contact"
MERGED_CONTACT = "a contact merged into another"
ID_REUSE_SLACK = timedelta(seconds=2)  # an event is written just after its contact
SETTING_NAMES = {
    "default_region": "the phone region",
    "idle_timeout_minutes": "the idle sign-out time (minutes)",
    "shared_computer": "shared-computer mode",
    "shared_timeout_minutes": "the shared-computer sign-out time (minutes)",
    "retention.recording_days": "how long call recordings are kept (days)",
    "retention.closed_contact_years": "how long closed contacts are kept (years)",
    "retention.outbox_days": "how long sent messages are kept (days)",
    "mailing.throttle_per_minute": "the mailing speed (messages per minute)",
    "mailing.smtp": "the mailing settings",
    "business_profile": "the business details",
    "backup.interval_hours": "how often backups run (hours)",
    "backup.keep_last": "how many recent backups are kept",
    "backup.keep_daily": "how many daily backups are kept",
    "backup.keep_weekly": "how many weekly backups are kept",
}
FIELD_NAMES = {"host": "the SMTP server", "port": "the SMTP port",
               "security": "the SMTP security", "username": "the SMTP user name",
               "sender_name": "the sender name", "sender_address": "the sender address",
               "postal_address": "the postal address", "name": "the business name",
               "email": "the business email", "phone": "the business phone",
               "country": "the business country", "logo_png": "the logo",
               "kind": "the kind of destination", "endpoint_url": "the S3 endpoint",
               "bucket": "the bucket", "region": "the region", "prefix": "the prefix",
               "access_key_id": "the access key", "folder": "the folder",
               "interval_hours": "the hours between backups",
               "keep_last": "the backups kept", "keep_daily": "the daily backups kept",
               "keep_weekly": "the weekly backups kept"}
# action -> what the actor did, with {object} for the object's name.
VERBS = {
    "signin": "signed in", "signout": "signed out", "lock": "locked the window",
    "idle": "was signed out after being idle",
    "contact.create": "created {object}", "contact.update": "changed {object}",
    "contact.view": "opened {object}", "contact.merge": "merged duplicates into {object}",
    "contact.unmerge": "undid a merge into {object}",
    "contact.undeliverable": "marked an address of {object} undeliverable",
    "contact.undeliverable_cleared": "cleared an undeliverable mark of {object}",
    "communication.log": "logged a communication with {object}",
    "communication.update": "edited a communication with {object}",
    "communication.delete": "deleted a communication with {object}",
    "attachment.open": "opened an attachment of {object}",
    "draft.save": "kept an unsaved edit of {object} as a draft",
    "email.one_to_one": "emailed {object}",
    "reminder.add": "set a reminder for {object}", "reminder.snooze": "snoozed a reminder",
    "reminder.done": "completed a reminder", "reminder.reopen": "reopened a reminder",
    "sale.add": "recorded a sale for {object}",
    "sale.status": "changed the status of a sale to {object}",
    "privacy.erase": "erased {object}", "privacy.export": "exported what we hold on {object}",
    "privacy.hold": "placed a legal hold on {object}",
    "privacy.release": "released the legal hold on {object}",
    "privacy.receipt": "saved the receipt of erasure record {id}",
    "user.add": "added the user {object}", "user.role": "changed the role of {object}",
    "user.disable": "disabled the user {object}", "user.reset": "reset the password of {object}",
    "user.password_change": "changed the password of {object}",
    "vault.create": "created the vault", "vault.rekey": "re-keyed the vault",
    "vault.delete": "deleted the vault", "import": "imported contacts from a file",
    "export": "exported contacts to a file", "export.mailing": "exported a mailing list",
    "audit.export": "exported the audit log",
    "backup.configure": "changed the backup destination", "backup.schedule":
        "changed the backup schedule", "backup.verify": "verified the backups",
    "backup.prune": "pruned old backups", "backup.restore": "restored a backup",
    "backup.refused": "was refused a backup destination",
    "backup.transfer_basis": "recorded the basis for sending backups abroad",
    "backup.run": "made a backup", "backup.failed": "tried to make a backup",
    "mailing.run": "started a mailing", "mailing.run_end": "finished a mailing",
    "mailing.queue": "queued a mailing", "mailing.cancel": "cancelled a mailing",
    "mailing.retry": "retried a mailing", "mailing.letters": "made letters",
    "mailing.labels": "made address labels", "mailing.replies": "read replies to a mailing",
    "mailing.test": "sent a test message with the mailing settings",
    "mailing.template_save": "saved a letter template",
    "mailing.template_delete": "deleted a letter template",
    "report.directory": "made a contact directory", "report.contact": "made a contact dossier",
    "report.sales": "made a sales report", "report.activity": "made an activity report",
    "report.stats": "made the statistics report",
    "retention.contacts": "purged closed contacts past their retention",
    "retention.recordings": "purged call recordings past their retention",
    "retention.outbox": "purged sent messages past their retention",
    "demo_data.add": "added demo data",
    "contact.close": "closed {object}", "contact.reopen": "reopened {object}",
    "consent.granted": "recorded the consent of {object}",
    "consent.opted_out": "recorded an opt-out of {object}",
    "consent.unknown": "reset the consent of {object}",
    "backup.adopt": "adopted a restored copy as the vault",
    "vault.restored_copy": "opened a restored copy", "vault.sealed": "sealed the vault",
    "mailing.recipient_failed": "could not send a mailing to one recipient",
    "vault.outside_changes_accepted": "accepted changes made outside ContactWeb",
}


@dataclass(frozen=True)
class AuditNames:
    """Display names for the actors and objects of some events."""

    users_by_name: dict[str, str]
    users_by_id: dict[str, str]
    contacts: dict[str, tuple[str, datetime]]  # id -> (name, when that contact was made)
    merged: frozenset[str] = frozenset()  # ids of contacts merged into another

    def actor(self, username: str) -> str:
        return self.users_by_name.get(username, username) or "ContactWeb"

    def object_name(self, row: AuditRow) -> str:
        if row.object_type == "contact" and row.object_id:
            name, created = self.contacts.get(row.object_id, ("", None))
            # SQLite may give a removed contact's id to a new one: an event from before
            # that contact existed was about someone else.
            if created is not None and row.at >= created - ID_REUSE_SLACK:
                return name
            return MERGED_CONTACT if row.object_id in self.merged else ERASED_CONTACT
        if row.object_type == "user" and row.object_id:
            return self.users_by_id.get(row.object_id, "a removed user")
        if row.object_type == "setting":
            return SETTING_NAMES.get(row.object_id, row.object_id.replace("_", " "))
        return f"{row.object_type} {row.object_id}".strip()


def names_for(ws: Workspace, rows: Iterable[AuditRow]) -> AuditNames:
    ws.require(Action.AUDIT_VIEW)
    rows = list(rows)
    with ws.session(readonly=True) as session:
        return _names(session, rows)


def _names(session: Session, rows: list[AuditRow]) -> AuditNames:
    users = session.execute(select(User.id, User.username, User.display_name)).all()
    contact_ids = {int(r.object_id) for r in rows
                   if r.object_type == "contact" and r.object_id.isdigit()}
    contacts: dict[str, tuple[str, datetime]] = {}
    for chunk in _chunks(sorted(contact_ids), 500):
        for contact in session.execute(select(Contact).where(Contact.id.in_(chunk))).scalars():
            contacts[str(contact.id)] = (contact.display_name, contact.created_at)
    merged = frozenset(str(cid) for cid in session.execute(
        select(MergeRecord.merged_contact_id).where(
            MergeRecord.merged_contact_id.in_(contact_ids), MergeRecord.undone.is_(False)))
        .scalars()) if contact_ids else frozenset()
    return AuditNames({u.username: u.display_name or u.username for u in users},
                      {str(u.id): u.display_name or u.username for u in users}, contacts,
                      merged)


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def describe(row: AuditRow, names: AuditNames) -> str:
    """One event as a sentence."""
    who = names.actor(row.username)
    if row.action in ("settings.change", "mailing.configure"):
        return f"{who} {_setting_change(row)}."
    if row.action in ("backup.configure", "backup.schedule") and row.details.get("changed"):
        changes = "; ".join(_field_change(field, values) for field, values
                            in sorted(row.details["changed"].items()) if isinstance(values, dict))
        return f"{who} {VERBS[row.action]}: {changes}."
    verb = VERBS.get(row.action)
    obj = names.object_name(row)
    if verb is None:
        words = row.action.replace(".", " ").replace("_", " ")
        return f"{who}: {words}" + (f" ({obj})" if obj else "") + "."
    sentence = f"{who} {verb.format(object=obj, id=row.object_id)}"
    reason = row.details.get("reason")
    if row.action in ("privacy.hold", "privacy.release") and reason:
        sentence += f" (reason: {reason})"
    channel = row.details.get("channel")
    if row.action.startswith("consent.") and channel:
        sentence += f" for {channel}"
    if row.action == "user.role" and row.details.get("role"):
        old = row.details.get("old_role")
        sentence += (f" from {old} to {row.details['role']}" if old
                     else f" to {row.details['role']}")
    return sentence + "."


def _setting_change(row: AuditRow) -> str:
    details = row.details
    setting = SETTING_NAMES.get(row.object_id, row.object_id.replace("_", " "))
    if "old" in details or "new" in details:
        return f"changed {setting} from {_shown(details.get('old'))} to " \
               f"{_shown(details.get('new'))}"
    changed = details.get("changed")
    if isinstance(changed, dict) and changed:
        parts = [_field_change(field, values) for field, values in sorted(changed.items())
                 if isinstance(values, dict)]
        return "changed " + "; ".join(parts)
    if details.get("password"):
        return f"changed {setting} (the password)"
    return f"changed {setting}"


def _field_change(field: str, values: dict) -> str:
    name = FIELD_NAMES.get(field, field.replace("_", " "))
    old, new = values.get("old"), values.get("new")
    if HIDDEN in (old, new):
        return name
    return f"{name} from {_shown(old)} to {_shown(new)}"


def _shown(value: object) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, str):
        return value.replace("\n", ", ")
    return json.dumps(value, ensure_ascii=False)
