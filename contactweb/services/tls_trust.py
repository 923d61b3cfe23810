"""TLS contexts that trust the business's own certificate authority, or one pinned server
certificate, besides the system's authorities; and error messages that name the fix.

Standard library only: the delivery agent imports it through ``smtp_transport``.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from typing import Any

from contactweb.i18n import N_, _

# What a person runs (or opens) to trust a server of each kind; the place in the window in
# the active language when said: _(gui).
FIXES = {
    "smtp": ("contactweb mailing config --trust-ca FILE",
             "contactweb mailing config --pin-certificate",
             N_("Mailing settings → Server certificate")),
    "imap": ("contactweb mailing process-replies --imap ... --imap-trust-ca FILE",
             "contactweb mailing process-replies --imap ... --imap-pin-certificate",
             N_("Process replies from IMAP → Server certificate")),
    "s3": ("contactweb backup config ... --trust-ca FILE",
           "contactweb backup config ... --pin-certificate",
           N_("Administration → Backups → Server certificate")),
}
# OpenSSL verify codes that mean "signed by nobody this computer trusts".
_UNKNOWN_AUTHORITY = {2, 18, 19, 20, 21, 27}
_EXPIRED, _NOT_YET_VALID, _WRONG_NAME = 10, 9, 62


@dataclass(frozen=True)
class ServerTrust:
    """What to trust besides the system's authorities; empty means the system's alone."""

    ca_pem: str = ""  # one or more CA certificates (PEM)
    pin_sha256: str = ""  # the server certificate's SHA-256, lower-case hex

    @property
    def is_default(self) -> bool:
        return not (self.ca_pem or self.pin_sha256)

    def describe(self) -> str:
        """What is trusted, in the reader's language (shown, never stored)."""
        if self.pin_sha256:
            return _("only the pinned certificate {fingerprint}").format(
                fingerprint=colon_hex(self.pin_sha256))
        if self.ca_pem:
            return _("the system's authorities and the business's own CA")
        return _("the system's authorities")


class PinMismatch(ssl.SSLError):
    """The server presented another certificate than the pinned one."""

    def __init__(self, expected: str, got: str) -> None:
        super().__init__(_("the server's certificate ({got}) is not the pinned one "
                           "({expected})").format(got=colon_hex(got),
                                                  expected=colon_hex(expected)))
        self.expected, self.got = expected, got


class _PinnedContext(ssl.SSLContext):
    """No chain or name check: the pinned fingerprint is the whole trust decision, made right
    after the handshake, before a password or a message is sent."""

    pin_sha256 = ""

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:  # type: ignore[override]
        sock = super().wrap_socket(*args, **kwargs)
        got = fingerprint(sock.getpeercert(binary_form=True) or b"")
        if got != self.pin_sha256:
            sock.close()
            raise PinMismatch(self.pin_sha256, got)
        return sock


def client_context(trust: ServerTrust | None = None) -> ssl.SSLContext:
    trust = trust or ServerTrust()
    if trust.pin_sha256:
        context = _PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.pin_sha256 = trust.pin_sha256
        return context
    context = ssl.create_default_context()
    if trust.ca_pem:
        context.load_verify_locations(cadata=trust.ca_pem)
    return context


def unverified_context() -> ssl.SSLContext:
    """Only to read a certificate and show its fingerprint; nothing is sent over it."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def colon_hex(hex_digest: str) -> str:
    return ":".join(hex_digest[i:i + 2] for i in range(0, len(hex_digest), 2)).upper()


def normalise_fingerprint(text: str) -> str | None:
    """'AB:CD:…', 'ab cd …' or 'abcd…' as 64 lower-case hex digits; None when it is not one."""
    digits = "".join(ch for ch in text.strip().lower() if ch not in ": ")
    if digits.startswith("sha256"):
        digits = digits[6:].lstrip("=")
    if len(digits) != 64 or any(ch not in "0123456789abcdef" for ch in digits):
        return None
    return digits


def explain(exc: ssl.SSLError, service: str, where: str) -> str:
    """What went wrong with the secure connection, and what to do about it."""
    ca_fix, pin_fix, gui = FIXES[service]
    if isinstance(exc, PinMismatch):
        return _("The server {where} presented another certificate than the one pinned: "
                 "{reason}. If the server's certificate was renewed, check the new one and pin "
                 "it again with: {pin_fix} (or {gui}).").format(
            where=where, reason=exc.args[0], pin_fix=pin_fix, gui=_(gui))
    code = getattr(exc, "verify_code", None)
    if isinstance(exc, ssl.SSLCertVerificationError) and code in _UNKNOWN_AUTHORITY:
        return _("The server {where}'s certificate is not signed by an authority this computer "
                 "knows. If it is your business's own, trust its CA with: {ca_fix}, or pin the "
                 "server's certificate after checking its fingerprint with: {pin_fix} (or "
                 "{gui}).").format(where=where, ca_fix=ca_fix, pin_fix=pin_fix, gui=_(gui))
    if isinstance(exc, ssl.SSLCertVerificationError) and code == _WRONG_NAME:
        return _("The server {where}'s certificate is for another name: {reason}. Use the "
                 "server name the certificate names, or pin this certificate with: {pin_fix} "
                 "(or {gui}).").format(where=where, reason=exc.verify_message,
                                       pin_fix=pin_fix, gui=_(gui))
    if isinstance(exc, ssl.SSLCertVerificationError) and code in (_EXPIRED, _NOT_YET_VALID):
        # OpenSSL's own words ("certificate has expired"), which it does not translate.
        return _("The server {where}'s certificate is {reason}; ask whoever runs the server "
                 "to renew it.").format(where=where, reason=exc.verify_message)
    reason = getattr(exc, "verify_message", None) or exc.reason or str(exc)
    return _("Secure connection to {where} failed: {reason}.").format(where=where,
                                                                       reason=reason)


def explain_text(message: str, service: str) -> str | None:
    """For libraries that hand over only text (botocore): the same advice as ``explain`` when
    the text is OpenSSL's unknown-authority refusal; None otherwise."""
    if "CERTIFICATE_VERIFY_FAILED" not in message:
        return None
    ca_fix, pin_fix, gui = FIXES[service]
    if not any(s in message for s in ("unable to get local issuer", "self-signed",
                                      "self signed")):
        return None
    return _("{message}\nThe server's certificate is not signed by an authority this "
             "computer knows. If it is your business's own, trust its CA with: {ca_fix} (or "
             "{gui}); a self-signed certificate can be pinned with: {pin_fix}.").format(
        message=message, ca_fix=ca_fix, gui=_(gui), pin_fix=pin_fix)


def is_this_computer(host: str) -> bool:
    """Whether every address ``host`` names is a loopback address (nothing crosses a network)."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    addresses = {info[4][0] for info in infos}
    return bool(addresses) and all(ipaddress.ip_address(a.split("%")[0]).is_loopback
                                   for a in addresses)
