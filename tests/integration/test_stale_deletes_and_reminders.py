"""Deleting a communication and marking a reminder done, snoozing or editing it are refused
when begun from an older version than the saved one, with who changed it and when; the
command line's contact edit, log-edit and log-delete take the version they read
(``--expect-version``, printed by ``contact show`` and ``timeline --json``) and refuse a
stale one as every other refusal does (exit 1, the reason on stderr). On both backends."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from contactweb.services.activity import communications as comms
from contactweb.services.activity import reminders
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.stale_edits import StaleEdit
from tests.support.cli_runner import CliRunner

DUE = datetime(2030, 1, 1, 9)


def test_deleting_a_communication_someone_corrected_since_is_refused(
        admin_ws, user_ws) -> None:  # noqa: ANN001
    kim = user_ws("staff", "kim")
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    logged = comms.log_communication(admin_ws, cid, CommunicationInput(kind="call",
                                                                       subject="Hi"))
    seen = comms.get_communication(admin_ws, logged).version
    comms.update_communication(kim, logged, CommunicationInput(
        kind="call", subject="Agreed the price", version=seen))
    with pytest.raises(StaleEdit) as refused:
        comms.delete_communication(admin_ws, logged, version=seen)
    assert refused.value.by == "kim" and refused.value.at is not None
    assert str(refused.value).startswith("kim changed this communication at ")
    assert comms.get_communication(admin_ws, logged).subject == "Agreed the price"
    comms.delete_communication(admin_ws, logged,
                               version=comms.get_communication(admin_ws, logged).version)
    assert comms.timeline(admin_ws, cid) == []


def _reminder(ws, reminder_id: int) -> reminders.ReminderView:  # noqa: ANN001
    (found,) = [r for r in reminders.list_reminders(ws, include_done=True)
                if r.id == reminder_id]
    return found


def test_a_reminder_done_snoozed_or_edited_from_an_older_read_is_refused(
        admin_ws, user_ws) -> None:  # noqa: ANN001
    kim = user_ws("staff", "kim")
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    rid = reminders.add_reminder(admin_ws, cid, DUE, "Call back")
    seen = _reminder(admin_ws, rid)
    assert seen.version == 1
    reminders.update_reminder(kim, rid, DUE + timedelta(days=1), "Call back about the quote",
                              version=seen.version)
    for stale in (lambda: reminders.mark_done(admin_ws, rid, version=seen.version),
                  lambda: reminders.snooze(admin_ws, rid, timedelta(hours=1),
                                           version=seen.version),
                  lambda: reminders.update_reminder(admin_ws, rid, DUE, "Call back",
                                                    version=seen.version)):
        with pytest.raises(StaleEdit, match="^kim changed this reminder at ") as refused:
            stale()
        assert refused.value.by == "kim"
    now = _reminder(admin_ws, rid)
    assert (now.text, now.due_at, now.done, now.version) == (
        "Call back about the quote", DUE + timedelta(days=1), False, 2)
    # From the version now shown each passes, and each counts as a save.
    reminders.snooze(admin_ws, rid, timedelta(hours=1), version=2)
    reminders.mark_done(kim, rid, version=3)
    with pytest.raises(StaleEdit, match="^kim changed this reminder"):
        reminders.mark_done(admin_ws, rid, done=False, version=3)
    reminders.mark_done(admin_ws, rid, done=False)  # no version shown: no check
    assert _reminder(kim, rid).version == 5


def test_the_command_line_edits_from_the_version_it_read(admin_ws, user_ws, cli: CliRunner
                                                         ) -> None:  # noqa: ANN001
    kim = user_ws("staff", "kim")
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    shown = cli("contact", "show", str(cid))
    assert "  Version:     1 " in shown.out
    assert json.loads(cli("contact", "show", str(cid), "--json").out)["version"] == 1
    current = contacts.get_contact(kim, cid, audit_view=False).to_input()
    contacts.update_contact(kim, cid, replace(current, notes="moved to Ohio"))
    refused = cli("contact", "edit", str(cid), "--title", "Buyer", "--expect-version", "1")
    assert refused.code == 1 and refused.out == ""
    assert refused.err.startswith("contactweb: kim changed this contact at "), refused.err
    assert contacts.get_contact(admin_ws, cid, audit_view=False).title == ""
    done = cli("contact", "edit", str(cid), "--title", "Buyer", "--expect-version", "2")
    assert done.code == 0, done.err
    saved = contacts.get_contact(admin_ws, cid, audit_view=False)
    assert (saved.title, saved.notes, saved.version) == ("Buyer", "moved to Ohio", 3)

    logged = comms.log_communication(admin_ws, cid, CommunicationInput(kind="note",
                                                                       subject="Hi"))
    (entry,) = json.loads(cli("timeline", str(cid), "--json").out)
    assert (entry["id"], entry["version"]) == (logged, 1)
    comms.update_communication(kim, logged, CommunicationInput(kind="note", subject="Kim's",
                                                               version=1))
    for argv in (("log-edit", str(logged), "--subject", "Mine", "--expect-version", "1"),
                 ("log-delete", str(logged), "--expect-version", "1")):
        stale = cli(*argv)
        assert stale.code == 1, stale.err
        assert stale.err.startswith("contactweb: kim changed this communication at ")
    assert comms.get_communication(admin_ws, logged).subject == "Kim's"
    assert cli("log-edit", str(logged), "--subject", "Mine", "--expect-version", "2").code == 0
    assert cli("log-delete", str(logged), "--expect-version", "3").code == 0
    assert comms.timeline(admin_ws, cid) == []
