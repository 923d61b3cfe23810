"""Screenshots of every ContactWeb screen, rendered offscreen from a throw-away demo vault.

    python -m contactweb.ui.screenshots OUT_DIR        (what ``make screenshots`` runs)

Everything happens under a temporary CONTACTWEB_HOME with an in-memory keyring, so the
person's real vault, settings and keyring are never touched. The bundled fonts are loaded so
that names in every script render without missing-glyph boxes.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

SIZE = (1280, 800)
DIALOG_SIZE = (720, 520)
DEMO_CONTACTS = 1000
ADMIN = "admin"
ADMIN_PASSWORD = "Screenshot-admin-1!"
# What a person would see instead of the throw-away folder this run really uses.
SHOWN_VAULT_DIR = Path("/home/maria/.local/share/ContactWeb/vault")


class ScreenshotRun:
    """One run: a demo vault, the application, and the PNGs written so far."""

    def __init__(self, out_dir: Path, home: Path) -> None:
        self.out_dir = out_dir
        self.home = home
        self.written: list[Path] = []
        self.skipped: list[str] = []
        self.app = self._make_app()
        self.workspace = self._demo_workspace()
        from contactweb.ui.workspace_bridge import WorkspaceBridge

        self.bridge = WorkspaceBridge()

    # -- set-up ----------------------------------------------------------------------------

    def _make_app(self):  # noqa: ANN202
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["contactweb-screenshots"])
        app.setApplicationName("ContactWeb")
        try:
            from contactweb.ui.ui_resources import app_icon, load_bundled_fonts

            load_bundled_fonts(app)
            app.setWindowIcon(app_icon())
        except ImportError:  # the shell's resource helper is missing: load the fonts here
            fonts = Path(__file__).resolve().parents[2] / "resources" / "fonts"
            for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallback.ttf"):
                if (fonts / name).exists():
                    QFontDatabase.addApplicationFont(str(fonts / name))
        return app

    def _demo_workspace(self):  # noqa: ANN202
        from contactweb.services import session

        ws = session.create_vault(self.vault_dir, ADMIN, ADMIN_PASSWORD)
        try:
            from contactweb.services.demo_data import make_demo_data

            make_demo_data(ws, DEMO_CONTACTS)
        except ImportError:
            self._fallback_demo_data(ws)
        self._extra_demo_data(ws)
        return ws

    @property
    def vault_dir(self) -> Path:
        return self.home / "vault"

    def _fallback_demo_data(self, ws) -> None:  # noqa: ANN001
        from contactweb.services import contacts
        from contactweb.services.contacts import ContactInput, EmailInput

        firsts = ("Ada", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Kenji", "Søren", "Wen")
        lasts = ("Abbott", "Becker", "García", "Ivanova", "Nakamura", "Müller", "Xu", "Łukasik")
        with ws.session() as db:
            for i in range(300):
                first, last = firsts[i % len(firsts)], lasts[(i // 3) % len(lasts)]
                contacts.create_in_session(db, ws, ContactInput(
                    first_name=first, last_name=last,
                    emails=[EmailInput(f"contact{i}@example.com")]))

    def _extra_demo_data(self, ws) -> None:  # noqa: ANN001
        """A few things the screens should always show: more users, a due reminder, names in
        other scripts, a business profile."""
        from contactweb.models import utcnow
        from contactweb.services import contacts, reminders, settings, users
        from contactweb.services.contacts import ContactInput

        for name, role in (("maria", "manager"), ("tom", "staff"), ("auditor", "readonly")):
            users.add_user(ws, name, role, f"{name.title()}-demo-pass-1!", must_change=False)
        for first, last, company in (("美咲", "佐藤", "東京商事"), ("Алексей", "Смирнов", ""),
                                     ("Noa", "כהן", ""), ("지훈", "김", "서울무역")):
            contacts.create_contact(ws, ContactInput(first_name=first, last_name=last,
                                                     company=company, tags=["international"]))
        reminders.add_reminder(ws, None, utcnow() - timedelta(hours=3),
                               "Send the spring price list to the florists")
        settings.set_business_profile(ws, settings.BusinessProfile(
            name="Lakeside Florists", postal_address="1 Lake Road\nSpringfield, IL 62701",
            email="hello@example.com", phone="+14155550100"))

    def demo_logo(self) -> Path | None:
        """The ContactWeb icon as a stand-in business logo."""
        from PySide6.QtWidgets import QApplication

        pixmap = QApplication.windowIcon().pixmap(240, 240)
        path = self.home / "logo.png"
        return path if not pixmap.isNull() and pixmap.save(str(path), "PNG") else None

    # -- rendering -------------------------------------------------------------------------

    def save(self, widget, name: str, size: tuple[int, int] = SIZE,  # noqa: ANN001
             close: bool = True) -> None:
        widget.resize(*size)
        widget.show()
        for _ in range(5):  # layouts, lazy fetches and deferred resizes settle
            self.app.processEvents()
        path = self.out_dir / f"{name}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        self.written.append(path)
        if close:
            widget.close()

    def page(self, module: str, class_name: str, name: str) -> None:
        """One of the main window's pages on its own, filled from the demo vault."""
        widget = self._construct(module, class_name,
                                 lambda cls: cls(self.workspace, self.bridge))
        if widget is not None:
            widget.refresh()
            self.save(widget, name)

    def _construct(self, module: str, class_name: str, make: Callable):  # noqa: ANN202
        try:
            cls = getattr(importlib.import_module(f"contactweb.ui.{module}"), class_name)
        except (ImportError, AttributeError) as exc:
            self.skipped.append(f"{module}.{class_name}: {exc}")
            return None
        return make(cls)


