"""Done or Snooze pressed on a reminder someone changed since the list was loaded is refused
with who changed it and when; the list then shows the reminder as it now is, and pressing
again applies to that."""

from __future__ import annotations

from datetime import timedelta

from contactweb.models import utcnow
from contactweb.services.activity import reminders
from contactweb.ui.activity.today_tab import TodayTab
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import finish_operations


def test_done_on_a_reminder_changed_since_it_was_shown_is_refused(
        admin_ws: Workspace, user_ws, qtbot, bridge: WorkspaceBridge) -> None:  # noqa: ANN001
    rid = reminders.add_reminder(admin_ws, None, utcnow() - timedelta(hours=1),
                                 "Audit the books")
    kim = user_ws("staff", "kim")
    tab = TodayTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.reminder_view.selectRow(0)
    reminders.update_reminder(kim, rid, utcnow() - timedelta(minutes=5), "Audit the books today")
    tab.mark_selected_done()
    finish_operations(qtbot)
    assert tab.message_label.text().startswith("kim changed this reminder at ")
    (still,) = reminders.list_reminders(admin_ws)
    assert not still.done and still.text == "Audit the books today"
    qtbot.waitUntil(lambda: tab.reminder_model.reminder(0).version == 2)
    tab.reminder_view.selectRow(0)
    tab.snooze_selected(timedelta(hours=2))
    finish_operations(qtbot)
    assert tab.message_label.text().startswith("Snoozed")
    assert reminders.list_reminders(admin_ws, include_done=True)[0].version == 3
