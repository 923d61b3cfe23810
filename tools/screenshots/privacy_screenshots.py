"""Screenshots of privacy and merge screens: the erase confirmation (with what happens to
backups) and the erasure receipt, over a throw-away vault.

    python -m tools.screenshots.privacy_screenshots docs/screenshots
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.screenshots.screenshots import output_folder, throwaway_home

CONFIRM_FILE = "erase-confirm.png"
RECEIPT_FILE = "erasure-receipt.png"


class PrivacyScreenshots:
    def __init__(self, out_dir: Path, home: Path) -> None:
        from contactweb.services import settings
        from contactweb.services.accounts import session
        from contactweb.ui.app.app import make_application
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge

        self.out_dir = out_dir
        self.app = make_application(["contactweb-screenshots"])
        self.written: list[Path] = []
        self.ws = session.create_vault(home / "vault", "maria", "Screenshot-maria-1!")
        settings.set_business_profile(self.ws, settings.BusinessProfile(
            name="Lakeside Florists", postal_address="1 Lake Road\nSpringfield, IL 62701"))
        self.bridge = WorkspaceBridge()

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def save(self, widget, name: str, width: int, height: int = 360) -> None:  # noqa: ANN001
        widget.resize(width, max(widget.sizeHint().height(), height))
        widget.show()
        self.settle()
        path = self.out_dir / name
        if not widget.grab().save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        self.written.append(path)

    def erasure(self) -> None:
        from contactweb.models import utcnow
        from contactweb.services.activity import communications
        from contactweb.services.activity.communications import CommunicationInput
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import ContactInput, EmailInput
        from contactweb.ui.privacy.erase_contact_dialog import EraseContactDialog

        contact_id = contacts.create_contact(self.ws, ContactInput(
            first_name="Amélie", last_name="Abbott", emails=[EmailInput("amelie@example.com")]))
        communications.log_communication(self.ws, contact_id, CommunicationInput(
            "call", occurred_at=utcnow(), subject="Asked to be erased"))
        dialog = EraseContactDialog(self.ws, self.bridge, contact_id)
        dialog.name_edit.setText("Amélie Abbott")
        self.save(dialog, CONFIRM_FILE, 560)
        dialog.erase()
        while dialog.receipt is None:  # the erasure runs on a worker
            self.app.processEvents()
        dialog.saved_label.setText("Saved to /home/maria/Documents/erasure-receipt-1.pdf")
        self.save(dialog, RECEIPT_FILE, 560, 560)
        dialog.hide()


def main(argv: list[str] | None = None) -> int:
    out_dir = output_folder(argv, "tools.screenshots.privacy_screenshots")
    if out_dir is None:
        return 2
    with throwaway_home() as home:
        shots = PrivacyScreenshots(out_dir, home)
        shots.erasure()
        shots.ws.lock()
    for path in shots.written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
