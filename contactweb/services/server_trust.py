"""Which server certificates the vault trusts for SMTP, IMAP and S3 besides the system's
authorities: the business's own CA (PEM), or one pinned server certificate (SHA-256).

Stored in the vault's settings (``tls.trust.<service>``), so every computer that opens the
vault trusts the same servers. Trusting is an administrator's decision and is audited.
"""

from __future__ import annotations

import imaplib
import smtplib
import socket
import ssl
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services import audit, settings
from contactweb.services.tls_trust import (
    ServerTrust,
    colon_hex,
    fingerprint,
    normalise_fingerprint,
    unverified_context,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

SERVICES = ("smtp", "imap", "s3")
MAX_PEM_BYTES = 256 * 1024
_ACTIONS = {"smtp": Action.MAILING_CONFIGURE, "imap": Action.MAILING_CONFIGURE,
            "s3": Action.BACKUP_CONFIGURE}


@dataclass(frozen=True)
class Certificate:
    """A certificate as a person checks it before trusting it."""

    sha256: str
    subject: str
    issuer: str
    not_after: str
    self_signed: bool
    is_ca: bool
    pem: str

    def describe(self) -> str:
        return (f"{self.subject} (issued by {self.issuer}, valid until {self.not_after})\n"
                f"SHA-256 {colon_hex(self.sha256)}")


def _key(service: str) -> str:
    if service not in SERVICES:
        raise BadInput(_("Certificates are trusted for {items}, not {service!r}.").format(
            items=', '.join(SERVICES), service=service))
    return f"tls.trust.{service}"


def load(ws: Workspace, service: str) -> ServerTrust:
    stored = settings.get(ws, _key(service)) or {}
    return ServerTrust(str(stored.get("ca_pem", "")), str(stored.get("pin_sha256", "")))


def _name(name: x509.Name) -> str:
    common = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(common[0].value) if common else name.rfc4514_string() or "(no name)"


def describe_certificate(cert: x509.Certificate) -> Certificate:
    try:
        is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    der = cert.public_bytes(Encoding.DER)
    return Certificate(fingerprint(der), _name(cert.subject), _name(cert.issuer),
                       cert.not_valid_after_utc.strftime("%Y-%m-%d"),
                       cert.subject == cert.issuer, is_ca,
                       cert.public_bytes(Encoding.PEM).decode("ascii"))


def read_ca_file(path: Path) -> list[Certificate]:
    """The CA certificates in a PEM file, checked; BadInput names what is wrong."""
    try:
        if path.stat().st_size > MAX_PEM_BYTES:
            raise BadInput(_("{path} is larger than 256 KiB; it is not a CA certificate.").format(
                path=path))
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(_("Cannot read {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None
    return parse_ca_pem(data, str(path))


def parse_ca_pem(data: bytes, where: str = "The certificate") -> list[Certificate]:
    try:
        certs = [describe_certificate(c) for c in x509.load_pem_x509_certificates(data)]
    except ValueError:
        raise BadInput(_("{where} holds no PEM certificate (a text file starting with "
                         "'-----BEGIN CERTIFICATE-----').").format(where=where)) from None
    now = datetime.now(UTC).strftime("%Y-%m-%d")
    for cert in certs:
        if cert.not_after < now:
            raise BadInput(_("The certificate {subject} expired on {not_after}.").format(
                subject=cert.subject, not_after=cert.not_after))
        # A server's own certificate signed by someone else cannot anchor trust: its CA can.
        if not cert.is_ca and not cert.self_signed:
            raise BadInput(_("{subject} is a server's certificate issued by "
                             "{issuer}, not a CA certificate. Trust the CA that issued it, "
                             "or pin the server's certificate instead.").format(
                subject=cert.subject, issuer=cert.issuer))
    return certs


def ca_trust(certs: list[Certificate]) -> ServerTrust:
    """The trust in these CA certificates, checked, not stored (a restore on a new machine
    needs it before there is a vault)."""
    if not certs:
        raise BadInput(_("Give at least one CA certificate."))
    trust = ServerTrust(ca_pem="".join(c.pem for c in certs))
    # The context is made once here so a certificate OpenSSL cannot use is refused now.
    try:
        ssl.create_default_context().load_verify_locations(cadata=trust.ca_pem)
    except ssl.SSLError as exc:
        raise BadInput(_("The CA certificate cannot be used: {value}.").format(
            value=exc.reason or exc)) from None
    return trust


def trust_ca(ws: Workspace, service: str, certs: list[Certificate]) -> ServerTrust:
    """Trust these CA certificates for ``service`` (and drop any pin)."""
    trust = ca_trust(certs)
    _store(ws, service, trust, {"trust": "ca", "count": len(certs)})
    return trust


def keep(ws: Workspace, service: str, trust: ServerTrust) -> None:
    """Store a trust made before the vault could be opened (``ca_trust``, ``pinned``)."""
    _store(ws, service, trust, {"trust": "pin" if trust.pin_sha256 else "ca"})


def pin(ws: Workspace, service: str, sha256: str, pem: str = "") -> ServerTrust:
    """Trust exactly the server certificate with this SHA-256 (and no CA) for ``service``.
    ``pem`` is that certificate, kept where a library can only take a CA file (S3)."""
    digest = normalise_fingerprint(sha256)
    if digest is None:
        raise BadInput(_("{sha256!r} is not a SHA-256 fingerprint (64 hexadecimal digits, "
                         "colons allowed).").format(sha256=sha256))
    trust = ServerTrust(ca_pem=pem, pin_sha256=digest)
    _store(ws, service, trust, {"trust": "pin"})
    return trust


def forget(ws: Workspace, service: str) -> None:
    _store(ws, service, ServerTrust(), {"trust": "system"})


def _store(ws: Workspace, service: str, trust: ServerTrust, details: dict) -> None:
    key = _key(service)
    ws.require(_ACTIONS[service])
    with ws.session() as session:
        settings.write(session, key, None if trust.is_default else asdict(trust))
        audit.record(session, ws, "settings.change", "setting", key, details)


def server_certificate(host: str, port: int, security: str, service: str,
                       timeout: float = 20.0) -> Certificate:
    """The certificate the server presents, read without trusting it, to be shown before a
    person pins it. No password or message is sent."""
    where = f"{host}:{port}"
    context = unverified_context()
    try:
        if security == "ssl" or service == "s3":
            with socket.create_connection((host, port), timeout=timeout) as raw, \
                    context.wrap_socket(raw, server_hostname=host) as sock:
                der = sock.getpeercert(binary_form=True)
        elif security == "starttls" and service == "smtp":
            with smtplib.SMTP(host, port, timeout=timeout) as smtp:
                smtp.starttls(context=context)
                der = smtp.sock.getpeercert(binary_form=True)
        elif security == "starttls" and service == "imap":
            conn = imaplib.IMAP4(host, port, timeout=timeout)
            try:
                conn.starttls(ssl_context=context)
                der = conn.sock.getpeercert(binary_form=True)
            finally:
                conn.shutdown()
        else:
            raise BadInput(_("A {security} connection has no certificate; choose SSL or "
                             "STARTTLS.").format(security=security))
    except (OSError, smtplib.SMTPException, imaplib.IMAP4.error) as exc:
        raise BadInput(_("Cannot read the certificate of {where}: {exc}").format(
            where=where, exc=exc)) from None
    if not der:
        raise BadInput(_("The server {where} presented no certificate.").format(where=where))
    return describe_certificate(x509.load_der_x509_certificate(der))


def pin_server(ws: Workspace, service: str, host: str, port: int, security: str,
               expected: str | None) -> Certificate:
    """Pin what the server presents now; ``expected`` (a fingerprint the person checked)
    must match it, so what is pinned is what they saw."""
    cert, trust = pinned(service, host, port, security, expected)
    _store(ws, service, trust, {"trust": "pin"})
    return cert


def pinned(service: str, host: str, port: int, security: str, expected: str | None
           ) -> tuple[Certificate, ServerTrust]:
    """The certificate the server presents now and the trust that pins it, not stored;
    ``expected`` must match it."""
    cert = server_certificate(host, port, security, service)
    if expected is not None:
        digest = normalise_fingerprint(expected)
        if digest is None:
            raise BadInput(_("{expected!r} is not a SHA-256 fingerprint.").format(
                expected=expected))
        if digest != cert.sha256:
            raise BadInput(_("The server {host}:{port} presents {value}, not "
                             "the fingerprint given; nothing was pinned.").format(
                host=host, port=port, value=colon_hex(cert.sha256)))
    # S3 goes through botocore, which takes a CA file only: a self-signed certificate is
    # its own CA, so keeping it lets boto3 check exactly this certificate.
    pem = cert.pem if service == "s3" and cert.self_signed else ""
    if service == "s3" and not pem:
        raise BadInput(_("For S3 only a self-signed certificate can be pinned; trust the CA "
                         "that issued this one ({issuer}) with --trust-ca instead.").format(
            issuer=cert.issuer))
    return cert, ServerTrust(ca_pem=pem, pin_sha256=cert.sha256)
