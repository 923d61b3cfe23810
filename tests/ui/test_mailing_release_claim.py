"""The Mailings page on a team vault: an administrator releases a mailing left 'sending' by a
desktop that is gone, after confirming; the button is offered for such a mailing only, not to
a manager, and a release while that desktop is still connected is refused with its name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from contactweb.models import AuditEvent, Mailing, OutboxMessage
from contactweb.services.accounts import users
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.run_control import SERVER_LOCK_NAME
from contactweb.store.server_lock import ServerLock
from contactweb.team import team_session
from contactweb.team.team_workspace import TeamWorkspace
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailings_tab import MailingsTab
from tests.support.mailing_server import ContactSpec, add_contacts, configure, free_port
from tests.support.postgres_server import needs_postgres
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations

MIA = ("mia", "Mia-pass-42!xx")
pytestmark = needs_postgres


@pytest.fixture
def stuck(team_vault: TeamVaultFixture  # noqa: F811
          ) -> Iterator[tuple[TeamWorkspace, int]]:
    """An administrator's workspace and a mailing a lost desktop left 'sending', one of its
    messages handed over with no outcome recorded."""
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(admin, MIA[0], "manager", MIA[1], must_change=False)
    add_contacts(admin, [ContactSpec(f"P{i}", "Reader", f"p{i}@example.org") for i in range(3)])
    configure(admin, free_port())
    mailing_id = outbox.queue_mailing(admin, Draft("News", "Hi"), Selection()).mailing_id
    with admin.session() as db:
        db.execute(update(Mailing).values(status="sending"))
        db.execute(update(OutboxMessage).where(OutboxMessage.contact_id == min(
            r.contact_id for r in outbox.entries(admin, mailing_id))).values(status="sending"))
    yield admin, mailing_id
    admin.lock()


def _tab(qtbot: QtBot, ws: TeamWorkspace, bridge: WorkspaceBridge) -> MailingsTab:
    tab = MailingsTab(ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    finish_operations(qtbot)
    return tab


def test_an_administrator_releases_a_stuck_mailing_after_confirming(
        qtbot: QtBot, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        stuck: tuple[TeamWorkspace, int]) -> None:
    admin, mailing_id = stuck
    tab = _tab(qtbot, admin, bridge)
    assert tab.release_button.isVisible() and tab.release_button.isEnabled()
    host.answers.append(False)  # thought better of it: nothing changes
    click(qtbot, tab.release_button)
    finish_operations(qtbot)
    assert host.messages[-1][0] == "Release the claim"
    assert {e.status for e in outbox.entries(admin, mailing_id)} == {"queued", "sending"}

    host.answers.append(True)
    click(qtbot, tab.release_button)
    finish_operations(qtbot)
    assert "1 message handed over by the lost desktop count as sent" in tab.status.text()
    assert sorted(e.status for e in outbox.entries(admin, mailing_id)) == \
        ["queued", "queued", "sent"]
    with admin.session(readonly=True) as db:
        assert db.get(Mailing, mailing_id).status == "stopped"
        assert db.query(AuditEvent).filter_by(action="mailing.claim_release").count() == 1
    # The page refreshed from the Changes: the mailing is no longer 'sending'.
    qtbot.waitUntil(lambda: not tab.release_button.isEnabled(), timeout=5000)


def test_a_release_while_the_desktop_is_connected_is_refused_with_its_name(
        qtbot: QtBot, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        team_vault: TeamVaultFixture, stuck: tuple[TeamWorkspace, int]) -> None:  # noqa: F811
    admin, mailing_id = stuck
    mia = team_session.sign_in(team_vault.profile, *MIA)
    lock = ServerLock(mia.engine, SERVER_LOCK_NAME)
    try:
        assert lock.try_acquire()
        tab = _tab(qtbot, admin, bridge)
        host.answers.append(True)
        click(qtbot, tab.release_button)
        finish_operations(qtbot)
        shown = " ".join(text for _title, text in host.messages)
        assert "mia is sending this vault's mailings right now" in shown
        assert {e.status for e in outbox.entries(admin, mailing_id)} == {"queued", "sending"}
        # A manager is not offered the button at all.
        manager_tab = _tab(qtbot, mia, WorkspaceBridge(ScriptedDialogHost()))
        assert not manager_tab.release_button.isVisibleTo(manager_tab)
    finally:
        lock.release()
        mia.lock()
