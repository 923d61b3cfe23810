"""A property over random histories: no message ever reaches a mailbox whose newest statement is
an opt-out.

Contacts share, change and re-use a few mailboxes, written in any case and with ``+tag``
sub-addresses; people opt out and in (staff, managers and admins, with and without a reason),
contacts are merged, erased and imported again, and the vault is restored from a backup taken
earlier. The model keeps only what people said: the newest explicit statement per mailbox
(lower case, sub-address removed). After every step, the recipient list and the send-time
re-check leave out every mailbox the model says opted out, a one-to-one email to it needs a
confirmation, and a real SMTP server on 127.0.0.1 never receives a message for it.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from contactweb.errors import ContactWebError
from contactweb.services.accounts import session, users
from contactweb.services.backup import backup
from contactweb.services.backup.backup_restore import restore_backup
from contactweb.services.consent import consent
from contactweb.services.consent.mailbox_statements import normalised_email
from contactweb.services.contacts import contact_queries, contacts, duplicates
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.eligibility.eligibility import (
    ALL_CONTACTS,
    EligibilityChecker,
    Recipient,
    eligible_recipients,
)
from contactweb.services.importing import importer
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.one_to_one import OptedOutOfEmail, send_one_to_one
from contactweb.services.privacy.erasure import erase_contact
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.mailing_server import RecordingHandler, configure, smtp_server

BASES = ["ann@example.org", "bo@example.org", "cy@example.org"]
MAILBOX = st.tuples(st.sampled_from(BASES), st.sampled_from(["", "+news", "+shop"]),
                    st.booleans()).map(
    lambda parts: (parts[0].replace("@", parts[1] + "@")).upper() if parts[2]
    else parts[0].replace("@", parts[1] + "@"))
PICK = st.integers(min_value=0, max_value=10_000)
ROLE = st.sampled_from(["staff", "manager", "admin"])


def _machine(handler: RecordingHandler, port: int, root: Path) -> type[RuleBasedStateMachine]:
    class MailboxMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.counter = itertools.count()  # per history, so that a replay names alike
            self.folder = Path(tempfile.mkdtemp(dir=root))
            self.vault = self.folder / "vault"
            admin = session.create_vault(self.vault, "admin", PASSWORD)
            for role in ("staff", "manager"):
                users.add_user(admin, role, role, ROLE_PASSWORDS[role], must_change=False)
            (self.folder / "backups").mkdir()
            backup.configure_folder(admin, self.folder / "backups")
            configure(admin, port)
            admin.lock()
            self.sign_in_everyone()
            self.newest: dict[str, str] = {}  # mailbox -> "opted_out" | "granted"
            self.snapshot: dict[str, str] | None = None  # the model when the backup was taken

        def sign_in_everyone(self) -> None:
            self.ws = {role: session.sign_in(self.vault, role, ROLE_PASSWORDS.get(role, PASSWORD))
                       for role in ("admin", "staff", "manager")}

        def teardown(self) -> None:
            for ws in self.ws.values():
                ws.lock()

        @property
        def admin(self) -> Workspace:
            return self.ws["admin"]

        def _ids(self) -> list[int]:
            return [row.id for row in contact_queries.list_contacts(self.admin, limit=1000)]

        def _pick(self, n: int) -> int | None:
            ids = self._ids()
            return ids[n % len(ids)] if ids else None

        def _mailboxes(self, contact_id: int) -> list[str]:
            details = contacts.get_contact(self.admin, contact_id, audit_view=False)
            return [normalised_email(e.address) for e in details.emails]

        def _state(self, contact_id: int, status: str) -> None:
            for mailbox in self._mailboxes(contact_id):
                self.newest[mailbox] = status

        def _opted_out(self, address: str) -> bool:
            return self.newest.get(normalised_email(address)) == "opted_out"

        @initialize()
        def seed(self) -> None:
            for base in BASES:
                self.create(base, True)

        @rule(email=MAILBOX, consents=st.booleans())
        def create(self, email: str, consents: bool) -> None:
            n = next(self.counter)
            cid = contacts.create_contact(self.admin, ContactInput(
                first_name=f"Nora{n}", last_name="Quill", emails=[EmailInput(email)]),
                confirm_erased=True)
            if consents:
                self.opt_in(cid, "admin", False)

        @rule(email=MAILBOX)
        def import_card(self, email: str) -> None:
            n = next(self.counter)
            card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Quill;Ida{n};;;\r\nFN:Ida{n} Quill\r\n"
                    f"EMAIL:{email}\r\nX-CONTACTWEB-CONSENT;CHANNEL=email:granted\r\n"
                    "END:VCARD\r\n")
            parsed = importer.parse_bytes(card.encode(), "card.vcf", "vcard")
            try:
                importer.import_records(self.admin, parsed, on_duplicate="create",
                                        confirm_erased=True)
            except ContactWebError:
                pass

        @rule(n=PICK, email=MAILBOX)
        def edit(self, n: int, email: str) -> None:
            cid = self._pick(n)
            if cid is None:
                return
            data = contacts.get_contact(self.admin, cid, audit_view=False).to_input()
            data.emails = [EmailInput(email)]
            contacts.update_contact(self.admin, cid, data)

        @rule(n=PICK, role=ROLE)
        def opt_out(self, n: int, role: str) -> None:
            cid = self._pick(n)
            if cid is None:
                return
            consent.opt_out(self.ws[role], cid, "email", evidence="asked to stop")
            self._state(cid, "opted_out")

        @rule(n=PICK, role=ROLE, reason=st.booleans())
        def opt_in_rule(self, n: int, role: str, reason: bool) -> None:
            cid = self._pick(n)
            if cid is not None:
                self.opt_in(cid, role, reason)

        def opt_in(self, cid: int, role: str, reason: bool) -> None:
            try:
                consent.opt_in(self.ws[role], cid, "email", evidence="signed again",
                               override_reason="asked us in writing to resume" if reason else "")
            except ContactWebError:
                return  # a reversal without a reason, or by staff: refused
            self._state(cid, "granted")

        @rule(a=PICK, b=PICK)
        def merge(self, a: int, b: int) -> None:
            keep, other = self._pick(a), self._pick(b)
            if keep is None or other is None:
                return
            try:
                duplicates.merge(self.admin, keep, other)
            except ContactWebError:
                pass

        @rule(n=PICK)
        def erase(self, n: int) -> None:
            cid = self._pick(n)
            if cid is not None:
                erase_contact(self.admin, cid)

        @precondition(lambda self: self.snapshot is None)
        @rule()
        def back_up(self) -> None:
            backup.backup_now(self.admin)
            self.snapshot = dict(self.newest)

        @precondition(lambda self: self.snapshot is not None)
        @rule()
        def restore_the_older_backup(self) -> None:
            """The older snapshot comes back; what people said since must still hold."""
            for role in ("staff", "manager"):
                self.ws[role].lock()
            restore_backup(self.admin, None, in_place=True)
            self.sign_in_everyone()

        @rule(n=PICK)
        def one_to_one(self, n: int) -> None:
            cid = self._pick(n)
            if cid is None or not self._mailboxes(cid):
                return
            address = contacts.get_contact(self.admin, cid, audit_view=False).emails[0].address
            before = len(handler.received)
            try:
                send_one_to_one(self.admin, cid, "A note", "Personal correspondence.")
            except OptedOutOfEmail:
                return
            assert not self._opted_out(address), address
            assert len(handler.received) == before + 1

        @rule()
        def mailing(self) -> None:
            before = len(handler.received)
            try:
                outbox.queue_mailing(self.admin, Draft("News", "Hello"), ALL_CONTACTS)
            except ContactWebError:
                return  # no one eligible
            sender.deliver_outbox(self.admin)
            for item in handler.received[before:]:
                for address in item.rcpt_tos:
                    assert not self._opted_out(address), address

        @invariant()
        def no_opted_out_mailbox_is_a_recipient(self) -> None:
            result = eligible_recipients(self.admin, "email")
            checker = EligibilityChecker(self.admin, "email")
            with self.admin.session(readonly=True) as db:
                for recipient in result.included:
                    assert not self._opted_out(recipient.address), recipient.address
                    assert isinstance(checker.check(db, recipient.contact_id), Recipient)

    return MailboxMachine


def _run(tmp_path: Path, examples: int, steps: int) -> None:
    with smtp_server() as (handler, port):
        machine = _machine(handler, port, tmp_path)
        machine.TestCase.settings = settings(
            max_examples=examples, stateful_step_count=steps, deadline=None,
            suppress_health_check=list(HealthCheck))
        machine.TestCase().runTest()


@pytest.mark.timeout(1200)
def test_no_message_reaches_a_mailbox_whose_newest_statement_is_an_opt_out(
        tmp_path: Path) -> None:
    _run(tmp_path, examples=200, steps=10)


@pytest.mark.slow
@pytest.mark.timeout(7200)
@pytest.mark.skipif(not os.environ.get("CONTACTWEB_LONG_RUNS"),
                    reason="thousands of histories: make test-long")
def test_the_same_over_thousands_of_histories(tmp_path: Path) -> None:
    _run(tmp_path, examples=2000, steps=20)
