"""backup restore | restore-remote: a backup brought back, in place, beside the vault or
onto a new machine."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlparse

from contactweb.cli.backup_destination import target_from_args
from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _, ngettext
from contactweb.services.tls_trust import ServerTrust

if TYPE_CHECKING:
    from contactweb.services.backup.backup_target import BackupTarget


def cmd_restore(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    result = backup.restore_backup(ws, ctx.args.id, ctx.args.to, in_place=ctx.args.in_place)
    erased = _erased_again(result.contacts_erased)
    if result.in_place:
        aside = ", ".join(p.name for p in result.kept_aside)
        print(_("Restored backup {id} in place{erased}. The previous vault is kept aside as "
                "{aside}. Sign in again.").format(id=result.snapshot_id, erased=erased,
                                                  aside=aside))
    else:
        print(_("Restored backup {id} into {folder}{erased}. Open it with --vault {folder}. It "
                "is a restored copy: it has no backups until an administrator adopts it "
                "('contactweb backup adopt').").format(id=result.snapshot_id, erased=erased,
                                                        folder=result.db_path.parent))
    return 0


def _erased_again(count: int) -> str:
    if not count:
        return ""
    return ngettext("; {n} erased contact erased again", "; {n} erased contacts erased again",
                    count).format(n=count)


def cmd_restore_remote(ctx: CliContext) -> int:
    target = target_from_args(ctx)
    password = ctx.password()
    secret = ctx.secret_from_stdin() if ctx.args.secret_stdin else None
    if target.is_s3 and not secret:
        raise BadInput(_("Give the S3 secret access key with --secret-stdin."))
    trust = _restore_trust(ctx, target)
    from contactweb.services.backup import backup

    result = backup.restore_remote(target, secret, ctx.username(), password, ctx.args.to,
                                   ctx.args.vault_id, ctx.args.snapshot, trust=trust)
    print(_("Restored vault {vault} (backup {id}) into {folder}{erased}. Open it with --vault "
            "{folder}.").format(vault=result.vault_id, id=result.snapshot_id,
                                folder=result.db_path.parent,
                                erased=_erased_again(result.contacts_erased)))
    if result.trust_note:
        print(result.trust_note)
    return 0


def _restore_trust(ctx: CliContext, target: BackupTarget) -> ServerTrust | None:
    """A new machine has no vault to hold the business's CA yet: it comes from the options
    and goes into the restored vault."""
    ca_file, pin = ctx.args.trust_ca, ctx.args.pin_certificate
    if ca_file is None and pin is None:
        return None
    if not target.is_s3:
        raise BadInput(_("Certificates are for an S3 server; a folder has none."))
    if ca_file is not None and pin is not None:
        raise BadInput(_("Give one of --trust-ca and --pin-certificate."))
    from contactweb.services import server_trust

    if ca_file is not None:
        certs = server_trust.read_ca_file(ca_file)
        for cert in certs:
            print(_("Trusting the CA {subject} (SHA-256 {fingerprint}…) for {service} "
                    "besides the system's authorities.").format(
                        subject=cert.subject, fingerprint=cert.sha256[:16], service="S3"))
        return server_trust.ca_trust(certs)
    endpoint = urlparse(target.endpoint_url or "https://s3.amazonaws.com")
    cert, trust = server_trust.pinned("s3", endpoint.hostname or "", endpoint.port or 443,
                                      "ssl", pin)
    print(_("Pinned the certificate of {host}:{port}:\n{certificate}").format(
        host=endpoint.hostname, port=endpoint.port or 443, certificate=cert.describe()))
    return trust
