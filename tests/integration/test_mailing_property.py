"""A property over random sequences of import, create, edit, merge, opt-out, opt-in with
evidence, reversal with reason, mailings and labels: no message ever reaches an address whose
contact is opted out at send time, and labels never name a contact opted out of post."""

from __future__ import annotations

import io
import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from pypdf import PdfReader
from sqlalchemy import select

from contactweb.errors import ContactWebError
from contactweb.models import ConsentState, Contact, ContactAddress, ContactEmail
from contactweb.services.accounts import session
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts, duplicates
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.importing import importer
from contactweb.services.mailing import outbox, post, sender
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.postal_address import usable
from tests.conftest import PASSWORD
from tests.support.mailing_server import RecordingHandler, configure, smtp_server

EMAILS = [f"shared{i}@example.org" for i in range(4)]  # few, so contacts share them
STREET = AddressInput("3 Elm Row", "Springfield", "IL", "62701", "US")
CHANNEL = st.sampled_from(["email", "post", "all"])
PICK = st.integers(min_value=0, max_value=10_000)


def _opted_out_addresses(ws) -> set[str]:  # noqa: ANN001
    with ws.session(readonly=True) as s:
        return {a.lower() for a in s.execute(
            select(ContactEmail.address)
            .join(ConsentState, ConsentState.contact_id == ContactEmail.contact_id)
            .where(ConsentState.channel == "email", ConsentState.status == "opted_out")
        ).scalars()}


def _post_names(ws) -> tuple[set[str], set[str]]:  # noqa: ANN001
    """(names that may get post, names opted out of post) as labels print them."""
    allowed, refused = set(), set()
    with ws.session(readonly=True) as s:
        for c in s.execute(select(Contact)).scalars():
            state = s.get(ConsentState, (c.id, "post"))
            status = state.status if state else "unknown"
            name = f"{c.first_name} {c.last_name}"
            addresses = s.execute(select(ContactAddress).where(
                ContactAddress.contact_id == c.id)).scalars()
            if status == "opted_out":
                refused.add(name)
            elif status == "granted" and c.status == "active" and any(
                    usable(a.street, a.city, a.postcode) for a in addresses):
                allowed.add(name)
    return allowed, refused


