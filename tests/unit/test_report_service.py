"""Reports made from the vault: the right people and amounts, nobody else."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from contactweb.errors import BadInput, NotFound, PermissionDenied
from contactweb.services.activity import communications, sales
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.reports import report_queries, report_service
from contactweb.vault.workspace import Workspace


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def _pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def populated(admin_ws: Workspace, user_ws) -> dict[str, int]:  # noqa: ANN001
    ids = {}
    ids["anna"] = contacts.create_contact(admin_ws, ContactInput(
        first_name="Annabel", last_name="Quist", company="Quist Bakery", tags=["vip"],
        emails=[EmailInput("annabel@quist.example")], phones=[PhoneInput("+1 415 555 0101")],
        addresses=[AddressInput("1 Oven Lane", "Portland", "OR", "97201", "US")]))
    ids["boris"] = contacts.create_contact(admin_ws, ContactInput(
        first_name="Boris", last_name="Ymir", company="Ymir Forge",
        emails=[EmailInput("boris@ymir.example")],
        addresses=[AddressInput("Hauptstr. 5", "Berlin", "", "10115", "DE")]))
    staff = user_ws("staff")
    ids["secret"] = contacts.create_contact(staff, ContactInput(
        first_name="Zelda", last_name="Hidden", owner_only=True,
        emails=[EmailInput("zelda@hidden.example")]))
    sales.add_sale(admin_ws, ids["anna"], SaleInput(
        [SaleLineInput("Sourdough Oven", 2, 123456)], status="won", sale_date=date(2026, 3, 4)))
    sales.add_sale(admin_ws, ids["boris"], SaleInput(
        [SaleLineInput("Anvil", 1, 9900)], status="quote", sale_date=date(2026, 3, 5)))
    communications.log_communication(admin_ws, ids["anna"], communications.CommunicationInput(
        kind="call", direction="in", subject="Asked about delivery dates", duration_minutes=7))
    return ids


def test_directory_lists_the_selection_and_no_one_else(admin_ws, user_ws, populated,
                                                       tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "dir.pdf"
    report_service.make_report(admin_ws, "directory", out, query=ContactQuery(tag="vip"))
    text = _text(out)
    assert "Quist" in text and "annabel@quist.example" in text
    assert "Ymir" not in text and "Hidden" not in text
    manager = user_ws("manager")
    report_service.make_report(manager, "directory", out)
    text = _text(out)
    assert "Quist" in text and "Ymir" in text
    assert "Hidden" not in text and "zelda" not in text  # owner-only contact of staff


def test_dossier_has_details_timeline_and_sales(admin_ws, populated, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "dossier.pdf"
    report_service.make_report(admin_ws, "contact", out, contact_id=populated["anna"])
    text = _text(out)
    for expected in ("Annabel", "Quist Bakery", "annabel@quist.example",
                     "Asked about delivery dates", "Sourdough Oven", "2,469.12"):
        assert expected in text, expected
    assert "Boris" not in text


def test_dossier_of_an_invisible_contact_is_refused(user_ws, populated, tmp_path) -> None:  # noqa: ANN001
    manager = user_ws("manager")
    with pytest.raises(NotFound):
        report_service.make_report(manager, "contact", tmp_path / "x.pdf",
                                   contact_id=populated["secret"])
    assert not (tmp_path / "x.pdf").exists()


def test_sales_report_counts_won_sales_in_the_period(admin_ws, populated, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "sales.pdf"
    report_service.make_report(admin_ws, "sales", out, since=date(2026, 1, 1),
                               until=date(2026, 12, 31))
    text = _text(out)
    assert "2,469.12" in text and "Sourdough Oven" in text
    assert "Anvil" not in text  # a quote is not a sale yet
    report_service.make_report(admin_ws, "sales", out, since=date(2025, 1, 1),
                               until=date(2025, 12, 31))
    assert "Sourdough Oven" not in _text(out)


def test_statistics_hold_no_personal_data(admin_ws, populated, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "stats.pdf"
    report_service.make_report(admin_ws, "stats", out)
    text = _text(out)
    for personal in ("Annabel", "Quist", "Boris", "Ymir", "Zelda", "Hidden", "@", "555",
                     "Oven Lane", "Hauptstr", "Portland", "Berlin"):
        assert personal not in text, personal
    # One contact each: the tag and the countries could point at a person, so they are "other".
    lines = text.splitlines()
    assert "vip" not in lines and "US" not in lines and "DE" not in lines
    assert "United States" not in lines and "Germany" not in lines
    assert "other" in lines


def test_statistics_name_only_regions_and_tags_counted_five_times(admin_ws, tmp_path) -> None:  # noqa: ANN001
    for i in range(5):
        contacts.create_contact(admin_ws, ContactInput(
            first_name=f"Many{i}", tags=["wholesale"],
            addresses=[AddressInput(f"{i} Rue", "Lyon", "", "69001", "FR")]))
    contacts.create_contact(admin_ws, ContactInput(
        first_name="Lone", tags=["Importiert am 29.3."],
        addresses=[AddressInput("1 Bay Road", "George Town", "", "KY1-1000", "KY")]))
    with admin_ws.session() as session:
        data = report_queries.statistics_data(session, admin_ws)
    assert [(r.label, r.count) for r in data.by_tag] == [("wholesale", 5), ("other", 1)]
    assert [(r.label, r.count) for r in data.by_region] == [("FR", 5), ("other", 1)]
    out = tmp_path / "stats.pdf"
    report_service.make_report(admin_ws, "stats", out)
    text = _text(out)
    lines = text.splitlines()
    # The stored code, named in the report's language.
    assert "wholesale" in lines and "France" in lines and "other" in lines
    assert "Importiert" not in text and "KY" not in lines
    assert "Contains no personal data" in text


def test_directory_page_count_grows_and_numbers_match(admin_ws, tmp_path) -> None:  # noqa: ANN001
    with admin_ws.session() as session:
        for i in range(600):
            contacts.create_in_session(session, admin_ws, ContactInput(
                first_name=f"Person{i:04d}", last_name=f"Family{i % 26:02d}",
                emails=[EmailInput(f"p{i}@example.com")]))
    small, big = tmp_path / "small.pdf", tmp_path / "big.pdf"
    report_service.make_report(admin_ws, "directory", small,
                               query=ContactQuery(search="Family01"))
    report_service.make_report(admin_ws, "directory", big)
    assert _pages(big) > _pages(small) >= 1
    pages = _pages(big)
    last = PdfReader(io.BytesIO(big.read_bytes())).pages[-1].extract_text()
    assert f"Page {pages} of {pages}" in last


def test_readonly_may_make_a_dossier_but_not_a_directory(user_ws, populated, tmp_path) -> None:  # noqa: ANN001
    readonly = user_ws("readonly")
    report_service.make_report(readonly, "contact", tmp_path / "r.pdf",
                               contact_id=populated["anna"])
    assert "Quist" in _text(tmp_path / "r.pdf")
    with pytest.raises(PermissionDenied, match="may not make a contact directory"):
        report_service.make_report(readonly, "directory", tmp_path / "d.pdf")
    assert not (tmp_path / "d.pdf").exists()


def test_unknown_report_kind_is_refused(admin_ws, tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(BadInput):
        report_service.make_report(admin_ws, "everything", tmp_path / "x.pdf")


def test_cli_report_command(cli, populated, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "cli.pdf"
    result = cli("report", "contact", str(populated["boris"]), "--out", str(out))
    assert result.code == 0, result.err
    assert "Ymir Forge" in _text(out)
    missing = cli("report", "contact", "--out", str(out))
    assert missing.code == 1 and "Which contact" in missing.err


