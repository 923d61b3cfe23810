"""Roles through the command line: read-only changes nothing, staff never see a colleague's
owner-only contacts, and only a manager or admin reverses an opt-out, with a reason."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import text

from contactweb.vault.workspace import Workspace
from tests.conftest import ROLE_PASSWORDS
from tests.support.cli_runner import CliResult, CliRunner

SECRET = "Zebulon"


def _dump(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row of every table, the audit log apart."""
    assert ws.engine is not None
    with ws.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'contact_fts%' AND name != 'audit_events'"))]
        return {t: conn.execute(text(f'SELECT * FROM "{t}" ORDER BY rowid')).all()
                for t in tables}


def _audit_actions(ws: Workspace, after_id: int) -> list[str]:
    assert ws.engine is not None
    with ws.engine.connect() as conn:
        return [r[0] for r in conn.execute(
            text("SELECT action FROM audit_events WHERE id > :id ORDER BY id"), {"id": after_id})]


def _last_audit_id(ws: Workspace) -> int:
    assert ws.engine is not None
    with ws.engine.connect() as conn:
        return conn.execute(text("SELECT max(id) FROM audit_events")).scalar() or 0


def _refused(result: CliResult) -> None:
    assert result.code == 1, (result.code, result.out, result.err)
    assert result.out == ""
    assert result.err.startswith("contactweb: ") and len(result.err.strip()) > 20


@pytest.fixture
def as_role(cli: CliRunner, user_ws: Callable[..., Workspace]) -> Callable[..., CliResult]:
    created: set[str] = set()

    def run(role: str, *args: str, stdin: str | None = None) -> CliResult:
        if role not in created:  # make sure the account exists
            user_ws(role).lock()
            created.add(role)
        password = ROLE_PASSWORDS[role]
        return cli(*args, user=role, password=password,
                   stdin=None if stdin is None else f"{password}\n{stdin}")
    return run


def _add(cli: CliRunner, *args: str, **kwargs: str) -> int:
    result = cli(*args, **kwargs)
    assert result.code == 0, result.err
    return int(result.out.split()[0])


def test_readonly_changes_nothing(admin_ws: Workspace, cli: CliRunner,
                                  as_role: Callable[..., CliResult]) -> None:
    cid = _add(cli, "contact", "add", "--first", "Ann", "--email", "ann@example.com")
    closed = _add(cli, "contact", "add", "--first", "Bo")
    assert cli("contact", "close", str(closed)).code == 0
    rid = _add(cli, "remind", str(cid), "--due", "2030-01-01T09:00", "--text", "call back")
    assert as_role("readonly", "contact", "list").code == 0  # creates the account first
    before, last_event = _dump(admin_ws), _last_audit_id(admin_ws)

    c, r = str(cid), str(rid)
    mutations = [
        ("contact", "add", "--first", "New"),
        ("contact", "edit", c, "--first", "Changed"),
        ("contact", "close", c),
        ("contact", "reopen", str(closed)),
        ("log", c, "--kind", "call", "--direction", "in", "--subject", "hello"),
        ("sale", "add", c, "--product", "Widget", "--price", "9.99"),
        ("remind", c, "--due", "2030-02-01T09:00", "--text", "again"),
        ("reminder-done", r),
        ("reminder-snooze", r, "--minutes", "30"),
        ("optout", c, "--channel", "email"),
        ("optin", c, "--channel", "post", "--evidence", "signed form"),
        ("user", "disable", "admin"),
        ("user", "reset", "admin"),
        ("user", "role", "readonly", "admin"),
    ]
    for args in mutations:
        _refused(as_role("readonly", *args))
    _refused(as_role("readonly", "user", "add", "sneaky", "--role", "admin",
                     stdin="Sneaky-pass-42!\n"))
    assert _dump(admin_ws) == before
    assert set(_audit_actions(admin_ws, last_event)) == {"signin"}


