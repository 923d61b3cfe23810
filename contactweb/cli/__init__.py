"""``contactweb``: no arguments starts the GUI; subcommands do the same work headless.

Exit codes: 0 ok, 1 refused or bad input, 2 usage, 3 authentication failed; mailings add 4
(messages still pending) and 5 (messages failed); a closed output pipe ends quietly with 141.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys
from collections.abc import Collection, Sequence

from contactweb import __version__
from contactweb.cli.command_table import COMMANDS, modules_for
from contactweb.cli.context import CliContext
from contactweb.cli.translated_parser import TranslatedParser, route_argparse
from contactweb.errors import ContactWebError
from contactweb.i18n import _
from contactweb.logging_setup import configure_logging, log_file, log_unhandled


def command_modules() -> list[str]:
    """Every command module, in the order ``--help`` lists their commands."""
    return [f"contactweb.cli.{m}" for m in dict.fromkeys(e.module for e in COMMANDS)]

log = logging.getLogger(__name__)


def global_options(suppress: bool) -> argparse.ArgumentParser:
    """The global options, accepted before or after the subcommand."""
    parent = TranslatedParser(add_help=False)
    default = argparse.SUPPRESS if suppress else None
    parent.add_argument("--vault", metavar="PATH", default=default,
                        help=_("vault folder (default: $CONTACTWEB_VAULT or the user data "
                               "folder)"))
    parent.add_argument("--user", metavar="NAME", default=default,
                        help=_("who signs in (default: $CONTACTWEB_USER)"))
    parent.add_argument("--password-stdin", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help=_("read the password from the first line of standard input "
                               "(default: $CONTACTWEB_PASSWORD)"))
    return parent


def build_parser(load: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The parser; ``load`` names the command modules (``contact_commands``) whose commands get
    their full options, None all of them. Every other command is a stub made from the
    command table, enough for ``--help`` to list it, so starting up imports nothing else."""
    route_argparse()
    parser = TranslatedParser(
        prog="contactweb", parents=[global_options(False)],
        description=_("ContactWeb: a privacy-first CRM over an encrypted local vault. "
                      "Without a command it starts the desktop application."))
    parser.add_argument("--version", action="version", version=f"ContactWeb {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help=_("create a temporary vault, exercise it, remove it, exit 0 if "
                               "healthy"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = global_options(True)
    registered: set[str] = set()
    for entry in COMMANDS:
        if load is not None and entry.module not in load:
            sub.add_parser(entry.name, help=entry.help, add_help=False)
        elif entry.module not in registered:
            registered.add(entry.module)
            importlib.import_module(f"contactweb.cli.{entry.module}").register(sub, common)
    return parser


def _is_database_error(exc: BaseException) -> bool:
    """A SQLAlchemy DatabaseError, without importing SQLAlchemy for commands that never did:
    an exception of that class can only exist once its module is loaded."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, sa_exc.DatabaseError)


def _reader_went_away() -> int:
    """The output's reader closed the pipe (``contactweb contact list | head -1``): end
    quietly with the status a Unix tool killed by SIGPIPE has (128 + 13), as ``yes | head``.
    Standard output goes to the null device so the final flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return 128 + getattr(signal, "SIGPIPE", 13) if os.name != "nt" else 1


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(modules_for(words))
    args = parser.parse_args(argv)
    if args.self_check:
        from contactweb.self_check import run_self_check

        return run_self_check()
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    configure_logging()
    command = " ".join(v for k, v in sorted(vars(args).items())
                       if (k == "command" or k.endswith("_command")) and isinstance(v, str))
    log.info("command: %s", command)
    ctx = CliContext(args)
    try:
        code = int(args.handler(ctx) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at exit after main returned
        log.info("command %s finished with exit code %d", command, code)
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except ContactWebError as exc:
        log.info("command %s refused (exit %d): %s", command, exc.exit_code, exc)
        print(f"contactweb: {exc}", file=sys.stderr)
        details = getattr(exc, "details", "")  # the technical text, for whoever supports you
        if details:
            print(_("details: {details}").format(details=details), file=sys.stderr)
        return exc.exit_code
    except UnicodeError as exc:
        # Bytes that are not UTF-8 (on the command line or standard input) cannot be stored.
        print("contactweb: " + _("some text given is not valid UTF-8 ({reason}); nothing was "
                                 "changed.").format(reason=exc.reason), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("contactweb: " + _("interrupted"), file=sys.stderr)
        return 1
    except Exception as exc:
        from contactweb.store.write_conflicts import write_conflict

        refusal = write_conflict(exc)
        if refusal is not None:  # another writer held the vault: busy, not damaged
            print(f"contactweb: {refusal}", file=sys.stderr)
            return refusal.exit_code
        if _is_database_error(exc):
            # A damaged or tampered vault file fails SQLCipher's page check: say so, no
            # traceback.
            print("contactweb: " + _("the vault database is damaged or unreadable ({error}). "
                                     "Restore it from a backup.").format(
                                         error=getattr(exc, "orig", exc)), file=sys.stderr)
            return 1
        # unexpected: the log has the (redacted) details
        log_unhandled(type(exc), exc, exc.__traceback__)
        print("contactweb: " + _("unexpected error ({kind}); the details are in {log}").format(
            kind=type(exc).__name__, log=log_file()), file=sys.stderr)
        return 1
    finally:
        ctx.close()
