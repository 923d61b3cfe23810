"""Reminders: due time, assignee, done; lists of what is due and overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from contactweb.errors import BadInput, NotFound
from contactweb.i18n import _
from contactweb.models import Contact, Reminder, User, utcnow
from contactweb.services import audit
from contactweb.services.changes import Changes
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.services.stale_edits import count_save, hold_and_check
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


@dataclass(frozen=True)
class ReminderView:
    id: int
    contact_id: int | None
    contact_name: str
    due_at: datetime
    text: str
    assignee: str
    done: bool
    version: int = 1  # what a done, snooze or edit begun from this view passes

    def overdue(self, now: datetime) -> bool:
        return not self.done and self.due_at < now


def add_reminder(ws: Workspace, contact_id: int | None, due_at: datetime, text: str,
                 assignee: str | None = None) -> int:
    ws.require(Action.REMINDER_EDIT)
    if not text.strip():
        raise BadInput(_("A reminder needs a text."))
    with ws.session() as session:
        if contact_id is not None:
            load_visible_contact(session, ws, contact_id)
        assignee_id = ws.user_id
        if assignee and assignee != ws.username:
            assignee_id = session.execute(
                select(User.id).where(User.username == assignee, User.disabled.is_(False))
            ).scalar()
            if assignee_id is None:
                raise BadInput(_("No active user called {assignee!r}.").format(assignee=assignee))
        reminder = Reminder(contact_id=contact_id, due_at=due_at, text=text.strip(),
                            assignee_id=assignee_id, created_by_id=ws.user_id)
        session.add(reminder)
        session.flush()
        audit.record(session, ws, "reminder.add", "contact" if contact_id else "reminder",
                     contact_id or reminder.id, {"reminder": reminder.id})
        return reminder.id


def _load_own(session, ws: Workspace, reminder_id: int) -> Reminder:  # noqa: ANN001
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        raise NotFound(_("No reminder with id {reminder_id}.").format(reminder_id=reminder_id))
    if reminder.contact_id is not None:
        load_visible_contact(session, ws, reminder.contact_id)
    return reminder


def _load_to_save(session, ws: Workspace, reminder_id: int,  # noqa: ANN001
                  version: int | None) -> Reminder:
    """The reminder, held until the commit; refused when ``version`` (the one the change
    began from; None: from nothing shown) is no longer the saved one."""
    reminder = _load_own(session, ws, reminder_id)
    hold_and_check(session, reminder, version, "reminder")
    count_save(reminder, ws.username)
    return reminder


def mark_done(ws: Workspace, reminder_id: int, done: bool = True,
              version: int | None = None) -> Changes:
    ws.require(Action.REMINDER_EDIT)
    with ws.session() as session:
        reminder = _load_to_save(session, ws, reminder_id, version)
        reminder.done = done
        reminder.done_at = utcnow() if done else None
        audit.record(session, ws, "reminder.done" if done else "reminder.reopen", "reminder",
                     reminder_id)
        return _reminder_changes(reminder)


def _reminder_changes(reminder: Reminder) -> Changes:
    """A reminder about a contact changes that contact's reminders; one about nobody, only
    the lists of reminders."""
    if reminder.contact_id is None:
        return Changes(reminders=True)
    return Changes.about(reminder.contact_id, reminders=True)


def snooze(ws: Workspace, reminder_id: int, delay: timedelta,
           version: int | None = None) -> datetime:
    ws.require(Action.REMINDER_EDIT)
    with ws.session() as session:
        reminder = _load_to_save(session, ws, reminder_id, version)
        reminder.due_at = max(reminder.due_at, utcnow()) + delay
        audit.record(session, ws, "reminder.snooze", "reminder", reminder_id,
                     {"minutes": int(delay.total_seconds() // 60)})
        return reminder.due_at


def update_reminder(ws: Workspace, reminder_id: int, due_at: datetime, text: str,
                    assignee: str | None = None, version: int | None = None) -> Changes:
    """Change a reminder's due time, text and (when given) assignee."""
    ws.require(Action.REMINDER_EDIT)
    if not text.strip():
        raise BadInput(_("A reminder needs a text."))
    with ws.session() as session:
        reminder = _load_to_save(session, ws, reminder_id, version)
        if assignee is not None:
            assignee_id = session.execute(
                select(User.id).where(User.username == assignee, User.disabled.is_(False))
            ).scalar()
            if assignee_id is None:
                raise BadInput(_("No active user called {assignee!r}.").format(assignee=assignee))
            reminder.assignee_id = assignee_id
        changed = sorted(name for name, value in (("due_at", due_at), ("text", text.strip()))
                         if getattr(reminder, name) != value)
        reminder.due_at, reminder.text = due_at, text.strip()
        audit.record(session, ws, "reminder.update", "reminder", reminder_id,
                     {"fields": changed + (["assignee"] if assignee is not None else [])})
        return _reminder_changes(reminder)


def list_reminders(ws: Workspace, due_before: datetime | None = None,
                   contact_id: int | None = None, include_done: bool = False,
                   assignee: str | None = None, limit: int = 1000) -> list[ReminderView]:
    """Open reminders (optionally due before a time), soonest first. Reminders about a contact
    the user cannot see are left out."""
    ws.require(Action.CONTACT_VIEW)
    assignee_user = aliased(User)
    stmt = (select(Reminder, Contact.first_name, Contact.last_name, Contact.company,
                   assignee_user.username)
            .outerjoin(Contact, Contact.id == Reminder.contact_id)
            .outerjoin(assignee_user, assignee_user.id == Reminder.assignee_id)
            .where(or_(Reminder.contact_id.is_(None), visible_contacts(ws)))
            .order_by(Reminder.due_at, Reminder.id).limit(limit))
    if not include_done:
        stmt = stmt.where(Reminder.done.is_(False))
    if due_before is not None:
        stmt = stmt.where(Reminder.due_at < due_before)
    if contact_id is not None:
        stmt = stmt.where(Reminder.contact_id == contact_id)
    if assignee is not None:
        stmt = stmt.where(assignee_user.username == assignee)
    with ws.session(readonly=True) as session:
        return [ReminderView(r.id, r.contact_id,
                             " ".join(p for p in (first or "", last or "") if p) or company or "",
                             r.due_at, r.text, who or "", r.done, r.version)
                for r, first, last, company, who in session.execute(stmt).all()]


def due_and_overdue(ws: Workspace, now: datetime | None = None,
                    horizon: timedelta = timedelta(days=1)) -> list[ReminderView]:
    """What the Today view shows: overdue plus due within the horizon, for everyone visible."""
    now = now or utcnow()
    return list_reminders(ws, due_before=now + horizon)
