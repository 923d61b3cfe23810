"""Sentences that reach the person other than as an error come in their language: a backup
destination that is full, the large-mailing notice, the re-key message, the note Verify writes
into the backup history and the note the retention writes into a call entry (whole sentences
per count, the date in ISO form)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import timedelta

import pytest

from contactweb import i18n
from contactweb.models import Communication, utcnow
from contactweb.services.accounts.users import RekeyResult
from contactweb.services.activity import communications
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.backup.backup_errors import plain_words
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.mailing.bulk_notice import LARGE_MAILING, large_mailing_notice
from contactweb.services.privacy import run_retention
from contactweb.sync import TransportError
from contactweb.vault.workspace import Workspace

pytestmark = pytest.mark.usefixtures("compiled_catalogs")


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.use_language(i18n.ENGLISH)


def _disk_full() -> TransportError:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/.tmp-probe-1")
        except OSError as exc:
            raise TransportError("/media/usb", f"folder is not writable: {exc}") from exc
    except TransportError as exc:
        return exc


@pytest.mark.parametrize(("language", "words"), [
    ("en", "The disk holding the folder /media/usb is full. Free some space or choose "
           "another disk."),
    ("de", "Der Datenträger (Ordner /media/usb) ist voll. Geben Sie Speicherplatz frei, oder "
           "wählen Sie einen anderen Datenträger."),
    ("es", "El disco que contiene la carpeta /media/usb está lleno. Libere espacio o elija "
           "otro disco.")])
def test_a_full_backup_disk_is_said_in_the_readers_language(
        english_after: None, language: str, words: str) -> None:
    i18n.use_language(language)
    assert plain_words(_disk_full(), i18n._("the backup folder {folder}").format(
        folder="/media/usb")) == words


def test_a_sentence_that_starts_with_the_place_starts_with_a_capital_in_german(
        english_after: None) -> None:
    i18n.use_language("de")
    try:
        raise TransportError("/media/usb", "unreachable")
    except TransportError as exc:
        words = plain_words(exc, i18n._("the backup destination"))
    assert words.startswith("Sicherungsziel war nicht erreichbar oder hat die Anfrage "
                            "abgelehnt.")


def test_the_large_mailing_notice_and_the_rekey_message_in_german(
        english_after: None) -> None:
    english_notice = large_mailing_notice(LARGE_MAILING + 1)
    english_rekey = RekeyResult().message()
    i18n.use_language("de")
    notice = large_mailing_notice(LARGE_MAILING + 1)
    assert notice is not None and notice != english_notice
    # German groups thousands with a point (i18n.number_text), not English's comma.
    assert notice.startswith("4.001 Empfänger sind für die großen Anbieter")
    assert "RFC 8058" in notice and "List-Unsubscribe-Post" in notice
    assert RekeyResult().message().startswith(
        "Der Tresor hat einen neuen Datenbankschlüssel") and english_rekey.startswith(
        "The vault has a new database key")


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "[The recording was deleted on {date} under the retention rule (90 days).]",
     "[2 recordings were deleted on {date} under the retention rule (90 days).]"),
    ("de", "[1 Aufnahme wurde am {date} nach der Aufbewahrungsregel (90 Tage) gelöscht.]",
     "[2 Aufnahmen wurden am {date} nach der Aufbewahrungsregel (90 Tage) gelöscht.]")])
def test_the_retention_note_in_a_call_entry_is_a_whole_sentence_per_count(
        admin_ws: Workspace, english_after: None, language: str, one: str, two: str) -> None:
    ann = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Tester"))
    now = utcnow()

    def call(recordings: int) -> int:
        return communications.log_communication(admin_ws, ann, CommunicationInput(
            kind="call", direction="in", occurred_at=now - timedelta(days=100), subject="s",
            body="Talked", attachments=[AttachmentInput(f"r{n}.wav", b"audio", kind="recording")
                                        for n in range(recordings)]))

    single, double = call(1), call(2)
    i18n.use_language(language)
    run_retention(admin_ws, now=now)
    with admin_ws.session(readonly=True) as session:
        bodies = [session.get(Communication, cid).body for cid in (single, double)]
    date = f"{now:%Y-%m-%d}"  # ISO in every language
    assert bodies == [f"Talked\n\n{one.format(date=date)}", f"Talked\n\n{two.format(date=date)}"]
