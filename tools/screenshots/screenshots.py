"""Screenshots of every ContactWeb screen, rendered offscreen from a throw-away demo vault.

    python -m tools.screenshots.screenshots OUT_DIR        (what ``make screenshots`` runs)

Everything happens under a temporary CONTACTWEB_HOME with an in-memory keyring, so the
person's real vault, settings and keyring are never touched. The bundled fonts are loaded so
that names in every script render without missing-glyph boxes.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

SIZE = (1280, 800)
DIALOG_SIZE = (720, 520)
DEMO_CONTACTS = 1000
ADMIN = "admin"
ADMIN_PASSWORD = "Screenshot-admin-1!"
# What a person would see instead of the throw-away folder this run really uses.
SHOWN_VAULT_DIR = Path("/home/maria/.local/share/ContactWeb/vault")
INTERNATIONAL_NAMES = (("美咲", "佐藤", "東京商事"), ("Алексей", "Смирнов", ""),
                       ("Noa", "כהן", ""), ("지훈", "김", "서울무역"), ("Zoë", "Łukasik", ""))


class ScreenshotRun:
    """One run: a demo vault, the application, and the PNGs written so far."""

    def __init__(self, out_dir: Path, home: Path) -> None:
        self.out_dir = out_dir
        self.home = home
        self.written: list[Path] = []
        self.missing_glyphs = ""
        self.app = self._make_app()
        self.workspace = self._demo_workspace()
        self.showcase_id = self._showcase_contact()
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge

        self.bridge = WorkspaceBridge()

    # -- set-up ----------------------------------------------------------------------------

    def _make_app(self):  # noqa: ANN202
        from PySide6.QtWidgets import QApplication

        from contactweb.ui.kit.ui_resources import app_icon, load_bundled_fonts

        app = QApplication.instance() or QApplication(["contactweb-screenshots"])
        app.setApplicationName("ContactWeb")
        load_bundled_fonts(app)
        app.setWindowIcon(app_icon())
        return app

    @property
    def vault_dir(self) -> Path:
        return self.home / "vault"

    def _demo_workspace(self):  # noqa: ANN202
        from contactweb.services import settings
        from contactweb.services.accounts import session, users

        ws = session.create_vault(self.vault_dir, ADMIN, ADMIN_PASSWORD)
        try:
            from contactweb.services.demo_data import make_demo_data

            make_demo_data(ws, DEMO_CONTACTS)
        except ImportError:
            self._fallback_demo_data(ws)
        for name, role in (("maria", "manager"), ("tom", "staff"), ("auditor", "readonly")):
            users.add_user(ws, name, role, f"{name.title()}-demo-pass-1!", must_change=False)
        settings.set_business_profile(ws, settings.BusinessProfile(
            name="Lakeside Florists", postal_address="1 Lake Road\nSpringfield, IL 62701",
            email="hello@example.com", phone="+14155550100"))
        return ws

    def _fallback_demo_data(self, ws) -> None:  # noqa: ANN001
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import ContactInput, EmailInput

        firsts = ("Ada", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Kenji", "Søren", "Wen")
        lasts = ("Abbott", "Becker", "García", "Ivanova", "Nakamura", "Müller", "Xu", "Łukasik")
        with ws.session() as db:
            for i in range(300):
                first, last = firsts[i % len(firsts)], lasts[(i // 3) % len(lasts)]
                contacts.create_in_session(db, ws, ContactInput(
                    first_name=first, last_name=last,
                    emails=[EmailInput(f"contact{i}@example.com")]))

    def _showcase_contact(self) -> int:
        """A contact with something on every detail tab, plus names in other scripts."""
        from contactweb.models import utcnow
        from contactweb.services.activity import communications, reminders, sales
        from contactweb.services.activity.communications import CommunicationInput
        from contactweb.services.activity.sales import SaleInput, SaleLineInput
        from contactweb.services.consent import consent
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import (
            AddressInput,
            ContactInput,
            EmailInput,
            PhoneInput,
        )

        ws = self.workspace
        for first, last, company in INTERNATIONAL_NAMES:
            contacts.create_contact(ws, ContactInput(first_name=first, last_name=last,
                                                     company=company, tags=["international"]))
        cid = contacts.create_contact(ws, ContactInput(
            first_name="Amélie", last_name="Abbott", company="Harbor Dental",
            title="Office manager", tags=["customer", "dental"],
            emails=[EmailInput("amelie.abbott@example.com")],
            phones=[PhoneInput("+1 503 555 0142", "mobile")],
            addresses=[AddressInput("12 Harbor Way", "Portland", "OR", "97201", "US")],
            notes="Prefers a call before 10 am. Orders flowers for the waiting room monthly."))
        now = utcnow()
        for days, kind, subject, minutes in (
                (1, "call", "Asked about the spring arrangements", 12),
                (6, "email", "Sent the spring price list", None),
                (20, "meeting", "Visited the practice to measure the reception", 40)):
            communications.log_communication(ws, cid, CommunicationInput(
                kind, occurred_at=now - timedelta(days=days), subject=subject,
                duration_minutes=minutes))
        for days, status, product, qty, cents in ((3, "quote", "Spring arrangement", 4, 6_500),
                                                   (40, "invoiced", "Monthly bouquet", 6, 4_200)):
            sales.add_sale(ws, cid, SaleInput([SaleLineInput(product, qty, cents)], status,
                                              "USD", date.today() - timedelta(days=days)))
        consent.opt_in(ws, cid, "email", "Signed up at the spring fair", method="paper form")
        consent.opt_out(ws, cid, "sms", "Asked not to get text messages")
        reminders.add_reminder(ws, cid, now - timedelta(hours=3),
                               "Call Amélie about the spring arrangement quote")
        reminders.add_reminder(ws, cid, now + timedelta(days=2), "Deliver the first bouquet")
        return cid

    def demo_logo(self) -> Path | None:
        """The ContactWeb icon as a stand-in business logo."""
        from PySide6.QtWidgets import QApplication

        pixmap = QApplication.windowIcon().pixmap(240, 240)
        path = self.home / "logo.png"
        return path if not pixmap.isNull() and pixmap.save(str(path), "PNG") else None

    # -- rendering -------------------------------------------------------------------------

    def settle(self) -> None:
        for _ in range(5):  # layouts, lazy fetches and deferred resizes settle
            self.app.processEvents()

    def save(self, widget, name: str, size: tuple[int, int] = SIZE,  # noqa: ANN001
             close: bool = True) -> None:
        widget.resize(*size)
        widget.show()
        self.settle()
        path = self.out_dir / f"{name}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        self.written.append(path)
        if close:
            widget.close()


def shoot_first_run(run: ScreenshotRun) -> None:
    from contactweb.ui.app.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard(SHOWN_VAULT_DIR, run.bridge.dialogs)
    run.save(wizard, "first-run-1-location", DIALOG_SIZE, close=False)
    wizard.next()
    wizard.username_edit.setText("maria")
    wizard.password_edit.setText("Spring-tulips-2024!")
    wizard.confirm_edit.setText("Spring-tulips-2024!")
    run.save(wizard, "first-run-2-administrator", DIALOG_SIZE, close=False)
    wizard.next()
    run.save(wizard, "first-run-3-demo-data", DIALOG_SIZE)


def shoot_sign_in(run: ScreenshotRun) -> None:
    from contactweb.ui.app.sign_in_dialog import SignInDialog

    # Only shown, never submitted: the folder shown need not exist.
    dialog = SignInDialog(SHOWN_VAULT_DIR, run.bridge.dialogs, ADMIN)
    dialog.password_edit.setText(ADMIN_PASSWORD)
    run.save(dialog, "sign-in", (480, 300))


def shoot_main_window(run: ScreenshotRun) -> None:
    from contactweb.ui.app.main_window import MainWindow

    window = MainWindow(run.workspace, run.bridge)
    window.resize(*SIZE)
    window.show()
    contacts = window.show_page("contacts")
    run.save(window, "main-window-contacts", close=False)
    shoot_dark_and_hidpi(run, window)
    contacts.show_contact(run.showcase_id)
    tabs = contacts.detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        run.save(window, f"contact-{_slug(tabs.tabText(index))}", close=False)
    tag_index = contacts.tag_combo.findText("international")
    if tag_index >= 0:  # names in other scripts: no missing-glyph boxes
        contacts.tag_combo.setCurrentIndex(tag_index)
        contacts.apply_filters()
        for _ in range(200):  # the filtered rows are read on a worker: select one of them
            if not contacts.model.reading_rows:
                break
            run.settle()
        contacts.table.selectRow(0)
        run.save(window, "contacts-international", close=False)
    for key in ("today", "communications", "sales"):
        page = window.show_page(key)
        if key == "today":
            page.reminder_view.selectRow(0)
        run.save(window, key, close=False)
    admin = window.show_page("administration")
    _prepare_administration(run, admin)
    for index in range(admin.tabs.count()):
        admin.tabs.setCurrentIndex(index)
        run.save(window, f"administration-{_slug(admin.tabs.tabText(index))}", close=False)
    shoot_change_password(run, window)
    window.clear()
    window.hide()


def shoot_dark_and_hidpi(run: ScreenshotRun, window) -> None:  # noqa: ANN001
    """The same window in the dark palette, and rendered at twice the pixel density."""
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from contactweb.ui.kit.palette import dark_palette

    app = QApplication.instance()
    light = app.palette()
    app.setPalette(dark_palette())
    run.settle()
    run.save(window, "main-window-contacts-dark", close=False)
    app.setPalette(light)
    run.settle()
    pixmap = QPixmap(window.size() * 2)
    pixmap.setDevicePixelRatio(2)
    window.render(pixmap)
    pixmap.save(str(run.out_dir / "main-window-contacts-hidpi.png"))
    run.written.append(run.out_dir / "main-window-contacts-hidpi.png")


def _prepare_administration(run: ScreenshotRun, admin) -> None:  # noqa: ANN001
    from contactweb.ui.kit.operations import operations_running

    admin.users_widget.select_user("tom")
    logo = run.demo_logo()
    if logo is not None:
        admin.business_widget.load_logo(logo)
        admin.business_widget.save()
        while operations_running():  # the profile saves off the UI thread
            run.app.processEvents()
    admin.audit_widget.refresh()
    admin.audit_widget.verify()
    while not admin.audit_widget.verify_button.isEnabled():  # verify runs on a worker
        run.app.processEvents()


def shoot_change_password(run: ScreenshotRun, parent) -> None:  # noqa: ANN001
    from contactweb.ui.app.change_password_dialog import ChangePasswordDialog

    dialog = ChangePasswordDialog(run.workspace, parent)
    dialog.current_edit.setText(ADMIN_PASSWORD)
    dialog.new_edit.setText("tulips2024")
    dialog.confirm_edit.setText("tulips2024")
    run.save(dialog, "change-password", (720, dialog.sizeHint().height()))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "")).strip("-")


def missing_glyphs(text: str) -> str:
    """Characters that no font in the application font's family list can draw: they would
    show as empty boxes (system fallback fonts are not consulted, so this errs on caution)."""
    from PySide6.QtGui import QFont, QRawFont
    from PySide6.QtWidgets import QApplication

    fonts = [QRawFont.fromFont(QFont(family)) for family in QApplication.font().families()]
    return "".join(sorted({c for c in text if not c.isspace()
                           and not any(f.supportsCharacter(ord(c)) for f in fonts)}))


def render_all(out_dir: Path, home: Path) -> ScreenshotRun:
    run = ScreenshotRun(out_dir, home)
    shoot_first_run(run)
    shoot_sign_in(run)
    shoot_main_window(run)
    run.missing_glyphs = missing_glyphs("".join("".join(n) for n in INTERNATIONAL_NAMES))
    run.workspace.lock()
    return run


def write_report_pages(out_dir: Path) -> list[Path]:
    """The reports engineer's samples: first page of each report as a PNG."""
    from contactweb.formats.pdf.samples import write_first_page_pngs, write_samples

    with tempfile.TemporaryDirectory() as scratch:
        pdfs = write_samples(scratch)
        try:
            return write_first_page_pngs(pdfs, out_dir=out_dir)
        except (RuntimeError, OSError) as exc:  # no pdftoppm: the PDFs alone are no screenshot
            print(f"report pages skipped: {exc}", file=sys.stderr)
            return []


def output_folder(argv: list[str] | None, module: str) -> Path | None:
    """The one argument, OUT_DIR, made to exist; None (after the usage line) without it."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(f"usage: python -m {module} OUT_DIR", file=sys.stderr)
        return None
    out_dir = Path(args[0]).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir


@contextmanager
def throwaway_home() -> Iterator[Path]:
    """Set before anything reads them: a throw-away home, a quick KDF, no real keyring."""
    with tempfile.TemporaryDirectory(prefix="contactweb-home-") as home:
        os.environ["CONTACTWEB_HOME"] = home
        os.environ["CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS"] = "1"
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import keyring
        from keyring.backends import null

        keyring.set_keyring(null.Keyring())
        yield Path(home)


def main(argv: list[str] | None = None) -> int:
    out_dir = output_folder(argv, "tools.screenshots.screenshots")
    if out_dir is None:
        return 2
    with throwaway_home() as home:
        run = render_all(out_dir, home)
    written = run.written + write_report_pages(out_dir)
    for path in written:
        print(path)
    missing = run.missing_glyphs
    if missing:
        print(f"warning: the bundled fonts as loaded cannot draw {missing!r}; those "
              "characters show as boxes in the screenshots", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
