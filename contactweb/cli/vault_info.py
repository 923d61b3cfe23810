"""vault info: what this vault is (folder, id, who is signed in), where its backups go and
how the last one went, and whether it is a restored copy (then backups are off until an
administrator adopts it)."""

from __future__ import annotations

import argparse

from contactweb.cli.context import CliContext
from contactweb.i18n import _


def register_info(vsub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = vsub.add_parser("info", parents=[common],
                        help="the vault's folder and id, its backups, and whether it is a "
                             "restored copy")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_vault_info)


def cmd_vault_info(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    # Loaded once signed in: the sign-in loads the database layer while the password's key
    # is derived, which loading this first would have done before it.
    from contactweb.services.backup import backup

    copy = backup.restored_copy(ws)
    target = backup.read_target(ws)
    info = {
        "folder": str(ws.vault.folder),
        "vault_id": ws.vault.vault_id,
        "signed_in_as": f"{ws.username} ({ws.role})",
        "restored_copy": copy is not None,
        "restored_from_backup": copy.snapshot_id if copy else "",
        "live_vault_folder": copy.source_folder if copy else "",
        "backup_destination": target.describe() if target else "",
        "backups": backup.last_backup_text(ws),
    }
    if ctx.json:
        ctx.emit_json(info)
        return 0
    print(_("Vault: {value} (id {value2})").format(value=info['folder'], value2=info['vault_id']))
    print(_("Signed in as: {value}").format(value=info['signed_in_as']))
    if copy is not None:
        print(_("RESTORED COPY: {what}").format(what=copy.describe()))
        print(_("The live vault is in {source_folder}. {ADOPT_HINT}").format(source_folder=copy.source_folder, ADOPT_HINT=_(backup.ADOPT_HINT)))
    if target:
        print(_("Backups: {status} (to {where})").format(status=info["backups"],
                                                        where=info["backup_destination"]))
    else:
        print(_("Backups: {status}").format(status=info["backups"]))
    return 0
