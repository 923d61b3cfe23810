"""Another account on the same computer cannot even read the encrypted files."""

from __future__ import annotations

import stat

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput


def test_vault_files_are_owner_only(admin_ws, vault_dir) -> None:  # noqa: ANN001
    contacts.create_contact(admin_ws, ContactInput(first_name="Mode"))
    for name in ("contactweb.db", "keyslots.json"):
        mode = stat.S_IMODE((vault_dir / name).stat().st_mode)
        assert mode & 0o077 == 0, f"{name} is {oct(mode)}"
    wal = vault_dir / "contactweb.db-wal"
    if wal.exists():
        assert stat.S_IMODE(wal.stat().st_mode) & 0o077 == 0
