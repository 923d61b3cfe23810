"""Latin code pages other than Windows-1252 in CSV files (issue 19, item 2): a Polish or
Czech Windows writes Windows-1250, which read as Windows-1252 turns "Łódź" into "£ódŸ".

Fixture: tests/fixtures/interchange/csv/central_european_cp1250.csv (written for these tests).
"""

from __future__ import annotations

from pathlib import Path

from contactweb.formats.interchange import read_csv
from contactweb.services.contacts import contacts
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/interchange/csv/central_european_cp1250.csv"


def test_windows_1250_names_land_in_the_vault(admin_ws: Workspace) -> None:
    parsed = importer.parse_bytes(FIXTURE.read_bytes(), FIXTURE.name, "csv")
    assert parsed.problems == []  # enough text to be sure: no warning
    report = importer.import_records(admin_ws, parsed)
    stored = [contacts.get_contact(admin_ws, c, audit_view=False) for c in report.created]
    assert [(c.first_name, c.last_name, c.company) for c in stored] == [
        ("Łukasz", "Wróblewski", "Zakład Usług Leśnych"),
        ("Małgorzata", "Żółkiewska", "Biuro Podróży Świat"),
        ("Jiří", "Dvořák", "Žluťoučký kůň s.r.o."),
        ("Zdeněk", "Šťastný", "Pivovar Čížek")]
    assert [(a.city, a.country) for c in stored for a in c.addresses] == [
        ("Łódź", "Polska"), ("Gdańsk", "Polska"), ("Plzeň", "Česko"),
        ("České Budějovice", "Česko")]
    assert stored[2].notes == "Příliš žluťoučký kůň úpěl ďábelské ódy"
    assert [e.address for c in stored for e in c.emails] == [
        "lukasz@example.pl", "malgorzata@example.pl", "jiri@example.cz", "zdenek@example.cz"]


def test_the_same_names_in_iso_8859_2_are_read_too() -> None:
    text = FIXTURE.read_bytes().decode("cp1250")
    result = read_csv(text.encode("iso8859_2"), "latin2.csv")
    assert [(r.first_name, r.last_name) for r in result.records][:2] == [
        ("Łukasz", "Wróblewski"), ("Małgorzata", "Żółkiewska")]
    assert result.records[3].addresses[0].city == "České Budějovice"


def test_a_western_file_stays_windows_1252() -> None:
    text = "First Name,Last Name,Company\r\nJürgen,Groß,Bäckerei Müller\r\nÅsa,Øberg,Café Noël\r\n"
    result = read_csv(text.encode("cp1252"), "west.csv")
    assert [(r.first_name, r.last_name, r.company) for r in result.records] == [
        ("Jürgen", "Groß", "Bäckerei Müller"), ("Åsa", "Øberg", "Café Noël")]


def test_too_little_text_to_tell_is_read_with_a_warning() -> None:
    result = read_csv("First Name,Last Name\r\nPaweł,Żak\r\n".encode("cp1250"), "short.csv")
    assert [(r.first_name, r.last_name) for r in result.records] == [("Paweł", "Żak")]
    assert [p.reason for p in result.problems] == [
        "no character set given; read as windows-1250, which is a guess: check names with "
        "accents"]
