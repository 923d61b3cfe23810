"""Administration → Settings → Run retention now: a preview names what the rules would
remove, nothing goes before the confirmation, then the purge runs and says what it did."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from contactweb.models import Contact, utcnow
from contactweb.services import audit
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.admin.administration_tab import AdministrationTab
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.retention_run_dialog import RetentionRunDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click


def closed_long_ago(ws: Workspace, first: str, years: int) -> int:
    contact_id = contacts.create_contact(ws, ContactInput(first_name=first, last_name="Old"))
    contacts.set_status(ws, contact_id, "closed")
    with ws.session() as session:
        session.get(Contact, contact_id).closed_at = utcnow() - timedelta(days=365 * years)
    return contact_id


def exists(ws: Workspace, contact_id: int) -> bool:
    with ws.session(readonly=True) as session:
        return session.get(Contact, contact_id) is not None


def test_preview_then_confirm_then_purge(admin_ws: Workspace, bridge: WorkspaceBridge,
                                         host: ScriptedDialogHost, qtbot: QtBot) -> None:
    gone = closed_long_ago(admin_ws, "Gus", 9)
    recent = closed_long_ago(admin_ws, "Ria", 1)
    tab = AdministrationTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    tab.tabs.setCurrentWidget(tab.settings_widget)
    click(qtbot, tab.settings_widget.run_retention_button)
    (dialog,) = [d for d in host.open_dialogs() if isinstance(d, RetentionRunDialog)]
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    text = dialog.details.toPlainText()
    assert "Contacts closed more than 7 years ago that would be purged, each leaving only an erasure record: 1." in text
    assert "Old, Gus" in text and "Ria" not in text
    assert exists(admin_ws, gone)  # a preview removes nothing

    host.answers.append(False)  # "Purge now?" -> Cancel
    click(qtbot, dialog.purge_button)
    assert exists(admin_ws, gone)

    host.answers.append(True)
    with qtbot.waitSignal(bridge.changed, timeout=20_000) as changed:
        click(qtbot, dialog.purge_button)
    assert changed.args[0].contacts
    qtbot.waitUntil(lambda: dialog.result_after is not None, timeout=20_000)
    assert "Contacts closed more than 7 years ago purged, each leaving only an erasure record: 1." \
        in dialog.details.toPlainText()
    assert not exists(admin_ws, gone) and exists(admin_ws, recent)
    assert audit.list_events(admin_ws, action="retention.contacts")
    dialog.reject()
    assert not dialog.isVisible()
