"""The command line corrects and deletes a logged communication as the GUI does, and logs a
note without a direction."""

from __future__ import annotations

import json
from collections.abc import Callable

from contactweb.services import audit
from contactweb.services.activity import communications
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner


def _contact(cli: CliRunner) -> str:
    cid = cli("contact", "add", "--first", "Ann", "--last", "Lee").out.strip()
    assert cid.isdigit()
    return cid


def test_log_edit_changes_only_what_is_given_and_log_delete_removes_it(
        cli: CliRunner, admin_ws: Workspace) -> None:
    cid = _contact(cli)
    entry_id = cli("log", cid, "--kind", "call", "--direction", "in", "--subject", "Hi",
                   "--body", "asked for a quote", "--duration", "7").out.strip()
    result = cli("log-edit", entry_id, "--subject", "Quote for 12 chairs")
    assert result.code == 0, result.err
    entry = communications.get_communication(admin_ws, int(entry_id))
    assert (entry.kind, entry.direction, entry.subject, entry.body, entry.duration_minutes) == (
        "call", "in", "Quote for 12 chairs", "asked for a quote", 7)
    assert cli("log-delete", entry_id).code == 0
    (shown,) = [json.loads(cli("timeline", cid, "--json").out)]
    assert shown == []
    assert [e.action for e in audit.list_events(admin_ws, action="communication.")][:2] == [
        "communication.delete", "communication.update"]
    missing = cli("log-delete", entry_id)
    assert missing.code == 1 and "No communication" in missing.err


def test_a_note_needs_no_direction_and_a_call_does(cli: CliRunner, admin_ws: Workspace) -> None:
    cid = _contact(cli)
    note_id = cli("log", cid, "--kind", "note", "--body", "prefers mornings").out.strip()
    assert communications.get_communication(admin_ws, int(note_id)).direction == ""
    call = cli("log", cid, "--kind", "call", "--subject", "Hi")
    assert call.code == 1 and "--direction in or --direction out" in call.err


def test_who_cannot_log_cannot_correct(cli: CliRunner, admin_ws: Workspace,
                                       user_ws: Callable[[str], Workspace]) -> None:
    cid = _contact(cli)
    entry_id = cli("log", cid, "--kind", "call", "--direction", "in").out.strip()
    user_ws("readonly").lock()
    from tests.conftest import PASSWORD, ROLE_PASSWORDS

    password = ROLE_PASSWORDS.get("readonly", PASSWORD)
    refused = cli("log-delete", entry_id, user="readonly", password=password)
    assert refused.code == 1
    assert len(communications.timeline(admin_ws, int(cid))) == 1
