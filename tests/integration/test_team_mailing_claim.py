"""A mailing run on a team vault is claimed by one desktop: when two desktops press Send at
once, every recipient gets one copy, and the other desktop is told who is sending."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from contactweb.errors import Refused
from contactweb.models import Mailing
from contactweb.services.accounts import users
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.run_control import CLAIM_NAME, SERVER_LOCK_NAME
from contactweb.store.server_lock import ServerLock
from contactweb.team import team_session
from tests.support.mailing_server import ContactSpec, add_contacts, configure, smtp_server
from tests.support.team_desktops import run_desktops, send_outbox
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

MIA, LEO = ("mia", "Mia-pass-42!xx"), ("leo", "Leo-pass-42!xx")


def _office(team: TeamVaultFixture, people: int):  # noqa: ANN202
    admin = team_session.sign_in(team.profile, "boss", team.admin_password)
    for name, password in (MIA, LEO):
        users.add_user(admin, name, "manager", password, must_change=False)
    add_contacts(admin, [ContactSpec(f"P{i}", "Reader", f"p{i}@example.org")
                         for i in range(people)])
    return admin


def test_two_desktops_pressing_send_at_once_send_each_message_once(
        team_vault: TeamVaultFixture, tmp_path: Path) -> None:  # noqa: F811
    admin = _office(team_vault, 30)
    try:
        with smtp_server() as (server, port):
            configure(admin, port, throttle=600)  # a run of 30 lasts about three seconds
            queued = outbox.queue_mailing(admin, Draft("News", "Hello {first_name}"),
                                          Selection())
            outcomes = run_desktops(team_vault.profile, tmp_path, [MIA, LEO], send_outbox,
                                    ([queued.mailing_id],))
            recipients = server.recipients()
        assert all(status == "ok" for status, _ in outcomes.values()), outcomes
        reports = [value for _, value in outcomes.values()]
        assert sorted(recipients) == sorted(f"p{i}@example.org" for i in range(30))
        assert sum(r.get("sent", 0) for r in reports) == 30
        refused = [r["refused"] for r in reports if "refused" in r]
        # Usually the second desktop arrives while the first sends and is told who; when it
        # arrives after the run it finds nothing left to send. Never a second copy.
        for text in refused:
            assert "from another desktop" in text and ("mia" in text or "leo" in text)
    finally:
        admin.lock()


def test_the_refusal_names_the_person_whose_desktop_is_sending(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    admin = _office(team_vault, 2)
    mia = team_session.sign_in(team_vault.profile, *MIA)
    lock = ServerLock(mia.engine, SERVER_LOCK_NAME)  # mia's desktop, in the middle of a run
    try:
        with smtp_server() as (server, port):
            configure(admin, port)
            queued = outbox.queue_mailing(admin, Draft("News", "Hi"), Selection())
            assert lock.try_acquire()
            with pytest.raises(Refused, match="mia is sending this vault's mailings"):
                sender.deliver_outbox(admin, [queued.mailing_id])
            lock.release()
            assert sender.deliver_outbox(admin, [queued.mailing_id]).sent == 2
        assert server.recipients() == ["p0@example.org", "p1@example.org"]
    finally:
        lock.release()
        mia.lock()
        admin.lock()


def test_a_run_interrupted_on_another_desktop_is_resumed_there(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    admin = _office(team_vault, 2)
    try:
        with smtp_server() as (server, port):
            configure(admin, port)
            queued = outbox.queue_mailing(admin, Draft("News", "Hi"), Selection())
            with admin.session() as db:  # as a desktop killed in the middle of its run leaves it
                db.execute(update(Mailing).values(status="sending"))
            with pytest.raises(Refused, match="interrupted on another desktop"):
                sender.deliver_outbox(admin, [queued.mailing_id])
            assert server.recipients() == []
            # On the desktop that ran it (its claim file is there) the run resumes.
            (admin.vault.folder / CLAIM_NAME).write_text("")
            assert sender.deliver_outbox(admin, [queued.mailing_id]).sent == 2
            assert not (admin.vault.folder / CLAIM_NAME).exists()
    finally:
        admin.lock()
