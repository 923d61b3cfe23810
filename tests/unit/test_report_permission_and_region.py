"""Reports obey the export permission, print several dossiers at once, and follow the
business's country (paper, dates, numbers) and logo."""

from __future__ import annotations

import base64
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from contactweb.errors import PermissionDenied
from contactweb.services import settings
from contactweb.services.activity import sales
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.reports import report_service
from contactweb.vault.workspace import Workspace
from tests.conftest import ROLE_PASSWORDS
from tests.support.cli_runner import CliRunner

# A 4 x 2 red PNG.
LOGO_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGP4z8AARwzIHABvqgf5gNwAKAAAAABJRU5ErkJggg==")


def _reader(path: Path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in _reader(path).pages)


@pytest.fixture
def two(admin_ws: Workspace) -> tuple[int, int]:
    anna = contacts.create_contact(admin_ws, ContactInput(
        first_name="Annabel", last_name="Quist", emails=[EmailInput("annabel@quist.example")]))
    boris = contacts.create_contact(admin_ws, ContactInput(
        first_name="Boris", last_name="Ymir", emails=[EmailInput("boris@ymir.example")]))
    sales.add_sale(admin_ws, anna, SaleInput([SaleLineInput("Oven", 2, 123456)], status="won",
                                             sale_date=date(2026, 3, 4)))
    return anna, boris


def test_staff_refused_a_directory_and_bulk_dossiers_like_an_export(
        user_ws, two, tmp_path: Path) -> None:  # noqa: ANN001
    staff = user_ws("staff")
    with pytest.raises(PermissionDenied) as refused:
        report_service.make_report(staff, "directory", tmp_path / "d.pdf")
    assert "contact directory" in str(refused.value) and "export" in str(refused.value)
    with pytest.raises(PermissionDenied, match="several contacts"):
        report_service.make_report(staff, "contact", tmp_path / "d.pdf", contact_ids=two)
    with pytest.raises(PermissionDenied, match="sales report"):  # it names the customers
        report_service.make_report(staff, "sales", tmp_path / "d.pdf")
    assert not (tmp_path / "d.pdf").exists()
    # One contact's dossier, the activity report and the statistics are what staff may make.
    report_service.make_report(staff, "contact", tmp_path / "one.pdf", contact_ids=two[:1])
    assert "Annabel" in _text(tmp_path / "one.pdf")
    report_service.make_report(staff, "activity", tmp_path / "activity.pdf")
    report_service.make_report(staff, "stats", tmp_path / "stats.pdf")


def test_cli_refuses_staff_a_directory_with_the_reason(admin_ws, user_ws, vault_dir,
                                                       tmp_path: Path) -> None:  # noqa: ANN001
    user_ws("staff")
    staff_cli = CliRunner(vault_dir, "staff", ROLE_PASSWORDS["staff"])
    result = staff_cli("report", "directory", "--out", str(tmp_path / "d.pdf"))
    assert result.code == 1
    assert "may not make a contact directory" in result.err
    assert not (tmp_path / "d.pdf").exists()


def test_several_dossiers_make_one_pdf_each_from_a_new_page(admin_ws, two, cli,
                                                            tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "both.pdf"
    result = cli("report", "contact", str(two[0]), str(two[1]), "--out", str(out))
    assert result.code == 0, result.err
    pages = [page.extract_text() for page in _reader(out).pages]
    assert len(pages) == 2
    assert "Annabel" in pages[0] and "Ymir" not in pages[0]
    assert "Boris" in pages[1] and "Quist" not in pages[1]


def test_paper_dates_and_money_follow_the_business_country(admin_ws, two,
                                                           tmp_path: Path) -> None:
    profile = settings.business_profile(admin_ws)
    profile.country = "US"
    settings.set_business_profile(admin_ws, profile)
    us = tmp_path / "us.pdf"
    report_service.make_report(admin_ws, "sales", us, since=date(2026, 1, 1),
                               until=date(2026, 12, 31))
    box = _reader(us).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter
    text = _text(us)
    assert "$2,469.12" in text and "Jan 1, 2026 to Dec 31, 2026" in text
    assert "1,000" in text.split()  # the chart's axis

    profile.country = "DE"
    settings.set_business_profile(admin_ws, profile)
    de = tmp_path / "de.pdf"
    report_service.make_report(admin_ws, "sales", de, since=date(2026, 1, 1),
                               until=date(2026, 12, 31))
    box = _reader(de).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = _text(de)
    assert "2.469,12" in text and "1 Jan 2026 to 31 Dec 2026" in text
    assert "1.000" in text.split() and "1,000" not in text.split()  # the chart's axis
    assert "100,0 %" in text  # a share of the total
    assert "$2,469.12" not in text


def test_country_defaults_to_the_vault_region(admin_ws) -> None:
    settings.put(admin_ws, "default_region", "GB")
    assert settings.business_country(admin_ws) == "GB"
    profile = settings.business_profile(admin_ws)
    profile.country = "ca"
    settings.set_business_profile(admin_ws, profile)
    assert settings.business_country(admin_ws) == "CA"


def test_business_logo_is_printed_in_the_report_header(admin_ws, two, tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    report_service.make_report(admin_ws, "contact", plain, contact_ids=two[:1])
    assert not list(_reader(plain).pages[0].images)
    profile = settings.business_profile(admin_ws)
    profile.logo_png = base64.b64encode(LOGO_PNG).decode()
    settings.set_business_profile(admin_ws, profile)
    with_logo = tmp_path / "logo.pdf"
    report_service.make_report(admin_ws, "contact", with_logo, contact_ids=two[:1])
    images = _reader(with_logo).pages[0].images
    assert len(images) == 1
    assert images[0].image.size == (4, 2)


def test_erasure_receipt_carries_the_logo_and_the_country_formats(admin_ws, two,
                                                                  tmp_path: Path) -> None:
    from contactweb.services.privacy import erase_contact, write_receipt_pdf

    profile = settings.business_profile(admin_ws)
    profile.country, profile.logo_png = "US", base64.b64encode(LOGO_PNG).decode()
    settings.set_business_profile(admin_ws, profile)
    receipt = erase_contact(admin_ws, two[1])
    pdf = write_receipt_pdf(admin_ws, receipt, tmp_path / "receipt.pdf")
    page = _reader(pdf).pages[0]
    assert len(page.images) == 1
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    erased_on = receipt.erased_at
    assert f"{erased_on:%b} {erased_on.day}, {erased_on.year}" in page.extract_text()


def test_made_at_is_the_computers_local_time(admin_ws, monkeypatch) -> None:  # noqa: ANN001
    import time
    from datetime import UTC, datetime

    from contactweb.services.reports.report_meta import report_meta

    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        made = report_meta(admin_ws, "Sales report").made_at
        expected = datetime.now(UTC).astimezone().replace(tzinfo=None)
        assert abs((made - expected).total_seconds()) < 60
        assert abs((made - datetime.now(UTC).replace(tzinfo=None)).total_seconds()) > 3600
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_country_cldr_does_not_name_is_refused(admin_ws) -> None:  # noqa: ANN001
    from contactweb.errors import BadInput

    profile = settings.business_profile(admin_ws)
    profile.country = "XX"
    with pytest.raises(BadInput, match="not a country code"):
        settings.set_business_profile(admin_ws, profile)
    assert settings.business_profile(admin_ws).country == ""
