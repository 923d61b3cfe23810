"""A team vault's audit chain: signed by the server exactly as the desktop signs it, unbroken
under concurrent writers, and an edit or a removal by the owner shows in ``audit verify``."""

from __future__ import annotations

import os
import threading
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactweb.services import audit
from contactweb.services.accounts import users
from contactweb.team import team_session
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

# PostgreSQL text holds no NUL and no lone surrogate; everything else is fair game.
_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                max_size=40)
_WHEN = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(9999, 12, 31))


def test_the_server_signs_events_exactly_as_the_desktop_does(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    key = os.urandom(32)
    with team_vault.connect_as_owner() as conn:

        @settings(max_examples=300, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(_TEXT, _WHEN, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT)
        def same_digest(prev: str, at: datetime, who: str, action: str, object_type: str,
                        object_id: str, details: str) -> None:
            on_server = conn.execute(
                "SELECT cw_audit_digest(%s, %s, %s, %s, %s, %s, %s, %s)",
                (key, prev, at, who, action, object_type, object_id, details)).fetchone()[0]
            assert on_server == audit._digest(key, prev, at, who, action, object_type,
                                              object_id, details)

        same_digest()


def test_concurrent_writers_keep_one_unbroken_chain(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    names = [f"desk{i}" for i in range(4)]
    for name in names:
        users.add_user(admin, name, "staff", "Desk-pass-42!x", must_change=False)
    desks = [team_session.sign_in(team_vault.profile, name, "Desk-pass-42!x") for name in names]
    start = threading.Barrier(len(desks))
    failures: list[BaseException] = []

    def write(ws) -> None:  # noqa: ANN001
        try:
            start.wait()
            for i in range(30):
                if i % 5 == 0:  # now and then several events in one transaction
                    with ws.session() as db:
                        audit.record_many(db, ws, "contact.create", "contact",
                                          [(n, {"n": n}) for n in range(3)])
                else:
                    audit.record_now(ws, "contact.view", "contact", i)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(ws,)) for ws in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for ws in desks:
        ws.lock()
    assert failures == []
    result = audit.verify(admin)
    with admin.session(readonly=True) as db:
        from sqlalchemy import func, select

        from contactweb.models import AuditEvent

        total = db.execute(select(func.count(AuditEvent.id))).scalar()
        per_desk = db.execute(select(func.count(AuditEvent.id)).where(
            AuditEvent.username == "desk0", AuditEvent.action.like("contact.%"))).scalar()
    admin.lock()
    assert result.ok, result.reason
    assert result.events_checked == total
    assert per_desk == 24 + 6 * 3


def test_an_edit_or_a_removed_tail_by_the_owner_is_found(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    for i in range(3):
        audit.record_now(admin, "contact.view", "contact", i)
    assert audit.verify(admin).ok
    with team_vault.connect_as_owner() as owner:
        middle, was = owner.execute(
            "SELECT id, object_id FROM audit_events ORDER BY id OFFSET 2 LIMIT 1").fetchone()
        owner.execute("UPDATE audit_events SET object_id = '99' WHERE id = %s", (middle,))
    result = audit.verify(admin)
    assert (result.ok, result.first_bad_id) == (False, middle)
    assert "altered" in result.reason
    with team_vault.connect_as_owner() as owner:
        owner.execute("UPDATE audit_events SET object_id = %s WHERE id = %s", (was, middle))
        assert audit.verify(admin).ok
        owner.execute("DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)")
    result = audit.verify(admin)
    admin.lock()
    assert not result.ok and "newest events were removed" in result.reason
