"""The status bar's backup line: the last success, the last failure, or "No backup
configured" (``services.backup.last_backup_text``)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from contactweb.errors import ContactWebError
from contactweb.services.backup import backup, team_backup_secrets
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)
NO_BACKUP = backup.NO_BACKUP
RUNNING = QT_TRANSLATE_NOOP("BackupStatus", "Backing up…")


def backup_status_text(ws: Workspace) -> str:
    if ws.locked:
        return ""
    try:
        text = backup.last_backup_text(ws)
        if _team_backups_wait_for_passphrase(ws):
            return QCoreApplication.translate(
                "BackupStatus", "{last}; scheduled backups wait for the backup passphrase on "
                "this computer (Administration → Backups)").format(last=text)
        return text
    except ContactWebError as exc:  # the status bar must never take the window down
        log.warning("backup status unavailable: %s", exc)
        return ""


def _team_backups_wait_for_passphrase(ws: Workspace) -> bool:
    """An administrator on a team vault whose schedule cannot run here yet is told why."""
    return ws.on_team_server and ws.can(Action.BACKUP_CONFIGURE) and \
        backup.read_target(ws) is not None and team_backup_secrets.kept_secrets(ws) is None
