"""Creating contacts: one contact (``contacts.create_in_session``, the dialog and the command
line) or many in one unit of work, by one path.

Each contact is validated by the rules every contact is held to
(``import_validation.validated_contact``), checked against the erasure records, written by
the one row builder (``import_batch.NewContactBatch``: a batch of one at once, more a
thousand at a time with the search index brought up to date once for the whole batch), and
gets its own ``contact.create`` audit event. tests/unit/test_contacts_bulk.py compares every
row with what one-at-a-time creation writes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.models.consent import CHANNELS
from contactweb.services import audit, settings
from contactweb.services.consent import consent
from contactweb.services.contacts.contacts import ContactInput, owner_id_for
from contactweb.services.importing.import_batch import ErasureIndex, NewContactBatch
from contactweb.services.importing.import_validation import validated_contact
from contactweb.services.privacy.erasure_match import ErasedContactMatch
from contactweb.services.validation import FieldError
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

_PROGRESS_EVERY = 1000


class BulkCreateCancelled(BadInput):
    """Cancelled before the end: nothing was created."""


def create_many(ws: Workspace, inputs: Sequence[ContactInput], confirm_erased: bool = False,
                progress: Callable[[int, int], None] | None = None,
                cancel: threading.Event | None = None) -> list[int]:
    """Create every contact or none: the first one that fails validation, or matches an
    erased person without ``confirm_erased``, stops the whole batch with a message naming
    its position. Returns the new ids in input order."""
    ws.require(Action.CONTACT_EDIT)
    with ws.session() as session:
        return create_in_transaction(session, ws, inputs, confirm_erased, progress, cancel)


def create_in_transaction(session: Session, ws: Workspace, inputs: Sequence[ContactInput],
                          confirm_erased: bool = False,
                          progress: Callable[[int, int], None] | None = None,
                          cancel: threading.Event | None = None) -> list[int]:
    """``create_many`` inside the caller's transaction. A FieldError of one of several
    contacts names its position; a single contact's is its own (the dialog shows it beside
    the field)."""
    session.flush()  # the caller's own changes first: the rows below go to the connection
    region = settings.read(session, "default_region") or "US"
    single = len(inputs) == 1
    erasures = ErasureIndex(session, ws)
    batch = NewContactBatch(session, ws)
    owners: dict[str | None, int] = {}
    created: list[tuple[int, dict]] = []  # (contact id, audit details)
    returning: list[tuple[int, int]] = []  # (contact id, erasure record id)
    try:
        for position, data in enumerate(inputs):
            if cancel is not None and cancel.is_set():
                raise BulkCreateCancelled(_("Cancelled; no contact was created."))
            try:
                clean = validated_contact(data, region)
                if clean.owner_username not in owners:
                    batch.wait()  # the indexer's thread lets go of the connection first
                    owners[clean.owner_username] = owner_id_for(session, ws,
                                                                clean.owner_username)
            except FieldError as exc:
                if single:
                    raise
                raise FieldError(exc.field, _("Contact {value}: {exc}").format(
                    value=position + 1, exc=exc)) from exc
            erased = erasures.match(clean)
            if erased is not None and not confirm_erased:
                raise ErasedContactMatch(erased)
            owner_id = owners[clean.owner_username]
            contact_id = batch.insert_one(clean, owner_id) if single \
                else batch.add(clean, owner_id)
            created.append((contact_id, {"source": clean.source.split(":")[0]}))
            if erased is not None:
                returning.append((contact_id, erased))
            if progress is not None and (position % _PROGRESS_EVERY == 0
                                         or position + 1 == len(inputs)):
                progress(position + 1, len(inputs))
        batch.close(session, set())
    finally:
        batch.stop()  # never roll back under the indexer's feet
    audit.record_many(session, ws, "contact.create", "contact", created)
    # Someone who was erased and came back starts opted out of everything.
    for contact_id, erasure_id in returning:
        for channel in CHANNELS:
            consent.apply_event(session, ws, contact_id, channel, "opted_out",
                                method="previously erased", source=f"erasure {erasure_id}")
    return [contact_id for contact_id, _details in created]
