"""The audit log records every change and every view of a contact's details, holds no personal
data, and ``audit verify`` names the first event that was edited or removed."""

from __future__ import annotations

import json

from sqlalchemy import text

from contactweb.vault.workspace import Workspace
from tests.conftest import ROLE_PASSWORDS
from tests.support.cli_runner import CliRunner

PERSONAL = ("Quentin", "Quarry", "quentin@example.com", "Hushed", "Secret plan", "Gizmo",
            "5550177", "Ring back")


def _ok(cli: CliRunner, *args: str, **kwargs: str) -> str:
    result = cli(*args, **kwargs)
    assert result.code == 0, (args, result.err)
    return result.out


def _events(cli: CliRunner) -> list[dict]:
    rows = json.loads(_ok(cli, "audit", "list", "--json", "--limit", "1000"))
    return list(reversed(rows))  # oldest first


def test_changes_and_views_are_recorded_without_personal_data(
        cli: CliRunner, admin_ws: Workspace) -> None:
    start = max(e["id"] for e in _events(cli))
    cid = _ok(cli, "contact", "add", "--first", "Quentin", "--last", "Quarry",
              "--email", "quentin@example.com", "--phone", "+1 415 555 0177").strip()
    _ok(cli, "contact", "show", cid)
    _ok(cli, "contact", "show", cid, "--json")
    _ok(cli, "contact", "edit", cid, "--company", "Hushed Inc", "--notes", "Secret plan")
    _ok(cli, "log", cid, "--kind", "call", "--direction", "in", "--subject", "Secret plan")
    _ok(cli, "sale", "add", cid, "--product", "Gizmo", "--price", "12.50")
    rid = _ok(cli, "remind", cid, "--due", "2030-01-01T09:00", "--text", "Ring back").strip()
    _ok(cli, "reminder-done", rid)
    _ok(cli, "optout", cid, "--channel", "email", "--evidence", "Secret plan")
    _ok(cli, "optin", cid, "--channel", "email", "--evidence", "Quentin phoned",
        "--override-reason", "Quentin asked again")
    _ok(cli, "contact", "close", cid)
    _ok(cli, "contact", "reopen", cid)
    _ok(cli, "user", "add", "helper", "--role", "staff", stdin="Correct-horse-9\n"
        + ROLE_PASSWORDS["staff"] + "\n")
    _ok(cli, "user", "role", "helper", "manager")

    events = [e for e in _events(cli) if e["id"] > start]
    assert all(e["username"] == "admin" for e in events)
    signins = [e for e in events if e["action"] == "signin"]
    assert len(signins) >= 14  # one per command
    about = [(e["action"], e["object_type"], e["object_id"]) for e in events
             if e["action"] != "signin"]
    user_id = next(e["object_id"] for e in events if e["action"] == "user.add")
    assert about == [
        ("contact.create", "contact", cid),
        ("contact.view", "contact", cid),
        ("contact.view", "contact", cid),
        ("contact.update", "contact", cid),
        ("communication.log", "contact", cid),
        ("sale.add", "contact", cid),
        ("reminder.add", "contact", cid),
        ("reminder.done", "reminder", rid),
        ("consent.opted_out", "contact", cid),
        ("consent.granted", "contact", cid),
        ("contact.close", "contact", cid),
        ("contact.reopen", "contact", cid),
        ("user.add", "user", user_id),
        ("user.role", "user", user_id),
    ]
    update = next(e for e in events if e["action"] == "contact.update")
    assert update["details"] == {"fields": ["company", "notes"]}
    assert next(e for e in events if e["action"] == "consent.granted")["details"] == {
        "channel": "email", "override": True}
    dumped = json.dumps([e["details"] for e in events]).casefold()
    for value in PERSONAL:
        assert value.casefold() not in dumped


def _tamper(ws: Workspace, sql: str, **params: object) -> None:
    assert ws.engine is not None
    with ws.engine.begin() as conn:
        assert conn.execute(text(sql), params).rowcount == 1


def _some_event_ids(cli: CliRunner) -> list[int]:
    for i in range(4):
        _ok(cli, "contact", "add", "--first", f"Person{i}")
    assert "events verified" in _ok(cli, "audit", "verify")
    return [e["id"] for e in _events(cli)]


EDITS = {"details": '{"fields":["notes"]}', "action": "contact.view", "username": "mallory",
         "object_id": "999", "at": "2001-01-01 00:00:00.000000", "hash": "0" * 64}


def test_an_edited_event_is_named(cli: CliRunner, admin_ws: Workspace) -> None:
    ids = _some_event_ids(cli)
    victim = ids[len(ids) // 2]
    assert admin_ws.engine is not None
    for column, value in EDITS.items():
        with admin_ws.engine.connect() as conn:
            original = conn.execute(text(f"SELECT {column} FROM audit_events WHERE id = :id"),
                                    {"id": victim}).scalar()
        _tamper(admin_ws, f"UPDATE audit_events SET {column} = :value WHERE id = :id",
                value=value, id=victim)
        result = cli("audit", "verify")
        assert result.code == 1, column
        assert f"event {victim}" in result.err and "altered" in result.err
        _tamper(admin_ws, f"UPDATE audit_events SET {column} = :value WHERE id = :id",
                value=original, id=victim)
        assert cli("audit", "verify").code == 0, column


def test_a_deleted_event_is_detected(cli: CliRunner, admin_ws: Workspace) -> None:
    ids = _some_event_ids(cli)
    victim = ids[len(ids) // 2]
    _tamper(admin_ws, "DELETE FROM audit_events WHERE id = :id", id=victim)
    result = cli("audit", "verify")
    assert result.code == 1
    following = ids[ids.index(victim) + 1]
    assert f"event {following}" in result.err and "removed" in result.err


def test_only_an_admin_reads_or_verifies_the_log(cli: CliRunner, user_ws) -> None:  # noqa: ANN001
    user_ws("manager").lock()
    for args in (("audit", "verify"), ("audit", "list")):
        result = cli(*args, user="manager", password=ROLE_PASSWORDS["manager"])
        assert result.code == 1 and "audit.view" in result.err
