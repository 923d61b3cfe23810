"""The command line imports only what a command uses: ``--version`` and ``--help`` load no
SQLAlchemy, services or Qt, and the light command table lists exactly the commands (and help)
that the command modules register."""

from __future__ import annotations

import argparse
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import contactweb.cli as cli_package
from contactweb.cli import build_parser, command_modules
from contactweb.cli.command_table import COMMANDS, modules_for

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlcipher3", "contactweb.services", "contactweb.vault",
         "contactweb.store", "PySide6")

PROBE = """
import contextlib, io, json, sys
from contactweb.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(json.dumps({"out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def run_probe(*argv: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def heavy_modules(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]


def top_level(parser: argparse.ArgumentParser) -> list[tuple[str, str | None]]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(a.dest, a.help) for a in sub._choices_actions]


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_import_no_database_services_or_qt(argv: list[str]) -> None:
    probe = run_probe(*argv)
    assert heavy_modules(probe["modules"]) == []
    assert not [m for m in probe["modules"] if str(m).endswith("_commands")]
    if argv == ["--version"]:
        assert str(probe["out"]).startswith("ContactWeb ")


def test_help_lists_every_command_the_modules_register() -> None:
    full = build_parser()  # imports every command module
    names = [name for name, _ in top_level(full)]
    assert len(names) > 20
    help_text = str(run_probe("--help")["out"])
    for name in names:
        assert f"\n    {name} " in help_text or f"\n    {name}\n" in help_text, name
    # The stubs print the same top-level help as the fully built parser.
    assert build_parser(load=set()).format_help() == full.format_help()


def test_command_table_matches_the_modules() -> None:
    on_disk = {f"contactweb.cli.{m.name}" for m in pkgutil.iter_modules(cli_package.__path__)
               if m.name.endswith("_commands")}
    assert set(command_modules()) == on_disk, "add the new module's commands to command_table"
    assert top_level(build_parser()) == [(e.name, e.help) for e in COMMANDS]


def test_a_command_loads_only_its_own_module() -> None:
    probe = run_probe("--vault", "/nonexistent", "contact", "list", "--help")
    loaded = [m for m in probe["modules"] if str(m).endswith("_commands")]
    assert loaded == ["contactweb.cli.contact_commands"]
    assert "--search" in str(probe["out"])
    assert modules_for(["--vault", "x", "import", "a.csv"]) == {"interchange_commands"}
    assert modules_for(["--version"]) == set()


# What a read command must not load: the PDF reports, the backup transports, the keyring,
# the phone and email validators, the contact writes and consent (none of them reads a list),
# Alembic (the vault is at the newest schema), and the models of tables a listing never
# reads (mailings, communications, sales, reminders, drafts, undeliverable addresses).
NOT_FOR_A_LISTING = ("reportlab", "boto3", "botocore", "keyring", "phonenumbers",
                     "email_validator", "PySide6", "contactweb.sync",
                     "contactweb.services.privacy.access_report",
                     "contactweb.services.privacy.vault_deletion",
                     "contactweb.services.contacts.contacts", "contactweb.services.consent.consent",
                     "contactweb.services.importing", "alembic",
                     "contactweb.models.mailing", "contactweb.models.communication",
                     "contactweb.models.sale", "contactweb.models.reminder",
                     "contactweb.models.draft", "contactweb.models.deliverability")


def test_contact_list_search_loads_only_what_a_listing_uses(tmp_path: Path) -> None:
    from contactweb.services.accounts import session

    session.create_vault(tmp_path / "vault", "admin", "Listing-pass-42!").lock()
    env = {**os.environ, "PYTHONPATH": str(REPO), "CONTACTWEB_VAULT": str(tmp_path / "vault"),
           "CONTACTWEB_USER": "admin", "CONTACTWEB_PASSWORD": "Listing-pass-42!"}
    done = subprocess.run([sys.executable, "-c", PROBE, "contact", "list", "--search", "ann"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
                          check=True)
    probe = json.loads(done.stdout.splitlines()[-1])
    assert str(probe["out"]).startswith("ID ")  # it signed in and listed
    assert "contactweb.services.contacts.contact_queries" in probe["modules"]
    loaded = [m for m in probe["modules"] if str(m).startswith(NOT_FOR_A_LISTING)]
    assert loaded == []


def test_contact_show_prints_the_details_without_loading_reportlab(tmp_path: Path) -> None:
    """The text of ``contact show`` needs the PDF package's words (country and channel names,
    the stored codes), never its renderers: reportlab stays out of the process."""
    from contactweb.services.accounts import session
    from contactweb.services.contacts import contacts

    ws = session.create_vault(tmp_path / "vault", "admin", "Show-pass-42!")
    contact_id = contacts.create_contact(ws, contacts.ContactInput(
        first_name="Ann", last_name="Lee", emails=[contacts.EmailInput("ann@example.org")],
        addresses=[contacts.AddressInput(street="1 Main St", city="Lyon", postcode="69001",
                                         country="FR", label="home")]))
    ws.lock()
    env = {**os.environ, "PYTHONPATH": str(REPO), "CONTACTWEB_VAULT": str(tmp_path / "vault"),
           "CONTACTWEB_USER": "admin", "CONTACTWEB_PASSWORD": "Show-pass-42!",
           "CONTACTWEB_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", PROBE, "contact", "show", str(contact_id)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
                          check=True)
    probe = json.loads(done.stdout.splitlines()[-1])
    out = str(probe["out"])
    assert out.startswith("Ann Lee  (contact ")
    assert "1 Main St, Lyon, 69001, France (home)" in out  # the country by its name
    assert "text message unknown" in out  # the channel names
    assert [m for m in probe["modules"] if str(m).startswith("reportlab")] == []


def test_the_pdf_package_loads_each_renderer_when_first_used() -> None:
    import contactweb.formats.pdf as pdf

    for name in pdf.__all__:
        assert getattr(pdf, name) is not None, name
    assert pdf.render_directory.__module__ == "contactweb.formats.pdf.directory"
    with pytest.raises(AttributeError):
        pdf.render_nothing  # noqa: B018 - the lookup is the test


# What ``import`` must not load: the exporters (the export command's alone) and the backup
# transports (the vault has no backup destination, so there is no transfer basis to ask for).
NOT_FOR_AN_IMPORT = ("boto3", "botocore", "contactweb.services.exporting.exporter",
                     "contactweb.services.exporting.export_mailing", "reportlab")


@pytest.mark.parametrize("destination", ["none", "s3"])
def test_import_of_a_small_file_loads_neither_exporters_nor_backup_transports(
        tmp_path: Path, destination: str) -> None:
    """With or without a US backup server: whether the import pauses backups (an EEA
    address) is read from the stored destination, not through the transports' module."""
    from dataclasses import asdict

    from contactweb.services import settings
    from contactweb.services.accounts import session
    from contactweb.services.backup import backup_target, backup_transfer
    from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts

    assert backup_transfer.TARGET_KEY is backup_target.TARGET_KEY  # one key, read by both
    assert backup_transfer.KIND_S3 is backup_target.KIND_S3
    ws = session.create_vault(tmp_path / "vault", "admin", "Import-pass-42!")
    if destination == "s3":
        target = backup_target.s3_target("https://s3.us-east-1.amazonaws.com", "cw-backups",
                                         "us-east-1", "AKIAEXAMPLE")
        settings.put(ws, backup_target.TARGET_KEY, asdict(target))
        assert backup_target.read_target(ws) == target
    ws.lock()
    csv_file = tmp_path / "three.csv"
    csv_file.write_text("First Name,Last Name,E-mail Address\nAnn,Lee,ann@example.org\n"
                        "Bob,Roe,bob@example.org\nCyd,Poe,cyd@example.org\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "CONTACTWEB_VAULT": str(tmp_path / "vault"),
           "CONTACTWEB_USER": "admin", "CONTACTWEB_PASSWORD": "Import-pass-42!",
           "CONTACTWEB_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", PROBE, "import", str(csv_file)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
                          check=True)
    probe = json.loads(done.stdout.splitlines()[-1])
    assert str(probe["out"]).startswith("Imported 3 new contact(s)")
    assert "contactweb.services.importing.importer" in probe["modules"]
    assert [m for m in probe["modules"] if str(m).startswith(NOT_FOR_AN_IMPORT)] == []
    ws = session.sign_in(tmp_path / "vault", "admin", "Import-pass-42!")
    try:
        rows = sorted((c.name, c.email) for c in list_contacts(ws, ContactQuery()))
    finally:
        ws.lock()
    assert rows == [("Lee, Ann", "ann@example.org"), ("Poe, Cyd", "cyd@example.org"),
                    ("Roe, Bob", "bob@example.org")]


