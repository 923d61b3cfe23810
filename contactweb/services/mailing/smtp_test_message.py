"""'Send a test to myself': one real message through the SMTP settings as typed (saved or
not), so an administrator sees that the server, the sign-in, the certificate and the sender
address work before any mailing goes out. It goes to one address the administrator gives,
never to a contact, and is audited without its address."""

from __future__ import annotations

from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from contactweb.errors import BadInput, Refused
from contactweb.i18n import N_, _
from contactweb.models import utcnow
from contactweb.services import audit, server_trust
from contactweb.services.mailing import smtp_settings
from contactweb.services.mailing.journal import SENT
from contactweb.services.mailing.smtp_settings import SmtpSettings
from contactweb.services.mailing.smtp_transport import (
    SmtpConfig,
    SmtpSetupError,
    connect,
    deliver,
    quit_quietly,
)
from contactweb.services.validation import FieldError, normalise_email
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

TEST_TIMEOUT_SECONDS = 20.0  # a person is waiting for the answer
TEST_SUBJECT = N_("ContactWeb test message")  # sent as _(TEST_SUBJECT)


def build_test_message(smtp: SmtpSettings, to: str) -> bytes:
    message = EmailMessage()
    message["From"] = formataddr((smtp.sender_name, smtp.sender_address))
    message["To"] = to
    message["Subject"] = _(TEST_SUBJECT)
    message["Date"] = format_datetime(utcnow().replace(tzinfo=UTC))
    message["Message-ID"] = make_msgid(domain=smtp.sender_address.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(_(
        "This is a test message from ContactWeb's Mailing settings.\n\n"
        "It went out through {host}:{port} ({security}) as {sender}. If you can read it, "
        "mailings can be sent with these settings.\n").format(
        host=smtp.host, port=smtp.port, security=smtp.security, sender=smtp.sender_address))
    return bytes(message)


def send_test_message(ws: Workspace, smtp: SmtpSettings, to: str,
                      password: str | None = None) -> str:
    """Send one test message with these settings; returns what happened, in words.
    ``password`` empty or None: the stored one."""
    ws.require(Action.MAILING_CONFIGURE)
    clean = smtp_settings.checked_settings(smtp)
    try:
        recipient = normalise_email(to, "to")
    except FieldError as exc:
        raise BadInput(str(exc)) from None
    trust = server_trust.load(ws, "smtp")
    config = SmtpConfig(clean.host, clean.port, clean.security, clean.username,
                        password or smtp_settings.smtp_password(ws) or "",
                        TEST_TIMEOUT_SECONDS, trust.ca_pem, trust.pin_sha256)
    try:
        connection = connect(config)
    except SmtpSetupError as exc:
        raise Refused(_("The test message was not sent. {exc}").format(exc=exc)) from None
    try:
        outcome = deliver(connection, clean.sender_address, recipient,
                          build_test_message(clean, recipient), lambda: None)
    finally:
        quit_quietly(connection)
    audit.record_now(ws, "mailing.test", "setting", smtp_settings.SETTINGS_KEY,
                     {"host": clean.host, "outcome": outcome.kind})
    if outcome.kind != SENT:
        raise Refused(_("The server did not take the test message: {text}").format(
            text=outcome.text))
    return _("Sent a test message to {recipient} through {host}:{port}. Check that it "
             "arrived.").format(recipient=recipient, host=clean.host, port=clean.port)
