"""Transfers outside the EEA: before the first backup to a US server of a vault that holds
contacts with an address in the EEA, an administrator records the basis for the transfer.

Two bases are offered: the contacts' consent, or client-side encryption with keys held only
by the business (the server stores ciphertext it cannot read). The answer is audited and kept
in the vault settings; it is asked once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import distinct, func, select

from contactweb.errors import BadInput, Refused
from contactweb.i18n import _, ngettext, number_text
from contactweb.models import ContactAddress, utcnow
from contactweb.services import audit, settings
from contactweb.services.backup.backup_choices import BASES
from contactweb.services.backup.backup_keys import KIND_S3, TARGET_KEY
from contactweb.services.validation import EEA_COUNTRIES, normalise_country
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

BASIS_KEY = "backup.transfer_basis"
MAX_NOTE = 2000


@dataclass(frozen=True)
class TransferBasis:
    basis: str
    note: str
    recorded_by: str
    recorded_at: datetime
    contacts: int  # how many contacts it concerned when recorded

    def describe(self) -> str:
        return f"{BASES.get(self.basis, self.basis)} (recorded by {self.recorded_by} on " \
               f"{self.recorded_at:%Y-%m-%d})"


def eea_contact_count(ws: Workspace) -> int:
    """Contacts with at least one address in an EEA country (closed ones included: they are
    in the backup too)."""
    with ws.session(readonly=True) as session:
        countries = session.execute(select(ContactAddress.country).distinct()).scalars().all()
        eea = [c for c in countries if c and normalise_country(c) in EEA_COUNTRIES]
        if not eea:
            return 0
        return int(session.execute(
            select(func.count(distinct(ContactAddress.contact_id)))
            .where(ContactAddress.country.in_(eea))).scalar() or 0)


def transfer_basis(ws: Workspace) -> TransferBasis | None:
    data = settings.get(ws, BASIS_KEY)
    if not isinstance(data, dict) or data.get("basis") not in BASES:
        return None
    try:
        recorded_at = datetime.fromisoformat(str(data.get("recorded_at")))
    except ValueError:
        recorded_at = datetime.min
    return TransferBasis(data["basis"], str(data.get("note", "")), str(data.get("recorded_by", "")),
                         recorded_at, int(data.get("contacts", 0) or 0))


def transfer_basis_needed(ws: Workspace) -> int:
    """How many contacts a basis must be recorded for before backing up; 0 when the
    destination is not a US server, no contact has an EEA address, or it is recorded."""
    stored = settings.get(ws, TARGET_KEY)
    # Only an S3 destination is a US server; the stored kind read as
    # BackupTarget.from_json reads it.
    if not (isinstance(stored, dict) and stored.get("kind") == KIND_S3) or \
            transfer_basis(ws) is not None:
        return 0
    return eea_contact_count(ws)


class TransferBasisNeeded(Refused):
    """Backups are paused until an administrator records the EEA transfer basis."""

    def __init__(self, contacts: int) -> None:
        super().__init__(_(
            "{contacts} contact(s) have an address in the European Economic Area, and no "
            "basis for transferring them to the US backup server is recorded, so backups are "
            "paused. An administrator records the basis on Administration → Backups.").format(
                contacts=number_text(contacts)))
        self.contacts = contacts


def paused_notice(ws: Workspace, needed_before: int) -> str:
    """After a change that may add EEA addresses (an import): what to tell the person when it
    paused the backups or added contacts to the pause; empty otherwise."""
    needed = transfer_basis_needed(ws)
    if needed <= needed_before:
        return ""
    return ngettext(
        "Backups are paused: {needed} contact now has an address in the European Economic "
        "Area, and no basis for transferring it to the US backup server is recorded. An "
        "administrator records it on Administration → Backups; until then no backup is made.",
        "Backups are paused: {needed} contacts now have an address in the European Economic "
        "Area, and no basis for transferring them to the US backup server is recorded. An "
        "administrator records it on Administration → Backups; until then no backup is made.",
        needed).format(needed=number_text(needed))


def record_transfer_basis(ws: Workspace, basis: str, note: str = "") -> TransferBasis:
    ws.require(Action.BACKUP_CONFIGURE)
    basis = (basis or "").strip().lower()
    if basis not in BASES:
        raise BadInput(_("The basis is one of: {items}.").format(items=', '.join(BASES)))
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise BadInput(_("The note is at most {max_note} characters.").format(
            max_note=number_text(MAX_NOTE)))
    recorded = TransferBasis(basis, note, ws.username, utcnow(), eea_contact_count(ws))
    with ws.session() as session:
        settings.write(session, BASIS_KEY, {
            "basis": basis, "note": note, "recorded_by": ws.username,
            "recorded_at": recorded.recorded_at.isoformat(), "contacts": recorded.contacts})
        # The note is free text and may name people: the audit keeps the basis and the count.
        audit.record(session, ws, "backup.transfer_basis", "backup", basis,
                     {"basis": basis, "contacts": recorded.contacts})
    return recorded