LOAD_ONE = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
print(json.dumps(sorted(sys.modules)))
"""
COMMAND_MODULES = sorted(m.name for m in pkgutil.iter_modules(cli_package.__path__)
                         if m.name.endswith("_commands"))


@pytest.mark.parametrize("name", COMMAND_MODULES)
def test_a_command_module_loads_no_database_layer(name: str) -> None:
    """The parser is built before the sign-in: a command module that loaded SQLAlchemy, the
    models or the services would load them before the password's key is derived instead of
    while it is (each command loads what it uses once signed in)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", LOAD_ONE, f"contactweb.cli.{name}"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=60, check=True)
    modules = json.loads(done.stdout.splitlines()[-1])
    assert f"contactweb.cli.{name}" in modules
    assert [m for m in modules if m.split(".")[0] == "sqlalchemy"
            or m.startswith(("contactweb.models", "contactweb.store"))] == []


def test_the_choices_the_parser_offers_are_the_services_own() -> None:
    """The light modules the parser reads hold the values the models and services check
    against (the models keep their own copy: they may not import the services), and the old
    names still lead to them."""
    from contactweb.models import communication, consent, sale
    from contactweb.services.activity import activity_choices
    from contactweb.services.backup import backup, backup_choices, backup_target
    from contactweb.services.consent import channels as consent_channels
    from contactweb.services.mailing import smtp_security, smtp_settings
    from contactweb.services.reports import report_kinds, report_service

    assert communication.COMMUNICATION_KINDS == activity_choices.COMMUNICATION_KINDS
    assert sale.SALE_STATUSES == activity_choices.SALE_STATUSES
    assert consent.CHANNELS == consent_channels.CHANNELS == ("email", "post", "phone", "sms")
    assert report_service.REPORT_KINDS is report_kinds.REPORT_KINDS
    assert smtp_settings.SECURITY_MODES is smtp_security.SECURITY_MODES
    assert backup.BASES is backup_choices.BASES
    assert backup_target.DEFAULT_PREFIX == backup_choices.DEFAULT_PREFIX == "contactweb"
    full = build_parser()
    help_of = {name: sub.format_help() for name, sub in next(
        a for a in full._actions if isinstance(a, argparse._SubParsersAction)).choices.items()}
    assert "{directory,contact,sales,activity,stats}" in help_of["report"]
    assert "{email,post,phone,sms,all}" in help_of["optout"]
