"""Shared pieces for the mailing tests: a real SMTP server (aiosmtpd on 127.0.0.1) that
records every message it accepts, can refuse chosen recipients or drop the connection, and
helpers that fill a vault with contacts and consent."""

from __future__ import annotations

import email
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import default

from aiosmtpd.controller import Controller

from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput
from contactweb.services.mailing import smtp_settings
from contactweb.services.mailing.smtp_settings import SmtpSettings
from contactweb.vault.workspace import Workspace

POSTAL_ADDRESS = "Lindenhof Tools\n12 Mill Lane\nSpringfield, IL 62701"
SENDER = "news@lindenhof.example"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    subject: str = ""  # decoded once, when the message arrives

    @property
    def message(self) -> Message:
        return email.message_from_bytes(self.data, policy=default)

    def text(self) -> str:
        part = self.message.get_body(("plain",))
        return part.get_content() if part is not None else ""


@dataclass
class RecordingHandler:
    """Accepts everything except: recipients in ``refuse`` get ``refuse_code`` at RCPT
    (``refuse_once``: only the first time each is tried); the connection is dropped without a
    reply when a MAIL FROM arrives whose ordinal (1-based, over the server's life) is in
    ``drop_at``, or after the final dot of the DATA with an ordinal in ``drop_after_data``
    (then the message is not kept)."""

    refuse: set[str] = field(default_factory=set)
    refuse_once: bool = False
    refuse_code: int = 550
    drop_at: set[int] = field(default_factory=set)
    drop_after_data: set[int] = field(default_factory=set)
    data_count: int = 0
    received: list[Received] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    mail_count: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(self, server, session, envelope, address, options):  # noqa: N802, ANN001, ANN201
        with self.lock:
            self.mail_count += 1
            drop = self.mail_count in self.drop_at
        if drop:
            server.transport.close()
            return "421 closing"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802, ANN001, ANN201
        if address.lower() in self.refuse:
            with self.lock:
                self.refused.append(address.lower())
                if self.refuse_once:
                    self.refuse.discard(address.lower())
            if self.refuse_code >= 500:
                return f"{self.refuse_code} 5.1.1 <{address}>: mailbox unavailable"
            return f"{self.refuse_code} 4.2.1 <{address}>: try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
        with self.lock:
            self.data_count += 1
            if self.data_count in self.drop_after_data:
                server.transport.close()
                return "421 closing"
            data = bytes(envelope.original_content or envelope.content)
            subject = str(BytesHeaderParser(policy=default).parsebytes(data)["Subject"] or "")
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), data,
                                          subject))
        return "250 Message accepted for delivery"

    def recipients(self) -> list[str]:
        with self.lock:
            return [r.lower() for item in self.received for r in item.rcpt_tos]


@contextmanager
def smtp_server(handler: RecordingHandler | None = None) -> Iterator[tuple[RecordingHandler, int]]:
    handler = handler or RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def configure(ws: Workspace, port: int, throttle: int = 0) -> None:
    smtp_settings.configure(
        ws, SmtpSettings(host="127.0.0.1", port=port, security="plain",
                         sender_name="Lindenhof News", sender_address=SENDER),
        postal_address=POSTAL_ADDRESS, throttle_per_minute=throttle,
        business_name="Lindenhof Tools")


@dataclass
class ContactSpec:
    first: str
    last: str
    email: str | None
    consent_email: str = "granted"  # granted, opted_out or unknown (never asked)
    consent_post: str = "unknown"
    address: AddressInput | None = None
    tags: tuple[str, ...] = ()


def add_contacts(ws: Workspace, specs: list[ContactSpec]) -> list[int]:
    """Many contacts in one transaction, through the same services a user goes through."""
    ids = []
    with ws.session() as session:
        for spec in specs:
            data = ContactInput(first_name=spec.first, last_name=spec.last, tags=list(spec.tags),
                                emails=[EmailInput(spec.email)] if spec.email else [],
                                addresses=[spec.address] if spec.address else [])
            contact_id = contacts.create_in_session(session, ws, data)
            for channel, status in (("email", spec.consent_email), ("post", spec.consent_post)):
                if status in ("granted", "opted_out"):
                    consent.apply_event(session, ws, contact_id, channel, status,
                                        method="test", evidence="signed the form at the fair")
            ids.append(contact_id)
    return ids


def add_contact(ws: Workspace, first: str, last: str, email_address: str | None,
                consent_email: str = "granted", consent_post: str = "unknown",
                address: AddressInput | None = None, tags: tuple[str, ...] = ()) -> int:
    return add_contacts(ws, [ContactSpec(first, last, email_address, consent_email,
                                         consent_post, address, tags)])[0]
