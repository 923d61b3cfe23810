"""The access report's PDF says everything its JSON holds, in words a person reads; every
file of the answer is the owner's alone."""

from __future__ import annotations

import json
import re
import stat
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import phonenumbers
from pypdf import PdfReader

from contactweb.formats.pdf.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_size,
    using_locale,
)
from contactweb.formats.pdf.regional import report_locale
from contactweb.services import settings
from contactweb.services.mailing.postal_address import postal_lines
from contactweb.services.privacy import export_access_report
from contactweb.vault.workspace import Workspace
from tests.security.test_erasure_leaves_nothing import PERSON, make_person

# Internal record numbers and the schema's own name are for programs reading the JSON.
NOT_FOR_PEOPLE = {"id", "schema", "schema_version"}
CODES = {"status", "kind", "channel", "source", "method", "email", "post", "phone", "sms"}


def _squeeze(text: str) -> str:
    """Table cells wrap anywhere; compare without the white space."""
    return re.sub(r"\s+", "", text).casefold()


def _human(key: str, value: object, parent: dict) -> list[str]:
    """How the PDF must write one JSON value (one or more pieces that must all appear)."""
    if isinstance(value, bool):
        return ["Yes" if value else "No"]
    if isinstance(value, int | float):
        if key.endswith("_cents"):
            currency = parent.get("currency", "USD")
            return [format_money(Decimal(value) / 100, currency)]
        if key == "size":
            return [format_size(int(value))]
        return [str(value)]
    text = str(value)
    if key == "number":
        return [phonenumbers.format_number(phonenumbers.parse(text),
                                           phonenumbers.PhoneNumberFormat.INTERNATIONAL)]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return [format_date(date.fromisoformat(text))]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+", text):
        return [format_datetime(datetime.fromisoformat(text))]
    if key in CODES and text == "unknown":
        return ["no record"]  # a channel nobody recorded anything for
    if key in CODES or key == "action":
        return [text.replace("_", " ").replace(".", " ")]
    if key == "visibility":
        return ["Everyone in the business" if text == "everyone" else "Only its owner"]
    if key == "direction":
        return ["From you" if text == "in" else "To you"]
    return [text]


def _walk(node: object, key: str = "", parent: dict | None = None):  # noqa: ANN202
    if isinstance(node, dict):
        if {"street", "city", "postcode", "country"} <= node.keys():  # a postal address
            yield "address", list(postal_lines(node["street"], node["city"], node["region"],
                                               node["postcode"], node["country"]))
            return
        for child_key, child in node.items():
            if child_key not in NOT_FOR_PEOPLE:
                yield from _walk(child, child_key, node)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, key, parent)
    elif node is not None and node != "":
        yield key, _human(key, node, parent or {})


def test_every_json_value_is_in_the_pdf_in_human_form(admin_ws: Workspace,
                                                      tmp_path: Path) -> None:
    person = make_person(admin_ws, PERSON, with_everything=True)
    json_path = export_access_report(admin_ws, person, tmp_path / "answer")
    report = json.loads(json_path.read_text("utf-8"))
    pdf = json_path.with_name("what-we-hold-about-you.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    squeezed = _squeeze(text)

    checked, missing = 0, []
    with using_locale(report_locale(settings.business_country(admin_ws))):
        for key, pieces in _walk(report):
            for piece in pieces:
                checked += 1
                if _squeeze(piece) not in squeezed:
                    missing.append((key, piece))
    assert checked > 80
    assert not missing, missing
    # The words, not the codes.
    assert "opted_out" not in text and "Opted out" in text
    assert PERSON["phone"] not in text  # written as a person writes it, not as E.164
    assert "Evidence: said no to texts" in text.replace("\n", " ")


def test_every_file_of_the_answer_is_owner_only(admin_ws: Workspace, tmp_path: Path) -> None:
    person = make_person(admin_ws, PERSON, with_everything=True)
    json_path = export_access_report(admin_ws, person, tmp_path / "answer")
    files = [path for path in json_path.parent.rglob("*") if path.is_file()]
    assert len(files) >= 3  # the JSON, the PDF and the recording
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
