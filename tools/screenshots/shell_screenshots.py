"""Screenshots of the application shell: the import preview (the recognised layout's column
mapping and the first entries as stored), the Edit menu with Undo, the user guide and the
shortcut list, the main window at 1024x700 and at 1920x1080, the first run's password step
and the sign-in screen of a vault set to shared-computer mode.

    python -m tools.screenshots.shell_screenshots docs/screenshots
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.screenshots.screenshot_session import ScreenshotSession, render_session
from tools.screenshots.screenshots import SHOWN_VAULT_DIR

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld"
THUNDERBIRD = REALWORLD / "csv" / "fk_thunderbird_german_cp1252.csv"
PASSWORD = "Screenshot-maria-1!"
VCARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{first} {last}\r\nN:{last};{first};;;\r\n"
    f"ORG:{org}\r\nTITLE:{title}\r\nEMAIL;TYPE=work:{first.lower()}@example.org\r\n"
    f"TEL;TYPE=cell:+1 503 555 01{n:02d}\r\nCATEGORIES:customer\r\nEND:VCARD\r\n"
    for n, (first, last, org, title) in enumerate((
        ("Katherine", "Johnson", "Flight Research", "Mathematician"),
        ("Dorothy", "Vaughan", "West Computing", "Supervisor"))))


class ShellScreenshots(ScreenshotSession):
    def __init__(self, out_dir: Path, home: Path) -> None:
        from contactweb.services import demo_data
        from contactweb.services.accounts import session
        from contactweb.ui.kit.dialog_host import DialogHost
        from contactweb.ui.kit.operations import OperationRunner
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge

        super().__init__(out_dir, home)
        self.ws = session.create_vault(home / "vault", "maria", PASSWORD)
        demo_data.make_demo_data(self.ws, 80)
        host = DialogHost()
        self.bridge = WorkspaceBridge(host, OperationRunner(host, ws=self.ws))


    def import_preview(self) -> None:
        from contactweb.ui.interchange.import_wizard import MAPPING_PAGE, PREVIEW_PAGE, ImportWizard

        if not THUNDERBIRD.is_file():
            print(f"import preview skipped: {THUNDERBIRD} is missing", file=sys.stderr)
            return
        wizard = ImportWizard(self.ws, self.bridge, path=THUNDERBIRD)
        wizard.resize(900, 620)
        wizard.show()
        self.settle()
        for page in (MAPPING_PAGE, PREVIEW_PAGE):
            wizard.next()
            while wizard.currentId() != page or wizard.busy():
                self.settle()
            if page == PREVIEW_PAGE:
                while wizard.preview_page.preview is None:
                    self.settle()
            self.save(wizard, "import-mapping-recognised.png" if page == MAPPING_PAGE
                      else "import-preview-rows.png")
        wizard.reject()

        card = self.home / "contacts.vcf"
        card.write_text(VCARDS, "utf-8")
        wizard = ImportWizard(self.ws, self.bridge, path=card)
        wizard.resize(900, 620)
        wizard.show()
        wizard.next()
        while wizard.currentId() != MAPPING_PAGE or wizard.busy():
            self.settle()
        wizard.mapping_page.field_widget.set_target("title", "notes")
        self.save(wizard, "import-mapping-vcard-fields.png")
        wizard.reject()

    # --- the main window: Edit menu, help, small and large screens ---------------------
    def main_window(self) -> None:
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QPainter

        from contactweb.services.contacts import contact_queries, contacts
        from contactweb.ui.app.main_window import MainWindow

        window = MainWindow(self.ws, self.bridge)
        window.resize(1280, 800)
        window.show()
        page = window.contacts_page()
        self.settle()
        first = contact_queries.list_contacts(self.ws, contact_queries.ContactQuery(),
                                              limit=1)[0]
        contacts.close_contact(self.ws, first.id)
        self.bridge.announce(contacts.Changes.for_contacts([first.id]))
        page.show_contact(first.id)
        self.settle()
        edit = window.edit_menu
        edit.update_actions()
        edit.menu.popup(window.mapToGlobal(QPoint(60, window.menuBar().height())))
        self.settle()
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap(window.mapFromGlobal(edit.menu.pos()), edit.menu.grab())
        painter.end()
        edit.menu.close()
        self.write(shot, "edit-menu-undo.png")

        guide = window.show_guide()
        guide.show_topic("Shared-computer mode")
        self.save(guide, "help-user-guide.png", 820, 560)
        guide.close()
        shortcuts = window.show_shortcuts()
        self.save(shortcuts, "help-keyboard-shortcuts.png", 560, 640)
        shortcuts.close()

        for key in window.page_keys():
            window.show_page(key)
            self.settle()
        for key in ("contacts", "mailings", "administration"):
            window.show_page(key)
            window.resize(1024, 700)
            self.settle()
            self.save(window, f"narrow-1024x700-{key}.png")
        window.show_page("contacts")
        window.resize(1920, 1080)
        self.save(window, "wide-1920x1080-contacts.png")
        window.clear()
        window.hide()

    # --- first run and sign-in ---------------------------------------------------------
    def first_run_and_sign_in(self) -> None:
        from contactweb.services import settings
        from contactweb.ui.app.first_run_wizard import FirstRunWizard
        from contactweb.ui.app.sign_in_dialog import SignInDialog
        from contactweb.ui.kit.dialog_host import DialogHost
        from contactweb.ui.kit.operations import OperationRunner

        wizard = FirstRunWizard(SHOWN_VAULT_DIR, DialogHost())
        wizard.show()
        wizard.next()
        wizard.username_edit.setText("maria")
        wizard.password_edit.setText("Spring-tulips-2024!")
        wizard.confirm_edit.setText("Spring-tulips-2024!")
        wizard.password_reveal.trigger()
        self.save(wizard, "first-run-step-2-show-password.png", 640, 560)
        wizard.close()

        settings.put(self.ws, "shared_computer", True)
        host = DialogHost()
        dialog = SignInDialog(self.home / "vault", host, OperationRunner(host),
                              vault_shared=True)
        dialog.vault_label.setText(f"Vault: {SHOWN_VAULT_DIR}")
        self.save(dialog, "sign-in-vault-shared.png", 520)
        dialog.close()

    def render(self) -> None:
        self.import_preview()
        self.main_window()
        self.first_run_and_sign_in()


def main(argv: list[str] | None = None) -> int:
    return render_session(argv, "tools.screenshots.shell_screenshots", ShellScreenshots)


if __name__ == "__main__":
    sys.exit(main())
