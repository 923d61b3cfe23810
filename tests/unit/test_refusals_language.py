"""Refusals read in the reader's language, with what they name kept as it is: a vault whose
integrity seal went missing, a team server that does not answer, an unknown merge field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contactweb import i18n
from contactweb.errors import BadInput
from contactweb.services.accounts import session
from contactweb.services.integrity_seal import SEAL_FILE_NAME, VaultChangedOutside
from contactweb.services.mailing.merge import check_template
from contactweb.team.connect import explain
from contactweb.team.profile import TeamProfile
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.usefixtures("compiled_catalogs"), pytest.mark.sqlite_only]

PROFILE = TeamProfile(name="office", host="crm.office.example", port=5432, database="office",
                      namespace="cw_office", ca_file="/tmp/office-ca.pem")


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.use_language(i18n.ENGLISH)


@pytest.mark.parametrize(("language", "words"), [
    ("en", "the integrity seal integrity.json is missing"),
    ("de", "das Integritätssiegel integrity.json fehlt"),
    ("fr", "le sceau d’intégrité integrity.json est absent")])
def test_a_missing_seal_is_reported_in_the_readers_language(
        admin_ws: Workspace, vault_dir: Path, english_after: None, language: str,
        words: str) -> None:
    admin_ws.lock()
    (vault_dir / SEAL_FILE_NAME).unlink()
    i18n.use_language(language)
    with pytest.raises(VaultChangedOutside) as refused:
        session.sign_in(vault_dir, "admin", PASSWORD)
    assert refused.value.differences == [words]
    assert words in str(refused.value)


@pytest.mark.parametrize(("language", "start"), [
    ("en", "The team server at crm.office.example:5432 does not answer (connection refused)"),
    ("de", "Der Team-Server unter crm.office.example:5432 antwortet nicht (connection refused)"),
    ("es", "El servidor de equipo en crm.office.example:5432 no responde (connection refused)")])
def test_a_team_server_that_does_not_answer_is_said_in_the_readers_language(
        english_after: None, language: str, start: str) -> None:
    i18n.use_language(language)
    assert str(explain(Exception("connection refused"), PROFILE)).startswith(start)


def test_an_unknown_merge_field_names_the_field_and_the_known_ones_in_german(
        english_after: None) -> None:
    i18n.use_language("de")
    with pytest.raises(BadInput) as refused:
        check_template("Hallo {vorname}", i18n._("subject"))
    assert str(refused.value).startswith(
        "Unbekanntes Seriendruckfeld {vorname} (Betreff). Bekannte Felder: {first_name}, ")
