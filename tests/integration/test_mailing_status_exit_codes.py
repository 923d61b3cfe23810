"""'mailing status' answers like the runs do: exit 4 while a mailing it shows has pending
messages, 5 when some failed for good and nothing is pending, 0 when all went; with --json
too. A real SMTP server refuses chosen recipients."""

from __future__ import annotations

import json

from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, retries, sender
from contactweb.services.mailing.message import Draft
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    ContactSpec,
    RecordingHandler,
    add_contacts,
    configure,
    smtp_server,
)

DRAFT = Draft("News", "Hello {first_name}")


def _mailing(ws: Workspace, contact_ids: list[int]) -> int:
    return outbox.queue_mailing(ws, DRAFT, Selection(ids=tuple(contact_ids))).mailing_id


def test_status_exit_codes_follow_what_it_shows(admin_ws: Workspace, cli: CliRunner) -> None:
    ok, gone, grey = add_contacts(admin_ws, [
        ContactSpec("Ann", "Ok", "ann@example.org"),
        ContactSpec("Gus", "Gone", "gone@example.org"),
        ContactSpec("Gil", "Grey", "grey@example.org")])
    handler = RecordingHandler(refuse={"gone@example.org"}, refuse_code=550)
    with smtp_server(handler) as (_, port):
        configure(admin_ws, port)
        all_sent = _mailing(admin_ws, [ok])
        sender.deliver_outbox(admin_ws, [all_sent])
        assert cli("mailing", "status", "--mailing", str(all_sent)).code == 0
        assert cli("mailing", "status").code == 0

        failed = _mailing(admin_ws, [ok, gone])
        sender.deliver_outbox(admin_ws, [failed])
        shown = cli("mailing", "status", "--mailing", str(failed))
        assert shown.code == 5, shown.err
        assert "failed" in shown.out and "550" in shown.out
        assert cli("mailing", "status", "--mailing", str(failed), "--json").code == 5
        assert cli("mailing", "status").code == 5

        handler.refuse, handler.refuse_code = {"grey@example.org"}, 450
        pending = _mailing(admin_ws, [grey])
        sender.deliver_outbox(admin_ws, [pending])
        with admin_ws.session(readonly=True) as session:
            assert [p.status for p in retries.pending_messages(session, [pending])] == \
                ["deferred"]
        shown = cli("mailing", "status", "--mailing", str(pending))
        assert shown.code == 4, shown.err
        assert "deferred" in shown.out and "UTC" in shown.out
        # Pending wins over failed: the list shows both kinds of mailing.
        listed = cli("mailing", "status", "--json")
        assert listed.code == 4
        assert {m["id"] for m in json.loads(listed.out)} == {all_sent, failed, pending}
        # The older mailings alone still answer for themselves.
        assert cli("mailing", "status", "--mailing", str(all_sent)).code == 0
        assert cli("mailing", "status", "--mailing", str(failed)).code == 5
