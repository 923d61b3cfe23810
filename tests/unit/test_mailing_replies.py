"""Opt-outs from replies: found in .eml files and mboxes, shown first, recorded with the
message as evidence only when confirmed."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from contactweb.services.consent import consent
from contactweb.services.mailing.replies import opt_out_phrase, own_lines
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import ContactSpec, add_contacts


def _eml(sender: str, subject: str, body: str, extra: str = "",
         content_type: str = "text/plain") -> str:
    return (f"From: {sender}\r\nTo: news@lindenhof.example\r\nSubject: {subject}\r\n"
            f"Date: Mon, 2 Mar 2026 10:00:00 +0100\r\nMessage-ID: <{abs(hash(body))}@mail>\r\n"
            f"{extra}Content-Type: {content_type}; charset=utf-8\r\n\r\n{body}\r\n")


@pytest.fixture
def people(admin_ws: Workspace) -> dict[str, int]:
    names = ["ann", "bert", "claudia", "denise", "elena", "fay", "gus", "hugo"]
    specs = [ContactSpec(n.title(), "Reply", f"{n}@example.org") for n in names]
    specs.append(ContactSpec("Ann", "Duplicate", "ANN@example.org"))
    ids = add_contacts(admin_ws, specs)
    consent.opt_out(admin_ws, ids[names.index("gus")], "email", evidence="phoned")
    return {**dict(zip(names, ids, strict=False)), "ann2": ids[-1]}


@pytest.fixture
def reply_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "replies"
    folder.mkdir()
    messages = {
        "01.eml": _eml("Ann Reply <ann@example.org>", "Re: Spring news",
                       "Please unsubscribe me.\r\n\r\nOn Mon, 2 Mar 2026 Lindenhof wrote:\r\n"
                       "> Dear Ann,\r\n> spring is here."),
        "02.eml": _eml("bert@example.org", "Re: Spring news",
                       "Thanks, lovely catalogue!\r\n\r\n> To stop receiving these emails, "
                       "reply with unsubscribe"),
        "03.eml": _eml("claudia@example.org", "AW: Newsletter", "Bitte austragen.\r\nGruß"),
        "04.eml": _eml("denise@example.org", "RE: news", "Je souhaite me désabonner, merci."),
        "05.eml": _eml("elena@example.org", "RE: news", "Por favor, darme de baja."),
        "06.eml": _eml("fay@example.org", "Out of office", "I am away. unsubscribe? no.",
                       "Auto-Submitted: auto-replied\r\n"),
        "07.eml": _eml("stranger@example.net", "STOP", "stop"),
        "08.eml": _eml("gus@example.org", "unsubscribe", ""),
        "09.eml": _eml("hugo@example.org", "Re: news",
                       "<html><body><p>Please <b>remove me</b> from your list</p>"
                       "<blockquote>unsubscribe</blockquote></body></html>",
                       content_type="text/html"),
        "notes.txt": "not a message",
    }
    for name, text in messages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_replies_are_listed_first_and_recorded_only_when_confirmed(
        admin_ws: Workspace, cli: CliRunner, reply_folder: Path, people: dict[str, int]) -> None:
    dry = cli("mailing", "process-replies", str(reply_folder), "--json")
    assert dry.code == 0, dry.err
    report = json.loads(dry.out)
    assert (report["checked"], report["automatic"], report["other"], report["recorded"]) == (
        9, 1, 1, 0)
    found = {f["sender"]: f for f in report["findings"]}
    assert set(found) == {"ann@example.org", "claudia@example.org", "denise@example.org",
                          "elena@example.org", "stranger@example.net", "gus@example.org",
                          "hugo@example.org"}
    assert found["stranger@example.net"]["status"] == "no_contact"
    assert found["gus@example.org"]["status"] == "already_opted_out"
    assert {c[0] for c in found["ann@example.org"]["contacts"]} == {people["ann"],
                                                                    people["ann2"]}
    assert found["claudia@example.org"]["phrase"] == "Bitte austragen."
    assert consent.status_by_channel(admin_ws, people["ann"])["email"] == "granted"

    confirmed = cli("mailing", "process-replies", str(reply_folder), "--yes")
    assert confirmed.code == 0, confirmed.err
    assert "Recorded 6 opt-outs." in confirmed.out
    for name in ("ann", "ann2", "claudia", "denise", "elena", "hugo"):
        assert consent.status_by_channel(admin_ws, people[name])["email"] == "opted_out", name
    for name in ("bert", "fay"):
        assert consent.status_by_channel(admin_ws, people[name])["email"] == "granted", name
    event = consent.history(admin_ws, people["ann"])[0]
    assert event.method == "reply to a mailing"
    assert "Subject: Re: Spring news" in event.evidence
    assert "Please unsubscribe me." in event.evidence


def test_mbox_is_read_too(admin_ws: Workspace, cli: CliRunner, tmp_path: Path,
                          people: dict[str, int]) -> None:
    box = mailbox.mbox(tmp_path / "replies.mbox")
    box.add(_eml("bert@example.org", "Re: news", "Take me off your list please.").encode())
    box.add(_eml("fay@example.org", "Re: news", "Great, see you there.").encode())
    box.close()
    result = cli("mailing", "process-replies", str(tmp_path / "replies.mbox"), "--yes",
                 "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert (report["checked"], report["recorded"]) == (2, 1)
    assert consent.status_by_channel(admin_ws, people["bert"])["email"] == "opted_out"


def test_manual_opt_out_from_a_reply(admin_ws: Workspace, cli: CliRunner, tmp_path: Path,
                                     people: dict[str, int]) -> None:
    reply = tmp_path / "reply.eml"
    reply.write_text(_eml("fay@example.org", "Re: news", "No more letters, thank you."),
                     encoding="utf-8")
    result = cli("mailing", "record-optout", str(people["fay"]), "--message", str(reply),
                 "--channel", "all")
    assert result.code == 0, result.err
    assert set(consent.status_by_channel(admin_ws, people["fay"]).values()) == {"opted_out"}
    assert "No more letters" in consent.history(admin_ws, people["fay"])[0].evidence


def test_bad_sources_are_clear_errors(admin_ws: Workspace, cli: CliRunner,
                                      tmp_path: Path) -> None:
    missing = cli("mailing", "process-replies", str(tmp_path / "nope"))
    assert missing.code == 1 and "neither a folder" in missing.err
    (tmp_path / "empty").mkdir()
    empty = cli("mailing", "process-replies", str(tmp_path / "empty"))
    assert empty.code == 1 and "no .eml files" in empty.err


@pytest.mark.parametrize(("subject", "body", "asks"), [
    ("Re: news", "unsubscribe", True),
    ("Stop", "", True),
    ("Re: Don't stop", "Keep them coming!", False),
    ("Re: news", "Abmelden bitte", True),
    ("Re: news", "Keine weiteren E-Mails bitte.", True),
    ("Re: news", "Merci de me retirer de votre liste", True),
    ("Re: news", "Retirez-moi svp", True),
    ("Re: news", "Quiero cancelar mi suscripción", True),
    ("Re: news", "Sounds good.\n-- \nunsubscribe from my newsletter at example.com", False),
    ("Re: news", "Will call you.\n\nFrom: Lindenhof\nTo stop, reply unsubscribe", False),
])
def test_detection(subject: str, body: str, asks: bool) -> None:
    assert bool(opt_out_phrase(subject, own_lines(body))) is asks
