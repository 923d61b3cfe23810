"""The Today page: reminders due and overdue (mark done, snooze) and the latest activity
across contacts. It also raises a tray notification when a reminder falls due while
ContactWeb is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.models import utcnow
from contactweb.services import secrets as service_secrets
from contactweb.services.activity import reminders
from contactweb.services.activity.communications import CommunicationFilter
from contactweb.services.changes import NOTHING, Changes
from contactweb.ui.activity.communication_table_model import CommunicationTableModel
from contactweb.ui.activity.reminder_table_model import ReminderTableModel
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

# The keys are translated where shown (context "TodayTab").
SNOOZE_CHOICES = {QT_TRANSLATE_NOOP("TodayTab", "15 minutes"): timedelta(minutes=15),
                  QT_TRANSLATE_NOOP("TodayTab", "1 hour"): timedelta(hours=1),
                  QT_TRANSLATE_NOOP("TodayTab", "Tomorrow"): timedelta(days=1)}
RECENT_ACTIVITY_ROWS = 25


class TodayTab(QWidget):
    """``check_interval_ms`` sets how often due reminders are looked for (each minute);
    ``clock`` returns naive UTC now. Both are there for tests."""

    contactActivated = Signal(int)
    reminderNotification = Signal(str, str)  # title, text: what the tray was asked to show

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, parent: QWidget | None = None,
                 *, check_interval_ms: int = 60_000,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._bridge = bridge
        self._clock = clock
        self._tray: QSystemTrayIcon | None = None
        self._notified: set[tuple[int, datetime]] = set()
        self._primed = False  # reminders already due at start are shown, not announced

        self.reminder_model = ReminderTableModel(workspace, self, clock=clock)
        self.activity_model = CommunicationTableModel(
            workspace, self, page_size=RECENT_ACTIVITY_ROWS, max_rows=RECENT_ACTIVITY_ROWS)
        self._build()
        self._connect_bridge()

        self.check_timer = QTimer(self)
        self.check_timer.setInterval(check_interval_ms)
        self.check_timer.timeout.connect(self.check_due_reminders)
        self.check_timer.start()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("todaySummary")
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary_label.setFont(font)

        self.reminder_view = self._table(self.reminder_model,
                                         ReminderTableModel.Column.TEXT)
        self.reminder_view.setAccessibleName(self.tr("Reminders due and overdue"))
        self.reminder_view.doubleClicked.connect(
            lambda index: self._activate(index, ReminderTableModel.ContactIdRole))

        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions: dict[str, QAction] = {}
        for label, delay in SNOOZE_CHOICES.items():
            action = menu.addAction(self.tr(label))
            action.triggered.connect(lambda _checked=False, d=delay: self.snooze_selected(d))
            self.snooze_actions[label] = action
        self.snooze_button.setMenu(menu)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.message_label, 1)
        editable = self._workspace.can(Action.REMINDER_EDIT)
        self.done_button.setEnabled(editable)
        self.snooze_button.setEnabled(editable)

        self.activity_view = self._table(self.activity_model,
                                         CommunicationTableModel.Column.SUBJECT)
        self.activity_view.setAccessibleName(self.tr("Recent activity"))
        self.activity_view.doubleClicked.connect(
            lambda index: self._activate(index, CommunicationTableModel.ContactIdRole))

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("<b>Reminders due and overdue</b>")))
        layout.addWidget(self.reminder_view, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>Recent activity</b> (latest communications across "
                                "contacts)")))
        layout.addWidget(self.activity_view, 2)

    def _table(self, model: object, stretch_column: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        return view

    def _connect_bridge(self) -> None:
        self._bridge.changed.connect(self._changes)
        self._bridge.locked.connect(self.clear)

    def _changes(self, changes: Changes) -> None:
        if changes.contacts:
            self.refresh()
            return
        if changes.reminders:
            self.refresh_reminders()
        if changes.communications:
            self.refresh_activity()

    # -- page interface --------------------------------------------------------------------

    def refresh(self) -> None:
        if self._workspace.locked:
            return
        self.refresh_reminders()
        self.refresh_activity()
        if not self._primed:
            self.check_due_reminders()
        if not self.check_timer.isActive():
            self.check_timer.start()

    def refresh_reminders(self) -> None:
        if self._workspace.locked:
            return
        self.reminder_model.refresh()
        self._show_summary()

    def refresh_activity(self) -> None:
        if self._workspace.locked:
            return
        self.activity_model.set_filter(CommunicationFilter())

    def clear(self) -> None:
        """Signed out: forget every row and stop announcing reminders."""
        self.check_timer.stop()
        self.reminder_model.clear()
        self.activity_model.clear()
        self._notified.clear()
        self._primed = False
        self.summary_label.clear()
        self.message_label.clear()
        if isinstance(self._tray, QSystemTrayIcon):
            # Nothing from the session stays in the tray: its tooltip says only the
            # program's name, and an icon this page made itself goes (and its balloons).
            self._tray.setToolTip(self.tr("ContactWeb"))
            if self._tray.parent() is self:
                self._tray.hide()

    # -- actions ---------------------------------------------------------------------------

    def selected_reminder_id(self) -> int | None:
        rows = self.reminder_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.reminder_model.data(rows[0], ReminderTableModel.ReminderIdRole)

    def _selected_version(self) -> int:
        """The version of the reminder as the list shows it: a change someone saved since
        refuses the press instead of being passed over."""
        return self.reminder_model.reminder(
            self.reminder_view.selectionModel().selectedRows()[0].row()).version

    def mark_selected_done(self) -> None:
        reminder_id, ws = self._require_selection(), self._workspace
        if reminder_id is not None:
            version = self._selected_version()
            self._run(lambda: reminders.mark_done(ws, reminder_id, version=version),
                      self.tr("Marked done."))

    def snooze_selected(self, delay: timedelta) -> None:
        reminder_id, ws = self._require_selection(), self._workspace
        if reminder_id is not None:
            version = self._selected_version()
            self._run(lambda: reminders.snooze(ws, reminder_id, delay, version=version),
                      self.tr("Snoozed for {delay}.").format(delay=_delay_text(delay)),
                      Changes(reminders=True))

    def _require_selection(self) -> int | None:
        reminder_id = self.selected_reminder_id()
        if reminder_id is None:
            self.message_label.setText(self.tr("Select a reminder first."))
        return reminder_id

    def _run(self, change: Callable[[], object], done_text: str,
             changes: Changes = NOTHING) -> None:
        """Run a reminder's write; the list reloads from the Changes it reports."""
        op = self._bridge.operations.operation(self, lambda _ctx: change(), changes=changes)
        # A press refused as stale reloads the list: it then shows the reminder as it is now.
        op.changes_on_failure(Changes(reminders=True))
        op.success(lambda _result: self.message_label.setText(done_text))
        op.failure(lambda _exc: self.message_label.setText(op.error))
        op.run()

    def _activate(self, index: QModelIndex, role: int) -> None:
        contact_id = index.model().data(index, role)
        if contact_id:
            self.contactActivated.emit(int(contact_id))

    # -- notifications ---------------------------------------------------------------------

    def set_tray_icon(self, tray: QSystemTrayIcon | None) -> None:
        """The shell's tray icon (anything with ``showMessage``); without one, a tray icon is
        made when the desktop has a system tray."""
        self._tray = tray

    def check_due_reminders(self) -> None:
        """Announce reminders that fell due since the last check (run each minute)."""
        if self._workspace.locked:
            return
        try:
            due = reminders.list_reminders(self._workspace, due_before=self._clock())
        except ContactWebError:
            return
        fresh = [r for r in due if (r.id, r.due_at) not in self._notified]
        self._notified.update((r.id, r.due_at) for r in due)
        if not self._primed:
            self._primed = True
            return
        if fresh:
            self.refresh_reminders()
            self._notify(*self._notification_text(fresh))

    def _notification_text(self, fresh: list[reminders.ReminderView]) -> tuple[str, str]:
        count = len(fresh)
        title = self.tr("Reminder due") if count == 1 else \
            plural(self.tr("%n reminder(s) due", "", count), count)
        if service_secrets.shared_computer(self._workspace):
            # Someone else may be looking at this screen: no names, no reminder text.
            return title, (self.tr("A reminder is due.") if count == 1 else
                           self.tr("%n reminders are due.", "", count)) + " " + \
                self.tr("Open ContactWeb and sign in to see it.")
        first = fresh[0]
        text = first.text + (f" ({first.contact_name})" if first.contact_name else "")
        if count > 1:
            text += plural(self.tr(", and %n more", "", count - 1), count - 1)
        return title, text

    def _notify(self, title: str, text: str) -> None:
        if self._workspace.locked:
            return
        self.reminderNotification.emit(title, text)
        tray = self._tray or self._own_tray()
        if tray is not None:
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _own_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        tray.setToolTip(self.tr("ContactWeb"))
        tray.show()
        self._tray = tray
        return tray

    def _show_summary(self) -> None:
        total = self.reminder_model.rowCount()
        overdue = self.reminder_model.overdue_count()
        if total == 0:
            self.summary_label.setText(self.tr("Nothing due today."))
            return
        text = plural(self.tr("%n reminder(s) due", "", total), total)
        if overdue:
            text += self.tr(", %n overdue", "", overdue)
        self.summary_label.setText(text + ".")


def _delay_text(delay: timedelta) -> str:
    for label, value in SNOOZE_CHOICES.items():
        if value == delay:
            return QCoreApplication.translate("TodayTab", "a day") if label == "Tomorrow" \
                else QCoreApplication.translate("TodayTab", label)
    return QCoreApplication.translate("TodayTab", "{minutes} minutes").format(
        minutes=int(delay.total_seconds() // 60))
