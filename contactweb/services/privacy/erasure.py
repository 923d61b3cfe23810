"""Erasing a contact on request, and the receipt that proves it without naming anyone."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.errors import NotFound, Refused
from contactweb.i18n import N_, _, with_colon
from contactweb.models import Contact, ErasureRecord
from contactweb.services import audit
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.privacy.purge import COUNT_LABELS, purge_contact
from contactweb.store.disk_scrub import (
    ScrubResult,
    optimize_search_index,
    scrub_database,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import VaultLocked, Workspace


@dataclass(frozen=True)
class ErasureReceipt:
    """What may be shown or printed after an erasure: no personal data at all."""

    erasure_id: int
    erased_at: datetime
    erased_by: str
    removed: dict[str, int]
    # The language of the receipt's text, as of its PDF: the business's (the erased person
    # has no record left to hold one); "" is English.
    language: str = ""

    @property
    def total_removed(self) -> int:
        return sum(self.removed.values())

    def labelled_counts(self) -> list[tuple[str, int]]:
        """Counts in a fixed order with readable labels; unknown kinds keep their key."""
        known = [(label, self.removed[key]) for key, label in COUNT_LABELS.items()
                 if key in self.removed]
        extra = [(key.replace("_", " ").capitalize(), n) for key, n in sorted(self.removed.items())
                 if key not in COUNT_LABELS]
        return known + extra

    def as_text(self) -> str:
        """The receipt on screen or printed as text, in its document language with the PDF's
        own words (the same catalog entries)."""
        # Loaded here, as in write_receipt_pdf: the PDF package (reportlab) comes with it.
        from contactweb.formats.pdf.language import _ as in_document
        from contactweb.formats.pdf.language import writing_in

        language = self.language
        with writing_in(language):
            lines = [in_document("Erasure record {id}").format(id=self.erasure_id),
                     f"  {with_colon(in_document('Erased on'), language)} "
                     f"{self.erased_at:%Y-%m-%d %H:%M} UTC",
                     f"  {with_colon(in_document('Carried out by'), language)} "
                     f"{self.erased_by}",
                     f"  {with_colon(in_document('What was removed'), language)}"]
            lines += [f"    {with_colon(in_document(label), language)} {count}"
                      for label, count in self.labelled_counts()]
            lines.append(f"    {with_colon(in_document('Total records removed'), language)} "
                         f"{self.total_removed}")
            lines.append(f"  {with_colon(in_document('What remains'), language)} " + in_document(
                "The contact and everything attached to it were removed from the vault, "
                "including the search index. ContactWeb keeps only a keyed fingerprint of the "
                "erased identifiers, so that restoring an older backup erases the contact "
                "again. The fingerprint cannot be turned back into the erased data."))
        return "\n".join(lines)


def receipt_of(record: ErasureRecord, language: str = "") -> ErasureReceipt:
    return ErasureReceipt(record.id, record.erased_at, record.erased_by,
                          {k: int(v) for k, v in json.loads(record.removed_counts or "{}").items()},
                          language)


def receipt_language(session: Session) -> str:
    """The language receipts are written in: the business's, as its PDF (``report_meta``)."""
    from contactweb.services import settings

    return settings.business_profile_in(session).language


def refuse_if_held(contact: Contact) -> None:
    if contact.legal_hold:
        reason = contact.legal_hold_reason or "no reason given"
        raise Refused(
            _("Contact {id} is under a legal hold ({reason}) and cannot be erased or "
              "purged. An administrator must release the hold first.").format(
            id=contact.id, reason=reason))


def erase_contact(ws: Workspace, contact_id: int) -> ErasureReceipt:
    """Remove the contact and everything about it; leave only an ErasureRecord.

    The database is then scrubbed (search index rebuilt, VACUUM, WAL truncated) so that no
    page of the file still holds the person's data.
    """
    ws.require(Action.CONTACT_ERASE)
    with ws.session() as session:
        contact = load_visible_contact(session, ws, contact_id)
        refuse_if_held(contact)
        record = purge_contact(session, ws, contact, ws.username, "request")
        optimize_search_index(session)
        receipt = receipt_of(record, receipt_language(session))
    scrub(ws)
    return receipt


def scrub(ws: Workspace) -> ScrubResult:
    if ws.engine is None:
        raise VaultLocked(_("The vault is locked. Sign in again."))
    if ws.on_team_server:  # only the database owner may rewrite its tables: it is asked to
        from contactweb.team import scrub as team_scrub

        return team_scrub.request(ws)
    result = scrub_database(ws.engine)
    # Idle pooled connections still cache decrypted pages that held the erased person.
    ws.engine.dispose()
    return result


def erasure_receipt(ws: Workspace, erasure_id: int) -> ErasureReceipt:
    ws.require(Action.CONTACT_ERASE)
    with ws.session(readonly=True) as session:
        record = session.get(ErasureRecord, erasure_id)
        if record is None:
            raise NotFound(_("No erasure record with id {erasure_id}.").format(
                erasure_id=erasure_id))
        return receipt_of(record, receipt_language(session))


def list_erasures(ws: Workspace, limit: int = 1000) -> list[ErasureReceipt]:
    ws.require(Action.CONTACT_ERASE)
    with ws.session(readonly=True) as session:
        rows = session.execute(select(ErasureRecord).order_by(ErasureRecord.id.desc())
                               .limit(limit)).scalars()
        language = receipt_language(session)
        return [receipt_of(r, language) for r in rows]


def write_receipt_pdf(ws: Workspace, receipt: ErasureReceipt, path: Path) -> Path:
    """Print the receipt with the reports' erasure-receipt layout."""
    # reportlab is heavy; only those who print a receipt pay for importing it.
    from contactweb.formats.pdf.data import CountRow, ErasureReceiptData
    from contactweb.formats.pdf.privacy import render_erasure_receipt
    from contactweb.services.reports.report_meta import report_meta

    ws.require(Action.CONTACT_ERASE)
    path = Path(path)
    if not path.parent.is_dir():
        raise NotFound(_("The folder {parent} does not exist.").format(parent=path.parent))
    meta = report_meta(ws, N_("Erasure receipt"), confidential=False)
    data = ErasureReceiptData(
        erased_at=receipt.erased_at, erased_by=receipt.erased_by,
        record_id=str(receipt.erasure_id),
        removed=[CountRow(label, count) for label, count in receipt.labelled_counts()])
    render_erasure_receipt(meta, data, path)
    audit.record_now(ws, "privacy.receipt", "erasure", receipt.erasure_id)
    return path
