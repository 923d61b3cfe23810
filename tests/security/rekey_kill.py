"""Helper process: re-key a vault and die (SIGKILL-like, no cleanup) right after PRAGMA rekey,
before the new key slots replace the old ones. Arguments: vault folder, admin password."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from contactweb.services.accounts import session, users


def main() -> None:
    vault_dir, password = Path(sys.argv[1]), sys.argv[2]
    ws = session.sign_in(vault_dir, "admin", password)
    users.rekey_vault(ws, password, _after_database_rekeyed=lambda: os._exit(9))


if __name__ == "__main__":
    main()
