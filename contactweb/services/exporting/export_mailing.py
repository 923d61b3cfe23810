"""Exports for mailing: a file that an outside mailing tool will send to. Like every other
way of reaching people, it goes through eligibility (``eligible_in_session``): the file holds
only the recipients eligibility includes for the channel, one row per recipient mailbox as it
gives them, and on that row only the address for that channel. Everyone left out is counted
by reason for the person exporting."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from contactweb.errors import BadInput
from contactweb.formats.interchange import ContactRecord, LabelledValue, PostalAddress
from contactweb.i18n import _
from contactweb.models import Contact
from contactweb.services import audit
from contactweb.services.contacts.contact_queries import ContactQuery, filtered
from contactweb.services.eligibility.eligibility import (
    ERASED,
    REASON_CODES,
    Recipient,
    Selection,
    eligible_in_session,
    reason_text,
)
from contactweb.services.exporting import MAILING_CHANNELS
from contactweb.services.exporting.exporter import (
    EXPORT_FORMATS,
    ExportCancelled,
    records_by_id,
    render,
)
from contactweb.vault.atomic import write_atomic
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

_CHUNK = 500


@dataclass(frozen=True)
class MailingExport:
    """What an export for mailing wrote: ``written`` rows, and the contacts left out by
    reason code (see eligibility.REASON_CODES)."""

    channel: str
    written: int
    excluded: dict[str, int] = field(default_factory=dict)

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())

    def excluded_lines(self) -> list[str]:
        """One line per reason, most fundamental first: "2 opted out of email"."""
        return [f"{self.excluded[code]} {reason_text(code, self.channel)}"
                for code in REASON_CODES if self.excluded.get(code)]


def selection_for(ws: Workspace, query: ContactQuery) -> Selection:
    """The mailing selection that picks what ``query`` lists. Eligibility has no status
    filter, so a list narrowed by status is handed over as the contacts it holds."""
    if query.status:
        with ws.session(readonly=True) as session:
            ids = tuple(session.execute(filtered(ws, query, select(Contact.id))).scalars())
        return Selection(ids=ids)
    return Selection(tag=query.tag, search=query.search, ids=query.ids)


def export_for_mailing(ws: Workspace, path: Path, fmt: str, channel: str,
                       query: ContactQuery | None = None,
                       progress: Callable[[int, int], None] | None = None,
                       cancel: threading.Event | None = None) -> MailingExport:
    """Write the eligible recipients of ``channel`` among the contacts ``query`` selects to
    ``path`` (replaced atomically, as every export), and audit it as an export for mailing."""
    ws.require(Action.EXPORT)
    if channel not in MAILING_CHANNELS:
        raise BadInput(_("An export for mailing is for {items}, "
                         "not {channel!r}.").format(
            items=' or '.join(MAILING_CHANNELS), channel=channel))
    if fmt not in EXPORT_FORMATS:
        raise BadInput(_("Unknown export format {fmt!r}; choose one of {items}.").format(
            fmt=fmt, items=', '.join(EXPORT_FORMATS)))
    selection = selection_for(ws, query or ContactQuery())
    ws.require(Action.CONTACT_VIEW)
    with ws.session(readonly=True) as session:
        eligibility = eligible_in_session(session, ws, channel, selection)
        # The chosen addresses read in the decision's own transaction (a result reads its
        # names and postal addresses when first read).
        included = list(eligibility.included)
    excluded = Counter(eligibility.counts_by_reason())
    records, gone = mailing_records(ws, included, channel, progress, cancel)
    if gone:  # erased between the decision and the reading: not in the file either
        excluded[ERASED] += gone
    try:
        write_atomic(path, render(records, fmt))
    except OSError as exc:
        raise BadInput(_("Cannot write {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None
    result = MailingExport(channel, len(records), dict(excluded))
    audit.record_now(ws, "export.mailing", "file", "", {
        "format": fmt, "channel": channel, "count": result.written,
        "excluded": result.excluded_total, "excluded_by_reason": result.excluded})
    return result


def mailing_records(ws: Workspace, recipients: Sequence[Recipient], channel: str,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: threading.Event | None = None) -> tuple[list[ContactRecord], int]:
    """A record per recipient, in eligibility's order, and how many recipients the vault no
    longer holds (they get no record)."""
    chosen = list(recipients)
    records: list[ContactRecord] = []
    with ws.session(readonly=True) as session:
        for start in range(0, len(chosen), _CHUNK):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled(_("Export cancelled; no file was written."))
            chunk = chosen[start:start + _CHUNK]
            full = records_by_id(session, list(dict.fromkeys(r.contact_id for r in chunk)))
            records += [_for_mailing(full[r.contact_id], r, channel)
                        for r in chunk if r.contact_id in full]
            if progress is not None:
                progress(min(start + _CHUNK, len(chosen)), len(chosen))
    return records, len(chosen) - len(records)


def _for_mailing(full: ContactRecord, recipient: Recipient, channel: str) -> ContactRecord:
    """The name, company and consent of the contact, and the one address eligibility chose
    (nothing else: a mailing tool needs no phone numbers, notes or birthdays)."""
    record = ContactRecord(
        prefix=full.prefix, first_name=full.first_name, middle_name=full.middle_name,
        last_name=full.last_name, suffix=full.suffix, company=full.company, title=full.title,
        consent=dict(full.consent))
    if channel == "email":
        label = next((e.label for e in full.emails
                      if e.value.casefold() == recipient.address.casefold()), "other")
        record.emails = [LabelledValue(label, recipient.address)]
        return record
    street, city, region, postcode, country = recipient.postal[:5]
    label = next((a.label for a in full.addresses
                  if (a.street, a.city, a.postcode) == (street, city, postcode)), "other")
    record.addresses = [PostalAddress(label, street, city, region, postcode, country)]
    return record
