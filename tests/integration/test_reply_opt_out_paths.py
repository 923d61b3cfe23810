"""Real replies to a mailing, read through every source (.eml folder, mbox, IMAP) by the command
line: the phrasings a review found missed are recorded, the negated one and the Outlook
out-of-office (no Auto-Submitted header) are not, and every reply a program did not write is
listed for a person with its sender, subject and the start of its text."""

from __future__ import annotations

import json
import mailbox
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from contactweb.services.consent import consent
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.integration.test_mailing_imap import SECRET, USER, imap_server
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import ContactSpec, add_contacts

FOOTER = ("-- \nLindenhof Tools\n12 Mill Lane\nSpringfield, IL 62701\n\nYou receive this "
          "email because you agreed to hear from Lindenhof Tools. To stop receiving these "
          "emails, reply with the word \"unsubscribe\" or write to news@lindenhof.example.")
MAILING = "Dear customer,\n\nour spring range is here: 10% off until 31 March.\n\n" + FOOTER


def _reply(sender: str, subject: str, own: str, quote: str, headers: dict | None = None,
           ) -> bytes:
    message = EmailMessage(policy=default)
    message["From"] = sender
    message["To"] = "Lindenhof Tools <news@lindenhof.example>"
    message["Subject"] = subject
    message["Date"] = "Tue, 3 Mar 2026 09:12:00 +0100"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(own + "\n\n" + quote)
    return message.as_bytes()


def _gmail_quote() -> str:
    return ("On Mon, 2 Mar 2026 at 10:00, Lindenhof Tools <news@lindenhof.example> wrote:\n"
            + "\n".join("> " + line for line in MAILING.split("\n")))


def _outlook_quote(von: str = "Von", gesendet: str = "Gesendet", an: str = "An",
                   betreff: str = "Betreff") -> str:
    return ("________________________________\n"
            f"{von}: Lindenhof Tools <news@lindenhof.example>\n"
            f"{gesendet}: Montag, 2. März 2026 10:00\n{an}: kunde@example.org\n"
            f"{betreff}: Frühlingsneuheiten\n\n" + MAILING)


REPLIES = {
    "01.eml": _reply("Ann Wish <ann@example.org>", "Re: Spring news",
                     "I no longer wish to receive these emails.", _gmail_quote()),
    "02.eml": _reply("Bernd Verteiler <bernd@example.org>", "AW: Frühlingsneuheiten",
                     "Sehr geehrte Damen und Herren,\n\nBitte nehmen Sie mich aus Ihrem "
                     "Verteiler.\n\nMit freundlichen Grüßen\nBernd", _outlook_quote()),
    "03.eml": _reply("Cleo Fan <cleo@example.org>", "Re: Spring news",
                     "Please don't unsubscribe me, I like these", _gmail_quote()),
    "04.eml": _reply("Dora Away <dora@example.org>",
                     "Automatische Antwort: Frühlingsneuheiten",
                     "Vielen Dank für Ihre Nachricht. Ich bin bis 13.03. nicht im Büro.",
                     _outlook_quote(), {"X-Auto-Response-Suppress": "All",
                                        "Thread-Topic": "Frühlingsneuheiten"}),
    "05.eml": _reply("Emil Asks <emil@example.org>", "Re: Spring news",
                     "Do you ship to Canada? My cousin in Toronto wants the garden set.",
                     _gmail_quote()),
    "06.eml": _reply("Fay Moved <fay@example.org>", "Re: Spring news",
                     "Hi, we've moved to Portugal, so this isn't much use to us now.",
                     _outlook_quote("From", "Sent", "To", "Subject")),
}


@pytest.fixture
def people(admin_ws: Workspace) -> dict[str, int]:
    names = ["ann", "bernd", "cleo", "dora", "emil", "fay"]
    ids = add_contacts(admin_ws, [ContactSpec(n.title(), "Reply", f"{n}@example.org")
                                  for n in names])
    return dict(zip(names, ids, strict=True))


