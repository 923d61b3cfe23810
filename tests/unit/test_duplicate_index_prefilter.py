"""RapidFuzz only prefilters name pairs: an import finds exactly the duplicates (the same
contact, for the same reason) that comparing every candidate pair with difflib finds."""

from __future__ import annotations

import difflib
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.contacts.duplicate_index import (
    MAX_COMPARED_PER_COMPANY,
    NAME_SIMILARITY,
    SAME_EMAIL,
    SAME_PHONE,
    SIMILAR_NAME,
    DuplicateIndex,
    company_key,
    person_name,
    similar_names,
)

FIRST = ["Ann", "Anne", "Bob", "Robert", "Chloé", "Zoë", "Jan", "Jean", "Maria", "Mario"]
LAST = ["Lee", "Li", "Smith", "Smyth", "Müller", "Muller", "Nguyen", "Ngyuen", "O'Neil"]


def difflib_similar_names(a: str, b: str) -> bool:
    """The rule as it was written before the prefilter: one SequenceMatcher per pair."""
    if not (a and b):
        return False
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


class DifflibIndex:
    """The matching rules applied the slow way, every candidate compared in order."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, ContactInput]] = []

    def add(self, cid: int, data: ContactInput) -> None:
        self.rows.append((cid, data))

    def match(self, data: ContactInput) -> tuple[int, str] | None:
        for email in data.emails:
            for cid, other in self.rows:
                if email.address.lower() in {e.address.lower() for e in other.emails}:
                    return cid, SAME_EMAIL
        name = person_name(data.first_name, data.last_name)
        for phone in data.phones:
            for cid, other in self.rows:
                other_name = person_name(other.first_name, other.last_name)
                if phone.number in {p.number for p in other.phones} and (
                        not (name and other_name) or difflib_similar_names(name, other_name)):
                    return cid, SAME_PHONE
        key = company_key(data.company)
        if key and name:
            same_company = [(c, o) for c, o in self.rows if company_key(o.company) == key]
            for cid, other in same_company[:MAX_COMPARED_PER_COMPANY]:
                other_name = person_name(other.first_name, other.last_name)
                if difflib_similar_names(name, other_name):
                    return cid, SIMILAR_NAME
        return None


def typo(rng: random.Random, text: str) -> str:
    if not text or rng.random() < 0.3:
        return text
    i = rng.randrange(len(text))
    return rng.choice([text[:i] + text[i + 1:], text[:i] + "x" + text[i:],
                       text[:i] + rng.choice("aeiou") + text[i + 1:]])


def generated_rows(seed: int, count: int) -> list[ContactInput]:
    """People at a few companies, a third of them near-copies of an earlier row."""
    rng = random.Random(seed)
    rows: list[ContactInput] = []
    for _ in range(count):
        if rows and rng.random() < 0.35:
            base = rng.choice(rows)
            first, last = typo(rng, base.first_name), typo(rng, base.last_name)
            company = base.company if rng.random() < 0.8 else f"Co {rng.randrange(40)}"
        else:
            first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{rng.choice(['', 'son', 'a'])}"
            company = rng.choice(["", f"Co {rng.randrange(40)}", f"co  {rng.randrange(40)}"])
        emails = [EmailInput(f"p{rng.randrange(count * 3)}@example.com")] if rng.random() < .5 \
            else []
        phones = [PhoneInput(f"+1415555{rng.randrange(400):04d}")] if rng.random() < .5 else []
        rows.append(ContactInput(first_name=first, last_name=last, company=company,
                                 emails=emails, phones=phones))
    return rows


def decisions(index: DuplicateIndex | DifflibIndex, rows: list[ContactInput]) -> list:
    found = []
    for cid, data in enumerate(rows, start=1):
        found.append(index.match(data))
        index.add(cid, data)
    return found


def test_same_decisions_as_difflib_on_2000_generated_rows() -> None:
    rows = generated_rows(seed=20, count=2000)
    fast, slow = decisions(DuplicateIndex(), rows), decisions(DifflibIndex(), rows)
    assert fast == slow
    reasons = {d[1] for d in fast if d}
    assert reasons == {SAME_EMAIL, SAME_PHONE, SIMILAR_NAME}  # the set exercises every rule
    assert sum(1 for d in fast if d and d[1] == SIMILAR_NAME) > 100


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcdeéo' -", max_size=14), st.text(alphabet="abcdeéo' -", max_size=14))
def test_similar_names_agrees_with_difflib(a: str, b: str) -> None:
    assert similar_names(a, b) == difflib_similar_names(a, b)
