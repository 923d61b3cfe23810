"""Screenshots of the backup notices over a throw-away vault: a restored copy (the band above
every page), backups paused for the EEA transfer basis (administrators' band), a backup
running in the background (the status bar's indicator with Cancel), and Administration →
Backups on a team vault with its restore dialog (on the tests' own PostgreSQL server).

    python -m tools.screenshots.backup_screenshots docs/screenshots
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

from tools.screenshots.screenshot_session import ScreenshotSession
from tools.screenshots.screenshots import output_folder, throwaway_home

SIZE = (1280, 800)
ADMIN, PASSWORD = "maria", "Screenshot-maria-1!"
COUNTRIES = ("US", "US", "Germany", "US", "France", "CA", "US", "Italy")
NAMES = (("Amélie", "Abbott"), ("Ben", "Becker"), ("Chloé", "García"), ("Dmitri", "Ivanova"),
         ("Elif", "Nakamura"), ("Farah", "Müller"), ("Kenji", "Xu"), ("Søren", "Łukasik"))


class BackupScreenshots(ScreenshotSession):
    def __init__(self, out_dir: Path, home: Path) -> None:
        from contactweb.services import settings
        from contactweb.services.accounts import session
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import AddressInput, ContactInput

        super().__init__(out_dir, home)
        self.ws = session.create_vault(home / "vault", ADMIN, PASSWORD)
        settings.set_business_profile(self.ws, settings.BusinessProfile(
            name="Lakeside Florists", postal_address="1 Lake Road\nSpringfield, IL 62701"))
        for n in range(48):
            first, last = NAMES[n % len(NAMES)]
            contacts.create_contact(self.ws, ContactInput(
                first_name=first, last_name=f"{last}{'' if n < 8 else f' {n}'}",
                company="Harbor Dental" if n % 3 == 0 else "",
                addresses=[AddressInput(f"{n} Main Street", "Springfield", "", "62701",
                                        COUNTRIES[n % len(COUNTRIES)])]))
        # A server that accepts the connection and never answers: the backup keeps running.
        self._silent = socket.create_server(("127.0.0.1", 0))


    def window(self, ws):  # noqa: ANN001, ANN201
        from contactweb.ui.app.main_window import MainWindow
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge

        return MainWindow(ws, WorkspaceBridge())

    def restored_copy(self) -> None:
        from contactweb.services.accounts import session
        from contactweb.services.backup import backup

        usb = self.home / "usb-disk"
        usb.mkdir()
        backup.configure_folder(self.ws, usb)
        backup.backup_now(self.ws)
        copy_dir = self.home / "restored-copy"
        backup.restore_backup(self.ws, None, copy_dir)
        copy = session.sign_in(copy_dir, ADMIN, PASSWORD)
        window = self.window(copy)
        window.show_page("contacts")
        self.save(window, "backup-restored-copy.png", *SIZE)
        window.show_backups()  # where an administrator adopts it
        self.save(window, "backup-restored-copy-adopt.png", *SIZE)
        window.clear()
        window.hide()
        copy.lock()

    def paused_and_running(self) -> None:
        from contactweb.services import secrets, settings
        from contactweb.services.backup import backup, backup_target
        from contactweb.ui.kit.operations import wait_for_running_operations

        backup_target.S3_READ_TIMEOUT = 1.0  # the abandoned run ends soon after the shot
        backup_target.S3_MAX_ATTEMPTS = 1
        endpoint = f"http://127.0.0.1:{self._silent.getsockname()[1]}"
        target = backup_target.s3_target(endpoint, "lakeside-backups", "us-east-1", "AKIA-DEMO")
        with self.ws.session() as session:
            settings.write(session, backup_target.TARGET_KEY, target.to_json())
        secrets.store_secret(self.ws, backup_target.SECRET_NAME, "demo-secret")
        window = self.window(self.ws)
        window.show_page("contacts")
        self.save(window, "backup-paused-notice.png", *SIZE)

        backup.record_transfer_basis(self.ws, "encryption")
        window.backup_notice.refresh()
        window.update_status()
        window.show_backups()
        page = window.page("administration").backup_widget
        page.refresh()
        page.back_up_now()
        self.settle()
        self.save(window, "backup-running-status.png", *SIZE)
        window.background_work.cancel()
        wait_for_running_operations(30_000)
        window.clear()
        window.hide()

    def team_backups(self) -> None:
        """Administration → Backups on a team vault, on the tests' own PostgreSQL server
        (Debian's postgresql), after a backup to a folder; and its restore dialog."""
        import keyring

        from contactweb.services.backup import backup, team_backup_secrets
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import ContactInput
        from contactweb.team import team_session
        from contactweb.ui.backup.team_restore_dialog import TeamRestoreDialog
        from contactweb.ui.kit.operations import wait_for_running_operations
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
        from tests.support.memory_keyring import RecordingKeyring
        from tests.support.postgres_server import BINDIR, SKIP_REASON, postgres_server
        from tests.support.team_vaults import create_team_vault

        if BINDIR is None:
            print(f"team backup screenshots skipped: {SKIP_REASON}")
            return
        keyring.set_keyring(RecordingKeyring())  # the usual case: a keyring keeps them
        with postgres_server() as server:
            team = create_team_vault(server)
            ws = team_session.sign_in(team.profile, team.admin, team.admin_password)
            for first, last in NAMES:
                contacts.create_contact(ws, ContactInput(first_name=first, last_name=last))
            office = self.home / "office-nas"
            office.mkdir()
            backup.configure_folder(ws, office)
            team_backup_secrets.check_and_keep(ws, team.owner, team.owner_password,
                                               "correct horse battery staple",
                                               "correct horse battery staple")
            team_backup_secrets.backup_with_kept_secrets(ws)
            window = self.window(ws)
            window.show_backups()
            page = window.page("administration").backup_widget
            page.refresh()
            page.back_up_now()  # the second backup, as Back up now runs it
            wait_for_running_operations(60_000)
            self.settle()
            self.save(window, "backup-team.png", *SIZE)
            dialog = TeamRestoreDialog(ws, WorkspaceBridge(), None, window)
            self.save(dialog, "backup-team-restore.png")
            dialog.deleteLater()
            window.clear()
            window.hide()
            ws.lock()

    def close(self) -> None:
        self._silent.close()
        self.ws.lock()


def main(argv: list[str] | None = None) -> int:
    out_dir = output_folder(argv, "tools.screenshots.backup_screenshots")
    if out_dir is None:
        return 2
    with throwaway_home() as home:
        shots = BackupScreenshots(out_dir, home)
        try:
            shots.restored_copy()
            shots.paused_and_running()
            shots.team_backups()
        finally:
            shots.close()
    for path in shots.written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
