"""The flow of the desktop application: first run or sign-in, the main window, and locking.

Every dialog opens through ``self.host`` (a DialogHost) so tests can drive them and locking
can close them. ``lock(reason)`` is the one way the workspace ends while the program runs:
idle and shared-computer locking call it too.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from contactweb.collector import start_up_done
from contactweb.errors import ContactWebError
from contactweb.team import profile as team_profiles
from contactweb.team.profile import TeamProfile
from contactweb.ui.app.first_run_flow import FirstRunFlow
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.sign_in_dialog import SignInDialog
from contactweb.ui.app.team_change_listener import TeamChangeListener, show_team_connection
from contactweb.ui.app.window_placement import WindowPlacement
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.operations import BackgroundOp, OperationRunner
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.session.draft_keeper import DraftKeeper
from contactweb.ui.session.lock_shortcut import LockShortcut
from contactweb.ui.session.session_lifecycle import SessionLifecycle, SignedInSession
from contactweb.ui.session.shared_computer_guard import SharedComputerGuard
from contactweb.ui.session.workplace_memory import WorkplaceMemory
from contactweb.vault.permissions import Action
from contactweb.vault.vault import Vault
from contactweb.vault.workspace import Workspace

# The sign-in window is painted before the main window, its pages and services, the first-run
# wizard and the demo data are loaded (about a second of imports): they load where they are
# first used, and the main window's just after the sign-in window is up (_load_later).
if TYPE_CHECKING:
    from contactweb.services.demo_data import DemoDataSummary
    from contactweb.ui.app.first_run_wizard import FirstRunWizard
    from contactweb.ui.app.main_window import MainWindow
    from contactweb.ui.backup.backup_scheduler import BackupScheduler
    from contactweb.ui.privacy.privacy_retention_timer import PrivacyRetentionTimer

LOADED_AFTER_FIRST_PAINT = ("contactweb.services.accounts.session",
                            "contactweb.ui.app.main_window",
                            "contactweb.ui.backup.backup_scheduler",
                            "contactweb.ui.privacy.privacy_retention_timer")
_AFTER_FIRST_PAINT_MS = 300


def _is_main_window(window: object) -> bool:
    from contactweb.ui.app.main_window import MainWindow

    return isinstance(window, MainWindow)

log = logging.getLogger(__name__)
RETENTION_FIRST_CHECK_MS = 5 * 60 * 1000
# Translated where shown (context "AppController").
LOCK_NOTICES = {"lock": QT_TRANSLATE_NOOP("AppController", "ContactWeb is locked. Sign in to continue."),
                "idle": QT_TRANSLATE_NOOP("AppController", "ContactWeb locked itself after a while without use. Sign in to "
                                          "continue."),
                "minimised": QT_TRANSLATE_NOOP("AppController", "ContactWeb signed out because its window was minimised on this "
                                               "shared computer. Sign in to continue."),
                "closed": QT_TRANSLATE_NOOP("AppController", "ContactWeb signed out because its window was closed on this "
                                            "shared computer. Sign in to continue."),
                "idle-shared": QT_TRANSLATE_NOOP("AppController", "ContactWeb signed out after a few minutes without use, as "
                                                 "it does on a shared computer. Sign in to continue.")}
DRAFTS_KEPT_NOTICE = QT_TRANSLATE_NOOP("AppController", "Unsaved changes were kept; they are offered back when you sign in again.")


class AppController(QObject):
    signedIn = Signal(object)  # Workspace: a main window is open for it
    lockedOut = Signal(str)  # reason: 'lock', 'idle', 'signout', ...

    def __init__(self, host: DialogHost | None = None, prefs: GuiPreferences | None = None,
                 quit_app: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host or DialogHost(self)
        self.prefs = prefs if prefs is not None else GuiPreferences.load()
        self._quit_app = quit_app or QApplication.quit
        # Shared-computer mode turns this off: no username is left behind on the machine.
        self.remember_username = True
        self.workspace: Workspace | None = None
        self.bridge: WorkspaceBridge | None = None
        self.main_window: MainWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self.create_worker: BackgroundOp | None = None
        self.demo_summary: DemoDataSummary | None = None
        self.backup_scheduler: BackupScheduler | None = None
        self.retention_timer: PrivacyRetentionTimer | None = None
        # Idle lock, countdown and shared-computer mode; it asks, lock() signs out.
        self.guard = SharedComputerGuard(self.host, self)
        self.guard.signOutRequested.connect(self.lock)
        self.drafts = DraftKeeper(self.host)
        self.lifecycle = SessionLifecycle(self.host, self.drafts, self)
        self._session: SignedInSession | None = None
        # Ctrl+L over any dialog, wizard or progress window; and the place to come back to.
        self.lock_shortcut = LockShortcut(self)
        self.lock_shortcut.lockRequested.connect(
            lambda: self.lock("lock") if self._session is not None else None)
        self.workplace = WorkplaceMemory()
        # Work before anyone signed in (creating the vault, signing in) has a runner of its
        # own, without a workspace.
        self.operations = OperationRunner(self.host, self)
        # A vault folder picked on the sign-in screen, for this run only: it may be a restored
        # copy, which must never become the default silently. Only a sign-in to a vault that
        # is not a copy writes it to the preferences.
        self._vault_this_run: Path | None = None
        self.first_run = FirstRunFlow(self)

    def vault_dir(self) -> Path:
        return self._vault_this_run or self.prefs.vault_dir()

    def start(self) -> None:
        if Vault(self.vault_dir()).exists() or self._remembered_team_profile() is not None:
            self.show_sign_in()
        else:
            self.show_first_run()

    # --- first run ----------------------------------------------------------------------------
    def show_first_run(self) -> None:
        self.first_run.show()

    # --- signing in -----------------------------------------------------------------------------
    def show_sign_in(self, notice: str = "") -> None:
        username = self.prefs.last_username \
            if self.remember_username and not self.prefs.shared_here() else ""
        dialog = SignInDialog(self.vault_dir(), self.host, self.operations, username,
                              shared_computer=self.prefs.shared_computer,
                              vault_shared=self.prefs.vault_shared_computer)
        dialog.set_notice(notice)
        team = self._remembered_team_profile()
        if team is not None:
            dialog.use_team_profile(team)
        dialog.signedIn.connect(self._signed_in)
        dialog.vaultChanged.connect(self._vault_picked)
        dialog.rejected.connect(self._sign_in_rejected)
        self.sign_in_dialog = dialog
        self.host.show_dialog(dialog)
        QTimer.singleShot(_AFTER_FIRST_PAINT_MS, self._load_later)

    @staticmethod
    def _load_later() -> None:
        """The main window's modules, while the person types their password, so that signing
        in does not wait for them."""
        for name in LOADED_AFTER_FIRST_PAINT:
            importlib.import_module(name)
        start_up_done()

    def _remembered_team_profile(self) -> TeamProfile | None:
        """The team server signed in to last, while its profile is still there."""
        if not self.prefs.team_profile:
            return None
        try:
            return team_profiles.load(self.prefs.team_profile)
        except ContactWebError as exc:
            log.warning("the remembered team profile is not usable: %s", exc)
            return None

    def _sign_in_rejected(self) -> None:
        if self.workspace is None:
            self.quit()

    def _vault_picked(self, folder: Path) -> None:
        """Offered again within this run (after a lock, a sign-out), never written down here."""
        self._vault_this_run = Path(folder)

    def _signed_in(self, ws: Workspace) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            self.prefs.shared_computer = dialog.machine_shared()
            dialog.deleteLater()
        self.prefs.vault_shared_computer = self.guard.vault_is_shared(ws)
        self.prefs.team_profile = ws.vault.profile.name if ws.on_team_server else ""
        if ws.on_team_server:
            self._remember(username=ws.username, shared=self.guard.is_shared(ws))
        else:
            self._remember_vault_signed_in(ws)
        self.open_main_window(ws)

    def _remember_vault_signed_in(self, ws: Workspace) -> None:
        """A vault that is not a restored copy becomes the default. A copy is opened on
        purpose, each time: the remembered default stays as it was, and for the rest of this
        run the sign-in offers the live vault it was restored from."""
        from contactweb.services.backup.restored_copy import restored_copy

        shared = self.guard.is_shared(ws)
        copy = restored_copy(ws)
        if copy is None:
            self._vault_this_run = None
            self._remember(vault_dir=ws.vault.folder, username=ws.username, shared=shared)
            return
        live = Path(copy.source_folder) if copy.source_folder else None
        self._vault_this_run = live if live is not None and Vault(live).exists() and \
            live != ws.vault.folder.resolve() else None
        self._remember(username=ws.username, shared=shared)

    def _remember(self, vault_dir: Path | None = None, username: str | None = None,
                  shared: bool = False) -> None:
        if vault_dir is not None:
            self.prefs.team_profile = ""  # a vault folder chosen: not the team server
            if str(vault_dir) != self.prefs.vault_path:
                self.prefs.vault_shared_computer = False  # not known until someone signs in
            self.prefs.vault_path = str(vault_dir)
        if username is not None and self.remember_username:
            self.prefs.last_username = username
        if shared or self.prefs.shared_here():
            self.prefs.last_username = ""  # a shared computer remembers nobody
        try:
            self.prefs.save()
        except OSError as exc:
            log.warning("could not save the preferences: %s", exc)

    # --- the main window ------------------------------------------------------------------------
    def open_main_window(self, ws: Workspace) -> MainWindow:
        # This machine's shared-computer switch reaches the workspace before any service
        # call could store a secret.
        ws.shared_computer = ws.shared_computer or self.prefs.shared_computer
        self.workspace = ws
        self.bridge = WorkspaceBridge(self.host, OperationRunner(self.host, ws=ws), parent=self)
        from contactweb.ui.app.main_window import MainWindow

        window = MainWindow(ws, self.bridge)
        window.lockRequested.connect(lambda: self.lock("lock"))
        window.signOutRequested.connect(lambda: self.lock("signout"))
        window.quitRequested.connect(self.quit)
        self.bridge.vaultDeleted.connect(self._vault_deleted)
        self.bridge.vaultReplaced.connect(self._vault_replaced)
        self.main_window = window
        from contactweb.services import secrets as service_secrets
        from contactweb.ui.backup.backup_scheduler import BackupScheduler
        from contactweb.ui.privacy.privacy_retention_timer import PrivacyRetentionTimer

        if service_secrets.shared_computer(ws):
            # Passwords stored in this account's keyring before shared mode was turned on
            # would stay readable by anyone using it: they move into the vault.
            moved = service_secrets.move_keyring_secrets_into_vault(ws).message()
            if moved:
                self.host.inform(window, self.tr("ContactWeb"), moved)
        self.backup_scheduler = BackupScheduler(ws, self.bridge.operations, parent=self)
        self.backup_scheduler.statusText.connect(window.backup_label.setText)
        self.backup_scheduler.start()
        # The daily retention run: first checked a few minutes after sign-in, then hourly.
        self.retention_timer = PrivacyRetentionTimer(ws, self.bridge, self)
        stops = [lambda s=self.backup_scheduler, t=self.retention_timer: self._stop_timers(s, t)]
        if ws.on_team_server:  # what other desktops save refreshes this one's views too
            listener = TeamChangeListener(ws, self.bridge, self)
            listener.connectionChanged.connect(
                lambda connected, w=window: show_team_connection(w.statusBar(), connected))
            listener.start()
            stops.append(listener.stop)
        self._session = SignedInSession(ws, self.bridge, window, stops)
        QTimer.singleShot(RETENTION_FIRST_CHECK_MS, self.retention_timer,
                          self.retention_timer.start)
        # Pages with timers of their own are built once the first rows are painted (about
        # 20 ms of reading reminders, outbox and settings that signing in waited for).
        QTimer.singleShot(0, window, lambda: self._start_page_timers(ws, window))
        WindowPlacement.restore(window, self.prefs.window_geometry)
        if self.prefs.window_maximised:
            window.showMaximized()
        else:
            window.show()
        self.guard.begin(ws, window)
        self.workplace.restore(window, str(self.vault_dir()), ws.username)
        self.lock_shortcut.install()
        self.bridge.changed.connect(lambda changes: self._settings_changed(ws)
                                    if changes.settings else None)
        # Drafts kept at an earlier automatic sign-out, once the window is up.
        QTimer.singleShot(0, self, lambda: self._offer_drafts(ws))
        self.signedIn.emit(ws)
        return window

    def _start_page_timers(self, ws: Workspace, window: MainWindow) -> None:
        """Build the pages whose timers run while someone is signed in, whichever page is
        shown: Today raises due-reminder notifications, Mailings sends deferred messages."""
        if ws is not self.workspace or ws.locked or window is not self.main_window:
            return  # signed out meanwhile
        if "today" in window.page_keys():
            window.page("today")
        if "mailings" in window.page_keys() and ws.can(Action.MAILING_SEND):
            window.page("mailings")

    def _settings_changed(self, ws: Workspace) -> None:
        """An administrator saved the settings: the idle timeout, and whether the vault is
        shared now (then the name remembered on this machine goes at once)."""
        self.guard.apply_settings(ws)
        if not ws.locked:
            self.prefs.vault_shared_computer = self.guard.vault_is_shared(ws)
            self._remember(shared=self.guard.shared)

    def _offer_drafts(self, ws: Workspace) -> None:
        if ws is self.workspace and self.bridge is not None:
            self.drafts.offer_drafts(ws, self.bridge, self.main_window)

    def lock(self, reason: str = "lock") -> None:
        """End the session: close every dialog, drop the key, clear every page, and ask
        for a password again. ``reason`` is recorded in the audit log."""
        ended = self._end_session(reason)
        if ended is None:
            return
        kept, shared = ended
        notice = LOCK_NOTICES.get(f"{reason}-shared" if shared else reason) or \
            LOCK_NOTICES.get(reason, "")
        notice = self.tr(notice) if notice else ""
        self.show_sign_in(f"{notice} {self.tr(DRAFTS_KEPT_NOTICE)}".strip() if kept else notice)

    def _vault_replaced(self, live_folder: Path) -> None:
        """A restored copy took the live vault's place: sign in there."""
        if self._end_session("vault-replaced", keep_drafts=False) is None:
            return
        self._vault_this_run = None
        self._remember(vault_dir=live_folder)
        self.show_sign_in(self.tr("The restored copy is now the live vault, with its backups; the "
                                  "previous files are kept aside in its folder. Sign in to continue."))

    def _vault_deleted(self, notice: str) -> None:
        """The account was closed from Administration: nothing is left to sign in to, so
        ContactWeb starts over with the first-run wizard."""
        if self._end_session("vault-deleted") is None:
            return
        self.host.inform(None, self.tr("Vault deleted"), notice)
        self.show_first_run()

    def _end_session(self, reason: str, keep_drafts: bool = True) -> tuple[int, bool] | None:
        """Everything signing out does (``SessionLifecycle`` owns the order); returns
        (drafts kept, shared-computer mode), or None when nobody was signed in."""
        signed_in = self._session
        if signed_in is None:
            return None
        self._session = None
        shared = self.guard.shared
        if not signed_in.workspace.locked:
            # The vault's setting as it is now, for the sign-in screen that comes next.
            self.prefs.vault_shared_computer = self.guard.vault_is_shared(signed_in.workspace)
        self._keep_placement(signed_in.window)
        self._keep_workplace(signed_in, reason)
        self._remember(shared=shared)  # whatever turned the mode on, the name goes
        kept = self.lifecycle.end(signed_in, reason, keep_drafts=keep_drafts,
                                  before_lock=self.guard.sweep_screen)
        self.workspace = self.bridge = self.main_window = None
        self.backup_scheduler = self.retention_timer = None
        self.lockedOut.emit(reason)
        return kept, shared

    def shutdown(self) -> None:
        """Sign out without a word (the program is ending); safe to call twice."""
        signed_in, self._session = self._session, None
        if signed_in is None:
            return
        self._keep_placement(signed_in.window)
        self._keep_workplace(signed_in, "signout")
        self._remember()
        self.lifecycle.end(signed_in, "signout", keep_drafts=False,
                           before_lock=self.guard.sweep_screen)
        self.workspace = self.bridge = self.main_window = None
        self.backup_scheduler = self.retention_timer = None

    def _keep_placement(self, window: object) -> None:
        """The main window's size, place and maximised state, for the next sign-in or start
        (saved by the next ``_remember``)."""
        if _is_main_window(window) and window.isVisible():  # type: ignore[attr-defined]
            self.prefs.window_geometry, self.prefs.window_maximised = \
                WindowPlacement.capture(window)

    def _keep_workplace(self, signed_in: SignedInSession, reason: str) -> None:
        """A lock (asked for or automatic) keeps the page and selection for the same
        person's unlock; signing out on purpose forgets them."""
        self.lock_shortcut.remove()
        window = signed_in.window
        if reason in ("signout", "vault-deleted") or not _is_main_window(window) \
                or signed_in.workspace.locked:
            self.workplace.forget()
            return
        self.workplace.keep(window, str(self.vault_dir()), signed_in.workspace.username)

    def _stop_timers(self, scheduler: BackupScheduler, timer: PrivacyRetentionTimer) -> None:
        self.guard.end()
        timer.stop()
        timer.deleteLater()
        scheduler.stop()
        scheduler.deleteLater()

    def quit(self) -> None:
        # A vault changed since its last backup is backed up first; quit() runs again after.
        scheduler = self.backup_scheduler
        if scheduler is not None and scheduler.backup_before_exit(self.quit):
            return
        self.shutdown()
        self._quit_app()
