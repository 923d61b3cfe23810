"""What starts with a session: due-reminder notifications and the daily retention run; and
what stops with it."""

from __future__ import annotations

import pytest

from contactweb.services import settings
from contactweb.ui.app import app_controller
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, shut_down_after, sign_in

controllers = pytest.fixture(shut_down_after)


def test_sign_in_starts_notifications_and_retention(qtbot, host, admin_ws, vault_dir,
                                                    controllers, monkeypatch) -> None:  # noqa: ANN001
    admin_ws.lock()
    monkeypatch.setattr(app_controller, "RETENTION_FIRST_CHECK_MS", 50)
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    window = controller.main_window
    # The Today page exists at once, so its reminder timer runs without a visit.
    assert "today" in window._pages
    timer = controller.retention_timer
    assert timer is not None
    qtbot.waitUntil(lambda: timer.timer.isActive(), timeout=5_000)
    # A fresh vault was never purged: the first check runs the rules and records the day.
    qtbot.waitUntil(lambda: not timer.running
                    and settings.get(controller.workspace, "retention.last_run") is not None,
                    timeout=10_000)
    controller.lock("lock")
    assert controller.retention_timer is None
