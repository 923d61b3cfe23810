"""contactweb team move: a desktop vault onto a freshly created team vault, every row and the
audit chain verbatim; ``audit verify`` holds on the team vault afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from contactweb.errors import BadInput
from contactweb.models import AuditEvent, Base, Contact, ErasureRecord, Setting
from contactweb.services import audit
from contactweb.services.accounts import session, users
from contactweb.services.activity.communications import (
    AttachmentInput,
    CommunicationInput,
    log_communication,
)
from contactweb.services.consent import consent
from contactweb.services.contacts.contacts import ContactInput, EmailInput, create_contact
from contactweb.services.privacy import erasure, erasure_match
from contactweb.team import move, team_session
from tests.conftest import PASSWORD
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

RECORDING = bytes(range(256)) * 40


def _desktop(folder: Path) -> None:
    """boss (admin, the team admin's name too), kim (staff), old (disabled); a private
    contact with a call and its recording, an opt-out, an erased contact."""
    ws = session.create_vault(folder, "boss", PASSWORD)
    users.add_user(ws, "kim", "staff", "Staff-pass-42!x", must_change=False)
    users.add_user(ws, "old", "readonly", "Old-pass-42!xx", must_change=False)
    users.disable_user(ws, "old")
    kim = session.sign_in(folder, "kim", "Staff-pass-42!x")
    private = create_contact(kim, ContactInput(first_name="Secret", last_name="Client",
                                               owner_only=True))
    log_communication(kim, private, CommunicationInput(
        kind="call", direction="in", subject="the call",
        attachments=[AttachmentInput("call.ogg", RECORDING, kind="recording")]))
    kim.lock()
    shared = create_contact(ws, ContactInput(first_name="Open", last_name="Door",
                                             emails=[EmailInput("open@example.com")]))
    consent.opt_out(ws, shared, "email", evidence="asked by phone")
    gone = create_contact(ws, ContactInput(first_name="Gone", last_name="Person",
                                           emails=[EmailInput("gone@example.com")]))
    erasure.erase_contact(ws, gone)
    ws.lock()


def _counts(ws) -> dict[str, int]:  # noqa: ANN001
    """Rows per table, as an administrator sees them; desktop-only settings left out."""
    with ws.session(readonly=True) as db:
        counts = {t.name: db.execute(select(func.count()).select_from(t)).scalar()
                  for t in Base.metadata.sorted_tables if t.name != "alembic_version"}
        counts["settings"] = db.execute(select(func.count(Setting.key)).where(
            Setting.key.not_in(move.DESKTOP_ONLY_SETTINGS))).scalar()
    return counts


def test_move_copies_every_row_and_the_chain_verifies_on_the_server(
        tmp_path: Path, team_vault: TeamVaultFixture) -> None:  # noqa: F811
    folder = tmp_path / "desk"
    _desktop(folder)
    before = session.sign_in(folder, "boss", PASSWORD)
    desk_rows = _counts(before)
    with before.session(readonly=True) as db:
        desk_chain = [(e.id, e.hash) for e in db.execute(
            select(AuditEvent).order_by(AuditEvent.id)).scalars()]
        # The erased contact was the newest: its id is above every contact left.
        contacts_given = db.execute(text(
            "SELECT seq FROM sqlite_sequence WHERE name = 'contacts'")).scalar_one()
        assert contacts_given > db.execute(select(func.max(Contact.id))).scalar_one()
    before.lock()

    result = move.move(folder, "boss", PASSWORD, team_vault.profile, team_vault.owner,
                       team_vault.owner_password)
    assert set(result.temporary_passwords) == {"kim"}  # boss keeps the team password

    boss = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    try:
        verified = audit.verify(boss)
        assert verified.ok, verified.reason
        team_rows = _counts(boss)
        # The move's own sign-in on the desktop, the move event and this sign-in come on top.
        assert team_rows["audit_events"] == desk_rows["audit_events"] + 3
        assert {k: v for k, v in team_rows.items() if k != "audit_events"} == \
            {k: v for k, v in desk_rows.items() if k != "audit_events"}
        with boss.session(readonly=True) as db:
            chain = [(e.id, e.hash) for e in db.execute(
                select(AuditEvent).order_by(AuditEvent.id)).scalars()]
            assert chain[:len(desk_chain)] == desk_chain
            assert db.execute(select(AuditEvent.action).order_by(AuditEvent.id.desc())
                              .limit(2)).scalars().all() == ["signin", "vault.move"]
            # The erasure ledger still recognises the erased person: same keyed-hash key.
            record = erasure_match.find_match(db, boss, "Gone", "Person", [], [])
            assert isinstance(record, ErasureRecord)
        assert {u.username: (u.role, u.disabled) for u in users.list_users(boss)} == {
            "boss": ("admin", False), "kim": ("staff", False), "old": ("readonly", True)}
        # The moved audit log names the erased contact's id: the server never gives it again.
        assert create_contact(boss, ContactInput(first_name="New", last_name="Member")) == (
            contacts_given + 1)
    finally:
        boss.lock()

    kim = team_session.sign_in(team_vault.profile, "kim", result.temporary_passwords["kim"])
    try:
        assert kim.must_change_password
        with kim.session(readonly=True) as db:
            from contactweb.models import Attachment

            assert db.execute(select(Attachment.data)).scalar_one() == RECORDING
    finally:
        kim.lock()
    with pytest.raises(Exception, match="disabled|not permitted|Wrong"):
        team_session.sign_in(team_vault.profile, "old", "Old-pass-42!xx")


def test_move_refuses_a_team_vault_already_in_use(
        tmp_path: Path, team_vault: TeamVaultFixture) -> None:  # noqa: F811
    folder = tmp_path / "desk"
    _desktop(folder)
    boss = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    create_contact(boss, ContactInput(first_name="Already", last_name="Here"))
    boss.lock()
    with pytest.raises(BadInput, match="already in use"):
        move.move(folder, "boss", PASSWORD, team_vault.profile, team_vault.owner,
                  team_vault.owner_password)


def test_a_team_administrator_not_on_the_desktop_joins_the_moved_people(
        tmp_path: Path, team_vault: TeamVaultFixture) -> None:  # noqa: F811
    folder = tmp_path / "desk"
    session.create_vault(folder, "alice", PASSWORD).lock()
    result = move.move(folder, "alice", PASSWORD, team_vault.profile, team_vault.owner,
                       team_vault.owner_password)
    assert set(result.temporary_passwords) == {"alice"}
    boss = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    try:
        assert {u.username: u.role for u in users.list_users(boss)} == {
            "alice": "admin", "boss": "admin"}
        assert audit.verify(boss).ok
    finally:
        boss.lock()
    alice = team_session.sign_in(team_vault.profile, "alice",
                                 result.temporary_passwords["alice"])
    assert alice.must_change_password and alice.role == "admin"
    alice.lock()
