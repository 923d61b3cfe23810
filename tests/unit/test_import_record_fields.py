"""Sending a field of a vCard, LDIF or JSON file elsewhere (or leaving it out) before the
import: text joins what the target holds, notes get a labelled line, lists and the birthday
only stay or go, and an unchanged mapping changes nothing."""

from __future__ import annotations

import datetime

from contactweb.formats.interchange import ContactRecord, LabelledValue, ParseResult
from contactweb.services.importing import record_fields


def _parsed() -> ParseResult:
    return ParseResult([
        ContactRecord(first_name="Ada", last_name="Lovelace", company="Engines",
                      title="Analyst", notes="Met in London",
                      emails=[LabelledValue("work", "ada@example.org")],
                      birthday=datetime.date(1815, 12, 10)),
        ContactRecord(first_name="Alan", company="", title="Codebreaker")], [], "vcard")


def test_fields_present_and_their_choices() -> None:
    parsed = _parsed()
    assert record_fields.fields_present(parsed) == [
        "first_name", "last_name", "company", "title", "emails", "birthday", "notes"]
    assert record_fields.choices_for("emails") == ["emails", "ignore"]
    assert record_fields.choices_for("company")[:2] == ["company", "ignore"]
    assert "notes" in record_fields.choices_for("company")
    assert record_fields.example(parsed, "title") == "Analyst"


def test_remap_moves_joins_and_drops() -> None:
    parsed = _parsed()
    moved = record_fields.remap(parsed, {"company": "notes", "title": "company",
                                         "birthday": "ignore", "emails": "phones"})
    ada, alan = moved.records
    assert (ada.company, ada.title, ada.birthday) == ("Analyst", "", None)
    assert ada.notes == "Met in London\nCompany: Engines"
    assert [e.value for e in ada.emails] == ["ada@example.org"]  # a list cannot become phones
    assert (alan.company, alan.notes) == ("Codebreaker", "")
    assert parsed.records[0].company == "Engines"  # the reading itself is left as it was
    assert record_fields.remap(parsed, {"company": "company"}) is parsed
