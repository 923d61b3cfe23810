"""The S3 bucket must be in a US region: anything else is refused before any object is sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.sync import (
    BackupEngine,
    RegionRefused,
    TransportError,
    list_remote_vaults,
    read_remote_keyslots,
)
from tests.support.sync_vaults import (
    bucket_keys,
    create_bucket,
    make_vault,
    s3_transport,
)


@pytest.mark.parametrize("region", ["eu-west-1", "ap-southeast-2", "ca-central-1"])
def test_bucket_outside_us_is_refused_and_receives_nothing(region: str, tmp_path: Path) -> None:
    bucket = create_bucket(region)
    transport = s3_transport(bucket, region=region)
    vault = make_vault(tmp_path / "vault", rows=100)
    engine = BackupEngine(transport, vault.vault_id, vault.key)
    with pytest.raises(RegionRefused) as refused:
        engine.backup(vault.db_path, vault.keyslots_path)
    assert bucket in str(refused.value) and region in str(refused.value)
    assert refused.value.region == region
    for attempt in (
        lambda: engine.prune(keep_last=1),
        lambda: engine.verify(),
        lambda: engine.restore("20240101T000000000000Z-00000000", tmp_path / "dest"),
        lambda: engine.list_snapshots(),
        lambda: list_remote_vaults(transport),
        lambda: read_remote_keyslots(transport, vault.vault_id),
        transport.test_connection,
    ):
        with pytest.raises(RegionRefused):
            attempt()
    assert bucket_keys(bucket) == []
    assert not (tmp_path / "dest").exists()


@pytest.mark.parametrize("region", [None, "us-east-2", "us-west-1", "us-west-2"])
def test_us_buckets_are_accepted(region: str | None, tmp_path: Path) -> None:
    bucket = create_bucket(region)
    transport = s3_transport(bucket, region=region or "us-east-1")
    assert "US region" in transport.test_connection()
    vault = make_vault(tmp_path / "vault", rows=50)
    BackupEngine(transport, vault.vault_id, vault.key).backup(vault.db_path, vault.keyslots_path)
    assert any(key.startswith(f"contactweb/{vault.vault_id}/manifests/") for key in bucket_keys(bucket))


def test_unreachable_server_is_a_transport_error_naming_the_bucket() -> None:
    transport = s3_transport("no-such-bucket", endpoint="http://127.0.0.1:9", max_attempts=1,
                             connect_timeout=1.0)
    with pytest.raises(TransportError) as caught:
        transport.check_region()
    assert "no-such-bucket" in str(caught.value)


def test_missing_bucket_is_a_clear_error() -> None:
    transport = s3_transport("contactweb-missing-bucket")
    with pytest.raises(TransportError) as caught:
        transport.test_connection()
    assert "contactweb-missing-bucket" in str(caught.value)
