"""The main window: a sidebar of pages (from ``pages.PAGES``), menus and shortcuts, and a
status bar with who is signed in, the last backup and a Lock button.

The title is always "ContactWeb": a contact's name never shows in the task bar or in
screen-sharing window lists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contactweb import __version__, i18n
from contactweb.services.changes import Changes
from contactweb.ui.app.change_password_dialog import ChangePasswordDialog
from contactweb.ui.app.edit_menu import EditMenu
from contactweb.ui.app.file_drop_handler import FileDropHandler
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.help_dialog import HelpDialog
from contactweb.ui.app.language_dialog import LanguageDialog
from contactweb.ui.app.pages import PAGES, PageSpec
from contactweb.ui.app.shortcuts_dialog import ShortcutsDialog
from contactweb.ui.app.window_placement import WindowPlacement
from contactweb.ui.backup.backup_notice_banner import BackupNoticeBanner
from contactweb.ui.backup.backup_status_label import BackupStatusLabel
from contactweb.ui.interchange.import_actions import ImportActions
from contactweb.ui.kit.background_work_widget import BackgroundWorkWidget
from contactweb.ui.kit.ui_resources import app_icon, icon
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import ROLE_TITLES, Action
from contactweb.vault.workspace import Workspace

WINDOW_TITLE = "ContactWeb"
PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    lockRequested = Signal()
    signOutRequested = Signal()
    quitRequested = Signal()

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowIcon(app_icon())
        WindowPlacement.fit_to_screen(self)
        self.specs: list[PageSpec] = [s for s in PAGES
                                      if s.permission is None or workspace.can(s.permission)]
        self._pages: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(180)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), QCoreApplication.translate("Pages", spec.title))
            item.setData(PAGE_KEY_ROLE, spec.key)
            self.sidebar.addItem(item)
            slot = QWidget()  # the page itself is made when first shown
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots[spec.key] = slot
            self.stack.addWidget(self._scrolling(slot))
        self.sidebar.currentRowChanged.connect(self._row_changed)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        # Above every page: a restored copy says so; paused backups alert administrators.
        self.backup_notice = BackupNoticeBanner(workspace, bridge)
        self.backup_notice.adoptRequested.connect(self.show_backups)
        framed = QWidget()
        column = QVBoxLayout(framed)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.backup_notice)
        column.addWidget(central, 1)
        self.setCentralWidget(framed)

        self._make_menus()
        self._make_status_bar()
        # A .vcf or .csv dropped on the window starts the import wizard with it.
        self.file_drop = FileDropHandler(
            self, ImportActions.allowed(workspace)["import"],
            lambda path: ImportActions.open_import(self, self._ws, self._bridge, path))
        bridge.contactRequested.connect(self.show_contact)
        bridge.changed.connect(self._changes)
        self.sidebar.setCurrentRow(0)

    # --- pages --------------------------------------------------------------------------------
    @staticmethod
    def _scrolling(slot: QWidget) -> QScrollArea:
        """A page scrolls when the window is smaller than it needs, instead of making the
        whole window wider than a small screen (and one page's needs stay its own)."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(slot)
        return area

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, created now if it was not shown before."""
        if key not in self._pages:
            spec = next(s for s in self.specs if s.key == key)
            # No catch-all: a page that cannot be built is a bug, and the crash handler shows it.
            widget = spec.page_class(self._ws, self._bridge)
            self._pages[key] = widget
            self._slots[key].layout().addWidget(widget)
            widget.refresh()  # pages read the vault when first shown, not when imported
            activated = getattr(widget, "contactActivated", None)
            if activated is not None and key != "contacts":
                activated.connect(self.show_contact)
        return self._pages[key]

    def created_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def show_page(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(self.page_keys().index(key))
        return self.page(key)

    def current_page_key(self) -> str:
        return self.page_keys()[self.sidebar.currentRow()]

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            key = self.specs[row].key
            self.page(key)
            self.stack.setCurrentWidget(self._slots[key].parentWidget().parentWidget())

    def show_backups(self) -> None:
        """Administration → Backups (adopting a restored copy, the transfer basis)."""
        admin = self.show_page("administration")
        admin.tabs.setCurrentWidget(admin.backup_widget)

    def contacts_page(self) -> QWidget:
        return self.show_page("contacts")

    def show_contact(self, contact_id: int) -> None:
        self.contacts_page().show_contact(contact_id)

    # --- menus ----------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                icon_name: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_contact_action = self._action(
            self.tr("&New contact…"), lambda: self.contacts_page().new_contact(),
            QKeySequence.StandardKey.New, "contact-new")
        self.new_contact_action.setEnabled(self._ws.can(Action.CONTACT_EDIT))
        file_menu.addAction(self.new_contact_action)
        self._add_interchange_actions(file_menu)
        file_menu.addSeparator()
        self.change_password_action = self._action(self.tr("&Change my password…"),
                                                   self.change_password)
        file_menu.addAction(self.change_password_action)
        self.lock_action = self._action(self.tr("&Lock"), self.lockRequested.emit, "Ctrl+L", "lock")
        file_menu.addAction(self.lock_action)
        self.sign_out_action = self._action(self.tr("Sign &out"), self.signOutRequested.emit)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.quitRequested.emit, "Ctrl+Q")
        file_menu.addAction(self.quit_action)

        self.edit_menu = EditMenu(self, self._ws, self._bridge)
        edit_menu = bar.addMenu(self.tr("&Contact"))
        self.find_action = self._action(self.tr("&Find…"), lambda: self.contacts_page().focus_search(),
                                        QKeySequence.StandardKey.Find, "search")
        edit_menu.addAction(self.find_action)
        self.log_call_action = self._action(
            self.tr("&Log a call with the selected contact…"),
            lambda: self.contacts_page().log_call_for_selected(), "Ctrl+Shift+L", "call")
        self.log_call_action.setEnabled(self._ws.can(Action.COMMUNICATION_LOG))
        edit_menu.addAction(self.log_call_action)
        # The dossier of the contacts selected on the Contacts page (their menu has the same).
        self.print_dossier_action = self._action(
            self.tr("&Print the selected contacts' dossier…"), lambda: self._dossier(printing=True),
            QKeySequence.StandardKey.Print)
        self.save_dossier_action = self._action(
            self.tr("Save the selected contacts' dossier as P&DF…"), lambda: self._dossier(printing=False))
        for action in (self.print_dossier_action, self.save_dossier_action):
            action.setEnabled(self._ws.can(Action.REPORT_MAKE))
            edit_menu.addAction(action)
        # Whoever may erase (managers too, not only administrators) finds every receipt here.
        edit_menu.addSeparator()
        self.erasure_receipts_action = self._action(
            self.tr("Erasure &receipts…"), self.show_erasure_receipts)
        self.erasure_receipts_action.setEnabled(self._ws.can(Action.CONTACT_ERASE))
        edit_menu.addAction(self.erasure_receipts_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh_current, "F5", "refresh")
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        for number, spec in enumerate(self.specs, start=1):
            view_menu.addAction(self._action(
                QCoreApplication.translate("Pages", spec.title),
                lambda _checked=False, k=spec.key: self.show_page(k),
                f"Ctrl+{number}" if number < 10 else None, spec.icon))
        view_menu.addSeparator()
        self.language_action = self._action(self.tr("&Language…"), self.choose_language)
        view_menu.addAction(self.language_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&User guide"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                             "Ctrl+/")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About ContactWeb"), self.about))

    def show_erasure_receipts(self) -> QDialog:
        """The erasure receipts dialog, as Administration → Settings opens it."""
        from contactweb.ui.privacy.erasure_receipts_dialog import ErasureReceiptsDialog

        dialog = ErasureReceiptsDialog(self._ws, self._bridge, self)
        self._bridge.dialogs.show_dialog(dialog)
        return dialog

    def _dossier(self, printing: bool) -> None:
        page = self.contacts_page()
        page.dossier_menu.run(page.selected_contact_ids(), printing)

    def _add_interchange_actions(self, file_menu: QMenu) -> None:
        """Import, export and find duplicates (contactweb/ui/interchange/import_actions.py)."""
        allowed = ImportActions.allowed(self._ws)
        self.import_action = self._action(
            QCoreApplication.translate("ImportActions", ImportActions.IMPORT_TEXT),
            lambda: ImportActions.open_import(self, self._ws, self._bridge),
            ImportActions.IMPORT_SHORTCUT)
        self.export_action = self._action(QCoreApplication.translate("ImportActions", ImportActions.EXPORT_TEXT),
                                          self._export_contacts,
                                          ImportActions.EXPORT_SHORTCUT)
        self.duplicates_action = self._action(
            QCoreApplication.translate("ImportActions", ImportActions.DUPLICATES_TEXT),
            lambda: ImportActions.open_duplicates(self, self._ws, self._bridge))
        for key, action in (("import", self.import_action), ("export", self.export_action),
                            ("duplicates", self.duplicates_action)):
            action.setEnabled(allowed[key])
            file_menu.addAction(action)

    def _export_contacts(self) -> None:
        """Offer the contact list's current search and selected rows, when it is open."""
        page = self._pages.get("contacts")
        query = getattr(page, "current_query", lambda: None)()
        selected = getattr(page, "selected_contact_ids", lambda: [])()
        ImportActions.open_export(self, self._ws, self._bridge, query, selected)

    def _make_status_bar(self) -> None:
        self.user_label = QLabel()
        # Read in the background: the last known line stays until the answer comes.
        self.backup_label = BackupStatusLabel(self._ws, self._bridge.operations)
        self.lock_button = QPushButton(icon("lock"), self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock ContactWeb (Ctrl+L): the vault closes until you "
                                    "sign in again."))
        self.lock_button.clicked.connect(self.lockRequested.emit)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setToolTip(self.tr("Sign out: the vault closes and the next person "
                                        "signs in with their own password."))
        self.sign_out_button.clicked.connect(self.signOutRequested.emit)
        status = self.statusBar()
        status.addWidget(self.user_label)
        # A backup in the background: its progress and Cancel, never a modal in the way.
        self.background_work = BackgroundWorkWidget(self._bridge.operations)
        status.addPermanentWidget(self.background_work)
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.lock_button)
        status.addPermanentWidget(self.sign_out_button)
        self.background_work.refresh()
        self.update_status()

    def _changes(self, changes: Changes) -> None:
        if changes.settings or changes.backups:
            self.update_status()

    def update_status(self) -> None:
        if self._ws.locked:
            self.user_label.clear()
            self.backup_label.clear()
            return
        role = i18n._(ROLE_TITLES[self._ws.role]) if self._ws.role in ROLE_TITLES else self._ws.role
        self.user_label.setText(self.tr("Signed in as {username} ({role})").format(
            username=self._ws.username, role=role))
        self.backup_label.refresh()

    # --- commands -------------------------------------------------------------------------------
    def refresh_current(self) -> None:
        if not self._ws.locked:
            self.page(self.current_page_key()).refresh()
            self.update_status()

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self._ws, self)
        if self._bridge.dialogs.exec_dialog(dialog):
            self._bridge.dialogs.inform(self, self.tr("Password changed"),
                                        self.tr("Your new password works from the next sign-in."))
        dialog.deleteLater()

    def show_guide(self) -> HelpDialog:
        """The user guide beside the window (not modal); locking closes it with the rest."""
        return self._show_beside(HelpDialog(self))

    def show_shortcuts(self) -> ShortcutsDialog:
        return self._show_beside(ShortcutsDialog(self))

    def choose_language(self) -> None:
        """This person's language on this computer (GUI preferences), from the next start."""
        self._bridge.dialogs.exec_dialog(LanguageDialog(GuiPreferences.load(), self))

    def _show_beside(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._bridge.dialogs.register(dialog)
        dialog.show()
        return dialog

    def about(self) -> None:
        self._bridge.dialogs.inform(
            self, self.tr("About ContactWeb"),
            self.tr("ContactWeb {version__}\n\nA privacy-first CRM for small businesses. "
                    "Contacts, communications, recordings and sales stay in an encrypted "
                    "vault on this computer.\n\nThe command line ('contactweb --help') does "
                    "the same work without a window.").format(version__=__version__))

    def clear(self) -> None:
        """Drop every piece of contact data from every page and the status bar."""
        for page in self._pages.values():
            page.clear()
        self.user_label.clear()
        self.backup_label.clear()
        self.setWindowTitle(WINDOW_TITLE)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # The controller decides what closing means (sign out, then quit).
        event.ignore()
        self.quitRequested.emit()