def shoot_first_run(run: ScreenshotRun) -> None:
    wizard = run._construct("first_run_wizard", "FirstRunWizard",
                            lambda cls: cls(SHOWN_VAULT_DIR, run.bridge.dialogs))
    if wizard is None:
        return
    run.save(wizard, "first-run-1-location", DIALOG_SIZE, close=False)
    wizard.next()
    wizard.username_edit.setText("maria")
    wizard.password_edit.setText("Spring-tulips-2024!")
    wizard.confirm_edit.setText("Spring-tulips-2024!")
    run.save(wizard, "first-run-2-administrator", DIALOG_SIZE, close=False)
    wizard.next()
    run.save(wizard, "first-run-3-demo-data", DIALOG_SIZE)


def shoot_sign_in(run: ScreenshotRun) -> None:
    dialog = run._construct("sign_in_dialog", "SignInDialog",
                            lambda cls: cls(SHOWN_VAULT_DIR, run.bridge.dialogs, ADMIN))
    if dialog is not None:  # only shown, never submitted: the folder shown need not exist
        dialog.password_edit.setText(ADMIN_PASSWORD)
        run.save(dialog, "sign-in", (480, 300))


def render_all(out_dir: Path, home: Path) -> ScreenshotRun:
    run = ScreenshotRun(out_dir, home)
    shoot_first_run(run)
    shoot_sign_in(run)
    run.page("today_tab", "TodayTab", "today")
    run.page("communications_tab", "CommunicationsTab", "communications")
    run.page("sales_tab", "SalesTab", "sales")
    admin = run._construct("administration_tab", "AdministrationTab",
                           lambda cls: cls(run.workspace, run.bridge))
    if admin is not None:
        admin.refresh()
        admin.users_widget.select_user("tom")
        logo = run.demo_logo()
        if logo is not None:
            admin.business_widget.load_logo(logo)
            admin.business_widget.save()
        admin.audit_widget.refresh()
        admin.audit_widget.verify()
        for index, name in enumerate(("users", "business", "settings", "audit")):
            admin.tabs.setCurrentIndex(index)
            run.save(admin, f"administration-{name}")
    run.workspace.lock()
    return run


def write_report_pages(out_dir: Path) -> list[Path]:
    """The reports engineer's samples: first page of each report as a PNG."""
    try:
        from contactweb.services.reports.samples import write_first_page_pngs, write_samples
    except ImportError:
        return []
    with tempfile.TemporaryDirectory() as scratch:
        pdfs = write_samples(scratch)
        try:
            return write_first_page_pngs(pdfs, out_dir=out_dir)
        except (RuntimeError, OSError) as exc:  # no pdftoppm: the PDFs alone are no screenshot
            print(f"report pages skipped: {exc}", file=sys.stderr)
            return []


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m contactweb.ui.screenshots OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(args[0]).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="contactweb-home-") as home:
        # Set before anything reads them: a throw-away home, a quick KDF, no real keyring.
        os.environ["CONTACTWEB_HOME"] = home
        os.environ["CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS"] = "1"
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import keyring
        from keyring.backends import null

        keyring.set_keyring(null.Keyring())
        run = render_all(out_dir, Path(home))
    written = run.written + write_report_pages(out_dir)
    for path in written:
        print(path)
    for note in run.skipped:
        print(f"skipped {note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