def _machine(handler: RecordingHandler, port: int, root: Path) -> type[RuleBasedStateMachine]:
    counter = itertools.count()

    class MailingMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.ws = session.create_vault(Path(tempfile.mkdtemp(dir=root)) / "v", "admin",
                                           PASSWORD)
            configure(self.ws, port)
            self.ids: list[int] = []
            self.queued = False
            self.checked_labels = 0

        def teardown(self) -> None:
            self.ws.lock()

        def _pick(self, n: int) -> int:
            return self.ids[n % len(self.ids)]

        def _new_name(self) -> tuple[str, str]:
            n = next(counter)
            return f"Nora{n}", f"Quill{n}"

        @rule(email=st.sampled_from(EMAILS + [None]), with_address=st.booleans(),
              email_consent=st.booleans(), post_consent=st.booleans())
        def create(self, email, with_address, email_consent, post_consent) -> None:  # noqa: ANN001
            first, last = self._new_name()
            cid = contacts.create_contact(self.ws, ContactInput(
                first_name=first, last_name=last, emails=[EmailInput(email)] if email else [],
                addresses=[STREET] if with_address else []))
            self.ids.append(cid)
            for channel, wanted in (("email", email_consent), ("post", post_consent)):
                if wanted:
                    try:
                        consent.opt_in(self.ws, cid, channel, evidence="ticked the box")
                    except ContactWebError:
                        pass  # the shared mailbox opted out: granting it needs a reason

        @rule(email=st.sampled_from(EMAILS))
        def import_vcard(self, email) -> None:  # noqa: ANN001
            first, last = self._new_name()
            card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{first} {last}\r\n"
                    f"EMAIL:{email}\r\nADR:;;3 Elm Row;Springfield;IL;62701;US\r\nEND:VCARD\r\n")
            parsed = importer.parse_bytes(card.encode(), "card.vcf", "vcard")
            report = importer.import_records(self.ws, parsed, on_duplicate="create")
            self.ids += report.created

        @precondition(lambda self: self.ids)
        @rule(n=PICK, email=st.sampled_from(EMAILS + [None]), close=st.booleans())
        def edit(self, n, email, close) -> None:  # noqa: ANN001
            try:
                cid = self._pick(n)
                data = contacts.get_contact(self.ws, cid, audit_view=False).to_input()
                data.emails = [EmailInput(email)] if email else []
                contacts.update_contact(self.ws, cid, data)
                if close:
                    contacts.set_status(self.ws, cid, "closed")
            except ContactWebError:
                pass  # merged away, already closed, or left without a name

        @precondition(lambda self: self.ids)
        @rule(n=PICK, channel=CHANNEL)
        def opt_out(self, n, channel) -> None:  # noqa: ANN001
            try:
                consent.opt_out(self.ws, self._pick(n), channel, evidence="asked to stop")
            except ContactWebError:
                pass

        @precondition(lambda self: self.ids)
        @rule(n=PICK, channel=CHANNEL, reason=st.booleans())
        def opt_in(self, n, channel, reason) -> None:  # noqa: ANN001
            """Without a reason this must not reverse an opt-out; with one it does."""
            try:
                consent.opt_in(self.ws, self._pick(n), channel, evidence="signed again",
                               override_reason="asked us in writing to resume" if reason else "")
            except ContactWebError:
                pass

        @precondition(lambda self: len(self.ids) >= 2)
        @rule(a=PICK, b=PICK)
        def merge(self, a, b) -> None:  # noqa: ANN001
            keep, other = self._pick(a), self._pick(b)
            try:
                duplicates.merge(self.ws, keep, other)
                self.ids.remove(other)
            except ContactWebError:
                pass

        @initialize()
        def seed(self) -> None:
            """Three contacts who may get everything, so mailings usually have recipients."""
            for email in EMAILS[:3]:
                self.create(email, True, True, True)

        @rule(send_now=st.booleans())
        def mailing(self, send_now) -> None:  # noqa: ANN001
            """Queue a mailing; send it now, or let later steps change things first."""
            try:
                number = next(counter)
                outbox.queue_mailing(self.ws, Draft(f"Mailing {number} for {{first_name}}",
                                                    "News"), Selection())
                self.queued = True
            except ContactWebError:
                return  # no one eligible
            if send_now:
                self.send()

        @precondition(lambda self: self.queued)
        @rule()
        def send(self) -> None:
            before = len(handler.received)
            sender.deliver_outbox(self.ws)
            self.queued = False
            arrived = [(str(item.message["Subject"]).split(" for ")[0], r.lower())
                       for item in handler.received[before:] for r in item.rcpt_tos]
            assert not {address for _, address in arrived} & _opted_out_addresses(self.ws)
            assert len(arrived) == len(set(arrived))  # one message per address per mailing

        @precondition(lambda self: self.checked_labels < 2)
        @rule()
        def labels(self) -> None:
            try:
                result = post.make_labels(self.ws, None, "L7160")
            except ContactWebError:
                return
            self.checked_labels += 1
            text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(result.pdf)).pages)
            printed = {line.strip() for line in text.splitlines() if line.startswith("Nora")}
            allowed, refused = _post_names(self.ws)
            assert printed == allowed
            assert not printed & refused

        @invariant()
        def an_opt_out_is_never_silently_reversed(self) -> None:
            with self.ws.session(readonly=True) as s:
                for state in s.execute(select(ConsentState).where(
                        ConsentState.status == "granted")).scalars():
                    history = consent.history_in(s, state.contact_id)
                    events = [e for e in history if e.channel == state.channel]
                    if len(events) > 1 and events[1].status == "opted_out":
                        assert events[0].override_reason or events[0].method == "merge"

    return MailingMachine


@pytest.mark.slow
def test_no_message_or_label_reaches_an_opted_out_contact(tmp_path: Path) -> None:
    with smtp_server() as (handler, port):
        machine = _machine(handler, port, tmp_path)
        machine.TestCase.settings = settings(
            max_examples=10, stateful_step_count=15, deadline=None,
            suppress_health_check=list(HealthCheck))
        machine.TestCase().runTest()
