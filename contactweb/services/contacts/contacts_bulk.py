"""Creating many contacts in one unit of work: the same checks and rows as
``contacts.create_in_session`` for each, written a thousand at a time.

Each contact is validated by the same rules (``import_validation.validated_import`` is held
to ``contacts._validated`` by tests/unit/test_import_validation.py), checked against the
erasure records, and gets its own ``contact.create`` audit event; the search index is
brought up to date once for the whole batch. tests/unit/test_contacts_bulk.py compares
every row with what one-at-a-time creation writes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.models.consent import CHANNELS
from contactweb.services import audit, settings
from contactweb.services.consent import consent
from contactweb.services.contacts.contacts import ContactInput, owner_id_for
from contactweb.services.importing.import_batch import ErasureIndex, NewContactBatch
from contactweb.services.importing.import_validation import validated_import
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
        return _create_all(session, ws, inputs, confirm_erased, progress, cancel)


def _create_all(session: Session, ws: Workspace, inputs: Sequence[ContactInput],
                confirm_erased: bool, progress: Callable[[int, int], None] | None,
                cancel: threading.Event | None) -> list[int]:
    region = settings.read(session, "default_region") or "US"
    erasures = ErasureIndex(session, ws)
    batch = NewContactBatch(session, ws)
    owners: dict[str | None, int] = {}
    created: list[tuple[int, dict]] = []  # (contact id, audit details)
    returning: list[tuple[int, int]] = []  # (contact id, erasure record id)
    for position, data in enumerate(inputs):
        if cancel is not None and cancel.is_set():
            raise BulkCreateCancelled("Cancelled; no contact was created.")
        try:
            clean = validated_import(data, region)
            if clean.owner_username not in owners:
                owners[clean.owner_username] = owner_id_for(session, ws, clean.owner_username)
        except FieldError as exc:
            raise FieldError(exc.field, f"Contact {position + 1}: {exc}") from exc
        erased = erasures.match(clean)
        if erased is not None and not confirm_erased:
            raise ErasedContactMatch(erased)
        contact_id = batch.add(clean, owners[clean.owner_username])
        created.append((contact_id, {"source": clean.source.split(":")[0]}))
        if erased is not None:
            returning.append((contact_id, erased))
        if progress is not None and (position % _PROGRESS_EVERY == 0
                                     or position + 1 == len(inputs)):
            progress(position + 1, len(inputs))
    batch.close(session, set())
    audit.record_many(session, ws, "contact.create", "contact", created)
    # Someone who was erased and came back starts opted out of everything.
    for contact_id, erasure_id in returning:
        for channel in CHANNELS:
            consent.apply_event(session, ws, contact_id, channel, "opted_out",
                                method="previously erased", source=f"erasure {erasure_id}")
    return [contact_id for contact_id, _details in created]
