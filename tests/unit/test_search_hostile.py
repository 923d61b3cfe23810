"""Search survives anything a person (or a script) types, and matches only real text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.models import Contact
from contactweb.services.accounts import session, users
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import (
    ContactQuery,
    QueryPlan,
    filtered,
    list_contacts,
    plan_query,
)
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.store.fts import build_match_query
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS

FIRST = ["Ann", "Anneliese", "Björn", "José", "Zoë", "Ólafur", "Dmitri", "Дмитрий", "Ἀλέξανδρος",
         "محمد", "美咲", "Łukasz", "Søren", "O'Brien", "Jean-Luc", "Near", "Andrea", "Nora"]
LAST = ["Lee", "Müller", "García", "Nguyễn", "Smith-Jones", "Иванова", "東京", "van Dijk",
        "Orr", "Notting", "Col", "Names", "Åström"]
COMPANIES = ["Acme", "Acme & Sons", "Near Far Ltd", "Ωmega", "OR Tools", "(Brackets) Inc",
             "Straße AG", "", "Café Crème", "NOT Corp"]
TAGS = ["vip", "lead", "partner", "newsletter", "Köln", "a*b", "col:x"]
NOTES = ["met at the fair", "prefers email", "call after 5pm", "NEAR the station",
         "\"quoted\" words", "owes 20% deposit", "ключевой клиент", ""]
SYNTAX = ['"', "'", "*", "NEAR", "NEAR(", "near/2", "NEAR(a b, 3)", "col:", "names:",
          "emails:", "{names notes}:", "(", ")", "AND", "OR", "NOT", "^", "-", "+", ":",
          '""', "\\", "%", "_", "\x00", "\x1f", "\x7f", "\t", "\n", ";",
          "'; DROP TABLE contacts;--", "rank", "bm25(", "*:*", "a*", "^ann", "-lee"]
SEPARATORS = ["", " ", "  ", "\t", "-", "*", '"', ":", "(", ")"]


def fold(value: str) -> str:
    """Case- and accent-insensitive form, as the index's tokenizer sees it."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(value: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(value))


def query_terms(query: str) -> list[list[str]]:
    """What the query asks for: per whitespace-separated term, its letter-and-digit runs."""
    cleaned = re.sub(r"[\x00-\x1f\x7f]", " ", query)
    return [t for t in (tokens(term) for term in cleaned.split()) if t]


def _contact(i: int) -> ContactInput:
    first, last = FIRST[i % len(FIRST)], LAST[(i * 7) % len(LAST)]
    return ContactInput(
        first_name=first, last_name=last, company=COMPANIES[i % len(COMPANIES)],
        title=["Buyer", "CEO", "", "Head of R&D"][i % 4],
        emails=[EmailInput(f"{fold(first)[:3] or 'x'}{i}@example{i % 3}.com")] if i % 5 else [],
        phones=[PhoneInput(f"+1 415 555 {i:04d}")] if i % 2 else [],
        tags=[TAGS[i % len(TAGS)], TAGS[(i + 3) % len(TAGS)]][: i % 3],
        notes=NOTES[i % len(NOTES)],
    )


class SearchVault:
    def __init__(self, admin: Workspace, staff: Workspace, indexed: dict[int, str],
                 hidden_from_staff: set[int]) -> None:
        self.admin, self.staff = admin, staff
        self.indexed = indexed
        self.hidden_from_staff = hidden_from_staff


@pytest.fixture(scope="module")
def search_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchVault]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS", "1")
        mp.setenv("CONTACTWEB_HOME", str(tmp_path_factory.mktemp("search-home")))
        vault_dir: Path = tmp_path_factory.mktemp("search") / "vault"
        admin = session.create_vault(vault_dir, "admin", PASSWORD)
        for name in ("staff", "colleague"):
            users.add_user(admin, name, "staff", ROLE_PASSWORDS["staff"], must_change=False)
        colleague = session.sign_in(vault_dir, "colleague", ROLE_PASSWORDS["staff"])
        hidden = set()
        for i in range(50):
            data = _contact(i)
            if i % 6 == 5:
                data.owner_only = True
                hidden.add(contacts.create_contact(colleague, data))
            else:
                contacts.create_contact(admin, data)
        colleague.lock()
        indexed = {}
        for row in list_contacts(admin, limit=None):
            d = contacts.get_contact(admin, row.id, audit_view=False)
            phones = " ".join(f"{p.number} {p.number.removeprefix('+1')}" for p in d.phones)
            indexed[row.id] = " ".join([
                d.prefix, d.first_name, d.middle_name, d.last_name, d.suffix, d.company,
                d.title, *(e.address for e in d.emails), phones, d.notes, *d.tags])
        staff = session.sign_in(vault_dir, "staff", ROLE_PASSWORDS["staff"])
        yield SearchVault(admin, staff, indexed, hidden)
        staff.lock()
        admin.lock()


