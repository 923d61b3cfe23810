"""A team vault's mailing run whose desktop dies mid-run: the server lock goes with its
connection, but the mailing stays 'sending' and every other desktop is refused for good.
An administrator releases the claim (refused while the claiming connection is alive); the
messages the lost desktop had handed over count as sent, unconfirmed, and another desktop
sends the rest: no recipient gets a second copy at the SMTP server."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select, update

from contactweb.errors import PermissionDenied, Refused
from contactweb.models import AuditEvent, Mailing, OutboxMessage
from contactweb.services.accounts import users
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.claim_release import release_claim
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.run_control import SERVER_LOCK_NAME
from contactweb.store.server_lock import ServerLock
from contactweb.team import team_session
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    ContactSpec,
    add_contacts,
    configure,
    free_port,
    smtp_server,
)
from tests.support.postgres_server import needs_postgres
from tests.support.team_desktops import send_outbox, start_desktop
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

MIA = ("mia", "Mia-pass-42!xx")
PEOPLE = 20
pytestmark = needs_postgres


def _office(team: TeamVaultFixture):  # noqa: ANN202
    admin = team_session.sign_in(team.profile, "boss", team.admin_password)
    users.add_user(admin, MIA[0], "manager", MIA[1], must_change=False)
    add_contacts(admin, [ContactSpec(f"P{i}", "Reader", f"p{i}@example.org")
                         for i in range(PEOPLE)])
    return admin


def _wait_for(condition, what: str, seconds: float = 60) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds  # readiness, not a timing assertion
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def _statuses(admin, mailing_id: int) -> Counter:  # noqa: ANN001
    with admin.session(readonly=True) as db:
        return Counter(db.execute(select(OutboxMessage.status).where(
            OutboxMessage.mailing_id == mailing_id)).scalars())


def test_a_run_whose_desktop_was_killed_is_released_and_finished_elsewhere_once(
        team_vault: TeamVaultFixture, tmp_path: Path) -> None:  # noqa: F811
    admin = _office(team_vault)
    try:
        with smtp_server() as (server, port):
            configure(admin, port, throttle=300)  # five a second: the kill lands mid-run
            mailing_id = outbox.queue_mailing(admin, Draft("News", "Hello {first_name}"),
                                              Selection()).mailing_id
            desktop, _results = start_desktop(team_vault.profile, tmp_path / "mia", MIA,
                                              send_outbox, ([mailing_id],))
            try:
                _wait_for(lambda: len(server.recipients()) >= 5, "mia's run never started")
            finally:
                desktop.kill()  # as a power cut: no clean-up of any kind
                desktop.join()
            lock = ServerLock(admin.engine, SERVER_LOCK_NAME)
            _wait_for(lambda: lock.holder() is None, "the server kept the dead desktop's lock")
            time.sleep(1)  # the agent finishes the message it had in hand, then ends
            before_release = len(server.recipients())
            assert before_release < PEOPLE

            # Stuck for good without the release: the mailing stays 'sending'.
            with pytest.raises(Refused, match="interrupted on another desktop"):
                sender.deliver_outbox(admin, [mailing_id])
            cli = CliRunner(Path(f"team:{team_vault.profile.name}"), "boss",
                            team_vault.admin_password)
            released = cli("mailing", "release-claim", str(mailing_id))
            assert released.code == 0, released.err
            assert f"Released the claim on mailing {mailing_id}" in released.out
            with admin.session(readonly=True) as db:
                assert db.get(Mailing, mailing_id).status == "stopped"
                event = db.execute(select(AuditEvent).where(
                    AuditEvent.action == "mailing.claim_release")).scalar_one()
                assert event.username == "boss" and event.object_id == str(mailing_id)

            report = sender.deliver_outbox(admin, [mailing_id])
            received = server.recipients()
        copies = Counter(received)
        assert max(copies.values()) == 1, copies  # never a second copy
        # Whoever did not get it is one the lost desktop had handed over (unconfirmed, not
        # sent again): at most the one in flight when it died.
        missing = {f"p{i}@example.org" for i in range(PEOPLE)} - set(copies)
        assert len(missing) <= 1
        assert report.sent == PEOPLE - before_release - len(missing)
        assert _statuses(admin, mailing_id) == Counter({"sent": PEOPLE})
    finally:
        admin.lock()


def test_the_release_is_refused_while_the_claiming_desktop_is_connected(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    admin = _office(team_vault)
    mia = team_session.sign_in(team_vault.profile, *MIA)
    lock = ServerLock(mia.engine, SERVER_LOCK_NAME)  # mia's desktop, in the middle of a run
    try:
        configure(admin, free_port())  # nothing is sent here
        mailing_id = outbox.queue_mailing(admin, Draft("News", "Hi"), Selection()).mailing_id
        with admin.session() as db:
            db.execute(update(Mailing).values(status="sending"))
            db.execute(update(OutboxMessage).where(OutboxMessage.id.in_(
                select(OutboxMessage.id).order_by(OutboxMessage.id).limit(2)))
                .values(status="sending"))
        assert lock.try_acquire()
        with pytest.raises(Refused, match="mia is sending this vault's mailings right now"):
            release_claim(admin, mailing_id)
        assert _statuses(admin, mailing_id) == Counter({"queued": PEOPLE - 2, "sending": 2})
        # Only an administrator decides it, even once the desktop is gone.
        lock.release()
        with pytest.raises(PermissionDenied):
            release_claim(mia, mailing_id)
        released = release_claim(admin, mailing_id)
        assert released.unconfirmed == 2
        assert _statuses(admin, mailing_id) == Counter({"queued": PEOPLE - 2, "sent": 2})
        with admin.session(readonly=True) as db:
            assert db.get(Mailing, mailing_id).status == "stopped"
    finally:
        lock.release()
        mia.lock()
        admin.lock()
