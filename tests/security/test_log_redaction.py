"""The log is for support: it must never hold a contact's name, email or phone, nor a secret."""

from __future__ import annotations

import sys

from contactweb.logging_setup import log_file, log_unhandled, redact
from contactweb.ui.app.crash_dialog import CrashDialog

NAME, EMAIL, PHONE = "Philippa Quenneville", "philippa.q@example.org", "+1 415 555 0199"


def test_a_cli_session_with_contacts_logs_none_of_their_data(cli) -> None:  # noqa: ANN001
    created = cli("contact", "add", "--first", "Philippa", "--last", "Quenneville",
                  "--email", EMAIL, "--phone", PHONE, "--notes", "prefers mornings")
    assert created.code == 0, created.err
    cid = created.out.strip()
    for args in (("contact", "list", "--search", "Quenneville"), ("contact", "show", cid),
                 ("log", cid, "--kind", "call", "--direction", "in", "--subject",
                  f"Call with {NAME}"),
                 ("contact", "edit", cid, "--email", "not-an-email-philippa"),  # refused
                 ("contact", "add", "--first", "X", "--phone", "+1 415 555 01"),  # refused
                 ("optout", cid, "--channel", "email", "--evidence", f"{NAME} said stop")):
        cli(*args)
    text = log_file().read_text("utf-8")
    assert "command: contact" in text and "refused" in text  # the log is really written
    for personal in ("Philippa", "Quenneville", EMAIL, "555 0199", "5550199", "mornings",
                     "not-an-email"):
        assert personal not in text, personal


def test_an_unhandled_error_is_logged_redacted() -> None:
    try:
        raise ValueError(f"could not save '{NAME}' <{EMAIL}> {PHONE} password=hunter2hunter2")
    except ValueError as exc:
        shown = log_unhandled(type(exc), exc, exc.__traceback__)
    text = log_file().read_text("utf-8") if log_file().exists() else shown
    for secret in (NAME, EMAIL, "555 0199", "hunter2"):
        assert secret not in shown and secret not in text
    assert "ValueError" in shown


def test_sql_parameters_and_keys_are_redacted() -> None:
    message = ("(sqlite3.IntegrityError) UNIQUE constraint failed [SQL: INSERT INTO contacts "
               "VALUES (?)] [parameters: ('Philippa', 'philippa@example.org')] "
               "key x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'")
    cleaned = redact(message)
    assert "Philippa" not in cleaned and "00112233" not in cleaned
    assert "IntegrityError" in cleaned


def test_crash_dialog_says_what_to_do_and_shows_only_redacted_text(qtbot, monkeypatch) -> None:  # noqa: ANN001
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    CrashDialog.install()
    try:
        raise RuntimeError(f"broken while showing {NAME} {EMAIL}")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    dialog = shown[0]
    assert "restart ContactWeb" in dialog.text() and str(log_file()) in dialog.informativeText()
    assert NAME not in dialog.detailedText() and EMAIL not in dialog.detailedText()
    assert "RuntimeError" in dialog.detailedText()
