"""The daily automatic retention run."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from contactweb.models import Attachment, utcnow
from contactweb.services import settings
from contactweb.services.activity import communications
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.privacy.retention import LAST_RUN_KEY
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.privacy_retention_timer import PrivacyRetentionTimer
from contactweb.vault.workspace import Workspace


def recording_days_ago(ws: Workspace, days: int) -> None:
    cid = contacts.create_contact(ws, ContactInput(first_name="Ann"))
    communications.log_communication(ws, cid, CommunicationInput(
        kind="call", direction="in", occurred_at=utcnow() - timedelta(days=days),
        attachments=[AttachmentInput("call.wav", b"audio", kind="recording")]))


def recordings(ws: Workspace) -> int:
    with ws.session(readonly=True) as s:
        return len(s.execute(select(Attachment.id)).all())


def test_runs_when_due_and_not_again_the_same_day(admin_ws: Workspace, qtbot) -> None:  # noqa: ANN001
    recording_days_ago(admin_ws, 100)
    bridge = WorkspaceBridge()
    timer = PrivacyRetentionTimer(admin_ws, bridge)
    with qtbot.waitSignal(timer.ran, timeout=20000) as ran, \
            qtbot.waitSignal(bridge.changed, timeout=20000):
        assert timer.check_now()
    assert len(ran.args[0].recordings_removed) == 1
    assert recordings(admin_ws) == 0
    assert settings.get(admin_ws, LAST_RUN_KEY)
    recording_days_ago(admin_ws, 100)
    assert not timer.check_now()  # ran less than a day ago
    assert recordings(admin_ws) == 1


def test_never_runs_for_a_role_without_the_right(admin_ws: Workspace, user_ws, qtbot) -> None:  # noqa: ANN001
    recording_days_ago(admin_ws, 100)
    timer = PrivacyRetentionTimer(user_ws("staff"), WorkspaceBridge())
    assert not timer.check_now()
    assert recordings(admin_ws) == 1


def test_locking_stops_the_timer(admin_ws: Workspace, qtbot) -> None:  # noqa: ANN001
    bridge = WorkspaceBridge()
    timer = PrivacyRetentionTimer(admin_ws, bridge)
    with qtbot.waitSignal(timer.ran, timeout=20000):  # the first check comes right away
        timer.start()
    assert timer.timer.isActive()
    bridge.locked.emit()
    assert not timer.timer.isActive() and not timer.running
