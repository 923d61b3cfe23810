"""A save begun from an older version of a record is refused, never silently applied over
someone else's newer save (several desktops share a team vault; two windows can do the same
on one computer).

Records that count their saves (contacts, communications, sales) carry ``version`` and
``updated_by``/``updated_at``. A save holds the row (``SELECT ... FOR UPDATE``; SQLite's
writer lock does the same) from the check to its commit, so of two saves begun from one
version exactly one passes. Whoever began the edit keeps it, to look at the other change and
apply theirs again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import Session

from contactweb.errors import Refused
from contactweb.i18n import N_, _
from contactweb.models import utcnow

# "this contact" as the object of a sentence ("Anna changed this contact"), per kind of record.
THIS_RECORD = {"contact": N_("this contact"), "communication": N_("this communication"),
               "reminder": N_("this reminder"), "sale": N_("this sale")}


def this_record(what: str) -> str:
    return _(THIS_RECORD[what]) if what in THIS_RECORD else f"this {what}"


class StaleEdit(Refused):
    """Someone saved the record after this edit began; the edit is not applied."""

    def __init__(self, what: str, record_id: int, by: str, at: datetime | None,
                 version: int) -> None:
        who = by or _("Someone")
        if at:
            text = _("{who} changed {this_record} at {when} UTC, after you began editing it. "
                     "Your edit was not saved and is kept: look at their change, then save "
                     "yours again.")
        else:
            text = _("{who} changed {this_record}, after you began editing it. Your edit was "
                     "not saved and is kept: look at their change, then save yours again.")
        super().__init__(text.format(who=who, this_record=this_record(what),
                                     when=f"{at:%Y-%m-%d %H:%M}" if at else ""))
        self.what, self.record_id = what, record_id
        self.by, self.at, self.version = by, at, version


class Versioned(Protocol):
    id: int
    version: int
    updated_by: str
    updated_at: datetime | None


def hold_and_check(session: Session, record: Versioned, expected: int | None,
                   what: str) -> None:
    """Hold the row until the commit; refuse when ``expected`` (the version the edit began
    from; None: a save that began from nothing shown, as the command line's) is not the
    current one."""
    try:
        session.refresh(record, with_for_update=True)
    except InvalidRequestError:  # the row went while this save waited for it
        raise Refused(_("Someone deleted {this_record} (or merged it into another) after you "
                        "began; nothing was saved.").format(this_record=this_record(what))) \
            from None
    if expected is not None and expected != record.version:
        raise StaleEdit(what, record.id, record.updated_by, record.updated_at, record.version)


def count_save(record: Versioned, username: str) -> None:
    """This save is the record's next version, by ``username``, now."""
    record.version += 1
    record.updated_by = username
    record.updated_at = utcnow()
