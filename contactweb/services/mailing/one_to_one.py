"""One email to one contact, written by hand from the contact's page.

This is correspondence, not a mailing: it needs no express consent, but it warns when the
contact opted out of email (``OptedOutOfEmail``, which the UI turns into a confirmation) and
goes only when the user confirms with ``override``. It is sent at once and logged on the
contact's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from contactweb.errors import BadInput, Refused
from contactweb.i18n import _
from contactweb.services import audit
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.consent import consent
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.eligibility.eligibility_suppression import mailbox_opted_out
from contactweb.services.mailing import message
from contactweb.services.mailing.journal import SENT
from contactweb.services.mailing.outbox import ready_setup, sender_identity
from contactweb.services.mailing.smtp_settings import smtp_config
from contactweb.services.mailing.smtp_transport import (
    SmtpSetupError,
    connect,
    deliver,
    quit_quietly,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


class OptedOutOfEmail(Refused):
    """The contact opted out of email; send only when the user confirms (``override``)."""

    def __init__(self, contact_id: int, name: str) -> None:
        super().__init__(_("{name} (or this email address) opted out of email. Send this "
                           "message anyway only if it is personal correspondence they expect "
                           "(confirm to override).").format(name=name))
        self.contact_id = contact_id
        self.name = name


@dataclass(frozen=True)
class DirectEmailResult:
    communication_id: int
    to_address: str
    message_id: str
    overridden_opt_out: bool


def send_one_to_one(ws: Workspace, contact_id: int, subject: str, body: str,
                    override: bool = False, to_address: str | None = None) -> DirectEmailResult:
    ws.require(Action.COMMUNICATION_LOG)
    if not subject.strip():
        raise BadInput(_("The email needs a subject."))
    if not body.strip():
        raise BadInput(_("The email is empty."))
    setup = ready_setup(ws)
    identity = sender_identity(setup)
    with ws.session(readonly=True) as session:
        contact = load_visible_contact(session, ws, contact_id)
        addresses = [e.address for e in contact.emails]
        name = contact.display_name
        address = to_address or (addresses[0] if addresses else "")
        if not address:
            raise BadInput(_("{name} has no email address.").format(name=name))
        if address not in addresses:
            raise BadInput(_("{address} is not one of {name}'s email addresses.").format(
                address=address, name=name))
        # The opt-out of whoever holds this mailbox counts, not only this record's.
        opted_out = (consent.current_status(session, contact_id, "email") == "opted_out"
                     or mailbox_opted_out(session, ws, "email", [address]))
    if opted_out and not override:
        raise OptedOutOfEmail(contact_id, name)
    signature = "\n".join(["", "-- ", identity.name, identity.business_name,
                           *identity.postal_lines])
    rendered = message.RenderedMessage(name, address, " ".join(subject.split()),
                                       body.rstrip() + "\n" + signature + "\n", "")
    message_id = message.new_message_id(identity.address)
    data = message.to_bytes(rendered, identity, message_id)
    config = smtp_config(ws, setup, timeout=30)
    try:
        smtp = connect(config)
    except SmtpSetupError as exc:
        raise Refused(str(exc)) from None
    try:
        outcome = deliver(smtp, identity.address, address, data, lambda: None)
    finally:
        quit_quietly(smtp)
    if outcome.kind != SENT:
        raise Refused(_("The email was not sent: {text}").format(text=outcome.text))
    with ws.session() as session:
        entry_id = communications.log_in_session(session, ws, contact_id, CommunicationInput(
            kind="email", direction="out", subject=rendered.subject, body=body))
        audit.record(session, ws, "email.one_to_one", "contact", contact_id,
                     {"communication": entry_id, "override_opt_out": opted_out})
    return DirectEmailResult(entry_id, address, message_id, opted_out)
