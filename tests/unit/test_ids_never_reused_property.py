"""Over any history of creating, importing, erasing, purging, merging and unmerging contacts
and logging and deleting communications, no contact id and no communication id is handed out
twice (an unmerge brings a contact back under its own id: that is not a new one). Both
backends, a new vault for every history."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import URL

from contactweb.errors import NotFound
from contactweb.formats.interchange import ContactRecord, LabelledValue, ParseResult
from contactweb.services.accounts import session
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts, duplicates
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.importing import importer
from contactweb.services.privacy import erase_contact, run_retention
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

OPERATIONS = ("create", "import", "erase", "purge", "merge", "unmerge", "log", "delete")
STEP = st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 99), st.integers(0, 99))
LATER = datetime.datetime(2099, 1, 1)
CALL = CommunicationInput(kind="call", subject="Call", body="Spoke.")
_vaults = itertools.count()


class History:
    """The vault's live contacts and communications, and every id ever handed out."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.names = itertools.count()
        self.live: list[int] = []
        self.merges: list[tuple[int, int, int]] = []  # merge id, kept, merged away
        self.calls: list[int] = []  # may have gone with their contact since
        self.contact_ids: set[int] = set()
        self.call_ids: set[int] = set()

    def issued(self, ids: list[int]) -> None:
        assert not set(ids) & self.contact_ids, f"contact ids {ids} were handed out before"
        assert len(set(ids)) == len(ids)
        self.contact_ids.update(ids)
        self.live += ids

    def person(self) -> ContactInput:
        n = next(self.names)
        return ContactInput(first_name=f"Person{n}", last_name=f"Family{n}")

    def run(self, operation: str, a: int, b: int) -> None:
        ws, live = self.ws, self.live
        pick = live[a % len(live)] if live else None
        if operation == "create":
            self.issued([contacts.create_contact(ws, self.person())])
        elif operation == "import":
            records = [ContactRecord(first_name=f"Imported{next(self.names)}", last_name="Bulk",
                                     emails=[LabelledValue("work", f"i{a}x{i}@example.com")],
                                     source=f"csv:x.csv:row {i + 2}")
                       for i in range(1 + b % 3)]
            report = importer.import_records(ws, ParseResult(records, [], "csv"))
            self.issued(report.created)
        elif operation == "erase" and pick is not None:
            erase_contact(ws, pick)
            self.live.remove(pick)
        elif operation == "purge" and pick is not None:
            contacts.close_contact(ws, pick)
            assert run_retention(ws, now=LATER).contacts_purged == [pick]
            self.live.remove(pick)
        elif operation == "merge" and len(live) > 1:
            other = live[b % len(live)]
            if other == pick:
                return
            self.merges.append((duplicates.merge(ws, pick, other), pick, other))
            self.live.remove(other)
        elif operation == "unmerge" and self.merges:
            merge_id, kept, other = self.merges.pop()
            try:
                duplicates.unmerge(ws, merge_id)
            except NotFound:  # the kept contact was erased or purged, its merges with it
                assert kept not in live
                return
            self.live.append(other)  # under its own id again
        elif operation == "log" and pick is not None:
            call = communications.log_communication(ws, pick, CALL)
            assert call not in self.call_ids, f"communication id {call} was handed out before"
            self.call_ids.add(call)
            self.calls.append(call)
        elif operation == "delete" and self.calls:
            try:
                communications.delete_communication(ws, self.calls.pop(a % len(self.calls)))
            except NotFound:  # erased or purged with its contact
                pass


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(STEP, min_size=1, max_size=12))
# Always tried: the newest contact erased before an import (whose ids the import chooses
# itself), merged away, purged; the newest communication deleted.
@example(steps=[("create", 0, 0), ("create", 0, 0), ("erase", 1, 0), ("import", 0, 1)])
@example(steps=[("create", 0, 0), ("create", 0, 0), ("merge", 0, 1), ("create", 0, 0),
                ("unmerge", 0, 0)])
@example(steps=[("import", 0, 0), ("purge", 0, 0), ("log", 0, 0), ("create", 0, 0),
                ("log", 0, 0), ("delete", 1, 0), ("log", 0, 0)])
def test_no_id_is_ever_handed_out_twice(tmp_path: Path,
                                        new_vault_server: Callable[[], URL | None],
                                        steps: list[tuple[str, int, int]]) -> None:
    ws = session.create_vault(tmp_path / f"vault{next(_vaults)}", "admin", PASSWORD,
                              server=new_vault_server())
    try:
        history = History(ws)
        for operation, a, b in steps:
            history.run(operation, a, b)
        # And the next one after the whole history is new as well.
        history.issued([contacts.create_contact(ws, history.person())])
    finally:
        ws.lock()
