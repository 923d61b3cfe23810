"""The audit log in words: "Anna Bell changed the SMTP server from a to b".

Events keep their raw fields (the hash chain covers them); this only reads them. Objects are
named as they are now: a user by their display name, a contact by its name, or "an erased
contact" when only its erasure record is left. The sentences are made in the active language
as they are read (the stored action codes and details never change with it); each verb phrase
follows the actor's name, as in English, French, German and Spanish main clauses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.i18n import N_, _
from contactweb.models import Contact, MergeRecord, User
from contactweb.services.audit import HIDDEN, AuditRow
from contactweb.vault.permissions import ROLE_TITLES, Action
from contactweb.vault.workspace import Workspace

ERASED_CONTACT = N_("an erased contact")
MERGED_CONTACT = N_("a contact merged into another")
ID_REUSE_SLACK = timedelta(seconds=2)  # an event is written just after its contact
SETTING_NAMES = {
    "default_region": N_("the phone region"),
    "idle_timeout_minutes": N_("the idle sign-out time (minutes)"),
    "shared_computer": N_("shared-computer mode"),
    "shared_timeout_minutes": N_("the shared-computer sign-out time (minutes)"),
    "retention.recording_days": N_("how long call recordings are kept (days)"),
    "retention.closed_contact_years": N_("how long closed contacts are kept (years)"),
    "retention.outbox_days": N_("how long sent messages are kept (days)"),
    "mailing.throttle_per_minute": N_("the mailing speed (messages per minute)"),
    "mailing.smtp": N_("the mailing settings"),
    "business_profile": N_("the business details"),
    "backup.interval_hours": N_("how often backups run (hours)"),
    "backup.keep_last": N_("how many recent backups are kept"),
    "backup.keep_daily": N_("how many daily backups are kept"),
    "backup.keep_weekly": N_("how many weekly backups are kept"),
}
FIELD_NAMES = {"host": N_("the SMTP server"), "port": N_("the SMTP port"),
               "security": N_("the SMTP security"), "username": N_("the SMTP user name"),
               "sender_name": N_("the sender name"), "sender_address": N_("the sender address"),
               "postal_address": N_("the postal address"), "name": N_("the business name"),
               "email": N_("the business email"), "phone": N_("the business phone"),
               "country": N_("the business country"), "logo_png": N_("the logo"),
               "kind": N_("the kind of destination"), "endpoint_url": N_("the S3 endpoint"),
               "bucket": N_("the bucket"), "region": N_("the region"), "prefix": N_("the prefix"),
               "access_key_id": N_("the access key"), "folder": N_("the folder"),
               "interval_hours": N_("the hours between backups"),
               "keep_last": N_("the backups kept"), "keep_daily": N_("the daily backups kept"),
               "keep_weekly": N_("the weekly backups kept")}
# action -> what the actor did, with {object} for the object's name.
VERBS = {
    "signin": N_("signed in"), "signout": N_("signed out"), "lock": N_("locked the window"),
    "idle": N_("was signed out after being idle"),
    "contact.create": N_("created {object}"), "contact.update": N_("changed {object}"),
    "contact.view": N_("opened {object}"), "contact.merge": N_("merged duplicates into {object}"),
    "contact.unmerge": N_("undid a merge into {object}"),
    "contact.undeliverable": N_("marked an address of {object} undeliverable"),
    "contact.undeliverable_cleared": N_("cleared an undeliverable mark of {object}"),
    "communication.log": N_("logged a communication with {object}"),
    "communication.update": N_("edited a communication with {object}"),
    "communication.delete": N_("deleted a communication with {object}"),
    "attachment.open": N_("opened an attachment of {object}"),
    "draft.save": N_("kept an unsaved edit of {object} as a draft"),
    "email.one_to_one": N_("emailed {object}"),
    "reminder.add": N_("set a reminder for {object}"), "reminder.snooze": N_("snoozed a reminder"),
    "reminder.done": N_("completed a reminder"), "reminder.reopen": N_("reopened a reminder"),
    "sale.add": N_("recorded a sale for {object}"),
    "sale.status": N_("changed the status of a sale to {object}"),
    "privacy.erase": N_("erased {object}"),
    "privacy.export": N_("exported what we hold on {object}"),
    "privacy.hold": N_("placed a legal hold on {object}"),
    "privacy.release": N_("released the legal hold on {object}"),
    "privacy.receipt": N_("saved the receipt of erasure record {id}"),
    "user.add": N_("added the user {object}"), "user.role": N_("changed the role of {object}"),
    "user.disable": N_("disabled the user {object}"),
    "user.reset": N_("reset the password of {object}"),
    "user.password_change": N_("changed the password of {object}"),
    "vault.create": N_("created the vault"), "vault.rekey": N_("re-keyed the vault"),
    "vault.delete": N_("deleted the vault"), "import": N_("imported contacts from a file"),
    "export": N_("exported contacts to a file"), "export.mailing": N_("exported a mailing list"),
    "audit.export": N_("exported the audit log"),
    "backup.configure": N_("changed the backup destination"), "backup.schedule":
        N_("changed the backup schedule"), "backup.verify": N_("verified the backups"),
    "backup.prune": N_("pruned old backups"), "backup.restore": N_("restored a backup"),
    "backup.refused": N_("was refused a backup destination"),
    "backup.transfer_basis": N_("recorded the basis for sending backups abroad"),
    "backup.run": N_("made a backup"), "backup.failed": N_("tried to make a backup"),
    "mailing.run": N_("started a mailing"), "mailing.run_end": N_("finished a mailing"),
    "mailing.queue": N_("queued a mailing"), "mailing.cancel": N_("cancelled a mailing"),
    "mailing.retry": N_("retried a mailing"), "mailing.letters": N_("made letters"),
    "mailing.labels": N_("made address labels"), "mailing.replies": N_("read replies to a mailing"),
    "mailing.test": N_("sent a test message with the mailing settings"),
    "mailing.template_save": N_("saved a letter template"),
    "mailing.template_delete": N_("deleted a letter template"),
    "report.directory": N_("made a contact directory"),
    "report.contact": N_("made a contact dossier"),
    "report.sales": N_("made a sales report"), "report.activity": N_("made an activity report"),
    "report.stats": N_("made the statistics report"),
    "retention.contacts": N_("purged closed contacts past their retention"),
    "retention.recordings": N_("purged call recordings past their retention"),
    "retention.outbox": N_("purged sent messages past their retention"),
    "demo_data.add": N_("added demo data"),
    "contact.close": N_("closed {object}"), "contact.reopen": N_("reopened {object}"),
    "consent.granted": N_("recorded the consent of {object}"),
    "consent.opted_out": N_("recorded an opt-out of {object}"),
    "consent.unknown": N_("reset the consent of {object}"),
    "backup.adopt": N_("adopted a restored copy as the vault"),
    "vault.restored_copy": N_("opened a restored copy"), "vault.sealed": N_("sealed the vault"),
    "mailing.recipient_failed": N_("could not send a mailing to one recipient"),
    "vault.outside_changes_accepted": N_("accepted changes made outside ContactWeb"),
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
            return _(MERGED_CONTACT if row.object_id in self.merged else ERASED_CONTACT)
        if row.object_type == "user" and row.object_id:
            return self.users_by_id.get(row.object_id, _("a removed user"))
        if row.object_type == "setting":
            return _setting_name(row.object_id)
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
        return f"{who} {_(VERBS[row.action])}: {changes}."
    verb = VERBS.get(row.action)
    obj = names.object_name(row)
    if verb is None:
        words = row.action.replace(".", " ").replace("_", " ")
        return f"{who}: {words}" + (f" ({obj})" if obj else "") + "."
    channel = row.details.get("channel")
    if row.action.startswith("consent.") and channel and row.action in CHANNEL_VERBS:
        verb = CHANNEL_VERBS[row.action]
    old, new = row.details.get("old_role"), row.details.get("role")
    if row.action == "user.role" and new:
        verb = ROLE_VERBS[bool(old)]
    sentence = f"{who} " + _(verb).format(object=obj, id=row.object_id,
                                           channel=_(channel) if channel else "",
                                           old=_role(old or ""), new=_role(new or ""))
    reason = row.details.get("reason")
    if row.action in ("privacy.hold", "privacy.release") and reason:
        sentence += _(" (reason: {reason})").format(reason=reason)
    return sentence + "."


# Whole verb phrases for events with a channel or a role change: the words around them take a
# different order in other languages (German puts the verb last).
CHANNEL_VERBS = {
    "consent.granted": N_("recorded the consent of {object} for {channel}"),
    "consent.opted_out": N_("recorded an opt-out of {object} for {channel}"),
    "consent.unknown": N_("reset the consent of {object} for {channel}"),
}
ROLE_VERBS = {True: N_("changed the role of {object} from {old} to {new}"),
              False: N_("changed the role of {object} to {new}")}


def _role(role: str) -> str:
    """A stored role code (admin, manager, staff) as the roles are named on screen."""
    return _(ROLE_TITLES[role]) if role in ROLE_TITLES else role


def _setting_name(key: str) -> str:
    return _(SETTING_NAMES[key]) if key in SETTING_NAMES else key.replace("_", " ")


def _setting_change(row: AuditRow) -> str:
    details = row.details
    setting = _setting_name(row.object_id)
    if "old" in details or "new" in details:
        return _("changed {setting} from {old} to {new}").format(
            setting=setting, old=_shown(details.get("old")), new=_shown(details.get("new")))
    changed = details.get("changed")
    if isinstance(changed, dict) and changed:
        parts = [_field_change(field, values) for field, values in sorted(changed.items())
                 if isinstance(values, dict)]
        return _("changed {settings}").format(settings="; ".join(parts))
    if details.get("password"):
        return _("changed {setting} (the password)").format(setting=setting)
    return _("changed {setting}").format(setting=setting)


def _field_change(field: str, values: dict) -> str:
    name = _(FIELD_NAMES[field]) if field in FIELD_NAMES else field.replace("_", " ")
    old, new = values.get("old"), values.get("new")
    if HIDDEN in (old, new):
        return name
    return _("{name} from {old} to {new}").format(name=name, old=_shown(old), new=_shown(new))


def _shown(value: object) -> str:
    if value is None or value == "":
        return _("(empty)")
    if isinstance(value, bool):
        return _("on") if value else _("off")
    if isinstance(value, str):
        return value.replace("\n", ", ")
    return json.dumps(value, ensure_ascii=False)
