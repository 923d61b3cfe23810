"""The SMTP conversation for one message, with the final "." of DATA kept apart.

Standard library only: the delivery agent imports it. Replies are classified so the sender
knows what to do: SENT, PERMANENT (5xx), TRANSIENT (4xx, or the connection lost before the
final dot: nothing was delivered), UNCONFIRMED (the dot went out, no reply came back).
"""

from __future__ import annotations

import re
import select
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import asdict, dataclass

from contactweb.i18n import _
from contactweb.services.mailing.journal import PERMANENT, SENT, TRANSIENT, UNCONFIRMED
from contactweb.services.tls_trust import ServerTrust, client_context, explain

CRLF = b"\r\n"


class SmtpSetupError(Exception):
    """Cannot connect or sign in to the server: the message says what to check."""


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # starttls, ssl or plain
    username: str = ""
    password: str = ""
    timeout: float = 60.0
    ca_pem: str = ""  # the business's own CA, trusted besides the system's (PEM)
    pin_sha256: str = ""  # or exactly this server certificate

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Outcome:
    kind: str
    code: int = 0
    text: str = ""
    retried_after: str = ""  # a failure before the final dot that was retried at once


def connect(config: SmtpConfig) -> smtplib.SMTP:
    where = f"{config.host}:{config.port}"
    context = client_context(ServerTrust(config.ca_pem, config.pin_sha256))
    try:
        if config.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(config.host, config.port,
                                                  timeout=config.timeout, context=context)
        else:
            smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        # Without this, Nagle's algorithm holds the short final ".\r\n" back until the
        # server's delayed acknowledgement: 40 ms per message.
        smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        smtp.ehlo()
        if config.security == "starttls":
            if not smtp.has_extn("starttls"):
                smtp.close()
                raise SmtpSetupError(_("The server {where} does not offer STARTTLS. Choose SSL "
                                       "or, only on a trusted network, plain.").format(where=where))
            smtp.starttls(context=context)
            smtp.ehlo()
        if config.username:
            smtp.login(config.username, config.password)
        return smtp
    except SmtpSetupError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise SmtpSetupError(_("The server {where} refused the user name or password "
                               "({smtp_code}).").format(
            where=where, smtp_code=exc.smtp_code)) from None
    except smtplib.SMTPNotSupportedError:
        raise SmtpSetupError(_("The server {where} does not accept a sign-in on this "
                               "connection; check the security setting.").format(
            where=where)) from None
    except ssl.SSLError as exc:
        raise SmtpSetupError(explain(exc, "smtp", where)) from None
    except socket.gaierror:
        raise SmtpSetupError(_("The server name {host!r} is unknown.").format(
            host=config.host)) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise SmtpSetupError(_("Cannot reach the SMTP server {where}: "
                               "{value}.").format(where=where, value=_describe(exc))) from None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    return str(exc) or type(exc).__name__


def _text(reply: bytes | str) -> str:
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", "replace")
    return " ".join(reply.split())[:500]


def _refused(code: int, reply: bytes, stage: str) -> Outcome:
    kind = PERMANENT if 500 <= code < 600 else TRANSIENT
    return Outcome(kind, code, f"{stage}: {code} {_text(reply)}")


def dot_stuffed(data: bytes) -> bytes:
    """The DATA payload without its final dot: CRLF line ends, leading dots doubled."""
    data = re.sub(rb"\r?\n|\r(?!\n)", CRLF, data)
    data = re.sub(rb"(?m)^\.", b"..", data)
    return data if data.endswith(CRLF) else data + CRLF


def deliver(smtp: smtplib.SMTP, mail_from: str, rcpt_to: str, data: bytes,
            before_final_dot: Callable[[], None]) -> Outcome:
    """Run MAIL, RCPT and DATA for one message to one recipient.

    ``before_final_dot`` runs when everything but the final dot has been sent: nothing is
    delivered before that point, and the message may be delivered from the moment after.
    """
    try:
        options = []
        if not (mail_from.isascii() and rcpt_to.isascii()):
            if not smtp.has_extn("smtputf8"):
                return Outcome(PERMANENT, 0, _("The server cannot take non-ASCII email "
                                               "addresses (no SMTPUTF8)."))
            options.append("SMTPUTF8")
        code, reply = smtp.mail(mail_from, options)
        if code != 250:
            _reset(smtp)
            return _refused(code, reply, "sender refused")
        code, reply = smtp.rcpt(rcpt_to)
        if code not in (250, 251):
            _reset(smtp)
            return _refused(code, reply, "recipient refused")
        code, reply = smtp.docmd("DATA")
        if code != 354:
            _reset(smtp)
            return _refused(code, reply, "message refused")
        smtp.send(dot_stuffed(data))
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        _drop(smtp)
        return Outcome(TRANSIENT, 0, _("connection lost before the message was complete: "
                                       "{reason}").format(reason=_describe(exc)))
    if _closed_by_server(smtp):
        # Closed mid-DATA, before the final dot: nothing was delivered, so the message may
        # go again. Sending the dot into the closed connection would make it "unconfirmed".
        _drop(smtp)
        return Outcome(TRANSIENT, 0, _("connection lost before the message was complete: "
                                       "the server closed it during DATA"))
    before_final_dot()
    try:
        smtp.send(b"." + CRLF)
        code, reply = smtp.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        _drop(smtp)
        return Outcome(UNCONFIRMED, 0, _("the server did not confirm the message ({reason}); "
                                         "it may have been delivered").format(
            reason=_describe(exc)))
    if code == 250:
        return Outcome(SENT, code, _text(reply))
    return _refused(code, reply, "message refused")


def _closed_by_server(smtp: smtplib.SMTP) -> bool:
    """True when the server has already closed the connection (end of stream waiting). A TLS
    socket cannot be peeked at without consuming a record: it is taken as open."""
    sock = getattr(smtp, "sock", None)
    if sock is None:
        return True
    if isinstance(sock, ssl.SSLSocket):
        return False
    try:
        readable, _writable, _errors = select.select([sock], [], [], 0)
        return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


def _reset(smtp: smtplib.SMTP) -> None:
    try:
        smtp.rset()
    except (smtplib.SMTPException, OSError):
        _drop(smtp)


def _drop(smtp: smtplib.SMTP) -> None:
    try:
        smtp.close()
    except OSError:
        pass


def is_open(smtp: smtplib.SMTP | None) -> bool:
    return smtp is not None and getattr(smtp, "sock", None) is not None


def quit_quietly(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        _drop(smtp)