def test_staff_never_see_a_colleagues_owner_only_contacts(
        cli: CliRunner, as_role: Callable[..., CliResult],
        user_ws: Callable[..., Workspace]) -> None:
    user_ws("staff").lock()
    user_ws("manager").lock()
    user_ws("staff", "colleague").lock()
    colleague = {"user": "colleague", "password": ROLE_PASSWORDS["staff"]}
    secret = _add(cli, "contact", "add", "--first", SECRET, "--last", "Quist", "--owner-only",
                  "--tag", "private-list", "--email", "zq@example.com", **colleague)
    public = _add(cli, "contact", "add", "--first", "Public", "--tag", "private-list",
                  **colleague)
    sid = str(secret)
    for args in (("log", sid, "--kind", "note", "--direction", "out", "--subject",
                  f"{SECRET} talk"),
                 ("sale", "add", sid, "--product", f"{SECRET} kit", "--price", "5"),
                 ("remind", sid, "--due", "2020-01-01T09:00", "--text", f"{SECRET} follow-up",
                  "--assignee", "staff"),
                 ("optout", sid, "--channel", "sms")):
        assert cli(*args, **colleague).code == 0

    for role in ("staff", "manager"):
        listings = [
            as_role(role, "contact", "list"),
            as_role(role, "contact", "list", "--json"),
            as_role(role, "contact", "list", "--search", SECRET, "--json"),
            as_role(role, "contact", "list", "--search", "zq@example.com"),
            as_role(role, "contact", "list", "--tag", "private-list", "--json"),
            as_role(role, "reminders"),
            as_role(role, "reminders", "--json"),
            as_role(role, "sale", "list"),
            as_role(role, "sale", "list", "--json"),
        ]
        for result in listings:
            assert result.code == 0, result.err
            assert SECRET not in result.out and "Quist" not in result.out
        tagged = json.loads(as_role(role, "contact", "list", "--tag", "private-list",
                                    "--json").out)
        assert [row["id"] for row in tagged] == [public]
        for args in (("contact", "show", sid), ("contact", "show", sid, "--json"),
                     ("timeline", sid), ("timeline", sid, "--json"), ("consent", sid),
                     ("sale", "list", sid), ("contact", "edit", sid, "--first", "X"),
                     ("log", sid, "--kind", "note", "--direction", "in"),
                     ("remind", sid, "--due", "2030-01-01T09:00", "--text", "x"),
                     ("optout", sid, "--channel", "email")):
            result = as_role(role, *args)
            _refused(result)
            assert f"No contact with id {sid}" in result.err
            assert SECRET not in result.err

    # The owner and an administrator do see it: the refusals above are about visibility.
    for runner_kwargs in (colleague, {}):
        shown = cli("contact", "show", sid, "--json", **runner_kwargs)
        assert shown.code == 0 and json.loads(shown.out)["first_name"] == SECRET
        assert SECRET in cli("reminders", **runner_kwargs).out


def test_only_manager_or_admin_reverse_an_opt_out_and_only_with_a_reason(
        cli: CliRunner, as_role: Callable[..., CliResult]) -> None:
    cid = str(_add(cli, "contact", "add", "--first", "Olga", "--email", "olga@example.com"))
    # Granting consent where nobody opted out is ordinary staff work.
    assert as_role("staff", "optin", cid, "--channel", "post", "--evidence", "form").code == 0

    def status(channel: str) -> str:
        return json.loads(cli("consent", cid, "--json").out)["status"][channel]

    for role in ("manager", "admin"):
        assert as_role("staff", "optout", cid, "--channel", "email").code == 0
        assert status("email") == "opted_out"
        _refused(as_role("staff", "optin", cid, "--channel", "email", "--evidence", "call",
                         "--override-reason", "they asked"))
        run = (lambda *a: cli(*a)) if role == "admin" else (lambda *a: as_role("manager", *a))
        no_reason = run("optin", cid, "--channel", "email", "--evidence", "call")
        _refused(no_reason)
        assert "reason" in no_reason.err
        blank = run("optin", cid, "--channel", "email", "--evidence", "call",
                    "--override-reason", "   ")
        _refused(blank)
        assert status("email") == "opted_out"
        ok = run("optin", cid, "--channel", "email", "--evidence", "call on 3 March",
                 "--override-reason", "asked to receive the newsletter again")
        assert ok.code == 0, ok.err
        assert status("email") == "granted"
    history = json.loads(cli("consent", cid, "--json").out)["history"]
    reversals = [e for e in history if e["override_reason"]]
    assert [e["recorded_by"] for e in reversals] == ["admin", "manager"]
