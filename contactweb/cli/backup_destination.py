"""Where backups go, as the command line gives it: the S3 options or a folder (``backup``
and ``team backup``/``team restore`` share them)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.backup.backup_choices import DEFAULT_PREFIX

if TYPE_CHECKING:
    from contactweb.services.backup.backup_target import BackupTarget

STDIN_ORDER = ("first line: the password (with --password-stdin); next line: the S3 secret "
               "access key")


def s3_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--endpoint", metavar="URL", default=None,
                   help="the S3-compatible server, e.g. https://s3.us-east-1.amazonaws.com "
                        "(empty: Amazon S3)")
    p.add_argument("--bucket", metavar="B", default=None)
    p.add_argument("--region", metavar="R", default=None,
                   help="a US region: us-east-1, us-east-2, us-west-1, us-west-2, "
                        "us-gov-east-1, us-gov-west-1")
    p.add_argument("--access-key-id", metavar="K", default=None)
    p.add_argument("--prefix", metavar="FOLDER", default=DEFAULT_PREFIX,
                   help=f"folder inside the bucket (default {DEFAULT_PREFIX})")
    p.add_argument("--secret-stdin", action="store_true",
                   help=f"read the S3 secret access key from standard input ({STDIN_ORDER})")
    p.add_argument("--folder", metavar="PATH", default=None,
                   help="a folder instead of S3 (second site, USB disk)")


def target_from_args(ctx: CliContext) -> BackupTarget:
    from contactweb.services.backup.backup_target import BackupTarget, s3_target

    args = ctx.args
    s3_given = any(v is not None for v in (args.endpoint, args.bucket, args.region,
                                           args.access_key_id)) or args.secret_stdin
    if args.folder is not None:
        if s3_given:
            raise BadInput(_("Give either --folder or the S3 options, not both."))
        return BackupTarget("folder", folder=str(Path(args.folder).expanduser().resolve()))
    missing = [name for name, value in (("--bucket", args.bucket), ("--region", args.region),
                                        ("--access-key-id", args.access_key_id))
               if not value]
    if args.endpoint is None:
        missing.insert(0, "--endpoint")
    if missing:
        raise BadInput(_("Missing {options} (or give --folder PATH).").format(
            options=", ".join(missing)))
    return s3_target(args.endpoint, args.bucket, args.region, args.access_key_id, args.prefix)
