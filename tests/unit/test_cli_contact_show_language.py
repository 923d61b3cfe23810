"""``contact show`` in German: a contact's status, the consent statuses and channels and the
labels in German words, an address's country by its German name; ``--json`` keeps the stored
codes, the same in every language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contactweb import i18n
from contactweb.services.accounts import session
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput
from tests.conftest import PASSWORD

pytestmark = pytest.mark.usefixtures("compiled_catalogs")
REPO = Path(__file__).resolve().parents[2]


def show(vault: Path, lang: str, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in i18n.ENVIRONMENT}
    env.update(LANG=lang, CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS="1")
    done = subprocess.run(
        [sys.executable, "-m", "contactweb", "--vault", str(vault), "--user", "admin",
         "--password-stdin", "contact", "show", *args],
        input=PASSWORD + "\n", capture_output=True, text=True, cwd=REPO, env=env, timeout=60,
        check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def anna(tmp_path: Path) -> tuple[Path, int]:
    ws = session.create_vault(tmp_path, "admin", PASSWORD)
    contact_id = contacts.create_contact(ws, ContactInput(
        first_name="Anna", last_name="Gruber", emails=[EmailInput("anna@example.at", "home")],
        addresses=[AddressInput("Ringstraße 1", "Wien", "", "1010", "AT", "work")]))
    consent.opt_out(ws, contact_id, "post")
    contacts.close_contact(ws, contact_id)
    ws.lock()
    return tmp_path, contact_id


def test_contact_show_in_german_says_the_status_words_and_the_country_in_german(
        anna: tuple[Path, int]) -> None:
    vault, contact_id = anna
    german = show(vault, "de_DE.UTF-8", str(contact_id))
    lines = german.splitlines()
    assert lines[0] == f"Anna Gruber  (Kontakt {contact_id}, geschlossen)"
    address = next(line for line in lines if "Ringstraße" in line)
    assert address.endswith("Ringstraße 1, Wien, 1010, Österreich (geschäftlich)"), address
    assert address.startswith("  Adresse:")
    assert "anna@example.at (privat)" in german
    consent_line = next(line for line in lines if "abgemeldet" in line)
    assert consent_line.startswith("  Einwilligung:")
    assert consent_line.endswith(" E-Mail unbekannt, Post abgemeldet, Telefon unbekannt, "
                                 "SMS unbekannt"), consent_line
    assert "  Quelle:      eingegeben" in lines
    for code in ("closed", "opted_out", "unknown", " AT ", "(work)", "(home)", "manual"):
        assert code not in german, code

    english = show(vault, "C.UTF-8", str(contact_id))
    assert f"(contact {contact_id}, closed)" in english
    assert "Wien, 1010, Austria (work)" in english and "post opted out" in english
    assert "  Source:      typed in" in english.splitlines()


def test_contact_show_json_keeps_the_stored_codes_in_every_language(
        anna: tuple[Path, int]) -> None:
    vault, contact_id = anna
    german = show(vault, "de_DE.UTF-8", str(contact_id), "--json")
    assert german == show(vault, "C.UTF-8", str(contact_id), "--json")
    data = json.loads(german)
    assert data["status"] == "closed" and data["addresses"][0]["country"] == "AT"
    assert data["addresses"][0]["label"] == "work" and data["emails"][0]["label"] == "home"
    assert data["consent"]["post"] == "opted_out" and data["consent"]["email"] == "unknown"
