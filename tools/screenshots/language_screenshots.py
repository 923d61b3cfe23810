"""Screenshots in other languages: the main window, a contact, the mailing wizard and the
first pages of a contact's dossier and a letter (and address labels) in German, French and
Spanish, and the main window under the
right-to-left pseudo-locale (x-rtl), over a throw-away demo vault.

    python -m tools.screenshots.language_screenshots docs/screenshots
"""

from __future__ import annotations

import sys

from tools.screenshots.screenshots import ScreenshotRun, output_folder, throwaway_home

LANGUAGES = ("de", "fr", "es")
RTL = "x-rtl"


def shoot_language(run: ScreenshotRun, language: str, rtl_only: bool = False) -> None:
    from contactweb.ui.app.main_window import MainWindow
    from contactweb.ui.kit import translations

    translations.install(run.app, language)
    window = MainWindow(run.workspace, run.bridge)
    window.resize(1280, 800)
    window.show()
    contacts = window.show_page("contacts")
    run.save(window, f"lang-{language}-main-window", close=False)
    if not rtl_only:
        contacts.show_contact(run.showcase_id)
        run.save(window, f"lang-{language}-contact", close=False)
        shoot_mailing_wizard(run, window, language)
        shoot_report(run, language)
    window.clear()
    window.close()
    translations.reset(run.app)


def shoot_mailing_wizard(run: ScreenshotRun, window, language: str) -> None:  # noqa: ANN001
    mailings = window.show_page("mailings")
    mailings.new_button.click()
    wizard = mailings.wizard
    for _ in range(200):  # the recipients are checked on a worker
        run.settle()
        if wizard is not None and wizard.eligibility is not None and not wizard.busy():
            break
    run.save(wizard, f"lang-{language}-mailing-wizard", (900, 640), close=False)
    wizard.reject()
    run.settle()


def shoot_report(run: ScreenshotRun, language: str) -> None:
    """A contact's dossier, a letter (and, in German, address labels): first pages, as a
    business whose language is ``language`` prints them."""
    from tools.screenshots.document_screenshots import shoot_documents

    run.written += shoot_documents(run.workspace, run.showcase_id, language, run.out_dir)


def main(argv: list[str] | None = None) -> int:
    out_dir = output_folder(argv, "tools.screenshots.language_screenshots")
    if out_dir is None:
        return 2
    with throwaway_home() as home:
        run = ScreenshotRun(out_dir, home)
        for language in LANGUAGES:
            shoot_language(run, language)
        shoot_language(run, RTL, rtl_only=True)
        run.workspace.lock()
    for path in run.written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