def _check_report(report: dict, recorded: int) -> None:
    assert report["checked"] == 6 and report["recorded"] == recorded
    assert {f["sender"] for f in report["findings"]} == {"ann@example.org", "bernd@example.org"}
    undecided = {u["sender"]: u for u in report["undecided"]}
    # Every reply that a program did not write and that did not ask in known words.
    assert set(undecided) == {"cleo@example.org", "emil@example.org", "fay@example.org"}
    assert undecided["cleo@example.org"]["excerpt"] == "Please don't unsubscribe me, I like these"
    assert "negated" in undecided["cleo@example.org"]["note"]
    assert undecided["emil@example.org"]["subject"] == "Re: Spring news"
    assert undecided["fay@example.org"]["excerpt"].startswith("Hi, we've moved to Portugal")
    assert "unsubscribe" not in undecided["emil@example.org"]["excerpt"]  # the quote left out
    assert [(a["sender"], a["reason"]) for a in report["automatic_replies"]] == [
        ("dora@example.org", "X-Auto-Response-Suppress header")]
    assert report["other"] == 3 and report["automatic"] == 1


def _check_consent(ws: Workspace, people: dict[str, int], opted_out: set[str]) -> None:
    states = {name: consent.status_by_channel(ws, cid)["email"] for name, cid in people.items()}
    assert states == {name: "opted_out" if name in opted_out else "granted" for name in people}


def test_eml_folder(admin_ws: Workspace, cli: CliRunner, tmp_path: Path,
                    people: dict[str, int]) -> None:
    folder = tmp_path / "replies"
    folder.mkdir()
    for name, raw in REPLIES.items():
        (folder / name).write_bytes(raw)
    dry = cli("mailing", "process-replies", str(folder), "--json")
    assert dry.code == 0, dry.err
    _check_report(json.loads(dry.out), 0)
    _check_consent(admin_ws, people, set())

    listed = cli("mailing", "process-replies", str(folder))
    assert listed.code == 0, listed.err
    assert "2 ask to opt out, 3 other replies for you to read, 1 automatic replies" in listed.out
    for source, sender, words in (("03.eml", "cleo@example.org", "Please don't unsubscribe me"),
                                  ("05.eml", "emil@example.org", "Do you ship to Canada?"),
                                  ("06.eml", "fay@example.org", "we've moved to Portugal")):
        row = next(line for line in listed.out.splitlines() if line.startswith(source))
        assert sender in row and "Re: Spring news" in row and words in row

    done = cli("mailing", "process-replies", str(folder), "--yes", "--json")
    assert done.code == 0, done.err
    _check_report(json.loads(done.out), 2)
    _check_consent(admin_ws, people, {"ann", "bernd"})

    # A person read Fay's reply and takes it as a request.
    chosen = cli("mailing", "process-replies", str(folder), "--opt-out", "06.eml", "--yes",
                 "--json")
    assert chosen.code == 0, chosen.err
    report = json.loads(chosen.out)
    assert report["recorded"] == 1
    assert {u["sender"] for u in report["undecided"]} == {"cleo@example.org", "emil@example.org"}
    _check_consent(admin_ws, people, {"ann", "bernd", "fay"})
    event = consent.history(admin_ws, people["fay"])[0]
    assert "moved to Portugal" in event.evidence
    wrong = cli("mailing", "process-replies", str(folder), "--opt-out", "99.eml", "--yes")
    assert wrong.code == 1 and "99.eml" in wrong.err


def test_mbox(admin_ws: Workspace, cli: CliRunner, tmp_path: Path,
              people: dict[str, int]) -> None:
    box = mailbox.mbox(tmp_path / "replies.mbox")
    for raw in REPLIES.values():
        box.add(raw)
    box.close()
    result = cli("mailing", "process-replies", str(tmp_path / "replies.mbox"), "--yes", "--json")
    assert result.code == 0, result.err
    _check_report(json.loads(result.out), 2)
    _check_consent(admin_ws, people, {"ann", "bernd"})


def test_imap(admin_ws: Workspace, cli: CliRunner, people: dict[str, int]) -> None:
    with imap_server(list(REPLIES.values())) as (port, _log):
        result = cli("mailing", "process-replies", "--imap", "--imap-host", "127.0.0.1",
                     "--imap-port", str(port), "--imap-security", "plain", "--imap-user", USER,
                     "--yes", "--json", stdin=f"{PASSWORD}\n{SECRET}\n")
    assert result.code == 0, result.err
    _check_report(json.loads(result.out), 2)
    _check_consent(admin_ws, people, {"ann", "bernd"})