def search(ws: Workspace, query: str) -> list[int]:
    return [r.id for r in list_contacts(ws, ContactQuery(search=query), limit=None)]


def check_results(vault: SearchVault, query: str,
                  searchers: dict[str, Callable[[str], list[int]]]) -> None:
    terms = query_terms(query)
    for who, run in searchers.items():
        found = run(query)
        hidden = vault.hidden_from_staff if who == "staff" else set()
        assert not set(found) & hidden, query
        if not query.strip():  # nothing typed: the search box is empty, every contact shows
            assert set(found) == set(vault.indexed) - hidden
            continue
        if not terms:
            assert found == [], (query, found)
        for cid in found:
            have = tokens(vault.indexed[cid])
            for term in terms:
                for part in term:
                    assert any(tok.startswith(part) for tok in have), (query, cid, part)


def service_searchers(vault: SearchVault) -> dict[str, Callable[[str], list[int]]]:
    return {"admin": lambda q: search(vault.admin, q), "staff": lambda q: search(vault.staff, q)}


WORDS = sorted({w for c in FIRST + LAST + COMPANIES + TAGS + NOTES for w in c.split()})
PIECES = sorted({p for w in WORDS for p in (w, w.upper(), fold(w), *(w[:n] for n in (1, 2, 3)))}
                | set(SYNTAX))
# Pieces are drawn already joined to a separator: fewer draws keep thousands of examples fast.
JOINED = st.sampled_from(sorted({p + sep for p in PIECES for sep in SEPARATORS}))
hostile_query = st.one_of(
    st.lists(JOINED, max_size=5).map("".join),
    st.builds(lambda a, b, c: a + b + c, JOINED, st.text(max_size=4), JOINED),
    st.text(max_size=12),
)


def test_hostile_queries_raise_nothing_and_match_only_real_text(
        search_vault: SearchVault) -> None:
    """Thousands of queries through the filter every contact listing uses, each in one
    long-lived session per user so that the run stays quick."""
    admin, staff = search_vault.admin, search_vault.staff
    with admin.session(readonly=True) as as_admin, staff.session(readonly=True) as as_staff:
        def runner(ws: Workspace, db: Session) -> Callable[[str], list[int]]:
            def run(query: str) -> list[int]:
                # Every query plan (look matches up, walk the list, or the matches read
                # from the index first) finds the same rows.
                wanted = ContactQuery(search=query)
                plans = [QueryPlan(), QueryPlan(broad=True), plan_query(db, wanted)]
                found = [set(db.execute(filtered(ws, wanted, select(Contact.id), plan))
                             .scalars()) for plan in plans]
                assert found[0] == found[1] == found[2], query
                return sorted(found[0])
            return run

        searchers = {"admin": runner(admin, as_admin), "staff": runner(staff, as_staff)}

        @settings(max_examples=2000, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(query=hostile_query)
        def property_holds(query: str) -> None:
            check_results(search_vault, query, searchers)

        property_holds()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=hostile_query)
def test_hostile_queries_through_the_service(search_vault: SearchVault, query: str) -> None:
    check_results(search_vault, query, service_searchers(search_vault))


@pytest.mark.parametrize("query", [
    "", " ", "\t\n", '"', '""', "*", "NEAR", "NEAR(ann lee)", "names:ann", "col:", "(", ")",
    "AND", "ann OR lee", "NOT lee", "^ann", "-lee", "ann*", "\x00ann", "ann\x00lee", "Ann\u200b",
    "ДМИТРИЙ", "東", "müll", "MULLER", "garcia", "ǅ", "🙂", "ﬁ", "a" * 5000,
    "'; DROP TABLE contacts;--", "\udcff", "ann\ud800",
])
def test_known_hostile_queries(search_vault: SearchVault, query: str) -> None:
    check_results(search_vault, query, service_searchers(search_vault))


def test_match_expression_is_only_quoted_text() -> None:
    assert build_match_query('ann" OR names:x*') == '"ann"""* "OR"* "names:x*"*'
    assert build_match_query(" * ( ) - ^ ") is None
    assert build_match_query("") is None
