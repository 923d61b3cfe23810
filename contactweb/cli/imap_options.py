"""The IMAP options of 'mailing process-replies': where to read, how securely, which
certificate to trust, and --list-folders."""

from __future__ import annotations

import argparse

from contactweb.cli import server_trust_options
from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.mailing.reply_sources import ImapSource
from contactweb.vault.workspace import Workspace


def add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--imap", action="store_true", help="read an IMAP folder instead; its "
                   "password is the next line of standard input")
    p.add_argument("--imap-host")
    p.add_argument("--imap-port", type=int)
    p.add_argument("--imap-security", choices=["ssl", "starttls", "plain"], default="ssl")
    p.add_argument("--allow-plain", action="store_true",
                   help="confirm plain IMAP (password and replies unencrypted) to a server "
                        "that is not this computer")
    p.add_argument("--imap-user", default="")
    p.add_argument("--imap-folder", default="INBOX", help="e.g. 'Réponses clients'")
    p.add_argument("--imap-since-days", type=int, default=60)
    p.add_argument("--list-folders", action="store_true",
                   help="list the account's folders and stop")
    server_trust_options.add_options(p, "imap-")


def imap_source(ctx: CliContext, ws: Workspace) -> ImapSource:
    """The IMAP source the options describe, after any trust options were carried out."""
    args = ctx.args
    if not args.imap_host:
        raise BadInput(_("--imap needs --imap-host (and --imap-user)."))
    port = args.imap_port or (993 if args.imap_security == "ssl" else 143)
    trust = server_trust_options.apply(ctx, ws, "imap", args.imap_host, port,
                                       args.imap_security, "imap-")
    password = ctx.secret_from_stdin()
    return ImapSource(args.imap_host, port, args.imap_security, args.imap_user, password,
                      args.imap_folder, args.imap_since_days, args.allow_plain, trust)


def print_folders(ctx: CliContext, source: ImapSource) -> int:
    from contactweb.services.mailing.imap_reader import list_folders

    folders = list_folders(source)
    if ctx.json:
        ctx.emit_json([{"name": f.name, "selectable": f.selectable} for f in folders])
    else:
        for folder in folders:
            print(folder.name if folder.selectable else
                  _("{folder} (holds folders only)").format(folder=folder.name))
    return 0


def print_skipped(messages: list) -> None:  # noqa: ANN001 - SourceMessage
    """What was not read of large messages, so that nothing is left out unsaid."""
    for message in messages:
        for note in message.skipped:
            print(f"{message.ref}: {note}")
