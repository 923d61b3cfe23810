"""A colon that code puts after a label follows the language's typography: French sets a
no-break space before it ("Nom :"), so the colon never starts a line; other languages write
"Name:". Checked for the helper over any label, for the command line and for a PDF."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from contactweb import i18n
from contactweb.formats.pdf import sample_data
from contactweb.formats.pdf.data import ReportMeta
from contactweb.formats.pdf.dossier import render_dossier
from contactweb.i18n import with_colon
from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from tests.conftest import PASSWORD

pytestmark = pytest.mark.usefixtures("compiled_catalogs")
NO_BREAK_SPACE = "\u00a0"
FRENCH_TAGS = ("fr", "fr_FR", "fr-CA", "fr_CH.UTF-8")
OTHER_TAGS = ("en", "en_GB", "de", "de_AT", "es", "C", i18n.PSEUDO)


@given(label=st.text(min_size=1, max_size=30), tag=st.sampled_from(FRENCH_TAGS + OTHER_TAGS))
def test_the_colon_follows_the_label_as_the_language_writes_it(label: str, tag: str) -> None:
    shown = with_colon(label, tag)
    if tag in FRENCH_TAGS:
        assert shown == label + NO_BREAK_SPACE + ":"
    else:
        assert shown == label + ":"


def test_without_a_language_the_active_one_decides() -> None:
    try:
        i18n.use_language("fr_FR")
        assert with_colon("Entreprise") == "Entreprise\u00a0:"
        i18n.use_language("de_DE")
        assert with_colon("Firma") == "Firma:"
    finally:
        i18n.use_language(i18n.ENGLISH)


def test_contact_show_in_french_keeps_each_colon_with_its_label(tmp_path: Path) -> None:
    ws = session.create_vault(tmp_path, "admin", PASSWORD)
    contact_id = contacts.create_contact(ws, ContactInput(first_name="Anne", company="Atelier"))
    ws.lock()
    env = {k: v for k, v in os.environ.items() if k not in i18n.ENVIRONMENT}
    env.update(LANG="fr_FR.UTF-8", CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS="1")
    done = subprocess.run(
        [sys.executable, "-m", "contactweb", "--vault", str(tmp_path), "--user", "admin",
         "--password-stdin", "contact", "show", str(contact_id)],
        input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    company_line = next(line for line in done.stdout.splitlines() if "Atelier" in line)
    assert company_line.strip().startswith("Entreprise\u00a0:"), company_line
    assert "  Propriétaire\u00a0: admin\n" in done.stdout


def test_an_address_label_in_a_french_dossier_keeps_its_colon(tmp_path: Path) -> None:
    meta = ReportMeta("Atelier Lumière", "Anne Martin", datetime(2026, 12, 7, 10, 32),
                      "Contact dossier", language="fr", locale="fr_FR")
    pdf = render_dossier(meta, sample_data.sample_dossier())
    # The PDF's text layer gives the no-break space back as a space; before, "travail:".
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    text = text.replace(NO_BREAK_SPACE, " ")
    assert "\ntravail :\n12 rue des Ébénistes" in text  # the address's label
    assert "\ntravail : +33 1 42 68 53 00" in text  # a phone number's
    assert "travail:" not in text
    english = render_dossier(replace(meta, language="en", locale="en_US"),
                             sample_data.sample_dossier())
    english_text = "\n".join(p.extract_text() for p in
                             pypdf.PdfReader(io.BytesIO(english)).pages)
    assert "\nwork:\n12 rue des Ébénistes" in english_text
