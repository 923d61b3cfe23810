"""The TCP proxy of the sync tests forwards until armed, then cuts an upload part-way."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.sync.errors import TransportError
from tests.support.sync_vaults import (
    CuttingProxy,
    bucket_keys,
    create_bucket,
    moto_endpoint,
    s3_transport,
)


def test_proxy_forwards_and_then_cuts(tmp_path: Path) -> None:
    endpoint = moto_endpoint()
    host, port = endpoint.removeprefix("http://").split(":")
    proxy = CuttingProxy(host, int(port))
    try:
        bucket = create_bucket()
        transport = s3_transport(bucket, endpoint=proxy.endpoint, max_attempts=1)
        proxy.arm(None)
        transport.put("v/a", b"x" * 5000)
        assert transport.get("v/a") == b"x" * 5000
        proxy.arm(2000)  # less than the body of the next upload
        with pytest.raises(TransportError) as caught:
            transport.put("v/b", b"y" * 5000)
        assert caught.value.name == "v/b"
        assert proxy.has_cut
        assert "contactweb/v/b" not in bucket_keys(bucket)
    finally:
        proxy.close()
