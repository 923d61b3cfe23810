"""Backups to an S3 server over HTTPS whose certificate comes from the business's own CA
(moto in server mode behind TLS with a test CA's certificate): refused with the problem named
and the fix given, then accepted once the CA is trusted with 'backup config --trust-ca'."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.backup_vaults import ACCESS_KEY, SECRET_KEY, create_bucket
from tests.support.cli_runner import CliRunner
from tests.support.tls_authority import CaFiles, make_test_ca, moto_over_https

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def test_ca(tmp_path: Path) -> CaFiles:
    return make_test_ca(tmp_path / "tls")


@pytest.fixture
def https_endpoint(test_ca: CaFiles) -> Iterator[str]:
    with moto_over_https(test_ca) as endpoint:
        yield endpoint


def test_the_business_ca_is_refused_by_name_then_trusted(
        admin_ws: Workspace, cli: CliRunner, https_endpoint: str, test_ca: CaFiles) -> None:
    bucket = create_bucket("us-east-1")
    args = ("backup", "config", "--endpoint", https_endpoint, "--bucket", bucket, "--region",
            "us-east-1", "--access-key-id", ACCESS_KEY, "--secret-stdin")
    stdin = f"{PASSWORD}\n{SECRET_KEY}\n"
    refused = cli(*args, stdin=stdin)
    assert refused.code == 1
    assert "not signed by an authority this computer knows" in refused.err
    assert "contactweb backup config ... --trust-ca FILE" in refused.err

    trusted = cli(*args, "--trust-ca", str(test_ca.ca_pem), stdin=stdin)
    assert trusted.code == 0, trusted.err
    assert "Trusting the CA Lindenhof Test CA" in trusted.out
    assert "is reachable and in a US region" in trusted.out
    made = cli("backup", "now", "--json")
    assert made.code == 0, made.err
    listed = cli("backup", "list", "--json")
    assert listed.code == 0 and '"snapshot_id"' in listed.out

    # Pinning needs a self-signed certificate for S3; this one has a CA: trust the CA.
    pin = cli("backup", "config", "--pin-certificate", test_ca.cert_sha256)
    assert pin.code == 1 and "trust the CA that issued this one" in pin.err
