"""Screenshots of the automatic sign-out: the countdown warning, and the sign-in screen a
shared computer shows after an idle sign-out that kept an unsaved edit.

    python -m tools.screenshots.shared_computer_screenshots docs/screenshots

Everything runs under a throw-away CONTACTWEB_HOME with no keyring, through the real
controller: an editor is open with a change, the idle lock fires, the draft is kept.
"""

from __future__ import annotations

import sys

from tools.screenshots.screenshot_session import ScreenshotSession, render_session

COUNTDOWN_FILE = "countdown-warning.png"
SIGN_IN_FILE = "sign-in-after-auto-sign-out.png"
SECONDS_SHOWN = 27


class SharedComputerScreenshots(ScreenshotSession):


    def countdown(self) -> None:
        from contactweb.ui.session.sign_out_countdown_dialog import SignOutCountdownDialog

        dialog = SignOutCountdownDialog(lambda: SECONDS_SHOWN, shared_computer=True)
        self.save(dialog, COUNTDOWN_FILE, 480)
        dialog.close()

    def sign_in_after_idle(self) -> None:
        from contactweb.services.accounts import session
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import ContactInput
        from contactweb.ui.app.app_controller import AppController
        from contactweb.ui.app.gui_preferences import GuiPreferences
        from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
        from contactweb.ui.kit.dialog_host import DialogHost
        from tools.screenshots.screenshots import SHOWN_VAULT_DIR

        vault_dir = self.home / "vault"
        ws = session.create_vault(vault_dir, "maria", "Screenshot-maria-1!")
        contact_id = contacts.create_contact(ws, ContactInput(
            first_name="Amélie", last_name="Abbott", company="Harbor Dental"))
        prefs = GuiPreferences(vault_path=str(vault_dir), last_username="maria",
                               shared_computer=True)
        controller = AppController(DialogHost(), prefs, quit_app=lambda: None)
        controller.open_main_window(ws)
        editor = ContactEditDialog(ws, controller.bridge, contact_id)
        controller.host.show_dialog(editor)
        editor.notes_edit.setPlainText("Call back about the spring order")
        self.settle()
        controller.lock("idle")  # what the idle monitor asks for
        dialog = controller.sign_in_dialog
        assert dialog is not None and dialog.username_edit.text() == ""
        dialog.vault_label.setText(f"Vault: {SHOWN_VAULT_DIR}")
        self.save(dialog, SIGN_IN_FILE, 500)
        controller.shutdown()
        dialog.close()

    def render(self) -> None:
        self.countdown()
        self.sign_in_after_idle()


def main(argv: list[str] | None = None) -> int:
    return render_session(argv, "tools.screenshots.shared_computer_screenshots", SharedComputerScreenshots)


if __name__ == "__main__":
    sys.exit(main())
