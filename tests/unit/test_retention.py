"""Retention rules: exactly the expired things go, the call entries stay, holds win."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from contactweb.errors import BadInput, PermissionDenied
from contactweb.models import (
    Attachment,
    Communication,
    Contact,
    ErasureRecord,
    Mailing,
    OutboxMessage,
    utcnow,
)
from contactweb.services import audit, settings
from contactweb.services.activity import communications
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.privacy import place_legal_hold, retention_due, run_retention
from contactweb.vault.workspace import Workspace
from tests.conftest import ROLE_PASSWORDS
from tests.support.cli_runner import CliRunner

NOW = utcnow()


def person(ws: Workspace, name: str) -> int:
    return contacts.create_contact(ws, ContactInput(
        first_name=name, last_name="Tester", emails=[EmailInput(f"{name.lower()}@example.com")]))


def call(ws: Workspace, cid: int, days_ago: int, subject: str, kind: str = "recording",
         retain_until: date | None = None) -> int:
    return communications.log_communication(ws, cid, CommunicationInput(
        kind="call", direction="in", occurred_at=NOW - timedelta(days=days_ago),
        subject=subject, body=f"Talked about {subject}",
        attachments=[AttachmentInput(f"{subject}.wav", b"audio" * 10, kind=kind,
                                     retain_until=retain_until)]))


def attachments_of(ws: Workspace, comm_id: int) -> list[str]:
    with ws.session(readonly=True) as s:
        return list(s.execute(select(Attachment.filename).where(
            Attachment.communication_id == comm_id)).scalars())


def body_of(ws: Workspace, comm_id: int) -> str:
    with ws.session(readonly=True) as s:
        return s.get(Communication, comm_id).body


@pytest.fixture
def calls(admin_ws: Workspace) -> dict[str, int]:
    ann, held = person(admin_ws, "Ann"), person(admin_ws, "Hal")
    result = {
        "old": call(admin_ws, ann, 100, "old"),            # default 90 days: expired
        "recent": call(admin_ws, ann, 80, "recent"),       # default: still kept
        "explicit": call(admin_ws, ann, 5, "explicit",     # its own date has passed
                         retain_until=NOW.date() - timedelta(days=1)),
        "extended": call(admin_ws, ann, 400, "extended",   # kept longer on purpose
                         retain_until=NOW.date() + timedelta(days=30)),
        "document": call(admin_ws, ann, 400, "document", kind="document"),
        "held": call(admin_ws, held, 100, "held"),
    }
    place_legal_hold(admin_ws, held, "Complaint under review")
    return result


def test_purges_exactly_the_expired_recordings_and_keeps_the_calls(
        admin_ws: Workspace, calls: dict[str, int]) -> None:
    result = run_retention(admin_ws, now=NOW)
    assert len(result.recordings_removed) == 2 and result.held_recordings == 1
    remaining = {name: attachments_of(admin_ws, cid) for name, cid in calls.items()}
    assert remaining == {"old": [], "recent": ["recent.wav"], "explicit": [],
                         "extended": ["extended.wav"], "document": ["document.wav"],
                         "held": ["held.wav"]}
    for name in ("old", "explicit"):
        body = body_of(admin_ws, calls[name])
        assert body.startswith(f"Talked about {name}")
        assert "The recording was deleted on" in body and "retention rule (90 days)" in body
    assert body_of(admin_ws, calls["recent"]) == "Talked about recent"
    (event,) = audit.list_events(admin_ws, action="retention.recordings")
    assert event.details == {"removed": 2, "held": 1, "days": 90}


def test_a_shorter_setting_applies_to_recordings_without_a_date(
        admin_ws: Workspace, calls: dict[str, int]) -> None:
    with admin_ws.session() as s:  # a recording imported without a retention date
        s.get(Attachment, s.execute(select(Attachment.id).where(
            Attachment.communication_id == calls["recent"])).scalar()).retain_until = None
    settings.put(admin_ws, "retention.recording_days", 30)
    run_retention(admin_ws, now=NOW)
    assert attachments_of(admin_ws, calls["recent"]) == []


def test_dry_run_changes_nothing(admin_ws: Workspace, calls: dict[str, int]) -> None:
    result = run_retention(admin_ws, dry_run=True, now=NOW)
    assert result.dry_run and len(result.recordings_removed) == 2
    assert attachments_of(admin_ws, calls["old"]) == ["old.wav"]
    assert audit.list_events(admin_ws, action="retention.") == []
    assert retention_due(admin_ws, now=NOW)


def closed_years_ago(ws: Workspace, cid: int, years: float) -> None:
    contacts.close_contact(ws, cid)
    with ws.session() as s:
        s.get(Contact, cid).closed_at = NOW - timedelta(days=365.25 * years)


def test_closed_contacts_past_the_period_are_purged_as_erasures(admin_ws: Workspace) -> None:
    old, recent, held, active = (person(admin_ws, n) for n in ("Olda", "Rece", "Held", "Acti"))
    closed_years_ago(admin_ws, old, 8)
    closed_years_ago(admin_ws, recent, 6)
    closed_years_ago(admin_ws, held, 8)
    place_legal_hold(admin_ws, held, "Litigation")
    result = run_retention(admin_ws, now=NOW)
    assert result.contacts_purged == [old] and result.held_contacts == 1
    with admin_ws.session(readonly=True) as s:
        left = set(s.execute(select(Contact.id)).scalars())
        records = [(r.erased_by, json.loads(r.removed_counts)["emails"])
                   for r in s.execute(select(ErasureRecord)).scalars()]
    assert left == {recent, held, active}
    assert records == [("admin (retention rule)", 1)]
    (event,) = audit.list_events(admin_ws, action="retention.contacts")
    assert event.details == {"purged": 1, "held": 1, "years": 7}
    assert [e.details["reason"] for e in audit.events_about(admin_ws, "contact", str(old))
            if e.action == "privacy.erase"] == ["retention"]


def test_finished_outbox_entries_past_the_period_go(admin_ws: Workspace) -> None:
    ann, held = person(admin_ws, "Ann"), person(admin_ws, "Hal")
    place_legal_hold(admin_ws, held, "Audit")
    rows = {"sent_old": ("sent", 40, ann), "failed_old": ("failed", 40, ann),
            "excluded_old": ("excluded", 31, None), "sent_new": ("sent", 10, ann),
            "queued_old": ("queued", 40, ann), "held_old": ("sent", 40, held)}
    with admin_ws.session() as s:
        mailing = Mailing(subject="News")
        s.add(mailing)
        s.flush()
        for name, (status, days, cid) in rows.items():
            s.add(OutboxMessage(mailing_id=mailing.id, contact_id=cid, to_address=name,
                                status=status, updated_at=NOW - timedelta(days=days)))
    result = run_retention(admin_ws, now=NOW)
    assert result.outbox_removed == 3
    with admin_ws.session(readonly=True) as s:
        left = sorted(s.execute(select(OutboxMessage.to_address)).scalars())
    assert left == ["held_old", "queued_old", "sent_new"]


def test_retention_due_daily_and_only_for_those_allowed(admin_ws: Workspace, user_ws) -> None:  # noqa: ANN001
    assert retention_due(admin_ws, now=NOW)
    run_retention(admin_ws, now=NOW)
    assert not retention_due(admin_ws, now=NOW + timedelta(hours=23))
    assert retention_due(admin_ws, now=NOW + timedelta(hours=25))
    assert not retention_due(user_ws("staff"), now=NOW + timedelta(days=3))
    with pytest.raises(PermissionDenied):
        run_retention(user_ws("staff"))


def test_a_bad_setting_is_refused_and_nothing_changes(admin_ws: Workspace,
                                                      calls: dict[str, int]) -> None:
    with admin_ws.session() as s:
        settings.write(s, "retention.outbox_days", "thirty")
    with pytest.raises(BadInput, match="retention.outbox_days"):
        run_retention(admin_ws, now=NOW)
    assert attachments_of(admin_ws, calls["old"]) == ["old.wav"]


def test_cli_retention_run(cli: CliRunner, admin_ws: Workspace, calls: dict[str, int]) -> None:
    dry = cli("retention", "run", "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert len(json.loads(dry.out)["recordings_removed"]) == 2
    assert attachments_of(admin_ws, calls["old"]) == ["old.wav"]
    real = cli("retention", "run")
    assert real.code == 0, real.err
    assert "Removed 2 call recording(s)" in real.out and "legal hold: 1 recording" in real.out
    assert attachments_of(admin_ws, calls["old"]) == []
    assert not retention_due(admin_ws)


def test_manager_may_run_and_staff_may_not_through_cli(cli: CliRunner, user_ws) -> None:  # noqa: ANN001
    user_ws("manager")
    user_ws("staff")
    ok = cli("retention", "run", user="manager", password=ROLE_PASSWORDS["manager"])
    assert ok.code == 0, ok.err
    denied = cli("retention", "run", user="staff", password=ROLE_PASSWORDS["staff"])
    assert denied.code == 1 and "does not allow" in denied.err


def test_purge_runs_against_an_old_day(admin_ws: Workspace) -> None:
    """The rule is measured from 'now': the same recording is kept on an earlier day."""
    cid = person(admin_ws, "Ann")
    comm = call(admin_ws, cid, 100, "old")
    run_retention(admin_ws, now=datetime.combine(NOW.date() - timedelta(days=20),
                                                 datetime.min.time()))
    assert attachments_of(admin_ws, comm) == ["old.wav"]
