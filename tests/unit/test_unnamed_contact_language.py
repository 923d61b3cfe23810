"""A contact no longer in the vault (erased) is called "Contact <id>" in the reader's language
where it is still named: the check before each message of a mailing, which leaves it out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contactweb import i18n
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.eligibility.eligibility import EligibilityChecker, Excluded
from contactweb.services.privacy.erasure import erase_contact
from contactweb.vault.workspace import Workspace

pytestmark = pytest.mark.usefixtures("compiled_catalogs")


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.use_language(i18n.ENGLISH)


@pytest.mark.parametrize(("language", "called"), [
    ("en", "Contact {id}"), ("de", "Kontakt {id}"), ("es", "Contacto {id}")])
def test_an_erased_contact_is_called_so_in_the_readers_language(
        admin_ws: Workspace, english_after: None, language: str, called: str) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", emails=[EmailInput("ann@example.org")]))
    erase_contact(admin_ws, cid)
    i18n.use_language(language)
    checker = EligibilityChecker(admin_ws, "email")
    with admin_ws.session(readonly=True) as session:
        left_out = checker.check(session, cid)
    assert isinstance(left_out, Excluded) and left_out.code == "erased"
    assert left_out.name == called.format(id=cid)
