"""Command-line options to trust a server's certificate, shared by 'mailing config' (SMTP),
'mailing process-replies' (IMAP, options prefixed --imap-) and 'backup config' (S3)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.tls_trust import ServerTrust, normalise_fingerprint
from contactweb.vault.workspace import Workspace


def add_options(p: argparse.ArgumentParser, prefix: str = "") -> None:
    group = p.add_argument_group("server certificate (stored in the vault)")
    group.add_argument(f"--{prefix}trust-ca", metavar="FILE", type=Path, default=None,
                       help="trust the certificate authority in this PEM file (the business's "
                            "own CA) besides the system's")
    group.add_argument(f"--{prefix}pin-certificate", metavar="SHA256", nargs="?", const="",
                       default=None,
                       help="trust exactly the certificate the server presents now: shows its "
                            "SHA-256 fingerprint and asks, or checks it against SHA256")
    group.add_argument(f"--{prefix}forget-trust", action="store_true",
                       help="trust the system's authorities only again")
    group.add_argument(f"--{prefix}show-certificate", action="store_true",
                       help="show the server's certificate and its fingerprint, trust nothing")


def _arg(args: argparse.Namespace, prefix: str, name: str) -> object:
    return getattr(args, (prefix + name).replace("-", "_"))


def given(args: argparse.Namespace, prefix: str = "") -> bool:
    return any(_arg(args, prefix, n) not in (None, False) for n in
               ("trust-ca", "pin-certificate", "forget-trust", "show-certificate"))


def apply(ctx: CliContext, ws: Workspace, service: str, host: str, port: int, security: str,
          prefix: str = "") -> ServerTrust:
    """Carry out the trust options given; the trust now stored for ``service``."""
    # Here, not above: the commands add these options before signing in (see context.py).
    from contactweb.services import server_trust

    args = ctx.args
    out = sys.stderr if ctx.json else sys.stdout  # keep --json output parseable
    ca_file = _arg(args, prefix, "trust-ca")
    pin = _arg(args, prefix, "pin-certificate")
    if sum(x not in (None, False) for x in (ca_file, pin, _arg(args, prefix, "forget-trust"))) > 1:
        raise BadInput(_("Give one of --{prefix}trust-ca, --{prefix}pin-certificate and "
                         "--{prefix}forget-trust.").format(prefix=prefix))
    if (pin is not None or _arg(args, prefix, "show-certificate")) and not host:
        raise BadInput(_("Set the server first: its certificate is read from it."))
    if _arg(args, prefix, "show-certificate"):
        cert = server_trust.server_certificate(host, port, security, service)
        print(_("The server {host}:{port} presents:\n{certificate}").format(
            host=host, port=port, certificate=cert.describe()), file=out)
    if ca_file is not None:
        certs = server_trust.read_ca_file(ca_file)
        server_trust.trust_ca(ws, service, certs)
        for cert in certs:
            print(_("Trusting the CA {subject} (SHA-256 {fingerprint}…) for {service} besides "
                    "the system's authorities.").format(subject=cert.subject,
                                                        fingerprint=cert.sha256[:16],
                                                        service=service.upper()), file=out)
    elif pin is not None:
        _pin(ws, service, host, port, security, str(pin), out)
    elif _arg(args, prefix, "forget-trust"):
        server_trust.forget(ws, service)
        print(_("{service} trusts the system's certificate authorities only.").format(
            service=service.upper()), file=out)
    return server_trust.load(ws, service)


def _pin(ws: Workspace, service: str, host: str, port: int, security: str,
         expected: str, out: TextIO) -> None:
    from contactweb.services import server_trust

    if expected:
        if normalise_fingerprint(expected) is None:
            raise BadInput(_("{fingerprint!r} is not a SHA-256 fingerprint.").format(
                fingerprint=expected))
        cert = server_trust.pin_server(ws, service, host, port, security, expected)
        print(_("Pinned the certificate of {host}:{port}:\n{certificate}").format(
            host=host, port=port, certificate=cert.describe()), file=out)
        return
    cert = server_trust.server_certificate(host, port, security, service)
    print(_("The server {host}:{port} presents:\n{certificate}").format(
        host=host, port=port, certificate=cert.describe()), file=out)
    print(_("Compare the fingerprint with the one whoever runs the server gives you."),
          file=out)
    if not sys.stdin.isatty():
        raise BadInput(_("Nothing pinned. To pin it without a question, give the fingerprint "
                         "you checked: --pin-certificate {fingerprint}").format(
                             fingerprint=cert.sha256))
    answer = input(_("Trust exactly this certificate? [y/N] ")).strip().lower()
    if answer not in ("y", "yes", _("y"), _("yes")):
        raise BadInput(_("Nothing pinned."))
    server_trust.pin_server(ws, service, host, port, security, cert.sha256)
    print(_("Pinned."), file=out)
