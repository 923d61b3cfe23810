"""The status bar's backup line: the last success, the last failure, or "No backup
configured" (``services.backup.last_backup_text``)."""

from __future__ import annotations

import logging

from contactweb.errors import ContactWebError
from contactweb.services.backup import backup
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)
NO_BACKUP = backup.NO_BACKUP
RUNNING = "Backing up…"


def backup_status_text(ws: Workspace) -> str:
    if ws.locked:
        return ""
    try:
        return backup.last_backup_text(ws)
    except ContactWebError as exc:  # the status bar must never take the window down
        log.warning("backup status unavailable: %s", exc)
        return ""
