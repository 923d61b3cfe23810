"""The audit log in words: settings with old and new values, objects by name (an erased
contact as such), a legal hold's reason, the SMTP server's change."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.services import audit, privacy, settings
from contactweb.services.accounts import session, users
from contactweb.services.accounts.audit_sentences import describe, names_for
from contactweb.services.backup import backup
from contactweb.services.backup.backup import BackupSchedule
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.mailing import smtp_settings
from contactweb.services.mailing.smtp_settings import SmtpSettings
from contactweb.vault.workspace import Workspace


def sentences(ws: Workspace, action: str) -> list[str]:
    rows = audit.list_events(ws, action=action)
    names = names_for(ws, rows)
    return [describe(row, names) for row in rows]


def test_a_setting_change_records_and_says_old_and_new(admin_ws: Workspace) -> None:
    settings.put(admin_ws, "idle_timeout_minutes", 5)
    (event,) = audit.list_events(admin_ws, action="settings.change")
    assert event.details == {"old": 15, "new": 5}
    assert sentences(admin_ws, "settings.change") == [
        "admin changed the idle sign-out time (minutes) from 15 to 5."]


def test_the_business_logo_is_named_but_never_copied_into_the_log(admin_ws: Workspace) -> None:
    profile = settings.business_profile(admin_ws)
    profile.name, profile.logo_png = "Lakeside Florists", "iVBOR" + "A" * 5000
    settings.set_business_profile(admin_ws, profile)
    (event,) = audit.list_events(admin_ws, action="settings.change")
    assert "AAAA" not in str(event.details)
    (sentence,) = sentences(admin_ws, "settings.change")
    assert sentence == ("admin changed the logo; the business name from My Business to "
                        "Lakeside Florists.")


def test_the_smtp_server_change_reads_as_a_sentence(admin_ws: Workspace, vault_dir: Path) -> None:
    users.add_user(admin_ws, "anna", "admin", "Anna-pass-1234!", display_name="Anna Bell",
                   must_change=False)
    smtp = SmtpSettings("a.example.com", 587, "starttls", "", "Lakeside",
                        "hello@example.com")
    smtp_settings.configure(admin_ws, smtp, postal_address="1 Lake Road")
    anna = session.sign_in(vault_dir, "anna", "Anna-pass-1234!")
    try:
        smtp_settings.update(anna, host="b.example.com", password="secret-pass-1")
    finally:
        anna.lock()
    newest = sentences(admin_ws, "mailing.configure")[0]
    assert newest == "Anna Bell changed the SMTP server from a.example.com to b.example.com."
    assert "secret-pass-1" not in str(audit.list_events(admin_ws, action="mailing.configure"))


def test_objects_are_named_and_an_erased_contact_is_said_to_be_erased(
        admin_ws: Workspace) -> None:
    ann = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    bob = contacts.create_contact(admin_ws, ContactInput(first_name="Bob", last_name="Ray"))
    users.add_user(admin_ws, "tom", "staff", "Tom-pass-12345!", display_name="Tom Hill",
                   must_change=False)
    users.set_role(admin_ws, "tom", "manager")
    privacy.erase_contact(admin_ws, bob)
    created = sentences(admin_ws, "contact.create")
    assert created == ["admin created an erased contact.", "admin created Ann Lee."]
    assert sentences(admin_ws, "user.role") == [
        "admin changed the role of Tom Hill from staff to manager."]
    assert sentences(admin_ws, "privacy.erase") == ["admin erased an erased contact."]
    assert ann


def test_a_legal_hold_keeps_its_reason_in_the_log(admin_ws: Workspace) -> None:
    ann = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    privacy.place_legal_hold(admin_ws, ann, "Case 2026-17")
    privacy.release_legal_hold(admin_ws, ann)
    (hold,) = audit.list_events(admin_ws, action="privacy.hold")
    assert hold.details["reason"] == "Case 2026-17"
    assert sentences(admin_ws, "privacy.") == [
        "admin released the legal hold on Ann Lee (reason: Case 2026-17).",
        "admin placed a legal hold on Ann Lee (reason: Case 2026-17)."]


def test_a_reused_contact_id_does_not_put_a_new_name_on_old_events(
        admin_ws: Workspace, monkeypatch) -> None:  # noqa: ANN001
    import time

    from contactweb.services.accounts import audit_sentences
    from contactweb.services.contacts import duplicates

    monkeypatch.setattr(audit_sentences, "ID_REUSE_SLACK", audit_sentences.timedelta(0))
    keep = contacts.create_contact(admin_ws, ContactInput(first_name="Kim", last_name="Alt"))
    twin = contacts.create_contact(admin_ws, ContactInput(first_name="Kim", last_name="Alt"))
    contacts.create_contact(admin_ws, ContactInput(first_name="Stays", last_name="Put"))
    duplicates.merge(admin_ws, keep, twin)
    gone = contacts.create_contact(admin_ws, ContactInput(first_name="Old", last_name="Name"))
    privacy.erase_contact(admin_ws, gone)
    time.sleep(0.05)  # the next contact is made after every event about the erased one
    new = contacts.create_contact(admin_ws, ContactInput(first_name="New", last_name="Person"))
    said = sentences(admin_ws, "contact.create")
    assert said[0] == "admin created New Person."
    assert "admin created a contact merged into another." in said
    assert "admin created an erased contact." in said
    assert not any("Old Name" in s for s in said)
    assert new > 0


@pytest.mark.sqlite_only  # a backup destination is the desktop vault's
def test_backup_destination_and_schedule_changes_say_old_and_new(admin_ws: Workspace,
                                                                 tmp_path: Path) -> None:

    first, second = tmp_path / "usb-one", tmp_path / "usb-two"
    first.mkdir()
    second.mkdir()
    backup.configure_folder(admin_ws, first)
    backup.configure_folder(admin_ws, second)
    schedule = backup.backup_schedule(admin_ws)
    backup.set_backup_schedule(admin_ws, BackupSchedule(
        interval_hours=6, keep_last=schedule.keep_last, keep_daily=schedule.keep_daily,
        keep_weekly=schedule.keep_weekly))
    assert f"the folder from {first} to {second}" in sentences(admin_ws, "backup.configure")[0]
    assert sentences(admin_ws, "backup.schedule")[0].endswith(
        f"changed the backup schedule: the hours between backups from "
        f"{schedule.interval_hours} to 6.")
