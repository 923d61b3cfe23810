"""Team vault backups: a pg_dump taken as the database owner, encrypted on this desktop by the
sync engine into the configured destination, and restored into a new database with every
erasure the backup set knows applied again: a person erased after the snapshot restored (and
before a later one) is not back, as on the desktop."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import pytest

from contactweb.errors import ContactWebError
from contactweb.services import audit
from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import search_ids
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.privacy import erasure
from contactweb.team import dump, profile, team_session
from tests.support.cli_runner import CliRunner
from tests.support.postgres_server import needs_postgres
from tests.support.sync_vaults import (
    ACCESS_KEY,
    SECRET_KEY,
    bucket_keys,
    create_bucket,
    moto_endpoint,
    s3_client,
)
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401

PASSPHRASE = "correct horse battery staple"
pytestmark = needs_postgres


@pytest.fixture
def owner_env(team_vault: TeamVaultFixture,  # noqa: F811
              monkeypatch: pytest.MonkeyPatch) -> TeamVaultFixture:
    monkeypatch.setenv("PGPASSWORD", team_vault.owner_password)
    monkeypatch.setenv("CONTACTWEB_BACKUP_PASSPHRASE", PASSPHRASE)
    return team_vault


def _new_database(team: TeamVaultFixture) -> str:
    name = f"{team.profile.database}_restored"
    team.server.execute(f'CREATE DATABASE "{name}" OWNER "{team.owner}" TEMPLATE template0')
    return name


def test_a_person_erased_after_the_backup_is_not_back_after_restore(
        owner_env: TeamVaultFixture, tmp_path: Path) -> None:
    team = owner_env
    admin = team_session.sign_in(team.profile, "boss", team.admin_password)
    ann = contacts.create_contact(admin, ContactInput(
        first_name="Annika", last_name="Lindqvist", emails=[EmailInput("annika@example.org")]))
    contacts.create_contact(admin, ContactInput(first_name="Bo", last_name="Berg"))
    (tmp_path / "backups").mkdir()
    backup.configure_folder(admin, tmp_path / "backups")
    vault_id = admin.vault.vault_id
    cli = CliRunner(Path(f"team:{team.profile.name}"), "boss", team.admin_password)
    new_database = None
    try:
        done = cli("backup", "now", "--owner", team.owner)
        assert done.code == 0, done.err
        assert "of the team vault" in done.out
        # Nothing readable at the destination: the dump's rows are encrypted.
        stored = b"".join(p.read_bytes() for p in (tmp_path / "backups").rglob("*")
                          if p.is_file())
        assert b"Lindqvist" not in stored and b"annika@example.org" not in stored

        before_erasure = done.out.split()[1]
        erasure.erase_contact(admin, ann)
        # The next backup's ledger knows the erasure; the older snapshot still holds Annika.
        assert cli("backup", "now", "--owner", team.owner).code == 0
        new_database = _new_database(team)
        url = f"postgresql://{team.owner}@127.0.0.1:{team.server.port}/{new_database}"
        restored = cli("team", "restore", url, "--profile", "restored", "--vault-id", vault_id,
                       "--folder", str(tmp_path / "backups"), "--snapshot", before_erasure,
                       "--ca-file", str(team.server.ca.ca_pem))
        assert restored.code == 0, restored.err
        assert "1 contact erased after that backup was erased again" in restored.out

        again = team_session.sign_in(profile.load("restored"), "boss", team.admin_password)
        try:
            assert search_ids(again, "Lindqvist") == []
            assert search_ids(again, "annika") == []
            assert len(search_ids(again, "Berg")) == 1
            verified = audit.verify(again)
            assert verified.ok, verified.reason
        finally:
            again.lock()
        # The erased name is in no table of the restored database (scrubbed, not hidden).
        rows = team.server.execute(
            "SELECT count(*) FROM contacts WHERE last_name = 'Lindqvist'", new_database)
        assert rows == [(0,)]
    finally:
        admin.lock()
        if new_database is not None:
            team.server.drop_database(new_database)


def test_a_wrong_passphrase_is_refused_and_nothing_is_restored(
        owner_env: TeamVaultFixture, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    team = owner_env
    admin = team_session.sign_in(team.profile, "boss", team.admin_password)
    (tmp_path / "backups").mkdir()
    backup.configure_folder(admin, tmp_path / "backups")
    vault_id = admin.vault.vault_id
    admin.lock()
    cli = CliRunner(Path(f"team:{team.profile.name}"), "boss", team.admin_password)
    assert cli("backup", "now", "--owner", team.owner).code == 0
    monkeypatch.setenv("CONTACTWEB_BACKUP_PASSPHRASE", "not the passphrase at all")
    refused = cli("backup", "now", "--owner", team.owner)
    assert refused.code == 1 and "Wrong backup passphrase" in refused.err
    new_database = _new_database(team)
    try:
        url = f"postgresql://{team.owner}@127.0.0.1:{team.server.port}/{new_database}"
        refused = cli("team", "restore", url, "--profile", "restored", "--vault-id", vault_id,
                      "--folder", str(tmp_path / "backups"),
                      "--ca-file", str(team.server.ca.ca_pem))
        assert refused.code == 1 and "Wrong backup passphrase" in refused.err
        assert team.server.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", new_database) == [(0,)]
    finally:
        team.server.drop_database(new_database)


def test_without_pg_dump_the_message_says_what_to_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glob, "glob", lambda pattern: [])
    monkeypatch.setenv("PATH", os.devnull)
    with pytest.raises(ContactWebError, match="apt-get install postgresql-client"):
        dump.find_program("pg_dump")


def test_a_team_backup_to_a_us_bucket_restores_from_it(
        owner_env: TeamVaultFixture) -> None:
    """moto in server mode: the objects hold nothing readable, and a restore reads them."""
    team = owner_env
    bucket = create_bucket("us-west-2")
    admin = team_session.sign_in(team.profile, "boss", team.admin_password)
    contacts.create_contact(admin, ContactInput(first_name="Cora", last_name="Quill"))
    backup.configure_s3(admin, moto_endpoint(), bucket, "us-west-2", ACCESS_KEY, SECRET_KEY)
    vault_id = admin.vault.vault_id
    admin.lock()
    cli = CliRunner(Path(f"team:{team.profile.name}"), "boss", team.admin_password)
    done = cli("backup", "now", "--owner", team.owner, "--json")
    assert done.code == 0, done.err
    keys = bucket_keys(bucket)
    assert keys and all(key.startswith(f"contactweb/{vault_id}/") for key in keys)
    client = s3_client(moto_endpoint())
    stored = b"".join(client.get_object(Bucket=bucket, Key=key)["Body"].read() for key in keys)
    assert b"Quill" not in stored

    new_database = _new_database(team)
    try:
        url = f"postgresql://{team.owner}@127.0.0.1:{team.server.port}/{new_database}"
        restored = cli("team", "restore", url, "--profile", "from-s3", "--vault-id", vault_id,
                       "--endpoint", moto_endpoint(), "--bucket", bucket, "--region",
                       "us-west-2", "--access-key-id", ACCESS_KEY, "--secret-stdin",
                       "--ca-file", str(team.server.ca.ca_pem),
                       stdin=f"{team.admin_password}\n{SECRET_KEY}\n")
        assert restored.code == 0, restored.err
        again = team_session.sign_in(profile.load("from-s3"), "boss", team.admin_password)
        try:
            assert len(search_ids(again, "Quill")) == 1
        finally:
            again.lock()
    finally:
        team.server.drop_database(new_database)
