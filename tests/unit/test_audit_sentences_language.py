"""The audit log reads in the reader's language, made from the stored events as they are
read: the events themselves (action codes, details, their hash chain) stay as they were
written, whatever language writes or reads them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contactweb import i18n
from contactweb.services import audit, settings
from contactweb.services.accounts import users
from contactweb.services.accounts.audit_sentences import describe, names_for
from contactweb.vault.workspace import Workspace

pytestmark = pytest.mark.usefixtures("compiled_catalogs")  # the catalogs as built from the sources


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.use_language(i18n.ENGLISH)


def read(ws: Workspace) -> list[str]:
    rows = audit.list_events(ws)
    names = names_for(ws, rows)
    return [describe(row, names) for row in rows]


def test_the_same_events_read_in_each_language_and_stay_as_stored(
        admin_ws: Workspace, english_after: None) -> None:
    i18n.use_language("de")  # written while the screen speaks German
    settings.put(admin_ws, "idle_timeout_minutes", 5)
    users.add_user(admin_ws, "bea", "staff", "Bea-horse-5-staple-9")
    users.set_role(admin_ws, "bea", "manager")
    stored = [(e.action, e.object_type, e.object_id, e.details)
              for e in audit.list_events(admin_ws)]
    german = read(admin_ws)
    i18n.use_language("fr")
    french = read(admin_ws)
    i18n.use_language(i18n.ENGLISH)
    english = read(admin_ws)

    assert "admin changed the role of bea from staff to manager." in english
    assert "admin hat die Rolle von bea von Mitarbeiter auf Manager geändert." in german
    assert "admin a modifié le délai de déconnexion après inactivité (minutes) de 15 à 5." \
        in french
    assert "admin hat die Abmeldezeit bei Untätigkeit (Minuten) von 15 auf 5 geändert." in german
    # the events are what was written: codes and values, never a sentence
    assert [(e.action, e.object_type, e.object_id, e.details)
            for e in audit.list_events(admin_ws)] == stored
    assert ("settings.change", "setting", "idle_timeout_minutes", {"old": 15, "new": 5}) \
        in stored
    assert audit.verify(admin_ws).ok
