"""Consent that an imported file states (ContactWeb's own exports carry it per channel).

Importing can never create consent: a file is no evidence that the person agreed, so a
"granted" is left out with a note in the report. An opt-out is the person's "no", and losing
it would make them mailable again, so it is recorded for that channel with the file as its
evidence, on the contact the entry became or matched (created, updated or a skipped
duplicate alike).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from contactweb.formats.interchange import ContactRecord, ImportProblem
from contactweb.formats.interchange.consent_marks import CHANNELS, GRANTED, OPTED_OUT
from contactweb.i18n import _
from contactweb.services.consent import consent
from contactweb.vault.workspace import Workspace


class ConsentFromFile:
    """Collects the opt-outs of the entries while the import runs, and records them once the
    new contacts are written (their rows must exist first)."""

    def __init__(self, file_name: str) -> None:
        self.evidence = f"imported from {file_name or 'a contact file'}"
        self._pending: list[tuple[str, int, str]] = []  # entry source, contact id, channel

    def note(self, record: ContactRecord, contact_id: int,
             problems: list[ImportProblem]) -> None:
        if not record.consent:  # most files say nothing about consent
            return
        granted = [ch for ch in CHANNELS if record.consent.get(ch) == GRANTED]
        if granted:
            problems.append(ImportProblem(record.source, _(
                "the file says consent was granted for {channels}; importing never records "
                "consent, so none was recorded (record it with its evidence)").format(
                    channels=", ".join(granted))))
        self._pending += [(record.source, contact_id, ch) for ch in CHANNELS
                          if record.consent.get(ch) == OPTED_OUT]

    def record(self, session: Session, ws: Workspace) -> list[tuple[str, int, str]]:
        """Record each opt-out not already the contact's current status; returns them as
        (entry source, contact id, channel)."""
        recorded: list[tuple[str, int, str]] = []
        for source, contact_id, channel in self._pending:
            if consent.current_status(session, contact_id, channel) == OPTED_OUT:
                continue  # already so (an earlier entry, or the vault knew): no second event
            consent.apply_event(session, ws, contact_id, channel, OPTED_OUT, method="import",
                                source=source[:200], evidence=self.evidence)
            recorded.append((source, contact_id, channel))
        self._pending = []
        return recorded
