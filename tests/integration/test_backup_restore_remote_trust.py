"""restore-remote on a new machine against an S3 server whose certificate comes from the
business's own CA (moto behind TLS with a test CA): refused with the problem named, then
restored with '--trust-ca FILE', and the restored vault keeps that trust for later backups.
'--pin-certificate' checks the fingerprint against the server and, for S3, wants a
self-signed certificate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contactweb.services import server_trust
from contactweb.services.accounts import session
from contactweb.services.backup import backup
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.backup_vaults import (
    ACCESS_KEY,
    SECRET_KEY,
    add_users,
    configure_s3,
    populate,
)
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring
from tests.support.tls_authority import CaFiles, make_test_ca, moto_over_https

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only

REGION = "us-east-2"


@pytest.fixture
def test_ca(tmp_path: Path) -> CaFiles:
    return make_test_ca(tmp_path / "tls")


@pytest.fixture
def https_endpoint(test_ca: CaFiles) -> Iterator[str]:
    with moto_over_https(test_ca) as endpoint:
        yield endpoint


@pytest.fixture
def backed_up(admin_ws: Workspace, memory_keyring: RecordingKeyring) -> str:
    """A vault backed up to a bucket; then this machine forgets its keyring (a new one)."""
    add_users(admin_ws)
    populate(admin_ws, 4)
    bucket = configure_s3(admin_ws, REGION)
    backup.backup_now(admin_ws)
    memory_keyring.store.clear()
    return bucket


def _args(endpoint: str, bucket: str, dest: Path) -> list[str]:
    return ["backup", "restore-remote", "--endpoint", endpoint, "--bucket", bucket,
            "--region", REGION, "--access-key-id", ACCESS_KEY, "--secret-stdin",
            "--to", str(dest)]


def test_restore_remote_trusts_the_business_ca_and_keeps_it(
        backed_up: str, https_endpoint: str, test_ca: CaFiles, tmp_path: Path) -> None:
    new_home = tmp_path / "new-machine"
    dest = new_home / "vault"
    args = _args(https_endpoint, backed_up, dest)
    nowhere = CliRunner(new_home / "unused", "admin")
    stdin = f"{PASSWORD}\n{SECRET_KEY}\n"

    refused = nowhere(*args, stdin=stdin)
    assert refused.code == 1
    assert "not signed by an authority this computer knows" in refused.err
    assert "--trust-ca FILE" in refused.err
    assert not dest.exists()

    done = nowhere(*args, "--trust-ca", str(test_ca.ca_pem), stdin=stdin)
    assert done.code == 0, done.err
    assert "Trusting the CA Lindenhof Test CA" in done.out
    assert "trusts the system's authorities and the business's own CA for S3" in done.out

    ws = session.sign_in(dest, "admin", PASSWORD)
    try:
        kept = server_trust.load(ws, "s3")
        assert kept.ca_pem == test_ca.ca_pem.read_text() and not kept.pin_sha256
    finally:
        ws.lock()


def test_a_user_who_may_not_configure_backups_restores_but_keeps_no_trust(
        backed_up: str, https_endpoint: str, test_ca: CaFiles, tmp_path: Path) -> None:
    dest = tmp_path / "staff-machine" / "vault"
    staff = CliRunner(tmp_path / "staff-machine" / "unused", "staff")
    done = staff(*_args(https_endpoint, backed_up, dest), "--trust-ca", str(test_ca.ca_pem),
                 stdin=f"{ROLE_PASSWORDS['staff']}\n{SECRET_KEY}\n")
    assert done.code == 0, done.err
    assert "was not kept in the vault (only an administrator may)" in done.out
    ws = session.sign_in(dest, "admin", PASSWORD)
    try:
        assert server_trust.load(ws, "s3").is_default
    finally:
        ws.lock()


def test_pin_certificate_is_checked_against_the_server(
        backed_up: str, https_endpoint: str, test_ca: CaFiles, tmp_path: Path) -> None:
    dest = tmp_path / "pinned" / "vault"
    nowhere = CliRunner(tmp_path / "pinned" / "unused", "admin")
    args = _args(https_endpoint, backed_up, dest)
    stdin = f"{PASSWORD}\n{SECRET_KEY}\n"
    wrong = nowhere(*args, "--pin-certificate", "ab" * 32, stdin=stdin)
    assert wrong.code == 1 and "not the fingerprint given" in wrong.err
    # The right fingerprint, but a CA signed it: S3 (botocore) needs the CA trusted instead.
    signed = nowhere(*args, "--pin-certificate", test_ca.cert_sha256, stdin=stdin)
    assert signed.code == 1 and "trust the CA that issued this one" in signed.err
    both = nowhere(*args, "--pin-certificate", test_ca.cert_sha256, "--trust-ca",
                   str(test_ca.ca_pem), stdin=stdin)
    assert both.code == 1 and "Give one of --trust-ca and --pin-certificate" in both.err
    assert not dest.exists()
