"""A search of many words is refused with a clear message instead of running for minutes."""

from __future__ import annotations

import pytest

from contactweb.errors import BadInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_contacts, list_contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.store.fts import MAX_SEARCH_CHARS, MAX_SEARCH_TERMS
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner


@pytest.fixture
def ws(admin_ws: Workspace) -> Workspace:
    contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee",
                                                   notes="alpha beta gamma"))
    return admin_ws


def test_10000_words_are_refused(ws: Workspace) -> None:
    words = " ".join(f"w{i}" for i in range(10_000))
    for call in (lambda: list_contacts(ws, ContactQuery(search=words)),
                 lambda: count_contacts(ws, ContactQuery(search=words))):
        with pytest.raises(BadInput, match=f"at most {MAX_SEARCH_CHARS:,} characters"):
            call()
    many = " ".join(["ann"] * (MAX_SEARCH_TERMS + 1))
    assert len(many) <= MAX_SEARCH_CHARS
    with pytest.raises(BadInput, match=f"at most {MAX_SEARCH_TERMS} words; this one has 33"):
        list_contacts(ws, ContactQuery(search=many))


def test_searches_within_the_bounds_still_work(ws: Workspace) -> None:
    at_limit = " ".join(["ann", "lee", "alpha", *["gamma"] * (MAX_SEARCH_TERMS - 3)])
    assert [row.name for row in list_contacts(ws, ContactQuery(search=at_limit))] == ["Lee, Ann"]
    # Punctuation is not a word: it does not count towards the limit.
    padded = "ann " + "- " * 200
    assert [row.name for row in list_contacts(ws, ContactQuery(search=padded))] == ["Lee, Ann"]


def test_command_line_says_why(cli: CliRunner, ws: Workspace) -> None:
    result = cli("contact", "list", "--search", " ".join(f"w{i}" for i in range(10_000)))
    assert result.code == 1 and result.out == ""
    assert "A search is at most" in result.err and "Traceback" not in result.err
